"""Round r49swap (issue 10): verdicts that rested on one word of a concept, tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    "text",
    [
        "553 5.1.3 <carol@@example.net>... Bogus destination address",
        "501 5.1.3 The recipient you gave is not valid",
        "501 That is not a valid mailbox name",
    ],
)
def test_a_form_word_of_unknown_under_x_1_3_or_501_says_the_address_is_malformed(text: str) -> None:
    # "bogus" and "not valid" are form words of UNKNOWN as "invalid" is (FORM_WORDS, FORM_PHRASES).
    assert parse_reply(text).reason is Reason.SYNTAXERROR


def test_unknown_under_x_1_3_still_says_the_address_does_not_exist() -> None:
    assert parse_reply("550 5.1.3 The mailbox you named is unknown here").reason is Reason.USERUNKNOWN


@pytest.mark.parametrize("text", ["451 transient condition, spool not writable", "450 temporary hold on this delivery"])
def test_temporary_and_transient_say_what_temporarily_says(text: str) -> None:
    # TRANSIENT_QUAL's words alone: a failure said to pass, no cause named (weak, as "temporarily").
    reply = parse_reply(text)
    assert reply.reason is Reason.SYSTEMERROR


@pytest.mark.parametrize(
    "text",
    ["451 your simultaneous connections have exceeded our limit", "421 limit of concurrent clients exceeded, bye"],
)
def test_connections_counted_at_once_over_their_limit_are_too_many_connections(text: str) -> None:
    # CONNECTION_COUNT (split from CONNECTION, whose words name one connection or the act of connecting).
    assert parse_reply(text).reason is Reason.TOOMANYCONN


def test_connecting_to_a_host_is_no_count_of_connections() -> None:
    assert parse_reply("connect to mx.example.org[192.0.2.9]:25: Connection timed out").reason is Reason.NETWORKERROR


@pytest.mark.parametrize(
    "text", ["501 5.5.4 Your helo hostname argument is not acceptable: unknown", "550 ehlo name parameter invalid"]
)
def test_the_helo_name_named_with_the_word_argument_is_still_the_helo_name(text: str) -> None:
    # "HELO name argument": one thing named twice, the HELO name (blocked), not a command's parameter (syntax).
    assert parse_reply(text).reason is Reason.BLOCKED


def test_an_unauthenticated_message_is_the_unauthenticated_email_of_the_sender_domain() -> None:
    reply = parse_reply("550 5.7.1 Unauthenticated messages from example.org are refused")
    assert reply.reason is Reason.AUTHFAILURE
