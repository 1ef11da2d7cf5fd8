"""parse_reply never raises, stays fast on hostile text, and every Reply survives JSON."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bouncelib import parse_reply
from bouncelib.models import Reply

# Text that looks like replies: codes, statuses, the words and punctuation the patterns anchor on.
_TOKENS = st.sampled_from([
    "550", "550-", "5.1.1", "4.7.0", "host", "said:", "mx.example.org[192.0.2.1]", "(in reply to RCPT TO command)",
    "blocked using", "zen.spamhaus.org", "https://www.spamhaus.org/query/ip/192.0.2.1", "delist@example.net",
    "<nobody@example.org>", "user unknown", "mailbox full", "[TSS04]", "OFR_417", "*", "(", ")", "[", "]", ";",
    "@", "://", "é", "ユーザー", "\r\n", " ", "\t", "IP=192.0.2.1", "(BL)", "c=bip", "ib103", "- gsmtp",
])
_REPLYISH = st.lists(_TOKENS, max_size=40).map(" ".join)
_HINTS = st.fixed_dictionaries({}, optional={
    "status": st.one_of(st.none(), st.text(max_size=12), st.sampled_from(["5.1.1", "4.0.0", "5.0.911", "2.0.0"])),
    "smtp_code": st.one_of(st.none(), st.integers(min_value=-1000, max_value=1000)),
    "smtp_command": st.one_of(st.none(), st.text(max_size=12), st.sampled_from(["RCPT TO", "end of DATA"])),
    "remote_host": st.one_of(st.none(), st.text(max_size=30)),
    "remote_ip": st.one_of(st.none(), st.text(max_size=30)),
    "action": st.one_of(st.none(), st.sampled_from(["failed", "delayed", "delivered", "bogus"])),
})


def _roundtrip(r: Reply) -> None:
    again = Reply.model_validate_json(r.model_dump_json())
    assert again == r
    assert set(r.to_record()) >= {"reason", "delist", "text"}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400), _HINTS)
def test_any_text_any_hints(text: str, hints: dict[str, object]) -> None:
    r = parse_reply(text, **hints)  # type: ignore[arg-type]
    assert r.text == text
    _roundtrip(r)


@settings(max_examples=300, deadline=None)
@given(_REPLYISH, _HINTS)
def test_replyish_text(text: str, hints: dict[str, object]) -> None:
    _roundtrip(parse_reply(text, **hints))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "a" * 1_000_000,
        "550-" * 200_000,
        "@" * 300_000,
        "a@" * 200_000,
        "http://" + "a" * 500_000,
        "host " * 200_000,
        ("user " * 50_000) + "unknown",
        "5." * 300_000,
        "[" * 300_000,
        "x" * 20_000 + "@" + "a" * 20_000 + "." + "b" * 20_000,
        "blocked using " + "a." * 200_000,
    ],
    ids=lambda t: f"{t[:12]!r}x{len(t)}",
)
def test_adversarial_input_is_bounded(text: str) -> None:
    start = time.perf_counter()
    r = parse_reply(text)
    # Generous: the point is "not catastrophic", not a benchmark (bench/bench_reply.py measures speed).
    assert time.perf_counter() - start < 2.0
    assert r.text == text
