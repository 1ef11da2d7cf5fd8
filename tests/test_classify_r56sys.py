"""Meanings written from the tuning misses of round r56sys (the receiving system's own store, configuration and
delivery programs: corpus/replies/real/r56-r56sys-receiver-storage-network.jsonl, tuning rows only), each tested
in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "unable to create the maildir for this account",
    "maildir setup failed on this host",
    "the mail store could not be opened",
])
def test_the_receivers_mail_store_failing_is_a_system_error(text: str) -> None:
    verdict = parse_reply(text)
    assert verdict.reason is Reason.SYSTEMERROR
    assert not verdict.hard_bounce


def test_a_maildir_over_its_quota_stays_a_full_mailbox() -> None:
    assert parse_reply("552 maildir is over quota").reason is Reason.MAILBOXFULL


@pytest.mark.parametrize("text", [
    "bad syntax on line 4 of the configuration file",
    "local delivery: invalid syntax in the .qmail file of this domain",
])
def test_a_broken_configuration_file_of_the_receiver_is_a_system_error(text: str) -> None:
    # The syntax judged is the host's own file, not the client's command or address.
    assert parse_reply(text).reason is Reason.SYSTEMERROR


def test_a_syntax_error_with_no_file_named_stays_the_clients() -> None:
    assert parse_reply("501 syntax error in arguments").reason is Reason.SYNTAXERROR


@pytest.mark.parametrize("text", [
    "could not run /bin/sh for the delivery line",
    "delivery halted: cannot start courierdeliver",
])
def test_the_local_delivery_program_not_starting_is_a_mailer_error(text: str) -> None:
    assert parse_reply(text).reason is Reason.MAILERERROR


@pytest.mark.parametrize("text", [
    "delivery write aborted errno=28",
    "rename of the queued copy failed, errno 5",
])
def test_a_system_calls_error_number_alone_is_a_system_error(text: str) -> None:
    assert parse_reply(text).reason is Reason.SYSTEMERROR


def test_an_error_number_beside_a_refused_connection_stays_the_networks() -> None:
    assert parse_reply("connect to mx.example.net: Connection refused (errno 111)").reason is Reason.NETWORKERROR
