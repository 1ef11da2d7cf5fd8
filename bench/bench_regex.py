"""Does the ``regex`` package earn its place in the classifier? The same jobs timed with both engines.

    python bench/bench_regex.py [--rounds N]

Issue 10 names three uses: named lists for the phrase tables, Unicode word boundaries, and
time limits on patterns. Each row below does one job over the real replies
(``corpus/replies/real``, masked and extracted as the classifier reads them) and prints CPU µs
per reply, best of N rounds:

* masking: the mask's specification (`bouncelib._classify._mask.PIECES`) run by ``re.sub`` and
  by ``regex.sub``, against `mask` itself (which finds the same matches from cheap anchors);
* phrase table: every strong phrase of `bouncelib._data.reasons.PHRASES` found in a reply, by
  the anchor-word index the classifier uses (`PhraseIndex`), by one ``regex`` named list
  (``\\L<phrases>``, word-bounded, ``overlapped=True`` so that a phrase inside another is found
  too), and by one ``re`` alternation of the same phrases. Only the phrases without a ``*`` gap
  take part (a named list holds literals); the index is given the same ones;
* the time-limited search: ``regex``'s ``timeout=`` on the named-list search, for its cost.

The index and the named list are compared reply by reply. They differ where a named list
cannot do the index's job: Chinese and Japanese phrases have no word boundary around them
(``\\w`` on both sides), and ``overlapped=True`` gives one match per start position, so "virus"
is not found where "virus found" is.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from typing import Any

import regex
from bench_reply import _real

from bouncelib._classify._extract import extract
from bouncelib._classify._mask import PIECES, mask
from bouncelib._classify._match import PhraseIndex, words_of
from bouncelib._data.reasons import PHRASES


def _best(job: Callable[[], Any], rounds: int, n: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        job()
        best = min(best, time.process_time() - start)
    return best / n * 1e6


def main(argv: list[str] | None = None) -> int:
    """Print µs per reply for each engine and job."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args(argv)
    texts = _real()
    n = len(texts)
    facts = [extract(mask(t)[0], 16384) for t in texts]
    lows = [f.words_text for f in facts]
    words = [words_of(f.low) for f in facts]

    pieces_re, pieces_regex = re.compile(PIECES), regex.compile(PIECES)
    print(f"{'job':<58} {'us/reply':>9}")
    for name, job in (
        ("masking: PIECES by re.sub", lambda: [pieces_re.sub("x", t) for t in texts]),
        ("masking: PIECES by regex.sub", lambda: [pieces_regex.sub("x", t) for t in texts]),
        ("masking: mask() (anchors, then the same matches)", lambda: [mask(t) for t in texts]),
    ):
        print(f"{name:<58} {_best(job, args.rounds, n):>9.2f}")

    literal = sorted({p.text for p in PHRASES if not p.weak and "*" not in p.text})
    index = PhraseIndex((p, p) for p in literal)
    named = regex.compile(r"(?<!\w)\L<phrases>(?!\w)", phrases=literal)
    longest_first = sorted(literal, key=len, reverse=True)
    alternation = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, longest_first)) + r")(?!\w)")

    def by_index() -> list[set[str]]:
        return [{h.key for h in index.find(t, w)} for t, w in zip(lows, words, strict=True)]

    def by_named() -> list[set[str]]:
        return [set(named.findall(t, overlapped=True)) for t in lows]

    def by_named_timeout() -> list[set[str]]:
        return [set(named.findall(t, overlapped=True, timeout=1.0)) for t in lows]

    def by_alternation() -> list[set[str]]:
        return [set(alternation.findall(t)) for t in lows]

    same = sum(a == b for a, b in zip(by_index(), by_named(), strict=True))
    print(f"phrase table: {len(literal)} literal strong phrases; index and named list agree on {same}/{n} replies")
    for name, job in (
        ("phrases: PhraseIndex (anchor words, then literals)", by_index),
        ("phrases: regex named list, overlapped", by_named),
        ("phrases: regex named list, overlapped, timeout=1.0", by_named_timeout),
        ("phrases: re alternation (non-overlapping: finds fewer)", by_alternation),
    ):
        print(f"{name:<58} {_best(job, args.rounds, n):>9.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
