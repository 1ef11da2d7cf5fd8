"""Instructions executed by `read_log` (callgrind), the current tree against a git revision.

    python bench/instructions_log.py --baseline b9007e0            # first 100,000 generated lines
    python bench/instructions_log.py --baseline HEAD~3 --lines 200000 --records

Wall-clock figures on this shared VM drift by 10-20 % between runs, which hides a 5 %
change; instruction counts are the same for the same binary, input and environment,
whatever else the machine does.  For each tree the worker runs twice under
``valgrind --tool=callgrind``: once reading 0 lines (interpreter start-up and imports)
and once reading the first --lines lines of the generated log (``bench/gen_maillog.py``,
cached like `bench_log.py`); the difference is what reading costs.  With --records every
event is also turned into its flat record (``to_record()``, classification included).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_log import _baseline_tree, _generate  # noqa: E402

WORKER = r"""
import sys
from bouncelib import read_log
path, records = sys.argv[1], sys.argv[2] == "1"
count = 0
for ev in read_log(path, year=2025, tz="Europe/Berlin"):
    if records:
        ev.to_record()
    count += 1
print(count)
"""


def _head(path: Path, lines: int) -> Path:
    """A file of the first `lines` lines of `path` (read through the same file path as a real log)."""
    out = path.with_name(f"{path.stem}-head-{lines}.log")
    if not out.exists():
        with path.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
            for i, line in enumerate(src):
                if i >= lines:
                    break
                dst.write(line)
    return out


def _instructions(tree: Path | None, path: Path, lines: int, records: bool) -> int:
    """Instructions of one worker run under callgrind (the whole process)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        env = os.environ | {"PYTHONPATH": str(tree)} if tree is not None else None
        cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, "-c", WORKER,
               str(_head(path, lines)), "1" if records else "0"]  # fmt: skip
        subprocess.run(cmd, env=env, cwd=tree, check=True, capture_output=True)
        m = re.search(r"^summary:\s+(\d+)", out.read_text(), flags=re.M)
        if m is None:
            raise SystemExit("no summary line in the callgrind output")
        return int(m.group(1))


def main(argv: list[str] | None = None) -> int:
    """Measure both trees; print instructions per line and the ratio."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--baseline", required=True, metavar="REV", help="git revision to compare with")
    ap.add_argument("--lines", type=int, default=100_000, help="lines read (default 100,000)")
    ap.add_argument("--records", action="store_true", help="also call to_record() on every event")
    ap.add_argument("--data", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "bouncelib-bench")
    args = ap.parse_args(argv)
    args.data.mkdir(parents=True, exist_ok=True)
    path = _generate(1_000_000, args.data)
    trees = {"current": None, f"baseline {args.baseline}": _baseline_tree(args.baseline, args.data)}
    costs: dict[str, int] = {}
    for label, tree in trees.items():
        start = _instructions(tree, path, 0, args.records)
        full = _instructions(tree, path, args.lines, args.records)
        costs[label] = full - start
        print(f"{label:<24} {costs[label]:>15,} instructions  ({costs[label] / args.lines:,.0f} per line)")
    now, base = costs["current"], costs[f"baseline {args.baseline}"]
    print(f"current / baseline: {now / base:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
