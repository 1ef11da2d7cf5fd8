"""Fast phrase matching: hundreds of table phrases against one reply in a few microseconds.

A naive alternation of every phrase makes the regex engine try each branch at each
position of the text. Instead every phrase is indexed under one *anchor word* (its
longest word). A reply is split into its set of words once; only phrases whose
anchor is among those words are verified, each with its own small compiled
pattern. Phrases in scripts written without spaces (Japanese) cannot be anchored
on words, and are checked with a substring search, only for non-ASCII replies.

Patterns are plain literals joined by a bounded word gap (``(?:[^ ]* ){0,8}?``):
every repetition consumes up to the next space, so there is nothing to
backtrack catastrophically over.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import filterfalse
from typing import Final, Generic, NamedTuple, TypeVar

# `skipping` lives with the other rewrites of a pattern that keep its matches, where `bouncelib._data.notices` can
# import it (it compiles the general reader's word lists so); the classifier's model uses it through this module.
from bouncelib._data._pattern import skipping

__all__ = [
    "ASCII_PUNCT", "WORD", "Hit", "PhraseIndex", "capital_spellings", "compile_phrase", "outermost", "skipping",
    "suffix_lookup", "words_of", "words_spaced",
]

K = TypeVar("K")

#: What a "word" is, both for anchoring phrases and for splitting replies.
WORD = re.compile(r"\w+")

# Scripts written without spaces between words (CJK, kana): no word anchors.
_UNSPACED = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]")
_GAP = r" (?:[^ ]* ){0,8}?"


# Letters whose capital does not lower back to them: German's "ß" is written "SS" in capitals ("WEISSER
# LISTE"), Turkish's dotless "ı" is written "I", which lowers to "i" ("ALICI", "BAŞLIK"). A table row
# holding one is also looked for in the spelling a reply written in capitals lowers to (the reply's text is
# not changed: "ß" to "ss" would move every later position of the lowercased text off its original's).
_CAPITALS_LOWERED: Final = (("ß", "ss"), ("ı", "i"))


def capital_spellings(phrase: str) -> tuple[str, ...]:
    """`phrase`, and the spelling it has when written in capitals and lowered again, if that differs."""
    folded = phrase
    for letter, lowered in _CAPITALS_LOWERED:
        if letter in folded:
            folded = folded.replace(letter, lowered)
    return (phrase,) if folded == phrase else (phrase, folded)


class Hit(NamedTuple, Generic[K]):
    """One phrase found in a text: its key and where it matched."""

    key: K
    start: int
    end: int


# Hits are made with tuple.__new__: a NamedTuple's own __new__ is a Python function, and
# `find` makes one per phrase found, in every classification.
_new = tuple.__new__


class _Phrase(NamedTuple):
    literal: str  # the whole phrase when it has no gap, else its first part
    pattern: re.Pattern[str] | None  # for phrases with gaps
    head: bool  # must start on a word boundary
    tail: bool  # must end on a word boundary


def compile_phrase(phrase: str) -> re.Pattern[str]:
    """A regex equivalent to a table phrase (``*`` = a gap of up to 8 words), boundaries included."""
    p = _prepare(phrase)
    body = p.pattern.pattern if p.pattern else re.escape(p.literal)
    return re.compile((r"(?<!\w)" if p.head else "") + body + (r"(?!\w)" if p.tail else ""))


def _prepare(phrase: str) -> _Phrase:
    parts = [p.strip() for p in phrase.split("*") if p.strip()]
    head = bool(re.match(r"\w", phrase))
    tail = bool(re.search(r"\w\Z", phrase))
    if len(parts) == 1:
        return _Phrase(parts[0], None, head, tail)
    # Starting with a literal lets the regex engine jump to candidates with a fast scan.
    return _Phrase(parts[0], re.compile(_GAP.join(re.escape(p) for p in parts)), head, tail)


def _search(text: str, ph: _Phrase) -> tuple[int, int] | None:
    # Word boundaries are checked by hand: a pattern starting with a look-behind
    # would lose the engine's fast literal-prefix scan.
    pos = 0
    n = len(text)
    while True:
        if ph.pattern is None:
            i = text.find(ph.literal, pos)
            if i < 0:
                return None
            j = i + len(ph.literal)
        else:
            m = ph.pattern.search(text, pos)
            if m is None:
                return None
            i, j = m.span()
        if (not ph.head or i == 0 or (not text[i - 1].isalnum() and text[i - 1] != "_")) and (
            not ph.tail or j == n or (not text[j].isalnum() and text[j] != "_")
        ):
            return i, j
        pos = i + 1


def suffix_lookup(host: str, table: dict[str, str]) -> str | None:
    """The value for the longest suffix of `host` (on a label boundary) that `table` has."""
    name = host.lower().rstrip(".")
    if name.count(".") >= 127:
        return _suffix_lookup_labels(name, table)
    # Each suffix of two labels or more, longest first, sliced from after each "." in turn: a host
    # is looked up for every reply naming one or an address, and splitting it into labels to join
    # them again cost more than the look-ups (`_suffix_lookup_labels`, the plain form).
    start = 0
    dot = name.find(".")
    while dot >= 0:
        hit = table.get(name[start:])
        if hit is not None:
            return hit
        start = dot + 1
        dot = name.find(".", start)
    return None


def _suffix_lookup_labels(name: str, table: dict[str, str]) -> str | None:
    labels = name.split(".")
    # A DNS name has at most 127 labels; hostile text ("5.5.5..." x 20k) made this loop quadratic.
    for i in range(max(0, len(labels) - 127), len(labels) - 1):
        hit = table.get(".".join(labels[i:]))
        if hit is not None:
            return hit
    return None


# ASCII punctuation to spaces: for ASCII text, a bytes translation then split gives the same
# words as `WORD` several times faster (a str translation looks each character up in a dict).
ASCII_PUNCT = bytes(c if c < 128 and (chr(c).isalnum() or chr(c) == "_") else 32 for c in range(256))


# The same for any text, its UTF-8 bytes of non-ASCII characters kept: the pieces between ASCII
# punctuation and white space are then runs of `WORD` but for those holding a non-ASCII character
# that is not a word character ("«", "–") or an "_", which `WORD` splits again.
_UTF8_PUNCT = bytes(c if c >= 128 or chr(c).isalnum() or chr(c) == "_" else 32 for c in range(256))


def words_of(text: str) -> set[str]:
    """The set of words of a (lowercased) text."""
    return words_spaced(text)[0]


def words_spaced(text: str) -> tuple[set[str], str | None]:
    """`words_of(text)`, and for an ASCII text the text with every character but letters, digits and "_"
    made a space (each word where it stands in `text`; the private codes' word starts are found in it, so
    that a reply is translated once for both), else None."""
    if text.isascii():
        spaced = text.encode().translate(ASCII_PUNCT).decode()
        return set(spaced.split()), spaced
    # (The regex engine's Unicode class test at every character cost three times this.)
    pieces = text.encode().translate(_UTF8_PUNCT).decode().split()
    words = set(pieces)
    for piece in filterfalse(str.isalnum, pieces):
        words.discard(piece)
        words.update(WORD.findall(piece))
    return words, None


class PhraseIndex(Generic[K]):
    """Phrases indexed by anchor word; `find` returns every phrase present in a text."""

    __slots__ = ("_anchors", "_by_anchor", "_scan")

    def __init__(self, rows: Iterable[tuple[K, str]]) -> None:
        rows = [(key, spelling) for key, phrase in rows for spelling in capital_spellings(phrase)]
        by_anchor: dict[str, list[tuple[K, _Phrase]]] = {}
        scan: list[tuple[K, str]] = []
        # Anchor on the word fewest phrases share (then the longest): the fewer
        # phrases behind an anchor, the fewer verifications per reply.
        freq: dict[str, int] = {}
        for _, phrase in rows:
            for w in set(WORD.findall(phrase)):
                freq[w] = freq.get(w, 0) + 1
        for key, phrase in rows:
            if _UNSPACED.search(phrase):
                scan.append((key, phrase))
                continue
            words = WORD.findall(phrase)
            if not words:
                raise ValueError(f"phrase without a word to anchor on: {phrase!r}")
            anchor = min(words, key=lambda w: (freq[w], -len(w)))
            by_anchor.setdefault(anchor, []).append((key, _prepare(phrase)))
        self._by_anchor = by_anchor
        self._anchors = frozenset(by_anchor)
        self._scan = tuple(scan)

    def find(self, text: str, words: set[str]) -> list[Hit[K]]:
        """Every phrase found in `text` (lowercased), given `words` = `words_of(text)` or a superset."""
        hits: list[Hit[K]] = []
        for anchor in self._anchors.intersection(words):
            for key, ph in self._by_anchor[anchor]:
                if ph.literal not in text:
                    continue  # most candidates fail here, before any function call
                span = _search(text, ph)
                if span is not None:
                    hits.append(_new(Hit, (key, *span)))
        if self._scan and not text.isascii():
            for key, literal in self._scan:
                i = text.find(literal)
                if i >= 0:
                    hits.append(_new(Hit, (key, i, i + len(literal))))
        return hits


def outermost(hits: list[Hit[K]]) -> list[Hit[K]]:
    """Drop hits lying inside a longer hit ("not listed in domino directory" hides "listed in")."""
    if len(hits) < 2:
        return hits
    # (Loops rather than `any` over a generator: a generator made for each hit cost more than the
    # comparisons; the best phrase of one reply in seven is chosen among two or more.)
    kept = []
    for h in hits:
        _key, start, end = h
        length = end - start
        for _o, o_start, o_end in hits:
            if o_start <= start and end <= o_end and o_end - o_start > length:
                break  # inside a longer hit
        else:
            kept.append(h)
    return kept
