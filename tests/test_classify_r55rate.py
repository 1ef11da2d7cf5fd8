"""Round r55rate (issue 10): sending limits read as meanings from tuning misses, tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    "text",
    [
        "451 The number of outbound emails exceeds what your plan allows",
        "550 number of allowed messages exceeded, wait an hour",
        "554 Rejected: the number of permitted messages was exceeded",
    ],
)
def test_a_qualified_count_of_messages_sent_over_its_limit_is_a_rate(text: str) -> None:
    # "number of outbound/allowed messages": still the count of the mail sent, over its limit a rate.
    reply = parse_reply(text)
    assert reply.reason is Reason.SPEEDING
    assert reply.rule == "concept:MSG_COUNT+EXCEEDED"


@pytest.mark.parametrize(
    "text",
    [
        "550 Sorry, you have reached your daily email limit",
        "451 your hourly message cap has been hit, come back later",
        "Your outgoing mail allowance has been exceeded",
    ],
)
def test_the_clients_own_message_limit_reached_is_a_rate(text: str) -> None:
    # "your ... message limit" in a reply to the sender is how much it may send: reached or exceeded, a rate.
    reply = parse_reply(text)
    assert reply.reason is Reason.SPEEDING
    assert reply.rule.startswith("concept:OWN_SEND_LIMIT+")


def test_a_mailbox_at_its_message_limit_is_not_read_as_the_senders_limit() -> None:
    # Without "your" the limit may be a recipient's mailbox holding too many: the sending-limit pair stays out.
    assert not parse_reply("The mailbox has reached its message limit").rule.startswith("concept:OWN_SEND_LIMIT")


@pytest.mark.parametrize(
    "text",
    [
        "451 this account may send 50 emails / hour at most",
        "421 no more than 20 messages/minute from one login",
    ],
)
def test_a_named_count_over_a_slash_and_a_unit_of_time_is_a_rate(text: str) -> None:
    # "emails / hour" is "emails per hour": a count over a span, whether a figure or the counted noun precedes "/".
    reply = parse_reply(text)
    assert reply.reason is Reason.SPEEDING


@pytest.mark.parametrize(
    "text",
    ["Delivery aborted: unable to read the queued message", "failed to write the message file, giving up"],
)
def test_the_senders_own_message_unreadable_is_a_system_error(text: str) -> None:
    # The program could not read or write the message it holds: its own system failed, not the receiving side.
    reply = parse_reply(text)
    assert reply.reason is Reason.SYSTEMERROR
    assert reply.rule.startswith("concept:LOCAL_IO+")


def test_reading_from_a_connection_is_not_the_local_message() -> None:
    assert not parse_reply("could not read from the remote socket").rule.startswith("concept:LOCAL_IO")
