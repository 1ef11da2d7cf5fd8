"""The classifier's fast paths give what the plain patterns they stand for give (speed changes only)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bouncelib._classify import _codes
from bouncelib._classify._concepts import _SENTENCE, _WORD, _spelt_out, sentences
from bouncelib._classify._decide import _identifiers
from bouncelib._classify._extract import (
    _DOMAIN_AT,
    _HOST_PATH,
    _LOCAL_CHARS,
    _TLD_SLASH,
    _email_spans,
    _hosts_with_path,
    _statuses,
)
from bouncelib._classify._match import WORD, words_of

# The status pattern as it was written before it was anchored on its "." (the specification).
_PLAIN_STATUS = re.compile(r"([245])\.(\d{1,3})\.(\d{1,3})(?![\w]|\.\d)")


def _plain_statuses(text: str) -> tuple[str, ...]:
    found = []
    for m in _PLAIN_STATUS.finditer(text):
        i = m.start()
        if i and (text[i - 1].isalnum() or text[i - 1] in "._"):
            continue
        status = m.group(0)
        if ".0" in status or not status.isascii():
            status = f"{m.group(1)}.{int(m.group(2))}.{int(m.group(3))}"
        found.append(status)
    return tuple(found)


# Pieces that make statuses, near misses, IPs and versions: "5.1.1", "25.1.1", "5.1.1.1", "x5.1.1".
_STATUS_PIECES = st.sampled_from(
    ["2", "4", "5", "0", "1", "3", ".", " ", "a", "_", "\u0665", "5.", ".0", "#", "\u00e9", "-"]
)


@settings(max_examples=2000)
@given(st.lists(_STATUS_PIECES, max_size=24).map("".join))
def test_statuses_agree_with_the_plain_pattern(text: str) -> None:
    assert _statuses(text) == _plain_statuses(text)


def test_statuses_examples() -> None:
    assert _statuses("550 5.1.1 <a@b>: 5.01.10 and 192.5.1.1, v5.1.1, 4.4.7.") == ("5.1.1", "5.1.10", "4.4.7")
    # The boundary before the class digit, read by the pattern's look-behind: a word character of any
    # script, "_" or "." refuses it; other punctuation does not.
    assert _statuses("\u00e95.1.1 _5.2.2 .5.3.3 -5.4.4 (4.2.2)") == ("5.4.4", "4.2.2")


_URL_PIECES = st.sampled_from([
    "a", "Z", "9", "-", ".", "/", "com", "x.org/", ".de/p", " ", ":", "@", "www", "?q", "_", "é", "<", "a" * 60, "..",
])  # fmt: skip


@settings(max_examples=2000)
@given(st.lists(_URL_PIECES, max_size=20).map("".join))
def test_every_host_with_path_holds_a_top_level_domain_and_slash(text: str) -> None:
    # urls_and_emails runs `_HOST_PATH` only where `_TLD_SLASH` finds something.
    if _HOST_PATH.search(text) is not None:
        assert _TLD_SLASH.search(text) is not None


_PLAIN_IDENTIFIER = re.compile(r"[.:]([A-Z][a-z]+(?:[A-Z][a-z]*)+)")
_IDENTIFIER_PIECES = st.sampled_from([".", ":", "A", "B", "a", "b", " ", "Recip", "NotFound", ".Deliver", "x:Quota"])


@settings(max_examples=2000)
@given(st.lists(_IDENTIFIER_PIECES, max_size=20).map("".join))
def test_identifiers_agree_with_the_one_pattern(text: str) -> None:
    assert _identifiers(text) == _PLAIN_IDENTIFIER.findall(text)


_CODE_PIECES = st.sampled_from([
    "ib", "103", "bl", "000010", "x", "_", " ", "-", ":", "ofr006", "_102", "rcp", "-p1", "con", "dt", ":abc", "cxbl",
    "\u00e9", "1", "rtr", "ab",
])  # fmt: skip


@settings(max_examples=2000)
@given(st.lists(_CODE_PIECES, max_size=16).map("".join))
def test_word_start_families_find_what_their_patterns_find(text: str) -> None:
    for family in _codes._RULES:
        expected = [m.group(1) for m in re.finditer(family.rule.pattern, text)]
        assert _codes._codes_of(family, text) == expected, family.rule.family


def _plain_email_spans(text: str) -> list[tuple[int, int]]:
    # The character-by-character walk back from each "@" that `_email_spans` does with `str.rstrip`.
    spans = []
    at = text.find("@")
    while at > 0:
        m = _DOMAIN_AT.match(text, at)
        start = at
        while start > 0 and at - start < 64 and text[start - 1] in _LOCAL_CHARS:
            start -= 1
        if m and start < at:
            spans.append((start, m.end()))
            at = text.find("@", m.end())
        else:
            at = text.find("@", at + 1)
    return spans


_ADDRESS_PIECES = st.sampled_from(["a", "B", "9", ".", "+", "=", "-", "_", " ", "<", "@", "x.org", "a" * 30, "\u00e9"])


@settings(max_examples=2000)
@given(st.lists(_ADDRESS_PIECES, max_size=24).map("".join))
def test_email_spans_agree_with_the_plain_walk(text: str) -> None:
    assert _email_spans(text) == _plain_email_spans(text)


_WORD_PIECES = st.sampled_from([
    "a", "Z", "9", "_", " ", ".", ". ", ";", "\n", "-", "'", "\u2019", "é", "ß", "ж", "«", "»", "–", "\u00a0", "\u3000",
    "٣", "\u0301", "·", "\u2028", "n't",
])  # fmt: skip


@settings(max_examples=3000)
@given(st.lists(_WORD_PIECES, max_size=24).map("".join))
def test_words_of_any_text_are_the_word_pattern_s(text: str) -> None:
    assert words_of(text) == set(WORD.findall(text))


@settings(max_examples=3000)
@given(st.lists(_WORD_PIECES, max_size=24).map("".join))
def test_sentences_of_any_text_are_the_word_pattern_s(text: str) -> None:
    # Without Han, kana or Hangul: each sentence's words are the runs of letters and digits (`_WORD`).
    spelt = _spelt_out(text) if "n't" in text or "n\u2019t" in text else text
    parts = _SENTENCE.split(spelt.replace("'", " ").replace("\u2019", " "))
    plain = [words for part in parts if (words := _WORD.findall(part))]
    assert sentences(text) == plain


@settings(max_examples=3000)
@given(st.lists(_URL_PIECES, max_size=24).map("".join))
def test_hosts_with_path_are_the_host_path_pattern_s(text: str) -> None:
    expected = [m.span() for m in _HOST_PATH.finditer(text)]
    assert [m.span() for m in _hosts_with_path(text)] == expected


def test_concept_terms_found_once_read_by_both_rule_sets() -> None:
    # The fallback pairs read the terms the first concept step found (Evidence.terms): what they find
    # must be what reading the text afresh with the fallback rules finds.
    from bouncelib._classify._concepts import concept_reasons
    from bouncelib._classify._decide import Evidence, _concept_hits, concept_text
    from bouncelib._classify._extract import extract

    texts = [
        "550 5.7.1 HTML mail is not accepted here",
        "550 Recipient address rejected: RecipNotFound. User unknown; mailbox disabled",
        "554 the message was refused for some reason. Your mail is spam! Message content rejected",
        "552 5.2.2 mailbox storage exhausted; over quota",
    ]
    for text in texts:
        facts = extract(text.lower(), 16384)
        ev = Evidence(facts, words_of(facts.low), 550, None, None, None, None, None, None, (), [])
        assert _concept_hits(ev) == concept_reasons(concept_text(ev))
        assert _concept_hits(ev, fallback=True) == concept_reasons(concept_text(ev), fallback=True)
        assert len(ev.terms) == 1


_START_PIECES = st.sampled_from([
    "ib", "cx", "cxb", "rly", "dns", "ofr", "wm", "a", "1", "_", " ", "-", ".", "[", "\u00e9", "\u00ab", "x", "rc",
])  # fmt: skip


@settings(max_examples=2000)
@given(st.lists(_START_PIECES, max_size=20).map("".join))
def test_code_word_starts_found_in_the_text_are_those_of_the_joined_words(text: str) -> None:
    # The plain form: the reply's words (a set) joined by spaces, scanned for the families' starts.
    plain = set(_codes._WORD_STARTS.findall(" " + " ".join(words_of(text))))
    assert set(_codes._starts_found(text, words_of(text))) == plain
