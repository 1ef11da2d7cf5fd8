"""Round r82speed: the provider formats' faster forms, and the patterns `skipping` regroups, give what the patterns
as written give (speed only)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bouncelib._classify import _codes, _lists
from bouncelib._classify._match import skipping

_PIECES = st.sampled_from([
    "5.7.1", "4.7.133", "5.7.750", "5.2.121", "5.3.190", "5.4.1", "45", "4", "5", ".", "0", "1", "7", "12", "750",
    "x", " ", "v", "-", "e-mail rejected spam", "e-mail rejected content", "spam ip rejected", "spam body rejected",
    "virus e-mail blocked", "a", "_", "recipient address rejected: access denied", "recipients addresses rejected",
    "\u00e9", "\n", "550 ",
])  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
def test_long_formats_start_where_their_patterns_start(text: str) -> None:
    # Each long format as `find_provider` runs it (its leading boundaries off, checked at each match; a leading
    # look-behind moved behind the character it stands before) starts where the pattern as written starts.
    for index, _pid, _literals, pattern, at_word in _codes._LONG_FORMATS:
        plain = re.search(_codes._FORMATS[index][2].pattern, text)
        start = _codes._first_at_word(pattern, text) if at_word else _codes._first(pattern, text)
        assert start == (plain.start() if plain else -1), (_codes._FORMATS[index][0], text)


def test_the_forms_rewritten() -> None:
    formats = {_codes._FORMATS[i][2].pattern: (pattern.pattern, at_word)
               for i, _pid, _lits, pattern, at_word in _codes._LONG_FORMATS}  # fmt: skip
    hornet = r"\be-mail rejected (?:spam|content)\b|\bspam (?:ip|header|link|body) rejected\b|\bvirus e-mail blocked\b"
    if hornet in formats:  # (the table's own rows: the form each takes)
        assert formats[hornet] == (hornet.replace(r"|\b", "|").removeprefix(r"\b"), True)
    assert _codes._without_leading_boundary(r"\ba|\bb[|)]|\bc") == r"a|b[|)]|c"
    assert _codes._without_leading_boundary(r"\ba|b") is None  # a branch without one
    assert _codes._without_leading_boundary(r"\ba(?:x|\by)") == r"a(?:x|\by)"  # only the top level's
    assert _codes._without_leading_boundary(r"(?:\ba|\b[]|)])z") == r"(?:a|[]|)])z"
    assert _codes._lead_first(r"(?<![0-9.])[45]\.x") == r"[45](?<![0-9.][45])\.x"
    assert _codes._lead_first(r"(?<![0-9.])5\.4") == r"5(?<![0-9.]5)\.4"
    assert _codes._lead_first(r"(?<![0-9.])\d") == r"(?<![0-9.])\d"  # not a set or a letter: as written


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="45.0a ", max_size=12), st.sampled_from(["[45]", "5", "[0-9]", "a"]))
def test_look_behind_behind_its_character(text: str, lead: str) -> None:
    plain = re.compile(rf"(?<![0-9.]){lead}")
    led = re.compile(_codes._lead_first(plain.pattern))
    assert [m.span() for m in led.finditer(text)] == [m.span() for m in plain.finditer(text)]


def _all_matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    # The match found from every position (a search from each start, as `_sender_spans` and the windows search).
    return [(m.span(), m.groups()) for pos in range(len(text) + 1) if (m := pattern.search(text, pos)) is not None]


_WORDING_PIECES = st.sampled_from([
    "dmarc", "policy", "for", "spf", "dkim", "check", "record", "signature", "of", "domain", "e-mail", "email", "mail",
    "from", "messages", "send", "sending", "sent", "by", "come", "coming", "relayed", "attempted", "envelope",
    "sender", "sender's", "header", "address", "name", "is", "your", "own", "host", "you are", "impersonating",
    "another", "server", "not", "allowed", "<x@", "gmail.com", "[yahoo.com]", "unblock", "de-list", "delist",
    "white-list", "to be removed", "removal", "request", "requesting", "removed", "this block", "our block", "blocks",
    "annuler", "cancel·lar", "cancellare", "dra tillbaka", "trække", "tilbage", "取り消す", "取消", "[ts", "(as",
    "as(", ".7.", "5.7.1", "reject", "rejected:", "go to", "visit", "google", "x", "-", ":",
])  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.tuples(_WORDING_PIECES, st.sampled_from([" ", "", "  ", "-", ", ", "\n"])), max_size=12).map(
    lambda parts: "".join(p + s for p, s in parts)))
def test_skipping_forms_match_as_written(text: str) -> None:
    # Each pattern `skipping` regrouped (its source kept as written beside it) finds what the source finds.
    for compiled, written in ((_codes._SENDER_DOMAIN, _codes._SENDER_DOMAIN_WRITTEN),
                              (_lists._UNBLOCK_PURPOSE, _lists._UNBLOCK_WRITTEN),
                              (_lists._WITHDRAW_WORDS, _lists._WITHDRAW_WRITTEN),
                              (_codes._ANY_FORMAT_LITERAL, _codes._ANY_FORMAT_LITERAL_WRITTEN)):
        assert _all_matches(compiled, text) == _all_matches(re.compile(written), text), written[:40]


def test_skipping_a_leading_alternation() -> None:
    # With `head`, the alternation opening a pattern is grouped by first letters and what follows is kept.
    plain = re.compile(r"(?:sent by|sender is|seen from|(?:your|our) domain) ([a-z.]+)")
    grouped = skipping(plain, head=True)
    assert grouped is not plain
    assert skipping(plain) is plain  # (without `head`: only a whole alternation)
    for text in ("mail sent by a.org", "the sender is b.net, seen from c.com", "our domain d.de", "sen x", ""):
        assert _all_matches(grouped, text) == _all_matches(plain, text)
