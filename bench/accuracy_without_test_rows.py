"""An honesty check of `bench/accuracy.py`: the figures again with every table row removed whose
source is a source of the frozen test part.

Some phrase and provider rows were written from a provider's catalogue or a thread whose own replies
sit in the corpus; when that source falls in the test part, the row is knowledge of the test part.
This script drops those rows (strong and weak phrases, provider phrases and provider status rules),
rebuilds the classifier's indices and prints reason, hard_bounce and delist found for both parts:
the difference from `bench/accuracy.py` is what the test part owes to rows written from it.

    python bench/accuracy_without_test_rows.py
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from split import part_of as _part  # noqa: E402 - bench/split.py imports no bouncelib
from split import source_key as _key  # noqa: E402


def _test_keys() -> set[str]:
    keys: set[str] = set()
    files = [*(ROOT / "corpus" / "replies" / "real").glob("*.jsonl"),
             ROOT / "corpus" / "postfix" / "real" / "lines.jsonl"]  # fmt: skip
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if "source" in row and _part(row["source"]) == "test":
                keys.add(_key(row["source"]))
    return keys


def main() -> int:
    import bouncelib._classify as classify
    import bouncelib._classify._decide as decide_module
    from bouncelib._data import providers, reasons

    test_keys = _test_keys()

    def cites_test(source: str) -> bool:
        return source.startswith("http") and _key(source.split(" ", maxsplit=1)[0]) in test_keys

    before = (len(reasons.PHRASES), len(providers.RULES), len(providers.STATUS_RULES))
    # The tables are Final for the library; this check alone rebinds them, before the indices are rebuilt.
    setattr(reasons, "PHRASES", tuple(p for p in reasons.PHRASES if not cites_test(p.source)))  # noqa: B010
    setattr(providers, "RULES", tuple(r for r in providers.RULES if not cites_test(r.source)))  # noqa: B010
    setattr(providers, "STATUS_RULES", tuple(r for r in providers.STATUS_RULES if not cites_test(r.source)))  # noqa: B010
    fresh = importlib.reload(decide_module)
    for name in dir(classify):
        if getattr(getattr(classify, name), "__module__", None) == fresh.__name__:
            setattr(classify, name, getattr(fresh, name))
    classify._classified.cache_clear()

    import accuracy

    cut = (before[0] - len(reasons.PHRASES), before[1] - len(providers.RULES),
           before[2] - len(providers.STATUS_RULES))  # fmt: skip
    print(f"rows citing a test-part source, removed: {cut[0]} phrases, {cut[1]} provider phrases, "
          f"{cut[2]} provider status rules")
    figures = accuracy.figures(accuracy.all_cases())["all"]
    print("| field | tuning | test |\n|---|---|---|")
    for field in ("reason", "hard_bounce", "delist found", "delist none invented"):
        per = figures[field]
        print(f"| {field} | {accuracy._pct(*per['tune'])} | {accuracy._pct(*per['test'])} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
