"""Meanings written from the tuning misses of round r54sys (the receiving system's own failures and the
network path: corpus/replies/real/r54-r54sys-receiver-network.jsonl, tuning rows only), each tested in
wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "the LMTP server timed out while we waited for its answer",
    "deliver: LMTP connection refused on the local socket",
    "store agent: premature unexpected EOF from the LMTP server",
    "our LMTP server gave an invalid line",
])
def test_the_receivers_own_lmtp_server_failing_is_a_system_error(text: str) -> None:
    verdict = parse_reply(text)
    assert verdict.reason is Reason.SYSTEMERROR
    assert not verdict.hard_bounce


def test_an_lmtp_servers_own_verdict_on_the_recipient_still_decides() -> None:
    # The LMTP server answering for the mailbox is its verdict, not its failure.
    assert parse_reply("LMTP said after RCPT: 550 5.1.1 no such user here").reason is Reason.USERUNKNOWN


@pytest.mark.parametrize("text", [
    "mail.local: Input/output error",
    "mail.maildir: read-only file system",
])
def test_a_delivery_program_naming_an_io_failure_is_a_mailer_error(text: str) -> None:
    assert parse_reply(text).reason is Reason.MAILERERROR


def test_a_failing_transport_filter_is_a_mailer_error() -> None:
    assert parse_reply("exim transport filter: process failed").reason is Reason.MAILERERROR


@pytest.mark.parametrize("text", [
    "could not deliver: temporary error in getaddrinfo",
    "gethostbyname returned a temporary failure",
])
def test_a_resolver_call_failing_for_now_is_a_network_error(text: str) -> None:
    assert parse_reply(text).reason is Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "this message was administratively expired",
    "your message has expired in our queue",
])
def test_a_message_said_to_have_expired_is_expired(text: str) -> None:
    assert parse_reply(text).reason is Reason.EXPIRED


def test_a_transport_held_back_by_the_site_is_a_system_error() -> None:
    assert parse_reply("deferred transport for this domain").reason is Reason.SYSTEMERROR


@pytest.mark.parametrize("text", [
    "451 4.3.4 our server is out of resources",
    "resources exhausted",
])
def test_a_server_short_of_resources_is_a_system_error(text: str) -> None:
    assert parse_reply(text).reason is Reason.SYSTEMERROR


def test_a_missing_file_of_the_receivers_own_is_a_system_error_whatever_the_path_says() -> None:
    text = "unknown mailbox path: could not create file: No such file or directory"
    assert parse_reply(text).reason is Reason.SYSTEMERROR
