"""``bouncelib reply``: classify SMTP reply texts given as arguments, in a file, or on stdin."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from typing import Any

from bouncelib._classify import parse_reply
from bouncelib._output import write_csv, write_jsonl

__all__ = ["register"]


def register(sub: Any) -> None:
    """Add the ``reply`` sub-command."""
    p: argparse.ArgumentParser = sub.add_parser(
        "reply",
        help="classify SMTP reply / diagnostic texts",
        description="Classify SMTP replies: one per argument, or one per line of --file (- for stdin).",
    )
    p.add_argument("texts", nargs="*", metavar="TEXT", help="reply texts to classify")
    p.add_argument("--file", "-f", metavar="FILE", help="read one reply per line from FILE (- for stdin)")
    p.add_argument("--format", choices=("json", "jsonl", "csv"), default="jsonl",
                   help="jsonl: one flat record per line (default); json: the full Reply model; csv")
    p.set_defaults(func=_run)


def _texts(args: argparse.Namespace) -> Iterator[str]:
    yield from args.texts
    if args.file:
        stream = sys.stdin if args.file == "-" else open(args.file, encoding="utf-8", errors="replace")  # noqa: SIM115
        try:
            for raw in stream:
                text = raw.rstrip("\r\n")
                if text.strip():
                    yield text
        finally:
            if stream is not sys.stdin:
                stream.close()


def _run(args: argparse.Namespace) -> int:
    if not args.texts and not args.file:
        print("bouncelib reply: error: give reply texts as arguments or --file FILE", file=sys.stderr)
        return 2
    replies = (parse_reply(t) for t in _texts(args))
    if args.format == "json":
        for r in replies:
            sys.stdout.write(r.model_dump_json() + "\n")
    elif args.format == "csv":
        write_csv((r.to_record() for r in replies), sys.stdout)
    else:
        write_jsonl((r.to_record() for r in replies), sys.stdout)
    return 0
