"""Shared pieces of the atheris harnesses: seed collection and the oracles every input must pass.

A harness fails (and libFuzzer writes the input under ``fuzz/crashes/``) when an entry point
raises, returns something that is not a valid model, or returns a model whose JSON does not
read back equal.  Timeouts (``-timeout=``) catch hangs; ``-rss_limit_mb=`` catches blow-ups.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
# BOUNCELIB_FUZZ_DIR moves the working corpora and crash files (the CI smoke test uses a temp dir).
_BASE = Path(os.environ.get("BOUNCELIB_FUZZ_DIR") or Path(__file__).resolve().parent)
WORK = _BASE / "work"
CRASHES = _BASE / "crashes"

# Table modules: data (terms, patterns, providers), hardly a branch worth covering. Instrumenting their bytecode
# took seconds of each smoke run's start (tests/test_fuzz_smoke.py).
DATA_MODULES = [
    "bouncelib._data", "bouncelib._data.concepts", "bouncelib._data.notices", "bouncelib._data.providers",
    "bouncelib._data.blocklists", "bouncelib._data.reasons", "bouncelib._data.status_codes",
    "bouncelib._data.formats",
]

# libFuzzer caps inputs it generates at -max_len; seeds bigger than this are cut by libFuzzer itself.
MAX_SEED = 256 * 1024


def seed_files(patterns: Iterable[str]) -> list[Path]:
    """Corpus files matching `patterns` (globs under ``corpus/``), sorted, small enough to fuzz."""
    out: set[Path] = set()
    for pat in patterns:
        out.update(p for p in CORPUS.glob(pat) if p.is_file() and p.stat().st_size <= MAX_SEED)
    return sorted(out)


def prepare(name: str, patterns: Iterable[str], argv: list[str]) -> list[str]:
    """libFuzzer argv: a writable corpus dir ``fuzz/work/<name>`` seeded from ``corpus/``.

    The seeds are copied, never fuzzed in place: libFuzzer writes new inputs into the first
    corpus directory it is given, and ``corpus/`` is reviewed data.  When the caller names
    corpus directories itself (any argument not starting with ``-``), they are used as given.
    """
    CRASHES.mkdir(parents=True, exist_ok=True)
    args = list(argv)
    if not any(not a.startswith("-") for a in args[1:]):
        work = WORK / name
        work.mkdir(parents=True, exist_ok=True)
        for p in seed_files(patterns):
            dst = work / ("seed-" + "-".join(p.relative_to(CORPUS).parts))
            if not dst.exists():
                shutil.copyfile(p, dst)
        args.append(str(work))
    if not any(a.startswith("-artifact_prefix=") for a in args):
        args.insert(1, f"-artifact_prefix={CRASHES}/{name}-")
    return args


def json_round_trip(model: object) -> None:
    """The model's JSON reads back equal, and its flat record (if it has one) serialises."""
    cls = type(model)
    dump = model.model_dump_json()  # type: ignore[attr-defined]
    back = cls.model_validate_json(dump)  # type: ignore[attr-defined]
    if back != model:
        raise AssertionError(f"{cls.__name__} JSON round trip changed the model")
    to_record = getattr(model, "to_record", None)
    if to_record is not None:
        json.dumps(to_record(), default=str)
