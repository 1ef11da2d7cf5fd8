"""bouncelib: turn mail-delivery failures into typed events.

>>> import bouncelib
>>> r = bouncelib.parse_reply("550 5.1.1 <nobody@example.org>: Recipient address rejected")
>>> r.smtp_code, str(r.enhanced_status)
(550, '5.1.1')
"""

from __future__ import annotations

from bouncelib._classify import parse_reply, reasons
from bouncelib._dsn import BounceKind, BounceReport, DsnEvent, parse_message, read_mailbox
from bouncelib._log import (
    Correlator,
    LogEvent,
    LogReader,
    LogRecord,
    ReaderStats,
    parse_lines,
    parse_log_line,
    read_journal,
    read_log,
)
from bouncelib._report.build import report_html
from bouncelib._version import __version__
from bouncelib.errors import BouncelibError, InputError
from bouncelib.export import to_pandas, to_polars
from bouncelib.models import RECORD_KEYS, Blocklist, EnhancedStatus, Reason, Reply

# A literal list, not built at run time: mypy --strict and pyright only treat
# names in a literal __all__ as re-exported.
__all__ = [
    "RECORD_KEYS",
    "Blocklist",
    "BounceKind",
    "BounceReport",
    "BouncelibError",
    "Correlator",
    "DsnEvent",
    "EnhancedStatus",
    "InputError",
    "LogEvent",
    "LogReader",
    "LogRecord",
    "ReaderStats",
    "Reason",
    "Reply",
    "__version__",
    "parse_lines",
    "parse_log_line",
    "parse_message",
    "parse_reply",
    "read_journal",
    "read_log",
    "read_mailbox",
    "reasons",
    "report_html",
    "to_pandas",
    "to_polars",
]
