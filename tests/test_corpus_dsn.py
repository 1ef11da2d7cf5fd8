"""Every corpus email under corpus/dsn/<format>/ gives exactly the events written beside it.

The sidecar ``<case>.expected.jsonl`` is reviewed truth (see corpus/dsn/README.md); the
emails under corpus/negative/ must come out as "not a bounce" with no events.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bouncelib import RECORD_KEYS, BounceKind, parse_message
from bouncelib._output import jsonable

ROOT = Path(__file__).resolve().parent.parent / "corpus"
CASES = sorted((ROOT / "dsn").glob("*/*.eml"))
NEGATIVE = sorted((ROOT / "negative").glob("*.eml"))


def _records(path: Path) -> list[dict[str, Any]]:
    return [{k: jsonable(v) for k, v in rec.items()} for rec in parse_message(path).to_records()]


def _sidecar(eml: Path) -> Path:
    return eml.with_name(eml.name.removesuffix(".eml") + ".expected.jsonl")


@pytest.mark.parametrize("eml", CASES, ids=[f"{p.parent.name}/{p.stem}" for p in CASES])
def test_corpus_case(eml: Path) -> None:
    side = _sidecar(eml)
    assert side.exists(), f"no expected events beside {eml.name}: run corpus/dsn/regen.py and review"
    expected = [json.loads(line) for line in side.read_text(encoding="utf-8").splitlines() if line.strip()]
    got = _records(eml)
    assert len(got) == len(expected)
    for g, e in zip(got, expected, strict=True):
        assert set(g) == set(RECORD_KEYS)
        # Compare key by key so a failure names the field.
        assert {k: g[k] for k in e} == e


@pytest.mark.parametrize("eml", CASES, ids=[f"{p.parent.name}/{p.stem}" for p in CASES])
def test_corpus_case_line_endings(eml: Path) -> None:
    """CRLF and CR-only copies of every case give the same events as the LF original."""
    raw = eml.read_bytes().replace(b"\r\n", b"\n")
    base = [r | {"text": None} for r in parse_message(raw).to_records()]
    for nl in (b"\r\n", b"\r"):
        other = [r | {"text": None} for r in parse_message(raw.replace(b"\n", nl)).to_records()]
        assert other == base


def test_corpus_has_cases() -> None:
    # Issue 4: at least 60 cases over at least 25 formats, the motivating case among them.
    assert len(CASES) >= 60
    assert len({p.parent.name for p in CASES}) >= 25
    assert (ROOT / "dsn" / "postfix" / "outlook-blocklist1.eml") in CASES
    assert len(NEGATIVE) >= 3


@pytest.mark.parametrize("eml", NEGATIVE, ids=[p.stem for p in NEGATIVE])
def test_negative_case(eml: Path) -> None:
    report = parse_message(eml)
    assert report.kind is BounceKind.NOT_BOUNCE
    assert report.recipients == ()
