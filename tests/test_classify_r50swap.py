"""Round r50swap (issue 10): verdicts that rested on one wording, tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    "text",
    [
        "550 5.4.1 The recipient was refused by this tenant",
        "550 5.4.1 Recipient address denied: no entry",
        "550 5.4.1 mailbox rejected by directory lookup",
        "550 5.4.1 all recipients refused",
    ],
)
def test_a_recipient_said_refused_under_x_4_1_is_an_unknown_recipient(text: str) -> None:
    # The host answered, so X.4.1 ("no answer from host") cannot mean what RFC 3463 says: the recipient refused is
    # the verdict, in whichever words of RCPT, RCPTS or ADDR and REFUSED (not Exchange's one wording only).
    reply = parse_reply(text)
    assert reply.reason is Reason.USERUNKNOWN
    assert reply.hard_bounce is True


def test_x_4_1_with_no_recipient_refused_stays_a_network_failure() -> None:
    assert parse_reply("550 5.4.1 the next hop gave no answer").reason is Reason.NETWORKERROR


@pytest.mark.parametrize(
    "text",
    [
        "554 5.6.0 Your mail was turned away; read RFC 822 before sending again",
        "554 this message breaks rfc 2822",
        "550 please see RFC5322 and resend",
    ],
)
def test_the_message_standard_cited_by_any_of_its_numbers_is_a_format_violation(text: str) -> None:
    # The phrase rows read MSG_STANDARD's spellings (RFC 822, 2822 and 5322, each replacing the one before).
    assert parse_reply(text).reason is Reason.NOTCOMPLIANTRFC


def test_the_address_type_rfc822_is_no_citation_of_the_standard() -> None:
    # RFC 3461's ORCPT and RFC 3464's Final-Recipient write "rfc822;" before an address.
    reply = parse_reply("In: RCPT TO:<ann@example.org> ORCPT=rfc822;ann@example.org Out: 451 4.3.0 disk write error")
    assert reply.reason is not Reason.NOTCOMPLIANTRFC


@pytest.mark.parametrize(
    "text",
    [
        "550 sender address carol@example.org does not exist",
        "553 the envelope sender dave@example.net is unknown here",
    ],
)
def test_an_address_named_right_after_the_sender_is_the_senders_address(text: str) -> None:
    # What is said of that address is said of the sender (rejected), not of a recipient (userunknown).
    reply = parse_reply(text)
    assert reply.reason is Reason.REJECTED
    assert reply.hard_bounce is False


def test_an_address_after_the_recipient_word_is_still_the_recipients() -> None:
    assert parse_reply("550 recipient carol@example.org does not exist").reason is Reason.USERUNKNOWN

