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
