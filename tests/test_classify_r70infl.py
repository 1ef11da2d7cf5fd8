"""Inflected forms of existing terms (round r70infl: `_R70_INFL_WORDS`, written by scripts/inflect_terms.py from
Debian's hunspell dictionaries): the guards of the block, and replies in wordings of our own whose inflected word
the older terms miss, each read by a concept rule."""

from __future__ import annotations

from collections import Counter

import pytest
from rule_reading import by_concept

from bouncelib import Reason
from bouncelib._data import concepts as cn

_BLOCK = set(cn._R70_INFL_WORDS)
_OLDER = [t for t in cn.TERMS if t not in _BLOCK]


def _stem(word: str) -> str:
    return word[: max(4, len(word) - 2)]


def test_each_new_term_is_an_old_term_with_one_word_in_another_form() -> None:
    # Guards 1, 2 and 4: one word differs, it is longer than three letters, and both forms keep the old word's
    # stem (suffix inflection only: no "nie-" / "ne-" prefix turns a word into its opposite).
    by_concept_and_length: dict[tuple[str, int], list[list[str]]] = {}
    for term in _OLDER:
        words = term.words.split()
        by_concept_and_length.setdefault((term.concept, len(words)), []).append(words)
    for term in cn._R70_INFL_WORDS:
        new = term.words.split()

        def one_form_apart(old: list[str], new: list[str] = new) -> bool:
            changed = [(a, b) for a, b in zip(old, new, strict=True) if a != b]
            return len(changed) == 1 and len(changed[0][0]) > 3 and changed[0][1].startswith(_stem(changed[0][0]))

        assert any(one_form_apart(old) for old in by_concept_and_length[(term.concept, len(new))]), term


def test_no_new_term_repeats_a_term_of_any_concept() -> None:
    # Guard 3: a form that is already a word of another concept (or of another language's same concept) is not
    # written again; UNKNOWN and INVALID share their "invalid" words by design.
    older = {t.words for t in _OLDER}
    concepts_of: dict[str, set[str]] = {}
    for term in cn._R70_INFL_WORDS:
        assert term.words not in older, term
        concepts_of.setdefault(term.words, set()).add(term.concept)
    assert [w for w, cs in concepts_of.items() if len(cs) > 1 and cs != {"UNKNOWN", "INVALID"}] == []


def test_the_block_is_capped_per_language() -> None:
    # Guard 5: at most 400 new terms a language (import time), and only languages of the round's list.
    counts = Counter(code for term in cn._R70_INFL_WORDS for code in cn.TERM_LANGUAGES[term])
    assert counts
    assert max(counts.values()) <= 400
    languages = "pl uk ru be cs sk sl hr sr lv lt hu de nl da sv no et ro pt es it fr"
    assert set(counts) <= set(languages.split(" "))


def test_numbered_concepts_are_not_inflected() -> None:
    # RCPTS counts recipients (the plural is its meaning): its words get no other number.
    assert not [t for t in cn._R70_INFL_WORDS if t.concept == "RCPTS"]


@pytest.mark.parametrize("text", [
    "550 Почтовые ящики получателя переполнены.",  # ru: the recipient's mailboxes are overfull (plural participle)
    "550 As caixas de correio dos destinatários estão cheias.",  # pt: feminine plural of "cheio"
    "550 Le caselle di posta dei destinatari sono piene.",  # it: feminine plural of "pieno"
    "550 Les boîtes aux lettres des destinataires sont pleines.",  # fr: feminine plural of "plein"
])
def test_a_full_mailbox_in_the_plural_is_mailboxfull(text: str) -> None:
    assert by_concept(text) is Reason.MAILBOXFULL


@pytest.mark.parametrize("text", [
    "550 Adresses des destinataires inconnues.",  # fr: feminine plural of "inconnu"
    "550 Indirizzi dei destinatari sconosciuti.",  # it: masculine plural of "sconosciuto"
    "550 Nieznani odbiorcy wiadomości.",  # pl: personal plural of "nieznany"
    "550 Neznámí příjemci zprávy.",  # cs: animate plural of "neznámý"
])
def test_unknown_recipients_in_the_plural_are_userunknown(text: str) -> None:
    assert by_concept(text) is Reason.USERUNKNOWN
