"""Agreement of `parse_reply` with two labelled references, field by field.

1. ``reference/smtp-replies-examples.jsonl`` of the shared folder: hand-labelled replies
   (smtp_code, enhanced_status, provider, blocklist, delist, reason, bounce type).
2. The ``diagnostic`` texts of its ``corpus/sisimai/labels.jsonl``: one row
   per bounced recipient, labelled by Sisimai's test suites.

Run: ``python bench/replies_agreement.py [--shared DIR] [--misses N]``. The shared
folder is found by ``bench/shared_dir.py``; the script skips cleanly (exit 0) when it is absent.

Sisimai rows whose reason comes from the *report type* rather than a reply text
(feedback = ARF complaint, vacation = auto-reply, delivered = success DSN) are
left out of the reason figure, as are rows without a label. The smtp_code and
enhanced_status figures count only rows whose diagnostic text contains the
labelled value, since nothing can be found that is not written.

Two runs over the Sisimai rows: without hints (the text alone), and with the
hints a DSN front end has: the DSN's ``Status:`` (the label's status) and the
remote MTA (the label's rhost) and the SMTP command (the label's). Sisimai writes
private ``X.0.9nn`` statuses into its labels, which no real DSN carries; bouncelib
understands them as hints, and a third run drops them to show what a DSN front
end alone would get.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from shared_dir import shared_dir

from bouncelib import parse_reply
from bouncelib._data.status_codes import is_generic
from bouncelib.models import Reply

SHARED = shared_dir()  # None when absent (bench/shared_dir.py)

NOT_FROM_TEXT = {"feedback", "vacation", "delivered"}


class Tally:
    """Agree/total counts per field."""

    def __init__(self) -> None:
        self.ok: Counter[str] = Counter()
        self.n: Counter[str] = Counter()
        self.misses: dict[str, list[str]] = {}

    def add(self, field: str, agree: bool, miss: str = "") -> None:
        self.n[field] += 1
        if agree:
            self.ok[field] += 1
        elif miss:
            self.misses.setdefault(field, []).append(miss)

    def row(self, field: str) -> str:
        n = self.n[field]
        pct = 100.0 * self.ok[field] / n if n else float("nan")
        return f"{self.ok[field]:>5}/{n:<5} {pct:6.1f}%"


def _examples(path: Path) -> Tally:
    t = Tally()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        r = parse_reply(case["text"])
        exp = case["expect"]
        got: dict[str, Any] = {
            "smtp_code": r.smtp_code,
            "enhanced_status": str(r.enhanced_status) if r.enhanced_status else None,
            "provider": r.provider,
            "blocklist": r.blocklist.id if r.blocklist else None,
            "delist": r.delist,
            "reason": r.reason.value,
            "bounce_type": "hard" if r.hard_bounce else "soft",
        }
        for field, want in exp.items():
            if field in got:
                t.add(field, got[field] == want, f"{want!r} != {got[field]!r}: {case['text'][:150]!r}")
    return t


def _sisimai_rows(path: Path) -> Iterator[dict[str, Any]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        for rcpt in label["recipients"]:
            yield {**rcpt, "_id": label["id"]}


def _real_status(status: str | None) -> str | None:
    # Sisimai's private X.0.9nn codes never appear in a real DSN.
    if status and is_generic(status) and not status.endswith(".0.0"):
        return None
    return status


def _sisimai(path: Path, hinted: bool, pseudo: bool = True) -> Tally:
    t = Tally()
    for row in _sisimai_rows(path):
        text = row.get("diagnostic") or ""
        hints: dict[str, Any] = {}
        if hinted:
            status_hint = row.get("status") if pseudo else _real_status(row.get("status"))
            hints = {"status": status_hint, "remote_host": row.get("rhost"), "smtp_command": row.get("smtp_command")}
        r: Reply = parse_reply(text, **hints)
        where = f"{row['_id']}: {text[:160]!r}"
        want_reason = row.get("reason")
        if want_reason and want_reason not in NOT_FROM_TEXT:
            t.add("reason", r.reason.value == want_reason, f"{want_reason} != {r.reason.value} ({r.rule}) {where}")
            if text.strip():
                t.add("reason (non-empty text)", r.reason.value == want_reason)
        code = row.get("replycode")
        if code and re.search(rf"(?<!\d){code}(?!\d)", text):
            t.add("smtp_code", str(r.smtp_code) == code, f"{code} != {r.smtp_code} {where}")
        status = row.get("status")
        if status and re.search(rf"(?<![\d.]){re.escape(status)}(?![\d])", text):
            t.add("enhanced_status", str(r.enhanced_status) == status, f"{status} != {r.enhanced_status} {where}")
        if row.get("hard_bounce") is not None:
            t.add(
                "hard_bounce",
                r.hard_bounce == row["hard_bounce"],
                f"{row['hard_bounce']} != {r.hard_bounce} ({r.reason.value}) {where}",
            )
        cmd = row.get("smtp_command")
        if cmd and text.strip():
            t.add("smtp_command", r.smtp_command == cmd, f"{cmd} != {r.smtp_command} {where}")
    return t


def _print(title: str, t: Tally, fields: list[str], misses: int, out: Callable[[str], None]) -> None:
    out(f"\n{title}")
    out(f"  {'field':<26} {'agree/total':>13} {'%':>7}")
    for f in fields:
        if t.n[f]:
            out(f"  {f:<26} {t.row(f)}")
    if misses:
        for f in fields:
            for m in t.misses.get(f, [])[:misses]:
                out(f"    miss {f}: {m}")


def main(argv: list[str] | None = None) -> int:
    """Print the agreement tables; exit 0 (also when the shared folder is absent)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--shared",
        default=str(SHARED) if SHARED else None,
        help="the shared reference folder (default: $BOUNCELIB_SHARED, ../shared or /work/shared)",
    )
    ap.add_argument("--misses", type=int, default=0, help="also print up to N disagreements per field")
    args = ap.parse_args(argv)
    if args.shared is None:
        print("skipped: no shared reference folder (see bench/shared_dir.py)")
        return 0
    shared = Path(args.shared)
    examples = shared / "reference" / "smtp-replies-examples.jsonl"
    labels = shared / "corpus" / "sisimai" / "labels.jsonl"
    if not examples.exists() and not labels.exists():
        print(f"skipped: {shared} has no reference data")
        return 0
    if examples.exists():
        _print(
            "smtp-replies-examples.jsonl",
            _examples(examples),
            ["smtp_code", "enhanced_status", "reason", "bounce_type", "provider", "blocklist", "delist"],
            args.misses,
            print,
        )
    if labels.exists():
        fields = ["reason", "reason (non-empty text)", "smtp_code", "enhanced_status", "hard_bounce", "smtp_command"]
        _print("sisimai labels, text only (no hints)", _sisimai(labels, hinted=False), fields, args.misses, print)
        _print(
            "sisimai labels, with DSN hints (status, command, remote host)",
            _sisimai(labels, hinted=True),
            fields,
            args.misses,
            print,
        )
        _print(
            "sisimai labels, with DSN hints, Sisimai's private X.0.9nn statuses dropped",
            _sisimai(labels, hinted=True, pseudo=False),
            fields,
            args.misses,
            print,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
