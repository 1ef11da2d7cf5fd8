"""Round r53limits (issue 10): the limits area (mailbox full, size, rates), tuning misses read as meanings, tested in
wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", ["550 5.7.1 The mailbox is full", "450 4.7.0 user mailbox full, retry later"])
def test_a_mailbox_said_full_stays_full_under_a_policy_status(text: str) -> None:
    # A sending allowance runs out but is never full: the mailbox said full is the recipient's storage, whatever
    # X.7.x status a server puts on it.
    assert parse_reply(text).reason is Reason.MAILBOXFULL


def test_a_bare_quota_under_a_policy_status_stays_a_sending_limit() -> None:
    assert parse_reply("550 5.7.1 Quota exceeded for this sender").reason is Reason.SPEEDING


@pytest.mark.parametrize(
    "text", ["552 5.2.3 Your mail is too big for this mailbox", "550 Message too large for the user"]
)
def test_a_size_limit_said_to_be_the_recipients_is_exceedlimit(text: str) -> None:
    # "Too large for this recipient": whose limit the size ran over, the recipient's own (RFC 3463 X.2.3).
    reply = parse_reply(text)
    assert reply.reason is Reason.EXCEEDLIMIT
    assert reply.rule == "concept:TOOBIG+FOR_RCPT"


def test_a_size_limit_of_the_organisation_stays_the_systems() -> None:
    assert parse_reply("550 Message too large for this organization").reason is Reason.MESGTOOBIG


@pytest.mark.parametrize("text", ["452 Not enough storage quota for this message", "too little quota left"])
def test_too_little_quota_left_is_a_full_mailbox(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.MAILBOXFULL
    assert reply.rule == "concept:QUOTA+SHORT_OF"


@pytest.mark.parametrize(
    "text", ["550 you have used up your weekly sending allowance", "421 Your hourly cap has been hit, slow down"]
)
def test_a_limit_said_of_a_period_is_a_rate(text: str) -> None:
    # "your weekly allowance", "the hourly cap": a count over a span of time, the span an adjective (round r79lso:
    # TIMEUNIT holds the adjectives, one rule for the span's noun and adjective).
    reply = parse_reply(text)
    assert reply.reason is Reason.SPEEDING
    assert reply.rule == "concept:TIMEUNIT+LIMIT_WORD"


@pytest.mark.parametrize("text", ["554 5.5.3 Mail rejected, gateway check: size", "554 5.5.3 denied - size"])
def test_a_refusal_for_the_size_is_a_message_too_big_whatever_the_status(text: str) -> None:
    # The words decide over X.5.3 (too many recipients): what was refused is named, the size.
    reply = parse_reply(text)
    assert reply.reason is Reason.MESGTOOBIG
    assert reply.rule == "concept:SIZE+REFUSED"
