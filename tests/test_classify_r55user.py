"""Meanings written from the tuning misses of the unknown-address, syntax and unknown-host area (round r55user: the
tuning rows of corpus/replies/real/r55-r55user-sources-pages.jsonl and older tuning misses), each tested in wordings
of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "501 Could not parse the RCPT ESMTP parameters given",
    "501 failed to parse MAIL ESMTP parameter list",
    "501 unable to parse the command parameters",
])
def test_parameters_the_server_could_not_parse_are_a_malformed_command(text: str) -> None:
    # RFC 5321 4.2.2 (501) and RFC 1869 section 6: the command's parameters are what failed to parse, not a
    # message ("mail") whose content could not be analysed.
    assert parse_reply(text).reason is Reason.SYNTAXERROR


def test_a_message_that_could_not_be_parsed_stays_a_content_error() -> None:
    assert parse_reply("554 The mail could not be parsed").reason is Reason.CONTENTERROR


@pytest.mark.parametrize("text", [
    "550 <carol@@example.net> is not a valid address",
    "553 invalid recipient <@example.org>",
    "550 Bad address <dave@>",
])
def test_a_quoted_address_that_cannot_be_one_said_invalid_is_its_syntax(text: str) -> None:
    # RFC 5321 4.1.2: a mailbox is local-part "@" domain; the reply shows the address it judged, and it has two
    # "@" in a row or nothing on one side of it, so "invalid" is said of its form.
    assert parse_reply(text).reason is Reason.SYNTAXERROR


def test_a_well_formed_address_said_invalid_stays_unknown() -> None:
    assert parse_reply("550 <carol@example.net> is not a valid address").reason is Reason.USERUNKNOWN
    # A source route is a path, not an ill-formed address; no form word is said of it here anyway.
    assert parse_reply("550 <@relay.example.org:carol@example.net> user unknown").reason is Reason.USERUNKNOWN


@pytest.mark.parametrize("text", ["553 The mailbox name is invalid", "550 Illegal mailbox name"])
def test_a_form_word_said_of_a_mailbox_name_is_its_syntax(text: str) -> None:
    # RFC 5321 4.2.2: 553 "mailbox name not allowed (e.g., mailbox syntax incorrect)": the name as written.
    assert parse_reply(text).reason is Reason.SYNTAXERROR


def test_a_mailbox_name_not_found_stays_unknown() -> None:
    assert parse_reply("550 Mailbox name not found on this server").reason is Reason.USERUNKNOWN
    assert parse_reply("550 Invalid mailbox").reason is Reason.USERUNKNOWN


@pytest.mark.parametrize("text", [
    "The remote host does not like recipient.",
    "We reached the server, but it did not like the recipient",
])
def test_a_host_that_does_not_like_the_recipient_refused_it(text: str) -> None:
    # The vague refusal of a recipient ("recipient rejected") in other words: read as an unknown recipient.
    verdict = parse_reply(text)
    assert verdict.reason is Reason.USERUNKNOWN
    assert verdict.rule.startswith("weak:")


def test_a_host_that_does_not_like_the_recipient_yields_to_the_reply_it_quotes() -> None:
    text = "The server does not like recipient.\nRemote host said: 552 5.2.2 Mailbox full"
    assert parse_reply(text).reason is Reason.MAILBOXFULL


def test_the_sender_syntax_status_alone_stays_a_refused_sender() -> None:
    assert parse_reply("550 5.1.7 Sender address refused").reason is Reason.REJECTED


@pytest.mark.parametrize("text", ["501 5.5.2 A SASL mechanism is required", "501 5.5.4 AUTH needs a mechanism name"])
def test_an_auth_argument_required_under_a_syntax_status_is_the_command_form(text: str) -> None:
    # RFC 3463 X.5.2 / X.5.4 with 501 (RFC 5321): the AUTH command lacks its argument; no login is asked for.
    assert parse_reply(text).reason is Reason.SYNTAXERROR


def test_authentication_required_stays_a_security_error() -> None:
    assert parse_reply("530 5.7.0 Please authenticate first").reason is Reason.SECURITYERROR
