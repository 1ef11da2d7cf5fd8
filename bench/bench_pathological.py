"""Time every pathological-input case (tests/hostile_cases.py) and compare it with its documented bound.

    .venv/bin/python bench/bench_pathological.py            # best of 3 runs per case
    .venv/bin/python bench/bench_pathological.py --repeat 5 --filter mail

Prints one row per case: the entry point, the best and worst wall time, the peak memory the run
allocated (tracemalloc, Python objects only, measured in a separate run so it does not slow the
timing), and whether the best time is under the case's bound (1 s unless the case says otherwise).
Exit status 1 when a case is over its bound.  The figures are in docs/robustness.md.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from hostile_cases import ALL_CASES


def _clear_caches() -> None:
    """Empty the text-keyed caches (parse_reply and the log parser memoise by text): a repeated run
    would otherwise time a dictionary lookup instead of the work."""
    for name, mod in list(sys.modules.items()):
        if not name.startswith(("bouncelib._classify", "bouncelib._log")):
            continue
        for obj in list(vars(mod).values()):
            clear = getattr(obj, "cache_clear", None)
            if callable(clear):
                clear()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="timed runs per case (best is reported)")
    ap.add_argument("--filter", default="", help="only cases whose name contains this text")
    ap.add_argument("--no-memory", action="store_true", help="skip the tracemalloc run")
    args = ap.parse_args(argv)
    logging.disable(logging.CRITICAL)  # detectors that give up log warnings: not part of the figure

    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}  ({os.cpu_count()} CPUs)")
    print(f"{'case':50} {'entry':15} {'best s':>8} {'worst s':>8} {'peak MiB':>9} {'bound':>6}  ok")
    over = 0
    for case in ALL_CASES:
        if args.filter not in case.name:
            continue
        inp = case.build()
        try:
            case.check(inp, case.run(inp))  # warm-up (imports, caches) and the outcome check
        except ImportError:
            print(f"{case.name:50} {case.entry:15} {'skipped: not installed':>30}")
            continue
        times = []
        for _ in range(args.repeat):
            _clear_caches()
            gc.collect()
            t0 = time.perf_counter()
            case.run(inp)
            times.append(time.perf_counter() - t0)
        peak = ""
        if not args.no_memory:
            _clear_caches()
            gc.collect()
            tracemalloc.start()
            case.run(inp)
            peak = f"{tracemalloc.get_traced_memory()[1] / 2**20:9.1f}"
            tracemalloc.stop()
        ok = min(times) <= case.bound_s
        over += not ok
        print(
            f"{case.name:50} {case.entry:15} {min(times):8.3f} {max(times):8.3f} {peak:>9} {case.bound_s:6.1f}  "
            f"{'yes' if ok else 'NO'}"
        )
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
