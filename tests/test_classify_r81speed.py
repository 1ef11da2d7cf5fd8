"""Round r81speed: patterns rewritten so that the regex engine can skip ahead to their first character find what the
forms they replace find (speed only), and the per-lead needles of a private-code family rule out only replies that
the family's pattern finds nothing in."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bouncelib._classify import _codes, _decide, _extract, _lists

# The forms replaced, as they were written before round r81speed.
_QUOTED_OWN_NAME = re.compile(r"(?<![\w.])[2-5]\d\d(?:[ -]+|,\s?b?['\"])(?:[2-5]\.\d{1,3}\.\d{1,3}\s+)?"
                              r"((?:[a-z0-9-]{1,63}\.){2,8}[a-z]{2,63})\.?(?=[\s,;:'\"]|$)")
_CLAUSE_END = re.compile(r"[.;!?](?:\s|\Z)|\n")
_WWW = re.compile(r"(?=[wW])(?<![\w.@/-])[wW]{3}\.[a-zA-Z0-9-]{1,63}(?:\.[a-zA-Z0-9-]{1,63})+"
                  r"(?:/" + _extract._PATH_CHARS + "*" + _extract._IP_IN_PATH + ")?")
_ERROR_CLASS = re.compile(r"(?<![A-Za-z0-9.:])([A-Z][a-z]+(?:[A-Z][a-z]*)*[a-z](?:Error|Exception))\b")

_PIECES = st.sampled_from([
    "550", "421", "5.7.1", "4.4.2", " ", "  ", ".", ",", ", b'", ":", ";", "!", "?", "\n", "-", "'", '"', "(", ")",
    "[", "]", "mx01", "mail", "example", "net", "org", "co", "www", "WWW", "Www", "w", "x", "1", "_", "/", "@", ".",
    "http://", "HTTPS://", "hTtp://", "https://", "http:/", "[192.0.2.1]", "<UNKNOWN>", "=", "é", "İ", "Ω",
    "Connection", "Refused", "Error", "Exception", "TlsError", "SMTPException", "A", "aB", "Mail", "see", "Sees",
    "send", "resend", "ask", "task", "visit", "schreib", "écri", "xécri", "contact", "mail", "email", "e-mail",
])
_TEXTS = st.lists(_PIECES, max_size=24).map("".join)


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@settings(max_examples=1500, deadline=None)
@given(_TEXTS)
def test_skippable_patterns_match_as_the_forms_they_replace(text: str) -> None:
    assert _matches(_codes._QUOTED_OWN_NAME, text.lower()) == _matches(_QUOTED_OWN_NAME, text.lower())
    assert _matches(_lists._CLAUSE_END, text) == _matches(_CLAUSE_END, text)
    assert _matches(_extract._WWW, text) == _matches(_WWW, text)
    assert _matches(_decide._ERROR_CLASS, text) == _matches(_ERROR_CLASS, text)
    low = text.lower()
    assert _matches(_extract._URL_LOW, low) == _matches(_extract._URL, low)


@settings(max_examples=1500, deadline=None)
@given(_TEXTS, st.integers(0, 30), st.integers(0, 30))
def test_boundary_after_letter_matches_as_the_boundary(text: str, start: int, length: int) -> None:
    plain = re.compile(r"contact|\bmail\b|\bsend|\bask\b|\bvisit|\bsee\b|go to|\bschreib|\bécri|e-?mail")
    fast = re.compile(_lists.boundary_after_letter(plain.pattern))
    assert _matches(fast, text) == _matches(plain, text)
    # As `_offered_for_unblocking` asks it: within a window, the characters before the window seen by the boundary.
    end = start + length
    found, expected = fast.search(text, start, end), plain.search(text, start, end)
    assert (found and found.span()) == (expected and expected.span())


def test_boundary_after_letter_leaves_what_it_cannot_move() -> None:
    # A quantified letter, an escape and a boundary that opens no alternative stay as they are.
    for pattern in (r"\bs?end", r"\b\d+", r"a\bb", r"[|\b]x", r"x\b"):
        assert _lists.boundary_after_letter(pattern) == pattern
    assert _lists.boundary_after_letter(r"\bsee\b|x|\bask") == r"s(?<!\ws)ee\b|x|a(?<!\wa)sk"
    # The ask words' alternation is led by a set of first characters now (no alternative opens with "\b").
    assert not re.search(r"(?:^|\|)\\b", _lists._ASK_IN_SENTENCE.pattern)


def test_lead_needles_hold_every_match_of_their_family() -> None:
    # A family ruled out by its lead's needle finds nothing: every match starting with the lead holds the needle
    # at its start. Yahoo's family is the one with needles of its own per lead.
    assert {lead for lead, _ in _codes._LEAD_NEEDLES} == {"[", "("}
    for (lead, i), needle in _codes._LEAD_NEEDLES.items():
        family = _codes._RULES[i]
        for code in family.rule.codes:
            for close in "])":
                text = f"550 5.7.0 {lead}{code.upper().lower()}{close} try later"
                m = family.pattern.search(text)
                if m is not None and text[m.start()] == lead:
                    assert needle.match(text, m.start()) is not None, (lead, code)


@pytest.mark.parametrize("text", [
    "421 4.7.0 [TSS04] Messages from 192.0.2.9 temporarily deferred",
    "421 4.7.0 (TSS04) Messages temporarily deferred",
    "553 5.7.1 [BL21] Connections not accepted from IP addresses on Spamhaus",
    "554 the [ts0x] and (gl0) are no codes",
    "550 5.1.1 <nobody@example.org>: Recipient address rejected",
])
def test_find_codes_as_without_lead_needles(text: str) -> None:
    low = text.lower()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_codes, "_LEAD_NEEDLES", {})
        plain = _codes.find_codes(low, None, set(low.split()))
    assert _codes.find_codes(low, None, set(low.split())) == plain
