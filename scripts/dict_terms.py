"""Concept words from bilingual dictionaries, at scale (round r78dict, run once).

A reply in a language no tuning text used is read only through the words its concepts have in that language. The
English words of several concepts name one meaning that every language has a word for ("recipient", "mailbox",
"password", "expired"): a bilingual dictionary gives that word. This reads Debian's FreeDict dictionaries (dictd
format: a .index of ``headword<TAB>offset<TAB>length`` with base-64 numbers, a .dict.dz that is gzip) for every
English-to-X pair Debian has, and X-to-English where no English-to-X exists, and for each English seed word of
`SEEDS` (a word of one clear sense in mail, chosen by reading its concept, each a term of the concepts it is
written under: the new words get the concepts the English word has) takes the translations the dictionary gives
FIRST for the mail sense:

  1. an entry's senses are read apart (numbered senses, one dictd entry per sense, a gloss or a "Note:" line);
     a sense whose markers name another domain (mathematics, medicine, law, cookery ...: `_OTHER_DOMAIN`) is
     skipped;
  2. a seed marked with a sense (`SEEDS` value: words of its gloss, "comput|internet|e-mail") takes only a sense
     whose gloss or markers say it, or a translation that is a loanword of the English word (`_loanword`: the
     technical sense travels with the borrowed word: "doména", "domén", "domeniu");
     a seed with no sense mark takes the first sense of its first entry, and of a word with several senses only
     the first sense;
  3. at most `_FIRST` translations of that sense, each of at most three words, none a stop word (`_STOP`), none an
     English word (a word of a headword of the English-to-X dictionaries: it would be read in English replies),
     no single word of 3 letters or fewer (2 characters for Chinese/Japanese script);
  4. in X-to-English dictionaries (no senses to choose from): an entry of at most three English glosses whose first
     is a seed of one clear sense;
  5. a word already a term of any concept is not written again; a word two seeds of different concepts give is
     written for neither.

The precision guard (``--guard``) measures, before guard 5, for each language and concept where hand-written
terms exist: how many of the hand-written single words the dictionary gives (recall), and how many dictionary
words are another concept's hand-written term (error). Inflected forms of the new single words come from the
hunspell dictionaries of scripts/inflect_terms.py (`PACKAGES` there; its guards 1, 2, 4).

Usage: scripts/dict_terms.py DICTD_DIR HUNSPELL_DIR [--guard]  (the dpkg-deb -x trees' usr/share/dictd and
usr/share/hunspell); prints the `_R78_DICT_WORDS` block.
"""

from __future__ import annotations

import difflib
import functools
import gzip
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bouncelib._classify._concepts import sentences
from bouncelib._data import concepts
from bouncelib._data.concepts import RULES, TERM_LANGUAGES, TERMS

# Debian package (FreeDict pair) -> ISO 639-1 code, all version 2022.04.21-1 or 2022.12.07-2 (bookworm).
PAIRS: dict[str, str] = {
    "eng-afr": "af", "eng-ara": "ar", "eng-bul": "bg", "eng-ces": "cs", "eng-cym": "cy", "eng-dan": "da",
    "eng-deu": "de", "eng-ell": "el", "eng-fin": "fi", "eng-fra": "fr", "eng-gle": "ga", "eng-hin": "hi",
    "eng-hrv": "hr", "eng-hun": "hu", "eng-ind": "id", "eng-ita": "it", "eng-lit": "lt",
    "eng-nld": "nl", "eng-nor": "no", "eng-pol": "pl", "eng-por": "pt", "eng-rom": "ro", "eng-rus": "ru",
    "eng-spa": "es", "eng-srp": "sr", "eng-swe": "sv", "eng-swh": "sw", "eng-tur": "tr",
    # (eng-jpn is not read: its Japanese are Kanji words of the everyday sense, 伝言 a spoken message, 一杯 a cupful,
    # a character pair that is a part of many other words, where mail writes a katakana loanword.)
    "isl-eng": "is", "slk-eng": "sk", "slv-eng": "sl", "epo-eng": "eo",
}

