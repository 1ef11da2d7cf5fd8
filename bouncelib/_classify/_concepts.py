"""Finding the concepts of `bouncelib._data.concepts` in a reply and the reasons their pairs mean.

A reply is split into sentences (at ``. ``, ``;``, ``!``, ``?``, a line's end) and words.
At every word the longest term starting there is taken (so "not valid" is one term and
"valid" is not read on its own). A rule matches when its subject and predicate concepts
both occur in one sentence at most `ConceptRule.window` words apart, in either order; a
rule without predicate matches when its subject occurs. Everything is dictionary lookups
over the words: no regular expression runs here.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from bouncelib._data.concepts import RULES, TERMS, ConceptRule
from bouncelib._vocab import Reason

__all__ = ["ConceptHit", "concept_reasons", "sentences"]

# Term tokens -> the concepts they name, indexed by first token; longest terms first.
_BY_FIRST: Final[dict[str, list[tuple[tuple[str, ...], frozenset[str]]]]] = {}


def _index() -> None:
    merged: dict[tuple[str, ...], set[str]] = {}
    for term in TERMS:
        merged.setdefault(tuple(term.words.split()), set()).add(term.concept)
    for words, concepts in merged.items():
        _BY_FIRST.setdefault(words[0], []).append((words, frozenset(concepts)))
    for entries in _BY_FIRST.values():
        entries.sort(key=lambda e: -len(e[0]))


_index()
_ORDER: Final[dict[ConceptRule, int]] = {rule: i for i, rule in enumerate(RULES)}
_BY_PREDICATE: Final[dict[str, list[ConceptRule]]] = {}
_ALONE: Final[dict[str, list[ConceptRule]]] = {}
for _rule in RULES:
    if _rule.predicate is None:
        _ALONE.setdefault(_rule.subject, []).append(_rule)
    else:
        _BY_PREDICATE.setdefault(_rule.predicate, []).append(_rule)

# Sentence ends: a full stop, semicolon, "!" or "?" followed by space, or a line break.
_SENTENCE: Final = re.compile(r"[.;!?](?:\s|$)|\n")
_WORD: Final = re.compile(r"[^\W_]+")


class ConceptHit(NamedTuple):
    """A rule that matched: its reason, the rule, and where (the word index of the earlier concept)."""

    reason: Reason
    rule: ConceptRule
    at: int


def sentences(text: str) -> list[list[str]]:
    """The words of each sentence of `text` (lowercase; an apostrophe splits a word: ``doesn t``)."""
    out = []
    for part in _SENTENCE.split(text.replace("'", " ").replace("\u2019", " ")):
        words = _WORD.findall(part)
        if words:
            out.append(words)
    return out


def _concepts(words: list[str], base: int) -> list[tuple[int, frozenset[str]]]:
    """(word index, concepts) of every term found in one sentence's words, longest term at each word."""
    found: list[tuple[int, frozenset[str]]] = []
    i, n = 0, len(words)
    while i < n:
        entries = _BY_FIRST.get(words[i])
        step = 1
        if entries is not None:
            for seq, concepts in entries:
                k = len(seq)
                if k == 1 or tuple(words[i : i + k]) == seq:
                    found.append((base + i, concepts))
                    step = k
                    break
        i += step
    return found


def concept_reasons(text: str) -> list[ConceptHit]:
    """Every rule that matches `text` (the lowercase reply), best first (the order of `RULES`, then position).

    A predicate is read about the *nearest* subject that a rule pairs it with: in "Sender
    address rejected: not owned by auth user", "rejected" is said of the sender, not of the
    authentication two words further on.
    """
    hits: list[ConceptHit] = []
    base = 0
    for words in sentences(text):
        found = _concepts(words, base)
        base += len(words) + 1000  # words of two sentences are never within a window
        for pos, concepts in found:
            for concept in concepts:
                hits.extend(ConceptHit(rule.reason, rule, pos) for rule in _ALONE.get(concept, ()))
                rules = _BY_PREDICATE.get(concept)
                if rules is None:
                    continue
                near = sorted(
                    (abs(other - pos), other, rule)
                    for other, others in found
                    if other != pos
                    for rule in rules
                    if rule.subject in others and abs(other - pos) <= rule.window
                )
                if near:
                    _d, other, rule = near[0]
                    hits.append(ConceptHit(rule.reason, rule, min(pos, other)))
    hits.sort(key=lambda h: (_ORDER[h.rule], h.at))
    return hits
