"""Cross-wording test of the reason: swap a concept word for another word of the same concept.

    python bench/synonym_swap.py            # how many swaps keep the verdict, and the rules that break
    python bench/synonym_swap.py --show     # also every swap that moved a verdict

Material: the TUNING part of ``corpus/replies/real`` only (`split.part_of`), the replies read right.
The test part is never read.

The concept tables (`bouncelib/_data/concepts.py` `TERMS`) say which words name one thing ("mailbox",
"account", "recipient" are RCPT; "full", "over quota" ...). A rule that names a meaning reads a reply
the same whichever of a concept's words it says; a phrase row that remembers one wording does not.
For each reply, the first ASCII term of four letters or more of each concept a rule uses is found in its
words (the longest term at each place), and the reply is classified again with that term replaced by the
first two other ASCII terms of the concept of four letters or more and as many words (in table order:
the tables list the usual English words first), once each; the address and IP words are not swapped.
A swap keeps what a word says beside its concept (round r52swap): a word saying an address is badly
*formed* (`FORM_WORDS`, `FORM_PHRASES`: "invalid", "bogus", "not valid") is swapped only for another such
word, never for "unknown" or "not found", which say it does not exist ("501 5.1.3 invalid address" and
"unknown address" are two meanings); and a term of a concept the rules use only as a subject that negates
the thing itself ("unauthenticated" of SMTPAUTH, "unsigned" of AUTHMECH: the thing *and* that it is
missing) only for another negated term, never for the bare thing ("Unauthenticated senders not allowed" is
not "authentication senders not allowed").
A swap *keeps* the verdict when the reason is the same; the
swaps that move it are counted by the rule that decided the unchanged reply (a phrase, a provider row, a
code): those rules remember a wording.

Swaps are deterministic; a concept's words are not always grammatical in each other's places ("a
recipients was"), which is part of what the next server may write.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from split import tuning_replies  # noqa: E402 - found through the sys.path entry above

_WORD = re.compile(r"[a-z0-9]+")
ALTERNATES = 2
# A term negating its own thing: "not", "no", "non", "never", "without" first, or an "un-" adjective
# ("unauthenticated", "unsigned"), not the words that merely begin with those letters ("under", "unit").
_NEGATED = re.compile(r"(?:not|no|non|never|without) |un(?!der|til|it|ix|ion|iq|ivers)[a-z]")


def _tables() -> tuple[dict[tuple[str, ...], str], dict[str, list[str]]]:
    """The swappable terms (words -> concept) and each concept's terms by what they say beside it.

    A concept's list is keyed ``concept`` for its plain terms and ``concept|form`` / ``concept|negated`` for
    the terms that say more (`_kind`): a swap picks its replacement from the same key.
    """
    from bouncelib._data.concepts import ADDRESS_WORD, FALLBACK_RULES, FORM_PHRASES, FORM_WORDS, IP_WORD, RULES, TERMS

    rules = (*RULES, *FALLBACK_RULES)
    used = {r.subject for r in rules} | {r.predicate for r in rules}
    subjects = {r.subject for r in rules}

    def kind(words: str, concept: str) -> str:
        if words in FORM_WORDS or words in FORM_PHRASES:
            return f"{concept}|form"
        if concept in subjects and _NEGATED.match(words):
            return f"{concept}|negated"
        return concept

    seen: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for t in TERMS:
        seen[tuple(t.words.split())].add(t.concept)
    by_words: dict[tuple[str, ...], str] = {}
    words_of: dict[str, list[str]] = defaultdict(list)
    for t in TERMS:
        key = tuple(t.words.split())
        if t.concept not in used or len(seen[key]) != 1 or not t.words.isascii() or len(t.words) < 4:
            continue  # a word of two concepts (or none a rule uses) is no synonym of either
        if not all(_WORD.fullmatch(w) for w in key) or ADDRESS_WORD in key or IP_WORD in key:
            continue  # the address and IP words stand for what the mask wrote, not for words
        by_words[key] = kind(t.words, t.concept)
        if t.words not in words_of[by_words[key]]:
            words_of[by_words[key]].append(t.words)
    return by_words, words_of


def swaps(
    text: str, by_words: dict[tuple[str, ...], str], words_of: dict[str, list[str]]
) -> list[tuple[str, str, str]]:
    """(concept word, its replacement, the new text) for the first term of each concept in `text`."""
    low = text.lower()
    spans = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(low)]
    longest = max((len(k) for k in by_words), default=1)
    out: list[tuple[str, str, str]] = []
    done: set[str] = set()
    i = 0
    while i < len(spans):
        for n in range(min(longest, len(spans) - i), 0, -1):
            key = tuple(s[2] for s in spans[i : i + n])
            concept = by_words.get(key)
            if concept is None:
                continue
            if concept.split("|")[0] not in done:
                done.add(concept.split("|")[0])
                start, end = spans[i][0], spans[i + n - 1][1]
                others = [w for w in words_of[concept] if w != " ".join(key) and len(w.split()) == n][:ALTERNATES]
                out.extend((" ".join(key), w, text[:start] + w + text[end:]) for w in others)
            i += n
            break
        else:
            i += 1
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", action="store_true", help="every swap that moved a verdict")
    ap.add_argument("--json", metavar="FILE", help="write the moved swaps")
    args = ap.parse_args(argv)
    from bouncelib import parse_reply

    by_words, words_of = _tables()
    kept = moved = cases = 0
    by_rule: Counter[str] = Counter()
    shown = []
    for row in tuning_replies(ROOT):
        if "reason" not in row["expect"]:
            continue
        hints = row.get("hints", {})
        base = parse_reply(row["text"], **hints)
        if base.reason.value != row["expect"]["reason"]:
            continue
        cases += 1
        for old, new, text in swaps(row["text"], by_words, words_of):
            got = parse_reply(text, **hints)
            if got.reason == base.reason:
                kept += 1
                continue
            moved += 1
            rule = (base.rule or "").split(";", 1)[0]
            by_rule[rule] += 1
            shown.append({"id": row["id"], "swap": f"{old} -> {new}", "rule": rule, "was": base.reason.value,
                          "now": got.reason.value, "now_rule": got.rule, "text": text[:200]})  # fmt: skip
    total = kept + moved
    share = 100 * kept / max(total, 1)
    print(f"tuning replies read right: {cases}; swaps: {total}; verdict kept: {kept} ({share:.1f} %); moved: {moved}")
    kinds = Counter(r.split(":", 1)[0] for r in by_rule.elements())
    print("moved, by the kind of rule that decided the unchanged reply:", dict(kinds.most_common()))
    print("rules whose verdict a swap moved most often:")
    for rule, n in by_rule.most_common(30):
        print(f"  {n:3}  {rule}")
    if args.show:
        for s in shown:
            print(f"[{s['id']}] {s['swap']}: {s['was']} ({s['rule']}) -> {s['now']} ({s['now_rule']})")
            print(f"    {s['text']!r}")
    if args.json:
        Path(args.json).write_text(json.dumps(shown, indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
