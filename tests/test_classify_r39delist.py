"""Round r39delist (issue 10, part 4): the delist reading holds under variations that should not matter
(bench/delist_perturb.py); tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    "text",
    [
        "550 5.7.1 Your IP is blocked. If you believe this is an error, please email mailops@isp.example",
        "554 Message refused for policy reasons. Kindly e-mail unblock.team@isp.example",
        "421 4.7.0 Too many connections from your host. Email us at mailops@isp.example",
    ],
)
def test_email_as_the_verb_offers_the_mailbox(text: str) -> None:
    # "Email" the verb, right before the mailbox, asks the sender to write there.
    assert parse_reply(text).delist == [text.rsplit(" ", 1)[1]]


def test_email_the_noun_before_a_mailbox_offers_nothing() -> None:
    text = "550 The mail server could not deliver the email to user@example.com. Sender verification failed"
    assert parse_reply(text).delist == []


@pytest.mark.parametrize(
    "text",
    [
        "554 5.7.1 Message rejected: message contains a blocked URL: http://shop.example/offer?id=42",
        "550 5.7.1 Rejected: the message body contained the link https://click.sender.example/track?u=abc",
        "554 Spam detected. Link found in message: https://sender.example/unsubscribe?u=abc123",
        "550 5.7.1 Message refused, listed domain http://promo.example/sale in body",
    ],
)
def test_a_url_the_message_carried_is_not_a_contact(text: str) -> None:
    assert parse_reply(text).delist == []


def test_a_page_offered_after_what_the_message_carried_is_a_contact() -> None:
    text = "554 5.7.1 Your message contains a virus, see https://help.isp.example/virus for details"
    assert parse_reply(text).delist == ["https://help.isp.example/virus"]


@pytest.mark.parametrize(
    "tail",
    [
        "Original-Recipient: rfc822;jane.doe@example.org",
        "Sender address: news@sender.example",
        "MAIL FROM:news@sender.example",
        "jane.doe@example.org: recipient of the refused message",
    ],
)
def test_an_address_labelled_as_recipient_or_sender_is_not_a_contact(tail: str) -> None:
    # Contact wording before ("please contact the intended recipient") does not make the next address a contact.
    text = "554 Your access has been rejected due to poor reputation. If in error, please contact the recipient. "
    text += tail
    assert parse_reply(text).delist == []


def test_a_pointer_before_a_mailbox_with_a_colon_keeps_it() -> None:
    assert parse_reply("550 5.7.0 Blocked - see abuse@isp.example: jane@example.org").delist == ["abuse@isp.example"]


def test_a_permanent_reply_naming_nothing_offers_its_page() -> None:
    # Nothing any rule reads (rule "unrecognised") and a permanent code: the page is where to learn why.
    text = "554 READ THIS: IMPORTANT ACTION REQUIRED: delivery occurs only once you follow https://allow.example.net/r?x=1"
    reply = parse_reply(text)
    assert reply.rule == "unrecognised"
    assert reply.delist == ["https://allow.example.net/r?x=1"]


def test_a_temporary_reply_naming_nothing_offers_no_page() -> None:
    assert parse_reply("454 Something odd happened, see https://help.example.net/x").delist == []


@pytest.mark.parametrize(
    "text",
    [
        "554 5.2.0 sc1: IP reputation ratelimit in effect - https://support.example.ch/provider/bounce/abc",
        "421 4.7.0 Sender reputation too low, rate limited",
    ],
)
def test_a_rate_limit_for_reputation_is_badreputation(text: str) -> None:
    assert parse_reply(text).reason is Reason.BADREPUTATION


@pytest.mark.parametrize(
    "verb",
    ["Reach out to", "Get in touch with", "Report false positives to", "Mail us at", "Questions? Email",
     "554 HL:IPB Report false positives to"],
)
def test_other_wordings_of_asking_to_write_offer_the_mailbox(verb: str) -> None:
    text = "550 5.7.1 Your IP 192.0.2.1 is blocked due to poor reputation. " + verb + " mailops@isp.example"
    assert parse_reply(text).delist == ["mailops@isp.example"]


def test_a_report_to_an_address_is_not_asking_to_write() -> None:
    text = "550 5.7.1 Your IP 192.0.2.1 is blocked due to poor reputation; "
    text += "sending a delivery report to news@sender.example"
    assert parse_reply(text).delist == []
