"""Meanings written from the tuning part's misses of round r48rep (issue 10: real replies from pages,
threads and MTA/filter documentation not mined before, corpus/replies/real/r48rep-pages-sources.jsonl),
each tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "550 MIME boundary too long",
    "554 Boundary exceeds 70 characters",
    "550 Invalid multipart boundary in message",
])
def test_the_mime_boundary_is_the_messages_structure_not_its_size(text: str) -> None:
    # RFC 2046 section 5.1.1: the delimiter between a multipart body's parts (at most 70 characters).
    assert parse_reply(text).reason is Reason.CONTENTERROR


@pytest.mark.parametrize("text", [
    "550 Your message has a broken header",
    "554 The Date header is broken",
    "550 Message-ID header does not have a valid value",
])
def test_a_header_said_broken_or_without_a_valid_value_breaks_the_format(text: str) -> None:
    assert parse_reply(text).reason is Reason.NOTCOMPLIANTRFC


def test_a_loop_broken_stays_the_loop() -> None:
    # sendmail's "aliasing/forwarding loop broken": the loop was cut, nothing written in a wrong form.
    reply = parse_reply("554 5.4.6 user@example.org... aliasing/forwarding loop broken (26 aliases deep; 25 max)")
    assert reply.reason is Reason.NETWORKERROR


def test_the_junk_email_filter_domain_alone_names_no_list() -> None:
    reply = parse_reply("550 Sender verify failed: the server for example.org told junkemailfilter.com the "
                        "address is invalid")
    assert reply.blocklist is None
    listed = parse_reply("554 5.7.1 Client host [192.0.2.9] blocked using hostkarma.junkemailfilter.com")
    assert listed.blocklist is not None
    assert listed.blocklist.id == "hostkarma"


@pytest.mark.parametrize("text", [
    "553 5.7.1 <news@example.org>: Sender address rejected: not owned by user admin@example.org",
    "550 5.7.1 Sender <news@example.org> refused: you are authenticated as admin@example.org",
    "550 Sender address rejected: logged in as admin@example.org, cannot send as <news@example.org>",
])
def test_the_clients_own_login_is_no_contact(text: str) -> None:
    assert "admin@example.org" not in parse_reply(text).delist
