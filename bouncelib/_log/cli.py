"""``bouncelib log``: Postfix mail logs to JSON Lines, CSV or a bounce summary.

    bouncelib log /var/log/mail.log                      # JSON Lines of the events
    bouncelib log --format csv mail.log.2.gz mail.log.1 mail.log
    zcat mail.log.*.gz | bouncelib log --summary -
    bouncelib log --unrecognised mail.log                # lines the parser could not read

Several files are read as one stream in the order given (oldest first), so queue
ids are correlated across a rotation. With ``-j N`` they are read by N processes
instead, one file per task, each file on its own (no correlation across files);
the output keeps the order of the files.
"""

from __future__ import annotations

import argparse
import io
import lzma
import os
import sys
import time
import zlib
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bouncelib._log.reader import LogReader
from bouncelib._output import write_csv, write_jsonl
from bouncelib._vocab import LOG_KINDS
from bouncelib.errors import BouncelibError
from bouncelib.trends import Summary

__all__ = ["register", "run"]

# Failures of compressed or otherwise unreadable input that are not OSError.
_READ_ERRORS = (EOFError, lzma.LZMAError, zlib.error, UnicodeError)


def register(subparsers: Any) -> None:
    """Add the ``log`` sub-command."""
    p = subparsers.add_parser(
        "log",
        help="read Postfix mail logs (files, rotations, .gz/.bz2/.xz, stdin)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="log files in rotation order, or - for stdin (default)")
    p.add_argument("--format", choices=("jsonl", "csv"), default="jsonl", help="output format (default: jsonl)")
    p.add_argument("--summary", action="store_true", help="print a bounce-focused summary instead of records")
    p.add_argument("--year", type=int, help="year of the first line for stamps without a year (default: inferred)")
    p.add_argument("--tz", help="time zone of stamps without an offset, e.g. Europe/Berlin (default: local)")
    p.add_argument("--kind", action="append", metavar="KIND[,KIND]",
                   help="record kinds to output, or 'all' (default: delivery,reject,expired); kinds: "
                   + ", ".join(LOG_KINDS))
    p.add_argument("--status", action="append", metavar="STATUS[,STATUS]",
                   help="only records with these statuses, e.g. bounced,deferred")
    p.add_argument("--unrecognised", "--unrecognized", action="store_true",
                   help="output only the Postfix lines the parser could not read")
    p.add_argument("--no-correlate", action="store_true", help="do not join lines of the same queue id")
    p.add_argument("--stats", action="store_true", help="print line counts to stderr at the end")
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="read N files in parallel (one per process)")
    p.set_defaults(func=run)  # fmt: skip


def _split(values: list[str] | None) -> list[str]:
    return [v.strip() for value in values or () for v in value.split(",") if v.strip()]


def _kinds(args: argparse.Namespace) -> list[str] | str | None:
    if args.unrecognised:
        return ["unrecognised"]
    kinds = _split(args.kind)
    if "all" in kinds:
        return "all"
    return kinds or None


def _records(reader: LogReader, statuses: set[str]) -> Iterator[dict[str, Any]]:
    for rec in reader:
        if statuses and rec.status not in statuses:
            continue
        yield rec.to_record()


