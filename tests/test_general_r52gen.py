"""Round 52 (r52gen): the general reader and the readers of the standards read what a notice means, not one mail.

An alias's row (``Final-Recipient`` the alias, ``X-Actual-Recipient`` the mailbox it expanded to) reports the
mailbox when the prose names only the mailbox as the address the delivery failed or was deferred for.

Our own layouts and wordings, not copies of corpus mails.  Each test of a new reading fails without its change; the
guards check readings the change must not make.
"""

from __future__ import annotations

import pytest
from general_reading import reading

from bouncelib import parse_message


def _alias_notice(prose_address: str, *, subject: str = "Warning: could not send message for past 2 hours") -> bytes:
    return (
        "From: Mail Delivery Subsystem <MAILER-DAEMON@gw.example.org>\n"
        "To: pat@example.com\n"
        f"Subject: {subject}\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"\n\n'
        "--b1\n\n"
        "   ----- Transcript of session follows -----\n"
        f"{prose_address}... Deferred: 451 4.3.0 Mailbox temporarily locked, try later\n"
        "Warning: message still undelivered after 2 hours\n\n"
        "--b1\n"
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; gw.example.org\n\n"
        "Final-Recipient: RFC822; team@gw.example.org\n"
        "X-Actual-Recipient: rfc822; kim@store.example.net\n"
        "Action: delayed\n"
        "Status: 4.3.0\n"
        "Diagnostic-Code: SMTP; 451 4.3.0 Mailbox temporarily locked, try later\n\n"
        "--b1--\n"
    ).encode()


@pytest.mark.parametrize("modules_off", [True, False])
def test_alias_row_reports_the_mailbox_the_prose_names(modules_off: bool) -> None:
    data = _alias_notice("kim@store.example.net")
    if modules_off:
        got = [(r, a) for r, a, _why in reading(data, failures_only=True)]
    else:
        got = [(e.recipient, e.action) for e in parse_message(data).recipients]
    assert got == [("kim@store.example.net", "delayed")], got


def test_alias_stays_as_the_original_recipient() -> None:
    report = parse_message(_alias_notice("kim@store.example.net"))
    assert [(e.recipient, e.orig_recipient) for e in report.recipients] == [
        ("kim@store.example.net", "team@gw.example.org")
    ]


def test_alias_row_stays_when_the_prose_names_the_alias() -> None:
    # The prose names the address of the row (a rewrite to an internal host, not an expansion): it stays.
    got = [(r, a) for r, a, _why in reading(_alias_notice("team@gw.example.org"), failures_only=True)]
    assert got == [("team@gw.example.org", "delayed")], got
