"""Journal input gives the same events as the same lines read from a text log, with exact timestamps."""

from __future__ import annotations

import io
import json
import struct
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bouncelib
from bouncelib._log.journal import JournalRecord

CORPUS = Path(__file__).resolve().parent.parent.parent / "corpus" / "postfix"
# (program, message) pairs of the corpus's Postfix lines: what a journal entry's SYSLOG_IDENTIFIER and MESSAGE hold.
POOL = sorted({
    (rec.program, rec.raw.partition("]: ")[2])
    for name in ("queue-story", "delivery", "rejects", "sessions", "misc", "postscreen")
    for rec in bouncelib.read_log(CORPUS / f"{name}.log", year=2025, tz="UTC", kinds="all")
})  # fmt: skip
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

entries = st.lists(
    st.tuples(
        st.sampled_from(POOL),
        st.integers(min_value=0, max_value=10**6),  # microseconds after the previous entry
        st.integers(min_value=1, max_value=4_194_304),  # pid
        st.sampled_from(["mx", "mx1.example.net", "relay-2"]),
    ),
    min_size=1,
    max_size=30,
)


def _export(fields: dict[str, str]) -> bytes:
    out = b""
    for key, value in fields.items():
        data = value.encode()
        if key == "MESSAGE" and len(data) % 3 == 0:  # some messages in the binary field form
            out += b"MESSAGE\n" + struct.pack("<Q", len(data)) + data + b"\n"
        else:
            out += key.encode() + b"=" + data + b"\n"
    return out + b"\n"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entries, st.integers(min_value=1_500_000_000 * 10**6, max_value=1_900_000_000 * 10**6))
def test_journal_gives_the_events_of_the_same_text_lines(items: list[tuple[tuple[str, str], int, int, str]],
                                                         start: int) -> None:  # fmt: skip
    text_lines: list[str] = []
    json_lines: list[str] = []
    export = b""
    stamps: list[datetime] = []
    us = start
    for (program, message), gap, pid, host in items:
        us += gap
        when = EPOCH + timedelta(microseconds=us)
        stamps.append(when)
        text_lines.append(f"{when.isoformat(timespec='microseconds')} {host} {program}[{pid}]: {message}")
        fields = {"__REALTIME_TIMESTAMP": str(us), "_HOSTNAME": host, "SYSLOG_IDENTIFIER": program,
                  "_PID": str(pid), "MESSAGE": message}  # fmt: skip
        json_lines.append(json.dumps(fields))
        export += _export(fields)
    text = bouncelib.read_log(text_lines, kinds="all")
    expected = list(text)
    for journal in (io.BytesIO(export), io.BytesIO(("\n".join(json_lines) + "\n").encode())):
        reader = bouncelib.read_log(journal, kinds="all")
        got = list(reader)
        assert got == expected  # every field, raw line included
        assert all(type(r) is JournalRecord for r in got)
        assert all(r.to_record()["source"] == "journal" for r in got)
        assert reader.stats.as_dict() == text.stats.as_dict()
    # Exact instants: the microsecond of __REALTIME_TIMESTAMP, in UTC, no year rule involved.
    assert [r.timestamp for r in expected] == stamps
    assert not any(r.year_inferred for r in expected)
