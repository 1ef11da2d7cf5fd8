"""How the rules read a source nobody wrote a row from: the tuning part, each source without its own rows.

Many tuning cases are right because a table row was written from that very case: a phrase row whose
source is the case's catalogue page, a concept term whose comment names the thread it came from. The
tuning figure then says how well the tables remember, not how they read the next wording. This script
re-classifies, for each tuning source (`split.source_key`), that source's tuning cases with every row that
cites the same source switched off, the mechanism of `accuracy_without_test_rows.py` (the tables rebound,
the classifier's indices rebuilt) applied one source at a time:

* phrase rows (`bouncelib/_data/reasons.py` `PHRASES`), provider phrases, provider status rules and provider
  code rules (`bouncelib/_data/providers.py` `RULES`, `STATUS_RULES`, `CODE_RULES`) whose `source` cites it;
* provider rows (`PROVIDERS`) whose `source` cites it: their markers and formats (the wordings, URLs and codes
  read as the operator's) switched off, their host names kept (the operator's MX and reply hosts: facts of its
  DNS, not of a wording);
* concept pairs (`bouncelib/_data/concepts.py` `RULES`, `FALLBACK_RULES`) whose `source` cites it;
* concept terms (`TERMS`) whose comment cites it: the comment lines above the term inside its
  `_terms`/`_in`/`_cjk` call, else the comment block right above the call. A term written again
  elsewhere under a comment that does not cite the source stays.

A row cites a source when it names its URL (compared by `source_key`), its source descriptor as written
(`postfix 3.7.11 src/smtpd/smtpd_check.c (Debian source package postfix)`), a file path of it
(`smtpd/smtpd_check.c`, `plugins/bounce`: a path of two parts or more that the source's own path holds),
the id of one of its cases, or the corpus file holding its cases (`corpus/replies/real/r28-i18n-*.jsonl`).
A row is switched off for a source when that source is the only tuning source it names one by one (a row
naming two sources would have been written from the other one too), or when it names the source through
a corpus file or pattern (the rows of such a block were written from its cases, each from one of them).

The model (step 12) is retrained without the source too, unless ``--model keep``: one training per
fold of `train_model._fold` (five trainings of about 5 s instead of one per source), each source's cases
asked of the model trained without its fold, so without it (and a fifth of the others: a little harsher
than leaving out the source alone).

    python bench/leave_source_out.py                  # the figures
    python bench/leave_source_out.py --list           # also the cases right with their rows, wrong without
    python bench/leave_source_out.py --json out.json  # every case's verdict with and without, for diffs:
        # per source key, [id, reason label, reason with, rule with, reason without, rule without,
        #                  delist found with, none invented with, found without, none invented without,
        #                  hard_bounce label (None: no label), hard_bounce with, hard_bounce without]
    python bench/leave_source_out.py --model keep     # the committed model for every source
    python bench/leave_source_out.py --model keep --only opensmtpd --list   # a quick look at some sources
    python bench/leave_source_out.py --guesses g.json # also the deciding step and the model's answer per case

``--guesses`` records, for every case, the step of `_decide.STEPS` that decided it (``end`` when none did)
and what the model (the fold's) would answer there had it been asked whatever the step: its likeliest
reason, that reason's probability and whether a word tells it (`_model.TELLS`, `SUPPORT`), and the same
among the reasons compatible with the status's subject (`COMPATIBLE`). `bench/model_early.py` reads the
file: would the model, asked before the weak steps above a least probability, be right more often?

Besides the reason, the delisting contacts of the reply texts and Postfix lines (the materials whose labels give
them) are judged with and without the source's own rows, as bench/accuracy.py judges them: ``delist found`` (every
labelled contact returned, on the cases labelled with some) and ``delist none invented`` (nothing returned that
neither the label lists nor the named list documents). Without its rows, a case's contacts are what the rules
read in a refusal nobody wrote a row from: its reason (whom the refusal concerns), its list, its provider.

The same is counted for ``hard_bounce`` (the label's, where the case has one; a case with no event read counts
wrong, as in bench/accuracy.py): whether the hard/soft verdict holds on a source nobody wrote a row from.

Figures (round r80hard, ``--model keep``, 11,248 cases): at c1efb7e1 reason 10,639 -> 10,505 without own rows,
hard_bounce 11,089 -> 11,060 (98.6 % -> 98.3 %); with a hard reason not read from words that say "syntax" or under
an X.6.x status (`_decide._syntax_said`, `_content_status`) reason 10,639 -> 10,508, hard_bounce 11,089 -> 11,063.

Only the tuning part is read.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import io
import json
import re
import sys
import tokenize
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from split import part_of, source_key  # noqa: E402

CONCEPTS_FILE = ROOT / "bouncelib" / "_data" / "concepts.py"
_URL = re.compile(r"https?://[^\s'\"<>]+")
_PATH = re.compile(r"[\w.*-]+(?:/[\w.*-]+)+")
_FILEGLOB = re.compile(r"corpus/[\w/.*-]+")


# ------------------------------------------------------------------ the material, raw
def _material() -> dict[str, list[tuple[str, Any]]]:
    """Tuning cases by source key: (material, raw row) in the four materials of bench/accuracy.py."""
    from shared_dir import shared_dir

    out: dict[str, list[tuple[str, Any]]] = defaultdict(list)
    for path in sorted((ROOT / "corpus" / "replies" / "real").glob("*.jsonl")):
        if path.name.startswith("_"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if part_of(row["source"]) == "tune":
                out[source_key(row["source"])].append(("replies", {**row, "_file": path.name}))
    path = ROOT / "corpus" / "postfix" / "real" / "lines.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if "reason" in row["expect"] and part_of(row["source"]) == "tune":
            out[source_key(row["source"])].append(("postfix", {**row, "_file": "lines.jsonl"}))
    folder = ROOT / "corpus" / "wild" / "mail"
    for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        if part_of(label["source"]) == "tune":
            out[source_key(label["source"])].append(("wild", label))
    shared = shared_dir()
    corpus = shared / "corpus" / "sisimai" if shared is not None else None
    if corpus is not None and (corpus / "labels.jsonl").exists():
        for line in (corpus / "labels.jsonl").read_text(encoding="utf-8").splitlines():
            label = json.loads(line)
            source = f"sisimai:{label['content_group']}"
            if label["recipients"] and part_of(source) == "tune":
                out[source_key(source)].append(("sisimai", {**label, "_dir": str(corpus)}))
    return out


class Verdict(NamedTuple):
    """One case read: its id, its reason label, the reason and rule bouncelib gave, and the delisting contacts
    judged as bench/accuracy.py judges them (`found`: every labelled contact returned; `kept`: none invented;
    None where the label does not speak to it: only reply texts and Postfix lines carry delist labels)."""

    ident: str
    want: str
    got: str
    rule: str
    found: bool | None = None
    kept: bool | None = None
    #: The hard_bounce label (None where the case has none: a Sisimai case whose convention does not say) and the
    #: verdict (None where bouncelib gave no event: bench/accuracy.py counts that wrong).
    hard: bool | None = None
    hard_got: bool | None = None


def _delist_judged(expect: dict[str, Any], delist: Any, blocklist: str | None) -> tuple[bool | None, bool | None]:
    """(found, kept) of a case's returned `delist` against its label (bench/accuracy.py's `_judge`)."""
    from accuracy import _documented

    want = expect.get("delist")
    if want is None:
        return None, None
    have = list(delist or [])
    found = all(c in have for c in want) if want else None
    return found, all(c in want or c in _documented(blocklist) for c in have)


def _run(material: str, row: Any) -> list[Verdict]:
    """Every reason-labelled case of one raw row, read as bench/accuracy.py reads it (`Verdict`)."""
    from bouncelib import parse_log_line, parse_message, parse_reply

    if material == "replies":
        if "reason" not in row["expect"]:
            return []
        reply = parse_reply(row["text"], **row.get("hints", {}))
        listed = reply.blocklist.id if reply.blocklist is not None else None
        return [Verdict(row["id"], row["expect"]["reason"], reply.reason.value, reply.rule or "",
                        *_delist_judged(row["expect"], reply.delist, listed),
                        hard=row["expect"].get("hard_bounce"), hard_got=reply.hard_bounce)]  # fmt: skip
    if material == "postfix":
        rec = parse_log_line(row["line"], year=2025, tz="UTC")
        record = rec.to_record() if rec is not None else {}
        rule = (rec.reply.rule or "") if rec is not None and rec.reply is not None else ""
        return [Verdict(row["id"], row["expect"]["reason"], str(record.get("reason")), rule,
                        *_delist_judged(row["expect"], record.get("delist"), record.get("blocklist")),
                        hard=row["expect"].get("hard_bounce"), hard_got=record.get("hard_bounce"))]  # fmt: skip
    from sisimai_agreement import our_conventions

    if material == "wild":
        report = parse_message(ROOT / "corpus" / "wild" / "mail" / row["file"])
    else:
        report = parse_message(Path(row["_dir"]) / "emails" / row["id"])
    events = {(e.recipient or "").lower(): e for e in report.recipients}
    out = []
    for r in row["recipients"]:
        if material == "wild":
            if not r["address"] or r["action"] not in ("failed", "delayed"):
                continue
            ev = events.get(r["address"].lower())
            want: Any = r["reason"]
            hard: Any = r["hard_bounce"]
        else:
            if r["reason"] in {"feedback", "vacation", "delivered"}:
                continue
            ev = events.get((r["address"] or "").lower())
            if ev is None and r["address"] is None and len(row["recipients"]) == 1 and len(report.recipients) == 1:
                ev = report.recipients[0]
        rec = ev.to_record() if ev is not None else None
        if material == "sisimai":
            want, hard = our_conventions(r, rec)
            if want is None:
                continue
        rule = (ev.reply.rule or "") if ev is not None and ev.reply is not None else ""
        out.append(Verdict(f"{row.get('file', row.get('id'))}#{r['address']}", want,
                           str(rec.get("reason") if rec else None), rule, hard=hard,
                           hard_got=rec.get("hard_bounce") if rec else None))  # fmt: skip
    return out


# ------------------------------------------------------------------ which rows cite which source
class Citer:
    """Whether a row's source text (or comment) cites a source key."""

    def __init__(self, material: dict[str, list[tuple[str, Any]]]) -> None:
        self.ids: dict[str, str] = {}
        self.files: dict[str, set[str]] = defaultdict(set)
        for key, rows in material.items():
            for mat, row in rows:
                ident = row.get("id") if mat in ("replies", "postfix") else row.get("file")
                if ident:
                    self.ids[str(ident)] = key
                if "_file" in row:
                    folder = "postfix/real" if mat == "postfix" else "replies/real"
                    self.files[f"corpus/{folder}/{row['_file']}"].add(key)
        self.keys = set(material)
        self._id_words = re.compile(r"[\w.-]+")

    def own_rows_of(self, text: str) -> set[str]:
        """The tuning sources whose own row `text` is: its only source named one by one, or every source
        named through a corpus file or pattern."""
        own, grouped = self.citations(text)
        return (own if len(own) == 1 else set()) | grouped

    def citations(self, text: str) -> tuple[set[str], set[str]]:
        """The tuning source keys `text` names one by one, and those it names through a corpus file."""
        out: set[str] = set()
        grouped: set[str] = set()
        for url in _URL.findall(text):
            key = source_key(url.rstrip(").,;:'"))
            if key in self.keys:
                out.add(key)
        if not text.startswith("http") and text.strip() in self.keys:
            out.add(text.strip())
        for glob in _FILEGLOB.findall(text):
            pattern = re.compile(re.escape(glob.rstrip(".,;:)")).replace(r"\*", ".*") + r"(?:\.jsonl)?$")
            for name, keys in self.files.items():
                if pattern.match(name):
                    grouped |= keys
        for word in self._id_words.findall(text):
            if word in self.ids:
                out.add(self.ids[word])
        paths = [p for p in _PATH.findall(_URL.sub(" ", text)) if "*" not in p and not p.startswith("corpus/")]
        if paths:
            for key in self.keys:
                for p in paths:
                    i = key.find(p)
                    # after a "/" or a space: a source descriptor's path ("postfix 3.7.11 src/smtpd/smtpd.c
                    # (Debian source package postfix)") is named inside a row citing two sources too.
                    if i > 0 and key[i - 1] in "/ " and (i + len(p) == len(key) or key[i + len(p)] in "./ "):
                        out.add(key)
        return out, grouped


