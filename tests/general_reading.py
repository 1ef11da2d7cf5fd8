"""What the general reader's tests share (tests/test_general_*.py): a mail's reading with every format module
switched off, and the check that a layout perturbation of a wild tuning mail (bench/perturb.py) keeps it.

A plain module beside the tests (as hostile_cases.py), imported by name: pytest puts this folder on sys.path.
"""

from __future__ import annotations

from pathlib import Path

import perturb  # bench/perturb.py, on sys.path through conftest.py

from bouncelib import parse_message
from bouncelib._dsn.registry import format_modules_off

WILD = Path(__file__).resolve().parent.parent / "corpus" / "wild" / "mail"

Reading = list[tuple[str | None, str, str]]
#: The head of a plain-text notice from a mailer daemon that no format module claims, for the layouts the general
#: reader's tests write below it.
PLAIN_HEAD = (
    "From: Mail Delivery System <mailer-daemon@relay.example.org>\n"
    "To: carol@example.net\n"
    "Subject: Undeliverable mail\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain\n\n"
)


#: Words no table of bouncelib holds, for the notices whose kind must be read from evidence in no language (the
#: sender, the Subject, the headers: leave-language-out, bench/leave_language_out.py).
LOREM = (
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et\n"
    "dolore magna aliqua.\n\n"
    "Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo.\n"
)


def lorem_mail(head: str, body: str = LOREM) -> bytes:
    """A plain-text mail of `head` (its From, To, Subject ...) over `body`, lorem ipsum unless given."""
    return (head + "Date: Mon, 07 Dec 2026 09:20:11 +0000\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\n\n" + body).encode()  # fmt: skip


def reading(data: bytes, *, failures_only: bool = False) -> Reading:
    """(recipient, action, reason) of each event the general reader gives, format modules off; with
    `failures_only`, only the failed and delayed ones."""
    with format_modules_off():
        report = parse_message(data)
    return [
        (e.recipient, e.action, e.reason.value)
        for e in report.recipients
        if not failures_only or e.action in ("failed", "delayed")
    ]


def assert_perturbation_keeps_failures(perturbation: str, file: str, wanted: list[str]) -> None:
    """The wild mail `file` read as `wanted` (its failed/delayed recipients, in order) and, perturbed, read the same:
    the perturbation must apply and change the bytes."""
    case = perturb.Case(f"wild/{file}", (WILD / file).read_bytes(), wanted, "bounce" if wanted else "neither")
    data = perturb.PERTURBATIONS[perturbation](case)
    assert data is not None
    assert data != case.data
    before = reading(case.data, failures_only=True)
    assert [r for r, _a, _reason in before] == wanted, before
    assert reading(data, failures_only=True) == before


def reply_texts(data: bytes, *, modules_off: bool = True) -> list[tuple[str | None, str]]:
    """(recipient, reply text handed to the classifier) of each failed or delayed event, format modules off unless
    `modules_off` is false."""
    if modules_off:
        with format_modules_off():
            report = parse_message(data)
    else:
        report = parse_message(data)
    return [
        (e.recipient, e.reply.text if e.reply is not None else "")
        for e in report.recipients
        if e.action in ("failed", "delayed")
    ]
