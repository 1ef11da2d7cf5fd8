"""Round 39 (r39wild2): general reader rules drawn from the tuning misses of round 39's Sympa list notices.

Each of the first two tests fails without its change: a list manager's owner notice that says it received
non-delivery reports for members it lists (the members are not recipients of a failed message), and a person's
decision on a mailing list's creation (no message was refused).  The guard keeps what the change must not do (it passes
before it too): a notice that quotes a server's refusal stays a bounce, whatever reports it says it received.
(A post refused by a list named by its display name, Mailman 3's, is kept a failure by corpus/wild.)
Inputs are our own.
"""

from __future__ import annotations

from bouncelib import parse_message
from bouncelib._dsn.registry import format_modules_off


def _events(raw: str) -> list[tuple[str | None, str]]:
    with format_modules_off():
        return [(e.recipient, e.action) for e in parse_message(raw.encode()).recipients]


def test_an_owner_notice_about_non_delivery_reports_received_is_no_bounce() -> None:
    raw = (
        "From: Mailing lists <sympa@lists.example.org>\nTo: owner@example.org\nSubject: Staff list cleanup\n"
        "Auto-Submitted: auto-generated\n\n"
        "Since we have received numerous non-delivery notices for them, these 2 members were taken off\n"
        "the staff list:\n\nann@example.net\nbo@example.com\n"
    )
    assert _events(raw) == []


def test_a_list_creation_rejected_by_a_person_is_no_bounce() -> None:
    raw = (
        "From: Mailing lists <sympa@lists.example.org>\nTo: owner@example.org\nSubject: About your new list\n"
        "Auto-Submitted: auto-generated\n\n"
        "staff@lists.example.org mailing list has been rejected by the site administrator.\n"
    )
    assert _events(raw) == []


def test_a_quoted_refusal_beside_received_reports_stays_a_bounce() -> None:
    raw = (
        "From: MAILER-DAEMON@mx.example.org\nTo: bob@example.com\nSubject: Undelivered Mail Returned to Sender\n\n"
        "We received the following non-delivery reports for your message:\n\n"
        "<ann@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 <ann@example.net>: Recipient\n"
        "    address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)\n"
    )
    assert _events(raw) == [("ann@example.net", "failed")]
