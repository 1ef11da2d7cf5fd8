"""Round 55 (r55speed): the general reader's work grows linearly with a notice that names one address over and over.

Two things made it quadratic: each mention of an address asked whether its domain stands alone somewhere in the
notice (a question that reads the whole text), and each mention of a recipient was read down to the next line naming
another recipient. The answers are now kept per domain, and only a recipient's first `_MAX_MENTIONS` mentions are
read. These tests check that neither changes a reading; the time itself is bench material, not a test.
"""

from __future__ import annotations

from general_reading import PLAIN_HEAD, reading
from hypothesis import given
from hypothesis import strategies as st

from bouncelib._dsn.general._recipients import _MAX_MENTIONS, Mention, _chosen, _Text, _whole_word

_WORDS = st.sampled_from(["example.net", "a@example.net", "mx.example.net", "example.netx", "example.net.", " ", "\n"])


@given(st.lists(_WORDS, max_size=12), st.sampled_from(["example.net", "example.ne", "mx.example.net"]))
def test_kept_answers_are_the_answers(words: list[str], domain: str) -> None:
    lines = tuple("".join(words).split("\n"))
    text = _Text(lines)
    expected = _whole_word(domain, "\n".join(lines).lower())
    assert text.whole_word(domain) is expected
    assert text.whole_word(domain) is expected  # asked again: the kept answer


def test_a_recipient_keeps_its_first_mentions_only() -> None:
    mentions = [Mention(i, 2, 15, "bob@example.net", True, True) for i in range(1000)]
    mentions.append(Mention(1000, 2, 15, "eve@example.net", True, True))
    chosen = _chosen(mentions)
    assert list(chosen) == ["bob@example.net", "eve@example.net"]
    assert [m.line for m in chosen["bob@example.net"].mentions] == list(range(_MAX_MENTIONS))
    assert len(chosen["eve@example.net"].mentions) == 1


def test_a_recipient_named_thousands_of_times_keeps_its_reply() -> None:
    # The reply stands at the first mention; the thousands of repeats below it change nothing.
    body = "The following address failed:\n\n  bob@example.net\n    550 5.1.1 mailbox unknown\n\n"
    body += "  bob@example.net\n" * 3000
    got = reading((PLAIN_HEAD + body).encode(), failures_only=True)
    assert got == [("bob@example.net", "failed", "userunknown")]
