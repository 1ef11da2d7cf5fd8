"""Train the classifier's last-resort model (`bouncelib._classify._model`) on the tuning part.

    python bench/train_model.py                     # write bouncelib/_data/model.json
    python bench/train_model.py --check             # exit 1 when the file differs from a fresh training
    python bench/train_model.py --evaluate          # right / wrong / silent per fold of the tuning part
    python bench/train_model.py --unseen 0c3c61e b965002 9633e40   # the unseen-wording simulation
    python bench/train_model.py --choose-threshold  # the probability trade-off on both measures
    python bench/train_model.py --stability 10      # guesses moved by leaving one tuning source out
    python bench/train_model.py --evaluate --set DECAY=1e-3   # a measure under another setting

The training material is every case of `bench/accuracy.py` (real replies, real Postfix lines, the
wild mails and the shared Sisimai half when present) that lies in the *tuning part* and has a
reason label; the frozen test part is never read here. Each case's input is what the classifier
was given (its Reply's text, status, code and command), masked and flattened as the classifier
does, so training and use see the same features.

``--evaluate`` splits the tuning part's sources five ways (by their hash, as the split does) and,
for each fold, trains on the other four and asks the model about the held-out cases: those the
rules left ``onhold`` (where the model speaks), and those the rules read (what it would have said
had they been silent). Right, wrong, ``turned`` (labelled ``onhold``, given a reason) and silent.

``--unseen`` simulates wordings nobody tuned to: for each commit, the tuning cases added after it
(up to the next commit named) that the rules *of that commit* left ``onhold`` (read in a temporary
``git worktree`` of it, the model switched off), asked of a model trained on the tuning cases its
corpus had. ``--choose-threshold`` prints both measures per least probability; `PROBABILITY` and
the rest of the model's settings were chosen on them.

``--stability N`` measures how steady the guesses are under a small change of the training material:
for each of N tuning sources (chosen by a hash of the source, with two or more training replies), the
model is retrained without that source's replies and asked about every *other* tuning case; a case
whose guess (a reason, or silence) differs from the full model's is a flip. The mean flips per
removal are printed, over all the other cases and over those the rules leave ``onhold`` (where a
guess becomes a verdict). ``--set NAME=VALUE`` overrides a module setting (`DECAY`, `MIN_SOURCES`,
...) for the measures of that run, so a setting can be tried without editing the file.

The file is deterministic (sorted keys, a hash order of the replies, weights rounded): rerun after the tuning
material changes and commit the result; ``--check`` tells whether that was done.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from accuracy import Case, all_cases  # noqa: E402
from split import catalogue_key, source_key  # noqa: E402

from bouncelib._classify import DEFAULT_MAX_CHARS  # noqa: E402
from bouncelib._classify._concepts import Terms, concept_terms  # noqa: E402
from bouncelib._classify._decide import concept_text_of  # noqa: E402
from bouncelib._classify._extract import extract  # noqa: E402
from bouncelib._classify._mask import mask  # noqa: E402
from bouncelib._classify._model import KINDS, features  # noqa: E402

OUT = ROOT / "bouncelib" / "_data" / "model.json"
MIN_CASES = 2  # a feature seen in one training reply only is that reply's, not a wording's
# ... and one seen in the replies of one or two sources only is most likely those sources' (a catalogue's
# template, a thread's names): chosen on the tuning part's folds and the unseen-wording simulation, with
# the file a quarter of the size.
MIN_SOURCES = 3
# A word held by the replies of this many reasons or more tells none of them (its weights still count):
# chosen on the tuning part's folds and the unseen-wording simulation (5 wrong and 2 turned fewer, 5 right
# fewer, of 241 replies the rules left onhold).
SPREAD = 12
EPOCHS = 8
STEP = 0.5  # the first pass's step; the n-th pass's is STEP / n
BIAS_STEP = 0.1  # the biases move slower: a reason's prior is learnt over the whole pass
DECAY = 1e-4
SMALLEST = 0.1  # a weight under this in size changes no guess on the tuning folds
BAGS = 1  # trainings averaged, each without one of BAGS folds of the sources (1: one training on all)
ORDERS = 1  # trainings averaged, each in its own hash order of the replies
AVERAGE = 0  # > 0: the weights are the mean of those at the end of the last AVERAGE passes (0: the last pass's)
# The kinds of features beside the words (`_model.KINDS`, comma-separated: concepts, pairs, classes, fold, ...).
# Round r80mlo measured fold (a word's stem without its diacritics) and prefix5 (its first five letters), the forms a
# related language shares, on `bench/leave_language_out.py --material replies --retrain` (each language's rows, its
# words off, read by a model trained without it): 1,512 -> 1,656 of 4,178; tuning reason +12, the leave-future-out
# tuning rows 377 -> 399 of 933; the data file 903 -> 1,122 kB. Not shipped: round r81mask made what the mask
# replaces give no feature at all (`_mask.blank`, the verdict the same with and without the mask whatever the
# kinds), but bench/model_cv.py's net where the model decides is lower with them (0.6: 109 against the words'
# 117; the best of TELLS 0.5/0.75/1.0, SUPPORT 3/4/5 and least probability 0.6/0.7/0.8 is 112, the words' 123).
FEATURES = ""
# How a training reply's weight in the loss depends on how many replies its program gave (`program_of`: one
# program's catalogue in 40 locales is one program): "" every reply weighs 1; "cap" a program of more than
# `CAP` replies has each weigh CAP / its replies (its replies sum to CAP); "sum" every program's replies sum
# to CAP (a program of fewer weighs more per reply); "share" as "cap", then every weight scaled so that they
# average 1 (the training's whole mass unchanged, moved from the big programs to the rest).
WEIGHTING = ""
CAP = 10.0
# What `MIN_SOURCES`, `SUPPORT` and `SPREAD` count as one source: "source" (`split.source_key`: each locale's
# catalogue its own) or "program" (`program_of`: a program's catalogues in all locales one source).
COUNT = "source"


def program_of(source: str) -> str:
    """The program a source's text comes from: a translation catalogue's software whatever its locale
    (`split.catalogue_key`: "phpmailer" for each of PHPMailer's 48 language files), else the source itself."""
    key = catalogue_key(source)
    return "catalogue:" + key.partition(":")[0] if key is not None else source


def row_weights(rows: list[tuple[set[str], str, str]]) -> list[float]:
    """Each training reply's weight in the loss under `WEIGHTING` (see there), by its program's replies."""
    if not WEIGHTING:
        return [1.0] * len(rows)
    programs = [program_of(source) for _, _, source in rows]
    count = Counter(programs)
    if WEIGHTING in ("cap", "share"):
        capped = [min(1.0, CAP / count[p]) for p in programs]
        if WEIGHTING == "share":
            scale = len(capped) / sum(capped)
            return [w * scale for w in capped]
        return capped
    if WEIGHTING == "sum":
        return [CAP / count[p] for p in programs]
    raise SystemExit(f"unknown WEIGHTING {WEIGHTING!r}")


def _kinds() -> frozenset[str]:
    kinds = frozenset(k for k in FEATURES.split(",") if k)
    unknown = kinds - set(KINDS)
    if unknown:
        raise SystemExit(f"unknown feature kinds: {sorted(unknown)}")
    return kinds


def _said(text: str) -> tuple[str, Terms]:
    """The classifier's words text of a reply and its concept terms (as `_decide.concept_text` finds them)."""
    facts = extract(mask(text)[0], DEFAULT_MAX_CHARS)
    return facts.words_text, concept_terms(concept_text_of(facts.words_text, facts.flat))


def case_features(case: Case) -> set[str] | None:
    """The model's features of what the classifier was given for `case`."""
    if case.said is None:
        return None
    text, status, code, command = case.said
    words, terms = _said(text)
    return features(words, status, code, command, kinds=_kinds(), terms=terms)


def training_cases(cases: Iterable[Case]) -> list[tuple[set[str], str, str]]:
    """(features, reason, source) of every tuning-part case with a reason label and something said."""
    return [row for _, row in keyed_training_cases(cases)]


def keyed_training_cases(cases: Iterable[Case]) -> list[tuple[str, tuple[set[str], str, str]]]:
    """`training_cases` with each row's case key (``material|ident``): a measure that leaves some cases out
    of the training (`bench/leave_language_out.py --retrain`) computes the features once and filters."""
    out = []
    for c in cases:
        if c.part != "tune" or not c.expect.get("reason"):
            continue
        f = case_features(c)
        if f:
            out.append((_key(c), (f, c.expect["reason"], source_key(c.source))))
    return out


def set_setting(item: str) -> None:
    """Override one module setting from ``NAME=VALUE`` (`--set`; the leave-out measures pass theirs here)."""
    name, _, value = item.partition("=")
    if not name.isupper() or name not in globals():
        raise SystemExit(f"no setting {name!r} in bench/train_model.py")
    globals()[name] = type(globals()[name])(value)


def train(rows: list[tuple[set[str], str, str]]) -> dict[str, object]:
    """The weights of the logistic regression (see `_model.Model`).

    The vocabulary is every feature held by `MIN_CASES` training replies from `MIN_SOURCES` sources or
    more. The weights are found by stochastic gradient descent on the softmax's log loss with a little
    L2 decay (`EPOCHS` passes, the step shrinking after each): a deterministic sum of floats, so that a
    retraining writes the same file. Each pass visits the replies in the order of a hash of the pass and
    the reply itself, not of a shuffle of the list: a reply added or removed moves only itself, where a
    shuffled list is reordered whole and one new case moved 150-200 of the 2,783 tuning guesses (37 over
    six one-source removals with the hash order, 965 with the shuffle; the folds and the unseen-wording
    simulation as before, within two cases). Weights under `SMALLEST` are left out."""
    per_reason: Counter[str] = Counter(r for _, r, _ in rows)
    df: Counter[str] = Counter(f for fs, _, _ in rows for f in fs)
    held: dict[str, set[str]] = defaultdict(set)
    counted = [program_of(source) if COUNT == "program" else source for _, _, source in rows]
    for (fs, _, _), source in zip(rows, counted, strict=True):
        for f in fs:
            held[f].add(source)
    kept = {f for f, n in df.items() if n >= MIN_CASES and len(held[f]) >= MIN_SOURCES}
    reasons = sorted(per_reason)
    index = {r: i for i, r in enumerate(reasons)}
    spread: dict[str, dict[int, set[str]]] = {f: defaultdict(set) for f in kept}
    for (fs, r, _), source in zip(rows, counted, strict=True):
        for f in fs & kept:
            spread[f][index[r]].add(source)
    k = len(reasons)
    data = [(sorted(fs & kept), index[r], f"{source}\0{r}\0{' '.join(sorted(fs))}", source, weight)
            for (fs, r, source), weight in zip(rows, row_weights(rows), strict=True)]
    # BAGS > 1: the weights are the mean of BAGS trainings, each without one fold of the sources (by a hash
    # of the source); ORDERS > 1: the mean of ORDERS trainings, each visiting the replies in its own hash order.
    runs = [(b, o) for b in range(BAGS) for o in range(ORDERS)]
    weights: dict[str, list[float]] = {f: [0.0] * k for f in sorted(kept)}
    bias = [0.0] * k
    for b, o in runs:
        part = data if BAGS == 1 else [row for row in data if _bag(row[3]) != b]
        w, bi = _fit(part, kept, k, "" if o == 0 else f"order{o}\0")
        for f, row in w.items():
            total = weights[f]
            for i in range(k):
                total[i] += row[i] / len(runs)
        for i in range(k):
            bias[i] += bi[i] / len(runs)
    return {
        "about": "bouncelib's last-resort reason model; trained by bench/train_model.py on the tuning part only",
        "features": sorted(_kinds()),
        "reasons": reasons,
        "cases": [per_reason[r] for r in reasons],
        "bias": [round(b, 4) for b in bias],
        "weights": {f: {str(i): round(w, 3) for i, w in enumerate(row) if abs(w) >= SMALLEST}
                    for f, row in weights.items() if any(abs(w) >= SMALLEST for w in row)},
        # (Only of single words: a status, a code or a pair of words never tells a reason; nor does a word
        # of the replies of `SPREAD` reasons or more, "this", "have", "recipients": none in particular.)
        "sources": {f: {str(i): len(s) for i, s in sorted(spread[f].items()) if len(s) > 1}
                    if len(spread[f]) < SPREAD else {} for f in sorted(kept) if f[0] != "#" and " " not in f},
    }


def _bag(source: str) -> int:
    return int(hashlib.sha256(("bag:" + source).encode()).hexdigest(), 16) % BAGS


def _fit(data: list[tuple[list[str], int, str, str, float]], kept: set[str], k: int, salt: str,
         ) -> tuple[dict[str, list[float]], list[float]]:  # fmt: skip
    """One training by stochastic gradient descent (see `train`): the weights and biases.

    With numpy (a test dependency, through pandas) the rows of weights are numpy's, each the same float operations
    in the same order as one weight at a time in Python (the sums row after row, the exponentials Python's): the
    same file, in a fifth of the time; without it the pure-Python pass below."""
    if not AVERAGE:
        try:
            return _fit_numpy(data, kept, k, salt)
        except ImportError:
            pass
    data = data[:]
    weights: dict[str, list[float]] = {f: [0.0] * k for f in sorted(kept)}
    bias = [0.0] * k
    kept_mean: dict[str, list[float]] = {}
    bias_mean = [0.0] * k
    for epoch in range(EPOCHS):
        _order(data, salt, epoch)
        step = STEP / (1 + epoch)
        bias_step = step * BIAS_STEP
        # (Whole rows at a time, each the same float operations in the same order as one weight at a time: the
        # same file, in a third of the time; bench/leave_language_out.py --retrain trains once per language.)
        for fs, y, _, _, weight in data:
            scores = bias
            for f in fs:
                scores = [s + w for s, w in zip(scores, weights[f], strict=True)]
            top = max(scores)
            exps = [math.exp(x - top) for x in scores]
            total = sum(exps)
            grad = [e / total for e in exps]
            grad[y] -= 1.0
            if weight != 1.0:
                grad = [g * weight for g in grad]
            bias = [b - bias_step * g for b, g in zip(bias, grad, strict=True)]
            for f in fs:
                row = weights[f]
                row[:] = [w - step * (g + DECAY * w) for w, g in zip(row, grad, strict=True)]
        if AVERAGE and epoch >= EPOCHS - AVERAGE:
            for f, row in weights.items():
                mean = kept_mean.setdefault(f, [0.0] * k)
                for i in range(k):
                    mean[i] += row[i] / AVERAGE
            for i in range(k):
                bias_mean[i] += bias[i] / AVERAGE
    if AVERAGE:
        return kept_mean, bias_mean
    return weights, bias


def _order(data: list[tuple[list[str], int, str, str, float]], salt: str, epoch: int) -> None:
    data.sort(key=lambda row: hashlib.sha256(f"{salt}{epoch}\0{row[2]}".encode()).digest())


def _fit_numpy(data: list[tuple[list[str], int, str, str, float]], kept: set[str], k: int, salt: str,
               ) -> tuple[dict[str, list[float]], list[float]]:  # fmt: skip
    """`_fit` with the weights in a numpy array (see there; not for `AVERAGE`)."""
    import numpy as np

    names = sorted(kept)
    column = {f: i for i, f in enumerate(names)}
    weights = np.zeros((len(names), k))
    bias = np.zeros(k)
    data = data[:]
    indices = {id(row): np.array([column[f] for f in row[0]], dtype=np.intp) for row in data}
    for epoch in range(EPOCHS):
        _order(data, salt, epoch)
        step = STEP / (1 + epoch)
        bias_step = step * BIAS_STEP
        for row in data:
            at = indices[id(row)]
            held = weights[at]
            # (A reduction over the first axis adds row after row: the bias, then each feature's weights in turn.)
            top_scores = np.add.reduce(np.vstack((bias, held)), axis=0).tolist()
            top = max(top_scores)
            exps = [math.exp(x - top) for x in top_scores]
            total = sum(exps)
            grad = [e / total for e in exps]
            grad[row[1]] -= 1.0
            if row[4] != 1.0:
                grad = [g * row[4] for g in grad]
            g = np.array(grad)
            bias = bias - bias_step * g
            weights[at] = held - step * (g + DECAY * held)
    return {f: weights[i].tolist() for i, f in enumerate(names)}, bias.tolist()


def dump(model: dict[str, object]) -> str:
    """The data file's text: JSON, one feature per line (a retraining's diff shows which counts moved)."""
    lines = []
    for key, value in sorted(model.items()):
        if isinstance(value, dict) and key in ("weights", "sources"):
            inner = ",\n".join(f"  {json.dumps(f, ensure_ascii=False)}: {json.dumps(v, separators=(',', ':'))}"
                               for f, v in sorted(value.items()))  # fmt: skip
            lines.append(f"{json.dumps(key)}: {{\n{inner}\n}}")
        else:
            lines.append(f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False, separators=(',', ':'))}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def _fold(case: Case) -> int:
    return int(hashlib.sha256(("fold:" + source_key(case.source)).encode()).hexdigest(), 16) % 5


