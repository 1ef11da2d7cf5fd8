"""Train the classifier's last-resort model (`bouncelib._classify._model`) on the tuning part.

    python bench/train_model.py                  # write bouncelib/_data/model.json
    python bench/train_model.py --check          # exit 1 when the file differs from a fresh training
    python bench/train_model.py --choose-margin  # the margin trade-off, by cross-validation on the tuning part

The training material is every case of `bench/accuracy.py` (real replies, real Postfix lines, the
wild mails and the shared Sisimai half when present) that lies in the *tuning part* and has a
reason label; the frozen test part is never read here. Each case's input is what the classifier
was given (its Reply's text, status, code and command), masked and flattened as the classifier
does, so training and use see the same features.

``--choose-margin`` splits the tuning part's sources five ways (by their hash, as the split does)
and, for each fold, trains on the other four and asks the model about the held-out cases the rules
left ``onhold``: how many it then reads right, how many it reads wrong, and how many labelled
``onhold`` it would have turned into something else, per margin. `MARGIN` was chosen from it.

The file is deterministic (sorted keys, weights rounded to 4 decimals): rerun after the tuning
material changes and commit the result; ``--check`` tells whether that was done.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from accuracy import Case, all_cases  # noqa: E402
from split import source_key  # noqa: E402

from bouncelib._classify import DEFAULT_MAX_CHARS  # noqa: E402
from bouncelib._classify._extract import extract  # noqa: E402
from bouncelib._classify._mask import mask  # noqa: E402
from bouncelib._classify._model import features  # noqa: E402

OUT = ROOT / "bouncelib" / "_data" / "model.json"
MIN_CASES = 2  # a feature seen in one training reply only is that reply's, not a wording's


def case_features(case: Case) -> set[str] | None:
    """The model's features of what the classifier was given for `case`."""
    if case.said is None:
        return None
    text, status, code, command = case.said
    masked, _ = mask(text)
    return features(extract(masked, DEFAULT_MAX_CHARS).words_text, status, code, command)


def training_cases(cases: Iterable[Case]) -> list[tuple[set[str], str, str]]:
    """(features, reason, source) of every tuning-part case with a reason label and something said."""
    out = []
    for c in cases:
        if c.part != "tune" or not c.expect.get("reason"):
            continue
        f = case_features(c)
        if f:
            out.append((f, c.expect["reason"], source_key(c.source)))
    return out


def train(rows: list[tuple[set[str], str, str]]) -> dict[str, object]:
    """The counts of the naive Bayes model (see `_model.Model`)."""
    per_reason: Counter[str] = Counter(r for _, r, _ in rows)
    df: Counter[str] = Counter(f for fs, _, _ in rows for f in fs)
    vocab = sorted(f for f, n in df.items() if n >= MIN_CASES)
    kept = set(vocab)
    reasons = sorted(per_reason)
    index = {r: i for i, r in enumerate(reasons)}
    counts: dict[str, Counter[int]] = {f: Counter() for f in vocab}
    spread: dict[str, dict[int, set[str]]] = {f: defaultdict(set) for f in vocab}
    for fs, r, source in rows:
        for f in fs & kept:
            counts[f][index[r]] += 1
            spread[f][index[r]].add(source)
    n = len(rows)
    rate = {f: round(df[f] / n, 6) for f in vocab}
    cases = [per_reason[r] for r in reasons]
    totals = [sum(counts[f].get(i, 0) for f in vocab) for i in range(len(reasons))]
    return {
        "about": "bouncelib's last-resort reason model; trained by bench/train_model.py on the tuning part only",
        "reasons": reasons,
        "cases": cases,
        "totals": totals,
        "rate": rate,
        "counts": {f: {str(i): k for i, k in sorted(counts[f].items())} for f in vocab},
        "sources": {f: {str(i): len(s) for i, s in sorted(spread[f].items()) if len(s) > 1} for f in vocab},
    }


def dump(model: dict[str, object]) -> str:
    """The data file's text: JSON, one feature per line (a retraining's diff shows which counts moved)."""
    lines = []
    for key, value in sorted(model.items()):
        if isinstance(value, dict) and key in ("counts", "rate", "sources"):
            inner = ",\n".join(f"  {json.dumps(f, ensure_ascii=False)}: {json.dumps(v, separators=(',', ':'))}"
                               for f, v in sorted(value.items()))  # fmt: skip
            lines.append(f"{json.dumps(key)}: {{\n{inner}\n}}")
        else:
            lines.append(f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False, separators=(',', ':'))}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def _fold(case: Case) -> int:
    return int(hashlib.sha256(("fold:" + source_key(case.source)).encode()).hexdigest(), 16) % 5


def choose_margin(cases: list[Case]) -> None:
    """Print, per margin, what the model does to the held-out tuning cases the rules left onhold."""
    import bouncelib._classify._model as m

    tune = [c for c in cases if c.part == "tune" and c.expect.get("reason")]
    margins = (0.0, 0.5, 1.0, 2.0, 3.0, 5.0)
    tally: dict[float, Counter[str]] = {g: Counter() for g in margins}
    for k in range(5):
        weights = train(training_cases(c for c in tune if _fold(c) != k))
        model = m.from_json(json.loads(dump(weights)))
        for c in tune:
            if _fold(c) != k or c.got.get("reason") != "onhold" or c.said is None:
                continue
            text, status, code, command = c.said
            masked, _ = mask(text)
            words = extract(masked, DEFAULT_MAX_CHARS).words_text
            for g in margins:
                said = m.guess(words, status, code, command, weights=model, margin=g)
                want = c.expect["reason"]
                if said is None:
                    tally[g]["abstained"] += 1
                elif said[0].value == want:
                    tally[g]["right"] += 1
                elif want == "onhold":
                    tally[g]["onhold turned"] += 1
                else:
                    tally[g]["wrong"] += 1
    print("margin | right | wrong (was onhold, also wrong) | labelled onhold, turned | abstained")
    for g in margins:
        t = tally[g]
        print(f"{g:6} | {t['right']:5} | {t['wrong']:5} | {t['onhold turned']:5} | {t['abstained']:5}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="exit 1 when the committed file is not a fresh training")
    ap.add_argument("--choose-margin", action="store_true", help="print the margin trade-off (tuning part only)")
    args = ap.parse_args(argv)
    # The cases are read without the model: what the classifier is given must not depend on the
    # weights being trained (a mail reader may take a reply only when it states a reason).
    import bouncelib._classify._model as m

    m.model = lambda: None  # type: ignore[assignment]
    cases = all_cases()
    if args.choose_margin:
        choose_margin(cases)
        return 0
    text = dump(train(training_cases(cases)))
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("model.json is " + ("up to date" if same else "stale: run python bench/train_model.py"))
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    rows = json.loads(text)
    print(f"wrote {OUT.relative_to(ROOT)}: {sum(rows['cases'])} tuning cases, {len(rows['reasons'])} reasons, "
          f"{len(rows['counts'])} features, {OUT.stat().st_size // 1024} KiB")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
