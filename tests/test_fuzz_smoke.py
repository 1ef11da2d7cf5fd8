"""A short run of each atheris harness (fuzz/), as CI does: seeded from corpus/, fails on any crash.

About 5 s of fuzzing per harness plus instrumentation start-up; skipped when atheris is not
installed (it ships Linux wheels; the `test` extra installs it there).  The long run is documented
in fuzz/README.md.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SECONDS = int(os.environ.get("BOUNCELIB_FUZZ_SECONDS", "5"))  # a smoke run; fuzz/ hunts longer

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(importlib.util.find_spec("atheris") is None, reason="atheris is not installed"),
]


@pytest.mark.parametrize("harness", ["fuzz_message.py", "fuzz_log_line.py"])
def test_harness_runs_clean(harness: str, tmp_path: Path) -> None:
    dict_file = ROOT / "fuzz" / (harness.removeprefix("fuzz_").removesuffix(".py") + ".dict")
    cmd = [
        sys.executable, str(ROOT / "fuzz" / harness),
        f"-max_total_time={SECONDS}", "-timeout=10", "-rss_limit_mb=2048", "-max_len=16384",
        f"-dict={dict_file}", "-print_final_stats=1",
    ]  # fmt: skip
    env = {**os.environ, "BOUNCELIB_FUZZ_DIR": str(tmp_path)}
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=SECONDS + 120, check=False)
    tail = "\n".join((proc.stdout + proc.stderr).splitlines()[-40:])
    assert proc.returncode == 0, f"{harness} found a crash, leak or timeout:\n{tail}"
    assert "Done" in proc.stderr, tail
    assert not list((tmp_path / "crashes").glob("*")), "crash inputs were written"
    # Seeds were loaded: the run started from the corpus, not from nothing.
    seeds = list((tmp_path / "work").rglob("seed-*"))
    assert seeds, "no seed copied from corpus/"