def _key(case: Case) -> str:
    return f"{case.material}|{case.ident}"


def _judged(said: object, want: str) -> str:
    """How a guess fares against the label: right, wrong, turned (labelled onhold) or silent."""
    if said is None:
        return "silent"
    if said[0].value == want:  # type: ignore[index]
        return "right"
    return "turned" if want == "onhold" else "wrong"


def _ask(model: object, case: Case, probability: float | None = None) -> object:
    """The model's guess on what the classifier was given for `case`."""
    import bouncelib._classify._model as m

    assert case.said is not None
    text, status, code, command = case.said
    words, terms = _said(text)
    if probability is None:
        return m.guess(words, status, code, command, weights=model, terms=terms)  # type: ignore[arg-type]
    return m.guess(words, status, code, command, weights=model, probability=probability,  # type: ignore[arg-type]
                   terms=terms)  # fmt: skip


def _model_of(rows: list[tuple[set[str], str, str]]) -> object:
    import bouncelib._classify._model as m

    return m.from_json(json.loads(dump(train(rows))))


def _row(name: str, t: Counter[str]) -> str:
    return f"{name:>9} | {t['right']:5} | {t['wrong']:5} | {t['turned']:6} | {t['silent']:6}"


_HEAD = "     fold | right | wrong | turned | silent"


