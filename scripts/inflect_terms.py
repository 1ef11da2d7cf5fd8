"""Inflected forms of the words of concept terms, from Debian's hunspell dictionaries (round r70infl, run once).

A concept term is an exact word sequence, so in an inflected language it holds one form of a word while the next
server writes another (gender, number or case of a participle or adjective, a case form of a noun). This reads,
for each language below, the hunspell dictionary's .dic entries and the SFX rules of its .aff, finds the entry a
word of an existing term of that language is a form of, and writes the term again with that one word replaced by
another form of the same entry.

Guards (each is checked here; tests/test_classify_r70infl.py checks the block it wrote):
  1. suffix rules only: PFX rules are never applied (Polish/Czech/Slovak "nie-"/"ne-" turn "valid" into "invalid"),
     and a form shares its beginning with the word it was found from (the dictionary stem, see `_STEM`);
  2. a new term differs from its old term in ONE word, a form of the same .dic entry as the old word;
  3. no new term equal to any existing term (of any concept or language);
  4. no word of 3 letters or fewer, and no function word (`_FUNCTION`: an entry with one of them among its forms
     is a lexeme such as "to be" or "this", never inflected here);
  5. at most `_CAP` new terms per language (single-word terms first).

Usage: scripts/inflect_terms.py DICTDIR > block.py  (DICTDIR: the dpkg-deb -x trees' usr/share/hunspell).
The packages read are `PACKAGES` (name and Debian version); the output is the `_R70_INFL_WORDS` block.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bouncelib._data import concepts
from bouncelib._data.concepts import RULES, TERMS

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from concept_languages import languages_of  # a term's languages: its tag, or the words listed before tags

# language -> (Debian package, version, dictionary base names)
PACKAGES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "pl": ("hunspell-pl", "1:7.5.0-1", ("pl_PL",)),
    "uk": ("hunspell-uk", "1:7.5.0-1", ("uk_UA",)),
    "ru": ("hunspell-ru", "1:7.5.0-1", ("ru_RU",)),
    "be": ("hunspell-be", "0.53-3.1", ("be_BY",)),
    "cs": ("hunspell-cs", "1:7.5.0-1", ("cs_CZ",)),
    "sk": ("hunspell-sk", "1:7.5.0-1", ("sk_SK",)),
    "sl": ("hunspell-sl", "1:7.5.0-1", ("sl_SI",)),
    "hr": ("hunspell-hr", "1:7.5.0-1", ("hr_HR",)),
    "sr": ("hunspell-sr", "1:7.5.0-1", ("sr_Latn_RS", "sr_RS")),
    "lv": ("hunspell-lv", "1.4.0-4", ("lv_LV",)),
    "lt": ("hunspell-lt", "1:7.5.0-1", ("lt_LT",)),
    "hu": ("hunspell-hu", "1:7.5.0-1", ("hu_HU",)),
    "de": ("hunspell-de-de", "20161207-11", ("de_DE",)),
    "nl": ("hunspell-nl", "2:2.20.19-2", ("nl",)),
    "da": ("hunspell-da", "1:7.5.0-1", ("da_DK",)),
    "sv": ("hunspell-sv", "1:7.5.0-1", ("sv_SE",)),
    "no": ("hunspell-no", "1:7.5.0-1", ("nb_NO",)),
    "et": ("myspell-et", "1:20030606-32", ("et_EE",)),
    "ro": ("hunspell-ro", "1:7.5.0-1", ("ro_RO",)),
    "pt": ("hunspell-pt-pt / hunspell-pt-br", "1:7.5.0-1", ("pt_PT", "pt_BR")),
    "es": ("hunspell-es", "1:7.5.0-1", ("es_ES",)),
    "it": ("hunspell-it", "1:7.5.0-1", ("it_IT",)),
    "fr": ("hunspell-fr-classical", "1:7.0-1", ("fr_FR",)),
}

_CAP = 400
# Concepts whose meaning holds a number (RCPTS: recipients counted, in the plural): another number is another
# meaning, so their words are not inflected.
# RETRIES counts attempts ("intentos"), FIRST_PERSON holds a person ("I sent"), SENDER_POSTS the sender's posts:
# a form of another number or person says another thing (round r70infl's tuning: Spanish "intento", one attempt,
# read as retries; Portuguese "enviada" read as the first person). A concept that decides a reason alone (a rule
# with no predicate) is not inflected either: no second word confirms the new form's meaning (Czech "detektor
# viru", the virus detector, read as a virus found).
_NUMBERED = frozenset({"RCPTS", "RETRIES", "FIRST_PERSON", "SENDER_POSTS"})
# Forms the tuning part showed reading another meaning in a language's replies (round r70infl): Polish "sesji" (a
# TLS session, read as the connection before TLS), Swedish "anslutningen" (the rule CONNECTION+REFUSED reads a
# block, "connection refused" is a network error), Danish/Norwegian "time" (an hour; an English word).
_DROPPED = frozenset({("CONNECTION", "sesji"), ("CONNECTION", "anslutningen"), ("TIMEUNIT", "time")})
_PER_WORD = 8
# Suffixes on suffixes (hunspell's continuation classes, Hungarian's case endings on a plural) are not applied:
# one suffix rule on the entry's root gives the forms of the paradigm the dictionaries list, and the twofold
# expansion of hu_HU takes minutes per word.
_DEPTH = 0
# Guard 1: a form and the word it was found from share at least this much of their beginning (and all of the
# word but its last two letters: the stem a suffix rule keeps).
_STEM = 4

# Guard 4: function words (the verbs "to be" / "to have" / modals, articles, pronouns, negations): an entry with
# one of these among its forms is never inflected.
_FUNCTION_WORDS = """
jest są był była było byli były może mogą który która które jego jej nie є був була було були може можуть який
яка яке його її есть был была было были может могут который которая которое его это этот ёсць быў была было
былі можа які якая není jsou byl byla bylo byly může mohou který která které jeho není nejsou nie sú bol bola
bolo boli môže ktorý ktorá ktoré jeho biti bila bilo bili lahko kateri katera katero njegov nije jest bio bila
bilo bili može koji koja koje njegov није био била било били може који која које nav ir bija būt var kurš kura
tika tiek nėra yra buvo gali kuris kuri būti nincs van volt lehet nem vagy amely amelyet ezt ist sind war
waren wurde wurden werden wird haben hat hatte kann können konnte nicht kein keine keinen einer eine einen
dieser diese dieses niet zijn wordt werd werden heeft hebben kan kunnen deze dit ikke være været blev bliver
have havde kunne denne dette inte vara varit blev blir hade kunde denna detta ikke være vært ble blir hadde
kunne denne dette pole olema oli olid saab ning este sunt fost poate fiind avea acest această está estão
estava foi ser pode podem seu sua este esta isso está están estaba estar sido puede pueden tiene tienen este
esta esto stato stata essere sono può possono questo questa être sont été peut peuvent avoir cette ceci
"""
_FUNCTION = frozenset(_FUNCTION_WORDS.split())


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


class _Dictionary:
    """One hunspell dictionary: its .dic entries and its SFX rules (PFX rules are not read: guard 1)."""

    def __init__(self, base: Path) -> None:
        aff = base.with_suffix(".aff").read_bytes()
        encoding = "utf-8"
        for line in aff.decode("latin-1").splitlines():
            if line.startswith("SET "):
                encoding = {"UTF-8": "utf-8"}.get(line.split()[1], line.split()[1])
        self.flag_type = "char"
        self.aliases: list[str] = []
        self.af_count: int | None = None
        self.headers: set[str] = set()
        self.sfx: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
        self.skip_flags: set[str] = set()
        self.need_flags: set[str] = set()
        for line in aff.decode(encoding, "replace").splitlines():
            self._aff_line(line.split())
        self.entries: dict[str, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
        self.max_strip = max((len(r[0]) for rules in self.sfx.values() for r in rules), default=0)
        for line in base.with_suffix(".dic").read_bytes().decode(encoding, "replace").splitlines()[1:]:
            root, flags = self._dic_line(line)
            if len(root) >= 4:
                self.entries[_nfc(root[:4].lower())].append((root, flags))

    def _aff_line(self, parts: list[str]) -> None:
        if not parts:
            return
        if parts[0] == "FLAG" and len(parts) > 1:
            self.flag_type = parts[1]
        elif parts[0] == "AF" and len(parts) > 1:
            if self.af_count is None:
                self.af_count = int(parts[1])
            else:
                self.aliases.append(parts[1])
        elif parts[0] in ("ONLYINCOMPOUND", "FORBIDDENWORD", "CIRCUMFIX") and len(parts) > 1:
            self.skip_flags.update(self.flags(parts[1]))
        elif parts[0] == "NEEDAFFIX" and len(parts) > 1:
            self.need_flags.update(self.flags(parts[1]))
        elif parts[0] == "SFX" and len(parts) >= 4:
            if parts[1] not in self.headers:  # "SFX flag cross_product count"
                self.headers.add(parts[1])
                return
            strip, add = parts[2], parts[3]
            add, _, cont = add.partition("/")
            cond = parts[4] if len(parts) > 4 else "."
            self.sfx[parts[1]].append(("" if strip == "0" else strip, "" if add == "0" else add, cond, cont))

    def flags(self, text: str) -> tuple[str, ...]:
        if self.aliases and text.isdigit():
            text = self.aliases[int(text) - 1]
        if self.flag_type == "long":
            return tuple(text[i:i + 2] for i in range(0, len(text), 2))
        if self.flag_type == "num":
            return tuple(f for f in text.split(",") if f)
        return tuple(text)

    def _dic_line(self, line: str) -> tuple[str, tuple[str, ...]]:
        word = line.split("\t", maxsplit=1)[0].split(" ", maxsplit=1)[0] if line else ""
        root, _, flags = word.partition("/")
        return root, self.flags(flags) if flags else ()

    def _apply(self, word: str, flag: str, depth: int) -> list[str]:
        out = []
        for strip, add, cond, cont in self.sfx.get(flag, ()):
            if strip and not word.endswith(strip):
                continue
            if cond != "." and not _condition(word, cond):
                continue
            conts = self.flags(cont) if cont else ()
            if set(conts) & self.skip_flags:
                continue
            form = word[: len(word) - len(strip)] + add
            if not set(conts) & self.need_flags:
                out.append(form)
            if depth < _DEPTH:
                for more in conts:
                    out += self._apply(form, more, depth + 1)
        return out

    def lexemes(self, word: str) -> list[tuple[str, set[str]]]:
        """The root and the forms (lowercase, NFC) of each entry that has `word` among its forms."""
        found = []
        for root, flags in self.entries.get(word[:4], ()):
            if set(flags) & self.skip_flags or not _prefix_ok(root.lower(), word, self.max_strip):
                continue
            forms = set() if set(flags) & self.need_flags else {root}
            for flag in flags:
                forms.update(self._apply(root, flag, 0))
            forms = {_nfc(f.lower()) for f in forms}
            if word in forms:
                found.append((_nfc(root.lower()), forms))
        return found


def _prefix_ok(root: str, word: str, max_strip: int) -> bool:
    """Whether a suffix rule could turn `root` into `word`: they share all of the root but what a rule strips (at
    most three letters are looked at: an inflection keeps the stem, guard 1)."""
    keep = max(len(root) - min(max_strip, 3), 4)
    return word[:keep] == _nfc(root[:keep])


def _condition(word: str, cond: str) -> bool:
    """Hunspell's SFX condition: a pattern of letters and [..] / [^..] groups the end of the word matches."""
    groups: list[tuple[bool, str]] = []
    i = 0
    while i < len(cond):
        if cond[i] == "[":
            j = cond.index("]", i)
            body = cond[i + 1: j]
            groups.append((body.startswith("^"), body.lstrip("^")))
            i = j + 1
        else:
            groups.append((False, "" if cond[i] == "." else cond[i]))
            i += 1
    if len(groups) > len(word):
        return False
    for (negated, chars), letter in zip(groups, word[len(word) - len(groups):], strict=True):
        if chars and (letter in chars) == negated:
            return False
    return True


