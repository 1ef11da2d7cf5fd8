"""Properties of the log reader: feeding style never changes the events; garbage never crashes it."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bouncelib import parse_log_line, read_log
from bouncelib._io import iter_lines

CORPUS = Path(__file__).resolve().parent.parent.parent / "corpus" / "postfix"
POOL = [
    line
    for name in ("queue-story", "delivery", "rejects", "sessions", "misc", "postscreen", "prefixes", "rollover")
    for line in (CORPUS / f"{name}.log").read_text(encoding="utf-8").splitlines()
]
OPTS = {"year": 2025, "tz": "Europe/Berlin", "kinds": "all"}


def _events(source: object) -> tuple[list[object], dict[str, object]]:
    reader = read_log(source, **OPTS)  # type: ignore[arg-type]
    return list(reader), reader.stats.as_dict()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lines=st.lists(st.sampled_from(POOL), min_size=1, max_size=40),
    cut=st.integers(min_value=0, max_value=40),
    chunk=st.integers(min_value=1, max_value=300),
)
def test_whole_line_by_line_or_split_give_the_same_events(lines: list[str], cut: int, chunk: int) -> None:
    text = "\n".join(lines) + "\n"
    whole = _events(io.BytesIO(text.encode()))
    assert _events(iter(lines)) == whole
    assert _events(iter_lines(io.BytesIO(text.encode()), chunk_size=chunk)) == whole
    cut = min(cut, len(lines))
    with tempfile.TemporaryDirectory() as tmp:
        first, second = Path(tmp) / "mail.log.1", Path(tmp) / "mail.log"
        first.write_text("".join(line + "\n" for line in lines[:cut]), encoding="utf-8")
        second.write_text("".join(line + "\n" for line in lines[cut:]), encoding="utf-8")
        assert _events([first, second]) == whole
    stats = whole[1]
    assert stats["lines"] == stats["records"] + stats["unrecognised"] + stats["not_postfix"] == len(lines)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_parse_log_line_never_raises(text: str) -> None:
    rec = parse_log_line(text)
    if rec is not None:
        assert rec.raw == text
        rec.to_record()


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(POOL), st.binary(max_size=200).map(lambda b: b.decode("latin-1"))),
                max_size=30))  # fmt: skip
def test_accounting_holds_for_any_input(lines: list[str]) -> None:
    data = b"".join(line.encode("utf-8", "surrogateescape") + b"\n" for line in lines if not {"\n", "\r"} & set(line))
    reader = read_log(io.BytesIO(data), kinds="all", year=2025, tz="UTC")
    records = list(reader)
    s = reader.stats
    assert s.lines == data.count(b"\n")
    assert s.lines == s.records + s.unrecognised + s.not_postfix
    assert len(records) == s.records + s.unrecognised