def evaluate(cases: list[Case]) -> dict[str, Counter[str]]:
    """Five folds of the tuning part by source: train on four, ask the model about the fifth.

    Two groups of held-out cases: those the rules leave ``onhold`` (where the model speaks) and
    those the rules read (what the model would have said had they been silent: the rules' cases
    stand for the next wording of a meaning they read). Right, wrong, ``turned`` (labelled onhold,
    given a reason) and silent, per fold and summed."""
    tune = [c for c in cases if c.part == "tune" and c.expect.get("reason") and c.said is not None]
    out: dict[str, Counter[str]] = {"onhold": Counter(), "spoke": Counter()}
    lines: dict[str, list[str]] = {"onhold": [], "spoke": []}
    for k in range(5):
        model = _model_of(training_cases(c for c in tune if _fold(c) != k))
        per = {"onhold": Counter[str](), "spoke": Counter[str]()}
        for c in tune:
            if _fold(c) == k:
                group = "onhold" if c.got.get("reason") == "onhold" else "spoke"
                per[group][_judged(_ask(model, c), c.expect["reason"])] += 1
        for group, t in per.items():
            out[group].update(t)
            lines[group].append(_row(str(k), t))
    for group, title in (("onhold", "left onhold by the rules"), ("spoke", "read by the rules")):
        print(f"\n5 folds by source, tuning cases {title}:\n{_HEAD}")
        print("\n".join([*lines[group], _row("all", out[group])]))
    return out


