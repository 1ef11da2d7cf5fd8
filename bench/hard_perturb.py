"""Metamorphic test of the hard/soft verdict: changes to a reply that must not move `hard_bounce`.

    python bench/hard_perturb.py            # per perturbation: replies it applies to, verdicts kept and moved
    python bench/hard_perturb.py --show     # also every moved verdict

Material: the TUNING part of ``corpus/replies/real`` only (`split.part_of`), the replies whose `hard_bounce`
label bouncelib reads right. The test part is never read.

`hard_bounce` follows the reason (corpus/LABELING.md: `userunknown`, `hostunknown`, `hasmoved`, and `notaccept`
when permanent). What it must not rest on is the form of the reply, nor a code or a status that its words do not
back. Each reply is classified again once per perturbation that applies to it:

* ``no-status``: the enhanced status codes removed, the words and the reply code left;
* ``no-code``: the three-digit reply code removed, the words and the status left;
* ``upper``: the whole text in capitals;
* ``prefix``: Postfix's ``host mx.example.net[192.0.2.1] said:`` written before it;
* ``try-later``: "Please try again later." appended to a hard reply that has a code or a status and whose
  reason more than vague words named: the retry boilerplate many servers add names no cause and must not undo
  the cause the words or the status name (LABELING.md: "try again later" decides only "with nothing more
  specific"). Left out: a reply with neither code nor status, whose words alone say whether a DNS answer
  is temporary ("Host not found, try again" is `networkerror`), and vague words ("mailbox unavailable"),
  which beside the advice are a state said to pass ("451 MAILBOX UNAVAILABLE ... PLEASE TRY AGAIN LATER"
  is labelled `systemerror`);
* ``to-4xx``: a hard `userunknown` or `hasmoved` reply with its 5xx code and class-5 status made class 4: the
  words still say the address is bad (the verdict is the reason's, Sisimai's rule), so it stays hard;
* ``to-5xx``: a soft reply with its 4xx code and class-4 status made class 5: a permanent code does not make
  a bad address of a full mailbox, a block or a timeout, so it stays soft, unless its words name a host
  that does not exist (a permanent DNS answer is `hostunknown`): such moves are listed to be read.

A move is a verdict that depends on the form. The table also counts the hard verdicts by the kind of rule
that gave their reason (``weak:`` rules read a vague phrase, ``model:`` never gives a hard bounce).
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

from reply_perturb import _STATUS, _prefix, _upper  # noqa: E402 - the perturbations both measures apply
from split import tuning_replies  # noqa: E402 - found through the sys.path entry above

_CODE = re.compile(r"(?<![\w.#-])[245]\d\d(?=[ -]|$)(?![\w.])")
_HARD_BY_WORDS = ("userunknown", "hasmoved")


def _no_status(text: str) -> str | None:
    new = _STATUS.sub("", text)
    return re.sub(r"  +", " ", new).strip() if new != text else None


def _no_code(text: str) -> str | None:
    new = _CODE.sub("", text)
    return re.sub(r"  +", " ", new).strip() if new != text else None


def _try_later(text: str) -> str | None:
    if "again" in text.lower() or "\n" in text:
        return None
    return text.rstrip().rstrip(".") + ". Please try again later."


def _swap(text: str, old: str, new: str) -> str | None:
    changed = _CODE.sub(lambda m: new + m.group(0)[1:] if m.group(0)[0] == old else m.group(0), text)
    changed = _STATUS.sub(lambda m: m.group(0).replace(old + ".", new + ".", 1), changed)
    return changed if changed != text else None


PERTURBATIONS: dict[str, Callable[[str], str | None]] = {
    "no-status": _no_status,
    "no-code": _no_code,
    "upper": _upper,
    "prefix": _prefix,
    "try-later": _try_later,
    "to-4xx": lambda t: _swap(t, "5", "4"),
    "to-5xx": lambda t: _swap(t, "4", "5"),
}


def _applies(name: str, reason: str, hard: bool, rule: str, classed: bool) -> bool:
    if name == "to-4xx":
        return hard and reason in _HARD_BY_WORDS
    if name == "to-5xx":
        return not hard
    if name == "try-later":
        return hard and not rule.startswith("weak:") and classed
    return True


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", action="store_true", help="every moved verdict")
    args = ap.parse_args(argv)
    from bouncelib import parse_reply

    applied: Counter[str] = Counter()
    moved: Counter[str] = Counter()
    to_hard: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    shown = []
    cases = hard_cases = 0
    for row in tuning_replies(ROOT):
        want = row["expect"].get("hard_bounce")
        if want is None:
            continue
        hints = row.get("hints", {})
        base = parse_reply(row["text"], **hints)
        if base.hard_bounce != want:
            continue
        cases += 1
        classed = base.smtp_code is not None or base.enhanced_status is not None
        if want:
            hard_cases += 1
            kinds[(base.rule or "none").split(":", 1)[0]] += 1
        for name, change in PERTURBATIONS.items():
            if not _applies(name, base.reason.value, want, base.rule or "", classed):
                continue
            text = change(row["text"])
            if text is None:
                continue
            applied[name] += 1
            got = parse_reply(text, **hints)
            if got.hard_bounce != base.hard_bounce:
                moved[name] += 1
                to_hard[name] += got.hard_bounce
                shown.append((name, row["id"], base.reason.value, base.rule, got.reason.value, got.rule, text))
    print(f"tuning replies whose hard_bounce is read right: {cases} ({hard_cases} hard)")
    print("| perturbation | applied | kept | moved | of them soft -> hard |\n|---|---|---|---|---|")
    for name in PERTURBATIONS:
        print(f"| {name} | {applied[name]} | {applied[name] - moved[name]} | {moved[name]} | {to_hard[name]} |")
    total, total_moved = sum(applied.values()), sum(moved.values())
    print(f"| all | {total} | {total - total_moved} | {total_moved} | {sum(to_hard.values())} |")
    print("hard verdicts by the kind of rule that gave the reason: "
          + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))  # fmt: skip
    if args.show:
        for name, rid, was, rule, now, now_rule, text in shown:
            print(f"[{name}] [{rid}] {was} ({rule}) -> {now} ({now_rule})\n    {text[:200]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
