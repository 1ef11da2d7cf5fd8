"""Every case of corpus/replies/*.jsonl: parse_reply(text, **hints) gives the expected fields."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bouncelib import parse_reply
from bouncelib.models import Reply

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "replies"


def _cases() -> list[Any]:
    params = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            case = json.loads(line)
            params.append(pytest.param(case, id=f"{path.stem}:{case['id']}"))
    return params


CASES = _cases()


def _field(r: Reply, name: str) -> Any:
    if name == "blocklist":
        return r.blocklist.id if r.blocklist else None
    if name == "receiver_misconfigured":
        return r.blocklist.receiver_misconfigured if r.blocklist else None
    if name == "enhanced_status":
        return str(r.enhanced_status) if r.enhanced_status else None
    if name == "reason":
        return r.reason.value
    return getattr(r, name)


def test_corpus_is_big_enough_and_ids_unique() -> None:
    ids = [c.id for c in CASES]
    assert len(ids) >= 150
    assert len(ids) == len(set(ids))


def test_motivating_case_comes_first() -> None:
    first = json.loads((CORPUS / "microsoft.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert "blocked using Blocklist 1" in first["text"]


@pytest.mark.parametrize("case", CASES)
def test_reply_case(case: dict[str, Any]) -> None:
    r = parse_reply(case["text"], **case.get("hints", {}))
    got = {name: _field(r, name) for name in case["expect"]}
    assert got == case["expect"], f"rule={r.rule}"
    assert r.text == case["text"]