# Run in a worktree of an older commit: which cases its corpus had, and what its rules (no model)
# say of the cases added since, read from this checkout's corpus.
_OLD_READER = """
import json, sys
from pathlib import Path
sys.path.insert(0, "bench")
try:
    import bouncelib._classify._model as m
    m.model = lambda: None
except ImportError:
    pass
import accuracy as a
new = Path(sys.argv[1])
def read(*args):
    out = []
    for f in (a.reply_cases, a.log_cases, a.wild_cases):
        try:
            out.extend(f(*args))
        except Exception as e:
            print(f"{f.__name__}: {e!r}", file=sys.stderr)
    return out
old = sorted({f"{c.material}|{c.ident}" for c in read()})
known = set(old)
got = {k: c.got.get("reason") for c in read(new) if (k := f"{c.material}|{c.ident}") not in known}
print(json.dumps({"old": old, "got": got}))
"""


def old_reading(commit: str) -> dict[str, Any]:
    """`_OLD_READER`'s answer for `commit` (cached in the temporary folder: a worktree per commit)."""
    full = subprocess.run(["git", "rev-parse", commit], check=True, capture_output=True, text=True, cwd=ROOT)
    sha = full.stdout.strip()
    cache = Path(tempfile.gettempdir()) / f"bouncelib-old-reading-{sha[:12]}.json"
    if not cache.exists():
        with tempfile.TemporaryDirectory() as tmp:
            wt = Path(tmp) / "old"
            subprocess.run(["git", "worktree", "add", "--detach", str(wt), sha], check=True, capture_output=True,
                           cwd=ROOT)  # fmt: skip
            try:
                env = {**os.environ, "PYTHONPATH": str(wt)}
                done = subprocess.run([sys.executable, "-c", _OLD_READER, str(ROOT)], check=True, cwd=wt, env=env,
                                      capture_output=True, text=True)  # fmt: skip
                cache.write_text(done.stdout, encoding="utf-8")
            finally:
                subprocess.run(["git", "worktree", "remove", "--force", str(wt)], check=False, cwd=ROOT)
    result: dict[str, Any] = json.loads(cache.read_text(encoding="utf-8"))
    return result


