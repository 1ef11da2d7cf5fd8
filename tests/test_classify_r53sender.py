"""The envelope sender refused, in the words sending platforms and submission servers use (round 53, issue 10).

corpus/LABELING.md: a sender address that is unknown, not verified or not allowed is `rejected`; a relay asked
for a foreign recipient is `norelaying`. Each test is written in our own words, for the meaning a rule names.
"""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    # A sending platform's verified identities (Amazon SES, SendGrid, Postmark).
    "554 Refused: these identities failed the check in eu-west-1: news@example.org",
    "550 The identities on this message are not verified for your account",
])  # fmt: skip
def test_an_identity_the_sender_claims_not_verified_is_the_sender_refused(text: str) -> None:
    assert parse_reply(text).reason is Reason.REJECTED


def test_amazons_unverified_address_is_the_sender_not_a_relay() -> None:
    reply = parse_reply("554 Message rejected: Email address is not verified.",
                        remote_host="email-smtp.eu-west-1.amazonaws.com")
    assert reply.provider == "amazon"
    assert reply.reason is Reason.REJECTED


@pytest.mark.parametrize("text", [
    "553 Relaying denied as news@example.org",
    "550 we do not relay as billing@example.net for this login",
    "553 sender not local",
    "553 the sender is not local to this server",
])  # fmt: skip
def test_a_sender_said_not_to_be_the_sites_own_is_refused_not_a_relay(text: str) -> None:
    assert parse_reply(text).reason is Reason.REJECTED


@pytest.mark.parametrize("text", [
    "554 5.7.1 <bob@example.net>: Relay access denied",
    "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
    "550 not local, we do not relay for example.com",
])  # fmt: skip
def test_a_relay_refused_with_no_sender_named_stays_norelaying(text: str) -> None:
    assert parse_reply(text).reason is Reason.NORELAYING


@pytest.mark.parametrize("text", [
    "451 The envelope sender does not conform with your authentication",
    "550 MAIL FROM address not conforming with the authenticated user",
])  # fmt: skip
def test_a_sender_that_does_not_conform_with_the_login_is_refused(text: str) -> None:
    assert parse_reply(text).reason is Reason.REJECTED


def test_a_sender_not_defined_on_the_receiver_is_an_unknown_sender() -> None:
    assert parse_reply("550 The sender you gave is not defined on this platform").reason is Reason.REJECTED


@pytest.mark.parametrize("text", [
    "550 The address news@example.org is not permitted to send email",
    "553 That address cannot send messages through us",
])  # fmt: skip
def test_an_address_not_allowed_to_send_is_the_sender_refused(text: str) -> None:
    assert parse_reply(text).reason is Reason.REJECTED


def test_an_ip_not_allowed_to_send_stays_the_host_blocked() -> None:
    assert parse_reply("550 Your IP 192.0.2.4 is not permitted to send email").reason is Reason.BLOCKED


@pytest.mark.parametrize(
    "text",
    [
        "550 5.7.1 Unconfigured sending domain <news.example.com>",
        "554 Sender domain not configured for this account",
        "550 The sending domain example.org is unregistered",
    ],
)
def test_a_sending_domain_not_set_up_for_the_account_is_the_sender_refused(text: str) -> None:
    # The account may only send as domains set up in it (SparkPost's unconfigured sending domain): the sender refused.
    assert parse_reply(text).reason.value == "rejected"


def test_a_system_not_configured_to_accept_a_recipient_is_still_relaying() -> None:
    assert parse_reply("550 5.1.0 Mail system is not configured to accept that recipient").reason.value == "norelaying"
