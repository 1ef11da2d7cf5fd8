"""The Postfix ``mail.log`` front end: stateless line parser, sans-IO correlator, streaming reader.

Layers (each usable alone):

* `parse_log_line` (`parser`): one line -> `LogRecord` | None, stateless and picklable.
* `Correlator` (`correlate`): joins the lines of a queue id; feed records, get records back.
* `read_log` / `parse_lines` (`reader`): files, rotations, stdin, compressed input -> records, with counts;
  journalctl output (`journal`), followed files (`follow`), and `read_journal`, which runs journalctl.
"""

from __future__ import annotations

from bouncelib._log.correlate import Correlator
from bouncelib._log.parser import parse_log_line
from bouncelib._log.reader import LogReader, ReaderStats, parse_lines, read_journal, read_log
from bouncelib._log.record import EVENT_KINDS, LogEvent, LogRecord

__all__ = [
    "EVENT_KINDS",
    "Correlator",
    "LogEvent",
    "LogReader",
    "LogRecord",
    "ReaderStats",
    "parse_lines",
    "parse_log_line",
    "read_journal",
    "read_log",
]
