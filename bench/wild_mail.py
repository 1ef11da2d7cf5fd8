"""How bouncelib reads the wild mail corpus (corpus/wild/mail), mail by mail, on the tuning and test parts.

    python bench/wild_mail.py                  # figures with the format modules, and with them switched off
    python bench/wild_mail.py --misses tune    # also list the mails of a part (tune, test, all) with a miss
    python bench/wild_mail.py --json           # the figures as JSON

Material: the labelled mails of ``corpus/wild/mail`` (``labels.jsonl``, see its README). Each mail
falls in the tuning part or the frozen test part by the hash of its source (`accuracy.part_of`,
seed ``bouncelib/split-v1``: the same split as every other figure). Rules are tuned on the
tuning part only; the test part's misses are read to report them.

Figures:

* ``recipient found``: labelled failed or delayed recipients (with an address) that come out as an
  event with that address;
* ``none invented``: mails where every failed or delayed event names a labelled recipient, or none
  (mails whose label names a recipient it cannot show, ``address: null``, are not judged);
* ``kind``: the mail read as a bounce (a failed or delayed event), a challenge, or neither,
  as its label says (``bounce`` and ``delay`` labels are bounces; vacation, read receipts, list
  notices, success notices and other mails are neither);
* ``action``: found recipients whose action (failed / delayed) is the labelled one;
* ``reason``, ``hard_bounce``: found recipients that agree with the label;
* ``reason undefined``: found failed or delayed recipients whose reason is ``undefined`` (lower
  is better).

``--modules-off`` is implied in the second table: every format module switched off
(`bouncelib._dsn.registry.format_modules_off`), leaving the readers of the standards, the general
reader and flufl.bounce, i.e. how bouncelib reads the mail of an MTA nobody wrote a module for.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from accuracy import part_of  # noqa: E402 - found through the sys.path entry above

WILD = ROOT / "corpus" / "wild" / "mail"
FIELDS = ("recipient found", "none invented", "kind", "action", "reason", "hard_bounce", "reason undefined")
FAILING = ("failed", "delayed")


def load_labels(folder: Path = WILD) -> list[dict[str, Any]]:
    """The label rows of the wild corpus, one per mail."""
    text = (folder / "labels.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def kind_class(label_kind: str) -> str:
    """``bounce``, ``challenge`` or ``neither`` for a label's kind."""
    if label_kind in ("bounce", "delay"):
        return "bounce"
    return "challenge" if label_kind == "challenge" else "neither"


@dataclass
class Mail:
    """One labelled mail and what bouncelib read from it."""

    label: dict[str, Any]
    kind: str
    events: list[dict[str, Any]]
    verdicts: dict[str, list[bool]] = field(default_factory=dict)

    @property
    def part(self) -> str:
        return part_of(self.label["source"])


def read(label: dict[str, Any], folder: Path = WILD) -> Mail:
    """Read one mail and judge it against its label."""
    from bouncelib import parse_message

    report = parse_message(folder / label["file"])
    events = [r for r in report.to_records() if r["action"] in FAILING]
    kind = "challenge" if report.kind.value == "challenge" else "bounce" if events else "neither"
    mail = Mail(label, kind, events)
    v: dict[str, list[bool]] = defaultdict(list)
    by_address = {(e["recipient"] or "").lower(): e for e in events}
    wanted = [r for r in label["recipients"] if r["action"] in FAILING]
    for r in wanted:
        if not r["address"]:
            continue
        ev = by_address.get(r["address"].lower())
        v["recipient found"].append(ev is not None)
        if ev is None:
            continue
        v["action"].append(ev["action"] == r["action"])
        v["reason"].append(ev["reason"] == r["reason"])
        v["hard_bounce"].append(bool(ev["hard_bounce"]) == r["hard_bounce"])
        v["reason undefined"].append(ev["reason"] == "undefined")
    if all(r["address"] for r in wanted):
        known = {r["address"].lower() for r in wanted}
        # An event that names no recipient (a notice that shows none) invents no address.
        v["none invented"].append(all(e["recipient"] is None or e["recipient"].lower() in known for e in events))
    v["kind"].append(kind == kind_class(label["kind"]))
    mail.verdicts = dict(v)
    return mail


def read_all(*, modules: bool = True, folder: Path = WILD) -> list[Mail]:
    """Every labelled mail, read with the format modules (or with them switched off)."""
    from bouncelib._dsn.registry import format_modules_off

    with nullcontext() if modules else format_modules_off():
        return [read(label, folder) for label in load_labels(folder)]


def figures(mails: list[Mail]) -> dict[str, dict[str, tuple[int, int]]]:
    """{field: {part: (true, judged)}}, parts ``tune``, ``test`` and ``all``."""
    out: dict[str, dict[str, tuple[int, int]]] = {}
    for fld in FIELDS:
        per: dict[str, tuple[int, int]] = {}
        for part in ("tune", "test", "all"):
            vs = [x for m in mails if part in ("all", m.part) for x in m.verdicts.get(fld, [])]
            per[part] = (sum(vs), len(vs))
        out[fld] = per
    return out


def misses(mails: list[Mail], part: str) -> list[str]:
    """One line per mail of `part` that is wrong on recipient, invention or kind."""
    out = []
    for m in mails:
        if part not in ("all", m.part):
            continue
        bad = [f for f in ("recipient found", "none invented", "kind", "reason") if not all(m.verdicts.get(f, []))]
        if bad:
            got = [(e["recipient"], e["action"], e["reason"]) for e in m.events]
            want = [(r["address"], r["action"], r["reason"]) for r in m.label["recipients"]]
            out.append(f"[{m.part}] {m.label['file']}: {', '.join(bad)}; kind {m.kind}/{m.label['kind']}; "
                       f"got {got}; label {want}")  # fmt: skip
    return out


def _pct(right: int, judged: int) -> str:
    return f"{100 * right / judged:5.1f}% ({right}/{judged})" if judged else "    -"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--misses", choices=("tune", "test", "all"), help="list the mails of this part with a miss")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    runs = {"format modules on": read_all(modules=True), "format modules off": read_all(modules=False)}
    figs = {name: figures(mails) for name, mails in runs.items()}
    if args.json:
        print(json.dumps(figs, indent=1))
        return 0
    mails = runs["format modules on"]
    parts = {p: sum(1 for m in mails if m.part == p) for p in ("tune", "test")}
    print(f"mails: {len(mails)} (tuning {parts['tune']}, test {parts['test']})")
    for name, per_field in figs.items():
        print(f"\n{name}\n| field | tuning | test | all |\n|---|---|---|---|")
        for fld, per in per_field.items():
            print(f"| {fld} | {_pct(*per['tune'])} | {_pct(*per['test'])} | {_pct(*per['all'])} |")
    if args.misses:
        for name, run in runs.items():
            print(f"\nmisses, {name}:")
            for line in misses(run, args.misses):
                print(" ", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
