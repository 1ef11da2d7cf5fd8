"""Every corpus email under corpus/dsn/<format>/ gives exactly the events written beside it.

The sidecar ``<case>.expected.jsonl`` is reviewed truth (see corpus/dsn/README.md); the
emails under corpus/negative/ must come out as "not a bounce" with no events.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from bouncelib import RECORD_KEYS, BounceKind, parse_message

ROOT = Path(__file__).resolve().parent.parent / "corpus"
CASES = sorted((ROOT / "dsn").glob("*/*.eml"))
NEGATIVE = sorted((ROOT / "negative").glob("*.eml"))


@pytest.fixture(scope="module")
def dsn_regen(regen: Callable[[str], ModuleType]) -> ModuleType:
    """corpus/dsn/regen.py: where a case's sidecar is, and the records it holds (JSON-ready)."""
    return regen("dsn")


@pytest.mark.parametrize("eml", CASES, ids=[f"{p.parent.name}/{p.stem}" for p in CASES])
def test_corpus_case(eml: Path, dsn_regen: ModuleType) -> None:
    side = dsn_regen.sidecar(eml)
    assert side.exists(), f"no expected events beside {eml.name}: run corpus/dsn/regen.py and review"
    expected = [json.loads(line) for line in side.read_text(encoding="utf-8").splitlines() if line.strip()]
    got = dsn_regen.expected_records(eml)
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
