"""How right bouncelib's verdicts are on labelled material, on a tuning part and a frozen test part.

    python bench/accuracy.py                 # every field, both parts, the reason confusions
    python bench/accuracy.py --misses test   # also list the misses of one part (tune, test, all)
    python bench/accuracy.py --json          # the figures as JSON

Material (each case labelled from its source's own words, see corpus/LABELING.md):

* ``corpus/replies/real/*.jsonl``: real reply texts from providers' catalogues, MTA sources and
  public threads, classified by `bouncelib.parse_reply`;
* ``corpus/postfix/real/lines.jsonl``: real Postfix log lines, read by `bouncelib.parse_log_line`
  and classified through ``LogRecord.to_record()``;
* ``corpus/wild/mail``: real bounce emails of layouts without a module (labels.jsonl), every
  labelled failed or delayed recipient read by `bouncelib.parse_message` (bench/wild_mail.py gives
  the mail-level figures: recipients found and invented, kinds);
* the shared Sisimai half (``../shared/corpus/sisimai``, when present): every labelled recipient of
  every email, read by `bouncelib.parse_message`, its label read with bouncelib's conventions
  where they differ from Sisimai's (`sisimai_agreement.our_conventions`).

The cases bouncelib's developers wrote themselves (``corpus/replies/*.jsonl``) are regression tests,
not measurement material, and are left out.

**The split.** Every case is put once and for all in the tuning part (70 %) or the frozen test part
(30 %) by a hash of its *source* (`source_key`: the URL without scheme, query and fragment, the file
path for a source file, the content group for a Sisimai email), so near-copies from one catalogue or
thread stay on one side. Rules are tuned on the tuning part only; the test part's misses are read
to report them, not to fix them. Two stricter test figures follow the tables: without the test cases
whose translation catalogue also gave tuning cases (`without_catalogue_siblings`), and without the
test cases whose text a tuning case repeats, one server's reply pasted in two threads or quoted by
two programs (`without_tuning_twins`): the figure for wordings nobody tuned on.

Fields: ``reason``; ``hard_bounce``; ``provider`` (the receiving operator, None included);
``provider, host named`` (the same, on the cases whose text names a host or domain, or whose
label is None: a catalogue row copied without its server's name cannot name its operator);
``blocklist`` (the named list's id, None included);
``delist found`` (cases whose label lists delisting contacts: all of them returned);
``delist none invented`` (every case: nothing returned that the label does not list).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from shared_dir import shared_dir  # noqa: E402 - found through the sys.path entry above
from sisimai_agreement import our_conventions  # noqa: E402
from split import SPLIT_SEED, TEST_SHARE, catalogue_key, part_of, source_key  # noqa: E402,F401 - the split, re-exported

FIELDS = (
    "reason", "hard_bounce", "provider", "provider, host named", "blocklist", "delist found", "delist none invented",
)

# A host or domain name in the text, other than the reserved example names the corpus anonymises to.
_NAME = re.compile(r"(?<![\w.@-])(?:[a-z0-9-]+\.)+[a-z]{2,}(?![\w-])", re.IGNORECASE)
_RESERVED = re.compile(r"(?:^|\.)(?:example(?:\.[a-z]{2,3})?|test|invalid|localhost)$", re.IGNORECASE)


def names_a_host(text: str) -> bool:
    """Whether `text` names any real host or domain (an MX, a URL's host, an address's domain)."""
    return any(not _RESERVED.search(name) for name in _NAME.findall(text))


@dataclass
class Case:
    """One labelled verdict: what the label says and what bouncelib said."""

    material: str
    ident: str
    source: str
    text: str
    expect: dict[str, Any]
    got: dict[str, Any] = field(default_factory=dict)
    # What the classifier was given, as its Reply reports it (text, status, code, command): the
    # training input of bench/train_model.py. None when bouncelib returned no reply for the case.
    said: tuple[str, str | None, int | None, str | None] | None = None

    @property
    def part(self) -> str:
        return part_of(self.source)


def _got(rec: dict[str, Any]) -> dict[str, Any]:
    return {k: rec.get(k) for k in ("reason", "hard_bounce", "provider", "delist", "permanent", "blocklist")}


def _said(reply: Any) -> tuple[str, str | None, int | None, str | None] | None:
    if reply is None:
        return None
    status = str(reply.enhanced_status) if reply.enhanced_status is not None else None
    return reply.text, status, reply.smtp_code, reply.smtp_command


def reply_cases(root: Path = ROOT) -> Iterator[Case]:
    """The real reply texts, classified."""
    from bouncelib import parse_reply

    for path in sorted((root / "corpus" / "replies" / "real").glob("*.jsonl")):
        if path.name.startswith("_"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            reply = parse_reply(row["text"], **row.get("hints", {}))
            yield Case("replies", row["id"], row["source"], row["text"], row["expect"], _got(reply.to_record()),
                       _said(reply))  # fmt: skip


def log_cases(root: Path = ROOT) -> Iterator[Case]:
    """The real Postfix log lines with a verdict, read and classified."""
    from bouncelib import parse_log_line

    path = root / "corpus" / "postfix" / "real" / "lines.jsonl"
    if not path.exists():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if "reason" not in row["expect"]:
            continue
        rec = parse_log_line(row["line"], year=2025, tz="UTC")
        got = _got(rec.to_record()) if rec is not None else {}
        said = _said(rec.reply) if rec is not None else None
        yield Case("postfix", row["id"], row["source"], row["line"], row["expect"], got, said)


def sisimai_cases() -> Iterator[Case]:
    """Every labelled recipient of the shared Sisimai half (feedback, vacation and delivered left out)."""
    from bouncelib import parse_message

    folder = shared_dir()
    corpus = folder / "corpus" / "sisimai" if folder is not None else None
    if corpus is None or not (corpus / "labels.jsonl").exists():
        return
    for line in (corpus / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        if not label["recipients"]:
            continue
        report = parse_message(corpus / "emails" / label["id"])
        events = {(e.recipient or "").lower(): e for e in report.recipients}
        for r in label["recipients"]:
            if r["reason"] in {"feedback", "vacation", "delivered"}:
                continue
            ev = events.get((r["address"] or "").lower())
            if ev is None and r["address"] is None and len(label["recipients"]) == 1 and len(report.recipients) == 1:
                # Some labels (the DragonFly tests) give the reason but not the address: one
                # labelled recipient and one reported are the same recipient.
                ev = report.recipients[0]
            rec = ev.to_record() if ev is not None else None
            got = _got(rec) if rec is not None else {}
            want_reason, want_hard = our_conventions(r, rec)
            expect: dict[str, Any] = {}
            if want_reason is not None:
                expect["reason"] = want_reason
            if want_hard is not None:
                expect["hard_bounce"] = want_hard
            yield Case("sisimai", f"{label['id']}#{r['address']}", f"sisimai:{label['content_group']}",
                       r.get("diagnostic") or "", expect, got, _said(ev.reply if ev is not None else None))  # fmt: skip


def wild_cases(root: Path = ROOT) -> Iterator[Case]:
    """Every labelled failed or delayed recipient (with an address) of the wild mail corpus."""
    from bouncelib import parse_message

    folder = root / "corpus" / "wild" / "mail"
    if not (folder / "labels.jsonl").exists():
        return
    for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        report = parse_message(folder / label["file"])
        events = {(e.recipient or "").lower(): e for e in report.recipients}
        for r in label["recipients"]:
            if not r["address"] or r["action"] not in ("failed", "delayed"):
                continue
            ev = events.get(r["address"].lower())
            got = _got(ev.to_record()) if ev is not None else {}
            expect = {"reason": r["reason"], "hard_bounce": r["hard_bounce"]}
            text = ev.reply.text if ev is not None else ""
            yield Case("wild", f"{label['file']}#{r['address']}", label["source"], text, expect, got,
                       _said(ev.reply if ev is not None else None))  # fmt: skip


def all_cases() -> list[Case]:
    """Every case of every material."""
    return [*reply_cases(), *log_cases(), *wild_cases(), *sisimai_cases()]


def _judge(case: Case, fld: str) -> bool | None:
    """Whether `case` is right on `fld`; None when its label does not speak to it."""
    e, g = case.expect, case.got
    if fld in ("reason", "hard_bounce", "provider", "blocklist"):
        return g.get(fld) == e[fld] if fld in e else None
    if fld == "provider, host named":
        # Only where the text gives a reader the means: a catalogue row copied without its
        # server's name ("450 4.2.1 The user you are trying to contact is receiving mail too
        # quickly") says nothing of whose it is; in a real bounce the remote host does.
        if "provider" not in e or (e["provider"] is not None and not names_a_host(case.text)):
            return None
        return g.get("provider") == e["provider"]
    want = e.get("delist")
    if want is None:
        return None
    have = g.get("delist") or []
    if fld == "delist found":
        return all(c in have for c in want) if want else None
    # None invented: nothing returned that neither the label lists nor the named list documents.
    return all(c in want or c in _documented(g.get("blocklist")) for c in have)


def _documented(blocklist: str | None) -> tuple[str, ...]:
    """The documented delisting page and address of a blocklist of bouncelib's table."""
    from bouncelib._data.blocklists import BLOCKLISTS

    row = next((r for r in BLOCKLISTS if r.id == blocklist), None)
    return tuple(c for c in (row.delist_url, row.delist_email) if c) if row is not None else ()


