"""``bouncelib reply``: classify SMTP reply texts given as arguments, in a file, or on stdin.

Output is a readable table when stdout is a terminal and JSON Lines (one flat
record per reply, the shared `RECORD_KEYS` schema) otherwise; ``--format``
chooses explicitly.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Iterable, Iterator
from typing import IO, Any

from bouncelib._classify import parse_reply
from bouncelib._cliutil import enhanced_status, smtp_command
from bouncelib._output import write_csv, write_jsonl
from bouncelib.models import Reply

__all__ = ["format_table", "register"]


def register(sub: Any) -> None:
    """Add the ``reply`` sub-command."""
    p: argparse.ArgumentParser = sub.add_parser(
        "reply",
        help="classify SMTP reply / diagnostic texts",
        description="Classify SMTP replies: one per argument, or one per line of --file (- for stdin).",
    )
    p.add_argument("texts", nargs="*", metavar="TEXT", help="reply texts to classify")
    p.add_argument("--file", "-f", metavar="FILE", help="read one reply per line from FILE (- for stdin)")
    p.add_argument("--format", choices=("table", "jsonl", "json", "csv"), default=None,
                   help="table: for people (default on a terminal); jsonl: one flat record per line (default "
                        "otherwise); json: the full Reply model per line; csv")
    p.add_argument("--status", metavar="X.Y.Z", type=enhanced_status, help="hint: the DSN's Status: for every reply")
    p.add_argument("--command", metavar="CMD", type=smtp_command,
                   help="hint: the SMTP command the replies answered (RCPT, DATA ...)")
    p.add_argument("--remote-host", metavar="HOST", help="hint: the remote MTA's host name")
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


def _yes_no(value: bool | None, yes: str, no: str) -> str:
    return "?" if value is None else (yes if value else no)


def format_table(replies: Iterable[Reply], out: IO[str], width: int = 100) -> int:
    """Write one readable block per reply; return how many were written.

    The first line is the verdict (codes, command, reason, permanent/transient,
    hard bounce, provider); then the blocklist and delisting contacts when there
    are any, then the text, cut to the terminal width.
    """
    n = 0
    for r in replies:
        if n:
            out.write("\n")
        head = [
            str(r.smtp_code or "-"),
            str(r.enhanced_status or "-"),
            r.smtp_command or "-",
            r.reason.value.upper(),
            _yes_no(r.permanent, "permanent", "transient"),
            "HARD bounce" if r.hard_bounce else "soft bounce",
        ]
        if r.provider:
            head.append(f"provider={r.provider}")
        out.write("  ".join(head) + "\n")
        if r.blocklist is not None:
            bl = r.blocklist
            line = f"  blocklist: {bl.name} [{bl.id}]"
            if bl.receiver_misconfigured:
                line += "  (receiver's DNSBL setup is broken: the sender is NOT listed, do not delist)"
            elif bl.delist_url:
                line += f"  delisting: {bl.delist_url}"
            out.write(line + "\n")
        if r.delist:
            out.write("  contacts in text: " + ", ".join(r.delist) + "\n")
        text = " ".join(r.text.split())
        limit = max(20, width - 8)
        out.write("  text: " + (text if len(text) <= limit else text[: limit - 3] + "...") + "\n")
        n += 1
    return n


def _run(args: argparse.Namespace) -> int:
    if not args.texts and not args.file:
        print("bouncelib reply: error: give reply texts as arguments or --file FILE", file=sys.stderr)
        return 2
    hints = {"status": args.status, "smtp_command": args.command, "remote_host": args.remote_host}
    replies = (parse_reply(t, **hints) for t in _texts(args))
    fmt = args.format or ("table" if sys.stdout.isatty() else "jsonl")
    if fmt == "table":
        format_table(replies, sys.stdout, shutil.get_terminal_size((100, 24)).columns)
    elif fmt == "json":
        for r in replies:
            sys.stdout.write(r.model_dump_json() + "\n")
    elif fmt == "csv":
        write_csv((r.to_record() for r in replies), sys.stdout)
    else:
        write_jsonl((r.to_record() for r in replies), sys.stdout)
    return 0