def _unseen_sets(tune: list[Case], commits: list[str]) -> Iterator[tuple[object, list[Case]]]:
    """Per commit (oldest first): a model trained on the tuning cases its corpus had, and the tuning
    cases added after it (up to the next commit) that its rules left ``onhold``."""
    readings = [old_reading(c) for c in commits]
    for i, reading in enumerate(readings):
        old = set(reading["old"])
        later = set(readings[i + 1]["old"]) if i + 1 < len(readings) else {_key(c) for c in tune}
        model = _model_of(training_cases(c for c in tune if c.material == "sisimai" or _key(c) in old))
        added = [c for c in tune if c.material != "sisimai" and _key(c) not in old and _key(c) in later]
        yield model, [c for c in added if reading["got"].get(_key(c)) == "onhold"]


def unseen(cases: list[Case], commits: list[str]) -> Counter[str]:
    """The unseen-wording simulation (see the module's docstring), per commit and summed."""
    tune = [c for c in cases if c.part == "tune" and c.expect.get("reason") and c.said is not None]
    total: Counter[str] = Counter()
    print(f"\nunseen wordings: tuning cases added after a commit, left onhold by its rules\n{_HEAD}")
    for commit, (model, asked) in zip(commits, _unseen_sets(tune, commits), strict=True):
        t: Counter[str] = Counter(_judged(_ask(model, c), c.expect["reason"]) for c in asked)
        total.update(t)
        print(_row(commit[:9], t))
    print(_row("all", total))
    return total