def _progress(records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Count records on stderr (only called when stderr is a terminal)."""
    n = 0
    last = time.monotonic()
    try:
        for rec in records:
            n += 1
            if n & 1023 == 0 and time.monotonic() - last > 0.5:
                last = time.monotonic()
                sys.stderr.write(f"\rbouncelib log: {n:,} records")
                sys.stderr.flush()
            yield rec
    finally:
        sys.stderr.write(f"\rbouncelib log: {n:,} records\n")


def _work(path: str, opts: dict[str, Any], mode: str) -> tuple[str | Summary, dict[str, Any]]:
    """One file, in a worker process: its output text (or summary) and its counts.

    The worker encodes its own JSON Lines / CSV: encoding is about a third of the
    work, and records sent back as objects would leave it (plus unpickling them) to
    the one parent process, which then caps the speed-up of ``-j`` well below N.
    """
    reader = LogReader(path, year=opts["year"], tz=opts["tz"], correlate=opts["correlate"], kinds=opts["kinds"])
    records = _records(reader, opts["statuses"])
    if mode == "summary":
        return Summary().update(records), reader.stats.as_dict()
    buf = io.StringIO()
    if mode == "csv":
        write_csv(records, buf)
        text = buf.getvalue().partition("\n")[2]  # the parent writes the header once
    else:
        write_jsonl(records, buf)
        text = buf.getvalue()
    return text, reader.stats.as_dict()


def run(args: argparse.Namespace) -> int:
    """Run ``bouncelib log``; the exit status (errors are one line on stderr)."""
    files = list(args.files) or ["-"]
    try:
        return _run(args, files)
    except (BouncelibError, ZoneInfoNotFoundError, ValueError) as exc:
        print(f"bouncelib log: error: {exc}", file=sys.stderr)
        return 2
    except _READ_ERRORS as exc:
        print(f"bouncelib log: error: unreadable input: {exc}", file=sys.stderr)
        return 1
    except (KeyboardInterrupt, BrokenPipeError, OSError):
        raise  # bouncelib.cli.main turns these into one line and an exit status
    except Exception as exc:  # a bug must still not end in a traceback for the user
        print(f"bouncelib log: error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace, files: list[str]) -> int:
    for path in files:
        if path != "-" and not os.path.isfile(path):
            reason = "not a regular file" if os.path.exists(path) else "no such file"
            print(f"bouncelib log: error: {reason}: {path}", file=sys.stderr)
            return 1
    if args.year is not None and not 1970 <= args.year <= 9999:
        raise BouncelibError(f"--year {args.year} is out of range")
    opts = {
        "year": args.year,
        "tz": args.tz,
        "correlate": not args.no_correlate,
        "kinds": _kinds(args),
        "statuses": set(_split(args.status)),
    }
    LogReader([], year=args.year, tz=args.tz, kinds=opts["kinds"])  # validate the options before any output
    stats: list[dict[str, Any]] = []
    # Days are counted in the zone the stamps were read in (--tz), else UTC.
    summary = Summary(tz=ZoneInfo(args.tz) if args.tz else UTC) if args.summary else None
    written = False
    if args.jobs > 1 and len(files) > 1 and "-" not in files:
        mode = "summary" if summary is not None else args.format
        texts = _parallel(files, opts, args.jobs, mode, summary=summary, stats=stats)
        if summary is None and args.format == "csv":
            write_csv((), sys.stdout)  # the header; the workers' texts are rows only
        for text in texts:  # summaries are merged into `summary` as they come
            sys.stdout.write(text)
        written = summary is None
        records: Iterable[dict[str, Any]] = ()
    else:
        reader = LogReader(files if len(files) > 1 else files[0], year=args.year, tz=args.tz,
                           correlate=opts["correlate"], kinds=opts["kinds"])  # fmt: skip
        records = _records(reader, opts["statuses"])
        stats.append({"reader": reader})
    if sys.stderr.isatty() and not written:
        records = _progress(records)
    if summary is not None:
        summary.update(records)
        totals = _totals(stats)
        summary.notes.append(
            f"lines: {totals['lines']}  postfix records: {totals['records']}  unrecognised: {totals['unrecognised']}"
            f"  not postfix: {totals['not_postfix']}"
        )
        sys.stdout.write(summary.render_text("bouncelib log summary"))
    elif written:
        pass
    elif args.format == "csv":
        write_csv(records, sys.stdout)
    else:
        write_jsonl(records, sys.stdout)
    sys.stdout.flush()
    if args.stats:
        totals = _totals(stats)
        print("bouncelib log: " + ", ".join(f"{k}={v}" for k, v in totals.items() if k != "kinds"), file=sys.stderr)
    return 0


def _parallel(files: list[str], opts: dict[str, Any], jobs: int, mode: str, *, summary: Summary | None,
              stats: list[dict[str, Any]]) -> Iterator[str]:  # fmt: skip
    """Run `_work` over the files in `jobs` processes; yield their texts in file order (summaries are merged)."""
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(_work, path, opts, mode) for path in files]
        for fut in futures:  # in file order, whatever order they finish in
            result, counts = fut.result()
            stats.append(counts)
            if isinstance(result, Summary):
                assert summary is not None
                summary.merge(result)
            else:
                yield result


def _totals(stats: list[dict[str, Any]]) -> dict[str, Any]:
    totals: dict[str, Any] = {"lines": 0, "records": 0, "unrecognised": 0, "not_postfix": 0, "yielded": 0}
    for item in stats:
        counts = item["reader"].stats.as_dict() if "reader" in item else item
        for key in totals:
            totals[key] += counts[key]
    return totals

