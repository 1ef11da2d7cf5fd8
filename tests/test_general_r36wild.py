"""Round 36 (r36wild): general reader rules drawn from the round's tuning misses (app and MTA templates).

Each test fails without its change: an address in Markdown's strong emphasis, recipients listed as mailboxes
(name and address) one a line, a list's heading that tells its recipients' fate, and Postfix's subject on a
notice that is not Postfix's text; and, kept right when the model was retrained on the round's mails, a header
the site calls implausible.
"""

from __future__ import annotations

from bouncelib import parse_message
from bouncelib._dsn.registry import format_modules_off


def _events(raw: str, *, modules: bool = False) -> list[tuple[str | None, str]]:
    if modules:
        report = parse_message(raw.encode())
    else:
        with format_modules_off():
            report = parse_message(raw.encode())
    return [(e.recipient, e.action) for e in report.recipients]


def test_strong_emphasis_around_an_address_is_not_part_of_it() -> None:
    # A Laravel notification's text part keeps Markdown's "**a**" around the address it names.
    body = (
        "Subject: New failed delivery\n\n"
        "An attempt to deliver a message to your recipient **bob@example.org** has failed.\n"
        "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown\n"
    )
    assert _events(body) == [("bob@example.org", "failed")]


def test_recipients_listed_as_mailboxes_one_a_line() -> None:
    # "Name <address>" on a line of its own names the recipient as a bare address on its line does.
    body = (
        "Subject: Undeliverable\n\n"
        "Your mail could not be delivered to some of the recipients.\n\n"
        "Recipients that failed permanently:\n\tBob Example <bob@example.org>\n\tCarol Example <carol@example.net>\n"
    )
    assert _events(body) == [("bob@example.org", "failed"), ("carol@example.net", "failed")]


def test_the_heading_of_a_list_tells_its_recipients_fate() -> None:
    # The notice says delivery failed; the list headed "will be retried" holds the recipients still tried.
    body = (
        "Subject: Undeliverable\n\n"
        "Your mail could not be delivered to some of the recipients.\n\n"
        "Recipients that will be retried:\n\tDave Example <dave@example.net>\n\n"
        "Recipients that failed permanently:\n\tBob Example <bob@example.org>\n"
    )
    assert _events(body) == [("dave@example.net", "delayed"), ("bob@example.org", "failed")]


def test_postfix_subject_without_postfix_text_is_read_by_the_general_reader() -> None:
    # Another writer's notice under Postfix's subject: its own list names both recipients, not only the
    # first address of the returned message's To.
    raw = (
        "From: Mail Delivery System <mailer-daemon@mail.example.org>\nTo: alice@example.org\n"
        "Subject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\n'
        "Your mail could not be delivered to some of the recipients.\n\n"
        "Recipients that failed permanently:\n\tBob Example <bob@example.org>\n\tCarol Example <carol@example.net>\n"
        "\n--b\nContent-Type: message/rfc822\n\nFrom: alice@example.org\n"
        "To: bob@example.org, carol@example.net\nSubject: Figures\n\nHello\n--b--\n"
    )
    assert _events(raw, modules=True) == [("bob@example.org", "failed"), ("carol@example.net", "failed")]


def test_an_implausible_header_is_the_sites_judgment() -> None:
    # courier-filter-perl's FakeDate: the site does not believe the Date header (as "suspicious headers").
    from bouncelib import parse_reply

    reply = parse_reply('550 FakeDate: Implausible "Date" header detected. Check your clock!')
    assert (reply.reason.value, reply.rule) == ("policyviolation", "concept:HEADER+SUSPICIOUS")
