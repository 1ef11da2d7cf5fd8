"""Meanings written from the tuning misses of round r57sys (the receiving system, its storage and the network:
corpus/replies/real/r57-r57sys-receiver-network.jsonl and older tuning rows), each tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "451 the upstream server timed out, please retry",
    "421 downstream servers: timeout while delivering",
])
def test_a_time_out_of_the_receivers_own_servers_behind_it_is_a_system_error(text: str) -> None:
    # The server behind the front end is the receiver's own: its time-out is no network path failing.
    assert parse_reply(text).reason is Reason.SYSTEMERROR


def test_a_time_out_with_no_part_named_stays_the_networks() -> None:
    assert parse_reply("421 timeout while reading the reply").reason is Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "421 socket write error, closing",
    "420 tcp write error during transmission",
])
def test_a_write_error_on_the_connection_is_a_network_error(text: str) -> None:
    assert parse_reply(text).reason is Reason.NETWORKERROR


def test_a_write_error_of_the_receivers_own_files_stays_a_system_error() -> None:
    assert parse_reply("451 4.3.0 queue file write error").reason is Reason.SYSTEMERROR


def test_an_exceptions_own_message_is_no_cause_beside_its_class() -> None:
    # The exception's class says the quota ran out; the text it carries ("cannot open ...") is its symptom.
    text = ("554 5.2.2 mailbox full; Store.Exception:QuotaExceededException; delivery failed due to a permanent "
            "exception with message Cannot open mailbox of user42")
    assert parse_reply(text).reason is Reason.MAILBOXFULL


def test_a_cause_clause_without_an_exceptions_message_still_decides() -> None:
    text = "451 message deferred due to a temporary system problem"
    assert parse_reply(text).reason is Reason.SYSTEMERROR


def test_godaddys_ib101_is_its_own_server_busy() -> None:
    verdict = parse_reply("421 Server temporarily unavailable, please come back later. IB101")
    assert verdict.reason is Reason.SYSTEMERROR
    assert verdict.provider == "godaddy"


def test_binmail_failing_is_the_local_delivery_program() -> None:
    assert parse_reply("binmail: cannot open /var/mail/user7: Permission denied").reason is Reason.MAILERERROR


def test_the_next_servers_name_not_looked_up_is_a_network_error() -> None:
    assert parse_reply("delivery deferred: could not look up remote host mx7.example.net").reason is Reason.NETWORKERROR
