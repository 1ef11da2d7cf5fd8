"""`bouncelib._data._pattern.literal_first`: the notices' word lists rewritten so that each alternative opens with a
literal, matching exactly what the written pattern matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bouncelib._data import notices
from bouncelib._data._pattern import alternatives, literal_first


def test_a_shared_opening_group_is_distributed_in_order() -> None:
    out = literal_first(r"(?:this|the|your) mail bounced|x")
    assert out == "this mail bounced|the mail bounced|your mail bounced|x"


def test_groups_nested_at_the_opening_are_distributed_too() -> None:
    assert literal_first(r"(?:(?:a|b)c|d)e") == "ace|bce|de"


def test_a_word_boundary_before_a_letter_becomes_a_look_behind_after_it() -> None:
    out = literal_first(r"\bfailed submission")
    assert out == r"f(?<!\wf)ailed submission"
    pattern = re.compile(out)
    assert pattern.search("the failed submission")
    assert pattern.search("failed submission")  # at the start of the text
    assert not pattern.search("unfailed submission")


def test_a_word_boundary_before_a_group_is_carried_into_each_alternative() -> None:
    assert literal_first(r"\b(?:could not|unable to) decrypt") == r"c(?<!\wc)ould not decrypt|u(?<!\wu)nable to decrypt"


def test_what_it_cannot_rewrite_is_left_as_written() -> None:
    kept = [
        r"(?:i've |have )?given up",  # a quantified group
        r"(?:a|)b",  # an empty alternative: the group is optional in effect
        r"(?:a|b)(c)",  # a capturing group would be numbered twice
        r"[a|b]c",  # a bar inside a character class is a member
        r"\b-x",  # a boundary before a non-word character
        r"\ba?x",  # ... or before a quantified one
        r"\.x",
    ]
    for pattern in kept:
        assert literal_first(pattern) == pattern, pattern


def test_alternatives_split_only_at_top_level_bars() -> None:
    assert alternatives(r"a(?:b|c)|[|]d|e\|f|g") == ["a(?:b|c)", "[|]d", r"e\|f", "g"]


def test_the_hot_word_lists_are_compiled_rewritten() -> None:
    # Round r80speed: `skipping` compiles them from a parse tree (no source string is kept) and does so only when
    # every alternative starts with a literal, as `literal_first` left it; a pattern it cannot spell keeps its source.
    # The other-failure words were written with six alternatives opening with \b and ten with a group.
    for pattern in (notices.UNDELIVERED, notices.DELAY, notices.PERMANENT, notices.CHALLENGE, notices._OTHER_FAILURE):
        assert pattern.pattern is None


_WORDS = st.sampled_from(["a", "b", "ab", "ba", "a b", "bb"])


def _pattern(depth: int) -> st.SearchStrategy[str]:
    leaf = st.one_of(
        _WORDS, _WORDS.map(lambda w: rf"\b{w}"), _WORDS.map(lambda w: f"{w}?"), _WORDS.map(lambda w: rf"\b{w}?")
    )
    if depth == 0:
        return leaf
    inner = _pattern(depth - 1)
    group = st.lists(inner, min_size=1, max_size=3).map(lambda xs: "(?:" + "|".join(xs) + ")")
    quantified = group.map(lambda g: g + "?")
    piece = st.one_of(leaf, group, quantified, group.map(lambda g: rf"\b{g}"))
    return st.lists(piece, min_size=1, max_size=3).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(_pattern(2), min_size=1, max_size=4).map("|".join), st.text(alphabet="ab _-", max_size=30))
def test_the_rewrite_matches_what_the_written_pattern_matches(pattern: str, text: str) -> None:
    written, rewritten = re.compile(pattern), re.compile(literal_first(pattern))
    assert [m.span() for m in written.finditer(text)] == [m.span() for m in rewritten.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(_pattern(2), min_size=1, max_size=4).map("|".join), st.text(alphabet="ab _-", max_size=30))
def test_the_general_readers_compiled_form_matches_the_written_pattern(pattern: str, text: str) -> None:
    # Round r80speed: `notices._searched` compiles a list by `literal_first`, then by `skipping` (its alternatives
    # grouped by their first characters): the two rewrites together keep every match and where it is.
    written, compiled = re.compile(pattern), notices._searched(pattern)
    assert [m.span() for m in written.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert [m.span() for m in written.finditer(text.upper())] == [m.span() for m in compiled.finditer(text.upper())]
