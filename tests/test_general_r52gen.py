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


def test_guard_an_address_noting_another_alias_leaves_the_row() -> None:
    # The listed address says what it was made from (a local name, no row's): the fields' own row stands.
    data = (
        b"From: Mail Delivery Subsystem <MAILER-DAEMON@gw.example.org>\n"
        b"To: pat@example.com\n"
        b"Subject: Returned mail: see transcript for details\n"
        b"MIME-Version: 1.0\n"
        b'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"\n\n'
        b"--b1\n\n"
        b"   ----- The following addresses had permanent fatal errors -----\n"
        b"kim+team@store.example.net\n"
        b"    (reason: 550 5.7.1 Sender domain has no SPF record)\n"
        b"    (expanded from: teamlist)\n\n"
        b"--b1\n"
        b"Content-Type: message/delivery-status\n\n"
        b"Reporting-MTA: dns; gw.example.org\n\n"
        b"Final-Recipient: RFC822; team@gw.example.org\n"
        b"X-Actual-Recipient: rfc822; kim+team@store.example.net\n"
        b"Action: failed\n"
        b"Status: 5.7.1\n"
        b"Diagnostic-Code: SMTP; 550 5.7.1 Sender domain has no SPF record\n\n"
        b"--b1--\n"
    )
    got = [(r, a) for r, a, _why in reading(data, failures_only=True)]
    assert got == [("team@gw.example.org", "failed")], got


# -- what makes a notice a failure, with one sign of it gone -------------------------------------------------------


def test_an_address_that_only_takes_mail_from_its_owner_refused_the_sender() -> None:
    data = (
        b"From: Mask Service <noreply@mask.example.org>\n"
        b"To: eve@example.com\n"
        b"MIME-Version: 1.0\n"
        b"Content-Type: text/plain\n\n"
        b"Hello,\n\n"
        b"Someone (you, eve@example.com) tried to write to fwd.k2@mask.example.org.\n\n"
        b"fwd.k2@mask.example.org is a masked address which only accepts messages from the person who owns it.\n\n"
        b"The Mask Service team\n"
    )
    got = [(r, a) for r, a, _why in reading(data, failures_only=True)]
    assert got == [("fwd.k2@mask.example.org", "failed")], got


def test_a_list_robot_sender_is_an_application_notice() -> None:
    # No Auto-Submitted header (a relay dropped it): the list server's robot address still says who wrote it.
    data = (
        b"From: LISTSERV <listserv@lists.example.edu>\n"
        b"To: joe@example.com\n"
        b"Subject: Your posting\n"
        b"MIME-Version: 1.0\n"
        b"Content-Type: text/plain\n\n"
        b"Your message to the list ASTRO could not be delivered: every member of the list is currently suspended.\n"
    )
    got = [(r, a) for r, a, _why in reading(data, failures_only=True)]
    assert got == [(None, "failed")], got


def test_a_from_line_alone_is_a_paste_not_a_correspondent() -> None:
    data = (
        b"From: gateway@relay.example.net\n\n"
        b"Sorry. Your message could not be delivered to:\n\n"
        b"Jones,Sales (No such name is known at this post office.)\n"
    )
    got = [(r, a) for r, a, _why in reading(data, failures_only=True)]
    assert got == [(None, "failed")], got


def test_a_dsn_headline_subject_is_a_notice_on_a_message() -> None:
    data = (
        b"From: mail@relay.example.net\n"
        b"To: joe@example.com\n"
        b"Date: Tue, 3 Mar 2026 10:00:00 +0000\n"
        b"Subject: Delivery Status Notification (Failure)\n\n"
        b"The forum you wrote to (astro-talk) is closed, so you were not able to post to it.\n"
    )
    got = [(r, a) for r, a, _why in reading(data, failures_only=True)]
    assert got == [(None, "failed")], got


@pytest.mark.parametrize(
    "head",
    [
        # A person's mail: every header a client writes.
        "From: Joe <joe@example.com>\nTo: ann@example.org\nDate: Tue, 3 Mar 2026 10:00:00 +0000\nSubject: lunch\n",
        # A newsletter from a plain address, with a Subject that names no delivery notice.
        "From: news@shop.example.com\nTo: ann@example.org\nSubject: Your parcel\n",
    ],
)
def test_guard_a_correspondent_telling_of_a_failure_is_no_notice(head: str) -> None:
    data = (head + "\nSorry, your parcel could not be delivered to: the front desk.\n").encode()
    assert reading(data, failures_only=True) == []


def test_guard_a_pasted_parcel_notice_names_no_message() -> None:
    # The From line alone makes it a paste, but a parcel waiting at a post office is no message that failed.
    data = b"From: desk@parcels.example.com\n\nThe driver was unable to deliver your parcel: see the Post Office.\n"
    assert reading(data, failures_only=True) == []
