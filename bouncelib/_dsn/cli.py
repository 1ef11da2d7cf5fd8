"""``bouncelib mail``: bounce emails (a file, an mbox, a maildir or directory, or stdin) to records.

Every message gives at least one line: its events, or, for a message that is not recognised
as any kind of report, one ``kind="not_bounce"`` record carrying the message's Subject as
``text`` and its file name as ``program`` (``--skip-unrecognized`` leaves those out), so no
message is dropped without a trace.  A challenge (no recipient event either) gives the same
record with ``kind="challenge"``, kept by ``--skip-unrecognized``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import Any

from bouncelib._cliutil import Progress, check_files, error, int_at_least, jsonable_tree
from bouncelib._dsn.mailbox import iter_messages
from bouncelib._dsn.parse import parse_message
from bouncelib._dsn.report import BounceKind, BounceReport
from bouncelib._output import write_csv, write_jsonl
from bouncelib.models import empty_record
from bouncelib.trends import Summary

__all__ = ["register", "unrecognized_record"]


def register(sub: Any) -> None:
    """Add the ``mail`` sub-command."""
    p: argparse.ArgumentParser = sub.add_parser(
        "mail",
        help="read bounce emails (DSNs, vendor bounces, ARF, auto-replies)",
        description="Read bounce emails from files, mbox files, maildir folders or stdin (-); "
        "print one record per recipient event.",
    )
    p.add_argument("paths", nargs="+", metavar="FILE|DIR|MBOX|-", help="email file, mbox, maildir/directory, or -")
    p.add_argument("--format", choices=("jsonl", "csv", "json"), default=None,
                   help="records as jsonl (default) or csv; the summary as text (default) or json")
    p.add_argument("--summary", action="store_true", help="print a summary instead of the records")
    p.add_argument("--top", type=int_at_least(0), default=10, metavar="N", help="summary: rows per top list")
    p.add_argument(
        "--skip-unrecognized", action="store_true", help="leave out messages that are not bounces of any kind"
    )
    p.set_defaults(func=_run)


def unrecognized_record(report: BounceReport, name: str) -> dict[str, Any]:
    """The placeholder record of a message that holds no event (not a bounce)."""
    rec = empty_record("dsn")
    rec["kind"] = report.kind.value
    rec["program"] = name
    rec["timestamp"] = report.date
    rec["text"] = report.subject
    return rec


def _records(args: argparse.Namespace, errors: list[str], progress: Progress) -> Iterator[dict[str, Any]]:
    messages = 0
    for path in args.paths:
        try:
            for name, raw in iter_messages(path):
                messages += 1
                progress.update({"messages": messages}, name)
                report = parse_message(raw)
                if report.recipients:
                    yield from report.to_records()
                elif not args.skip_unrecognized or report.kind is BounceKind.CHALLENGE:
                    # A challenge is recognised (it has no recipient event): --skip-unrecognized keeps it.
                    yield unrecognized_record(report, name)
        except OSError as exc:
            errors.append(error("mail", f"{exc.strerror or exc}: {path}"))
    progress.update({"messages": messages}, None, final=True)


def _run(args: argparse.Namespace) -> int:
    if args.format == "json" and not args.summary:
        print(error("mail", "--format json is for --summary; records are written as jsonl or csv"), file=sys.stderr)
        return 2
    problem = check_files("mail", args.paths, directories=True)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    errors: list[str] = []
    records = _records(args, errors, Progress("mail"))
    if args.summary:
        summary = Summary().update(records)
        if args.format == "json":
            json.dump(jsonable_tree(summary.as_dict(args.top)), sys.stdout, indent=1, ensure_ascii=False)
            print()
        else:
            print(summary.render_text("bouncelib mail summary", top=args.top))
    elif args.format == "csv":
        write_csv(records, sys.stdout)
    else:
        write_jsonl(records, sys.stdout)
    for e in errors:
        print(e, file=sys.stderr)
    return 1 if errors else 0
