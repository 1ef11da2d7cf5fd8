"""Meanings written from the tuning misses of round r53sys (the receiving system's own failures and the
network path: corpus/replies/real/r53-r53sys-threads.jsonl and older material, tuning rows only), each
tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "451 4.3.2 our delivery service is not active right now",
    "the mail service is not running at the moment",
    "Service inactive on this node",
    "550 5.3.2 server not running",
])
def test_a_service_said_not_to_run_is_the_receivers_own_state(text: str) -> None:
    verdict = parse_reply(text)
    assert verdict.reason is Reason.SYSTEMERROR
    assert not verdict.hard_bounce


@pytest.mark.parametrize("text", [
    "An unknown error occurred and the mail could not be sent",
    "Unknown error while delivering the message",
    "處理郵件時發生未知的錯誤",
    "发生未知错误，无法发送",
])
def test_an_error_the_server_cannot_name_is_its_own_fault(text: str) -> None:
    assert parse_reply(text).reason is Reason.SYSTEMERROR


def test_an_unknown_user_wording_still_wins_over_an_unknown_error() -> None:
    # "user unknown error" holds "unknown error": the recipient's verdict outranks the server's own fault.
    assert parse_reply("550 5.1.1 user unknown error").reason is Reason.USERUNKNOWN


@pytest.mark.parametrize("text", [
    "451 cannot look at the recipient list right now (#4.3.2)",
    "421 4.3.2 closing",
])
def test_a_temporary_x32_status_alone_is_the_system_down_for_now(text: str) -> None:
    # RFC 3463 X.3.2 "System not accepting network messages": shutdown, load or maintenance; retried.
    verdict = parse_reply(text)
    assert verdict.reason is Reason.SYSTEMERROR
    assert verdict.rule.endswith(";transient")


def test_a_permanent_x32_status_alone_keeps_its_table_reading() -> None:
    assert parse_reply("550 5.3.2 closing").reason is Reason.NOTACCEPT


@pytest.mark.parametrize("text", [
    "the destination host name is unknown",
    "550 hostname unknown: mx.example.net",
])
def test_a_host_name_said_unknown_is_an_unknown_host(text: str) -> None:
    verdict = parse_reply(text)
    assert verdict.reason is Reason.HOSTUNKNOWN
    assert verdict.hard_bounce


@pytest.mark.parametrize("text", [
    "550 5.7.1 the backend handed us corrupt data for this domain",
    "451 user database holds inconsistent data, retry later",
])
def test_a_part_of_the_receiver_giving_broken_data_is_its_own_fault(text: str) -> None:
    # Decisive over the policy status beside it: the part named is the receiver's own.
    assert parse_reply(text).reason is Reason.SYSTEMERROR


@pytest.mark.parametrize(("text", "reason"), [
    ("553 the sender address holds invalid data", Reason.REJECTED),
    ("550 invalid information in the recipient address", Reason.USERUNKNOWN),
])
def test_invalid_data_said_of_an_address_is_still_the_address(text: str, reason: Reason) -> None:
    assert parse_reply(text).reason is reason


@pytest.mark.parametrize(("text", "reason"), [
    ("The reason for the problem: 4.1.0 - Unknown address error 451-'resolver timed out, try later'",
     Reason.NETWORKERROR),
    ("4.1.0 - Unknown address error 451-'local configuration error'", Reason.SYSTEMERROR),
    ("5.1.0 - Unknown address error 552-'mailbox is over its storage quota'", Reason.MAILBOXFULL),
])
def test_exchanges_status_template_yields_to_the_quoted_reply(text: str, reason: Reason) -> None:
    # Exchange 2000/2003 puts its description of the status class before the remote reply it quotes: the reply's
    # own words decide.
    assert parse_reply(text).reason is reason


def test_exchanges_status_template_speaks_when_the_quoted_reply_says_nothing() -> None:
    assert parse_reply("5.1.0 - Unknown address error 550-'5.7.1 no'").reason is Reason.USERUNKNOWN


@pytest.mark.parametrize("text", [
    "421 4.2.1 session deferred",
    "451 4.2.0 Connection temporarily deferred",
])
def test_a_bare_deferral_outranks_a_status_of_another_reason(text: str) -> None:
    # Deferred and nothing more names no cause (LABELING.md: "try again later" alone); a mailbox status beside it
    # is no reason given.
    verdict = parse_reply(text)
    assert verdict.reason is Reason.SYSTEMERROR
    assert verdict.rule == "bare:deferred"


def test_a_bare_deferral_yields_to_a_status_saying_the_address_is_bad() -> None:
    assert parse_reply("550 5.1.1 deferred").reason is Reason.USERUNKNOWN
