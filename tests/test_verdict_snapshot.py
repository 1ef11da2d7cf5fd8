"""bench/verdict_snapshot.py's check names a frozen test-part difference by its key, never by its text."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import verdict_snapshot  # noqa: E402
from split import part_of  # noqa: E402


def _first_rows_by_part() -> dict[str, str]:
    """One snapshot key per part, from the real replies (each row's part by its source, as the split does)."""
    keys: dict[str, str] = {}
    for path in sorted((ROOT / "corpus" / "replies" / "real").glob("*.jsonl")):
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            row = json.loads(line)
            keys.setdefault(part_of(row["source"]), f"replies/real/{path.name}:{i}")
        if len(keys) == 2:
            return keys
    raise AssertionError("the real replies hold no row of one of the parts")


def test_test_keys_hold_the_test_part_rows_and_not_the_tuning_ones() -> None:
    keys = _first_rows_by_part()
    hidden = verdict_snapshot._test_keys()
    assert keys["test"] in hidden
    assert keys["tune"] not in hidden


def test_report_names_a_test_part_difference_without_its_text() -> None:
    saved = {"tuned": [{"reason": "blocked", "text": "tuning words"}], "frozen": [{"text": "secret words"}]}
    diffs = {"tuned": (0, {"reason": "onhold"}), "frozen": (1, {"text": "secret words now"})}
    out = "\n".join(verdict_snapshot._report(diffs, saved, {"frozen"}))
    assert "tuning words" in out
    assert "secret words" not in out
    assert "1 of the differences are test-part texts (not shown): ['frozen']" in out
