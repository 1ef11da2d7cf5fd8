#!/usr/bin/env python3
"""``bouncelib report`` against ``bouncelib log`` on the same generated log (target: report <= 2x log).

Both are timed end to end as a user runs them (a fresh interpreter, wall clock,
output to a file / to /dev/null), best of `--repeat` runs each, on a log made by
``bench/gen_maillog.py`` (generated once and kept in the temp directory)::

    python bench/bench_report.py                 # 1M lines
    python bench/bench_report.py --lines 200000 --repeat 1

Measured (2 vCPUs, 1M lines, best of 2, run as described in bench_parallel.py):
log 6.82 s, report 5.28 s, 0.77x.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def make_log(lines: int, seed: int) -> Path:
    path = Path(tempfile.gettempdir()) / f"bouncelib-bench-{lines}-{seed}.log"
    if not path.exists() or path.stat().st_size == 0:
        print(f"generating {lines:,} lines -> {path}", file=sys.stderr)
        tmp = path.with_suffix(".part")
        subprocess.run(
            [
                sys.executable,
                str(HERE / "gen_maillog.py"),
                "--lines",
                str(lines),
                "--seed",
                str(seed),
                "--out",
                str(tmp),
            ],
            check=True,
        )
        tmp.rename(path)
    return path


def timed(cmd: list[str], stdout: int | None = None) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=stdout if stdout is not None else subprocess.DEVNULL)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lines", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    log = make_log(args.lines, args.seed)
    out = Path(tempfile.gettempdir()) / "bouncelib-bench-report.html"
    py = [sys.executable, "-m", "bouncelib"]
    t_log = min(timed([*py, "log", str(log)]) for _ in range(args.repeat))
    t_report = min(timed([*py, "report", str(log), "-o", str(out)]) for _ in range(args.repeat))
    ratio = t_report / t_log
    load = os.getloadavg()[0]
    print(f"input            {log} ({args.lines:,} lines, {log.stat().st_size / 2**20:.0f} MiB)")
    print(f"bouncelib log    {t_log:7.2f} s   {args.lines / t_log:10,.0f} lines/s")
    size = out.stat().st_size // 1024
    print(f"bouncelib report {t_report:7.2f} s   {args.lines / t_report:10,.0f} lines/s   ({size} KiB page)")
    print(f"report / log     {ratio:7.2f}x   (target <= 2.00x)   load average {load:.2f}")
    return 0 if ratio <= 2.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
