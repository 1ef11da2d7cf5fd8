"""Round r55wild: an application's answer to a mail it could not take (an issue tracker's mail gateway), read
by the general reader with every format module switched off (issue 11).

The mails are shapes written for these tests, not copies of real ones.
"""

from __future__ import annotations

import email

from bouncelib import parse_message, parse_reply
from bouncelib._dsn.mime import original_message, original_text
from bouncelib._dsn.registry import format_modules_off
from bouncelib._vocab import Reason

RETURNED = (
    "From: Dana Writer <dana@example.com>\nTo: helpdesk@tickets.example.org\nSubject: Scanner broken\n"
    "Date: Mon, 07 Dec 2026 08:00:00 +0000\n\nThe scanner in room 12 does not start.\n"
)


def _answer(subject: str, notice: str, second: str = RETURNED) -> bytes:
    """An application's reply: its notice, then the mail it got attached as a second plain text part."""
    return (
        "From: Ticket robot <robot@tickets.example.org>\nTo: dana@example.com\n"
        f"Subject: {subject}\nDate: Mon, 07 Dec 2026 08:00:05 +0000\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="XX"\n\n'
        f"--XX\nContent-Type: text/plain; charset=us-ascii\n\n{notice}\n"
        f"--XX\nContent-Type: text/plain; charset=us-ascii\n\n{second}\n--XX--\n"
    ).encode()


def _events(raw: bytes) -> list[tuple[str | None, str | None]]:
    with format_modules_off():
        report = parse_message(raw)
    return [(e.recipient, e.action) for e in report.recipients]


def _mime(raw: bytes) -> tuple[list[email.message.Message], list[str]]:
    msg = email.message_from_bytes(raw)
    parts = list(msg.walk())
    return parts, [p.get_content_type() for p in parts]


def test_a_second_plain_part_that_is_a_whole_message_is_the_returned_one() -> None:
    parts, types = _mime(_answer("Submission failed", "We could not file your ticket."))
    orig = original_message(parts, types, "")
    assert orig is not None
    assert orig["To"] == "helpdesk@tickets.example.org"
    assert (original_text(parts, types, "") or "").startswith("From: Dana Writer")


def test_a_second_plain_part_of_prose_is_no_returned_message() -> None:
    parts, types = _mime(_answer("Submission failed", "We could not file your ticket.", "Kind regards,\nThe desk\n"))
    assert original_message(parts, types, "") is None
    assert original_text(parts, types, "") is None


def test_a_failed_submission_names_the_address_the_returned_mail_went_to() -> None:
    raw = _answer("Failed helpdesk submission", "Only known customers may open tickets by mail.")
    assert _events(raw) == [("helpdesk@tickets.example.org", "failed")]
    assert _events(_answer("Submission failed", "Your ticket could not be opened.")) == [
        ("helpdesk@tickets.example.org", "failed")
    ]


def test_failure_words_deep_in_a_long_usage_text_report_no_failure() -> None:
    manual = "\n\n".join(
        [f"Section {k}: how the gateway files mail as tickets, step {k}." for k in range(10)]
        + ["If a rule refuses a mail, it is bounced back to its author with the reason."]
    )
    assert _events(_answer("Gateway usage", manual)) == []


def test_the_reader_said_to_be_no_user_or_denied_the_service_is_a_refused_sender() -> None:
    assert parse_reply("You are not a registered user of this help desk.").reason is Reason.REJECTED
    assert parse_reply("You are not allowed to access this service.").reason is Reason.REJECTED
    # Said of the recipient, with no "you", it is still no mailbox there.
    assert parse_reply("550 5.1.1 <pat@example.org>: not a registered user here").reason is Reason.USERUNKNOWN


def test_the_reader_refused_in_a_catalogue_phrase_is_a_refused_sender() -> None:
    assert parse_reply("Sie haben keinen Zugriff auf dieses System.").reason is Reason.REJECTED
    assert parse_reply("Du har ikke adgang til denne tjenesten.").reason is Reason.REJECTED


def test_a_subject_the_service_requires_is_its_own_rule() -> None:
    assert parse_reply("Mail to this desk must include a Subject line.").reason is Reason.POLICYVIOLATION
    assert parse_reply("Mails an dieses System müssen eine Subject-Zeile haben.").reason is Reason.POLICYVIOLATION


def test_a_service_that_takes_plain_text_only_refuses_the_format() -> None:
    assert parse_reply("This desk requires every message to be plain text.").reason is Reason.CONTENTERROR
