"""Metamorphic test of the reply classifier: changes to a reply's form that must not change its reason.

    python bench/reply_perturb.py            # per perturbation: replies it applies to, verdicts kept and moved
    python bench/reply_perturb.py --show     # also every moved verdict

Material: the TUNING part of ``corpus/replies/real`` only (`split.part_of`), the replies read right.
The test part is never read.

Each reply whose reason its *words* decided (a phrase, a concept pair, a vague phrase: the rule starts with
``phrase:``, ``concept:`` or ``weak:``) is classified again once per perturbation that applies to it:

* ``upper``: the whole text in capitals (servers and relays change case);
* ``prefix``: Postfix's ``host mx.example.net[192.0.2.1] said:`` written before it;
* ``no-status``: the enhanced status codes (``5.1.1``, ``#5.7.1``) removed, the words left;
* ``no-command``: ``(in reply to ... command)`` removed;
* ``reorder``: a reply of two or more sentences with its sentences in the reverse order.

None of them changes what the words say, so the reason should hold. A move is a verdict that depends on
the form: the status or the command deciding over the words, the first sentence winning, or a phrase that
needs the exact case. (A move is not always wrong: LABELING.md's conventions read the command, e.g.
unknown-user words at DATA are ``filtered``; those are listed to be read, not counted as failures only.)
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from split import tuning_replies  # noqa: E402 - found through the sys.path entry above

_STATUS = re.compile(r"\(?#?\b[245]\.\d{1,3}\.\d{1,3}\b\)?")
_COMMAND = re.compile(r"\(in reply to [^)]*\)", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?;])\s+(?=[A-Za-z])")
_WORDS_RULES = ("phrase:", "concept:", "weak:")


def _upper(text: str) -> str | None:
    return text.upper() if text.upper() != text else None


def _prefix(text: str) -> str | None:
    return None if " said:" in text else "host mx.example.net[192.0.2.1] said: " + text


def _no_status(text: str) -> str | None:
    new = _STATUS.sub("", text)
    return re.sub(r"  +", " ", new) if new != text else None


def _no_command(text: str) -> str | None:
    new = _COMMAND.sub("", text).strip()
    return new if new != text.strip() else None


def _reorder(text: str) -> str | None:
    if "\n" in text:
        return None  # multi-line replies: their lines' codes stand at the start of each
    parts = _SENTENCE.split(text.strip())
    if len(parts) < 2:
        return None
    code = re.match(r"^([245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3} )?)", parts[0])
    head = code.group(1) if code else ""
    first = parts[0][len(head):]
    return head + " ".join([*reversed(parts[1:]), first])


PERTURBATIONS: dict[str, Callable[[str], str | None]] = {
    "upper": _upper,
    "prefix": _prefix,
    "no-status": _no_status,
    "no-command": _no_command,
    "reorder": _reorder,
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", action="store_true", help="every moved verdict")
    args = ap.parse_args(argv)
    from bouncelib import parse_reply

    applied: Counter[str] = Counter()
    moved: Counter[str] = Counter()
    shown = []
    cases = 0
    for row in tuning_replies(ROOT):
        if "reason" not in row["expect"]:
            continue
        hints = row.get("hints", {})
        base = parse_reply(row["text"], **hints)
        if base.reason.value != row["expect"]["reason"] or not (base.rule or "").startswith(_WORDS_RULES):
            continue
        cases += 1
        for name, change in PERTURBATIONS.items():
            text = change(row["text"])
            if text is None:
                continue
            applied[name] += 1
            got = parse_reply(text, **hints)
            if got.reason != base.reason:
                moved[name] += 1
                shown.append((name, row["id"], base.reason.value, base.rule, got.reason.value, got.rule, text))
    print(f"tuning replies read right by their words: {cases}")
    print("| perturbation | applied | kept | moved |\n|---|---|---|---|")
    for name in PERTURBATIONS:
        print(f"| {name} | {applied[name]} | {applied[name] - moved[name]} | {moved[name]} |")
    if args.show:
        for name, rid, was, rule, now, now_rule, text in shown:
            print(f"[{name}] [{rid}] {was} ({rule}) -> {now} ({now_rule})\n    {text[:200]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
