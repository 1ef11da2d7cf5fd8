"""Agreement of `bouncelib.parse_message` with the Sisimai corpus labels, and speed against Sisimai.

    python bench/sisimai_agreement.py                  # table overall + per module, emails/s
    python bench/sisimai_agreement.py --show ID        # one file: what we extract vs its label
    python bench/sisimai_agreement.py --misses FIELD   # list files that disagree on FIELD
    python bench/sisimai_agreement.py --misses FIELD --part tune   # ... of the tuning part only
    python bench/sisimai_agreement.py --no-sisimai     # skip timing Sisimai 4.25 (perl)
    python bench/sisimai_agreement.py --modules-off    # every format module switched off

Every figure is given for the tuning part, the frozen test part and both: each email falls in
one part by the hash of its content group (`accuracy.part_of` on ``sisimai:<content_group>``, the
split every bouncelib figure shares; copies of one email stay on one side).  Rules are tuned on
the tuning part; the test part's misses are read to report them.  ``--modules-off`` reads with
`bouncelib._dsn.registry.format_modules_off`: the readers of the standards, the general reader
and flufl.bounce only, i.e. how bouncelib reads the mail of an MTA nobody wrote a module for.

Corpus: ``corpus/sisimai`` in the shared folder (``bench/shared_dir.py``: ``$BOUNCELIB_SHARED``,
``../shared``, ``/work/shared``), or ``$BOUNCELIB_SISIMAI``; the script exits 0 with a message when
it is absent.  Fields compared per labelled recipient: recipient (found among our
events), status (Sisimai pseudo codes such as ``5.0.922`` -- detail >= 900 -- compare by class
only; where neither the text nor the DSN wrote any code, our permanent/transient verdict
stands for the class), reason, smtp code and hard_bounce; a label's null value is not counted.  A labelled
recipient we did not find counts as a disagreement on every other field too.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from contextlib import nullcontext
from pathlib import Path
from typing import Any

from label_conventions import convention_for
from shared_dir import sisimai_dir

# $BOUNCELIB_SISIMAI, else corpus/sisimai in the shared folder (bench/shared_dir.py); None when absent.
CORPUS = sisimai_dir()
FIELDS = ("recipient", "status", "reason", "smtp_code", "hard_bounce")
HERE = Path(__file__).resolve().parent
PARTS = ("tune", "test")


def part_of_label(label: dict[str, Any]) -> str:
    """``tune`` or ``test``: the part of the shared split (`accuracy.part_of`) this email is in."""
    from accuracy import part_of

    return part_of(f"sisimai:{label['content_group']}")


def _corpus(corpus: Path | None = None) -> Path:
    """`corpus`, else `CORPUS`; an error when there is neither."""
    corpus = corpus or CORPUS
    if corpus is None:
        raise FileNotFoundError("the Sisimai corpus is absent (see bench/shared_dir.py)")
    return corpus


def load_labels(corpus: Path | None = None) -> list[dict[str, Any]]:
    """The label rows, one per email file (of `CORPUS` by default)."""
    with open(_corpus(corpus) / "labels.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _is_pseudo(label: str) -> bool:
    """Sisimai's own codes (detail >= 900) that no MTA wrote: only their class is a fact."""
    parts = label.split(".")
    return len(parts) == 3 and parts[2].isdigit() and int(parts[2]) >= 900


def _status_agrees(label: str, ours: str | None) -> bool:
    if ours is None:
        return False
    if _is_pseudo(label):
        return ours.split(".", 1)[0] == label.split(".", 1)[0]
    return ours == label


Pairs = list[tuple[dict[str, Any], dict[str, Any] | None]]


def _pair(labels: list[dict[str, Any]], events: list[dict[str, Any]]) -> Pairs:
    """Match labelled recipients to our records: by address, then the rest by position."""
    free = list(range(len(events)))
    out: list[tuple[dict[str, Any], dict[str, Any] | None]] = []
    pending: list[dict[str, Any]] = []
    for lab in labels:
        addr = (lab.get("address") or "").lower()
        hit = None
        if addr and not addr.endswith(".invalid"):
            for i in free:
                if (events[i].get("recipient") or "").lower() == addr:
                    hit = i
                    break
        if hit is None:
            pending.append(lab)
            out.append((lab, None))
        else:
            free.remove(hit)
            out.append((lab, events[hit]))
    # Labels without a usable address (redacted, or Sisimai's placeholder) take leftovers in order.
    for k, (lab, ev) in enumerate(out):
        addr = lab.get("address") or ""
        if ev is None and (not addr or addr.endswith(".invalid")) and free:
            out[k] = (lab, events[free.pop(0)])
    return out


