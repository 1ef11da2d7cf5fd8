"""Write (or check) the expected events beside each corpus email.

    python corpus/dsn/regen.py                 # every case without an .expected.jsonl
    python corpus/dsn/regen.py --all           # rewrite all (review the git diff!)
    python corpus/dsn/regen.py CASE.eml ...    # these cases only
    python corpus/dsn/regen.py --check         # exit 1 when any case differs

The expected file is the *reviewed truth*, not a snapshot to refresh blindly: after
regenerating, read the diff and fix the code (or the case) when a value is wrong.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from bouncelib import parse_message
from bouncelib._output import jsonable

HERE = Path(__file__).resolve().parent


def expected_records(eml: Path) -> list[dict[str, Any]]:
    """The records `parse_message` gives for one case, JSON-ready."""
    report = parse_message(eml)
    return [{k: jsonable(v) for k, v in rec.items()} for rec in report.to_records()]


def sidecar(eml: Path) -> Path:
    """``case.eml`` -> ``case.expected.jsonl``."""
    return eml.with_name(eml.name.removesuffix(".eml") + ".expected.jsonl")


def render(records: list[dict[str, Any]]) -> str:
    """One JSON object per line, keys in record order."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def cases(root: Path = HERE) -> list[Path]:
    """Every ``*.eml`` under ``corpus/dsn/<format>/``."""
    return sorted(root.glob("*/*.eml"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--all", action="store_true", help="rewrite every sidecar")
    ap.add_argument("--check", action="store_true", help="only report differences")
    args = ap.parse_args(argv)
    todo = [p.resolve() for p in args.paths] or cases()
    bad = 0
    for eml in todo:
        side = sidecar(eml)
        text = render(expected_records(eml))
        old = side.read_text(encoding="utf-8") if side.exists() else None
        if args.check:
            if old != text:
                bad += 1
                print(f"DIFFERS {eml.relative_to(HERE)}")
            continue
        if (old is None or args.all or args.paths) and old != text:
            side.write_text(text, encoding="utf-8")
            print(f"wrote {side.relative_to(HERE)}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