def _call_name(node: ast.Call) -> str:
    return node.func.id if isinstance(node.func, ast.Name) else ""


def concept_term_citations(citer: Citer) -> tuple[dict[tuple[str, str], list[set[str]]], int]:
    """For every (concept, words) written in concepts.py's term calls, the sources whose own row each place it
    is written at is (`Citer.own_rows_of` of its comment; an empty set: a place of no source's own)."""
    text = CONCEPTS_FILE.read_text(encoding="utf-8")
    comments: dict[int, str] = {}
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        if tok.type == tokenize.COMMENT:
            comments[tok.start[0]] = tok.string.lstrip("# ")
    lines = text.splitlines()

    def block_above(line: int) -> str:
        out = []
        n = line - 1
        while n >= 1 and lines[n - 1].lstrip().startswith("#"):
            out.append(comments.get(n, ""))
            n -= 1
        return " ".join(reversed(out))

    cache: dict[str, set[str]] = {}

    def cites(comment: str) -> set[str]:
        if comment not in cache:
            cache[comment] = citer.own_rows_of(comment) if comment else set()
        return cache[comment]

    places: dict[tuple[str, str], list[set[str]]] = defaultdict(list)
    for node in ast.walk(ast.parse(text)):
        if not isinstance(node, ast.Call) or _call_name(node) not in ("_terms", "_in", "_cjk"):
            continue
        name = _call_name(node)
        args = node.args
        cjk = name == "_cjk"
        if name == "_in":
            langs = args[0].value if isinstance(args[0], ast.Constant) else ""
            cjk = bool(set(str(langs).split()) & {"zh", "ja", "ko"})
            args = args[1:]
        if not args or not isinstance(args[0], ast.Constant):
            continue
        concept = str(args[0].value)
        above = block_above(node.lineno)
        for arg in args[1:]:
            if not isinstance(arg, ast.Constant) or not isinstance(arg.value, str):
                continue
            inner = [n for n in comments if node.lineno < n < arg.lineno]
            if inner:
                # The comment block nearest above the term inside the call.
                last = max(inner)
                start = last
                while start - 1 in comments and start - 1 > node.lineno:
                    start -= 1
                comment = " ".join(comments[n] for n in range(start, last + 1))
            else:
                comment = above
            words = " ".join(arg.value.replace(" ", "")) if cjk else arg.value
            places[(concept, words)].append(cites(comment))
    return places, sum(1 for v in cache.values() if v)


