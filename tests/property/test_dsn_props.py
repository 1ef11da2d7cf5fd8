"""Properties of parse_message: never raises, bounded time, JSON round trip of every event."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bouncelib import BounceReport, DsnEvent, parse_message
from bouncelib._output import jsonable

CASES = sorted((Path(__file__).resolve().parents[2] / "corpus" / "dsn").glob("*/*.eml"))
SAMPLES = [p.read_bytes() for p in CASES[:40]]

_settings = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(data: bytes) -> BounceReport:
    report = parse_message(data)
    # Every event survives a JSON round trip, as a model and as a flat record.
    for ev in report.recipients:
        assert DsnEvent.model_validate_json(ev.model_dump_json()) == ev
        json.dumps({k: jsonable(v) for k, v in ev.to_record().items()})
    assert BounceReport.model_validate_json(report.model_dump_json()) == report
    return report


@_settings
@given(st.binary(max_size=3000))
def test_arbitrary_bytes(data: bytes) -> None:
    _check(data)


@_settings
@given(st.sampled_from(SAMPLES), st.data())
def test_truncated_corpus_messages(raw: bytes, data: st.DataObject) -> None:
    cut = data.draw(st.integers(min_value=0, max_value=len(raw)))
    _check(raw[:cut])


@_settings
@given(st.sampled_from(SAMPLES), st.binary(min_size=1, max_size=50), st.data())
def test_corrupted_corpus_messages(raw: bytes, junk: bytes, data: st.DataObject) -> None:
    at = data.draw(st.integers(min_value=0, max_value=len(raw)))
    _check(raw[:at] + junk + raw[at:])


@_settings
@given(st.integers(min_value=1, max_value=400))
def test_deep_nesting(depth: int) -> None:
    head = b""
    for i in range(depth):
        head += f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n'.encode()
    head += b"Content-Type: message/delivery-status\n\nFinal-Recipient: rfc822; a@example.org\nStatus: 5.1.1\n"
    _check(b"From: MAILER-DAEMON@example.com\nSubject: Undelivered Mail\nMIME-Version: 1.0\n" + head)


@_settings
@given(st.sampled_from([b"\n", b"\r\n", b"\r"]), st.integers(min_value=1, max_value=200_000))
def test_huge_lines_and_bodies(nl: bytes, size: int) -> None:
    body = b"x" * size
    msg = nl.join([b"From: MAILER-DAEMON@example.com", b"Subject: Undelivered Mail Returned to Sender", b"", body])
    _check(msg)


def test_message_rfc822_loops_are_bounded() -> None:
    # 2,000 nested message/rfc822 parts: the splitter stops descending at its depth limit.
    msg = b"Content-Type: message/rfc822\n\n" * 2000 + b"Subject: x\n\nbody\n"
    assert parse_message(msg).recipients == ()


_HEADS = (
    b"From: MAILER-DAEMON@example.com\nSubject: Undelivered Mail Returned to Sender\n\n"
    b"This is the mail system at host x.\n\n<a@example.org>: ",
    b"From: Mail Delivery System <Mailer-Daemon@example.com>\nSubject: Mail delivery failed\n"
    b"X-Failed-Recipients: a@example.org\n\nThe following address(es) failed:\n\n  a@example.org\n    ",
    b"From: MAILER-DAEMON@example.com\nSubject: failure notice\n\n"
    b"Hi. This is the qmail-send program at x.\n\n<a@b.c>:\n",
    b"From: x@example.com\nSubject: Returned mail: see transcript\n\n   ----- Transcript of session follows -----\n",
)
_FILL = (b"<", b" ", b"a@", b"(", b"550 ", b"5.1.1 ", b"-", b"[", b">>> RCPT To:<", b"  x@y.z\n    ")


@pytest.mark.parametrize("head", _HEADS)
@pytest.mark.parametrize("fill", _FILL)
def test_pathological_repetitions_finish(head: bytes, fill: bytes) -> None:
    # Each detector's patterns are linear in the line length: 100k-character runs of what
    # they look for must not make any of them backtrack (a hang fails the suite's time limit).
    _check(head + fill * (100_000 // len(fill)) + b"\n")