def choose_threshold(cases: list[Case], commits: list[str]) -> None:
    """Print, per least probability, what the model does to the held-out tuning cases the rules left
    onhold (five folds by source) and, with `commits`, to the unseen-wording simulation's cases."""
    tune = [c for c in cases if c.part == "tune" and c.expect.get("reason") and c.said is not None]
    floors = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
    folds: dict[float, Counter[str]] = {g: Counter() for g in floors}
    later: dict[float, Counter[str]] = {g: Counter() for g in floors}
    for k in range(5):
        model = _model_of(training_cases(c for c in tune if _fold(c) != k))
        for c in tune:
            if _fold(c) == k and c.got.get("reason") == "onhold":
                for g in floors:
                    folds[g][_judged(_ask(model, c, g), c.expect["reason"])] += 1
    for model, asked in _unseen_sets(tune, commits):
        for c in asked:
            for g in floors:
                later[g][_judged(_ask(model, c, g), c.expect["reason"])] += 1
    print("least probability | folds: right | wrong | turned | silent | unseen: right | wrong | turned | silent")
    for g in floors:
        f, u = folds[g], later[g]
        print(f"{g:17} | {f['right']:12} | {f['wrong']:5} | {f['turned']:6} | {f['silent']:6} | "
              f"{u['right']:13} | {u['wrong']:5} | {u['turned']:6} | {u['silent']:6}")  # fmt: skip