def our_conventions(lab: dict[str, Any], ev: dict[str, Any] | None) -> tuple[str | None, bool | None]:
    """The label's (reason, hard_bounce) read with bouncelib's conventions where they differ from Sisimai's.

    First the wording conventions of corpus/LABELING.md (`label_conventions.convention_for`, the
    rules our own material is labelled by), read on the label's diagnostic and the text of the
    reply bouncelib extracted (never on bouncelib's verdict): "550 5.2.1 ... User Unknown" is
    ``userunknown`` here as everywhere, not Sisimai's ``suspend``.  Then three conventions of
    issue 10, decided on evidence, and documented in docs/reasons.md:

    * ``filtered`` needs the refusal to answer DATA. Sisimai calls user-unknown wording
      ``filtered`` whenever no RCPT or MAIL command is named; when the event names no DATA
      either and bouncelib reads an unknown user, the label counts as ``userunknown`` (hard).
    * ``expired`` needs the queue lifetime to have run out. Sisimai calls every delay notice
      ``expired``; a notice with ``Action: delayed`` has by definition not given up, so its
      reason is not judged (bouncelib names the cause of the delay instead).
    * ``notaccept`` is a domain that says it takes no mail (a null MX, RFC 7505). Sisimai also
      calls "no MX record" ``notaccept``; corpus/LABELING.md calls a domain without a mail host
      ``hostunknown``, and bouncelib reads a null MX as ``notaccept`` and never as ``hostunknown``,
      so where bouncelib reads ``hostunknown`` the label counts as that.

    Sisimai's ``undefined`` (a module's row with no diagnostic) counts as ``onhold``: the mail
    states a failure and gives no reason (corpus/LABELING.md keeps ``undefined`` for no text).
    """
    reason, hard = lab.get("reason"), lab.get("hard_bounce")
    if reason == "undefined":
        # Every label here belongs to a mail whose words state a failure: a notice that states a
        # failure and no reason is ``onhold`` (corpus/LABELING.md); ``undefined`` is for no text.
        reason = "onhold"
    if reason:
        texts = (lab.get("diagnostic"), (ev or {}).get("text"))
        conv = next((c for t in texts if t and (c := convention_for(t, lab.get("smtp_command")))), None)
        if conv is not None and conv.reason != reason:
            return conv.reason, (_hard(conv.reason, lab) if hard is not None else None)
    if ev is None or not reason:
        return reason, hard
    if reason == "filtered" and ev.get("smtp_command") != "DATA" and ev.get("reason") == "userunknown":
        return "userunknown", True if hard is not None else None
    if reason == "expired" and ev.get("action") == "delayed":
        return None, hard
    if reason == "notaccept" and ev.get("reason") == "hostunknown":
        return "hostunknown", hard
    return reason, hard


def _hard(reason: str, lab: dict[str, Any]) -> bool:
    """LABELING.md's hard_bounce for `reason`, the refusal permanent by the label's code or status."""
    from bouncelib._vocab import Reason, is_hard_bounce

    code, status = str(lab.get("replycode") or ""), str(lab.get("status") or "")
    permanent = code.startswith("5") if code else (status.startswith("5") if status else None)
    return is_hard_bounce(Reason(reason), permanent)


def compare(label_row: dict[str, Any], records: list[dict[str, Any]]) -> list[dict[str, bool | None]]:
    """Per labelled recipient: field -> agrees (None when the label has no value)."""
    res: list[dict[str, bool | None]] = []
    for lab, ev in _pair(label_row["recipients"], records):
        addr = lab.get("address")
        row: dict[str, bool | None] = {
            "recipient": (ev is not None) if addr and not addr.endswith(".invalid") else None
        }
        if lab.get("status"):
            ours = None
            if ev is not None:
                ours = ev.get("enhanced_status") or ev.get("dsn")
                if ours is None and ev.get("permanent") is not None:
                    # No code written anywhere: our permanent/transient verdict is the class.
                    ours = "5.0.0" if ev["permanent"] else "4.0.0"
                    ours = ours if _is_pseudo(lab["status"]) else None
            row["status"] = ev is not None and _status_agrees(lab["status"], ours)
        else:
            row["status"] = None
        want_reason, want_hard = our_conventions(lab, ev)
        row["reason"] = (ev is not None and ev.get("reason") == want_reason) if want_reason else None
        if lab.get("replycode"):
            row["smtp_code"] = ev is not None and str(ev.get("smtp_code")) == str(lab["replycode"])
        else:
            row["smtp_code"] = None
        if want_hard is not None:
            row["hard_bounce"] = ev is not None and bool(ev.get("hard_bounce")) == want_hard
        else:
            row["hard_bounce"] = None
        res.append(row)
    return res


