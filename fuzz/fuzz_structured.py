"""Run the structure-aware Hypothesis strategies (tests/property/structured.py) for a given time.

    python fuzz/fuzz_structured.py --minutes 10

Prints the examples tried per target and any failure (Hypothesis shrinks it first).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "property"))
from structured import dsn_message, postfix_line  # noqa: E402
from test_structured_props import check_line, check_message  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=float, default=10.0)
    args = ap.parse_args()
    budget = args.minutes * 60 / 2
    failures = 0
    for name, strategy, check in (("postfix_line", postfix_line(), check_line),
                                  ("dsn_message", dsn_message(), check_message)):  # fmt: skip
        count = 0
        start = time.monotonic()
        while time.monotonic() - start < budget:
            tried = [0]

            @settings(max_examples=2000, deadline=None, database=None, derandomize=False,
                      suppress_health_check=list(HealthCheck))  # fmt: skip
            @given(strategy)
            def run(value: object) -> None:
                tried[0] += 1  # noqa: B023 - the closure is called within this iteration only
                check(value)  # type: ignore[operator]  # noqa: B023

            try:
                run()
            except Exception as exc:  # report and go on with the other target
                failures += 1
                print(f"{name}: FAILED after {count + tried[0]} examples: {type(exc).__name__}: {exc}"[:2000])
                break
            finally:
                count += tried[0]
        secs = time.monotonic() - start
        print(f"{name}: {count} examples in {secs:.0f} s ({count / secs:.0f}/s)")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