# ------------------------------------------------------------------ recording the model's answers
# RFC 3463 section 3's subjects and the reasons a failure of that subject may be (`--guesses`'s restricted
# answer): an address (X.1) is unknown, badly formed, the sender's, moved or suspended; a mailbox (X.2)
# full, disabled, unknown or over its limit; the mail system (X.3) full, failing or refusing mail; the
# network or routing (X.4) failing, congested or looping; the protocol (X.5) a syntax, a security or a
# standard's matter; the content (X.6) its form or size; security or policy (X.7) every refusal a policy
# makes. A status of subject 0 ("other or undefined") or none: every reason.
COMPATIBLE: dict[int, frozenset[str]] = {
    1: frozenset({"userunknown", "hostunknown", "rejected", "syntaxerror", "filtered", "suspend", "hasmoved",
                  "norelaying", "notaccept"}),
    2: frozenset({"mailboxfull", "suspend", "userunknown", "exceedlimit", "mesgtoobig", "filtered"}),
    3: frozenset({"systemfull", "systemerror", "mesgtoobig", "notaccept", "mailererror", "suspend"}),
    4: frozenset({"networkerror", "hostunknown", "expired", "toomanyconn", "speeding", "systemerror",
                  "notaccept"}),
    5: frozenset({"syntaxerror", "securityerror", "failedstarttls", "notcompliantrfc", "speeding", "rejected"}),
    6: frozenset({"contenterror", "mesgtoobig", "notcompliantrfc", "policyviolation", "spamdetected",
                  "virusdetected"}),
    7: frozenset({"blocked", "policyviolation", "securityerror", "spamdetected", "virusdetected", "authfailure",
                  "badreputation", "rejected", "speeding", "toomanyconn", "norelaying", "requireptr",
                  "notcompliantrfc", "failedstarttls", "contenterror", "suspend", "filtered", "mesgtoobig"}),
}
_RECORDING = {"on": False}
_RECORDS: list[tuple[str, dict[str, Any]]] = []


