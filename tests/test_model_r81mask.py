"""Round r81mask: what the mask replaces gives the model no feature, masked or not, whatever its kinds.

The classifier's cache is keyed on the text with its ids, local parts and IP addresses masked
(`bouncelib._classify._mask`), and its verdict must be the one the unmasked text gets. The rules never
read those pieces; the model read the letters of an unmasked queue id ("write to 7FD690FE02C0": the words
"fd" and "fe", their pairs, their forms under ``fold`` and ``prefix5``) where the masked text gave none:
with the words alone no verdict of the corpus moved, with ``fold,prefix5`` (round r80mlo) one did.
`_mask.blank` takes out every piece and placeholder before the model reads a word, so the two texts give
the model the same string whatever kinds of features it reads.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from bouncelib import parse_reply
from bouncelib._classify import DEFAULT_MAX_CHARS, _classified
from bouncelib._classify._extract import extract
from bouncelib._classify._mask import blank, mask
from bouncelib._classify._model import features, is_guess

ROOT = Path(__file__).resolve().parent.parent
_RELATED = frozenset({"fold", "prefix5"})


def _words_text(text: str) -> str:
    return extract(text, DEFAULT_MAX_CHARS).words_text


def test_a_queue_id_gives_the_model_no_feature_masked_or_not() -> None:
    text = "write to 7FD690FE02C0 [7FD69108DE80] (1030 bytes => 1030 (0x406)) for anne.o.nymous@example.org"
    masked = mask(text)[0]
    assert "7FD690FE02C0" not in masked
    plain_features = features(_words_text(text), None, None, None, kinds=_RELATED)
    assert plain_features == features(_words_text(masked), None, None, None, kinds=_RELATED)
    assert "fd" not in plain_features
    assert "write to" in plain_features


def test_blank_takes_out_the_pieces_and_the_placeholders() -> None:
    text = "550 no such user 4f6a8c0e2b4d6f8a1c3e5b7d9f0a2c4e at 192.0.2.7 (ann@example.org) id q16si3475662wrs.311"
    assert blank(text) == "550 no such user   at   ( @example.org) id  "
    assert blank(mask(text)[0]) == blank(text)


# Pieces the mask replaces and text around them, so that random texts hit its edges.
_PIECES = st.sampled_from([
    "7FD690FE02C0", "q16si3475662wrs.311", "123456789", "1234567890123", "h-72f555a0840e4b9553", "ann",
    "ann.o.nymous", "postmaster", "@", "@example.org", "192.0.2.7", "127.0.0.2", "203.0.113.250", ".", "-", "_",
    " ", "zq", "0.0.0.", "Zq", "é", "x", "0", "mailbox", "unknown", "[", "]", "<", ">", '"', ":", "\n",
])  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
def test_blank_reads_the_masked_and_the_unmasked_text_alike(text: str) -> None:
    assert blank(mask(text)[0]) == blank(text)


@cache
def _replies() -> tuple[str, ...]:
    texts = []
    for path in sorted((ROOT / "corpus" / "replies").rglob("*.jsonl")):
        if not path.name.startswith("_"):
            texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]
    return tuple(texts)


@cache
def _guessed_replies() -> tuple[str, ...]:
    """The corpus reply texts whose verdict is the model's guess (where a feature more or less can move it)."""
    return tuple(t for t in _replies() if is_guess(parse_reply(t).rule))


def _verdict(fields: dict[str, Any]) -> tuple[Any, ...]:
    return fields["reason"], fields["rule"], fields["permanent"], fields["remote_ip"]


_INSERTS = st.sampled_from([
    "7FD690FE02C0", "id 4f6a8c0e2b4d6f8a1c3e5b7d9f0a2c4e", "(q16si3475662wrs.311 - gsmtp)", "queue 3A7F9C2B41D8E6",
    "<anne.o.nymous@example.org>", "replies+7d1f3b5a9c2e4f6a8b0c2d4e6f8a1b3c@forum.example.org", "[192.0.2.7]",
    "ref 1234567890123", "h-72f555a0840e4b9553", "Message-ID <20261207.5f3a9b2c7d1e@example.net>",
])  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_a_guess_is_the_same_with_and_without_the_mask(data: st.DataObject) -> None:
    """Any id, address or IP inserted between two words of a reply the model reads: the verdict and the rule
    naming the telling words are those of the unmasked text, classified without the mask."""
    text = data.draw(st.sampled_from(_guessed_replies()))
    words = text.split(" ")
    at = data.draw(st.integers(0, len(words)))
    inserted = " ".join([*words[:at], data.draw(_INSERTS), *words[at:]])
    plain = _classified(inserted, None, None, None, None, None, None, DEFAULT_MAX_CHARS, None)
    assert _verdict(parse_reply(inserted).model_dump()) == _verdict(plain)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_the_related_forms_are_the_same_with_and_without_the_mask(data: st.DataObject) -> None:
    """The model's features of every kind that adds forms of the words (``fold``, ``prefix5``, ``grams``; round
    r80mlo measured them, the shipped model reads the words alone): the same for a reply with an id, an address or
    an IP inserted, masked or not."""
    text = data.draw(st.sampled_from(_replies()))
    words = text.split(" ")
    at = data.draw(st.integers(0, len(words)))
    inserted = " ".join([*words[:at], data.draw(_INSERTS), *words[at:]])
    kinds = frozenset({"fold", "prefix5", "grams"})
    plain = features(_words_text(inserted), "5.0.0", 550, None, kinds=kinds)
    assert plain == features(_words_text(mask(inserted)[0]), "5.0.0", 550, None, kinds=kinds)
