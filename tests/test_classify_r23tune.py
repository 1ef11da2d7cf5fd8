"""Meanings added from the tuning part's reply misses in round 23, each in more than the wording that prompted it."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    "text",
    [
        "recipient does not have an account",
        "550 The user does not have a mailbox on this server",
        "550 Addressee doesn't have an email account here",
    ],
)
def test_a_person_without_an_account_here_is_an_unknown_recipient(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.USERUNKNOWN
    assert reply.rule.startswith("concept:")


def test_having_no_permission_is_not_having_no_account() -> None:
    assert parse_reply("550 The user does not have permission to send").reason is not Reason.USERUNKNOWN


@pytest.mark.parametrize(
    "text",
    [
        "550 5.7.1 [BR] Our system has detected an excessively high number of invalid recipients originating "
        "from your account.",
        "550 Too many invalid recipients",
        "554 Your server sends a large number of unknown users, try cleaning your list",
        "550 The rate of nonexistent recipients from your IP is too high",
    ],
)
def test_a_count_of_unknown_recipients_is_the_senders_reputation_not_a_hard_bounce(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.BADREPUTATION
    assert not reply.hard_bounce


@pytest.mark.parametrize("text", ["550 5.1.1 Invalid recipients", "550 unknown users"])
def test_unknown_recipients_without_a_count_are_still_unknown(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.USERUNKNOWN
    assert reply.hard_bounce


@pytest.mark.parametrize(
    "text",
    [
        "454 4.7.0 Internal error during policy check",
        "421 4.7.20 Temporary error during DKIM verification",
        "451 Temporary failure during SPF check",
        "451 4.3.0 Erreur interne lors de la vérification DMARC",
    ],
)
def test_the_receivers_error_during_a_check_is_its_own_failure_not_the_checks_verdict(text: str) -> None:
    assert parse_reply(text).reason is Reason.SYSTEMERROR


@pytest.mark.parametrize(
    "text",
    [
        "550 5.2.1 <example@prodigy.net>... blank mailhost - invalid address, relay=[192.0.2.1]",
        "554 Improper recipient address. Try supplying a domain name.",
        "501 Recipient address without a domain",
        "553 Invalid address: domain part missing",
    ],
)
def test_an_address_without_its_domain_part_is_its_syntax_not_an_unknown_user(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.SYNTAXERROR
    assert not reply.hard_bounce


def test_a_sender_without_its_domain_part_is_still_the_sender_refused() -> None:
    assert parse_reply("553 Sender address rejected: missing domain").reason is Reason.REJECTED


@pytest.mark.parametrize(
    "text",
    [
        "550 5.7.1 <bob@example.net>: Recipient address rejected: Please see "
        "http://www.openspf.org/Why?s=mfrom;id=alice@example.org;ip=192.0.2.7;r=mx.example.net",
        "550 5.7.1 <bob@example.net>: Recipient address rejected: Please see "
        "http://www.openspf.net/Why?s=helo;id=mail.example.org;ip=192.0.2.7;r=mx.example.net",
        "554 5.7.1 Rejected, see https://openspf.org/Why?id=a%40example.org&ip=192.0.2.7",
    ],
)
def test_a_link_to_spfs_why_page_alone_is_an_spf_refusal(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.AUTHFAILURE
    assert reply.rule.startswith("page:")


def test_words_beside_the_why_page_still_decide() -> None:
    text = "550 5.1.1 <bob@example.net>: User unknown. Please see http://www.openspf.net/Why?s=helo"
    assert parse_reply(text).reason is Reason.USERUNKNOWN


@pytest.mark.parametrize(
    "text",
    [
        "553 Local user only,163 smtp5,HdxpCgA3f+63sTNhtiNZDA--.2001S2 1630777785",
        "Requested action not taken: Local user only",
        "550 Only local users may send mail through this server",
    ],
)
def test_only_local_users_may_send_is_the_sender_refused(text: str) -> None:
    assert parse_reply(text).reason is Reason.REJECTED


@pytest.mark.parametrize(
    "text",
    [
        "550 message sending for this account is disabled",
        "554 Sending from your account has been suspended",
    ],
)
def test_an_accounts_sending_disabled_is_the_sender_refused_not_a_disabled_mailbox(text: str) -> None:
    assert parse_reply(text).reason is Reason.REJECTED


def test_a_disabled_account_alone_is_still_the_recipients() -> None:
    assert parse_reply("550 5.2.1 This account is disabled").reason is Reason.SUSPEND


@pytest.mark.parametrize(
    "text",
    [
        "550 RC:LD The email account that you tried to reach does no exists.",
        "550 Recipient mailbox does no exist",
        "550 5.1.1 non-existing user",
    ],
)
def test_a_non_native_negation_of_existence_is_an_unknown_recipient(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.USERUNKNOWN
    assert reply.hard_bounce
