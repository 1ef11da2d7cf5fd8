"""Pathological inputs (tests/hostile_cases.py): every entry point finishes and gives the right outcome.

Timings are not asserted here (they belong to bench/bench_pathological.py, whose figures are in
docs/robustness.md); each case runs in a daemon thread with a 10 s safety cap, so that a hang or
catastrophic backtracking fails the test instead of blocking the suite.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from hostile_cases import ALL_CASES, Case

import bouncelib

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


_GARBAGE = bytes(range(256)) * 64 + b"\r\n\x00From x\n\n--B--\n" + b"\xff" * 5000


@pytest.mark.parametrize("command", ["log", "mail"])
def test_cli_survives_garbage_on_stdin(command: str) -> None:
    if command == "log" and not HAVE_LOG:
        pytest.skip("the Postfix log front end is not installed")
    proc = subprocess.run(
        [sys.executable, "-m", "bouncelib", command, "-"],
        input=_GARBAGE, capture_output=True, timeout=60, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in proc.stderr
    for line in proc.stdout.decode("utf-8").splitlines():
        json.loads(line)  # JSON Lines, whatever came in


@pytest.mark.parametrize("command", ["log", "mail"])
def test_cli_unreadable_path_is_one_clear_line(command: str, tmp_path: Path) -> None:
    if command == "log" and not HAVE_LOG:
        pytest.skip("the Postfix log front end is not installed")
    missing = tmp_path / "no-such-file"
    proc = subprocess.run(
        [sys.executable, "-m", "bouncelib", command, str(missing)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert str(missing) in proc.stderr


def test_mailbox_directory_with_dangling_symlink_and_fifo(tmp_path: Path) -> None:
    # Before: the dangling link aborted the walk (the later message was lost) and a FIFO blocked forever.
    reference = Path(__file__).resolve().parent.parent / "corpus" / "malformed" / "mail" / "intact-reference.eml"
    (tmp_path / "a.eml").write_bytes(reference.read_bytes())
    (tmp_path / "b.eml").symlink_to(tmp_path / "missing.eml")
    os.mkfifo(tmp_path / "c.fifo")
    (tmp_path / "d.eml").write_bytes(reference.read_bytes().replace(b"bob@example.org", b"carol@example.org"))
    case = Case(
        "mailbox dir", "read_mailbox", lambda: tmp_path, lambda p: list(bouncelib.read_mailbox(p)), lambda i, o: None
    )
    reports = _run_capped(case, tmp_path)
    assert [[e.recipient for e in r.recipients] for r in reports] == [["bob@example.org"], ["carol@example.org"]]
