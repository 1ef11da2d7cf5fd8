"""How the general reader reads the wild mails of a language it has no words for: leave-language-out.

    python bench/leave_language_out.py                 # per language with >= 5 tuning wild mails, and total
    python bench/leave_language_out.py --only de fr    # some languages
    python bench/leave_language_out.py --list          # also the recipients and kinds lost without the words
    python bench/leave_language_out.py --json F        # every mail's verdicts with and without, for diffs
    python bench/leave_language_out.py --retag         # tag the notice rows again (needs `pip install langid`)

For each language L that has at least five tuning mails in ``corpus/wild/mail/labels.jsonl`` (its ``lang``), the
words tagged with L alone are switched off, the classifier's indices rebuilt (as ``leave_source_out.py`` does), and
the *tuning* wild mails of L read again (``wild_mail.read``): recipients found, none invented, kind, reason, with
the words and without. Only the tuning part is read; English is left out unless asked (``--only en``): every MTA's
template and every structural pattern is written in English words, so without them there is no reader to measure.

What is switched off for L:

* concept terms (``bouncelib/_data/concepts.py`` ``TERMS``) whose languages are L alone, as
  ``bench/concept_languages.py`` gives them (their ``_in`` tag, else its table of older words, else their script);
  a term that is a word of L and of another language stays (the other language's table would hold it);
* phrase rows (``bouncelib/_data/reasons.py`` ``PHRASES``) whose text is tagged L, as notice rows are (below);
* notice rows: every top-level alternative (``_pattern.alternatives``) of every module-level compiled pattern of
  ``bouncelib/_data/notices.py`` and of the general reader's modules (``bouncelib/_dsn/general/*``) whose words are
  tagged L. Those rows carry no language tag, so each alternative's literal words (the pattern without its syntax)
  are tagged by their script (Han with kana: Japanese; Han alone: Chinese; Hangul; Greek; Hebrew; Arabic; Cyrillic:
  Ukrainian with і/ї/є/ґ, Serbian with ђ/ћ/џ/љ/њ/ј, Bulgarian with ъ and no ы/э, else Russian) and, in Latin
  script, by langid.py (Lui & Baldwin 2012) restricted to the corpus's languages, kept only when it is at least
  0.9 sure (a short alternative or one of mixed languages stays). The tags are cached in
  ``bench/leave_language_out_tags.json`` so that the measure runs without langid; ``--retag`` writes them again.
  A pattern whose filtered form would lose a capturing group stays whole (the code reads its groups by number).

Not switched off: the model (the last resort of the classifier, trained on every tuning reply of every language),
and words inside code that are no module-level pattern. Mails labelled in several languages are read under their
first.

``--material replies`` reads, the same way, the tuning reply rows (``corpus/replies/real/*.jsonl``, their ``lang``) of
each language with at least 20 of them: the reason right with the language's words and without, and the
``hard_bounce`` verdict right (the label's) with and without. The model is not
switched off and was trained on these very rows, so the figure without the words is read with it (default) and
without it (``--no-model``: the words alone). ``--retrain`` makes it honest for the model: each language's rows are
read a third time, words off, with a model retrained (bench/train_model.py's settings; ``--set NAME=VALUE`` passes
another) without that language's tuning reply rows and its tuning wild mails, so the model too has read none of its
words (one training per language, about 5 s of one core with numpy).

    python bench/leave_language_out.py --material replies --retrain [--set FEATURES=fold,prefix5] [--json F]

Figures with ``--retrain`` (round r80mlo, 51 languages with >= 20 rows, 4,178 tuning reply rows; with the words,
without them and the committed model, without them and the model retrained without the language): at c1efb7e1
3,878 -> 2,781 -> **1,512** (92.8 % -> 66.6 % -> 36.2 %; 47 minutes on the shared machine, 6 minutes of CPU): the
model had flattered the words-off figure by 1,269 rows it had learnt from those very rows. With the model's
features a related language shares (`_model` kinds ``fold`` and ``prefix5``, FEATURES=fold,prefix5), retrained
1,512 -> **1,656** (39.6 %, +144: Portuguese +23, Spanish +13, Czech +11, Italian +10, Catalan +10, Bulgarian +8;
Estonian, Vietnamese, Croatian and Latvian -1 each).

Figures (round r79fuzzy, 52 languages, 4,178 tuning reply rows; with the words -> without): at the round's start
(ea4f2b79) 3,874 -> 2,750 (92.7 % -> 65.8 %), words alone 3,574 -> 709 (85.5 % -> 17.0 %); with the words near a
term of another language (`_concepts.near_terms`, after the model) 3,875 -> 2,766, words alone 3,585 -> 799.

Figures (round r80hard, hard_bounce, the same 4,178 rows at c1efb7e1): with the words 4,097 (98.1 %), without 3,804
(91.0 %). Of the 293 lost, 148 are a reason the model guessed right, never a hard bounce (`_vocab.is_hard_bounce`),
and 145 left onhold; 7 misread. The model was trained on these rows: where the rules are silent, a grouped
cross-validation of it (bench/model_cv.py's folds) finds its guesses of a hard reason right 10 times in 28 (36 %).

Figures (round r79llo, 29 languages, 842 tuning mails, 484 labelled recipients; with the words -> without): at the
round's start (40d5d0cd) recipients found 483 -> 187, none invented 790 -> 785 of 791, kind 842 -> 497; with the
general reader's two readings in no language (`_own_address_answered`, `_list_returned_own_post`) 483 -> 437,
790 -> 784 (the one more is Catalan Discourse's "correu a<address>", glued in its catalogue: the run with the words
reads the same wrong address), kind 842 -> 748.

Round r80kind's start (c1efb7e1): kind 842 -> 748 of 842 (94 lost without the words, ``--list`` names them: 86
bounces read as neither, two list notices read as bounces, six challenges read as neither).  With the general
reader's kind read from evidence in no language (a confirmation Reply-To's cookie, the null sender's letter, a list's
probe sender, MailScanner's bounce mark, the forum's name bare in the Subject): kind 842 -> 772, recipients found
483 -> 445 (437 before), none invented 790 -> 785 (784).  What is left is, in the main, notices whose only sign is
their words: mlmmj's refusals (25: its hold notices are written from the same address, returning the post alike),
Zimbra's mobile send-failure report (13), applications' notices from a no-reply sender (Moodle, ElkArte, FileSender).

Round r81kind's start (5211f530): kind 842 -> 774 of 842, recipients found 483 -> 447 of 484, none invented
790 -> 790 of 791.  The 68 kinds lost (``--list``): mlmmj's refusals (25; its holds return the post alike, from the
same role address, with the same Subject's shape: only words tell them apart), Zimbra's mobile send-failure report
(13), Moodle's inbound-mail refusals and confirmation requests (11), ElkArte's post-by-mail refusals (5), FileSender's
bounce report (4), MailScanner's content report (3: its filename, virus and error reports are alike and no bounce),
Majordomo 2's denials (3), three Chinese and Russian pastes without headers, and one list notice read as a bounce
(Mailman 3's disable warning, German).
With round r81kind's readings in no language (a list's bounce address naming its reader's own address: a notice about
mail to the reader; an application quoting the reader's reply Subject tagged with the site's own name: ElkArte; the
Subject Majordomo 2 writes untranslated, "Denied post to <list>", from the list's owner) kind 842 -> 783, recipients
found 483 -> 447 and none invented 790 -> 790 as before.  Left: mlmmj's refusals (its holds are alike but for their
words: reading every post it returns as refused, tried, turns seven tuning holds, English among them, into refusals
with the words on), Zimbra, Moodle, FileSender, MailScanner, three pastes: signs of their words alone.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from concept_languages import languages_of  # noqa: E402
from leave_source_out import Tables, clear_caches  # noqa: E402
from split import part_of, tuning_replies  # noqa: E402

TAGS_FILE = ROOT / "bench" / "leave_language_out_tags.json"
MIN_MAILS = 5
MIN_REPLIES = 20
SURE = 0.9
FIELDS = ("recipient found", "none invented", "kind", "reason")
# The general reader's modules and the notices table: their module-level patterns are filtered.
PATTERN_MODULES = (
    "bouncelib._data.notices",
    "bouncelib._dsn.general",
    "bouncelib._dsn.general._notice",
    "bouncelib._dsn.general._recipients",
)
# langid's codes for the corpus's languages that it knows (Asturian and Galician are read as Spanish/Galician).
_LATIN_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "cs", "sk", "pl", "hu", "ro",
                    "hr", "sl", "lt", "et", "ca", "gl", "eu", "tr", "id", "eo", "oc", "vi", "cy", "sr")  # fmt: skip
# Language codes that name the same column (langid's Norwegian, the corpus's Bokmål).
_SAME = {"no": "nb", "nn": "nb"}


# ------------------------------------------------------------------ tagging rows by language
def literal_words(pattern: str) -> str:
    """The words a pattern alternative spells out: its syntax (escapes, classes, groups, quantifiers) removed."""
    s = re.sub(r"\\[pPN]\{[^}]*\}|\\.", " ", pattern)
    s = re.sub(r"\[[^\]]*\]", "", s)
    s = re.sub(r"\(\?(?:[:!=]|<[!=]|P?<\w+>)|\{\d*,?\d*\}", " ", s)
    s = re.sub(r"[()|?*+.^$]", " ", s)
    return " ".join(s.split())


def script_language(text: str) -> str | None:
    """The language a non-Latin script names (see the module's doc), None for Latin or no letters."""
    names = {unicodedata.name(c, "").split(" ")[0] for c in text if c.isalpha()}
    if "HIRAGANA" in names or "KATAKANA" in names:
        return "ja"
    if "CJK" in names:
        return "zh"
    if "HANGUL" in names:
        return "ko"
    for script, code in (("GREEK", "el"), ("HEBREW", "he"), ("ARABIC", "ar")):
        if script in names:
            return code
    if "CYRILLIC" in names:
        low = text.lower()
        if re.search("[іїєґ]", low):
            return "uk"
        if re.search("[ђћџљњј]", low):
            return "sr"
        if "ъ" in low and not re.search("[ыэ]", low):
            return "bg"
        return "ru"
    return None


class Tagger:
    """A row's language: its script, else langid (cached in `TAGS_FILE`)."""

    def __init__(self, retag: bool = False) -> None:
        self.cache: dict[str, str | None] = {}
        if TAGS_FILE.exists() and not retag:
            self.cache = json.loads(TAGS_FILE.read_text(encoding="utf-8"))
        self.identifier: Any = None
        self.asked = 0
        self.changed = False
        if retag:
            from langid.langid import LanguageIdentifier, model  # pip install langid

            self.identifier = LanguageIdentifier.from_modelstring(model, norm_probs=True)
            self.identifier.set_languages(list(_LATIN_LANGUAGES))

    def language(self, words: str) -> str | None:
        if not re.search(r"[^\W\d_]{2}", words):
            return None
        by_script = script_language(words)
        if by_script:
            return by_script
        if words in self.cache:
            return self.cache[words]
        if self.identifier is None:
            self.asked += 1
            return None
        code, prob = self.identifier.classify(words)
        found = _SAME.get(code, code) if prob >= SURE else None
        self.cache[words] = found
        self.changed = True
        return found

    def save(self) -> None:
        if self.changed:
            TAGS_FILE.write_text(json.dumps(dict(sorted(self.cache.items())), ensure_ascii=False, indent=0) + "\n",
                                 encoding="utf-8")  # fmt: skip


# ------------------------------------------------------------------ switching a language off
class Switch:
    """The tables and patterns as they are, and a way to read them without one language's rows."""

    def __init__(self, tagger: Tagger) -> None:
        from bouncelib._data import concepts, reasons

        self.tables = Tables()
        self.concepts, self.reasons = concepts, reasons
        self.term_languages = [{_SAME.get(c, c) for c in languages_of(t)} for t in concepts.TERMS]
        self.phrase_languages = [tagger.language(p.text) for p in reasons.PHRASES]
        self.patterns: list[tuple[ModuleType, str, re.Pattern[str], list[tuple[str, str | None]]]] = []
        for name in PATTERN_MODULES:
            module = importlib.import_module(name)
            for attr, value in list(vars(module).items()):
                # A notices list compiled by `skipping` keeps no source string: its written form is in WRITTEN.
                source = value.pattern if isinstance(value, re.Pattern) else None
                if isinstance(value, re.Pattern) and source is None:
                    from bouncelib._data.notices import WRITTEN

                    source = WRITTEN.get(value)
                if isinstance(value, re.Pattern) and isinstance(source, str):
                    from bouncelib._data._pattern import alternatives

                    alts = [(a, tagger.language(literal_words(a))) for a in alternatives(source)]
                    if any(lang for _, lang in alts):
                        self.patterns.append((module, attr, value, alts))

    def rows_of(self, language: str) -> dict[str, int]:
        """How many rows of each kind are tagged `language` alone."""
        return {
            "concept terms": sum(1 for langs in self.term_languages if langs == {language}),
            "phrases": sum(1 for lang in self.phrase_languages if lang == language),
            "notice alternatives": sum(1 for *_, alts in self.patterns for _, lang in alts if lang == language),
        }

    def off(self, language: str | None) -> None:
        """Switch `language`'s rows off (None: every row on again)."""
        terms = self.tables.orig[(self.concepts, "TERMS")]
        phrases = self.tables.orig[(self.reasons, "PHRASES")]
        cut: dict[tuple[Any, str], set[int]] = {}
        if language:
            cut[(self.concepts, "TERMS")] = {i for i, langs in enumerate(self.term_languages) if langs == {language}}
            cut[(self.reasons, "PHRASES")] = {i for i, lang in enumerate(self.phrase_languages) if lang == language}
        assert len(terms) == len(self.term_languages)
        assert len(phrases) == len(self.phrase_languages)
        for module, attr, original, alts in self.patterns:
            kept = [a for a, lang in alts if lang != language] if language else None
            value = original
            if kept is not None and len(kept) < len(alts):
                fresh = re.compile("|".join(kept) if kept else "(?!)", original.flags)
                if fresh.groups == original.groups and fresh.groupindex == original.groupindex:
                    value = fresh
            setattr(module, attr, value)
        self.tables.rebuild(cut)
        clear_caches()


# ------------------------------------------------------------------ reading
def tuning_mails_by_language() -> dict[str, list[dict[str, Any]]]:
    from wild_mail import load_labels

    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for label in load_labels():
        if part_of(label["source"]) == "tune":
            out[str(label.get("lang") or "?").split(",")[0].split()[0]].append(label)
    return out


def tuning_replies_by_language() -> dict[str, list[dict[str, Any]]]:
    """The tuning reply rows labelled with a reason (``corpus/replies/real/*.jsonl``), by their ``lang`` (its
    first code, a region left off: ``pt_BR`` is ``pt``; Norwegian's ``no``/``nn`` are ``nb``, as the terms')."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in tuning_replies(ROOT):
        if "reason" in row["expect"]:
            lang = re.split(r"[_,\s-]", str(row.get("lang") or "?"))[0]
            out[_SAME.get(lang, lang)].append(row)
    return out


def judge_replies(rows: list[dict[str, Any]]) -> list[tuple[bool, str, str, bool]]:
    """(reason right, reason read, rule, hard_bounce right) of each reply row, as bench/accuracy.py reads it."""
    from bouncelib import parse_reply

    out = []
    for row in rows:
        reply = parse_reply(row["text"], **row.get("hints", {}))
        out.append((reply.reason.value == row["expect"]["reason"], reply.reason.value, reply.rule or "",
                    reply.hard_bounce == row["expect"].get("hard_bounce")))  # fmt: skip
    return out


def retrainer(settings: list[str]) -> Callable[[set[str]], Any]:
    """A function training the last-resort model without some cases (by `train_model`'s case keys,
    ``material|ident``), with bench/train_model.py's settings (`settings`: its ``--set NAME=VALUE`` items).

    The features of every tuning case are computed once, with every word on and the model off (as
    bench/train_model.py reads the cases: what the classifier is given must not depend on the weights)."""
    import train_model

    import bouncelib._classify._model as model_module

    for item in settings:
        train_model.set_setting(item)
    saved = model_module.model
    setattr(model_module, "model", lambda: None)  # noqa: B010
    try:
        rows = train_model.keyed_training_cases(train_model.all_cases())
    finally:
        setattr(model_module, "model", saved)  # noqa: B010
        clear_caches()

    def without(keys: set[str]) -> Any:
        return train_model._model_of([row for key, row in rows
                                      if key not in keys and key.partition("#")[0] not in keys])

    return without


def _returning(value: Any) -> Callable[[], Any]:
    return lambda: value


def language_keys(lang: str, rows: list[dict[str, Any]], mails: list[dict[str, Any]]) -> set[str]:
    """The training cases of `lang` (`train_model`'s keys): its tuning reply rows and its tuning wild mails (a mail's
    key without its recipient, ``wild|file``), so that the retrained model has read none of the language's words."""
    return {f"replies|{row['id']}" for row in rows} | {f"wild|{label['file']}" for label in mails}


def replies_main(args: argparse.Namespace, switch: Switch) -> int:
    """`--material replies`: per language, the tuning reply rows' reasons (and hard_bounce) right with its words
    and without."""
    by_language = tuning_replies_by_language()
    languages = args.only or [lang for lang, rs in sorted(by_language.items(), key=lambda kv: (-len(kv[1]), kv[0]))
                              if len(rs) >= MIN_REPLIES and lang != "en"]  # fmt: skip
    import bouncelib._classify._model as model_module

    if args.no_model:
        setattr(model_module, "model", lambda: None)  # noqa: B010
    retrain = retrainer(args.set) if args.retrain else None
    mails = tuning_mails_by_language() if retrain else {}
    committed = model_module.model
    started = time.perf_counter()
    total = [0, 0, 0, 0, 0, 0]
    dump: dict[str, Any] = {}
    head = "| lang | rows | rows off (terms/phrases/notice) | reason right with | without |"
    if retrain:
        head += " without, model retrained without the language |"
    head += " hard_bounce right with | without |"
    print(head + "\n|---|---|---|---|---|---|---|" + ("---|" if retrain else ""))
    for lang in languages:
        rows = by_language.get(lang, [])
        switch.off(None)
        before = judge_replies(rows)
        switch.off(lang)
        after = judge_replies(rows)
        retrained = after
        if retrain:
            setattr(model_module, "model", _returning(retrain(language_keys(lang, rows, mails.get(lang, [])))))  # noqa: B010
            switch.off(lang)  # (the classification memos cleared)
            retrained = judge_replies(rows)
            setattr(model_module, "model", committed)  # noqa: B010
        switch.off(None)
        right = (sum(b[0] for b in before), sum(a[0] for a in after), sum(r[0] for r in retrained),
                 sum(b[3] for b in before), sum(a[3] for a in after))  # fmt: skip
        total[0] += len(rows)
        for i in range(5):
            total[i + 1] += right[i]
        off = switch.rows_of(lang)
        shown = right[:2] + (right[2:3] if retrain else ()) + right[3:]
        cells = [f"{n} ({100 * n / len(rows):.1f} %)" for n in shown]
        print(f"| {lang} | {len(rows)} | {off['concept terms']}/{off['phrases']}/{off['notice alternatives']} | "
              + " | ".join(cells) + " |", flush=True)  # fmt: skip
        for row, b, a, r in zip(rows, before, after, retrained, strict=True):
            dump[row["id"]] = {"lang": lang, "want": row["expect"]["reason"], "with": b[1:3], "without": a[1:3],
                               "hard": row["expect"].get("hard_bounce"), "hard right": [b[3], a[3]]}  # fmt: skip
            if retrain:
                dump[row["id"]]["retrained"] = r[1:3]
    if total[0]:
        shown = total[1:3] + (total[3:4] if retrain else []) + total[4:6]
        cells = [f"{n} ({100 * n / total[0]:.1f} %)" for n in shown]
        print(f"| total | {total[0]} |  | " + " | ".join(cells) + " |")
    if retrain:
        print(f"({len(languages)} languages, {time.perf_counter() - started:.0f} s)")
    if args.json:
        args.json.write_text(json.dumps(dump, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


def judge(labels: list[dict[str, Any]]) -> list[Any]:
    from wild_mail import read

    return [read(label) for label in labels]


def sums(mails: list[Any]) -> dict[str, tuple[int, int]]:
    out = {}
    for field in FIELDS:
        vs = [x for m in mails for x in m.verdicts.get(field, [])]
        out[field] = (sum(vs), len(vs))
    return out


def _fig(right: int, judged: int) -> str:
    return f"{right}/{judged}" if judged else "-"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", nargs="+", help="these languages only (codes as labels.jsonl writes them)")
    ap.add_argument("--list", action="store_true", help="the recipients and kinds right with the words, lost without")
    ap.add_argument("--json", type=Path, help="write every mail's verdicts with and without")
    ap.add_argument("--retag", action="store_true", help="tag the notice rows again with langid")
    ap.add_argument("--material", choices=("wild", "replies"), default="wild",
                    help="the tuning wild mails (default) or the tuning reply rows of each language")
    ap.add_argument("--no-model", action="store_true",
                    help="replies: the model (trained on these very rows) not asked, the words alone measured")
    ap.add_argument("--retrain", action="store_true",
                    help="replies: also read each language's rows, words off, with a model retrained without them")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                    help="with --retrain: a setting of bench/train_model.py for the retrained models")
    args = ap.parse_args(argv)
    if (args.retrain or args.set) and (args.material != "replies" or args.no_model):
        ap.error("--retrain and --set are for --material replies with the model")
    if args.set and not args.retrain:
        ap.error("--set needs --retrain")

    tagger = Tagger(retag=args.retag)
    switch = Switch(tagger)
    tagger.save()
    if tagger.asked:
        print(f"({tagger.asked} rows not in {TAGS_FILE.name}: run with --retag)")
    if args.material == "replies":
        return replies_main(args, switch)
    by_language = tuning_mails_by_language()
    languages = args.only or [lang for lang, ms in sorted(by_language.items(), key=lambda kv: (-len(kv[1]), kv[0]))
                              if len(ms) >= MIN_MAILS and lang != "en"]  # fmt: skip
    switch.off(None)
    totals: dict[str, dict[str, list[int]]] = {w: {f: [0, 0] for f in FIELDS} for w in ("with", "without")}
    dump: dict[str, Any] = {}
    lost: list[str] = []
    kind_lost: list[str] = []
    print("| lang | mails | rows off (terms/phrases/notice) | recipient found with -> without | none invented "
          "| kind | reason |\n|---|---|---|---|---|---|---|")  # fmt: skip
    for lang in languages:
        labels = by_language.get(lang, [])
        switch.off(None)
        before = judge(labels)
        switch.off(lang)
        after = judge(labels)
        switch.off(None)
        fig = {"with": sums(before), "without": sums(after)}
        for w in fig:
            for f in FIELDS:
                totals[w][f][0] += fig[w][f][0]
                totals[w][f][1] += fig[w][f][1]
        rows = switch.rows_of(lang)
        cells = [f"{_fig(*fig['with'][f])} -> {_fig(*fig['without'][f])}" for f in FIELDS]
        print(f"| {lang} | {len(labels)} | {rows['concept terms']}/{rows['phrases']}/{rows['notice alternatives']} | "
              + " | ".join(cells) + " |")  # fmt: skip
        for b, a in zip(before, after, strict=True):
            events = [(e["recipient"], e["action"], e["reason"]) for e in a.events]
            dump[b.label["file"]] = {"lang": lang, "with": b.verdicts, "without": a.verdicts, "events_without": events,
                                     "kind_with": b.kind, "kind_without": a.kind, "label_kind": b.label["kind"]}
            if all(b.verdicts.get("recipient found", [])) and not all(a.verdicts.get("recipient found", [])):
                lost.append(f"[{lang}] {b.label['file']}: {[e['recipient'] for e in a.events]}")
            if all(b.verdicts.get("kind", [])) and not all(a.verdicts.get("kind", [])):
                kind_lost.append(f"[{lang}] {b.label['file']}: label {b.label['kind']}, read {b.kind} with the "
                                 f"words, {a.kind} without")
    cells = [f"{_fig(*totals['with'][f])} -> {_fig(*totals['without'][f])}" for f in FIELDS]
    print(f"| total | {sum(len(by_language.get(x, [])) for x in languages)} |  | " + " | ".join(cells) + " |")
    kinds = Counter(str(d["with"].get("kind")) + ">" + str(d["without"].get("kind")) for d in dump.values())
    print(f"kind verdicts with>without: {dict(kinds)}")
    if args.list:
        print("\nrecipients found with the language's words, missed without:")
        for line in lost:
            print(" ", line)
        print(f"\nkinds right with the language's words, wrong without ({len(kind_lost)}):")
        for line in kind_lost:
            print(" ", line)
    if args.json:
        args.json.write_text(json.dumps(dump, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
