"""Meanings written from the tuning part's misses of round r55rej (issue 10: the envelope sender refused,
corpus/replies/real/r55-r55rej-sender.jsonl and the older tuning misses of that meaning), each tested in
wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "550-Your domain's servers refuse bounces, which does not help fight spam.\n550 Sender verify failed",
    "550 Bounces are refused by your domain's servers, and turning them away does not help fight spam: "
    "sender check failed",
])
def test_a_failed_sender_check_outranks_the_bounces_its_servers_refused(text: str) -> None:
    # The check of the sender failed; the bounces its servers refused (and the spam that refusal does not
    # fight) are why, not a verdict on the message.
    assert parse_reply(text).reason is Reason.REJECTED


@pytest.mark.parametrize("text", [
    "550 The return MX does not exist",
    "550 return MX missing for your domain",
    "554 This mailfrom is not accepted",
    "553 mailfrom rejected by local rules",
])
def test_the_return_mx_and_the_mailfrom_are_the_senders(text: str) -> None:
    # qmail spells MAIL FROM as one word; the MX of the return address's domain is where replies go back.
    reply = parse_reply(text)
    assert reply.reason is Reason.REJECTED
    assert reply.hard_bounce is False


@pytest.mark.parametrize("text", [
    "451 Temporary DNS failure during the return MX check, retry later",
    "421 sender domain check stopped: DNS temporary failure",
])
def test_a_dns_failure_of_the_sender_check_refuses_the_sender_for_now(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.REJECTED
    assert reply.permanent is False


@pytest.mark.parametrize("text", [
    "503 sender and auth are not the same",
    "503 mail from and auth user not the same",
    "550 from and login not the same, refused",
])
def test_a_sender_that_differs_from_the_login_is_the_sender_refused(text: str) -> None:
    # The login succeeded; the address it sends as is not its own (Postfix reject_sender_login_mismatch).
    assert parse_reply(text).reason is Reason.REJECTED


@pytest.mark.parametrize("text", [
    "553 Your sender address violates our policy",
    "550 5.7.1 The sender domain is against local policy here",
])
def test_a_sender_said_to_break_the_sites_policy_is_the_sender_refused(text: str) -> None:
    assert parse_reply(text).reason is Reason.REJECTED


def test_a_message_said_to_break_the_sites_policy_stays_a_policy_refusal() -> None:
    assert parse_reply("554 This message violates our policy").reason is Reason.POLICYVIOLATION
