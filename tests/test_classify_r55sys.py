"""Meanings written from the tuning misses of round r55sys (the receiving system's own failures, the network
path and full stores: corpus/replies/real/r55-r55sys-receiver-network.jsonl, tuning rows only), each tested in
wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "451 local delivery to the store timed out, retry",
    "450 local delivery to the store failed: permission problem",
    "local delivery to the spool failed, will retry",
])
def test_the_receivers_own_local_delivery_failing_is_a_system_error(text: str) -> None:
    verdict = parse_reply(text)
    assert verdict.reason is Reason.SYSTEMERROR
    assert not verdict.hard_bounce


@pytest.mark.parametrize("text", [
    "451 could not write /var/spool/quarantine/spam/msg-1 in time, try later",
    "451 local delivery to /var/lib/filter/virus-found/q-77 timed out",
    "450 local delivery to /srv/mail/spam-box failed, try again later",
])
def test_the_words_of_a_stored_files_path_are_no_statement(text: str) -> None:
    # A folder or file named "spam" or "virus" under the data trees is where the message was going, not what it is.
    assert parse_reply(text).reason not in (Reason.SPAMDETECTED, Reason.VIRUSDETECTED)


def test_a_full_disk_said_after_a_local_delivery_stays_a_full_system() -> None:
    text = "451 local delivery to /var/tmp/q/spam-9 failed: cannot make folder: No space left on device"
    assert parse_reply(text).reason is Reason.SYSTEMFULL


def test_a_pipe_under_the_generic_local_delivery_heading_stays_a_mailer_error() -> None:
    # Exim heads a failing pipe with "local delivery failed" too: the program is what failed.
    assert parse_reply('pipe to |/usr/local/bin/handler local delivery failed').reason is Reason.MAILERERROR


def test_a_program_named_by_its_path_outside_the_data_trees_still_counts() -> None:
    # /usr and /etc name programs and configurations: their words still say which part failed.
    assert parse_reply("Command died with status 1: /usr/bin/procmail -d bob").reason is Reason.MAILERERROR


@pytest.mark.parametrize("text", [
    "450 4.4.2 network I/O error while reading the reply",
    "421 Network IO error, closing",
    "connect to mx2.example.org[198.51.100.7]:25: Cannot assign requested address",
])
def test_a_network_io_failure_or_an_address_that_cannot_be_assigned_is_a_network_error(text: str) -> None:
    assert parse_reply(text).reason is Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "451 directory server failure, try later",
    "450 temporary name resolution failure for example.org",
    "451 4.4.3 address resolution failure",
])
def test_a_resolver_failing_is_a_network_error(text: str) -> None:
    assert parse_reply(text).reason is Reason.NETWORKERROR


def test_the_mtas_own_address_resolver_failing_stays_a_system_error() -> None:
    # Postfix's trivial-rewrite ("address resolver") is the receiver's own daemon, not a DNS resolver.
    assert parse_reply("address resolver failure").reason is Reason.SYSTEMERROR


@pytest.mark.parametrize("text", [
    "451 we were unable to queue message (Connection refused)",
    "451 Cannot queue the message right now (exit 81)",
    "451 could not write the envelope to queue",
    "451 internal queueing error, try again",
])
def test_the_receiver_failing_to_queue_the_message_is_a_system_error(text: str) -> None:
    assert parse_reply(text).reason is Reason.SYSTEMERROR
