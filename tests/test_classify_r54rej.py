"""Meanings written from the tuning part's misses of round r54rej (issue 10: the envelope sender refused,
corpus/replies/real/r54-r54rej-sender.jsonl and the older tuning misses of that meaning), each tested in
wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "550 We refused your return address",
    "553 The return address you gave is refused here",
    "550 Your return address was rejected by our gateway",
])
def test_the_return_address_is_the_senders(text: str) -> None:
    # RFC 5321 4.1.1.2: the reverse-path of MAIL FROM is where errors go back, the sender's address.
    assert parse_reply(text).reason is Reason.REJECTED


@pytest.mark.parametrize("text", [
    "451 Sender verification could not be completed, try later",
    "451 4.1.8 Temporary failure in the sender address verification",
    "550 Sender address validation failed for this message",
    "451 Unable to complete the sender check right now",
])
def test_a_failed_or_unfinished_check_of_the_sender_refuses_the_sender(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.REJECTED
    assert reply.hard_bounce is False


@pytest.mark.parametrize("text", [
    "550 That sending domain is not linked to your account",
    "554 The address is not registered with your API key",
    "550 example.org: domain not associated with this account",
])
def test_an_identity_that_is_not_the_accounts_own_is_the_sender_refused(text: str) -> None:
    assert parse_reply(text).reason is Reason.REJECTED


def test_the_domain_tied_to_the_key_is_the_senders() -> None:
    reply = parse_reply("The domain associated with your account is unverified.")
    assert reply.reason is Reason.REJECTED


@pytest.mark.parametrize("text", [
    "421 Domain mail.example.org is not allowed to send until the account is confirmed",
    "550 The domain example.net is not permitted to send through this service",
])
def test_a_domain_said_not_allowed_to_send_is_the_sending_domain(text: str) -> None:
    assert parse_reply(text).reason is Reason.REJECTED


def test_users_of_a_domain_without_authentication_stay_an_authentication_matter() -> None:
    # Not one domain refused: the users must log in first (SMTP AUTH), securityerror.
    reply = parse_reply("530 Authentication required. Users in your domain are not allowed to send email "
                        "without authentication")
    assert reply.reason is Reason.SECURITYERROR


@pytest.mark.parametrize("text", [
    "553 发信人域名无效",
    "550 寄件人域名不存在,邮件被拒收",
    "550 送信者ドメインが見つかりません",
])
def test_the_senders_domain_as_one_compound_is_the_senders(text: str) -> None:
    # The sender's word followed by the word for domain: what is said of it is said of the sender.
    assert parse_reply(text).reason is Reason.REJECTED


@pytest.mark.parametrize("text", [
    "550 The sender you used has not been verified yet",
    "554 That from address is not a verified sender identity",
    "550 Sender domain not yet verified for this account",
])
def test_a_sender_not_yet_verified_is_refused(text: str) -> None:
    assert parse_reply(text).reason is Reason.REJECTED
