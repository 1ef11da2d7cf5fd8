"""Which rules only one source's cases ever use: rules that may remember a wording, not name a meaning.

    python bench/rule_sources.py                # the counts
    python bench/rule_sources.py --list         # also every single-source rule and its cases
    python bench/rule_sources.py --json F       # rule -> sources, for a diff between two trees

Every TUNING case (`bench/accuracy.py`'s material, its tuning part only) is classified and its
`Reply.rule` read, the convention appended after ";" left off (``phrase:user unknown;after-data`` is
``phrase:user unknown``). A rule is *single-source* when every tuning case it decided comes from one
source (`split.source_key`: one catalogue page, one thread, one source file). Such a rule may be a
meaning that only one source happened to write in the tuning part, or a memory of that source's
wording: a phrase row written from it, a concept term only it uses. Counted per kind of rule (the
part before ":": ``phrase``, ``concept``, ``code``, ``provider``, ``status`` ...), and only for
cases read right (a rule that reads its one source wrong remembers nothing worth keeping). For the
single-source phrase rows (strong, weak, a provider's) it also tells whether the concept pairs alone
(`concept_reasons`) read the same reason on every case the row decided ("composed": the meaning is
read from its parts too, the row only says it first) or not ("wording": only the row's words read it,
the candidates to generalise).

The test part is never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import accuracy  # noqa: E402 - found through the sys.path entry above
from split import part_of, source_key  # noqa: E402

_RULES: dict[int, str | None] = {}


def _said_with_rule(reply: Any) -> Any:
    said = _plain_said(reply)
    if said is not None:
        _RULES[id(said)] = reply.rule
    return said


_plain_said = accuracy._said
accuracy._said = _said_with_rule


def rule_sources() -> tuple[dict[str, set[str]], dict[str, list[str]], dict[str, bool]]:
    """rule -> the source keys of the tuning cases it read right; rule -> those cases' ids; rule ->
    whether the concept pairs alone read every one of its cases the same (a phrase whose meaning is composed
    from parts too)."""
    from bouncelib._classify._concepts import concept_reasons

    sources: dict[str, set[str]] = defaultdict(set)
    cases: dict[str, list[str]] = defaultdict(list)
    composed: dict[str, bool] = {}
    for case in accuracy.all_cases():
        if part_of(case.source) != "tune" or "reason" not in case.expect or case.said is None:
            continue
        if case.got.get("reason") != case.expect["reason"]:
            continue
        rule = _RULES.get(id(case.said))
        if not rule:
            continue
        base = rule.split(";", 1)[0]
        sources[base].add(source_key(case.source))
        cases[base].append(case.ident)
        text = case.said[0].lower()
        hits = concept_reasons(text) or concept_reasons(text, fallback=True)
        composed[base] = composed.get(base, True) and bool(hits) and hits[0].reason.value == case.expect["reason"]
    return sources, cases, composed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--list", action="store_true", help="every single-source rule and its cases")
    ap.add_argument("--json", metavar="FILE", help="write rule -> sources")
    args = ap.parse_args(argv)
    sources, cases, composed = rule_sources()
    single = {r for r, s in sources.items() if len(s) == 1}
    kinds_all = Counter(r.split(":", 1)[0] for r in sources)
    kinds_single = Counter(r.split(":", 1)[0] for r in single)
    print(f"rules deciding right tuning cases: {len(sources)}; used by one source only: {len(single)} "
          f"({sum(len(cases[r]) for r in single)} cases)")  # fmt: skip
    for kind, n in kinds_all.most_common():
        print(f"  {kind:16} {kinds_single[kind]:4} of {n:4} single-source")
    worded = sorted(r for r in single if r.startswith(("phrase:", "weak:", "provider:")) and not composed[r])
    print(f"single-source phrase, weak and provider-phrase rules whose cases no concept pair reads the same: "
          f"{len(worded)} of {sum(r.startswith(('phrase:', 'weak:', 'provider:')) for r in single)}")  # fmt: skip
    if args.list:
        for r in sorted(single, key=lambda r: (r.split(":", 1)[0], -len(cases[r]), r)):
            mark = "composed" if composed[r] else "wording"
            print(f"{r}\t{mark}\t{next(iter(sources[r]))}\t{len(cases[r])}\t{' '.join(cases[r][:3])}")
    if args.json:
        Path(args.json).write_text(json.dumps({r: sorted(s) for r, s in sorted(sources.items())}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
