"""Round 40 (r40gen): the general reader, format modules off, on layout variations of tuning mails (bench/perturb.py).

Each test fails without its change.  Inputs are our own, in other words than the mails they were drawn from.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_message
from bouncelib._dsn.registry import format_modules_off


def _recipients(raw: str) -> list[str | None]:
    with format_modules_off():
        report = parse_message(raw.encode())
    return [r.recipient for r in report.recipients if r.action in ("failed", "delayed")]


_HEADED = (
    "From: Mail Delivery System <mailer-daemon@mx.example.net>\nTo: carol@example.org\n"
    "Subject: Mail delivery failed\n\n"
    "Your message could not be delivered. This is a permanent error. The following recipients\n"
    "could not be reached:\n\n{lead}carol@example.org\n{lead}  550 5.1.1 mailbox unavailable\n"
)


@pytest.mark.parametrize("lead", ["", "    ", "> "])
def test_the_addressee_alone_below_a_heading_that_lists_recipients_is_the_recipient(lead: str) -> None:
    # The notice's addressee is never taken as a recipient by its mere mention; listed alone under a heading whose
    # subject is the failed recipients (wrapped over two lines), it is one (a message sent to oneself, or a corpus
    # that redacted both addresses alike), however the notice is indented or quoted.
    text = _HEADED.format(lead=lead)
    if lead == "> ":
        text = text.replace("\nYour", "\n> Your").replace("\ncould", "\n> could")
    assert _recipients(text) == ["carol@example.org"]


def test_the_addressee_named_in_a_sentence_is_still_not_a_recipient() -> None:
    raw = (
        "From: Mail Delivery System <mailer-daemon@mx.example.net>\nTo: carol@example.org\n"
        "Subject: Mail delivery failed\n\n"
        "A message from carol@example.org could not be delivered to the following recipients:\n\n"
        "dave@example.net\n  550 5.1.1 mailbox unavailable\n"
    )
    assert _recipients(raw) == ["dave@example.net"]


def _attached(outer_text: str, inner_from: str) -> str:
    return (
        "From: Pat Example <pat@example.org>\nTo: helpdesk@example.org\nSubject: bounce\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="b1"\n\n'
        f'--b1\nContent-Type: text/plain; charset="utf-8"\n\n{outer_text}\n'
        "--b1\nContent-Type: message/rfc822\n\n"
        f"From: {inner_from}\nTo: pat@example.org\nSubject: Undelivered Mail Returned to Sender\n\n"
        "Your message could not be delivered to one or more recipients.\n\n"
        "<dave@example.net>: host mx.example.net[192.0.2.5] said: 550 5.1.1 no such user\n"
        "--b1--\n"
    )


def test_a_bounce_forwarded_as_an_attachment_under_an_empty_text_is_read() -> None:
    assert _recipients(_attached("", "Mail Delivery System <MAILER-DAEMON@mx.example.org>")) == ["dave@example.net"]


def test_a_persons_message_attached_under_an_empty_text_is_no_bounce() -> None:
    assert _recipients(_attached("", "Quinn Example <quinn@example.com>")) == []


def test_the_addressee_listed_with_other_recipients_above_the_sentence_that_introduces_them() -> None:
    # The list of recipients first, the sentence that introduces it below (as a relay or a client may reorder a
    # notice): the addressee listed in it like the others is one of them.
    raw = (
        "From: System Administrator <postmaster@example.com>\nTo: Erin <erin@example.com>\n"
        "Subject: Notification: delivery failure\n\n"
        "<erin@example.com>\n    Too many hops, mail loop\n<frank@example.com>\n    Too many hops, mail loop\n\n"
        "The recipients above did not receive your mail, each with its reason.\n"
    )
    assert _recipients(raw) == ["erin@example.com", "frank@example.com"]


def test_the_addressee_alone_under_a_label_of_its_own_is_not_listed_with_the_recipients() -> None:
    raw = (
        "From: System Administrator <postmaster@example.com>\nTo: Erin <erin@example.com>\n"
        "Subject: Notification: delivery failure\n\n"
        "Original sender:\n<erin@example.com>\nFailed recipient:\n<frank@example.com>\n    Too many hops, mail loop\n"
    )
    assert _recipients(raw) == ["frank@example.com"]


@pytest.mark.parametrize("joint", ["...", ":"])
def test_a_transcript_line_deferring_an_address_joined_with_dots_or_a_colon_is_a_delayed_recipient(joint: str) -> None:
    raw = (
        "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.com>\nTo: alice@example.com\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b2"\nSubject: Returned mail\n\n'
        "--b2\n\n   ----- The following addresses had permanent fatal errors -----\ngone@example.net\n"
        "    (reason: 550 User unknown)\n\n   ----- Transcript of session follows -----\n"
        f"slow@example.net{joint} Deferred: 450 4.7.1 Try again later\n550 5.1.1 gone@example.net... User unknown\n\n"
        "--b2\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.com\n\n"
        "Final-Recipient: rfc822; gone@example.net\nAction: failed\nStatus: 5.1.1\n\n--b2--\n"
    )
    assert _recipients(raw) == ["gone@example.net", "slow@example.net"]


def test_the_addressee_starting_a_wrapped_reply_line_is_not_listed_with_the_recipients() -> None:
    raw = (
        "From: Mail Delivery System <mailer-daemon@mx.example.net>\nTo: erin@example.com\n"
        "Subject: Mail delivery failed\n\nYour message could not be delivered.\n\n"
        "  frank@example.com\n    SMTP error from remote mail server after MAIL\n    FROM:<erin@example.com>:\n"
        "    host mx.example.com [192.0.2.20]: 550 5.7.0\n    <erin@example.com>... Please use your ISP's server.\n"
    )
    assert _recipients(raw) == ["frank@example.com"]