def _answer(mm: Any, m: Any, known: list[str], scores: list[float], allowed: set[int]) -> list[Any] | None:
    """[reason, probability, tells] of the best reason of `allowed` (never onhold or delivered)."""
    import math

    order = [i for i in sorted(range(len(scores)), key=scores.__getitem__, reverse=True) if i in allowed]
    if len(order) < 2:
        return None
    best, second = order[0], order[1]
    if m.reasons[best].value in ("onhold", "delivered"):
        return None
    top = max(scores)
    p = math.exp(scores[best] - top) / sum(math.exp(x - top) for x in scores)
    tells = any(
        f[0] != "#" and " " not in f and (len(f) > 3 or mm._CJK.match(f)) and m.sources[f].get(best, 0) >= mm.SUPPORT
        and m.weights[f].get(best, 0.0) - m.weights[f].get(second, 0.0) >= mm.TELLS
        for f in known
    )  # fmt: skip
    return [m.reasons[best].value, round(p, 4), tells]


def _guess_info(mod: Any, ev: Any) -> dict[str, Any]:
    """The step that decided `ev`, and the model's answers there (see the module's docstring)."""
    import bouncelib._classify._model as mm

    step = next((s.__name__.lstrip("_") for s in mod.STEPS if s(ev) is not None), "end")
    m = mm.model()
    out: dict[str, Any] = {"step": step, "u": None, "r": None}
    if m is None or mod._names(ev, "UNSTATED") or (ev.code is None and mod._STILL_TRYING.search(ev.facts.words_text)):
        return out
    found = mm.features(ev.facts.words_text, ev.status, ev.code, ev.command, kinds=m.kinds, terms=mod._terms_of(ev))
    known = sorted(m.weights.keys() & found)
    if not any(f[0] != "#" for f in known):
        return out
    scores = mm._scores(m, known)
    every = set(range(len(m.reasons)))
    out["u"] = _answer(mm, m, known, scores, every)
    subject = next((int(st.split(".")[1]) for st in (ev.status, ev.hint) if st and st.count(".") == 2), 0)
    names = COMPATIBLE.get(subject)
    out["r"] = _answer(mm, m, known, scores, {i for i in every if names is None or m.reasons[i].value in names})
    return out


