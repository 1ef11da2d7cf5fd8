"""Instructions executed per reply never seen before (callgrind), the current tree against a git revision.

    python bench/instructions_reply.py --baseline main
    python bench/instructions_reply.py --baseline HEAD~1 --set written

Wall-clock figures on this shared VM drift by 10-20 % between runs (`bench/bench_reply.py`), which
hides a 5 % change; instruction counts are the same for the same binary, input and environment,
whatever else the machine does. For each tree the worker runs twice under
``valgrind --tool=callgrind``: once classifying no text (interpreter start-up, imports, reading the
texts) and once classifying every text of the set with both classifier caches cleared before each
call, as `bench_reply.py`'s "uncached" column does; the difference divided by the number of texts
is what classifying a new reply costs. The last-resort model's counts, read once per process the
first time a reply reaches it, are read in both runs: start-up, not a reply's cost; so is the index of the
words near a term (`_concepts._near_index`, round r79fuzzy), built once per process the first time a reply no
step before the model reads reaches it (about 40 ms, 14,983 terms folded), which a per-reply figure would
otherwise charge to the 195 written texts (3.0 times the baseline instead of the per-reply cost).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_log import _baseline_tree  # noqa: E402

WORKER = r"""
import sys
sys.path.insert(0, sys.argv[1])
from bench_reply import _clear, _corpus, _real, _sisimai
from bouncelib import parse_reply
texts = {"real": _real, "written": _corpus, "sisimai": _sisimai}[sys.argv[2]]()
try:  # the last-resort model's counts are read once per process, on first use: start-up, in both runs
    from bouncelib._classify._model import model
except ImportError:  # a revision before the model
    pass
else:
    model()
try:  # so is the index of words near a term (round r79fuzzy), built once per process when first asked: ~40 ms
    from bouncelib._classify._concepts import _near_index
except ImportError:  # a revision before it
    pass
else:
    _near_index()
if sys.argv[3] == "1":
    for t in texts:
        _clear()
        parse_reply(t)
print(len(texts))
"""


def callgrind_run(tree: Path | None, worker: str, args: list[str]) -> tuple[int, int]:
    """(instructions of running `worker` with `args` under callgrind in `tree`, the last number it printed).

    `tree` None runs the current checkout (the installed package); a tree is put first on PYTHONPATH
    and is the working directory. Also used by `bench/instructions_mail.py`.
    """
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        # One hash seed for every run: with Python's per-process string hash randomisation, set and dict orders
        # (and so the work done) differ from run to run; three runs of one tree over the same emails gave counts
        # 2.7 % apart (round 54), more than the changes measured.
        env = os.environ | {"PYTHONHASHSEED": "0"} | ({"PYTHONPATH": str(tree)} if tree is not None else {})
        cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, "-c", worker, *args]
        done = subprocess.run(cmd, env=env, cwd=tree, check=True, capture_output=True, text=True)
        m = re.search(r"^summary:\s+(\d+)", out.read_text(), flags=re.M)
        if m is None:
            raise SystemExit("no summary line in the callgrind output")
        return int(m.group(1)), int(done.stdout.split()[-1])


def _instructions(tree: Path | None, which: str, classify: bool) -> tuple[int, int]:
    """(instructions of one worker run under callgrind, number of texts)."""
    return callgrind_run(tree, WORKER, [str(HERE), which, "1" if classify else "0"])


def compare(baseline: str | None, data: Path, measure: Callable[[Path | None, bool], tuple[int, int]],
            unit: str) -> None:
    """Print, for the current tree and the `baseline` revision, (instructions with the work - without) / items.

    `measure(tree, on)` runs the worker with the work (`on`) or without it and returns (instructions, items);
    `unit` is the figure's label, ``{n}`` standing for the number of items. Also used by `bench/instructions_mail.py`.
    """
    trees: dict[str, Path | None] = {"current": None}
    if baseline:
        trees[f"baseline {baseline}"] = _baseline_tree(baseline, data)
    costs: dict[str, float] = {}
    for label, tree in trees.items():
        start, _ = measure(tree, False)
        full, n = measure(tree, True)
        costs[label] = (full - start) / n
        print(f"{label:<24} {costs[label]:>12,.0f} {unit.format(n=n)}")
    if baseline:
        print(f"current / baseline: {costs['current'] / costs[f'baseline {baseline}']:.3f}")


def main(argv: list[str] | None = None) -> int:
    """Measure both trees; print instructions per reply and the ratio."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--baseline", metavar="REV", help="git revision to compare with (default: none)")
    ap.add_argument("--set", choices=("real", "written", "sisimai"), default="real", help="texts (default real)")
    ap.add_argument("--data", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "bouncelib-bench")
    args = ap.parse_args(argv)
    args.data.mkdir(parents=True, exist_ok=True)
    compare(args.baseline, args.data, lambda tree, on: _instructions(tree, args.set, classify=on),
            f"instructions per reply ({{n}} texts, {args.set})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
