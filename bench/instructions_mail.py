"""Instructions executed per bounce email (callgrind), the current tree against a git revision.

    python bench/instructions_mail.py --baseline main
    python bench/instructions_mail.py --baseline 54d1ae9 --cold

`bench/bench_mail.py` times ``parse_message`` over the corpus cases in wall-clock seconds, which on
this shared VM drift by more than the change being looked for (round 52 could not tell whether the
reader was 4 % slower). Instruction counts are the same for the same binary, input and environment,
whatever else the machine does. As `bench/instructions_reply.py` does for one reply, the worker runs
twice under ``valgrind --tool=callgrind``: once reading every ``corpus/dsn`` case (bytes in memory)
and parsing each once, and once doing the same and then parsing each again; the difference divided by
the number of cases is what parsing one email costs. By default that second pass finds the
classifier's caches warm, as `bench_mail.py`'s best-of-five passes do (the figure of the MIME and
format layers and the readers); ``--cold`` clears both classifier caches before each email, so every
reply is classified anew (the figure of a mailbox of replies never seen). The emails are the current
checkout's in both trees.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from instructions_reply import callgrind_run, compare  # noqa: E402

WORKER = r"""
import sys
from pathlib import Path
from bouncelib import parse_message
from bouncelib._classify import _answer, _classified
blobs = [p.read_bytes() for p in sorted((Path(sys.argv[1]) / "corpus" / "dsn").glob("*/*.eml"))]
for b in blobs:
    parse_message(b)
if sys.argv[2] == "1":
    cold = sys.argv[3] == "1"
    for b in blobs:
        if cold:
            _answer.cache_clear()
            _classified.cache_clear()
        parse_message(b)
print(len(blobs))
"""


def _instructions(tree: Path | None, measured: bool, cold: bool) -> tuple[int, int]:
    """(instructions of one worker run under callgrind, number of emails)."""
    return callgrind_run(tree, WORKER, [str(HERE.parent), "1" if measured else "0", "1" if cold else "0"])


def main(argv: list[str] | None = None) -> int:
    """Measure both trees; print instructions per email and the ratio."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--baseline", metavar="REV", help="git revision to compare with (default: none)")
    ap.add_argument("--cold", action="store_true", help="clear the classifier's caches before each email")
    ap.add_argument("--data", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "bouncelib-bench")
    args = ap.parse_args(argv)
    args.data.mkdir(parents=True, exist_ok=True)
    how = "cold caches" if args.cold else "warm caches"
    compare(args.baseline, args.data, lambda tree, on: _instructions(tree, measured=on, cold=args.cold),
            f"instructions per email ({{n}} corpus/dsn cases, {how})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
