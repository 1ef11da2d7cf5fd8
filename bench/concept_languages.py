"""Which of a fixed list of languages each concept of the classifier has words in.

    python bench/concept_languages.py               # the concept x language matrix
    python bench/concept_languages.py --missing     # per concept, the languages it has no word in
    python bench/concept_languages.py --unknown     # terms this script cannot give a language

The languages are fixed by a rule, not chosen from any data: the EU's 24 official languages, the
ten most used languages of the web (English, Chinese, Spanish, Arabic, Portuguese,
Indonesian/Malay, French, Japanese, Russian, German: one column "id" for Indonesian and Malay,
which share their words of mail), and Korean, Turkish, Ukrainian, Vietnamese and Norwegian.

A term's languages, in this order (the first that says anything):

1. its tag in the data: terms written in a language's own block of ``bouncelib/_data/concepts.py``
   (``_in("uk", "RCPT", ...)``) are recorded in ``TERM_LANGUAGES``;
2. the table ``BEFORE_TAGS`` (``bouncelib/_data/compounds.py``, which the compound reading reads too): the
   words of other languages written before the tags existed, each with the languages it is a word of
   (``lista`` is Spanish, Italian, Portuguese, Polish, Swedish and Hungarian for "list");
3. its script: Cyrillic is Ukrainian when it has one of "іїєґ", else Russian; Greek is Greek;
   Hangul Korean; kana Japanese; Han characters alone Chinese; Arabic letters Arabic;
4. English for a term of ASCII letters (the technical words, "rcpt", "helo", are English);
5. none: ``--unknown`` lists them, to be tagged.

New words are tagged where they are written (rule 1): ``BEFORE_TAGS`` is not extended.
Only the concepts some rule (``RULES``, ``FALLBACK_RULES``) uses are shown.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bouncelib._data.compounds import BEFORE_TAGS  # noqa: E402
from bouncelib._data.concepts import FALLBACK_RULES, RULES, TERM_LANGUAGES, TERMS, Term  # noqa: E402

EU = ("bg", "hr", "cs", "da", "nl", "en", "et", "fi", "fr", "de", "el", "hu", "ga", "it", "lv", "lt", "mt", "pl",
      "pt", "ro", "sk", "sl", "es", "sv")
WEB = ("en", "zh", "es", "ar", "pt", "id", "fr", "ja", "ru", "de")
MORE = ("ko", "tr", "uk", "vi", "no")
LANGUAGES: tuple[str, ...] = tuple(dict.fromkeys((*EU, *WEB, *MORE)))
# Codes counted in another column: Malay with Indonesian, Bokmål and Nynorsk as Norwegian.
COLUMN: dict[str, str] = {"ms": "id", "nb": "no", "nn": "no"}

_CYRILLIC = re.compile("[\u0400-\u04ff]")
_UKRAINIAN = re.compile("[іїєґ]")
_GREEK = re.compile("[\u0370-\u03ff]")
_HANGUL = re.compile("[\uac00-\ud7a3]")
_KANA = re.compile("[\u3040-\u30ff]")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_ARABIC = re.compile("[\u0600-\u06ff]")


def _before_tags() -> dict[str, set[str]]:
    table: dict[str, set[str]] = {}
    for language, words in BEFORE_TAGS.items():
        for w in words.split("|"):
            table.setdefault(w, set()).add(language)
    return table


_TABLE = _before_tags()


def languages_of(term: Term) -> set[str]:
    """The languages a term is a word of (see the module's docstring for the order of the rules)."""
    if term in TERM_LANGUAGES:
        return set(TERM_LANGUAGES[term])
    plain = term.words.replace(" ", "")
    if term.words in _TABLE or plain in _TABLE:
        return _TABLE.get(term.words, set()) | _TABLE.get(plain, set())
    if _CYRILLIC.search(term.words):
        return {"uk"} if _UKRAINIAN.search(term.words) else {"ru"}
    for script, language in ((_GREEK, "el"), (_HANGUL, "ko"), (_KANA, "ja"), (_HAN, "zh"), (_ARABIC, "ar")):
        if script.search(term.words):
            return {language}
    return {"en"} if term.words.isascii() else set()


def used_concepts() -> list[str]:
    used: dict[str, None] = {}
    for rule in (*RULES, *FALLBACK_RULES):
        used[rule.subject] = None
        if rule.predicate:
            used[rule.predicate] = None
    return list(used)


def matrix() -> dict[str, dict[str, int]]:
    """concept -> language -> how many terms of that language name it."""
    counts: dict[str, dict[str, int]] = {c: dict.fromkeys(LANGUAGES, 0) for c in used_concepts()}
    for term in TERMS:
        if term.concept not in counts:
            continue
        for language in {COLUMN.get(code, code) for code in languages_of(term)}:
            if language in counts[term.concept]:
                counts[term.concept][language] += 1
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--missing", action="store_true", help="per concept, the languages without a term")
    ap.add_argument("--unknown", action="store_true", help="terms no rule gives a language")
    args = ap.parse_args()
    if args.unknown:
        for term in TERMS:
            if not languages_of(term):
                print(f"{term.concept:18} {term.words}")
        return
    table = matrix()
    if args.missing:
        for concept, row in table.items():
            missing = [lang for lang in LANGUAGES if not row[lang]]
            print(f"{concept:18} {len(LANGUAGES) - len(missing):2}/{len(LANGUAGES)}  missing: {' '.join(missing)}")
        return
    print(f"{'':18} " + " ".join(f"{lang:>2}" for lang in LANGUAGES) + "  all")
    for concept, row in table.items():
        cells = " ".join(" +" if row[lang] else " ." for lang in LANGUAGES)
        print(f"{concept:18} {cells}  {sum(1 for lang in LANGUAGES if row[lang]):2}")
    per_language = {lang: sum(1 for row in table.values() if row[lang]) for lang in LANGUAGES}
    print(f"{'concepts':18} " + " ".join(f"{per_language[lang]:>2}" for lang in LANGUAGES))


if __name__ == "__main__":
    main()