# English seed -> (its word class, the words of a gloss or marker that name its mail sense, whether the word has
# one clear sense). Read from the concepts, not from replies: each is a single English word of a concept that a rule
# reads. A seed of one clear sense takes the only sense of its word class a dictionary gives; a seed of several
# senses (and any seed a dictionary gives several senses of) takes only a sense its gloss or markers name, or a
# loanword.
_COMP = r"comp|internet|e-?mail|electronic|network|telco|it\b|software|data|digital"
SEEDS: dict[str, tuple[str, str, bool]] = {
    # The recipient and its mailbox (RCPT; "mailbox" is MAILBOX's too).
    "recipient": ("n", "receiv|letter|mail|post", True), "addressee": ("n", "letter|mail|post", True),
    "mailbox": ("n", _COMP + "|letter|post", True),
    # Unknown / invalid (UNKNOWN; "invalid" is INVALID's too).
    "unknown": ("adj", "not known|unfamiliar", True), "nonexistent": ("adj", "exist", True),
    "invalid": ("adj", "valid|correct|void|effect|" + _COMP, False),
    # Refused (REFUSED; several are ACCESS_DENIED's too).
    "rejected": ("adj", "refus|declin|turn", True), "refused": ("adj", "refus|denied|declin", True),
    "denied": ("adj", "refus|denied", True), "forbidden": ("adj", "allow|permit|prohibit", True),
    "prohibited": ("adj", "allow|permit|forbid", True),
    "failed": ("adj", "unsuccess|success|fail", True),
    "sender": ("n", "send|mail|letter|post", True), "password": ("n", _COMP + "|secret|admittance", True),
    "authentication": ("n", _COMP + "|identity|verif", True),
    "address": ("n", _COMP + "|letter|post|location|resid|where", False),
    "exceeded": ("adj", "limit|beyond|surpass", True),
    "certificate": ("n", _COMP + "|crypt|identity", False), "blacklist": ("n", "list|block|ban|exclu", True),
    "timeout": ("n", _COMP + "|period|time limit|process", False),
    "message": ("n", _COMP + "|communicat|information|sent", False), "unreachable": ("adj", "reach", True),
    "domain": ("n", _COMP + "|dns", False), "connection": ("n", _COMP + "|telecom|phone", False),
    "quota": ("n", "limit|allot|share|proportion", True), "storage": ("n", _COMP + "|memory", False),
    "spam": ("n", _COMP + "|unsolicited", False), "virus": ("n", _COMP + "|program|malware", False),
    "malware": ("n", _COMP + "|program", True),
    "disabled": ("adj", _COMP + "|function|switch|turn|deactivat", False),
    "suspended": ("adj", "account|service|temporar|interrupt|stopp|bar|exclu", False),
    "deactivated": ("adj", "activ|switch|turn", True), "deleted": ("adj", "delet|eras|remov", True),
    "attachment": ("n", _COMP + "|file|document|enclos", False),
    "full": ("adj", "maximum|capacity|filled|contain|room|space", False),
    "insufficient": ("adj", "enough|sufficient", True), "unavailable": ("adj", "availab|access", True),
    "expired": ("adj", "valid|date|term|no longer|end", False),
    "error": ("n", _COMP + "|program|mistake", False),
    "header": ("n", _COMP + "|document|message|top", False), "encryption": ("n", _COMP + "|crypt|cipher|code", True),
    "undeliverable": ("adj", "deliver", True), "temporarily": ("adv", "temporar|time|while", True),
    "reputation": ("n", "opinion|regard|esteem|repute", True), "unsolicited": ("adj", "ask|request|solicit", True),
    # More words of the same concepts: refusals and their verbs (REFUSED), a failure, an expiry, an excess, a
    # suspension as verbs (a dictionary gives the infinitive; its participles come from hunspell below).
    "banned": ("adj", "forbid|prohibit|ban", True), "disallowed": ("adj", "allow|permit", True),
    "unauthorized": ("adj", "authori|permi", True), "rejection": ("n", "reject|refus", True),
"refuse": ("v", "refus|declin|reject", False),
    "exceed": ("v", "limit|beyond|surpass", True), "fail": ("v", "success|function|work", False),
    "expire": ("v", "valid|date|term|no longer|end", False), "suspend": ("v", "temporar|interrupt|stop", False),
    "inexistent": ("adj", "exist", True), "malformed": ("adj", "form|shape", True),
    "inactive": ("adj", "activ", True),
    "exhausted": ("adj", "used up|deplet|resource|consum", False),
    "credentials": ("n", _COMP + "|identity|login|authent", False), "login": ("n", _COMP + "|log in|user", False),
    "blocklist": ("n", "list|block|ban|exclu", True), "blacklisted": ("adj", "list|block|ban|exclu", True),
    "spammer": ("n", _COMP + "|spam|unsolicited", False), "phishing": ("n", _COMP + "|fraud|password", False),
    "infected": ("adj", _COMP + "|virus|malware", False), "privacy": ("n", "private|personal|data", True),
    "untrusted": ("adj", "trust", True), "unverified": ("adj", "verif|confirm", True),
    "suspicious": ("adj", "suspic|doubt", True), "declined": ("adj", "refus|reject", False),
    # The recipient's account (RCPT), something missing or required (MISSING, REQUIRED), a parameter (PARAM), a
    # forwarding (FORWARDING), an executable attachment (ATTACHMENT).
    "account": ("n", _COMP + "|user|login|access|service", False), "inbox": ("n", _COMP + "|mail|message", True),
    "username": ("n", _COMP + "|user|login", True), "missing": ("adj", "absent|lack|not present", False),
    "empty": ("adj", "contain|nothing|content", False), "required": ("adj", "need|necess|oblig|mandat", True),
    "parameter": ("n", _COMP + "|variable|value|argument", False), "incomplete": ("adj", "complet", True),
    "unusable": ("adj", "usable|use", True), "removed": ("adj", "delet|eras|remov", False),
    "forwarding": ("n", _COMP + "|mail|redirect|send on", False), "executable": ("adj", _COMP + "|program", False),
    # (Not seeds: "space", whose loanwords are the typographic space, Dutch "spatie", Indonesian "spasi"; "refusal",
    # whose first translations are everyday words, Spanish "negativa"; "locked", "closed", "terminated", "size",
    # words of several everyday senses a dictionary rarely glosses; "file", whose Swedish "fila" is Spanish "row";
# "session", whose Portuguese "sessão" is the TLS session of "não foi possível iniciar sessão TLS" in the tuning
# part's Sylpheed and Claws Mail catalogues, read as the connection before TLS, as r70infl found of Polish "sesji".)
}

