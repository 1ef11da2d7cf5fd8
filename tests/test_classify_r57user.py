"""Meanings written from the tuning misses of the address and syntax area (round r57user: the tuning rows of
corpus/replies/real/r57-r57user-address-syntax-sources.jsonl and older tuning misses), each tested in wordings of our
own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "550 5.1.2 Bad address format",
    "553 invalid recipient address format",
    "550 5.1.1 Recipient address format is invalid",
    "550 Invalid e-mail address format",
])
def test_a_form_word_said_of_an_address_format_is_its_syntax(text: str) -> None:
    # RFC 3463 X.1.3 / X.1.7 ("mailbox address syntax"): what is judged is how the address is written, not whether
    # the mailbox exists, whatever the status says of it.
    assert parse_reply(text).reason is Reason.SYNTAXERROR


def test_an_address_said_invalid_without_its_format_stays_unknown() -> None:
    assert parse_reply("550 5.1.1 Invalid address").reason is Reason.USERUNKNOWN
    assert parse_reply("550 5.1.1 user unknown, whatever the address format").reason is Reason.USERUNKNOWN
