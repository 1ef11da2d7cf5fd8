"""Round r39tune (issue 10): wordings that moved under bench/synonym_swap.py, read as meanings (who/what + what
about it); tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("verb", ["rejected", "refused", "denied", "blocked"])
def test_a_refusal_using_a_named_list_is_the_listing(verb: str) -> None:
    # "<refused> using <list>": the list decided, whichever refusal word says it (not the list's name read as
    # a reputation word: Barracuda *Reputation* Block List is a DNSBL).
    r = parse_reply(f"554 Service unavailable; Client host [192.0.2.9] {verb} using Barracuda Reputation")
    assert r.reason is Reason.BLOCKED
    assert r.blocklist is not None


@pytest.mark.parametrize(
    "text", ["421 4.7.0 Error: too many connection from 192.0.2.9", "421 Too many connections from your address"]
)
def test_connections_counted_from_a_host_are_toomanyconn(text: str) -> None:
    # "connection from" names the connection as well as the host that opens it (CONNECTION+TOO_MANY).
    assert parse_reply(text).reason is Reason.TOOMANYCONN


def test_a_connection_from_a_host_refused_is_still_the_host() -> None:
    assert parse_reply("550 Connection from 192.0.2.9 refused").reason is Reason.BLOCKED


@pytest.mark.parametrize(
    "text", ["550 Unroutable address", "550 The address is not routable", "550 unrouteable adress",
             "550 Recipient domain cannot be routed"]
)
def test_an_address_that_cannot_be_routed_is_hostunknown(text: str) -> None:
    # ADDR/DOMAIN+UNROUTABLE (Exim's "Unrouteable address", LABELING.md), whatever word names the address.
    assert parse_reply(text).reason is Reason.HOSTUNKNOWN


def test_an_unroutable_sender_stays_rejected() -> None:
    assert parse_reply("550 Unroutable sender address").reason is Reason.REJECTED


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("host mx.example.net[192.0.2.1] said: 554 5.5.1 Unrecognized command", Reason.SYNTAXERROR),
        ("host mx.example.net[192.0.2.1] said: 503 5.7.1 Relay not allowed (in reply to RCPT TO command)",
         Reason.NORELAYING),
    ],
)
def test_a_reply_after_postfix_prefix_is_not_a_follow_up(text: str, reason: Reason) -> None:
    # bench/reply_perturb.py 'prefix': the reply's own 503 / 554 5.5.1 after "said:" was cut as a transcript's
    # follow-up answer, leaving no words to read.
    assert parse_reply(text).reason is reason


def test_a_follow_up_answer_after_the_reply_is_still_cut() -> None:
    r = parse_reply("host mx.example.net[192.0.2.1] said: 550 5.1.1 User unknown 554 5.5.1 Error: no valid recipients")
    assert r.reason is Reason.USERUNKNOWN


@pytest.mark.parametrize("word", ["transient", "temporary"])
def test_a_passing_authentication_failure_is_the_server(word: str) -> None:
    # RFC 4954's 454 "Temporary authentication failure", whichever TRANSIENT_QUAL word says it passes.
    assert parse_reply(f"454 4.7.0 {word} authentication failure").reason is Reason.SYSTEMERROR
