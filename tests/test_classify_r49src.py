"""Meanings written from the tuning part's misses of round r49src (issue 10: reply templates of MTA, milter and
policy software not cited before, corpus/replies/real/r49src-mta-sources.jsonl), each tested in wordings of our
own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "550 We could not validate the sender address you gave",
    "550 5.1.7 Cannot validate your envelope sender",
    "553 Sender address failed to validate",
])
def test_a_sender_that_could_not_be_validated_is_a_failed_sender_check(text: str) -> None:
    # "Validate" is "verify" said with another verb: the sender's check did not pass.
    assert parse_reply(text).reason is Reason.REJECTED


@pytest.mark.parametrize(("text", "reason"), [
    ("550 Refused due to local policy - your sender address is blacklisted here", Reason.REJECTED),
    ("554 5.7.1 Mail rejected due to site policy - the HELO name does not match your address",
     Reason.BLOCKED),
    ("550 Not accepted due to our policy - we could not verify the sender", Reason.REJECTED),
])
def test_the_rule_a_policy_applied_is_the_cause(text: str, reason: Reason) -> None:
    # A cause that names only a policy is the frame; the clause after its dash says what was refused.
    assert parse_reply(text).reason is reason


@pytest.mark.parametrize("text", [
    "554 Email rejected due to security policies",
    "550 5.7.1 Rejected due to local policy - see our website",
])
def test_a_policy_with_no_rule_named_stays_the_policy(text: str) -> None:
    assert parse_reply(text).reason is Reason.POLICYVIOLATION


@pytest.mark.parametrize("text", [
    "421 archive.example.org Service not available, closing transmission channel",
    "421 virus-scan.example.net service not available",
    "421 4.3.2 quota.example.org Service shutting down",
    # behind the frame of the MTA that quotes the reply (bench/reply_perturb.py's prefix form)
    "host relay.example.com[192.0.2.8] said: 421 virus-scan.example.net service not available",
    "mx.example.com said: 421 4.3.2 quota.example.org Service shutting down",
])
def test_the_servers_own_name_opening_the_reply_is_no_word_of_it(text: str) -> None:
    # RFC 5321's "421 <domain> Service not available": the domain names the server, whatever its labels say.
    assert parse_reply(text).reason is Reason.SYSTEMERROR