def figures(cases: list[Case]) -> dict[str, dict[str, dict[str, tuple[int, int]]]]:
    """{material or "all": {field: {part: (right, judged)}}}."""
    out: dict[str, dict[str, dict[str, tuple[int, int]]]] = {}
    for material in ("all", *sorted({c.material for c in cases})):
        chosen = [c for c in cases if material in ("all", c.material)]
        out[material] = {}
        for fld in FIELDS:
            per: dict[str, tuple[int, int]] = {}
            for part in ("tune", "test"):
                verdicts = [v for c in chosen if c.part == part and (v := _judge(c, fld)) is not None]
                per[part] = (sum(verdicts), len(verdicts))
            out[material][fld] = per
    return out


def without_catalogue_siblings(cases: list[Case]) -> list[Case]:
    """`cases` less the test cases whose translation catalogue also gave tuning cases.

    The split hashes sources as written, and one locale's catalogue quoted through several
    templates has several (`split.catalogue_key`): a test notice whose framing sentences a tuning
    notice shares was not quite unseen. The figure without them is the stricter one.
    """
    tuned = {k for c in cases if c.part == "tune" and (k := catalogue_key(c.source)) is not None}
    return [c for c in cases if c.part == "tune" or catalogue_key(c.source) not in tuned]


# What two copies of one server's reply share once its variable parts are put aside: addresses, numbers
# (queue ids, IPs, times), punctuation and case.
_TWIN_ADDRESS: Final = re.compile(r"\S+@\S+")
_TWIN_DIGITS: Final = re.compile(r"\d+")
_TWIN_OTHER: Final = re.compile(r"[^\w@ ]+|_")


