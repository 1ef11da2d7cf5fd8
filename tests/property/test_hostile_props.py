"""Hostile input, every entry point: generated and MUTATED corpus inputs never raise and give valid models.

Mutations mimic what transport and storage do to mail and logs: truncation, flipped bytes, spliced
files, inserted and deleted runs, duplicated segments and rewritten line endings.  Properties:

* `parse_reply`, `parse_message`, `read_mailbox`, `parse_log_line`, `read_log`: no exception;
* the result is a valid model whose JSON reads back equal, and whose flat record has the shared keys
  and serialises to JSON;
* `read_log`: every line is accounted for, ``lines == records + unrecognised + not_postfix``, and
  with ``kinds="all"`` every record and unrecognised line is yielded.
"""

from __future__ import annotations

import io
import json
import math
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import bouncelib
from bouncelib._output import jsonable

ROOT = Path(__file__).resolve().parents[2] / "corpus"
MAILS = sorted(p for p in (ROOT / "dsn").glob("*/*.eml")) + sorted((ROOT / "malformed" / "mail").glob("*.eml"))
MAIL_SEEDS = [p.read_bytes() for p in MAILS[::3]]  # a third of them keeps the draws varied and cheap
LOG_LINES = [
    line
    for p in sorted((ROOT / "postfix").glob("*.log")) + sorted((ROOT / "malformed" / "log").glob("*.log"))
    for line in p.read_bytes().decode("utf-8", "replace").splitlines()
    if line.strip()
]
REPLIES = [
    json.loads(line)["text"]
    for p in sorted((ROOT / "replies").glob("*.jsonl"))
    for line in p.read_text("utf-8").splitlines()
    if line.strip() and "text" in json.loads(line)
][::4]

# 40 examples a test in the suite; BOUNCELIB_HYPOTHESIS_EXAMPLES=2000 for a longer hunt (docs/robustness.md).
SETTINGS = settings(
    max_examples=int(os.environ.get("BOUNCELIB_HYPOTHESIS_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


# -- mutations ------------------------------------------------------------------------------------------


@st.composite
def mutated(draw: st.DrawFn, seeds: list[bytes], max_steps: int = 4) -> bytes:
    """A seed after 1..max_steps mutations (truncate, flip, splice, insert, delete, duplicate, endings)."""
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, max_steps))):
        op = draw(st.sampled_from(["truncate", "flip", "splice", "insert", "delete", "duplicate", "endings"]))
        n = len(data)
        i = draw(st.integers(0, n))
        if op == "truncate":
            del data[i:]
        elif op == "flip" and n:
            j = min(i, n - 1)
            data[j] ^= draw(st.integers(1, 255))
        elif op == "splice":
            other = draw(st.sampled_from(seeds))
            data[i:] = other[draw(st.integers(0, len(other))) :]
        elif op == "insert":
            tokens = st.sampled_from([b"\x00", b"\r", b"\n\n", b"=?", b"--", b"(", b")"])
            data[i:i] = draw(st.binary(min_size=1, max_size=64) | tokens)
        elif op == "delete":
            del data[i : i + draw(st.integers(1, 200))]
        elif op == "duplicate":
            j = draw(st.integers(i, min(n, i + 500)))
            data[j:j] = data[i:j]
        elif op == "endings":
            data = bytearray(bytes(data).replace(b"\n", draw(st.sampled_from([b"\r", b"\r\n", b"\n\r"]))))
    return bytes(data)


def _texts(seeds: list[str]) -> st.SearchStrategy[str]:
    encoded = [s.encode("utf-8") for s in seeds]
    return mutated(encoded).map(lambda b: b.decode("utf-8", "replace"))


# Text including lone surrogates and NULs: what a str can hold, not only what UTF-8 can.
ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=300)


# -- checks ---------------------------------------------------------------------------------------------


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _round_trip(model: Any) -> None:
    assert type(model).model_validate_json(model.model_dump_json()) == model


def _record_ok(rec: dict[str, Any]) -> None:
    assert set(rec) >= set(bouncelib.RECORD_KEYS)
    json.dumps({k: jsonable(v) for k, v in rec.items()})
    for v in rec.values():
        assert not (isinstance(v, float) and not math.isfinite(v)), rec


def _report_ok(report: bouncelib.BounceReport) -> None:
    assert isinstance(report, bouncelib.BounceReport)
    _round_trip(report)
    for ev in report.recipients:
        _record_ok(ev.to_record())


def _log_record_ok(line: str, rec: Any) -> None:
    if rec is None:
        return
    assert rec.raw == line
    if not _encodable(line):  # kept as given; read_log decodes with errors="replace" so never meets this
        return
    model = rec.to_model()
    _round_trip(model)
    _record_ok(rec.to_record())


