"""The last resort: a naive Bayes model over a reply's words, for the replies no rule reads.

Rules name meanings, and a meaning's next wording still escapes them: a reply whose words no
phrase, concept pair, status or code reads was ``onhold`` ("nothing recognised"). Yet such a
reply usually shares words with replies whose reason is known ("unable to deliver to the
mailbox of the account", "Ihre Nachricht wurde vom Inhaltsfilter abgewiesen"). This model,
trained by ``bench/train_model.py`` on the *tuning part* of the labelled material only (never
the frozen test part), weighs those words and names the likeliest reason.

It speaks only where every rule is silent (`bouncelib._classify._decide` runs it as the last
step), only on words (a status or a code alone was read by the rules), only when its best reason
beats the runner-up by `MARGIN` (a likelihood ratio of e**MARGIN), only when some word of the
reply tells that reason on its own (`LIFT`, `SUPPORT`), and never to say ``onhold`` on its own
behalf (then the reply stays unrecognised) nor ``delivered`` (a success is read from the code,
status or action, never guessed from words). `Reply.rule` says so: ``model:<the telling words>``, so
an operator can tell a guess from a rule and see on what it was made.

Features (`features`): each word's first six letters (German "Postfach"/"Postfächer" and
English "delivery"/"delivered" meet), each pair of neighbouring words, each pair of neighbouring
characters of a Chinese, Japanese or Korean run (words there are not separated by spaces), the
enhanced status, its class and subject, the reply code and the SMTP command. A multinomial naive
Bayes over features counted once per reply, Laplace-smoothed; whether a word tells a reason is
judged by the share of that reason's replies holding it, drawn towards its overall rate (`chance`),
against that overall rate. The counts are data (``bouncelib/_data/model.json``), read the first
time the model is asked, so importing bouncelib does not pay for it.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Any, Final, NamedTuple

from bouncelib._data.notices import DELAY, PERMANENT, UNDELIVERED
from bouncelib._vocab import Reason

__all__ = [
    "LIFT", "MARGIN", "PRIOR", "RULE_PREFIX", "SUPPORT", "Model", "chance", "features", "from_json", "guess",
    "is_guess", "model",
]  # fmt: skip

# The least log-likelihood ratio of the best reason over the runner-up for the model to speak;
# chosen on the tuning part (bench/train_model.py --choose-margin prints the trade-off).
MARGIN: Final = 1.0
# How many times likelier than in replies at large a word must be in the guessed reason's replies to
# tell that reason; chosen on the tuning part too.
LIFT: Final = 3.0
# How many imagined replies draw a reason's chance of holding a feature towards the feature's overall rate.
PRIOR: Final = 2.0
# From how many sources (a catalogue, a thread, a program's templates) the training replies of the
# guessed reason holding a word must come for that word to tell the reason: the words of one
# source's replies (its template, its anonymised names, its dates) are that source's, not the reason's.
SUPPORT: Final = 2
_STEM: Final = 6
#: How `Reply.rule` starts when the reason is the model's guess (`is_guess`).
RULE_PREFIX: Final = "model:"
_FRAMING: Final = (UNDELIVERED, DELAY, PERMANENT)
# The reasons the model never gives: nothing recognised stays unrecognised, and a success is no guess.
_NEVER: Final = frozenset({Reason.ONHOLD, Reason.DELIVERED})
_WORD: Final = re.compile(r"[^\W\d_]+")
# A run of Han, kana or Hangul characters (written without spaces between words).
_CJK: Final = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+")
_ASCII_LETTERS: Final = bytes(c if c < 128 and chr(c).isalpha() else 32 for c in range(256))
_STATUS: Final = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")
# Not words of a reply's meaning: the names the corpus anonymises to (RFC 2606 / RFC 6761) and the
# day and month names of the dates notices quote.
_NOT_WORDS: Final = frozenset({
    "example", "test", "invalid", "localhost", "com", "org", "net",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
})  # fmt: skip


def features(words_text: str, status: str | None, code: int | None, command: str | None) -> set[str]:
    """The model's features of one reply: `words_text` is the classifier's lowercased, masked text."""
    # A notice's own words that it is a failure or a delay ("could not be delivered", "I wasn't able to
    # deliver", "will be retried") say nothing of why: left out, so the model never learns them as the
    # commonest reason's (they are the general reader's vocabulary, `bouncelib._data.notices`).
    for shape in _FRAMING:
        words_text = shape.sub(" ", words_text)
    if words_text.isascii():
        # The words of `_WORD` in an ASCII text are its runs of letters: everything else made a space,
        # a split finds them (the regex engine's Unicode class test at every character cost more).
        words = words_text.encode().translate(_ASCII_LETTERS).decode().split()
    else:
        words = _WORD.findall(words_text)
    if words_text.isascii() or _CJK.search(words_text) is None:
        # (No word to look for a Chinese, Japanese or Korean run in: a search of each word cost more
        # than the rest of the features.)
        tokens = [word[:_STEM] for word in words if word not in _NOT_WORDS]
    else:
        tokens = []
        for word in words:
            if _CJK.search(word):
                for run in _CJK.findall(word):
                    tokens.extend(run[i : i + 2] for i in range(max(1, len(run) - 1)))
            elif word not in _NOT_WORDS:
                tokens.append(word[:_STEM])
    found = set(tokens)
    found.update(map(" ".join, pairwise(tokens)))
    if status and _STATUS.match(status):
        found.add(f"#status {status}")
        found.add(f"#subject {status.rpartition('.')[0]}")
    if code is not None:
        found.add(f"#code {code}")
    if command:
        found.add(f"#command {command}")
    return found


class Model(NamedTuple):
    """The trained counts: per reason its training replies (`cases`) and the features they hold in
    all (`totals`); per feature the share of all training replies holding it (`rate`) and, per
    reason index, how many of that reason's replies hold it (`counts`) and from how many sources
    they came, where more than one (`sources`). The logarithms `_scores` adds are taken once, when the
    counts are read (`from_json`): per reason the log of its prior (`priors`) and of its smoothed total
    (`norms`), and per feature the log of each of its counts plus one, in the order of `counts`
    (`logs`)."""

    reasons: tuple[Reason, ...]
    cases: tuple[int, ...]
    totals: tuple[int, ...]
    rate: dict[str, float]
    counts: dict[str, dict[int, int]]
    sources: dict[str, dict[int, int]]
    priors: tuple[float, ...]
    norms: tuple[float, ...]
    logs: dict[str, tuple[tuple[int, float], ...]]


def from_json(raw: dict[str, Any]) -> Model:
    """The Model of the data file's content (raises ValueError, KeyError or TypeError when malformed)."""
    reasons = tuple(Reason(r) for r in raw["reasons"])
    counts = {f: {int(k): int(v) for k, v in per.items()} for f, per in raw["counts"].items()}
    sources = {f: {int(k): int(v) for k, v in per.items()} for f, per in raw["sources"].items()}
    cases, totals = tuple(raw["cases"]), tuple(raw["totals"])
    n, vocabulary = sum(cases), len(counts)
    priors = tuple(math.log(k / n) for k in cases)
    norms = tuple(math.log(total + vocabulary) for total in totals)
    logs = {f: tuple((i, math.log1p(count)) for i, count in per.items()) for f, per in counts.items()}
    return Model(reasons, cases, totals, dict(raw["rate"]), counts, sources, priors, norms, logs)


