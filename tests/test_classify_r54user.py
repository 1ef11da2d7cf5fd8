"""Meanings written from the tuning misses of the recipient and address area (round r54user: the tuning rows of
corpus/replies/real/r54-r54user-address-material.jsonl and older tuning misses), each tested in wordings of our
own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "550 That is an invalid mailbox syntax, sorry",
    "553 invalid mailbox address syntax",
    "550 Sorry, bad destination mailbox address syntax in RCPT",
])
def test_words_before_the_syntax_of_a_mailbox_qualify_its_syntax(text: str) -> None:
    # RFC 3463 X.1.3: the address's syntax is what is judged; "invalid mailbox" before "mailbox syntax" says so
    # of the syntax, not of the mailbox's existence.
    assert parse_reply(text).reason is Reason.SYNTAXERROR


def test_an_invalid_mailbox_alone_stays_an_unknown_recipient() -> None:
    assert parse_reply("550 Invalid mailbox").reason is Reason.USERUNKNOWN
    assert parse_reply("550 5.1.1 Bad destination mailbox address").reason is Reason.USERUNKNOWN


@pytest.mark.parametrize("text", [
    "551 Not here any more; please try <carol@example.org>",
    "551 5.1.6 User not local; please try <dave.new@example.net>",
])
def test_a_forward_path_offered_is_a_moved_mailbox(text: str) -> None:
    # RFC 5321 3.4: 551 with the address to try says where the recipient is now (X.1.6), not a relay refused.
    verdict = parse_reply(text)
    assert verdict.reason is Reason.HASMOVED
    assert verdict.hard_bounce


def test_not_local_without_an_address_stays_a_relay_refusal() -> None:
    assert parse_reply("551 Sorry, not local").reason is Reason.NORELAYING
    assert parse_reply("551 User not local; please try <example.org>").reason is Reason.NORELAYING


def test_the_rfc_placeholder_for_the_forward_path_is_a_moved_mailbox() -> None:
    # A client's text for a 551 reply prints RFC 5321's placeholder: the reply offered a forward path
    # (corpus/LABELING.md, "551"). Was norelaying until round 61 (r59user's labels and this test disagreed).
    for text in ("551 User not local; please try <forward-path>",
                 "Recipient refused: user not local, try <forward-path> instead"):
        verdict = parse_reply(text)
        assert verdict.reason is Reason.HASMOVED, text
        assert verdict.hard_bounce


@pytest.mark.parametrize("text", [
    '550 Address "someone.with.a.really.long.name@example.org" too long for us',
    "550 Rejected: address <a.very.long.local.part.indeed@example.org> is too long",
    "553 5.1.0 prescan: the address holds too many parts",
    '553 Invalid domain spec "[198.51.100.999]" in address',
])
def test_an_address_too_long_unscannable_or_with_a_bad_domain_spec_is_its_syntax(text: str) -> None:
    # RFC 5321 4.5.3.1 (length limits) and 4.1.3 (address literals); Sendmail's prescan() splits an address
    # into tokens: each is the address's form, not an unknown mailbox or domain.
    assert parse_reply(text).reason is Reason.SYNTAXERROR


@pytest.mark.parametrize("text", [
    '500 Sorry: command "AUTH" is not recognised here',
    '550 Sorry, the command "STARTTLS" was not recognised',
])
def test_a_command_named_by_its_verb_and_not_recognised_is_its_syntax(text: str) -> None:
    # RFC 5321 4.2.2: 500 syntax error, command unrecognized, whichever verb the command has.
    assert parse_reply(text).reason is Reason.SYNTAXERROR
