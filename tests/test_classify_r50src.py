"""Meanings written from the tuning part's misses of round r50src (issue 10: reply templates of mail software not
cited before, corpus/replies/real/r50src-mta-sources.jsonl), each tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "554 greeting matched the badhelo list (#5.7.1)",
    "553 5.7.1 sorry, that greeting appears in badhelo",
])
def test_the_list_of_refused_helo_names_refuses_the_sending_host(text: str) -> None:
    # The list named is the HELO names' one, as badmailfrom names the senders'.
    assert parse_reply(text).reason is Reason.BLOCKED


@pytest.mark.parametrize("text", [
    "451 cannot take a non-FQDN EHLO (#4.3.0)",
    "451 HELO greeting was non-FQDN",
])
def test_a_helo_name_that_is_no_fqdn_refuses_the_sending_host(text: str) -> None:
    assert parse_reply(text).reason is Reason.BLOCKED


def test_a_helo_domain_that_must_exist_refuses_the_sending_host() -> None:
    # The same condition said of the sender's domain refuses the sender (SENDER+MUST_EXIST), not the host.
    assert parse_reply("550 5.1.8 the EHLO domain has to exist in DNS").reason is Reason.BLOCKED
    assert parse_reply("550 5.1.8 the sender domain has to exist in DNS").reason is Reason.REJECTED


@pytest.mark.parametrize("text", [
    "553 mail for that host may not be relayed through here unless you log in",
    "550 this domain is not allowed to be relayed by us",
])
def test_a_domain_not_allowed_to_be_relayed_is_the_relaying_refused(text: str) -> None:
    # The participle of the verb is the relaying, and a login that would allow it does not make it a login error.
    assert parse_reply(text).reason is Reason.NORELAYING


@pytest.mark.parametrize("text", [
    "503 5.5.1 AUTH not allowed during a mail transaction",
    "503 authentication may not be started during the mail transaction",
])
def test_auth_inside_a_mail_transaction_is_the_command_order(text: str) -> None:
    assert parse_reply(text).reason is Reason.SYNTAXERROR


def test_a_malformed_auth_answer_is_a_syntax_error() -> None:
    assert parse_reply("501 5.5.2 the AUTH response is malformed").reason is Reason.SYNTAXERROR


@pytest.mark.parametrize("text", [
    "550 a bounce must have only one recipient",
    "553 5.7.1 a null sender message takes a single envelope recipient",
])
def test_a_message_allowed_one_recipient_is_a_recipient_count_refused(text: str) -> None:
    assert parse_reply(text).reason is Reason.TOOMANYCONN


def test_a_problem_with_the_servers_own_part_stops_auth_on_its_side() -> None:
    # "my" is the server speaking of its own helper; the login it could not check is not refused.
    reply = parse_reply("454 we have a problem with my password helper, so authentication cannot proceed")
    assert reply.reason is Reason.SYSTEMERROR