def _usable(word: str) -> bool:
    return len(word) > 3 and word.isalpha() and word not in _FUNCTION


def _forms(dictionaries: list[_Dictionary], word: str) -> list[str]:
    if not _usable(word):
        return []
    out: set[str] = set()
    stem = max(_STEM, len(word) - 2)
    for dictionary in dictionaries:
        # Every entry with the word among its forms and a root of the word's own stem (Spanish "llena" is a form
        # of the adjective "lleno" and of the verb "llenar"): the forms of the same stem.
        for root, forms in dictionary.lexemes(word):
            if root[:stem] == word[:stem] and not forms & _FUNCTION:
                out.update(f for f in forms if f != word and _usable(f) and f[:stem] == word[:stem])
    # The forms nearest the word first (the same participle or noun in another gender, number or case before a
    # verb's clitic or derived forms): the nearest length, then the longest common beginning; at most `_PER_WORD`.
    return sorted(out, key=lambda f: (abs(len(f) - len(word)), -_common(f, word), f))[:_PER_WORD]


def _common(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def generate(root: Path, languages: list[str]) -> dict[tuple[str, str], set[str]]:
    """(concept, words) -> languages, for each new term."""
    # The terms before this block (the script reads its own earlier output as no existing term).
    own = set(getattr(concepts, "_R70_INFL_WORDS", ()))
    before = [t for t in TERMS if t not in own]
    existing = {t.words for t in before}
    known = set(before)
    order = {t: i for i, t in enumerate(before)}
    uses: Counter[str] = Counter()
    for rule in RULES:
        uses.update((rule.subject, rule.predicate or ""))
    alone = {rule.subject for rule in RULES if rule.predicate is None}
    invalid = {t.words for t in before if t.concept == "INVALID"}
    new: dict[tuple[str, str], set[str]] = {}
    for language, (_, _, bases) in PACKAGES.items():
        if language not in languages:
            continue
        paths = [root / b for b in bases if (root / f"{b}.dic").exists()]
        if not paths:
            continue
        dictionaries = [_Dictionary(p) for p in paths]
        # Single words first, and among them the words of the concepts the most rules read (RCPT, FULL, UNKNOWN,
        # REFUSED... before a concept one rule reads), so the cap keeps the forms that matter most.
        terms = sorted((t for t in known if language in languages_of(t) and t.concept not in _NUMBERED
                        and t.concept not in alone),
                       key=lambda t: (len(t.words.split()), -uses[t.concept], order[t]))
        count = 0
        memo: dict[str, list[str]] = {}
        for term in terms:
            words = term.words.split()
            for i, word in enumerate(words):
                if word not in memo:
                    memo[word] = _forms(dictionaries, word)
                for form in memo[word]:
                    text = " ".join((*words[:i], form, *words[i + 1:]))
                    if text in existing or count >= _CAP or (term.concept, text) in _DROPPED:
                        continue
                    # An "invalid" word of UNKNOWN is INVALID's too (round r67inv): its forms are both.
                    pair = ("UNKNOWN", "INVALID") if term.concept == "UNKNOWN" and term.words in invalid else ()
                    for concept in pair or (term.concept,):
                        key = (concept, text)
                        if language not in new.get(key, ()):
                            count += 1
                        new.setdefault(key, set()).add(language)
        print(f"# {language}: {count}", file=sys.stderr)
    return new


def merge(parts: list[dict[tuple[str, str], set[str]]]) -> dict[tuple[str, str], set[str]]:
    """The new terms of all languages, a term new in two languages tagged with both."""
    new: dict[tuple[str, str], set[str]] = {}
    for part in parts:
        for key, langs in part.items():
            new.setdefault(key, set()).update(langs)
    # Guard 3 among the new terms too: a form new for two concepts is kept for neither (UNKNOWN and INVALID
    # share their "invalid" words by design and are one meaning here).
    by_words: dict[str, set[str]] = defaultdict(set)
    for concept, text in new:
        by_words[text].add(concept)
    return {k: v for k, v in new.items() if by_words[k[1]] - {"INVALID"} <= {k[0], "UNKNOWN"}}


def main() -> None:
    """``inflect_terms.py DICTDIR OUT.json LANG...`` writes one part; ``inflect_terms.py --emit PART.json...``
    prints the block of all parts."""
    if sys.argv[1] != "--emit":
        part = generate(Path(sys.argv[1]), sys.argv[3:])
        rows = [[concept, text, sorted(langs)] for (concept, text), langs in part.items()]
        Path(sys.argv[2]).write_text(json.dumps(rows, ensure_ascii=False))
        return
    new = merge([{(c, t): set(ls) for c, t, ls in json.loads(Path(p).read_text())} for p in sys.argv[2:]])
    print("_R70_INFL_WORDS: Final[tuple[Term, ...]] = (")
    print("    # Round r70infl (issue 10): the other inflected forms of the single words of existing terms, from")
    print("    # Debian's hunspell dictionaries (the .dic entry the word is a form of, expanded by the .aff's SFX")
    print("    # rules only), written by scripts/inflect_terms.py (its docstring gives the guards). Packages read:")
    for language, (package, version, _) in PACKAGES.items():
        if any(language in langs for langs in new.values()):
            print(f"    # {language}: {package} {version}")
    by_group: dict[tuple[str, str], list[str]] = defaultdict(list)
    for (concept, text), langs in new.items():
        by_group[(" ".join(sorted(langs)), concept)].append(text)
    for (langs, concept), texts in sorted(by_group.items()):
        print_row(langs, concept, texts)
    print(")")


def print_row(langs: str, concept: str, texts: list[str]) -> None:
    """Print one ``*_in(langs, concept, texts...)`` row of a generated block, its words wrapped before column 115
    (the line length ruff allows, less a margin); scripts/dict_terms.py writes its rows with it too."""
    line = f'    *_in("{langs}", "{concept}"'
    print(line, end="")
    width = len(line)
    for text in texts:
        piece = f', "{text}"'
        if width + len(piece) > 114:
            print(",\n       ", end="")
            piece = f' "{text}"'
            width = 8
        print(piece, end="")
        width += len(piece)
    print("),")


if __name__ == "__main__":
    main()
