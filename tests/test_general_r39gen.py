"""Round 39 (r39gen): the general reader, format modules off, on shapes of the tuning part's misses.

Each test fails without its change: the remote server's answer given under a label that names the server as the
one speaking ("Remote host said :") with the answer on the lines below; the queue's giving up written in the
recipient's own paragraph below its reply (qmail-send's words); the paragraph that ends by announcing the details
below it, for a recipient only ``X-Failed-Recipients`` names; a refusal that names only the receiving side as who
refused is a bare refusal (onhold).  Inputs are our own, in other words than the mails they were drawn from.
"""

from __future__ import annotations

from bouncelib import parse_message, parse_reply
from bouncelib._dsn.registry import format_modules_off


def _report(raw: str):  # type: ignore[no-untyped-def]
    with format_modules_off():
        return parse_message(raw.encode())


def test_the_server_answer_under_a_label_on_the_lines_below_is_the_reply() -> None:
    raw = (
        "From: Mail Delivery System <mailer-daemon@relay.example.org>\nTo: alice@example.com\n"
        "Subject: Undeliverable mail\n\n"
        "The message you sent to\n\n  bob@example.net\n\n  could not be delivered.\n\n"
        "  - Recipient:\n  bob@example.net\n\n"
        "  - The remote server replied:\n\n      User account is full, over quota\n\n"
        "This is an automatic notice.\n"
    )
    (event,) = _report(raw).recipients
    assert event.recipient == "bob@example.net"
    assert event.reply is not None
    assert event.reply.text == "User account is full, over quota"
    assert event.reason == "mailboxfull"


def test_a_gave_up_line_in_the_recipients_paragraph_goes_with_its_reply() -> None:
    # A permanent reply the queue kept retrying (the greeting refused), then the MTA's own words that it gave up.
    raw = (
        "From: MAILER-DAEMON@mx.example.org\nTo: alice@example.com\nSubject: failure notice\n\n"
        "Hi. The mail system at mx.example.org could not deliver your message.\n\n"
        "<bob@example.net>:\nConnected to 192.0.2.7 but greeting failed.\n"
        "Remote host said: 554 5.7.1 go away\n"
        "I'm not going to try again; this message has been in the queue too long.\n\n"
        "--- Below this line is a copy of the message.\n"
    )
    (event,) = _report(raw).recipients
    assert event.recipient == "bob@example.net"
    assert event.reason == "expired"


def test_the_details_a_paragraph_announces_go_with_a_header_named_recipient() -> None:
    raw = (
        "From: Mail System <mailer-daemon@lists.example.org>\nTo: alice@example.com\n"
        "X-Failed-Recipients: team@lists.example.org\nSubject: Message not posted\n\n"
        "Hello alice@example.com,\n\n"
        "Your post to the list team could not be handed on to its members. More about why it was not taken:\n\n"
        " * The mailbox of the list is full and over quota.\n\n"
        "Thanks,\nThe list robot\n"
    )
    (event,) = _report(raw).recipients
    assert event.recipient == "team@lists.example.org"
    assert event.reason == "mailboxfull"


def test_a_refusal_that_names_only_the_receiving_side_is_bare() -> None:
    # corpus/LABELING.md: a refusal of the message and nothing more is onhold; "by the receiver" names no cause.
    assert parse_reply("Your message was refused by the receiver.").reason == "onhold"
    assert parse_reply("Your mail was denied from the receiver.").reason == "onhold"
    # A refusal that names what refused it still says more.
    assert parse_reply("Message refused by spam filter").reason == "spamdetected"


def test_the_host_a_client_says_it_reached_is_the_remote_host() -> None:
    # qmail-remote names the host it talked to only as "<ip> does not like recipient." / "Connected to <ip> but".
    raw = (
        "From: MAILER-DAEMON@mx.example.org\nTo: alice@example.com\nSubject: failure notice\n\n"
        "Hi. The mail system at mx.example.org could not deliver your message.\n\n"
        "<bob@example.net>:\n198.51.100.9 does not like recipient.\n"
        "Remote host said: 550 5.1.1 <bob@example.net>... no such user\n\n"
        "<carol@example.org>:\nConnected to 203.0.113.4 but sender was rejected.\n"
        "Remote host said: 553 5.7.1 sender refused\n\n"
        "--- Below this line is a copy of the message.\n"
    )
    hosts = {e.recipient: e.remote_mta for e in _report(raw).recipients}
    assert hosts == {"bob@example.net": "198.51.100.9", "carol@example.org": "203.0.113.4"}


def test_names_and_addresses_listed_under_a_heading_without_brackets() -> None:
    # A list of mailboxes under its heading, the brackets a relay dropped (bare) or turned into quotes.
    for left, right in (("", ""), ('"', '"')):
        raw = (
            "From: Mail Delivery System <mailer-daemon@mx.example.org>\nTo: alice@example.com\n"
            "Subject: Undelivered Mail\n\n"
            "The mail system could not deliver your message to some of its recipients.\n\n"
            "These recipients could not be reached:\n"
            f"\tBob Example {left}bob@example.com{right}\n"
            f"\tCarol Anne Example {left}carol@example.net{right}\n\n"
            "Contact your administrator for help.\n"
        )
        assert [e.recipient for e in _report(raw).recipients] == ["bob@example.com", "carol@example.net"]


def test_a_signature_with_a_name_and_address_is_no_recipient() -> None:
    # Guard: a name and address that no heading introduces (a signature after a greeting) is not a recipient.
    raw = (
        "From: Mail Delivery System <mailer-daemon@mx.example.org>\nTo: alice@example.com\n"
        "Subject: Undelivered Mail\n\n"
        "Your message could not be delivered to <bob@example.com>: mailbox full.\n\n"
        "Regards,\nThe Example Team team@example.org\n"
    )
    assert [e.recipient for e in _report(raw).recipients] == ["bob@example.com"]


def test_the_refusing_mailbox_named_on_the_line_after_a_wrap() -> None:
    # A forwarding service names the reader's own mailbox as the one that bounced the message; a narrower wrap
    # puts the address at the start of the next line.
    raw = (
        "From: Forwarder <noreply@fwd.example.org>\nTo: alice@example.org\nSubject: Email bounced\n"
        "Auto-Submitted: auto-generated\n\n"
        "A message sent to your alias shop@fwd.example.org from news@shop.example.com was refused by the mailbox\n"
        "alice@example.org.\n\nIt was most likely taken for spam.\n"
    )
    assert [e.recipient for e in _report(raw).recipients] == ["alice@example.org"]
