"""Round 57 (r57pol): German words for two meanings the concepts already had in English.

* German's modal of obligation ("müssen", "muss") states a requirement as "must" does: a message's own
  encryption or signature demanded by the address (MSG_CRYPTO with REQUIRED) is a security requirement.
* "kein Text" / "keinen Text" says a message is empty, as "no text" does (MESSAGE with EMPTY).

Texts written for these tests, not copied from the corpus.
"""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "Beiträge an diese Liste müssen per GnuPG verschlüsselt werden.",
    "Jede Nachricht an dieses Postfach muss eine gültige PGP-Signatur tragen.",
])
def test_german_obligation_of_message_crypto_is_securityerror(text: str) -> None:
    r = parse_reply(text)
    assert r.reason is Reason.SECURITYERROR
    assert r.rule == "concept:MSG_CRYPTO+REQUIRED"


def test_german_obligation_alone_says_nothing() -> None:
    # The modal pairs with what is required; alone it names no reason.
    assert parse_reply("Das muss leider warten.").reason is Reason.ONHOLD


@pytest.mark.parametrize("text", [
    "Ihre Nachricht hatte keinen Text und wurde deshalb nicht zugestellt.",
    "Die E-Mail enthält kein Text.",
])
def test_german_no_text_is_an_empty_message(text: str) -> None:
    r = parse_reply(text)
    assert r.reason is Reason.POLICYVIOLATION
    assert r.rule == "concept:MESSAGE+EMPTY"