def _install_recorder(mod: Any) -> None:
    """Make the classifier's `decide` (of the decide module `mod`) record each call's rule and `_guess_info`."""
    import bouncelib._classify as classify

    decide = mod.decide

    def recorded(ev: Any) -> Any:
        verdict = decide(ev)
        if _RECORDING["on"]:
            _RECORDS.append((verdict[1], {"reason": verdict[0].value, **_guess_info(mod, ev)}))
        return verdict

    setattr(classify, "decide", recorded)  # noqa: B010


def _recorded_run(material: str, row: Any) -> list[tuple[Verdict, dict[str, Any] | None]]:
    """`_run`, each case with the `_guess_info` of the decision that gave its rule (the last such)."""
    clear_caches()
    _RECORDS.clear()
    _RECORDING["on"] = True
    try:
        cases = _run(material, row)
    finally:
        _RECORDING["on"] = False
    out = []
    for case in cases:
        info = next((i for r, i in reversed(_RECORDS) if r == case.rule), None)
        out.append((case, info))
    return out


# ------------------------------------------------------------------ switching rows off
class Tables:
    """The original tables, and a way to rebuild the classifier without some of their rows."""

    def __init__(self, record: bool = False) -> None:
        from bouncelib._data import concepts, providers, reasons

        self.record = record
        self._codes_cut = False

        self.concepts, self.providers, self.reasons = concepts, providers, reasons
        self.orig = {
            (reasons, "PHRASES"): reasons.PHRASES,
            (providers, "RULES"): providers.RULES,
            (providers, "STATUS_RULES"): providers.STATUS_RULES,
            (providers, "CODE_RULES"): providers.CODE_RULES,
            (providers, "PROVIDERS"): providers.PROVIDERS,
            (concepts, "RULES"): concepts.RULES,
            (concepts, "FALLBACK_RULES"): concepts.FALLBACK_RULES,
            (concepts, "TERMS"): concepts.TERMS,
        }

    def rebuild(self, cut: dict[tuple[Any, str], set[int]]) -> None:
        """Rebind every table without the row indices in `cut`, rebuild the indices, clear the caches.

        A provider row cited is kept with its host names (the operator's MX and reply hosts, facts of its DNS,
        not of a wording) but without the markers and formats written from its source."""
        import bouncelib._classify as classify
        import bouncelib._classify._concepts as concepts_module
        import bouncelib._classify._decide as decide_module

        for (module, name), rows in self.orig.items():
            drop = cut.get((module, name), set())
            # The tables are Final for the library; this check alone rebinds them.
            if name == "PROVIDERS":
                kept = tuple(r._replace(markers=(), formats=()) if i in drop else r for i, r in enumerate(rows))
            else:
                kept = tuple(r for i, r in enumerate(rows) if i not in drop)
            setattr(module, name, kept)
        importlib.reload(concepts_module)
        fresh = importlib.reload(decide_module)
        for name in dir(classify):
            if getattr(getattr(classify, name), "__module__", None) == fresh.__name__:
                setattr(classify, name, getattr(fresh, name))
        codes_cut = any(cut.get((self.providers, n)) for n in ("CODE_RULES", "PROVIDERS"))
        if codes_cut or self._codes_cut:
            self._rebuild_codes()
        self._codes_cut = codes_cut
        statuses = {(r.provider, s): r for r in self.providers.STATUS_RULES for s in r.statuses}
        setattr(classify, "_STATUS_RULES", statuses)  # noqa: B010
        clear_caches()
        if self.record:
            _install_recorder(fresh)


    def _rebuild_codes(self) -> None:
        """The providers' markers, formats and code patterns indexed again from the rebound tables (`_codes`, and
        the joint index of providers' and blocklists' markers of `bouncelib._classify`)."""
        import bouncelib._classify as classify
        import bouncelib._classify._codes as codes_module
        import bouncelib._log.record as record_module
        from bouncelib._classify._match import PhraseIndex
        from bouncelib._data import blocklists

        fresh = importlib.reload(codes_module)
        for module in (classify, record_module):
            for name in ("find_codes", "find_provider"):
                if hasattr(module, name):
                    setattr(module, name, getattr(fresh, name))
        markers = PhraseIndex([
            *(((0, p.id), m) for p in self.providers.PROVIDERS for m in p.markers),
            *(((1, row.id), m) for row in blocklists.BLOCKLISTS for m in row.markers),
        ])
        setattr(classify, "_MARKERS", markers)  # noqa: B010


