"""A grouped cross-validation of the last-resort model on the tuning part: how often it is right where it decides.

    python bench/model_cv.py                                   # the committed settings
    python bench/model_cv.py --variant WEIGHTING=cap,CAP=10 --variant DECAY=1e-3
    python bench/model_cv.py --variant WEIGHTING=cap --stability 10   # and train_model's stability measure

The tuning part's cases (the frozen test part is never read) are put in five folds by a hash of their
*program* (`train_model.program_of`: a source as `split.source_key` writes it, except that a translation
catalogue counts as its software whatever its locale, so PHPMailer's 48 language files fall in one fold: a
model that learnt PHPMailer's Spanish template is not asked about its Portuguese one as if it were unseen).
For each fold the model is trained on the other four (`train_model.train`, under the variant's settings) and
asked about the held-out cases, in two groups:

* **decides**: the cases the rules leave ``onhold`` (read with the model switched off), where the model's guess
  becomes the verdict; right, wrong, turned (labelled ``onhold`` and given a reason) and silent, per least
  probability (`_model.PROBABILITY` is the committed one). The figure a setting is chosen by: right minus
  wrong minus turned ("net"), and the precision right / (right + wrong + turned).
* **read**: the cases the rules read, what the model would have said had they been silent (the next wording
  of a meaning they read); right, wrong, silent and the precision at the committed least probability.

A variant is a comma-separated list of ``NAME=VALUE`` settings of `train_model` (``WEIGHTING``, ``CAP``,
``COUNT``, ``DECAY``, ``FEATURES``, ...); the empty variant (the committed settings) is always measured first.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import train_model as tm  # noqa: E402
from accuracy import Case  # noqa: E402
from split import source_key  # noqa: E402

import bouncelib._classify._model as m  # noqa: E402
from bouncelib._classify._concepts import Terms  # noqa: E402

FOLDS = 5
FLOORS = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def fold_of(source: str) -> int:
    """The fold of a case's source: a hash of its program (`train_model.program_of`), so that all the replies
    of one source, and all the locales of one program's catalogue, are held out together."""
    program = tm.program_of(source_key(source))
    return int(hashlib.sha256(("cvfold:" + program).encode()).hexdigest(), 16) % FOLDS


def _settings(variant: str) -> dict[str, object]:
    out: dict[str, object] = {}
    # (A value may hold commas, FEATURES=concepts,pairs: a comma starts a new setting only before NAME=.)
    for item in filter(None, re.split(r",(?=[A-Z_]+=)", variant)):
        name, _, value = item.partition("=")
        if not name.isupper() or not hasattr(tm, name):
            raise SystemExit(f"no setting {name!r}")
        out[name] = type(getattr(tm, name))(value)
    return out


def cross_validate(tune: list[Case], said: dict[int, tuple[str, Terms]], floors: tuple[float, ...] = FLOORS,
                   ) -> dict[str, Counter[str]]:  # fmt: skip
    """Per least probability ``decides@P`` and the read group's ``read``: right / wrong / turned / silent
    over the five folds (see the module's docstring); also ``decides@P fold K`` per fold."""
    out: dict[str, Counter[str]] = {}
    rows = {id(c): r for c in tune if (r := _row(c, said)) is not None}
    for k in range(FOLDS):
        model = tm._model_of([rows[id(c)] for c in tune if fold_of(c.source) != k and id(c) in rows])
        for c in tune:
            if fold_of(c.source) != k:
                continue
            words, terms = said[id(c)]
            _, status, code, command = c.said  # type: ignore[misc]
            want = c.expect["reason"]
            if c.got.get("reason") == "onhold":
                for p in floors:
                    got = m.guess(words, status, code, command, weights=model, probability=p,  # type: ignore[arg-type]
                                  terms=terms)  # fmt: skip
                    verdict = tm._judged(got, want)
                    out.setdefault(f"decides@{p}", Counter())[verdict] += 1
                    out.setdefault(f"decides@{p} fold {k}", Counter())[verdict] += 1
            else:
                got = m.guess(words, status, code, command, weights=model, terms=terms)  # type: ignore[arg-type]
                out.setdefault("read", Counter())[tm._judged(got, want)] += 1
    return out


def _row(case: Case, said: dict[int, tuple[str, Terms]]) -> tuple[set[str], str, str] | None:
    words, terms = said[id(case)]
    _, status, code, command = case.said  # type: ignore[misc]
    fs = m.features(words, status, code, command, kinds=tm._kinds(), terms=terms)
    return (fs, case.expect["reason"], source_key(case.source)) if fs else None


def net(t: Counter[str]) -> int:
    return t["right"] - t["wrong"] - t["turned"]


def precision(t: Counter[str]) -> float:
    spoke = t["right"] + t["wrong"] + t["turned"]
    return 100.0 * t["right"] / spoke if spoke else 0.0


def report(name: str, out: dict[str, Counter[str]], seconds: float) -> None:
    print(f"\nvariant {name or '(committed settings)'}  ({seconds:.0f} s)")
    print(" least probability | right | wrong | turned | silent |  net | precision | net per fold")
    for p in FLOORS:
        t = out.get(f"decides@{p}", Counter())
        folds = " ".join(f"{net(out.get(f'decides@{p} fold {k}', Counter())):+d}" for k in range(FOLDS))
        mark = " *" if p == m.PROBABILITY else "  "
        print(f"{p:16}{mark}| {t['right']:5} | {t['wrong']:5} | {t['turned']:6} | {t['silent']:6} | {net(t):4} | "
              f"{precision(t):8.1f}% | {folds}")  # fmt: skip
    r = out.get("read", Counter())
    print(f"  read by the rules: right {r['right']}, wrong {r['wrong'] + r['turned']}, silent {r['silent']}, "
          f"precision {precision(r):.1f}%")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--variant", action="append", default=[], metavar="NAME=VALUE,...")
    ap.add_argument("--only", action="store_true", help="the variants named only, not the committed settings first")
    ap.add_argument("--stability", type=int, default=0, metavar="N", help="also train_model's stability measure")
    args = ap.parse_args(argv)
    m.model = lambda: None  # type: ignore[assignment]  # the rules' reading, as train_model reads it
    from accuracy import all_cases

    cases = all_cases()
    tune = [c for c in cases if c.part == "tune" and c.expect.get("reason") and c.said is not None]
    said = {id(c): tm._said(c.said[0]) for c in tune}  # type: ignore[index]
    held = Counter(fold_of(c.source) for c in tune)
    decides = Counter(fold_of(c.source) for c in tune if c.got.get("reason") == "onhold")
    print(f"{len(tune)} tuning cases in {FOLDS} folds by program: {[held[k] for k in range(FOLDS)]}; "
          f"left onhold by the rules: {[decides[k] for k in range(FOLDS)]}")  # fmt: skip
    defaults = {name: getattr(tm, name) for name in dir(tm) if name.isupper()}
    for variant in args.variant if args.only else ["", *args.variant]:
        for name, value in {**defaults, **_settings(variant)}.items():
            setattr(tm, name, value)
        start = time.perf_counter()
        report(variant, cross_validate(tune, said), time.perf_counter() - start)
        if args.stability:
            tm.stability(cases, args.stability)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
