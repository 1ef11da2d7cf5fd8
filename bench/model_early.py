"""Would the model, asked before the weak steps, be right more often than they are? (issue 10, part 3)

Reads the file of ``bench/leave_source_out.py --guesses FILE``: for every tuning case, with and without
the table rows written from its own source, the step of `_decide.STEPS` that decided it and the model's
answer there (its likeliest reason, the probability, whether a word tells it; and the same among the
reasons compatible with the status's subject). A *variant* puts the model before a group of steps: where
one of them decided, the model's answer replaces the verdict when a word tells it and its probability is
`t` or more. Groups:

* ``code``: the reply code (step 10), the status's subject (11), the bare refusal's ``onhold``;
* ``weak``: those, the weak phrases and vague pairs (8) and the fallback pairs (9);
* ``status``: those, the status's IANA fallback (6) and the command (7);
* ``onhold``: the replies left unrecognised after the model as it is (step 13's ``onhold``).

Answers: ``u`` the model's best reason, ``r`` its best among the reasons compatible with the status's
subject (`leave_source_out.COMPATIBLE`); ``u!`` and ``r!`` the same with no telling word required, the
probability alone. The least probability is chosen by nested cross-validation
over the five folds of the tuning sources (`train_model._fold`): for each fold, the `t` with the most
net right verdicts on the other four (the higher on a tie), scored on that fold. Printed per variant:
the cases it touches (decided by its steps without own rows), right before and after there, the net
over all tuning cases without own rows and with them (the committed model: `bench/accuracy.py`'s
reading, roughly), the net per fold, and the verdicts moved (right to wrong, wrong to right, wrong to
wrong). A mail whose reason the format read (the reply's reason not the case's) is never moved.

    python bench/leave_source_out.py --guesses /tmp/g.json
    python bench/model_early.py /tmp/g.json
    python bench/model_early.py /tmp/g.json --list weak:u:0.9     # the tuning verdicts one variant moves

Only the tuning part is read.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

GROUPS: dict[str, frozenset[str]] = {
    "code": frozenset({"reply_code", "status_subject", "bare_refused"}),
}
GROUPS["weak"] = GROUPS["code"] | {"weak", "fallback_pairs"}
GROUPS["status"] = GROUPS["weak"] | {"status", "command"}
# The replies every step left unrecognised, where the model speaks now (at `_model.PROBABILITY`, a word
# telling): would it speak more often, at another least probability or with no telling word?
GROUPS["onhold"] = frozenset({"end"})
MODES = ("u", "r", "u!", "r!")
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98)


def load(path: str) -> list[dict[str, Any]]:
    """One dict per tuning case: key, fold, ident, want, with, without (each [got, rule, info])."""
    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    out = []
    for key, entry in raw.items():
        for ident, case in entry["cases"].items():
            if "with" in case and "without" in case:
                out.append({"key": key, "fold": entry["fold"], "ident": ident, **case})
    return out


def verdict(case: dict[str, Any], phase: str, group: str, mode: str, t: float) -> tuple[str, bool]:
    """The case's verdict under a variant in a phase, and whether the variant touches the case."""
    got, _rule, info = case[phase]
    if not info or info.get("reason") != got or info["step"] not in GROUPS[group]:
        return got, False
    if info["step"] == "end" and _rule != "unrecognised":
        return got, False
    answer = info.get(mode.rstrip("!"))
    if answer and (answer[2] or mode.endswith("!")) and answer[1] >= t:
        return answer[0], True
    return got, True


def score(cases: list[dict[str, Any]], phase: str, group: str, mode: str, t: float) -> Counter[str]:
    c: Counter[str] = Counter()
    for case in cases:
        want, before = case["want"], case[phase][0]
        after, touched = verdict(case, phase, group, mode, t)
        c["n"] += 1
        c["before"] += before == want
        c["after"] += after == want
        if touched:
            c["touched"] += 1
            c["touched before"] += before == want
            c["touched after"] += after == want
        if after != before:
            c["right->wrong" if before == want else "wrong->right" if after == want else "wrong->wrong"] += 1
    return c


def nested(cases: list[dict[str, Any]], group: str, mode: str) -> tuple[Counter[str], list[int], list[float]]:
    """The variant scored with each fold's threshold chosen on the other folds (without own rows)."""
    total: Counter[str] = Counter()
    per_fold, chosen = [], []
    for k in range(5):
        rest = [c for c in cases if c["fold"] != k]
        here = [c for c in cases if c["fold"] == k]
        best = max(THRESHOLDS, key=lambda t: (score(rest, "without", group, mode, t)["after"], t))
        s = score(here, "without", group, mode, best)
        total.update(s)
        per_fold.append(s["after"] - s["before"])
        chosen.append(best)
    return total, per_fold, chosen


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", help="the output of bench/leave_source_out.py --guesses")
    ap.add_argument("--list", metavar="GROUP:MODE:T", help="the tuning verdicts (without own rows) one variant moves")
    args = ap.parse_args(argv)
    cases = load(args.file)
    if args.list:
        group, mode, t = args.list.split(":")
        for case in sorted(cases, key=lambda c: (c["want"], c["key"])):
            after, _ = verdict(case, "without", group, mode, float(t))
            if after != case["without"][0]:
                mark = "+" if after == case["want"] else "-" if case["without"][0] == case["want"] else " "
                print(f"{mark} {case['want']:>15} {case['without'][0]:>15} -> {after:<15} [{case['without'][1]}] "
                      f"{case['ident']}  ({case['key'][:60]})")  # fmt: skip
        return 0
    base = score(cases, "without", "code", "u", 2.0)
    print(f"tuning cases: {base['n']}; right without own rows {base['before']}, with "
          f"{sum(c['with'][0] == c['want'] for c in cases)}")
    steps = Counter(c["without"][2]["step"] for c in cases if c["without"][2])
    print("deciding step (without own rows):", ", ".join(f"{s} {n}" for s, n in steps.most_common()))
    print("\n| variant | t (per fold, nested) | touched | right there before -> after | net without own rows "
          "| net per fold | moved r->w / w->r / w->w |\n|---|---|---|---|---|---|---|")
    for group in GROUPS:
        for mode in MODES:
            s, per_fold, chosen = nested(cases, group, mode)
            tb, ta, n = s["touched before"], s["touched after"], max(1, s["touched"])
            print(f"| {group}:{mode} | {'/'.join(f'{t:g}' for t in chosen)} | {s['touched']} | "
                  f"{tb} ({100 * tb / n:.1f} %) -> {ta} ({100 * ta / n:.1f} %) | {s['after'] - s['before']:+d} | "
                  f"{' '.join(f'{x:+d}' for x in per_fold)} | "
                  f"{s['right->wrong']} / {s['wrong->right']} / {s['wrong->wrong']} |")  # fmt: skip
    print("\nper threshold (no nesting), net without own rows / with own rows (committed model), moved r->w / w->r")
    print("| variant | " + " | ".join(f"{t:g}" for t in THRESHOLDS) + " |\n|---|" + "---|" * len(THRESHOLDS))
    for group in GROUPS:
        for mode in MODES:
            cells = []
            for t in THRESHOLDS:
                w = score(cases, "without", group, mode, t)
                o = score(cases, "with", group, mode, t)
                cells.append(f"{w['after'] - w['before']:+d} / {o['after'] - o['before']:+d} "
                             f"({w['right->wrong']}/{w['wrong->right']})")
            print(f"| {group}:{mode} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