def clear_caches() -> None:
    """Every memo of bouncelib's modules (the classification, the exact-text memo, the log records' memo)."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("bouncelib"):
            continue
        for value in list(vars(module).values()):
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


def _cuts(tables: Tables, citer: Citer) -> dict[str, dict[tuple[Any, str], set[int]]]:
    """Per source key, the row indices of each table that cite it."""
    cuts: dict[str, dict[tuple[Any, str], set[int]]] = defaultdict(lambda: defaultdict(set))
    for (module, name), rows in tables.orig.items():
        if name == "TERMS":
            continue
        for i, row in enumerate(rows):
            for key in citer.own_rows_of(row.source):
                cuts[key][(module, name)].add(i)
    places, _ = concept_term_citations(citer)
    terms = tables.orig[(tables.concepts, "TERMS")]
    for i, term in enumerate(terms):
        cited = places.get((term.concept, term.words))
        if not cited:
            continue
        for key in set.intersection(*cited):
            cuts[key][(tables.concepts, "TERMS")].add(i)
    return cuts


# ------------------------------------------------------------------ the run
def _set_model(m: Any) -> None:
    import bouncelib._classify._model as model_module

    setattr(model_module, "model", (lambda: m))  # noqa: B010


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--list", action="store_true", help="the cases right with their own rows, wrong without")
    ap.add_argument("--json", metavar="FILE", help="write every case's verdicts with and without")
    ap.add_argument("--model", choices=("fold", "keep"), default="fold",
                    help="retrain the model without each source's fold (default) or keep the committed one")
    ap.add_argument("--only", metavar="TEXT", action="append",
                    help="only the sources whose key holds TEXT (a quick look; the figures are then of those)")
    ap.add_argument("--guesses", metavar="FILE",
                    help="write per case the deciding step and the model's answers, with and without own rows")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                    help="a setting of bench/train_model.py for the retrained models (FEATURES=concepts,pairs ...)")
    args = ap.parse_args(argv)
    if args.set:
        import train_model

        for item in args.set:
            name, _, value = item.partition("=")
            if not name.isupper() or not hasattr(train_model, name):
                ap.error(f"no setting {name!r} in bench/train_model.py")
            setattr(train_model, name, type(getattr(train_model, name))(value))

    import bouncelib._classify._model as model_module

    material = _material()
    citer = Citer(material)
    tables = Tables(record=bool(args.guesses))
    cuts = _cuts(tables, citer)
    guesses: dict[str, dict[str, Any]] = defaultdict(dict)
    if args.guesses:
        import bouncelib._classify._decide as decide_module

        _install_recorder(decide_module)

    def run(key: str, phase: str, mat: str, row: Any) -> list[Verdict]:
        if not args.guesses:
            return _run(mat, row)
        cases = _recorded_run(mat, row)
        for c, info in cases:
            guesses[key].setdefault(c.ident, {})[phase] = [c.got, c.rule, info]
        return [c for c, _ in cases]
    if args.only:
        material = {k: v for k, v in material.items() if any(t in k for t in args.only)}
    committed = model_module.model()

    with_rows: dict[str, list[Verdict]] = {}
    for key, rows in material.items():
        with_rows[key] = [c for mat, row in rows for c in run(key, "with", mat, row)]

    fold_models: dict[int, Any] = {}
    if args.model == "fold":
        import hashlib

        import accuracy
        import train_model

        cases = [c for c in accuracy.all_cases() if c.part == "tune"]
        for k in range(5):
            rows = train_model.training_cases(c for c in cases if train_model._fold(c) != k)
            fold_models[k] = train_model._model_of(rows)

        def fold_of(key: str) -> int:
            return int(hashlib.sha256(("fold:" + key).encode()).hexdigest(), 16) % 5

    without: dict[str, list[Verdict]] = {}
    by_fold: dict[int, list[str]] = defaultdict(list)
    for key in material:
        by_fold[fold_of(key) if fold_models else 0].append(key)
    rebuilt = False
    for k, keys in sorted(by_fold.items()):
        _set_model(fold_models.get(k, committed))
        tables.rebuild({})
        for key in sorted(keys, key=lambda s: s in cuts):
            if key in cuts:
                tables.rebuild(cuts[key])
                rebuilt = True
            elif rebuilt:
                tables.rebuild({})
                rebuilt = False
            without[key] = [c for mat, row in material[key] for c in run(key, "without", mat, row)]
        tables.rebuild({})
        rebuilt = False
    _set_model(committed)

    per: dict[str, Counter[str]] = defaultdict(Counter)
    lost: list[tuple[str, str, str, str, str, str]] = []
    delist_lost: list[tuple[str, str, str, str, str]] = []
    hard_lost: list[tuple[str, str, str, str, str, str]] = []
    gained = hard_gained = 0
    for key, cases in with_rows.items():
        mat = material[key][0][0]
        for a, b in zip(cases, without[key], strict=True):
            ident, want, got, rule = a.ident, a.want, a.got, a.rule
            got2, rule2 = b.got, b.rule
            for group in ("all", mat):
                per[group]["n"] += 1
                per[group]["with"] += got == want
                per[group]["without"] += got2 == want
                per[group]["cited"] += key in cuts
                for name, x, y in (("found", a.found, b.found), ("kept", a.kept, b.kept)):
                    if x is not None:
                        per[group][name] += 1
                        per[group][name + " with"] += x
                        per[group][name + " without"] += bool(y)
                if a.hard is not None:
                    per[group]["hard n"] += 1
                    per[group]["hard with"] += a.hard_got == a.hard
                    per[group]["hard without"] += b.hard_got == a.hard
            if got == want and got2 != want:
                lost.append((key, ident, want, got2, rule, rule2))
            gained += got != want and got2 == want
            for name, x, y in (("found", a.found, b.found), ("invented", a.kept, b.kept)):
                if x and not y:
                    delist_lost.append((name, key, ident, rule, rule2))
            if a.hard is not None and a.hard_got == a.hard and b.hard_got != a.hard:
                hard_lost.append((key, ident, f"{want}/{'hard' if a.hard else 'soft'}", got2, rule, rule2))
            hard_gained += a.hard is not None and a.hard_got != a.hard and b.hard_got == a.hard

    n_rows = Counter(name for cut in cuts.values() for (_, name), rows in cut.items() for _ in rows)
    print(f"tuning sources: {len(material)}, of which {len(cuts)} cited by table rows "
          f"({', '.join(f'{n} {name}' for name, n in sorted(n_rows.items()))}; "
          "a row citing two sources counted twice); "
          f"model: {'retrained without each source fold (5 folds)' if fold_models else 'the committed one'}")
    print("| material | cases | of cited sources | reason with own rows | without own rows "
          "| hard_bounce with own rows | without own rows |\n|---|---|---|---|---|---|---|")  # fmt: skip
    for group in ("all", "replies", "postfix", "wild", "sisimai"):
        t = per.get(group)
        if not t:
            continue
        hn = max(t["hard n"], 1)
        print(f"| {group} | {t['n']} | {t['cited']} | {t['with']} ({100 * t['with'] / t['n']:.1f} %) | "
              f"{t['without']} ({100 * t['without'] / t['n']:.1f} %) | "
              f"{t['hard with']}/{t['hard n']} ({100 * t['hard with'] / hn:.1f} %) | "
              f"{t['hard without']} ({100 * t['hard without'] / hn:.1f} %) |")
    print(f"right with own rows, wrong without: {len(lost)}; wrong with, right without: {gained}")
    print(f"hard_bounce right with own rows, wrong without: {len(hard_lost)}; wrong with, right without: "
          f"{hard_gained}")
    # The delisting contacts (reply texts and Postfix lines: the materials whose labels give them), judged as
    # bench/accuracy.py judges them: found (every labelled contact returned, on the cases labelled with some) and
    # none invented (nothing returned that neither the label lists nor the named list documents, on every case).
    print("| material | delist found with own rows | without | none invented with own rows | without |\n"
          "|---|---|---|---|---|")
    for group in ("all", "replies", "postfix"):
        t = per.get(group)
        if not t or not t["kept"]:
            continue
        cells = [f"{t[f'{n} {w}']}/{t[n]} ({100 * t[f'{n} {w}'] / max(1, t[n]):.1f} %)"
                 for n in ("found", "kept") for w in ("with", "without")]
        print(f"| {group} | {' | '.join(cells)} |")
    print(f"delist right with own rows, wrong without: {len(delist_lost)}")
    if args.list:
        for key, ident, want, got2, rule, rule2 in sorted(lost, key=lambda x: (x[2], x[0])):
            print(f"{want:>15} -> {got2:<15} {ident}  [{rule} -> {rule2}]  ({key})")
        for name, key, ident, rule, rule2 in sorted(delist_lost):
            print(f"delist {name:>8} lost {ident}  [{rule} -> {rule2}]  ({key})")
        print("hard_bounce lost (label reason/hardness -> reason read without own rows):")
        for key, ident, want, got2, rule, rule2 in sorted(hard_lost, key=lambda x: (x[2], x[0])):
            print(f"{want:>20} -> {got2:<15} {ident}  [{rule} -> {rule2}]  ({key})")
    if args.guesses:
        out = {key: {"fold": fold_of(key) if fold_models else None, "cases": {
            c.ident: {"want": c.want, **guesses[key].get(c.ident, {})} for c in with_rows[key]}}
            for key in with_rows}  # fmt: skip
        Path(args.guesses).write_text(json.dumps(out, ensure_ascii=False, indent=0), encoding="utf-8")
    if args.json:
        Path(args.json).write_text(json.dumps(
            {key: [[*a[:4], b.got, b.rule, a.found, a.kept, b.found, b.kept, a.hard, a.hard_got, b.hard_got]
                   for a, b in zip(with_rows[key], without[key], strict=True)] for key in with_rows},
            ensure_ascii=False, indent=0), encoding="utf-8")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
