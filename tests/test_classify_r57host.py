"""Round 57 (r57host): refusals of the sending host, in words written for these tests (not copied from the corpus).

* A server that says it does not believe the name the client gives itself refuses the host's claim about
  itself, as a forged HELO name is refused (`blocked`), whatever name follows.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_reply


@pytest.mark.parametrize("text", [
    "554 Nope, we do not believe that you are mx.example.org",
    "550 5.7.1 I don't believe you are relay.example.net, go away",
    "421 You cannot say you are this server, closing",
])
def test_doubted_identity_of_the_client_is_blocked(text: str) -> None:
    r = parse_reply(text)
    assert r.reason == "blocked"
    assert r.rule == "concept:CLAIM_DOUBTED" or r.rule.startswith("phrase:")


def test_doubted_identity_rule_names_the_concept() -> None:
    assert parse_reply("550 Sorry, we do not believe that you are example.net").rule == "concept:CLAIM_DOUBTED"


@pytest.mark.parametrize("text", [
    "421 Maximum connections exceeded for this listener, try again later",
    "421 4.3.2 max connections exceeded, please retry",
])
def test_the_connection_ceiling_exceeded_is_too_many_connections(text: str) -> None:
    r = parse_reply(text)
    assert r.reason == "toomanyconn"
    assert r.rule == "concept:CONNECTION_COUNT+EXCEEDED"


def test_a_client_said_to_be_disliked_is_blocked() -> None:
    r = parse_reply("554 the connecting client is disliked here")
    assert r.reason == "blocked"
    assert r.rule == "concept:CLIENT+REFUSED"
