"""Round r40tune (issue 10): the SYSTEM concept's fault words split from its advice, and other meaning-level
readings of tuning misses; tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    "text",
    [
        "454 4.7.0 auth server error",
        "454 4.7.0 login service unavailable",
        "454 4.7.0 authentication service temporarily unavailable",
        "454 4.7.0 Authentication backend is down, please retry",
        "454 4.7.0 Login server offline",
    ],
)
def test_the_receivers_own_authentication_service_failing_is_its_system(text: str) -> None:
    # SMTPAUTH+OWN_FAULT: the authentication service named failing (RFC 4954's 454), nothing judged of the login.
    reply = parse_reply(text)
    assert reply.reason is Reason.SYSTEMERROR
    assert reply.rule == "concept:SMTPAUTH+OWN_FAULT"


@pytest.mark.parametrize(
    "text",
    ["454 4.7.0 Too many login attempts, please try again later",
     "454 4.7.0 Too many login attempts from your address, try later"],
)
def test_advice_to_retry_beside_a_login_refused_is_no_fault_of_the_server(text: str) -> None:
    # "try again later" is SYSTEM's advice, not OWN_FAULT's: the login refused stays securityerror.
    assert parse_reply(text).reason is Reason.SECURITYERROR


@pytest.mark.parametrize(
    "text",
    ["550 5.7.1 example.com is not accepting mail from 192.0.2.1",
     "550 We are not accepting messages from your server"],
)
def test_mail_not_accepted_from_the_sending_host_is_the_host_refused(text: str) -> None:
    # CLIENT+REFUSED_FROM: the sending host named after "not accepting mail from" (LABELING.md: blocked).
    assert parse_reply(text).reason is Reason.BLOCKED


@pytest.mark.parametrize("text", ["550 mailbox is not accepting mail", "550 not accepting mail from mail.example.net"])
def test_not_accepting_mail_without_the_sending_host_named_gets_no_new_reading(text: str) -> None:
    # Nobody refused is named (a mailbox's state, a host name no concept reads): no guess.
    assert parse_reply(text).reason is Reason.ONHOLD


def test_the_fault_words_and_the_advice_to_retry_are_two_concepts() -> None:
    # Split, not copied: a word of two concepts is a synonym of neither (bench/synonym_swap.py skips it).
    from bouncelib._data.concepts import TERMS

    system = {t.words for t in TERMS if t.concept == "SYSTEM"}
    own_fault = {t.words for t in TERMS if t.concept == "OWN_FAULT"}
    assert "service unavailable" in own_fault
    assert "try again later" in system
    assert not system & own_fault


@pytest.mark.parametrize("text", ["421 Service not available, closing transmission channel", "451 Backend failure"])
def test_a_fault_alone_still_reads_as_the_receivers_system(text: str) -> None:
    reply = parse_reply(text)
    assert (reply.reason, reply.rule) == (Reason.SYSTEMERROR, "concept:OWN_FAULT")