def show(file_id: str, modules: bool = True) -> None:
    """Print what bouncelib extracts from one corpus file next to its label (`modules`: see `run`)."""
    from bouncelib import parse_message
    from bouncelib._dsn.registry import format_modules_off

    lab = next((r for r in load_labels() if r["id"] == file_id), None)
    with nullcontext() if modules else format_modules_off():
        report = parse_message(_corpus() / "emails" / file_id)
    print(f"== {file_id}  kind={report.kind.value} detector={report.detector} defects={list(report.defects)}")
    for rec in report.to_records():
        print(
            "ours :",
            {
                k: rec[k]
                for k in (
                    "recipient",
                    "action",
                    "dsn",
                    "enhanced_status",
                    "smtp_code",
                    "smtp_command",
                    "reason",
                    "hard_bounce",
                    "remote_host",
                    "feedback_type",
                )
            },
        )
        print("       text:", (rec["text"] or "")[:300])
    if lab is None:
        print("no label")
        return
    print(f"label: mta={lab['mta']} is_bounce={lab['is_bounce']} origin={lab['label_origin']}")
    for r in lab["recipients"]:
        print(
            "label:",
            {
                k: r.get(k)
                for k in (
                    "address",
                    "action",
                    "status",
                    "replycode",
                    "smtp_command",
                    "reason",
                    "hard_bounce",
                    "rhost",
                    "feedback_type",
                )
            },
        )
        print("       diag:", (r.get("diagnostic") or "")[:300])
    if lab["recipients"]:
        print("agree:", compare(lab, report.to_records()))


def _sisimai_rate(paths: list[Path]) -> float | None:
    perl = shutil.which("perl")
    if perl is None:
        return None
    script = HERE / "sisimai_speed.pl"
    probe = subprocess.run([perl, "-MSisimai", "-e", "1"], capture_output=True, check=False)
    if probe.returncode != 0:
        return None
    proc = subprocess.run(
        [perl, str(script)], input="\n".join(str(p) for p in paths), capture_output=True, text=True, check=False
    )
    try:
        return float(proc.stdout.strip().split()[-1])
    except (ValueError, IndexError):
        print("sisimai timing failed:", proc.stderr[-500:], file=sys.stderr)
        return None


def _evaluate(
    labels: list[dict[str, Any]], data: dict[str, bytes], misses: str | None = None, *, modules: bool = True
) -> dict[str, Any]:
    from bouncelib._dsn.registry import format_modules_off

    with nullcontext() if modules else format_modules_off():
        return _evaluate_all(labels, data, misses)


def _evaluate_all(labels: list[dict[str, Any]], data: dict[str, bytes], misses: str | None) -> dict[str, Any]:
    from bouncelib import BounceKind, parse_message
    from bouncelib._dsn.mailbox import iter_messages

    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    per_part: dict[str, dict[str, list[int]]] = {p: defaultdict(lambda: [0, 0]) for p in PARTS}
    per_mod: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    errors: list[str] = []
    not_bounce_wrong: list[str] = []
    miss_ids: list[str] = []
    for lab in labels:
        try:
            raw = data[lab["id"]]
            if raw.startswith(b"From "):
                # An mbox file (rhost-cox-01 holds two messages): every message's events count.
                reports = [parse_message(m) for _n, m in iter_messages(io.BytesIO(raw))]
            else:
                reports = [parse_message(raw)]
        except Exception as exc:
            errors.append(f"{lab['id']}: {type(exc).__name__}: {exc}")
            continue
        if not lab["is_bounce"]:
            if any(r.kind is not BounceKind.NOT_BOUNCE for r in reports):
                not_bounce_wrong.append(lab["id"])
            continue
        part = per_part[part_of_label(lab)]
        for row in compare(lab, [rec for r in reports for rec in r.to_records()]):
            for f in FIELDS:
                v = row.get(f)
                if v is None:
                    continue
                totals[f][1] += 1
                part[f][1] += 1
                per_mod[lab["mta"]][f][1] += 1
                if v:
                    totals[f][0] += 1
                    part[f][0] += 1
                    per_mod[lab["mta"]][f][0] += 1
                elif f == misses:
                    miss_ids.append((lab["id"], part_of_label(lab)))
    return {
        "totals": totals,
        "per_part": per_part,
        "per_mod": per_mod,
        "errors": errors,
        "not_bounce_wrong": not_bounce_wrong,
        "miss_ids": miss_ids,
    }


