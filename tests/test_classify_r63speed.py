"""Round r63speed: the classifier's faster forms give what the plain forms they replace give (speed only)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bouncelib._classify import _extract, _lists
from bouncelib._classify._lists import trie_alternation

# `_lists._ZONE` as it was written before the refusal words were factored and its two refusal branches merged
# (the specification): the words longest first, "using" and "by" as two branches after the other wordings.
_WORDS_PLAIN = "|".join(sorted((re.escape(w) for w in _lists._REFUSAL_TERMS), key=lambda w: (-len(w), w)))
_PLAIN_ZONE = re.compile(
    rf"\b(?:(?:{_WORDS_PLAIN}) using|(?:black ?listed|block ?listed|listed) (?:in|at|on|by)|"
    rf"(?:black ?list|block ?list)(?: at)?|rejected by|"
    rf"(?:{_WORDS_PLAIN}) by(?= (?:the |a |an )?(?:{_lists._LIST_WORDS}) ))"
    rf" (?:the |a |an )?(?:(?:{_lists._LIST_WORDS}) (?:at |on )?)?"
    r"([a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,62}){1,8})")


def _found(m: re.Match[str] | None) -> tuple[tuple[int, int], tuple[str | None, ...]] | None:
    return None if m is None else (m.span(), m.groups())


_REFUSALS = sorted(_lists._REFUSAL_TERMS)
_PIECES = st.sampled_from(
    ["blocked", "block", "blocklisted", "black", "listed", "list", "rejected", "refused", "denied", "using", "by",
     "in", "at", "on", "the", "a", "an", "rbl", "dnsbl", "blacklist", "zen.spamhaus.org", "bl.example.net",
     "192.0.2.1", "x", "-", ".", "un", "ed", "ing", *_REFUSALS[:: max(1, len(_REFUSALS) // 40)]])
_SEPARATORS = st.sampled_from([" ", "", "  ", ", ", "\n"])


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.tuples(_PIECES, _SEPARATORS), max_size=14))
def test_zone_is_the_plain_pattern(parts: list[tuple[str, str]]) -> None:
    text = "".join(piece + sep for piece, sep in parts)
    assert _found(_lists._ZONE.search(text)) == _found(_PLAIN_ZONE.search(text))


def test_zone_on_the_refusal_words() -> None:
    # Every refusal word in each of the wordings the pattern reads, after a prefix that is a word of its own.
    for word in _REFUSALS:
        for text in (f"{word} using bl.example.net", f"x {word} by the rbl zen.example.org",
                     f"{word} by dnsbl.example.com", f"un{word} using a.b.c", f"{word}ed by the list a.example"):
            assert _found(_lists._ZONE.search(text)) == _found(_PLAIN_ZONE.search(text)), text


@given(st.sets(st.text(alphabet="abc-d", min_size=1, max_size=5), max_size=12),
       st.text(alphabet="abc-d ", max_size=12))
def test_trie_alternation_matches_exactly_its_words(words: set[str], probe: str) -> None:
    pattern = re.compile(trie_alternation(words)) if words else None
    if pattern is not None:
        assert all(pattern.fullmatch(w) for w in words)
        assert (pattern.fullmatch(probe) is not None) == (probe in words)


_OPENING_PIECES = st.sampled_from(["550", "421", "5.7.1", "4.4.2", " ", "  ", "\n", "-", "mx.example.org", "a.b",
                                   "host", " said: ", "said:", "service", "not", "available", ".", "x", "[192.0.2.1]"])


@settings(max_examples=1500, deadline=None)
@given(st.lists(_OPENING_PIECES, max_size=12))
def test_opening_name_without_the_frame_where_no_frame_is(pieces: list[str]) -> None:
    # `extract` reads the server's opening name with the framed pattern only where " said: " is in the text.
    text = "".join(pieces)
    assert _found(_extract._opening_name(text)) == _found(_extract._OPENING_NAME.match(text))


def _plain_trim(s: str) -> str:
    # `_extract._trim` as it was written before it skipped the URLs with no ")" (the specification).
    depth = 0
    for i, c in enumerate(s):
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                s = s[:i]
                break
            depth -= 1
    return s.rstrip(".,;:!?'\"")


@given(st.text(alphabet="ab/().,;:!?'\"", max_size=16))
def test_trim_is_the_plain_loop(url: str) -> None:
    assert _extract._trim(url) == _plain_trim(url)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(["https://", "http://", "ssl://", "smtps://", "tcp://", "x://", "://",
                                 "smtp.example.org", ":465", "/a", " ", '"', "host", "[192.0.2.1]", "HTTPS://", "tls"]),
                max_size=10))
def test_urls_out_as_the_two_subs(pieces: list[str]) -> None:
    # (`_without_urls` is given the lowercased words' text, and reads its http URLs by their lowercase scheme since
    # round r81speed: the two subs are asked of what it is given.)
    text = _extract._lower("".join(pieces))
    assert _extract._without_urls(text) == _extract._TRANSPORT_URL.sub(" ", _extract._URL.sub(" ", text))
