"""The last resort: a logistic regression over a reply's words, for the replies no rule reads.

Rules name meanings, and a meaning's next wording still escapes them: a reply whose words no
phrase, concept pair, status or code reads was ``onhold`` ("nothing recognised"). Yet such a
reply usually shares words with replies whose reason is known ("unable to deliver to the
mailbox of the account", "Ihre Nachricht wurde vom Inhaltsfilter abgewiesen"). This model,
trained by ``bench/train_model.py`` on the *tuning part* of the labelled material only (never
the frozen test part), weighs those words and names the likeliest reason.

It speaks only where every rule is silent (`bouncelib._classify._decide` runs it as the last
step), only on words (a status or a code alone was read by the rules), only when its best reason
has a probability of `PROBABILITY` or more, only when some word of the reply tells that reason
on its own (`TELLS`, `SUPPORT`), and never to say ``onhold`` on its own behalf (then the reply
stays unrecognised) nor ``delivered`` (a success is read from the code, status or action, never
guessed from words). `Reply.rule` says so: ``model:<the telling words>``, so an operator can tell a
guess from a rule and see on what it was made.

Features (`features`): each word's first six letters (German "Postfach"/"Postfächer" and
English "delivery"/"delivered" meet), each pair of neighbouring words, each pair of neighbouring
characters of a Chinese, Japanese or Korean run (words there are not separated by spaces), the
enhanced status, its class and subject, the reply code and the SMTP command; a notice's words
about itself and quoted text (a subject, a list's name) are left out first. (A data file may name
further kinds, `KINDS`: the concepts a reply names, their pairs, the code's and status's classes; tried
in round r36 and not kept, docs/classifier.md step 12; the concepts no rule pairs, ``lone``, round r64model, not
kept either.) A multinomial logistic
regression over features present or absent: per feature a weight for each reason it speaks for or
against, per reason a bias; a reason's score is its bias plus the weights of the features the reply
holds, and the scores' softmax its probability. (A naive Bayes over the same words, the model of
the round before, counted a template's words once per reply of it: a catalogue's framing, "Mailman",
"the original message", "automatically generated", weighed as a reason's evidence. The regression
gives them the weight that their presence predicts nothing needs: little.) The weights are data
(``bouncelib/_data/model.json``), read the first time the model is asked, so importing bouncelib
does not pay for them.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Any, Final, NamedTuple

from bouncelib._classify._concepts import (
    BY_PREDICATE,
    MARKS,
    SUBJECTS,
    Terms,
    _folded,
    concept_terms,
    near_terms,
    without_examples,
    without_optional_marks,
)
from bouncelib._classify._mask import blank
from bouncelib._classify._match import skipping
from bouncelib._data.concepts import IP_WORD
from bouncelib._data.notices import DELAY, PERMANENT, UNDELIVERED
from bouncelib._vocab import GUESS_PREFIX, Reason

__all__ = [
    "KINDS", "PROBABILITY", "RULE_PREFIX", "SUPPORT", "TELLS", "Model", "features", "from_json", "guess", "is_guess",
    "lone", "model",
]  # fmt: skip

# The least probability of the best reason for the model to speak; chosen on the tuning part
# (bench/model_cv.py: five folds by program, the held-out replies the rules leave onhold; 0.6 against 0.5:
# 77 right, 16 wrong, 4 turned against 81, 20, 7 of 478, no fold worse by more than one).
PROBABILITY: Final = 0.6
# How much more a word must weigh for the guessed reason than for the runner-up to tell that reason
# (a weight is a log-odds: 0.5 is a factor of 1.65); chosen on the tuning part too.
TELLS: Final = 0.5
# From how many sources (a catalogue, a thread, a program's templates) the training replies of the
# guessed reason holding a word must come for that word to tell the reason: the words of one
# source's replies (its template, its anonymised names, its dates) are that source's, not the reason's.
SUPPORT: Final = 3
_STEM: Final = 6
#: How `Reply.rule` starts when the reason is the model's guess (`is_guess`).
RULE_PREFIX: Final = GUESS_PREFIX
# A notice's words about itself ("This is an automatically generated Delivery Status Notification",
# "the original message", "to the following addresses", Sympa's "automatic response", "No action is
# required on your part") and RFC 5321's
# reply texts that name no reason ("Requested action not taken", "Requested mail action aborted": the
# reason follows them, when there is one): what they say of every failure, the model learnt as the
# commonest reason's.
_SELF: Final = re.compile(
    r"automatic(?:ally)?[ -]generated|automatic (?:response|reply|message|notification)|"
    r"delivery status notification|original message|the following (?:recipients?|address(?:es)?|destinations?)|"
    r"requested (?:mail )?action (?:not taken|aborted)|"
    r"this is an? (?:automat\w+ )?(?:message|notification|reply|response)|"
    # What it asks of its reader: nothing ("No action is required on your part", Exim's delay warning; a
    # requirement negated is no reason's word: "required" is requireptr's).
    r"no (?:further )?action is (?:required|needed|necessary)|"
    # Where the returned message is: Postfix's "It's attached below.", Sympa's "Your message for list ...
    # (attached below) was rejected" (the original enclosed, no attachment refused).
    r"attached below"
)
# Quoted text: a notice quotes the returned message's subject, a list's or a person's name
# ('with the subject "Release plan"', «Test», 《Test》), words of the sender's, not of the reason.
_QUOTED: Final = re.compile(r'"[^"]{1,80}"|«[^»]{1,80}»|《[^》]{1,80}》|„[^“”]{1,80}[“”]|“[^”]{1,80}”')
# (Compiled `skipping`: the failure and delay wordings start with optional words and groups, and the engine
# tried each whole alternation at every character of the text; these shapes cost about half the model's time.)
_FRAMING: Final = tuple(map(skipping, (UNDELIVERED, DELAY, PERMANENT, _SELF, _QUOTED)))
# The reasons the model never gives: nothing recognised stays unrecognised, and a success is no guess.
_NEVER: Final = frozenset({Reason.ONHOLD, Reason.DELIVERED})
# A word's letters with its combining marks (`_concepts.MARKS`: a Hindi word is not cut at its vowel signs).
_WORD: Final = re.compile(f"(?:[^\\W\\d_]|[{MARKS}])+")
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
    # The mask's placeholder ("zq1zq", `_mask`), and the one-letter runs of the hexadecimal ids and host
    # names it replaces ("h-72f555a0840e4b9553" gives h, f, a, e, b): what the mask takes away is no word.
    "zq", *"abcdefghijklmnopqrstuvwxyz",
    # The word an IPv4 address is read as (`_extract`, IP_WORD's letters): a masked value, as the digits it
    # stands for were, no word.
    *re.findall("[a-z]+", IP_WORD),
})  # fmt: skip

#: The kinds of features a model may be trained with beside the words (`features`); the data file names
#: those it was trained with, and the same are computed when it is asked.
KINDS: Final = ("concepts", "pairs", "classes", "quiet", "lone", "fold", "prefix5", "grams", "near")
# The kinds that add forms of the words themselves (`_related`): the same stem in a related language.
_WORD_KINDS: Final = frozenset({"fold", "prefix5", "grams"})
_GRAM: Final = 4


def features(
    words_text: str, status: str | None, code: int | None, command: str | None,
    *, kinds: frozenset[str] = frozenset(), terms: Terms | None = None,
) -> set[str]:
    """The model's features of one reply: `words_text` is the classifier's lowercased, masked text.

    `kinds` (of `KINDS`) adds features that hold across wordings and languages: ``concepts``, each concept
    of `bouncelib._data.concepts` a term of the reply names (``~FULL`` for "Postfach voll" and "mailbox
    full" alike); ``pairs``, each two concepts named in one sentence (``~FULL+MAILBOX``); ``lone``, each concept
    no rule pairs in its sentence (`lone`, ``~MAILBOX?``); ``classes``, the
    reply code's class and the enhanced status's class and subject without its class. `terms` are the
    reply's concept terms when the classifier found them already (else found here, from `words_text`)."""
    # Causes offered as examples and alternatives are no cause of this message (corpus/LABELING.md, "Two causes
    # offered as alternatives"): their words are not read, as the concept reader leaves their terms out. What the
    # mask replaces (ids, local parts, IP addresses) and its placeholders are not read either (`_mask.blank`): the
    # words read are the same whether the text was masked or not, whatever kinds of features are asked for.
    found = _words(without_examples(blank(words_text)), kinds)
    if status and _STATUS.match(status):
        found.add(f"#status {status}")
        found.add(f"#subject {status.rpartition('.')[0]}")
        if "classes" in kinds:
            found.add(f"#class {status[0]}")
            found.add(f"#xsubject {status.split('.')[1]}")
    if code is not None:
        found.add(f"#code {code}")
        if "classes" in kinds:
            found.add(f"#codeclass {code // 100}")
    if command:
        found.add(f"#command {command}")
    if "concepts" in kinds or "pairs" in kinds or "lone" in kinds:
        if terms is None:
            terms = concept_terms(words_text)
        if "near" in kinds:
            terms = near_terms(terms) or terms
        # ``quiet``: the concepts weigh but never tell a reason, nor count as words (a status's way).
        mark = "#~" if "quiet" in kinds else "~"
        for _words_of, _start, hits in terms:
            named = sorted({c for _pos, _end, concepts in hits for c in concepts})
            if "concepts" in kinds:
                found.update(mark + c for c in named)
            if "pairs" in kinds:
                found.update(f"{mark}{a}+{b}" for i, a in enumerate(named) for b in named[i + 1 :])
            if "lone" in kinds:
                found.update(mark + c + "?" for c in lone(named))
    return found


def lone(named: list[str]) -> list[str]:
    """The concepts of one sentence's `named` that no rule pairs there: a predicate none of whose rules' subjects
    is named beside it, a subject no named predicate's rule takes (``lone``: "the mailbox" said in a language
    whose words for what befell it are unknown)."""
    here = set(named)
    partners: set[str] = set()
    out = []
    for c in named:
        subjects = BY_PREDICATE.get(c)
        if subjects is not None:
            paired = here.intersection(subjects)
            partners |= paired
            if not paired:
                out.append(c)
    return [c for c in out if c not in partners] + [c for c in named if c in SUBJECTS and c not in partners
                                                    and c not in BY_PREDICATE]


def _words(words_text: str, kinds: frozenset[str] = frozenset()) -> set[str]:
    """The word features: stems, pairs of neighbouring stems, pairs of Chinese, Japanese or Korean characters."""
    # A notice's own words that it is a failure or a delay ("could not be delivered", "I wasn't able to
    # deliver", "will be retried") say nothing of why: left out, so the model never learns them as the
    # commonest reason's (they are the general reader's vocabulary, `bouncelib._data.notices`); nor do
    # its words about itself or the text it quotes (`_SELF`, `_QUOTED`).
    for shape in _FRAMING:
        words_text = shape.sub(" ", words_text)
    if words_text.isascii():
        # The words of `_WORD` in an ASCII text are its runs of letters: everything else made a space,
        # a split finds them (the regex engine's Unicode class test at every character cost more).
        words = words_text.encode().translate(_ASCII_LETTERS).decode().split()
    else:
        words = _WORD.findall(without_optional_marks(words_text))
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
    if kinds & _WORD_KINDS:
        found.update(_related(words, kinds))
    return found


def _related(words: list[str], kinds: frozenset[str]) -> set[str]:
    """Forms of `words` a related language may share: ``fold``, the stem of the word without its diacritics
    (Portuguese "endereço" and Galician "enderezo" both "endere"); ``prefix5``, its first five letters (Czech
    "adresa" and Dutch "adres"); ``grams``, its letter 4-grams (``%dres``)."""
    out: set[str] = set()
    for word in words:
        if word in _NOT_WORDS or _CJK.search(word):
            continue
        base = _folded(word) if "fold" in kinds else word
        if base != word:
            out.add(base[:_STEM])
        if "prefix5" in kinds and len(base) > 5:
            out.add(base[:5])
        if "grams" in kinds and len(base) > _GRAM:
            out.update("%" + base[i : i + _GRAM] for i in range(len(base) - _GRAM + 1))
    return out


class Model(NamedTuple):
    """The trained weights: the reasons, per reason its bias (`bias`), per feature its weight for
    each reason it was given one (`weights`, by reason index: a weight too small to matter is left
    out, nought) and, per single word, from how many sources each reason's training replies holding
    it came, where more than one (`sources`)."""

    reasons: tuple[Reason, ...]
    bias: tuple[float, ...]
    weights: dict[str, dict[int, float]]
    sources: dict[str, dict[int, int]]
    kinds: frozenset[str] = frozenset()


def from_json(raw: dict[str, Any]) -> Model:
    """The Model of the data file's content (raises ValueError, KeyError or TypeError when malformed)."""
    reasons = tuple(Reason(r) for r in raw["reasons"])
    bias = tuple(float(b) for b in raw["bias"])
    if len(bias) != len(reasons):
        raise ValueError("one bias per reason")
    weights = {f: {int(k): float(v) for k, v in per.items()} for f, per in raw["weights"].items()}
    sources = {f: {int(k): int(v) for k, v in per.items()} for f, per in raw["sources"].items()}
    kinds = frozenset(raw.get("features", ()))
    if not kinds <= set(KINDS):
        raise ValueError(f"unknown feature kinds {sorted(kinds - set(KINDS))}")
    return Model(reasons, bias, weights, sources, kinds)


@cache
def model() -> Model | None:
    """The trained weights, or None when the data file is absent or unreadable (then no guess)."""
    try:
        return from_json(json.loads(resources.files("bouncelib._data").joinpath("model.json").read_text("utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _scores(m: Model, known: list[str]) -> list[float]:
    """Per reason, its bias plus the weights of the `known` features (a feature weighs for a few reasons,
    not for all 33: only those are visited)."""
    scores = list(m.bias)
    weights = m.weights
    for f in known:
        for i, w in weights[f].items():
            scores[i] += w
    return scores


def guess(
    words_text: str, status: str | None, code: int | None, command: str | None,
    *, weights: Model | None = None, probability: float = PROBABILITY, tells: float = TELLS,
    terms: Terms | None = None,
) -> tuple[Reason, str] | None:
    """The likeliest reason and the rule naming the words that told it, or None when unsure.

    `weights`, `probability` and `tells` default to the trained model, `PROBABILITY` and `TELLS`
    (bench/train_model.py tries others).
    """
    m = weights if weights is not None else model()
    if m is None:
        return None
    # Sorted: a sum in the same order whatever the hash seed, so a probability near the bound never flips.
    known = sorted(m.weights.keys() & features(words_text, status, code, command, kinds=m.kinds, terms=terms))
    # Speaks only on words: a status or code alone was read by the rules already.
    if not any(f[0] != "#" for f in known):
        return None
    scores = _scores(m, known)
    order = sorted(range(len(scores)), key=scores.__getitem__, reverse=True)
    best, second = order[0], order[1]
    reason = m.reasons[best]
    top = scores[best]
    # The softmax probability of the best reason: 1 / the sum of e**(score - best score).
    # Never a success: a 2xx code, a class-2 status or a delivered action was read by the rules, so a
    # reply that came this far was not one, whatever words it shares with accepting servers' replies
    # ("because: 250 Message received OK." in a failure notice).
    if reason in _NEVER or sum(math.exp(x - top) for x in scores) * probability > 1.0:
        return None
    # ... and only when some single word of the reply weighs `tells` more for that reason than for the
    # runner-up: a guess made of a template's words, the status and the code alone is no guess. (Pairs
    # of words weigh in the score but do not tell: a pair is mostly one template's, "sorry to", "rcpt
    # to"; nor do words of three letters or fewer, "has", "been", "the": a sentence's glue, not its
    # meaning. A pair of Chinese, Japanese or Korean characters is a word there.)
    telling = []
    for f in known:
        if f[0] != "#" and " " not in f and (len(f) > 3 or _CJK.match(f)) and m.sources[f].get(best, 0) >= SUPPORT:
            w = m.weights[f]
            weight = w.get(best, 0.0) - w.get(second, 0.0)
            if weight >= tells:
                telling.append((weight, f))
    if not telling:
        return None
    telling.sort(reverse=True)
    # (Spelt from the words the features were read from: not from an id or a local part the mask would replace.
    # A word's stem, its folded stem and its five letters spell the same word: named once.)
    read = blank(words_text)
    names = dict.fromkeys(_spelt(f, read) for _, f in telling)
    return reason, RULE_PREFIX + ",".join(list(names)[:3])


def is_guess(rule: str | None) -> bool:
    """Whether a `Reply.rule` names the model's guess: a reason, not evidence to act on (no hard bounce,
    no delisting contact taken on its word)."""
    return rule is not None and rule.startswith(RULE_PREFIX)


def _spelt(stem: str, words_text: str) -> str:
    """The reply's own word a telling stem was cut from ("speicherplatz" for "speich"), for the rule's name;
    a concept by its name ("FULL", "FULL+MAILBOX")."""
    if stem[0] in "~%":
        return stem[1:]
    # (A folded stem, "descon", is spelt by the word it was folded from, "descoñecido".)
    return next((w for w in _WORD.findall(words_text) if w.startswith(stem) or _folded(w).startswith(stem)), stem)