def twin_key(text: str) -> str:
    """`text` with its variable parts put aside (`without_tuning_twins`); "" when too short to tell."""
    flat = _TWIN_DIGITS.sub("0", _TWIN_ADDRESS.sub("@", text.lower()))
    key = " ".join(_TWIN_OTHER.sub(" ", flat).split())
    return key if len(key) > 8 else ""


def without_tuning_twins(cases: list[Case]) -> list[Case]:
    """`cases` less the test cases whose text a tuning case repeats (`twin_key`).

    The split keeps one source's near-copies on one side, but one server's reply pasted in two
    threads, or quoted by two programs' catalogues, has two sources: a test case repeating a tuning
    case's text was read by the rules tuned on it. The figure without them is the one for wordings
    nobody tuned on.
    """
    tuned = {k for c in cases if c.part == "tune" and (k := twin_key(c.text))}
    return [c for c in cases if c.part == "tune" or twin_key(c.text) not in tuned]


def confusions(cases: list[Case], part: str, n: int = 25) -> list[tuple[str, str, int]]:
    """The commonest (labelled reason, bouncelib's reason) pairs among the misses of `part`."""
    pairs = Counter(
        (c.expect["reason"], str(c.got.get("reason")))
        for c in cases
        if c.part == part and "reason" in c.expect and c.got.get("reason") != c.expect["reason"]
    )
    return [(want, got, k) for (want, got), k in pairs.most_common(n)]


def _pct(right: int, judged: int) -> str:
    return f"{100 * right / judged:5.1f}% ({right}/{judged})" if judged else "    -"


def main(argv: list[str] | None = None) -> int:
    """Print the figures."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--misses", choices=("tune", "test", "all"), help="list the reason misses of this part")
    ap.add_argument("--field", default="reason", choices=FIELDS, help="the field --misses lists (default reason)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    cases = all_cases()
    figs = figures(cases)
    if args.json:
        figs["all, test without catalogue siblings"] = figures(without_catalogue_siblings(cases))["all"]
        figs["all, test without tuning twins"] = figures(without_tuning_twins(cases))["all"]
        print(json.dumps(figs, indent=1))
        return 0
    parts = Counter(c.part for c in cases)
    print(f"cases: {len(cases)} (tuning {parts['tune']}, test {parts['test']}); "
          f"sources: {len({source_key(c.source) for c in cases})}")  # fmt: skip
    for material, per_field in figs.items():
        print(f"\n{material}")
        print("| field | tuning | test |\n|---|---|---|")
        for fld, per in per_field.items():
            print(f"| {fld} | {_pct(*per['tune'])} | {_pct(*per['test'])} |")
    strict = without_catalogue_siblings(cases)
    dropped = len(cases) - len(strict)
    print(f"\nall, test part without the {dropped} test cases whose translation catalogue (software and "
          "locale) also gave tuning cases (split.catalogue_key)")
    print("| field | test |\n|---|---|")
    for fld, per in figures(strict)["all"].items():
        print(f"| {fld} | {_pct(*per['test'])} |")
    twinless = without_tuning_twins(cases)
    print(f"\nall, test part without the {len(cases) - len(twinless)} test cases whose text a tuning case repeats "
          "(its addresses, numbers and punctuation aside: one server's reply in two sources)")
    print("| field | test |\n|---|---|")
    for fld, per in figures(twinless)["all"].items():
        print(f"| {fld} | {_pct(*per['test'])} |")
    for part in ("tune", "test"):
        print(f"\nreason confusions, {part} part (label -> bouncelib: count):")
        print(", ".join(f"{w}->{g}: {k}" for w, g, k in confusions(cases, part)))
    if args.misses:
        print()
        for c in cases:
            verdict = _judge(c, args.field)
            if verdict is False and args.misses in (c.part, "all"):
                want = c.expect.get(args.field, c.expect.get("delist"))
                print(f"[{c.part} {c.material} {c.ident}] {args.field}: label {want!r}, got "
                      f"{c.got.get(args.field.split()[0])!r}\n    {c.text[:300]!r}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