# At most this many translations of a sense: the guard (``--guard``) found the first translation a hand-written term of
# the same concept 56 times and another concept's 3 times in 219, the second 4 and 4 times in 49 more.
_FIRST = int(next((a[8:] for a in sys.argv if a.startswith("--first=")), "1"))
_OTHER_DOMAIN = re.compile(
    r"\b(math|mathematics|med|medic|medicine|biol|biology|bot|botany|zool|zoology|cook|cookery|cooking|gastr|law|jur|"
    r"legal|huk|mil|military|naut|nautical|sport|sports|mus|music|chem|chemistry|anat|anatomy|geog|geol|astr|rel|"
    r"relig|religion|ling|gram|grammar|phys|physics|agr|agriculture|hunt|hist|myth|poet|arch|archaic|obs|"
    r"obsolete|vulg|slang|fig|figurative|heraldry|theat|theatre|print|typ|rail|aviat|electr|photo|golf|chess|"
    r"art|econ|fin|finance|bank|banking|ugs|coll|colloquial|geh|mat|kem|fyz|sl)\b\.?", re.IGNORECASE)
# Function words and words of every language that say nothing alone (articles, pronouns, "to", "be").
_STOP = frozenset({
    "der", "die", "das", "ein", "eine", "le", "la", "les", "un", "une", "el", "los", "las", "una", "il", "lo", "gli",
    "de", "het", "een", "en", "et", "y", "e", "o", "i", "a", "to", "be", "is", "are", "den", "det",
})

