"""Write (or check) the expected events beside each wild mail, from its label.

    python corpus/wild/regen.py            # write every mail/<case>.expected.jsonl from mail/labels.jsonl
    python corpus/wild/regen.py --check    # exit 1 when a sidecar differs from its label

Unlike corpus/dsn, whose sidecars are written by the code and then reviewed, these sidecars are
the hand-made labels (decided from each mail's own words, corpus/LABELING.md) put beside the
mail: one line per failed or delayed recipient the mail reports, with the fields the label
fixes (``recipient``, ``action``, ``reason``, ``hard_bounce``, and ``enhanced_status``/``smtp_code`` where
the mail states them); an empty file for a mail that reports none. tests/test_corpus_wild.py
holds bouncelib to them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent / "mail"


def labels(folder: Path = HERE) -> list[dict[str, Any]]:
    """The label rows, one per mail."""
    text = (folder / "labels.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def sidecar(eml: Path) -> Path:
    """``case.eml`` -> ``case.expected.jsonl``."""
    return eml.with_name(eml.name.removesuffix(".eml") + ".expected.jsonl")


def expected(label: dict[str, Any]) -> list[dict[str, Any]]:
    """The records a label fixes, keys named as in `bouncelib.RECORD_KEYS`."""
    out = []
    for r in label["recipients"]:
        rec: dict[str, Any] = {"recipient": r["address"], "action": r["action"]}
        if "status" in r:
            rec["enhanced_status"] = r["status"]
        if "smtp_code" in r:
            rec["smtp_code"] = r["smtp_code"]
        rec.update(reason=r["reason"], hard_bounce=r["hard_bounce"])
        out.append(rec)
    return out


def render(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="only report differences")
    args = ap.parse_args(argv)
    bad = 0
    for label in labels():
        side = sidecar(HERE / label["file"])
        text = render(expected(label))
        old = side.read_text(encoding="utf-8") if side.exists() else None
        if old == text:
            continue
        if args.check:
            bad += 1
            print(f"DIFFERS {side.name}")
        else:
            side.write_text(text, encoding="utf-8")
            print(f"wrote {side.name}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
