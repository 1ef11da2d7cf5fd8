"""Behaviour on the shared Sisimai corpus: no crash, negatives stay negative, and issue 4's floors:
recipient >= 97%, status >= 95%, reason >= 90%, hard_bounce >= 95%.

The corpus lives in the shared reference folder (`sisimai_dir` in tests/conftest.py): without it
these tests are skipped, and they fail when ``$CI`` is set. The agreement logic is the one of
bench/sisimai_agreement.py; speed is measured there, never here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sisimai_agreement


@pytest.fixture(scope="module")
def agreement(sisimai_dir: Path) -> dict[str, tuple[int, int]]:
    return sisimai_agreement.measure(sisimai_dir)


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
