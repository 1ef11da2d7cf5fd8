"""Meanings written from the tuning part's misses of round r44rep (issue 10: real replies pasted in public
threads, corpus/replies/real/r44rep-threads.jsonl), each tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "450 Too many requests, please slow down",
    "421 Too many requests from your IP address. Try again later.",
    "452 4.7.0 Too many requests in a short time",
])
def test_too_many_requests_is_a_rate(text: str) -> None:
    # Requests in too short a time (HTTP's 429 "Too Many Requests", RFC 6585 section 4): a sending rate.
    assert parse_reply(text).reason is Reason.SPEEDING


@pytest.mark.parametrize("text", [
    "500 Protocol deviation detected",
    "554 SMTP protocol deviation",
    "550 Deviation from the protocol, closing connection",
])
def test_a_deviation_from_the_protocol_is_its_violation(text: str) -> None:
    assert parse_reply(text).reason is Reason.SYNTAXERROR


@pytest.mark.parametrize("text", [
    "554 Your message was permanently rejected",
    "550 Message has been permanently refused",
    "554 This mail was permanently denied",
])
def test_a_refusal_said_final_still_names_no_cause(text: str) -> None:
    # "Permanently" says how final the refusal is, not why (LABELING.md: a bare refusal is onhold).
    assert parse_reply(text).reason is Reason.ONHOLD


def test_a_refusal_with_a_cause_keeps_it_when_said_final() -> None:
    assert parse_reply("554 Message permanently rejected: spam detected").reason is Reason.SPAMDETECTED
