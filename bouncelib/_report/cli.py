"""``bouncelib report FILE... -o report.html``: one self-contained HTML page about logs or mailboxes."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

from bouncelib._cliutil import Progress, as_tzinfo, check_files, error, int_at_least, positive_float, zone
from bouncelib._report.build import iter_events, report_html

__all__ = ["register"]


def register(sub: Any) -> None:
    """Add the ``report`` sub-command."""
    p: argparse.ArgumentParser = sub.add_parser(
        "report",
        help="write a self-contained HTML bounce report",
        description=(
            "Read Postfix logs (plain, .gz, .bz2, .xz; several files are read in the order given, "
            "oldest first) and/or bounce emails (an .eml file, an mbox, a maildir) and write one HTML page: "
            "totals, trends, top reasons, the blocklists that hit with how to get delisted, and the remote "
            "hosts that refuse. The page needs no network to view."
        ),
    )
    p.add_argument(
        "files", nargs="+", metavar="FILE", help="log files, mailboxes or email files (- for a log on stdin)"
    )
    p.add_argument("-o", "--output", default="report.html", metavar="HTML",
                   help="where to write the page (default report.html; - for stdout)")  # fmt: skip
    p.add_argument("--title", default="Bounce report", help="the page title")
    p.add_argument("--type", dest="input_type", choices=("auto", "log", "mail"), default="auto",
                   help="what the inputs are (default: look at each)")  # fmt: skip
    p.add_argument("--year", type=int_at_least(1970, "a year", 9999),
                   help="year of the first year-less syslog stamp (logs)")
    p.add_argument(
        "--tz", type=zone,
        help="time zone of log stamps without an offset, and of the report's days (default UTC)",
    )
    p.add_argument("--top", type=int_at_least(0), default=15, help="rows in the top tables (default 15)")
    p.add_argument("--gap", type=positive_float, default=24.0, metavar="HOURS",
                   help="silence that ends a blocklist incident (default 24 hours)")  # fmt: skip
    p.set_defaults(func=_run)


def _spool(path: str, keep: list[Any]) -> str:
    """A regular file with the content of `path`: the path itself, or for a FIFO / process substitution a
    temporary copy (the input is looked at to tell a log from mail, then read, and a pipe reads only once)."""
    if path == "-" or os.path.isfile(path) or os.path.isdir(path):
        return path
    tmp = tempfile.NamedTemporaryFile(prefix="bouncelib-", suffix=".input")  # noqa: SIM115 - closed at the end
    keep.append(tmp)
    with open(path, "rb") as src:
        shutil.copyfileobj(src, tmp)
    tmp.flush()
    return tmp.name


def _run(args: argparse.Namespace) -> int:
    problem = check_files("report", args.files, directories=True)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    zone_ = as_tzinfo(args.tz)
    keep: list[Any] = []
    try:
        files = [_spool(f, keep) for f in args.files]
        errors: list[str] = []
        progress = Progress("report")
        readers: list[Any] = []
        events = iter_events(files, kind=args.input_type, year=args.year, tz=args.tz, readers=readers)
        events = progress.wrap(events, lambda n: {"events": n, "lines": sum(r.lines_read for r in readers)},
                               lambda: readers[0].current if readers else None)  # fmt: skip
        page = report_html(
            events, title=args.title, inputs=args.files, tz=zone_, top=args.top, gap=timedelta(hours=args.gap)
        )
        for reader in readers:
            errors.extend(reader.stats.errors)
    finally:
        for tmp in keep:
            tmp.close()
    if args.output == "-":
        sys.stdout.write(page)
    else:
        Path(args.output).write_text(page, encoding="utf-8")
        print(f"bouncelib report: wrote {args.output} ({len(page) // 1024} KiB)", file=sys.stderr)
    for problem in errors:
        print(error("report", problem), file=sys.stderr)
    return 1 if errors else 0