def _stability_sources(tune: list[Case], n: int) -> list[str]:
    """`n` tuning sources with two training replies or more, in the order of a hash of the source."""
    count = Counter(source_key(c.source) for c in tune)
    ranked = sorted((s for s, k in count.items() if k >= 2),
                    key=lambda s: hashlib.sha256(("stability:" + s).encode()).digest())  # fmt: skip
    return ranked[:n]


def stability(cases: list[Case], n: int) -> float:
    """The mean number of guesses on the other tuning cases that move when one tuning source's replies are
    left out of the training (see the module's docstring); prints each removal's flips."""
    tune = [c for c in cases if c.part == "tune" and c.expect.get("reason") and c.said is not None]
    rows = training_cases(tune)
    full = _model_of(rows)
    said = {_key(c): _ask(full, c) for c in tune}
    print(f"\nstability: guesses moved on the other tuning cases, one source left out (a guess is a reason or\n"
          f"silence; 'named' counts the same reason named by other words)\n"
          f"{'source':>40} | cases | flips | onhold flips | named")  # fmt: skip
    flips: list[int] = []
    onhold_flips: list[int] = []
    named: list[int] = []
    for source in _stability_sources(tune, n):
        model = _model_of([r for r in rows if r[2] != source])
        asked = [(c, _ask(model, c)) for c in tune if source_key(c.source) != source]
        moved = [c for c, got in asked if _reason(got) != _reason(said[_key(c)])]
        flips.append(len(moved))
        onhold_flips.append(sum(c.got.get("reason") == "onhold" for c in moved))
        named.append(sum(got != said[_key(c)] for c, got in asked) - len(moved))
        held = sum(source_key(c.source) == source for c in tune)
        print(f"{source[-40:]:>40} | {held:5} | {flips[-1]:5} | {onhold_flips[-1]:12} | {named[-1]:5}")
    mean = sum(flips) / max(1, len(flips))
    print(f"{'mean':>40} |       | {mean:5.1f} | {sum(onhold_flips) / max(1, len(onhold_flips)):12.1f} | "
          f"{sum(named) / max(1, len(named)):5.1f}")  # fmt: skip
    return mean


def _reason(said: object) -> object:
    return None if said is None else said[0]  # type: ignore[index]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="exit 1 when the committed file is not a fresh training")
    ap.add_argument("--choose-threshold", action="store_true",
                    help="print the least probability's trade-off (tuning part only; with --unseen's commits too)")
    ap.add_argument("--evaluate", action="store_true",
                    help="right / wrong / silent per fold of the tuning part (onhold by the rules, and read by them)")
    ap.add_argument("--unseen", nargs="+", metavar="COMMIT",
                    help="the unseen-wording simulation over the cases added after each commit (oldest first)")
    ap.add_argument("--stability", type=int, metavar="N",
                    help="mean guesses moved on the other tuning cases when one of N tuning sources is left out")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                    help="override a module setting (DECAY, MIN_SOURCES, ...) for this run's measures")
    args = ap.parse_args(argv)
    for item in args.set:
        set_setting(item)
    # The cases are read without the model: what the classifier is given must not depend on the
    # weights being trained (a mail reader may take a reply only when it states a reason).
    import bouncelib._classify._model as m

    m.model = lambda: None  # type: ignore[assignment]
    cases = all_cases()
    if args.choose_threshold:
        choose_threshold(cases, args.unseen or [])
        return 0
    if args.evaluate or args.unseen or args.stability:
        if args.evaluate:
            evaluate(cases)
        if args.unseen:
            unseen(cases, args.unseen)
        if args.stability:
            stability(cases, args.stability)
        return 0
    if args.set:
        ap.error("--set is for the measures only (--evaluate, --unseen, --stability)")
    text = dump(train(training_cases(cases)))
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("model.json is " + ("up to date" if same else "stale: run python bench/train_model.py"))
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    rows = json.loads(text)
    print(f"wrote {OUT.relative_to(ROOT)}: {sum(rows['cases'])} tuning cases, {len(rows['reasons'])} reasons, "
          f"{len(rows['weights'])} features, {OUT.stat().st_size // 1024} KiB")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
