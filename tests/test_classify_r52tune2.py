"""Meanings added in round r52tune2 (tuning misses of corpus/replies/real/r52rep-threads.jsonl), in our own words."""

from __future__ import annotations

import pytest

from bouncelib import parse_reply
from bouncelib._classify._concepts import concept_reasons


@pytest.mark.parametrize("text", [
    "535 5.7.8 Login failed: unknown user",
    "535 Authentication failed: no such user here",
    "535 SMTP authentication failed: No such account exists",
])
def test_a_login_for_an_account_that_does_not_exist(text: str) -> None:
    # The account after a failed login's colon is the login's, not a recipient's.
    assert parse_reply(text).reason.value == "securityerror"


def test_a_cause_after_a_failed_login_still_decides() -> None:
    # Only an unknown account is read as the login's: another cause after the colon still says why.
    assert parse_reply("535 Authentication failed: daily sending limit exceeded").reason.value == "speeding"


def test_the_concept_terms_are_read_whatever_the_case() -> None:
    # A capital at the start of a sentence is the same word: the helper lowers the text it is given.
    capital = [h.rule for h in concept_reasons("Authentication Failed")]
    assert capital
    assert capital == [h.rule for h in concept_reasons("authentication failed")]


@pytest.mark.parametrize("text", [
    "452 4.7.1 Your account limit has been exceeded, retry tomorrow",
    "550 The limits of your account were exceeded",
])
def test_the_sending_account_over_its_limits(text: str) -> None:
    assert parse_reply(text).reason.value == "speeding"


@pytest.mark.parametrize("text", [
    "550 The domain name is not valid",
    "553 bogus domain name in address",
])
def test_a_domain_name_written_wrong(text: str) -> None:
    assert parse_reply(text).reason.value == "syntaxerror"


def test_a_domain_name_not_found_is_still_unknown() -> None:
    assert parse_reply("550 5.1.2 Domain name not found").reason.value == "hostunknown"


def test_a_domain_refused_as_the_sender_is_the_sender_not_the_operator() -> None:
    reply = parse_reply("553 You are not permitted to use example.org or yahoo.com as the sender domain")
    assert reply.reason.value == "rejected"
    assert reply.provider is None


def test_the_from_header_said_wrong() -> None:
    # A value refused, not a form: the sender it names is refused (a malformed one stays the header's form).
    assert parse_reply("550 5.7.1 The From header is incorrect for this login").reason.value == "rejected"
    assert parse_reply("550 Malformed From header").reason.value == "notcompliantrfc"


def test_a_sending_platforms_sandbox_restricted() -> None:
    # The platform's rule on what its test domain may send, not a verdict on the recipient.
    reply = parse_reply("550 Sending from a sandbox domain is limited to the recipients you authorised")
    assert reply.reason.value == "policyviolation"
