"""Speed of `parse_reply`: microseconds per reply, with and without its LRU cache.

Run: ``python bench/bench_reply.py [--rounds N]``. The texts are the written replies of
``corpus/replies/*.jsonl``, the real replies of ``corpus/replies/real/*.jsonl`` and, when present,
the Sisimai diagnostic texts of the shared folder (longer, messier; ``bench/shared_dir.py``).
A last line times one refusal sent to 10,000 different recipients (its address in the text):
the cache is keyed on the text with addresses, IPs and ids masked, so it is classified once.

"uncached" clears the caches before every call, the cost of a reply never seen
before (a Postfix log line with a unique queue id); "cached" repeats the same
texts, the cost when the same reply text recurs. Times are this process's CPU time
(`time.process_time`), best of N rounds, so that other load on a shared machine
inflates them less than wall time.

``--parts`` also times each stage of an uncached classification on the real replies (each
stage run alone over all the texts, its inputs prepared beforehand), so that a change can
be traced to the stage it speeds up. For A/B comparisons that load cannot distort, count
instructions instead (``valgrind --tool=callgrind``, as ``bench/instructions_log.py`` does).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from shared_dir import sisimai_dir

from bouncelib import parse_reply
from bouncelib._classify import _answer, _classified

ROOT = Path(__file__).resolve().parent.parent
SISIMAI = sisimai_dir()  # None when absent (bench/shared_dir.py)


def _corpus() -> list[str]:
    texts = []
    for path in sorted((ROOT / "corpus" / "replies").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


def _real() -> list[str]:
    texts = []
    for path in sorted((ROOT / "corpus" / "replies" / "real").glob("*.jsonl")):
        if not path.name.startswith("_"):
            texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]
    return texts


def _one_refusal_many_recipients(n: int = 10_000) -> list[str]:
    return [
        f"host mx{i % 7}.example.net[192.0.2.{i % 250 + 1}] said: 550 5.1.1 <user{i}@example.net>: "
        f"Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)"
        for i in range(n)
    ]


def _sisimai() -> list[str]:
    if SISIMAI is None:
        return []
    out = []
    for line in (SISIMAI / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        out += [r["diagnostic"] for r in json.loads(line)["recipients"] if r.get("diagnostic")]
    return out


def _clear() -> None:
    # Both caches: the exact-text memo in front and the classification keyed on the masked text.
    _answer.cache_clear()
    _classified.cache_clear()


def _per_call(texts: list[str], rounds: int, cached: bool) -> float:
    best = float("inf")
    for _ in range(rounds):
        _clear()
        if cached:
            for t in texts:
                parse_reply(t)
        start = time.process_time()
        for t in texts:
            if not cached:
                _clear()
            parse_reply(t)
        best = min(best, (time.process_time() - start) / len(texts))
    return best * 1e6


def _clear_cost(rounds: int) -> float:
    # _clear() itself is timed in the uncached loop; measure it to subtract it.
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for _ in range(1000):
            _clear()
        best = min(best, (time.process_time() - start) / 1000)
    return best * 1e6


def _parts(texts: list[str], rounds: int) -> None:
    """µs per reply of each stage of an uncached classification, each run alone over `texts`."""
    from bouncelib._classify import _concepts, _decide, _extract, _lists, _mask, _match
    from bouncelib._classify._codes import find_codes, find_provider

    masked = [_mask.mask(t)[0] for t in texts]
    facts = [_extract.extract(m, 16384) for m in masked]
    words = [_match.words_of(f.low) for f in facts]
    pairs = list(zip(facts, words, strict=True))
    providers = [find_provider(f.remote_host, f.low, w, None) for f, w in pairs]
    stages = {
        "mask": lambda: [_mask.mask(t) for t in texts],
        "extract": lambda: [_extract.extract(m, 16384) for m in masked],
        "words_of": lambda: [_match.words_of(f.low) for f in facts],
        "find_provider": lambda: [find_provider(f.remote_host, f.low, w, None) for f, w in pairs],
        "find_codes": lambda: [find_codes(f.low, p, w) for f, p, w in zip(facts, providers, words, strict=True)],
        "find_blocklist": lambda: [_lists.find_blocklist(f.low, w, [], None) for f, w in pairs],
        "concept_reasons": lambda: [_concepts.concept_reasons(f.words_text) for f in facts],
        "strong phrases": lambda: [_decide._STRONG.find(f.words_text, w) for f, w in pairs],
        "weak phrases": lambda: [_decide._WEAK.find(f.words_text, w) for f, w in pairs],
        "delist_contacts": lambda: [_lists.delist_contacts(f.flat, True, None) for f in facts],
    }  # fmt: skip
    for name, stage in stages.items():
        best = float("inf")
        for _ in range(rounds):
            start = time.process_time()
            stage()
            best = min(best, time.process_time() - start)
        print(f"  {name:<26} {best / len(texts) * 1e6:>8.1f} us")


def main(argv: list[str] | None = None) -> int:
    """Print µs per reply for each text set."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--parts", action="store_true", help="also time each stage on the real replies")
    args = ap.parse_args(argv)
    clear = _clear_cost(args.rounds)
    print(f"{'texts':<28} {'n':>5} {'median chars':>13} {'uncached us':>12} {'cached us':>10}")
    sets = (
        ("corpus/replies (written)", _corpus()),
        ("corpus/replies/real", _real()),
        ("sisimai diagnostics", _sisimai()),
    )
    for name, texts in sets:
        if not texts:
            print(f"{name:<28} skipped (absent)")
            continue
        uncached = _per_call(texts, args.rounds, cached=False) - clear
        cached = _per_call(texts, args.rounds, cached=True)
        chars = statistics.median(len(t) for t in texts)
        print(f"{name:<28} {len(texts):>5} {chars:>13.0f} {uncached:>12.1f} {cached:>10.2f}")
    many = _one_refusal_many_recipients()
    best = float("inf")
    for _ in range(args.rounds):
        _clear()
        start = time.process_time()
        for t in many:
            parse_reply(t)
        best = min(best, (time.process_time() - start) / len(many))
    print(
        f"one refusal, {len(many)} recipients: {best * 1e6:.2f} us per reply, "
        f"{_classified.cache_info().misses} classified"
    )
    if args.parts:
        print("stages, uncached, over corpus/replies/real:")
        _parts(_real(), args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
