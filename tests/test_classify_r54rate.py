"""Round r54rate (issue 10): rates, connections and sizes, tuning misses read as meanings, tested in wordings of our
own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    "text",
    ["451 the hour limit for this account was reached", "554 bulk spam refused: day limit exceeded"],
)
def test_a_limit_named_by_its_unit_of_time_is_a_rate(text: str) -> None:
    # "hour limit", "day limit": a count over that span, as "hourly limit" says it; the word "spam" beside it
    # names what the limit counts, not a verdict on the message.
    reply = parse_reply(text)
    assert reply.reason is Reason.SPEEDING
    assert reply.rule == "concept:TIMEUNIT+LIMIT_WORD"


@pytest.mark.parametrize(
    "text", ["552 attachment size greater than permitted", "450 5.2.3 message size greater than this server accepts"]
)
def test_a_size_greater_than_allowed_is_a_message_too_big(text: str) -> None:
    # The words name the server's size limit; X.2.3 (a mailbox's own limit) does not outweigh them.
    reply = parse_reply(text)
    assert reply.reason is Reason.MESGTOOBIG
    assert reply.rule == "concept:SIZE+TOOBIG"


@pytest.mark.parametrize(
    "text",
    ["451 please retry this recipient in a later transaction", "452 Deferred, resend to this address in another "
     "transaction"],
)
def test_a_recipient_put_off_to_another_transaction_is_a_recipient_count(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.TOOMANYCONN
    assert reply.rule == "concept:LATER_TRANSACTION"


def test_the_reply_codes_own_meaning_yields_to_a_size_status() -> None:
    # RFC 5321's text of 552 names no owner of the storage; the status does.
    system = parse_reply("552 5.3.4 exceeded storage allocation, try a smaller file")
    assert system.reason is Reason.MESGTOOBIG
    assert system.rule == "status:5.3.4"
    mailbox_limit = parse_reply("552 5.2.3 Requested mail action aborted: exceeded storage allocation")
    assert mailbox_limit.reason is Reason.EXCEEDLIMIT
    assert mailbox_limit.rule == "status:5.2.3"


def test_the_reply_codes_own_meaning_alone_stays_a_full_mailbox() -> None:
    assert parse_reply("552 Requested mail action aborted: exceeded storage allocation").reason is Reason.MAILBOXFULL


@pytest.mark.parametrize(
    "text",
    ["550 Outgoing quota exceeded", "550 User has exceeded outgoing email quota", "452 quota of outbound messages "
     "exceeded"],
)
def test_a_quota_of_the_mail_sent_is_a_sending_allowance(text: str) -> None:
    # What the quota counts is the mail going out: the sender's allowance, not the recipient's storage.
    assert parse_reply(text).reason is Reason.SPEEDING


def test_a_mailbox_quota_beside_a_failed_send_stays_the_recipients_storage() -> None:
    assert parse_reply("550 could not send message, mailbox quota exceeded").reason is Reason.MAILBOXFULL


@pytest.mark.parametrize(
    "text", ["421 4.3.2 concurrent session limit reached", "451 simultaneous sessions limit reached, retry"]
)
def test_sessions_open_at_once_are_connections_counted(text: str) -> None:
    assert parse_reply(text).reason is Reason.TOOMANYCONN


@pytest.mark.parametrize(
    "text",
    ["552 size exceeds user's max message size", "552 5.2.3 The message is too large for the destination mailbox",
     "552 Message too large for this account"],
)
def test_a_size_limit_of_the_user_or_the_mailbox_is_exceedlimit(text: str) -> None:
    assert parse_reply(text).reason is Reason.EXCEEDLIMIT
