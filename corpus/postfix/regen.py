"""Regenerate ``<case>.expected.jsonl`` for every ``<case>.log`` here (review the diff before committing!).

    python corpus/postfix/regen.py            # all cases
    python corpus/postfix/regen.py delivery   # one case

Each case is read with `bouncelib.read_log(path, kinds="all", **options)`; options come
from ``<case>.options.json`` (default: year 2025, zone Europe/Berlin). Every output line
is one record of the parser's own fields (``line`` = 1-based line number in the case
file; classification by `parse_reply` is not part of the expectation, it belongs to the
classifier's tests), and the last line holds the reader's counts.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULTS: dict[str, Any] = {"year": 2025, "tz": "Europe/Berlin"}


def options(case: Path) -> dict[str, Any]:
    """The read_log options of a case."""
    opts = dict(DEFAULTS)
    side = case.with_suffix(".options.json")
    if side.exists():
        opts.update(json.loads(side.read_text(encoding="utf-8")))
    return opts


def expected(case: Path) -> list[dict[str, Any]]:
    """The expectation of one case, as it is written to the sidecar."""
    from bouncelib import read_log  # noqa: PLC0415 - keep the module importable without bouncelib

    lines = case.read_text(encoding="utf-8").split("\n")
    reader = read_log(case, kinds="all", **options(case))
    out: list[dict[str, Any]] = []
    i = 0
    for rec in reader:
        while lines[i] != rec.raw:
            i += 1
        row: dict[str, Any] = {"line": i + 1}
        for key, value in rec._asdict().items():
            if key == "raw" or value is None or value == () or value is False:
                continue
            if key == "timestamp":
                row[key] = value.isoformat()
            elif key == "extra":
                row[key] = dict(value)
            else:
                row[key] = value
        out.append(row)
        i += 1
    out.append({"stats": reader.stats.as_dict()})
    return out


def main(argv: list[str]) -> int:
    """Write the sidecars."""
    cases = [HERE / f"{name}.log" for name in argv] if argv else sorted(HERE.glob("*.log"))
    for case in cases:
        rows = expected(case)
        text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        case.with_suffix(".expected.jsonl").write_text(text, encoding="utf-8")
        print(f"{case.name}: {len(rows) - 1} records")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
