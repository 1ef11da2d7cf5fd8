"""Meanings widened in round r53btune from the tuning-part measures that show a rule remembering a wording
(bench/synonym_swap.py, bench/reply_perturb.py, bench/rule_sources.py, bench/hard_perturb.py), each tested in
wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "552 header too large for this server",
    "552 5.6.0 your header section is too big",
    "552 the mail header is ridiculously long",
    "554 headers are far too long here",
])
def test_a_header_said_too_big_is_its_own_limit_not_the_message_size(text: str) -> None:
    verdict = parse_reply(text)
    assert verdict.reason is Reason.CONTENTERROR
    assert verdict.rule == "concept:HEADER+OVERSIZED"


@pytest.mark.parametrize(("text", "reason"), [
    ("553 we were not able to find the destination domain", Reason.HOSTUNKNOWN),
    ("Sorry, we could not find a mail exchanger for that name", Reason.HOSTUNKNOWN),
    ("550 we were unable to find that mailbox", Reason.USERUNKNOWN),
    ("550 the mailbox you wrote to is absent here", Reason.USERUNKNOWN),
])
def test_a_search_that_found_nothing_says_the_thing_is_unknown(text: str, reason: Reason) -> None:
    verdict = parse_reply(text)
    assert verdict.reason is reason
    assert verdict.hard_bounce


@pytest.mark.parametrize("text", [
    "432 4.3.2 delivery to this mailbox: thread limits exceeded",
    "452 recipient thread allowance used up, try later",
    "452 rcpt thread cap reached",
])
def test_a_recipients_delivery_threads_over_their_limit_are_a_rate(text: str) -> None:
    verdict = parse_reply(text)
    assert verdict.reason is Reason.SPEEDING
    assert verdict.rule == "concept:THREAD+LIMIT_WORD"


@pytest.mark.parametrize(("text", "reason"), [
    ("553 incorrect sender headers, use your own address", Reason.REJECTED),
    ("550 Incorrect originator header", Reason.REJECTED),
    ("550 5.7.0 malformed sender headers", Reason.NOTCOMPLIANTRFC),
])
def test_the_originator_header_fields_in_the_plural_and_by_their_rfc_name(text: str, reason: Reason) -> None:
    assert parse_reply(text).reason is reason
