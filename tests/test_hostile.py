"""Pathological inputs (tests/hostile_cases.py): every entry point finishes and gives the right outcome.

Timings are not asserted here (they belong to bench/bench_pathological.py, whose figures are in
docs/robustness.md); each case runs in a daemon thread with a 10 s safety cap, so that a hang or
catastrophic backtracking fails the test instead of blocking the suite.
"""

from __future__ import annotations

import importlib.util
import logging
import threading
from typing import Any

import pytest
from hostile_cases import ALL_CASES, Case

SAFETY_CAP_S = 10.0
HAVE_LOG = importlib.util.find_spec("bouncelib._log") is not None


def _run_capped(case: Case, inp: Any) -> Any:
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["out"] = case.run(inp)
        except BaseException as exc:  # re-raised in the test thread
            box["exc"] = exc

    t = threading.Thread(target=target, name=f"hostile: {case.name}", daemon=True)
    t.start()
    t.join(SAFETY_CAP_S)
    if t.is_alive():
        pytest.fail(f"{case.name}: still running after {SAFETY_CAP_S:.0f} s (hang or backtracking)")
    if "exc" in box:
        raise box["exc"]
    return box["out"]


@pytest.mark.parametrize("case", [pytest.param(c, id=c.name) for c in ALL_CASES])
def test_pathological_input(case: Case, caplog: pytest.LogCaptureFixture) -> None:
    if case.needs_log and not HAVE_LOG:
        pytest.skip("the Postfix log front end is not installed")
    caplog.set_level(logging.ERROR)  # detectors that give up log warnings; they are not failures
    inp = case.build()
    out = _run_capped(case, inp)
    case.check(inp, out)


def test_every_entry_point_is_covered() -> None:
    entries = {c.entry for c in ALL_CASES}
    assert entries >= {"parse_reply", "parse_log_line", "read_log", "parse_message", "read_mailbox"}
