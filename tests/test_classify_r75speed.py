"""Round r75speed: the classifier's faster forms give what the plain forms they replace give (speed only)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bouncelib._classify import _concepts
from bouncelib._data.example_words import EXAMPLE_MARKERS

_MARKER_WORDS = sorted({w for row in EXAMPLE_MARKERS for w in row.words})
_PIECES = st.sampled_from([*_MARKER_WORDS, "because", "or", "oder", "ou", "или", "mailbox", "full", "x", "ab",
                           "éé", "ß", "例如", "比如", "예를", "들어", "한"])
_SEPARATORS = st.sampled_from([" ", "", ". ", ".", ", ", " - ", "\n", "; ", "...", " . . ", "(", "_"])
_TEXTS = st.lists(st.tuples(_PIECES, _SEPARATORS), max_size=16).map(lambda parts: "".join(p + s for p, s in parts))


@settings(max_examples=600, deadline=None)
@given(_TEXTS)
def test_marker_letters_find_every_marker(text: str) -> None:
    # The precheck without word boundaries finds a marker wherever the bounded alternation does, at the same
    # place or before: a text it passes over holds none.
    m = _concepts._MARKER_TEXT.search(text)
    if m is not None:
        pre = _concepts._MARKER_LETTERS.search(text)
        assert pre is not None
        assert pre.start() <= m.start()


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_without_examples_is_the_plain_form(text: str) -> None:
    # The plain form: the bounded alternation asked on every text (an empty pattern lets every text through).
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_concepts, "_MARKER_LETTERS", re.compile(""))
        plain = _concepts.without_examples(text)
    assert _concepts.without_examples(text) == plain


def test_without_examples_still_blanks_the_examples() -> None:
    text = "sorry, your mail was not taken, z. b. weil das postfach voll ist oder die adresse fehlt"
    assert "postfach" not in _concepts.without_examples(text)
    assert _concepts.without_examples("das postfach ist voll, überprüfen sie die adresse") == (
        "das postfach ist voll, überprüfen sie die adresse")


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_tail_is_the_carried_tail(text: str) -> None:
    # `_tail` worked out on demand against the tail carried along sentence by sentence, as it was.
    done: _concepts.Terms = []
    carried: tuple[str, ...] = ()
    for words in _concepts.sentences(text):
        assert _concepts._tail(done) == carried
        done.append((words, 0, []))
        carried = (*carried, *words)[-_concepts._LONGEST_MARKER:]
    assert _concepts._tail(done) == carried
