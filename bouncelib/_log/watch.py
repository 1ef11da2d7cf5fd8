"""``bouncelib log`` options for watching a mail server: ``--journal``, ``--follow``, ``--on ... --exec``.

Kept apart from `bouncelib._log.cli` (which reads files into records and
summaries) so that the two grow without touching each other: the log command
asks this module for its extra options (`add_options`), for the reader when one
of them is given (`make_reader`), for the alert tap on its record stream
(`tap`), and for the signal handling of a run that only ends when told
(`stopping`). See ``docs/watch.md``.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time, timedelta
from types import FrameType
from typing import IO, Any

from bouncelib._log.alerts import Alerter, EventFilter, parse_rate
from bouncelib._log.reader import LogReader, read_journal
from bouncelib.errors import BouncelibError

__all__ = ["add_options", "flushing", "make_reader", "stopping", "tap", "validate"]


def add_options(p: argparse.ArgumentParser) -> None:
    """The journal, follow and alert options of ``bouncelib log``."""
    g = p.add_argument_group("the systemd journal (runs journalctl)")
    g.add_argument("--journal", action="store_true",
                   help="read Postfix's entries of the systemd journal instead of files")
    g.add_argument("--unit", action="append", default=[], metavar="UNIT",
                   help="only this systemd unit (repeatable), e.g. postfix@- (default: every postfix* identifier)")
    where = g.add_mutually_exclusive_group()
    where.add_argument("--file", dest="journal_file", action="append", metavar="F",
                       help="read this journal file (repeatable) instead of the system journal")
    where.add_argument("--directory", dest="journal_directory", metavar="D",
                       help="read the journal files of this directory")
    f = p.add_argument_group("following a live log")
    f.add_argument("--follow", action="store_true",
                   help="keep reading FILE (or the journal) as it grows, across rotations, until SIGINT/SIGTERM")
    f.add_argument("--from-start", action="store_true", help="with --follow FILE: read what FILE holds first")
    a = p.add_argument_group("alerts")
    a.add_argument("--on", action="append", metavar="EVENT-FILTER",
                   help="which records run --exec, e.g. 'blocklist', 'reason=blocked provider=microsoft' "
                   "(see docs/watch.md)")
    a.add_argument("--exec", dest="exec_command", metavar="CMD",
                   help="run CMD for each matching record, the record as JSON on its stdin")
    a.add_argument("--shell", action="store_true", help="run --exec CMD with /bin/sh -c (default: no shell)")
    a.add_argument("--rate", metavar="N/M", help="alert once when N records matched within M minutes")
    a.add_argument("--by", action="append", metavar="FIELD[,FIELD]",
                   help="with --rate: a window per value of these fields, e.g. provider")  # fmt: skip


def _split(values: list[str] | None) -> list[str]:
    return [v.strip() for value in values or () for v in value.split(",") if v.strip()]


def validate(args: argparse.Namespace) -> None:
    """Refuse combinations that cannot work, with one line (a `BouncelibError`)."""
    journal_only = [name for name, value in (("--unit", args.unit), ("--file", args.journal_file),
                                             ("--directory", args.journal_directory)) if value]  # fmt: skip
    if journal_only and not args.journal:
        raise BouncelibError(f"{journal_only[0]} goes with --journal")
    if args.journal and args.files:
        raise BouncelibError("--journal reads the journal, not FILE (journal files: --file F or --directory D)")
    if args.follow and args.journal_file:
        # systemd's journalctl follows a directory's journals only (with --file it says "Failed to get journal fd").
        raise BouncelibError("journalctl cannot follow journal files: use --directory D with --follow")
    if args.follow and not args.journal and len(args.files) > 1:
        raise BouncelibError("--follow takes one FILE (or -)")
    if args.jobs > 1 and (args.follow or args.exec_command):
        what = "--follow" if args.follow else "--exec"
        raise BouncelibError(f"{what} does not go with -j (one stream, read in order)")
    if args.from_start and not (args.follow and not args.journal):
        raise BouncelibError("--from-start goes with --follow FILE")
    if args.on and not args.exec_command:
        raise BouncelibError("--on needs --exec CMD (what to run for the matching records)")
    for name, value in (("--shell", args.shell), ("--rate", args.rate), ("--by", args.by)):
        if value and not args.exec_command:
            raise BouncelibError(f"{name} goes with --exec")
    if args.by and not args.rate:
        raise BouncelibError("--by goes with --rate")


def make_reader(args: argparse.Namespace, files: list[str], opts: dict[str, Any]) -> LogReader | None:
    """The reader for --journal or --follow (None: the log command reads its files as usual)."""
    if args.journal:
        return read_journal(units=args.unit, since=_bound(args.since), until=_bound(args.until, end=True),
                            file=args.journal_file,
                            directory=args.journal_directory, follow=args.follow, correlate=opts["correlate"],
                            kinds=opts["kinds"])  # fmt: skip
    if args.follow:
        return LogReader(files[0], year=args.year, tz=args.tz, correlate=opts["correlate"], kinds=opts["kinds"],
                         follow=True, from_start=args.from_start)  # fmt: skip
    return None


def _bound(value: date | datetime | None, *, end: bool = False) -> datetime | None:
    """A --since/--until day (or date-time) as the instant journalctl is given: a day starts at local midnight,
    and ``--until DAY`` includes that day."""
    if value is None or isinstance(value, datetime):
        return value
    day = value + timedelta(days=1) if end else value
    return datetime.combine(day, time.min).astimezone()  # the machine's zone, like journalctl's own day words


def alerter(args: argparse.Namespace) -> Alerter | None:
    """The alert runner of --on/--exec (None without --exec); options are checked here, before any output."""
    if not args.exec_command:
        return None
    rate = parse_rate(args.rate) if args.rate else None
    return Alerter(args.exec_command, EventFilter(args.on or []), shell=args.shell, rate=rate, by=_split(args.by))


def tap(records: Iterable[dict[str, Any]], runner: Alerter | None) -> Iterable[dict[str, Any]]:
    """`records`, with the alerts run on the way when there are any."""
    return records if runner is None else runner.tap(records)


def flushing(records: Iterable[dict[str, Any]], out: IO[str]) -> Iterator[dict[str, Any]]:
    """`records`, flushing `out` after each one is written: a followed log's events are seen at once."""
    for rec in records:
        yield rec
        out.flush()


@contextlib.contextmanager
def stopping(reader: LogReader) -> Iterator[None]:
    """SIGINT and SIGTERM stop `reader` cleanly (the events so far written, the counts printed); a second
    SIGINT interrupts at once."""

    def stop(signum: int, _frame: FrameType | None) -> None:
        if signum == signal.SIGINT and reader.stopper.requested:
            raise KeyboardInterrupt
        reader.stop()

    try:
        old = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    except ValueError:  # not the main thread: no signal handling, a plain run
        yield
        return
    try:
        yield
    finally:
        for sig, handler in old.items():
            signal.signal(sig, handler)


def note(text: str) -> None:
    """One line on stderr."""
    print(f"bouncelib log: {text}", file=sys.stderr)
