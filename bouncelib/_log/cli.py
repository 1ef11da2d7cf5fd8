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
import json
import lzma
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any
from zoneinfo import ZoneInfoNotFoundError

from bouncelib._cliutil import Progress, as_tzinfo, check_files, day_bound, error, int_at_least, jsonable_tree, zone
from bouncelib._log import watch
from bouncelib._log.reader import LogReader
from bouncelib._output import write_csv, write_jsonl
from bouncelib._vocab import LOG_KINDS, STATUS_WORDS
from bouncelib.errors import BouncelibError
from bouncelib.trends import Summary

__all__ = ["register", "run"]

# Failures of compressed or otherwise unreadable input that are not OSError.
_READ_ERRORS = (EOFError, lzma.LZMAError, zlib.error, UnicodeError)
# The status words a log record can carry (delivery status=, reject actions, sub-kinds of other lines).
_STATUSES = (*STATUS_WORDS, "milter-hold", "proxy-accept")


def register(subparsers: Any) -> None:
    """Add the ``log`` sub-command."""
    p = subparsers.add_parser(
        "log",
        help="read Postfix mail logs (files, rotations, .gz/.bz2/.xz, stdin)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="log files in rotation order, or - for stdin (default)")
    p.add_argument("--format", choices=("jsonl", "csv", "json"), default=None,
                   help="records as jsonl (default) or csv; the summary as text (default) or json")
    p.add_argument("--summary", action="store_true", help="print an admin summary (traffic and bounces) instead")
    p.add_argument("--since", type=day_bound, metavar="DAY",
                   help="summary (or --journal): from this day on (today, yesterday, 2026-01-31, or a date-time)")
    p.add_argument("--until", type=day_bound, metavar="DAY",
                   help="summary (or --journal): up to the end of this day")
    p.add_argument("--top", type=int_at_least(0), default=10, metavar="N",
                   help="summary: rows per top list (default 10)")
    p.add_argument("--year", type=int_at_least(1970, "a year", 9999),
                   help="year of the first line for stamps without a year (default: inferred)")
    p.add_argument("--tz", type=zone, help="time zone of stamps without an offset, e.g. Europe/Berlin (default: local)")
    p.add_argument("--kind", action="append", metavar="KIND[,KIND]",
                   help="record kinds to output, or 'all' (default: delivery,reject,expired); kinds: "
                   + ", ".join(LOG_KINDS))
    p.add_argument("--status", action="append", metavar="STATUS[,STATUS]",
                   help="only records with these statuses: " + ", ".join(_STATUSES))
    p.add_argument("--unrecognised", "--unrecognized", action="store_true",
                   help="output only the Postfix lines the parser could not read")
    p.add_argument("--no-correlate", action="store_true", help="do not join lines of the same queue id")
    p.add_argument("--stats", action="store_true", help="print line counts to stderr at the end")
    p.add_argument("-j", "--jobs", type=int_at_least(1), default=1, metavar="N",
                   help="read N files in parallel (one per process)")
    watch.add_options(p)  # --journal, --follow, --on/--exec (bouncelib._log.watch)
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


def _work(path: str, opts: dict[str, Any], mode: str) -> tuple[str | Summary, dict[str, Any]]:
    """One file, in a worker process: its output text (or summary) and its counts.

    The worker encodes its own JSON Lines / CSV: encoding is about a third of the
    work, and records sent back as objects would leave it (plus unpickling them) to
    the one parent process, which then caps the speed-up of ``-j`` well below N.
    """
    reader = LogReader(path, year=opts["year"], tz=opts["tz"], correlate=opts["correlate"], kinds=opts["kinds"])
    records = _records(reader, opts["statuses"])
    if mode == "summary":
        return _new_summary(opts).update(records), reader.stats.as_dict()
    buf = io.StringIO()
    if mode == "csv":
        write_csv(records, buf)
        text = buf.getvalue().partition("\n")[2]  # the parent writes the header once
    else:
        write_jsonl(records, buf)
        text = buf.getvalue()
    return text, reader.stats.as_dict()


def _new_summary(opts: dict[str, Any]) -> Summary:
    # Days are counted in the zone the stamps were read in (--tz), else UTC.
    return Summary(tz=as_tzinfo(opts["tz"]), since=opts["since"], until=opts["until"])


def run(args: argparse.Namespace) -> int:
    """Run ``bouncelib log``; the exit status (errors are one line on stderr)."""
    files = list(args.files) or ["-"]
    try:
        return _run(args, files)
    except (BouncelibError, ZoneInfoNotFoundError, ValueError) as exc:
        print(error("log", str(exc)), file=sys.stderr)
        return 2
    except _READ_ERRORS as exc:
        print(error("log", f"unreadable input: {exc}"), file=sys.stderr)
        return 1
    except (KeyboardInterrupt, BrokenPipeError, OSError):
        raise  # bouncelib.cli.main turns these into one line and an exit status
    except Exception as exc:  # a bug must still not end in a traceback for the user
        print(error("log", f"{type(exc).__name__}: {exc}"), file=sys.stderr)
        return 1


def _check(args: argparse.Namespace, files: list[str]) -> tuple[str, int] | None:
    """The error line and exit status for options that do not fit together or inputs that cannot be read."""
    if args.format == "json" and not args.summary:
        return error("log", "--format json is for --summary; records are written as jsonl or csv"), 2
    if not args.summary and not args.journal and (args.since or args.until):
        return error("log", "--since and --until go with --summary (or --journal)"), 2
    statuses = _split(args.status)
    unknown = [st for st in statuses if st not in _STATUSES]
    if unknown and not _kinds(args):
        return error("log", f"unknown status {unknown[0]!r}; the events' statuses are: {', '.join(_STATUSES)}"), 2
    if files.count("-") > 1:
        return error("log", "standard input (-) can be read only once"), 2
    # A followed file may not exist yet: it is waited for.
    unreadable = check_files("log", [f for f in files if not (args.follow and not os.path.lexists(f))])
    return (unreadable, 1) if unreadable else None


def _run(args: argparse.Namespace, files: list[str]) -> int:
    watch.validate(args)
    problem = _check(args, files)
    if problem:
        print(problem[0], file=sys.stderr)
        return problem[1]
    # The summary reads every record: the traffic sections count the queue manager's and smtpd's lines too.
    kinds = _kinds(args) or ("all" if args.summary else None)
    opts = {
        "year": args.year,
        "tz": args.tz,
        "correlate": not args.no_correlate,
        "kinds": kinds,
        "statuses": set(_split(args.status)),
        "since": args.since,
        "until": args.until,
    }
    LogReader([], year=args.year, tz=args.tz, kinds=kinds)  # validate the options before any output
    runner = watch.alerter(args)
    stats: list[dict[str, Any]] = []
    summary = _new_summary(opts) if args.summary else None
    progress = Progress("log")
    written = False
    if args.jobs > 1 and len(files) > 1 and "-" not in files:
        mode = "summary" if summary is not None else (args.format or "jsonl")
        texts = _parallel(files, opts, args.jobs, mode, summary=summary, stats=stats, progress=progress)
        if summary is None and args.format == "csv":
            write_csv((), sys.stdout)  # the header; the workers' texts are rows only
        for text in texts:  # summaries are merged into `summary` as they come
            sys.stdout.write(text)
        written = summary is None
        records: Iterable[dict[str, Any]] = ()
    else:
        reader = watch.make_reader(args, files, opts) or LogReader(
            files if len(files) > 1 else files[0], year=args.year, tz=args.tz, correlate=opts["correlate"],
            kinds=kinds)  # fmt: skip
        records = progress.wrap(watch.tap(_records(reader, opts["statuses"]), runner),
                                lambda n: {"records": n, "lines": reader.lines_read},
                                lambda: reader.current)  # fmt: skip
        if args.follow:
            records = watch.flushing(records, sys.stdout)
        stats.append({"reader": reader})
        if args.follow:
            with watch.stopping(reader):
                return _output(args, records, stats, summary, written)
    return _output(args, records, stats, summary, written)


def _output(args: argparse.Namespace, records: Iterable[dict[str, Any]], stats: list[dict[str, Any]],
            summary: Summary | None, written: bool) -> int:
    """Write the records (or the summary) and the counts; the exit status."""
    if summary is not None:
        summary.update(records)
        totals = _totals(stats)
        summary.lines = {k: totals[k] for k in ("lines", "records", "unrecognised", "not_postfix")}
        summary.notes.append(
            f"lines: {totals['lines']}  postfix records: {totals['records']}  unrecognised: {totals['unrecognised']}"
            f"  not postfix: {totals['not_postfix']}"
        )
        if args.format == "json":
            json.dump(jsonable_tree(summary.as_dict(args.top)), sys.stdout, indent=1, ensure_ascii=False)
            sys.stdout.write("\n")
        else:
            sys.stdout.write(summary.render_text("bouncelib log summary", top=args.top))
    elif written:
        pass
    elif args.format == "csv":
        write_csv(records, sys.stdout)
    else:
        write_jsonl(records, sys.stdout)
    sys.stdout.flush()
    totals = _totals(stats)
    if args.stats:
        print("bouncelib log: " + ", ".join(f"{k}={v}" for k, v in totals.items() if k not in {"kinds", "errors"}),
              file=sys.stderr)  # fmt: skip
    for problem in totals["errors"]:
        print(error("log", problem), file=sys.stderr)
    return 1 if totals["errors"] else 0


def _parallel(files: list[str], opts: dict[str, Any], jobs: int, mode: str, *, summary: Summary | None,
              stats: list[dict[str, Any]], progress: Progress) -> Iterator[str]:  # fmt: skip
    """Run `_work` over the files in `jobs` processes; yield their texts in file order (summaries are merged)."""
    done = {"files": 0, "lines": 0, "records": 0}
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(_work, path, opts, mode) for path in files]
        for path, fut in zip(files, futures, strict=True):  # in file order, whatever order they finish in
            result, counts = fut.result()
            stats.append(counts)
            done["files"] += 1
            done["lines"] += counts["lines"]
            done["records"] += counts["yielded"]
            progress.update({"lines": done["lines"], "records": done["records"]},
                            f"{done['files']}/{len(files)} files, last {path}")  # fmt: skip
            if isinstance(result, Summary):
                assert summary is not None
                summary.merge(result)
            else:
                yield result
    progress.update({"lines": done["lines"], "records": done["records"]}, f"{done['files']}/{len(files)} files",
                    final=True)  # fmt: skip


def _totals(stats: list[dict[str, Any]]) -> dict[str, Any]:
    totals: dict[str, Any] = {"lines": 0, "records": 0, "unrecognised": 0, "not_postfix": 0, "yielded": 0,
                              "errors": []}  # fmt: skip
    for item in stats:
        counts = item["reader"].stats.as_dict() if "reader" in item else item
        for key in totals:
            totals[key] += counts[key]
    return totals