def measure(corpus: Path | None = None, *, modules: bool = True) -> dict[str, tuple[int, int]]:
    """Agreement counts (agreeing, total) per field (also ``<field>/tune`` and ``<field>/test``), plus
    ``exceptions`` and ``not_bounce_misread`` as (count, 0); used by tests/test_sisimai.py."""
    corpus = _corpus(corpus)
    labels = load_labels(corpus)
    data = {r["id"]: (corpus / "emails" / r["id"]).read_bytes() for r in labels}
    res = _evaluate(labels, data, modules=modules)
    out = {f: (res["totals"][f][0], res["totals"][f][1]) for f in FIELDS}
    for part, per in res["per_part"].items():
        out.update({f"{f}/{part}": (per[f][0], per[f][1]) for f in FIELDS})
    out["exceptions"] = (len(res["errors"]), 0)
    out["not_bounce_misread"] = (len(res["not_bounce_wrong"]), 0)
    return out


def run(
    *, sisimai: bool = True, misses: str | None = None, repeat: int = 3, modules: bool = True, part: str = "all"
) -> int:
    """Measure agreement and speed; print the tables (misses on `misses` of `part`: tune, test, all)."""
    from bouncelib import parse_message

    corpus = _corpus()
    labels = load_labels(corpus)
    data = {r["id"]: (corpus / "emails" / r["id"]).read_bytes() for r in labels}
    res = _evaluate(labels, data, misses, modules=modules)
    totals, per_mod, errors = res["totals"], res["per_mod"], res["errors"]
    not_bounce_wrong, miss_ids = res["not_bounce_wrong"], res["miss_ids"]
    # Speed: best of `repeat` passes over all files, each read from disk as Sisimai->make does
    # (the file system cache is warm for both after the first pass).
    paths = [corpus / "emails" / r["id"] for r in labels]

    def our_rate() -> float:
        best = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter()
            for p in paths:
                parse_message(p)
            best = min(best, time.perf_counter() - t0)
        return len(paths) / best

    def pct(a: list[int]) -> str:
        return f"{100 * a[0] / a[1]:5.1f}% ({a[0]}/{a[1]})" if a[1] else "    -"

    parts = {p: sum(1 for lab in labels if part_of_label(lab) == p) for p in PARTS}
    print(f"files: {len(labels)} (tuning {parts['tune']}, test {parts['test']})  exceptions: {len(errors)}  "
          f"maildir/not misread: {not_bounce_wrong}  format modules: {'on' if modules else 'off'}")  # fmt: skip
    for e in errors[:20]:
        print("  EXC", e)
    per_part = res["per_part"]
    print("\n| field | tuning | test | all |\n|---|---|---|---|")
    for f in FIELDS:
        print(f"| {f} | {pct(per_part['tune'][f])} | {pct(per_part['test'][f])} | {pct(totals[f])} |")
    print("\n| module | " + " | ".join(FIELDS) + " |\n|---|" + "---|" * len(FIELDS))
    for mod in sorted(per_mod):
        print(f"| {mod} | " + " | ".join(pct(per_mod[mod][f]) for f in FIELDS) + " |")
    # Ours before and after Sisimai, best kept: on a shared machine the load changes during a run.
    ours = our_rate()
    theirs = _sisimai_rate(paths) if sisimai else None
    ours = max(ours, our_rate()) if theirs else ours
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"\nbouncelib: {ours:,.0f} emails/s ({len(paths)} files, best of {repeat}; load average {load})")
    if sisimai:
        if theirs:
            print(f"Sisimai 4.25: {theirs:,.0f} emails/s  -> ratio {ours / theirs:.2f}x")
        else:
            print("Sisimai 4.25: not available (apt-get install libsisimai-perl)")
    if misses:
        print(f"\nfiles disagreeing on {misses} ({'both parts' if part == 'all' else f'{part} part'}):")
        for i, p in sorted(set(miss_ids)):
            if part in ("all", p):
                print(" ", i)
    return 1 if errors else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", metavar="ID", help="one corpus file id, e.g. maildir/bsd/lhost-postfix-02.eml")
    ap.add_argument("--misses", metavar="FIELD", choices=FIELDS)
    ap.add_argument("--part", choices=("tune", "test", "all"), default="all", help="whose misses --misses lists")
    ap.add_argument("--no-sisimai", action="store_true")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--modules-off", action="store_true", help="switch every format module off")
    args = ap.parse_args(argv)
    if CORPUS is None:
        print("Sisimai corpus not found (see bench/shared_dir.py): nothing to measure")
        return 0
    if args.show:
        show(args.show, modules=not args.modules_off)
        return 0
    return run(
        sisimai=not args.no_sisimai,
        misses=args.misses,
        repeat=args.repeat,
        modules=not args.modules_off,
        part=args.part,
    )


if __name__ == "__main__":
    sys.exit(main())