_B64 = {c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}


def _number(text: str) -> int:
    n = 0
    for char in text:
        n = n * 64 + _B64[char]
    return n


def read_dictd(index: Path, data: Path) -> Iterator[tuple[str, str]]:
    """(headword, body) of each entry of a dictd dictionary (the ``00-database-*`` entries left out)."""
    if data.suffix == ".dz":
        with gzip.open(data) as stream:
            raw = stream.read()
    else:
        raw = data.read_bytes()
    for line in index.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 3 or parts[0].startswith("00-database") or parts[0].startswith("00database"):
            continue
        start, length = _number(parts[1]), _number(parts[2])
        yield parts[0], raw[start:start + length].decode("utf-8", "replace")


_SENSE_NUMBER = re.compile(r"(?:^|\s)(?:[IVX]+|\d+|[a-h])\.(?=\s|$)")
_PRONUNCIATION = re.compile(r"/[^/]*/")
_CLASSES = {"n": "n", "noun": "n", "masc": "n", "fem": "n", "neut": "n", "pl": "n", "adj": "adj", "a": "adj",
            "v": "v", "vt": "v", "vi": "v", "verb": "v", "adv": "adv"}


def word_class(text: str) -> str:
    """The word class a marker of `text` names ("<adj>", "<N>", "<masc>"), "" when none does."""
    for marker in re.findall(r"<([^>]*)>", text):
        for part in re.split(r"[\s,.]+", marker.lower()):
            if part in _CLASSES:
                return _CLASSES[part]
    return ""


_MARKERS = re.compile(r"\[[^\]]*\]|\([^)]*\)|<[^>]*>|\{[^}]*\}")


class Sense:
    """One sense of an entry: its translations (in the order given), its markers and its English gloss."""

    def __init__(self) -> None:
        self.translations: list[str] = []
        self.markers = ""
        self.gloss = ""
        self.pos = ""  # "n", "adj", "v", "adv" when the entry or the sense says it

    def add_translations(self, text: str) -> None:
        self.markers += " " + " ".join(_MARKERS.findall(text))
        self.pos = self.pos or word_class(text)
        for raw in re.split(r"[,;]", _MARKERS.sub(" ", _PRONUNCIATION.sub(" ", text))):
            piece = raw.strip(" .:-\u2013")
            if piece:
                self.translations.append(piece)


def senses(body: str) -> list[Sense]:
    """The senses of an English-to-X entry, in order. Lines: the headword (skipped), translation lines (a
    numbered line starts a sense), and gloss lines ("Note:", or an English line after a sense's translations);
    examples ('"...'), cross-references ("see:", "Synonyms:") are left out."""
    out: list[Sense] = []
    lines = body.splitlines()
    entry_class = word_class(lines[0]) if lines else ""
    for line in lines[1:]:
        text = line.strip()
        if not text or text.startswith(('"', "see:", "See also:", "Synonym", "Antonym", "- ")):
            continue
        if text.startswith("Note:"):
            if out:
                out[-1].gloss += " " + text[5:]
            continue
        pieces = _SENSE_NUMBER.split(text)
        numbered = len(pieces) > 1
        for i, raw in enumerate(pieces):
            piece = raw.strip()
            if i == 0 and not numbered:
                if out and out[-1].translations:
                    out[-1].gloss += " " + piece  # an English gloss line after the translations
                else:
                    if not out:
                        out.append(Sense())
                    out[-1].add_translations(piece)
                continue
            if i == 0:
                if piece:  # markers or a word class before the first number ("I.  <Adj>")
                    (out[-1] if out else out.append(Sense()) or out[-1]).markers += " " + piece
                continue
            sense = Sense()
            out.append(sense)
            if piece:
                sense.add_translations(piece)
    for sense in out:
        sense.pos = entry_class or sense.pos
    return [s for s in out if s.translations]


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _loanword(english: str, word: str) -> bool:
    """Whether `word` is the English word borrowed (Latin script, same beginning, most letters in common)."""
    plain = _plain(word)
    return plain[:3] == english[:3] and difflib.SequenceMatcher(None, english, plain).ratio() >= 0.6


