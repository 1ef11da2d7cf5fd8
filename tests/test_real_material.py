"""The labelled real material (corpus/replies/real, corpus/postfix/real, corpus/wild) is well-formed.

These files are what bench/accuracy.py measures on, so a label that breaks the rules of
corpus/LABELING.md silently bends a published figure. Each row must have a source, a
known reason, the hard-bounce value the rule gives, and only values that are in its text.
"""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path
from typing import Any

import pytest

from bouncelib import Reason
from bouncelib._vocab import COMMANDS, LOG_KINDS, is_hard_bounce

ROOT = Path(__file__).resolve().parent.parent
REPLIES = sorted(p for p in (ROOT / "corpus/replies/real").glob("*.jsonl") if not p.name.startswith("_"))
LINES = ROOT / "corpus/postfix/real/lines.jsonl"
WILD = ROOT / "corpus/wild/mail"
REASONS = {r.value for r in Reason}
WILD_KINDS = {"bounce", "delay", "success", "challenge", "vacation", "read_receipt", "list_notice", "not_bounce"}


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _check_expect(ex: dict[str, Any], text: str) -> list[str]:
    """The problems of one label `ex` of a reply or log line `text`."""
    bad = []
    reason = ex.get("reason")
    if reason is not None and reason not in REASONS:
        bad.append(f"reason {reason!r} unknown")
    perm = ex.get("permanent")
    if reason is not None and "hard_bounce" in ex and ex["hard_bounce"] != is_hard_bounce(Reason(reason), perm):
        bad.append(f"hard_bounce {ex['hard_bounce']} against the rule")
    code = ex.get("smtp_code")
    if code is not None:
        if str(code) not in text:
            bad.append(f"smtp_code {code} not in the text")
        if code // 100 in (4, 5) and perm is not (code // 100 == 5):
            bad.append(f"permanent {perm} against code {code}")
    status = ex.get("enhanced_status")
    if status and status not in text:
        bad.append(f"enhanced_status {status} not in the text")
    command = ex.get("smtp_command")
    if command is not None and command not in COMMANDS:
        bad.append(f"smtp_command {command!r} unknown")
    bad.extend(f"delist {c!r} not in the text" for c in ex.get("delist") or () if c not in text)
    return bad


@pytest.mark.parametrize("path", REPLIES, ids=lambda p: p.name)
def test_real_replies_are_labelled_by_the_rules(path: Path) -> None:
    problems = []
    for row in _rows(path):
        where = row.get("id")
        if not row.get("source") or not row.get("text") or not row.get("why"):
            problems.append(f"{where}: source, text and why are required")
        problems += [f"{where}: {p}" for p in _check_expect(row["expect"], row["text"])]
    assert not problems, "\n".join(problems)


def test_real_reply_ids_are_unique_across_files() -> None:
    ids = [row["id"] for path in REPLIES for row in _rows(path)]
    assert len(REPLIES) >= 10
    assert len(ids) >= 1000
    assert len(ids) == len(set(ids))


def test_real_log_lines_are_labelled_by_the_rules() -> None:
    rows = _rows(LINES)
    assert len(rows) >= 300
    problems = []
    ids = [row["id"] for row in rows]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    for row in rows:
        where, line, ex = row["id"], row["line"], row["expect"]
        if not row.get("source") or not line or "\n" in line:
            problems.append(f"{where}: a source and one line are required")
        if ex.get("kind") not in LOG_KINDS:
            problems.append(f"{where}: kind {ex.get('kind')!r} unknown")
        if ex.get("recipient") and ex["recipient"] not in line:
            problems.append(f"{where}: recipient not on the line")
        problems += [f"{where}: {p}" for p in _check_expect(ex, line)]
    assert not problems, "\n".join(problems)


