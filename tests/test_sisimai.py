"""Behaviour on the shared Sisimai corpus (skipped when it is absent): no crash, negatives stay
negative, and issue 4's floors: recipient >= 97%, status >= 95%, reason >= 90%, hard_bounce >= 95%.

The agreement logic is the one of bench/sisimai_agreement.py; speed is measured there, never here.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "sisimai_agreement.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("sisimai_agreement", BENCH)
    assert spec is not None
    assert spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def agreement() -> dict[str, tuple[int, int]]:
    bench = _bench()
    if not (bench.CORPUS / "labels.jsonl").exists():
        pytest.skip("Sisimai corpus not present")
    return bench.measure()


def test_no_exception_and_negatives(agreement: dict[str, tuple[int, int]]) -> None:
    assert agreement["exceptions"] == (0, 0)
    assert agreement["not_bounce_misread"] == (0, 0)


@pytest.mark.parametrize(
    ("field", "floor"), [("recipient", 0.97), ("status", 0.95), ("reason", 0.90), ("hard_bounce", 0.95)]
)
def test_floor(agreement: dict[str, tuple[int, int]], field: str, floor: float) -> None:
    ok, total = agreement[field]
    assert total > 300
    assert ok / total >= floor, f"{field}: {ok}/{total}"