def terms_of(text: str) -> str:
    """A translation as the classifier reads it (its words, lowercase), "" when it is not one term."""
    found = sentences(unicodedata.normalize("NFC", text.lower()))
    return " ".join(found[0]) if len(found) == 1 else ""


def _acceptable(words: str, english_words: frozenset[str]) -> bool:
    parts = words.split()
    if not parts or len(parts) > 3 or any(p.isdigit() for p in parts):
        return False
    cjk = all(len(p) == 1 and not p.isascii() for p in parts)
    if cjk:
        return len(parts) >= 2
    if len(parts) == 1:
        return len(words) > 3 and words not in _STOP and words not in english_words and words.isalpha()
    return not all(p in _STOP or p in english_words for p in parts)


# Words the tuning part showed read in another language's replies with another meaning (round r78dict): "ignora",
# a French form of "ignoré" (unknown), is Italian "ignores" (a Sympa notice in Italian).
_DROPPED = frozenset({"ignora"})


def _first(seed: str) -> int:
    """`_FIRST`, or 0 for a seed of a concept that decides a reason alone (a wrong word is a wrong verdict: such a
    seed takes only a sense its gloss names, or a loanword, never the only sense a dictionary gives)."""
    alone = {rule.subject for rule in RULES if rule.predicate is None}
    return 0 if set(concepts_of_seed()[seed]) & alone else _FIRST


def pick(seed: str, found: list[Sense]) -> list[str]:
    """The translations of `seed` for its mail sense (guards 1-3 of the docstring)."""
    pos, hint, clear = SEEDS[seed]
    usable = [s for s in found if not _OTHER_DOMAIN.search(s.markers) and s.pos in ("", pos)]
    pattern = re.compile(hint, re.IGNORECASE)
    chosen = [s for s in usable if pattern.search(s.gloss + " " + s.markers)]
    if not chosen and clear and len(usable) == 1 and _first(seed) == _FIRST:
        chosen = usable
    if chosen:
        return chosen[0].translations[:_FIRST]
    return [t for s in usable for t in s.translations if _loanword(seed, t)][:1]


def from_english(path: Path, english_words: frozenset[str]) -> dict[str, list[str]]:
    """seed -> its words in an English-to-X dictionary."""
    entries: dict[str, list[str]] = defaultdict(list)
    for head, body in read_dictd(path.with_suffix(".index"), path.with_suffix(".dict.dz")):
        if head.lower() in SEEDS:
            entries[head.lower()].append(body)
    out: dict[str, list[str]] = {}
    for seed, bodies in entries.items():
        found = [s for body in bodies for s in senses(body)]
        words = [terms_of(t) for t in pick(seed, found)]
        out[seed] = [w for w in words if w and _acceptable(w, english_words)]
    return out


