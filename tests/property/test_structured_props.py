"""Structure-aware fuzzing (issue 13): valid Postfix lines and DSN fields, one field at an extreme, never raise.

Bounded for CI by ``BOUNCELIB_HYPOTHESIS_EXAMPLES`` (default 60 examples per test); ``fuzz/fuzz_structured.py``
runs the same strategies for a given time.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings

import bouncelib
from bouncelib._output import jsonable

sys.path.insert(0, str(Path(__file__).resolve().parent))
from structured import dsn_message, postfix_line

SETTINGS = settings(
    max_examples=int(os.environ.get("BOUNCELIB_HYPOTHESIS_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)


def check_line(line: str) -> None:
    """A line gives None or a record that exports to JSON, and read_log accounts for it."""
    rec = bouncelib.parse_log_line(line, year=2025, tz="UTC")
    if rec is not None:
        json.dumps({k: jsonable(v) for k, v in rec.to_record().items()})
        assert rec.relay_port is None or 0 <= rec.relay_port <= 65535  # as written; never more than 5 digits
    reader = bouncelib.read_log([line], kinds="all", year=2025, tz="UTC")
    out = list(reader)
    s = reader.stats
    assert s.lines == s.records + s.unrecognised + s.not_postfix
    assert len(out) == s.records + s.unrecognised


def check_message(raw: bytes) -> None:
    """A message gives a report whose records export to JSON, with one verdict per event."""
    report = bouncelib.parse_message(raw)
    for ev in report.recipients:
        assert ev.reply.reason == ev.reason
        assert ev.reply.hard_bounce == ev.hard_bounce
    json.dumps([{k: jsonable(v) for k, v in r.items()} for r in report.to_records()])


@SETTINGS
@given(postfix_line())
def test_postfix_line_with_one_extreme_field(line: str) -> None:
    check_line(line)


@SETTINGS
@given(dsn_message())
def test_dsn_with_one_extreme_field(raw: bytes) -> None:
    check_message(raw)
