"""``bouncelib report FILE... -o report.html``: one self-contained HTML page about logs or mailboxes."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, timedelta, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

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
    p.add_argument("--year", type=int, help="year of the first year-less syslog stamp (logs)")
    p.add_argument(
        "--tz", help="time zone of log stamps without an offset, and of the report's days (e.g. Europe/Berlin)"
    )
    p.add_argument("--top", type=int, default=15, help="rows in the top tables (default 15)")
    p.add_argument("--gap", type=float, default=24.0, metavar="HOURS",
                   help="silence that ends a blocklist incident (default 24 hours)")  # fmt: skip
    p.set_defaults(func=_run)


def _zone(name: str | None) -> tzinfo:
    if not name:
        return UTC
    return ZoneInfo(name)


def _run(args: argparse.Namespace) -> int:

    for f in args.files:
        if f != "-" and not Path(f).exists():
            print(f"bouncelib report: error: no such file or directory: {f}", file=sys.stderr)
            return 1
    try:
        zone = _zone(args.tz)
    except (KeyError, ValueError) as exc:
        print(f"bouncelib report: error: unknown time zone {args.tz!r} ({exc})", file=sys.stderr)
        return 2
    events = iter_events(args.files, kind=args.input_type, year=args.year, tz=args.tz)
    page = report_html(
        events, title=args.title, inputs=args.files, tz=zone, top=args.top, gap=timedelta(hours=args.gap)
    )
    if args.output == "-":
        sys.stdout.write(page)
    else:
        Path(args.output).write_text(page, encoding="utf-8")
        print(f"bouncelib report: wrote {args.output} ({len(page) // 1024} KiB)", file=sys.stderr)
    return 0