def to_english(path: Path, english_words: frozenset[str]) -> dict[str, list[str]]:
    """seed -> the headwords of an X-to-English dictionary whose first or second gloss is the seed."""
    out: dict[str, list[str]] = defaultdict(list)
    for head, body in read_dictd(path.with_suffix(".index"), path.with_suffix(".dict.dz")):
        lines = [line for line in body.splitlines()[1:] if line.strip()]
        if not lines:
            continue
        glosses = [g.strip().lower() for g in re.split(r"[,;]", _MARKERS.sub(" ", lines[0]))]
        if _OTHER_DOMAIN.search(" ".join(_MARKERS.findall(body))):
            continue
        for gloss in glosses[:1]:
            words = terms_of(head)
            usable = gloss in SEEDS and SEEDS[gloss][2] and _first(gloss) and len(glosses) <= 3
            if usable and words and _acceptable(words, english_words) and len(out[gloss]) < _FIRST \
                    and words not in out[gloss]:
                out[gloss].append(words)
    return out


def english_lexicon(dictd: Path) -> frozenset[str]:
    """Every word of the headwords of the English-to-X dictionaries ("to ignore" gives "ignore")."""
    words: set[str] = set()
    for index in dictd.glob("freedict-eng-*.index"):
        for line in index.read_text(encoding="utf-8").splitlines():
            words.update(re.findall(r"[^\W\d_]+", line.split("\t", maxsplit=1)[0].lower()))
    return frozenset(words)


@functools.cache
def concepts_of_seed() -> dict[str, list[str]]:
    english = {t for t in TERMS if t not in TERM_LANGUAGES}
    return {seed: sorted({t.concept for t in english if t.words == seed}) for seed in SEEDS}


def translations(dictd: Path) -> dict[str, dict[str, list[str]]]:
    """language -> seed -> words."""
    lexicon = english_lexicon(dictd)
    out: dict[str, dict[str, list[str]]] = {}
    for pair, code in PAIRS.items():
        path = dictd / f"freedict-{pair}.dict.dz"
        reader = from_english if pair.startswith("eng-") else to_english
        out[code] = reader(path.with_suffix(""), lexicon)
    return out


def guard(found: dict[str, dict[str, list[str]]]) -> None:
    """Recall and error against the hand-written single-word terms (printed to stderr)."""
    seed_concepts = concepts_of_seed()
    hand: dict[tuple[str, str], set[str]] = defaultdict(set)  # (language, concept) -> words
    by_words: dict[tuple[str, str], set[str]] = defaultdict(set)  # (language, words) -> concepts
    for term, langs in TERM_LANGUAGES.items():
        for lang in langs:
            hand[lang, term.concept].add(term.words)
            by_words[lang, term.words].add(term.concept)
    stats: Counter[str] = Counter()
    for lang, seeds in found.items():
        for seed, words in seeds.items():
            if not any(hand[lang, c] for c in seed_concepts[seed]):
                continue
            for w in words:
                stats["given"] += 1
                if set(seed_concepts[seed]) & by_words[lang, w]:
                    stats["hit"] += 1
                elif by_words[lang, w]:
                    stats["error"] += 1
                    print(f"# error {lang} {seed} -> {w}: {sorted(by_words[lang, w])}", file=sys.stderr)
            stats["seeds"] += 1
        for concept in {c for s in seeds for c in seed_concepts[s]}:
            hand_single = {w for w in hand[lang, concept] if " " not in w}
            given = {w for s, ws in seeds.items() if concept in seed_concepts[s] for w in ws}
            stats["hand"] += len(hand_single)
            stats["reproduced"] += len(hand_single & given)
    print(f"# guard: {dict(stats)}", file=sys.stderr)


