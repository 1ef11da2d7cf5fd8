"""Meanings written from the tuning misses of English server replies of MTA and filter sources (round r63en: the
tuning rows of corpus/replies/real/r63-r63en-sources.jsonl), each tested in wordings of our own. Every test checks
the rule that decided, so that none passes through a model guess."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(("text", "rule"), [
    ("554 we were unable to parse the recipient you gave us", "concept:RCPT+UNPARSED"),
    ("550 the envelope sender cannot be parsed", "concept:SENDER+UNPARSED"),
    ("553 that address could not be parsed, check its brackets", "concept:ADDR+UNPARSED"),
])
def test_an_address_the_server_could_not_parse_is_its_syntax(text: str, rule: str) -> None:
    r = parse_reply(text)
    assert (r.reason, r.rule) == (Reason.SYNTAXERROR, rule)
    assert r.hard_bounce is False


def test_a_command_out_of_place_within_a_transaction_is_the_command_order() -> None:
    # AUTH named, but what is refused is where it came, not a login.
    r = parse_reply("503 sorry, AUTH is refused within a transaction")
    assert (r.reason, r.rule) == (Reason.SYNTAXERROR, "concept:SYNTAX")


@pytest.mark.parametrize("text", [
    "550 Syntax: AUTH <mechanism> [<initial response>]",
    "554 Syntax: RCPT TO:<forward-path>",
])
def test_a_usage_line_answers_a_malformed_command(text: str) -> None:
    r = parse_reply(text)
    assert (r.reason, r.rule) == (Reason.SYNTAXERROR, "concept:SYNTAX")


def test_a_network_failure_said_as_one_noun_is_the_network() -> None:
    r = parse_reply("451 4.4.0 internal network failure while talking to the next hop")
    assert (r.reason, r.rule) == (Reason.NETWORKERROR, "concept:NETWORK")


@pytest.mark.parametrize("text", [
    "452 the spool is being rebuilt, please try again soon",
    "450 queue held, retry soon",
])
def test_a_retry_asked_for_soon_names_no_cause(text: str) -> None:
    r = parse_reply(text)
    assert (r.reason, r.rule) == (Reason.SYSTEMERROR, "concept:SYSTEM")