# -- parse_reply ----------------------------------------------------------------------------------------


@SETTINGS
@given(st.one_of(ANY_TEXT, _texts(REPLIES)))
def test_parse_reply_total(text: str) -> None:
    reply = bouncelib.parse_reply(text)
    assert reply.text == text  # kept untouched, lone surrogates included
    if _encodable(text):  # JSON holds only valid Unicode: a lone surrogate cannot be written (documented)
        _round_trip(reply)
        _record_ok(reply.to_record())


# -- parse_message / read_mailbox -----------------------------------------------------------------------


@SETTINGS
@given(mutated(MAIL_SEEDS))
def test_parse_message_mutated_bytes(data: bytes) -> None:
    _report_ok(bouncelib.parse_message(data))


@SETTINGS
@given(mutated(MAIL_SEEDS, max_steps=2), st.sampled_from(["surrogateescape", "replace", "latin-1"]))
def test_parse_message_mutated_text(data: bytes, how: str) -> None:
    text = data.decode("latin-1") if how == "latin-1" else data.decode("utf-8", how)
    _parse_str_ok(text)


@SETTINGS
@given(ANY_TEXT)
def test_parse_message_any_str(text: str) -> None:
    _parse_str_ok(text)


def _parse_str_ok(text: str) -> None:
    """A str is message text, except a one-line str without a header field: refused as a mistaken path."""
    if text.strip() and "\n" not in text and "\r" not in text and ": " not in text:
        with pytest.raises(bouncelib.InputError, match=r"pass pathlib\.Path"):
            bouncelib.parse_message(text)
        return
    _report_ok(bouncelib.parse_message(text))


@SETTINGS
@given(st.lists(mutated(MAIL_SEEDS, max_steps=2), min_size=1, max_size=4))
def test_read_mailbox_mutated(messages: list[bytes]) -> None:
    # Messages whose own lines could pass for separators would legitimately split further.
    assume(not any(b"\nFrom " in m or m.startswith(b"From ") for m in messages))
    sep = b"From MAILER-DAEMON Tue Mar  3 09:14:07 2026\n"
    mbox = b"".join(sep + m.replace(b"\r", b"") + b"\n\n" for m in messages)
    reports = list(bouncelib.read_mailbox(io.BytesIO(mbox)))
    assert len(reports) == len(messages)  # one report per message, none dropped, none merged
    for r in reports:
        _report_ok(r)


# -- parse_log_line / read_log --------------------------------------------------------------------------


@SETTINGS
@given(st.one_of(ANY_TEXT, _texts(LOG_LINES)))
def test_parse_log_line_total(line: str) -> None:
    _log_record_ok(line, bouncelib.parse_log_line(line))
    _log_record_ok(line, bouncelib.parse_log_line(line, year=2026, tz="Europe/Berlin"))


@SETTINGS
@given(st.lists(st.one_of(_texts(LOG_LINES), ANY_TEXT), max_size=30), st.booleans())
def test_read_log_accounting(lines: list[str], correlate: bool) -> None:
    # One item, one line: the reader splits items holding newlines (documented), so keep them out here.
    lines = [ln.replace("\n", " ").replace("\r", " ") for ln in lines]
    reader = bouncelib.read_log(iter(lines), year=2026, tz="UTC", kinds="all", correlate=correlate)
    records = list(reader)
    st_ = reader.stats
    assert st_.lines == len(lines)
    assert st_.lines == st_.records + st_.unrecognised + st_.not_postfix
    assert len(records) == st_.records + st_.unrecognised
    for rec in records:
        _log_record_ok(rec.raw, rec)


@SETTINGS
@given(mutated([("\n".join(LOG_LINES[i : i + 8]) + "\n").encode() for i in range(0, len(LOG_LINES), 8)]))
def test_read_log_mutated_file(data: bytes) -> None:
    # Bytes as a file holds them: invalid UTF-8, NULs, any line endings.  Count the lines as the reader
    # defines them (LF, CRLF or a lone CR ends a line; a last line without one still counts).
    reader = bouncelib.read_log(io.BytesIO(data), year=2026, tz="UTC", kinds="all")
    records = list(reader)
    st_ = reader.stats
    flat = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    expected = flat.count(b"\n") + (0 if not flat or flat.endswith(b"\n") else 1)
    assert st_.lines == expected
    assert st_.lines == st_.records + st_.unrecognised + st_.not_postfix
    assert len(records) == st_.records + st_.unrecognised