def generate(dictd: Path) -> dict[tuple[str, str], set[str]]:
    """(concept, words) -> languages of the new terms (guards 1-5)."""
    found = translations(dictd)
    if "--guard" in sys.argv:
        guard(found)
    seed_concepts = concepts_of_seed()
    existing = {t.words for t in TERMS if t not in set(getattr(concepts, "_R78_DICT_WORDS", ()))}
    new: dict[tuple[str, str], set[str]] = {}
    origin: dict[str, set[tuple[str, ...]]] = defaultdict(set)  # words -> the concept sets of the seeds giving it
    for lang, seeds in found.items():
        for seed, words in seeds.items():
            for w in words:
                origin[w].add(tuple(seed_concepts[seed]))
                if w in existing:
                    continue
                for concept in seed_concepts[seed]:
                    new.setdefault((concept, w), set()).add(lang)
    return {k: v for k, v in new.items() if len(origin[k[1]]) == 1}


def inflect(new: dict[tuple[str, str], set[str]], hunspell: Path,
            english_words: frozenset[str]) -> dict[tuple[str, str], set[str]]:
    """The other forms of the new single words in the languages scripts/inflect_terms.py has a dictionary of
    (its guards 1, 2 and 4; a form that is an English word, or a form of two concepts' words, is left out)."""
    import inflect_terms  # noqa: PLC0415 (the scripts folder, on sys.path only when run as a script)

    existing = {t.words for t in TERMS} | {w for _, w in new}
    out: dict[tuple[str, str], set[str]] = {}
    for lang, (_, _, bases) in inflect_terms.PACKAGES.items():
        paths = [hunspell / b for b in bases if (hunspell / f"{b}.dic").exists()]
        words = sorted((c, w) for (c, w), langs in new.items() if lang in langs and " " not in w)
        if not paths or not words:
            continue
        dictionaries = [inflect_terms._Dictionary(p) for p in paths]
        for concept, word in words:
            for form in inflect_terms._forms(dictionaries, word):
                if form not in existing and form not in _DROPPED and _acceptable(form, english_words):
                    out.setdefault((concept, form), set()).add(lang)
    of_word: dict[str, set[str]] = defaultdict(set)
    for concept, word in new:
        of_word[word].add(concept)
    concept_sets = {frozenset(cs) for cs in of_word.values()}
    by_form: dict[str, set[str]] = defaultdict(set)
    for concept, form in out:
        by_form[form].add(concept)
    return {k: v for k, v in out.items() if frozenset(by_form[k[1]]) in concept_sets}


def emit(new: dict[tuple[str, str], set[str]], forms: dict[tuple[str, str], set[str]]) -> None:
    import inflect_terms  # noqa: PLC0415 (the scripts folder, on sys.path only when run as a script)

    print("_R78_DICT_WORDS: Final[tuple[Term, ...]] = (")
    print("    # Round r78dict (issue 10): the words bilingual dictionaries give for single English words of one")
    print("    # clear sense in mail, written by scripts/dict_terms.py (its docstring gives the guards) from Debian's")
    print("    # FreeDict packages dict-freedict-PAIR (bookworm, 2022.04.21-1 / 2022.12.07-2); each group names its")
    print("    # pair. Then the inflected forms of the new single words (hunspell, scripts/inflect_terms.py PACKAGES).")
    code_pair = {code: pair for pair, code in PAIRS.items()}
    for label, table in (("FreeDict", new), ("hunspell forms", forms)):
        by_group: dict[tuple[str, str], list[str]] = defaultdict(list)
        for (concept, text), langs in sorted(table.items()):
            by_group[(" ".join(sorted(langs)), concept)].append(text)
        for (langs, concept), texts in sorted(by_group.items()):
            source = ", ".join(code_pair[c] for c in langs.split()) if label == "FreeDict" else label
            print(f"    # {source}")
            inflect_terms.print_row(langs, concept, texts)
    print(")  # fmt: skip")


def main() -> None:
    dictd, hunspell = Path(sys.argv[1]), Path(sys.argv[2])
    new = generate(dictd)
    forms = inflect(new, hunspell, english_lexicon(dictd)) if "--no-forms" not in sys.argv else {}
    print(f"# {len(new)} terms, {len(forms)} forms", file=sys.stderr)
    emit(new, forms)


if __name__ == "__main__":
    main()
