"""Meanings written from the tuning part of round r39src (issue 10: reply strings of MTA sources not cited
before: Exim, sendmail, Postfix, OpenSMTPD, Cyrus, chkuser), each tested in wordings of our own (not the corpus
texts that prompted them)."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "454 Cannot authenticate you at the moment, come back soon",
    "454 We are unable to check your login right now",
])
def test_authentication_the_server_cannot_do_for_now_is_its_own_failure(text: str) -> None:
    # RFC 4954's 454 temporary authentication failure: the backend failed, no credentials were refused.
    r = parse_reply(text)
    assert r.reason is Reason.SYSTEMERROR
    assert r.hard_bounce is False


@pytest.mark.parametrize("text", [
    "451 Unable to resolve the recipient domain at the moment",
    "450 Could not resolve mx.example.org right now",
])
def test_a_lookup_that_cannot_be_made_for_now_is_a_network_error(text: str) -> None:
    r = parse_reply(text)
    assert r.reason is Reason.NETWORKERROR
    assert r.hard_bounce is False


@pytest.mark.parametrize("text", [
    "421 fork failed, closing connection",
    "451 Temporary failure: could not fork a new child",
    "451 map lookup failed for recipient",
    "451 Table lookup failed, deferring",
    "user lookup error for recipient, retrying",
])
def test_the_receivers_own_process_and_tables_failing_are_a_system_error(text: str) -> None:
    assert parse_reply(text).reason is Reason.SYSTEMERROR


def test_the_mailbox_file_of_the_wrong_kind_is_the_receivers_setup() -> None:
    assert parse_reply("451 mailbox path is not a regular file").reason is Reason.SYSTEMERROR


@pytest.mark.parametrize("text", [
    "550 5.1.3 Empty local part in <@example.org>",
    "553 Address rejected: missing local part",
    "501 null user name in address",
])
def test_an_address_without_its_local_part_is_a_syntax_error(text: str) -> None:
    r = parse_reply(text)
    assert r.reason is Reason.SYNTAXERROR
    assert r.hard_bounce is False


@pytest.mark.parametrize("text", [
    "553 5.1.3 Address has an unbalanced bracket",
    "501 Unmatched quote in recipient address",
    "421 Command too long, closing mail session",
    "503 5.5.1 Error: transaction in progress",
])
def test_malformed_commands_and_addresses_are_syntax_errors(text: str) -> None:
    assert parse_reply(text).reason is Reason.SYNTAXERROR


@pytest.mark.parametrize("text", [
    "550 VRFY is disabled on this server",
    "502 5.5.1 The EXPN command is disabled here",
    "501 5.5.4 DSN support has been disabled by the administrator",
])
def test_a_protocol_command_switched_off_is_the_sites_policy(text: str) -> None:
    # Not a mailbox disabled: what is disabled is a command or extension of the protocol.
    r = parse_reply(text)
    assert r.reason is Reason.POLICYVIOLATION
    assert r.hard_bounce is False


def test_a_disabled_mailbox_is_still_suspended() -> None:
    assert parse_reply("550 5.2.1 The mailbox is disabled").reason is Reason.SUSPEND


@pytest.mark.parametrize("text", [
    "553 Unable to mail directly to a file",
    "550 Mail directly to programs is not allowed",
    "550 Delivery to files is not permitted here",
    "554 Mail to commands is forbidden for external senders",
])
def test_delivery_to_a_program_or_file_refused_by_rule_is_policy(text: str) -> None:
    assert parse_reply(text).reason is Reason.POLICYVIOLATION


@pytest.mark.parametrize("text", [
    "451 4.3.0 the local mailer was killed by signal 11",
    "451 mailer procmail terminated by signal 15",
])
def test_a_delivery_program_ended_by_a_signal_is_a_mailer_error(text: str) -> None:
    assert parse_reply(text).reason is Reason.MAILERERROR


def test_an_address_without_domain_in_a_header_is_a_header_violation() -> None:
    text = "554 Message refused: the Cc header has an address with its domain missing"
    assert parse_reply(text, smtp_command="DATA").reason is Reason.NOTCOMPLIANTRFC


def test_an_envelope_address_without_domain_stays_a_syntax_error() -> None:
    assert parse_reply("501 5.1.3 Recipient rejected: domain missing").reason is Reason.SYNTAXERROR


@pytest.mark.parametrize("text", [
    "553 5.6.7 No support for internationalized addresses on this path",
    "550 The next hop does not accept an internationalised mailbox name",
])
def test_an_internationalised_address_not_supported_is_a_content_error(text: str) -> None:
    r = parse_reply(text)
    assert r.reason is Reason.CONTENTERROR
    assert r.hard_bounce is False


def test_insufficient_authorisation_for_a_command_is_a_security_error() -> None:
    assert parse_reply("554 5.7.0 Insufficient authorisation for XFORWARD").reason is Reason.SECURITYERROR


@pytest.mark.parametrize("text", [
    "552 The header line you sent was overlong",
    "554 Rejected: header lines exceeding 998 characters are too long here",
    "550 Your message has a text line that is excessively long",
])
def test_a_line_too_long_is_a_content_error_not_the_message_size(text: str) -> None:
    # RFC 5322 2.1.1 limits a line's length: the line, not the message's size, is what is too long.
    assert parse_reply(text).reason is Reason.CONTENTERROR


def test_a_command_line_too_long_stays_a_syntax_error() -> None:
    assert parse_reply("500 5.5.2 Command line is too long").reason is Reason.SYNTAXERROR


def test_a_callout_the_receiver_could_not_finish_is_its_own_failure() -> None:
    r = parse_reply("451 Cannot complete the callout for this recipient")
    assert r.reason is Reason.SYSTEMERROR
    assert r.hard_bounce is False


def test_an_unfinished_callout_with_unreachable_servers_named_is_the_network() -> None:
    text = "451 Could not complete the callout: the domain's servers are unreachable at present"
    assert parse_reply(text).reason is Reason.NETWORKERROR


def test_a_callout_that_reached_no_server_of_the_domain_is_the_network() -> None:
    # Written after merging: the pair that reads the callout's servers unreachable, not a bare term.
    r = parse_reply("451 Unable to complete the callout, the remote servers were unreachable")
    assert r.reason is Reason.NETWORKERROR
    assert r.rule == "concept:CALLOUT+NETWORK"