def test_wild_mails_are_labelled_and_parse() -> None:
    labels = _rows(WILD / "labels.jsonl")
    files = {p.name for p in WILD.glob("*.eml")}
    named = [lab["file"] for lab in labels]
    assert len(named) == len(set(named)), "a mail labelled twice"
    assert set(named) == files, "every mail has one label and every label a mail"
    problems = []
    for lab in labels:
        where = lab["file"]
        raw = (WILD / where).read_bytes()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            if not part.is_multipart():
                part.get_content()  # raises on a part the stdlib cannot decode
        if lab["kind"] not in WILD_KINDS or not lab.get("source"):
            problems.append(f"{where}: kind {lab['kind']!r} or no source")
        failing = lab["kind"] in {"bounce", "delay"}
        if failing != bool(lab["recipients"]):
            problems.append(f"{where}: recipients only on bounce and delay mails")
        text = raw.decode("utf-8", "replace")
        for r in lab["recipients"]:
            if r["reason"] not in REASONS or r["action"] not in {"failed", "delayed", "delivered"}:
                problems.append(f"{where}: reason {r['reason']!r} / action {r['action']!r}")
                continue
            if lab["kind"] == "delay" and r["action"] != "delayed":
                problems.append(f"{where}: a delay notice with action {r['action']}")
            code, status = r.get("smtp_code"), r.get("status")
            perm = str(code).startswith("5") if code is not None else (status.startswith("5") if status else None)
            want = r["action"] == "failed" and is_hard_bounce(Reason(r["reason"]), perm)
            if r["hard_bounce"] != want:
                problems.append(f"{where}: hard_bounce {r['hard_bounce']} against the rule")
            problems += [f"{where}: {k} {v} not in the mail" for k, v in (("smtp_code", code), ("status", status))
                         if v is not None and str(v) not in text]  # fmt: skip
    assert not problems, "\n".join(problems)


def test_every_label_follows_the_doubtful_wording_conventions() -> None:
    """One wording, one reason in every file (corpus/LABELING.md, "Doubtful wordings")."""
    import label_conventions

    assert label_conventions.relabel(apply=False, root=ROOT) == []


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("451 4.7.1 Try again later", "systemerror"),
        ("450 4.7.1 <bob@example.com>: Recipient address rejected: Greylisted for 5 minutes", "blocked"),
        ("450 4.3.2 Service currently unavailable", "systemerror"),
        ("554 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using zen.spamhaus.org", None),
        ("550 5.1.0 sender rejected AUP#I-1320", "toomanyconn"),
        ("450 4.7.1 Error: too many recipients from 192.0.2.7", "speeding"),
        ("421 4.7.0 mx.example.net Error: too many connections from 192.0.2.7", None),
        ("550 5.4.1 Recipient address rejected: Access denied. AS(201806281)", "userunknown"),
        ("554 5.7.1 <bob@example.com>: Recipient address rejected: Access denied", None),
        ("550 5.2.1 <kijitora@example.jp>... User Unknown", "userunknown"),
        ("host mx.example.net[192.0.2.78] said: 550 User unknown (in reply to end of DATA command)", "filtered"),
        ("host mx.example.net[192.0.2.78] said: 550 5.1.1 <bob@example.net>: Recipient address rejected: "
         "User unknown in local recipient table (in reply to end of DATA command)", "userunknown"),
        ("552 5.2.3 Message length exceeds administrative limit", "mesgtoobig"),
        ("552 5.3.4 Reject - Message size exceeds recipient's size limit", None),
        ("553 5.7.1 <alice@example.com>: Sender address rejected: not logged in", "securityerror"),
        ("550 5.7.1 Email relay denied 192.0.2.1. The sending email account has been suspended due to abuse.", None),
        # Round 25: conflicts between tuning labels settled (corpus/LABELING.md, "Doubtful wordings").
        ("450 4.4.0 <user@example.com> Temporary DMARC DNS lookup failure (G1E)", "authfailure"),
        ("451 4.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy, but "
         "temporary DNS failures prevent authentication.", "authfailure"),
        ("550 5.7.1 This sender is not authorized to send from example.com", "rejected"),
        ("550 192.0.2.7 is not allowed to send mail from example.org.", None),
        ("553 5.1.7 The sender address <sender@example.org> is not a valid RFC 5321 address.", "syntaxerror"),
        ("501 5.1.7 sender user@example.org contains a domain with no valid MX records", None),
        ("550 Unrouteable address", "hostunknown"),
        ("550-Verification failed for <alice@example.org> 550-Unrouteable address 550 Sender verify failed", None),
        ("554 delivery error: dd Sorry your message to user@example.com cannot be delivered. This account has "
         "been disabled or discontinued", "suspend"),
        ("550 message sending for this account is disabled", None),
        ("554 5.7.1 You are not allowed to connect.", "blocked"),
        ("550 5.7.1 [CS] Message blocked. If this is a false positive, please report this to your hosting "
         "service provider.", "policyviolation"),
        ("550 Message rejected", "onhold"),
        ("552 message rejected by anti-spam engine.", None),
    ],
)
def test_a_doubtful_wording_has_one_reason(text: str, reason: str | None) -> None:
    import label_conventions

    conv = label_conventions.convention_for(text)
    assert (conv.reason if conv is not None else None) == reason