@cache
def model() -> Model | None:
    """The trained counts, or None when the data file is absent or unreadable (then no guess)."""
    try:
        return from_json(json.loads(resources.files("bouncelib._data").joinpath("model.json").read_text("utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def chance(count: int, cases: int, rate: float) -> float:
    """The chance that a reply of a reason holds a feature: `count` of its `cases` training replies
    did, drawn towards the feature's `rate` over every reply by `PRIOR` imagined replies (a reason
    with two training replies does not hold a word for certain because both had it)."""
    return (count + PRIOR * rate) / (cases + PRIOR)


def _scores(m: Model, known: list[str]) -> list[float]:
    """Per reason, the log of its prior times the (Laplace-smoothed) chance of each known feature.

    log((count + 1) / (total + V)) is log(count + 1) - log(total + V): the second term is the same for
    every feature of a reason, and the first is nought where the reason never held the feature, so only
    the reasons that did are visited (a feature is held by a few reasons, not by all 33).
    """
    k = len(known)
    scores = [prior - k * norm for prior, norm in zip(m.priors, m.norms, strict=True)]
    logs = m.logs
    for f in known:
        for i, value in logs[f]:
            scores[i] += value
    return scores


def guess(
    words_text: str, status: str | None, code: int | None, command: str | None,
    *, weights: Model | None = None, margin: float = MARGIN, lift: float = LIFT,
) -> tuple[Reason, str] | None:
    """The likeliest reason and the rule naming the words that told it, or None when unsure.

    A multinomial naive Bayes over the features the reply holds (each counted once).
    `weights`, `margin` and `lift` default to the trained model, `MARGIN` and `LIFT`
    (bench/train_model.py tries others).
    """
    m = weights if weights is not None else model()
    if m is None:
        return None
    # Sorted: a sum in the same order whatever the hash seed, so a margin near the bound never flips.
    known = sorted(m.counts.keys() & features(words_text, status, code, command))
    # Speaks only on words: a status or code alone was read by the rules already.
    if not any(f[0] != "#" for f in known):
        return None
    scores = _scores(m, known)
    order = sorted(range(len(scores)), key=scores.__getitem__, reverse=True)
    best, second = order[0], order[1]
    reason = m.reasons[best]
    # Never a success: a 2xx code, a class-2 status or a delivered action was read by the rules, so a
    # reply that came this far was not one, whatever words it shares with accepting servers' replies
    # ("because: 250 Message received OK." in a failure notice).
    if reason in _NEVER or scores[best] - scores[second] < margin:
        return None
    # ... and only when some single word of the reply is `lift` times likelier in replies of that
    # reason than in replies at large: words of every notice ("delivery", "failed", "the following
    # recipients") tell no reason, and a guess made of them alone is no guess. (Pairs of words
    # weigh in the score but do not tell: a pair is mostly one template's, "sorry to", "rcpt to";
    # nor do words of three letters or fewer, "has", "been", "the": a sentence's glue, not its
    # meaning. A pair of Chinese, Japanese or Korean characters is a word there.)
    telling = []
    for f in known:
        if f[0] != "#" and " " not in f and (len(f) > 3 or _CJK.match(f)) and m.sources[f].get(best, 0) >= SUPPORT:
            ratio = chance(m.counts[f].get(best, 0), m.cases[best], m.rate[f]) / m.rate[f]
            if ratio >= lift:
                telling.append((ratio, f))
    if not telling:
        return None
    telling.sort(reverse=True)
    return reason, RULE_PREFIX + ",".join(_spelt(f, words_text) for _, f in telling[:3])


def is_guess(rule: str | None) -> bool:
    """Whether a `Reply.rule` names the model's guess: a reason, not evidence to act on (no hard bounce,
    no delisting contact taken on its word)."""
    return rule is not None and rule.startswith(RULE_PREFIX)


def _spelt(stem: str, words_text: str) -> str:
    """The reply's own word a telling stem was cut from ("speicherplatz" for "speich"), for the rule's name."""
    return next((w for w in _WORD.findall(words_text) if w.startswith(stem)), stem)
