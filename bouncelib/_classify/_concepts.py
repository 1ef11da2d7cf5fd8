"""Finding the concepts of `bouncelib._data.concepts` in a reply and the reasons their pairs mean.

A reply is split into sentences (at ``. ``, ``;``, ``!``, ``?``, a line's end, and the
ideographic full stops) and words (each Han, kana or Hangul character is a word: Chinese and
Japanese put no spaces between words, Korean writes its particles on to them).
At every word the longest term starting there is taken (so "not valid" is one term and
"valid" is not read on its own); a longer term may start inside the one before when it
reaches past its end ("not authorized to send" and "send from" in "not authorized to send
from this domain": the refusal and the sender). A rule matches when its subject and predicate concepts
both occur in one sentence at most `ConceptRule.window` words apart (twice that in a sentence
written a character at a time), in either order; a
rule without predicate matches when its subject occurs. Everything is dictionary lookups
over the words: no regular expression runs here.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from functools import cache, lru_cache
from itertools import compress
from typing import Any, Final, NamedTuple

from bouncelib._classify._match import capital_spellings
from bouncelib._data.compounds import BEFORE_TAGS, COMPOUND_LANGUAGES, Joining
from bouncelib._data.concepts import ADDRESS_WORD, FALLBACK_RULES, IP_WORD, RULES, TERM_LANGUAGES, TERMS, ConceptRule
from bouncelib._data.example_words import EXAMPLE_MARKERS, OR_WORDS, POSSIBLE_CAUSES
from bouncelib._vocab import Reason

__all__ = [
    "BY_PREDICATE", "CAUSE_WORDS_FIRST", "OR_WORDS_ANY", "SUBJECTS", "ConceptHit", "Terms", "concept_reasons",
    "concept_terms",
    "examples_offered", "near_terms", "reasons_of", "sentences", "without_examples",
]  # fmt: skip

# Term tokens -> the concepts they name, one entry per word that starts a term: the concepts of
# that word alone as a term (None if it is none), and the longer terms starting with it by their
# second word, longest first (None if none), so that a word starting many terms ("not": 47) costs
# one lookup of its next word instead of a comparison with each of them, and a word of the reply
# costs one lookup of its entry.
_Longer = dict[str, list[tuple[tuple[str, ...], frozenset[str]]]]
_ENTRIES: Final[dict[str, tuple[frozenset[str] | None, _Longer | None]]] = {}


# U+200D ZERO WIDTH JOINER, read as nothing in the text and in the terms (`concept_terms`).
_ZWJ: Final = "\u200d"


def _index() -> None:
    merged: dict[tuple[str, ...], set[str]] = {}
    for term in TERMS:
        # "weißer" also as "weisser", "alıcı" as "alici"; in NFC, as `sentences` reads the text
        for spelling in capital_spellings(unicodedata.normalize("NFC", term.words).replace(_ZWJ, "")):
            merged.setdefault(tuple(spelling.split()), set()).add(term.concept)
    one: dict[str, frozenset[str]] = {}
    longer: dict[str, _Longer] = {}
    # One frozenset object per set of concepts, so that `reasons_of` finds a term's plan by identity.
    same: dict[frozenset[str], frozenset[str]] = {}
    for words, concepts in merged.items():
        fs = same.setdefault(frozenset(concepts), frozenset(concepts))
        if len(words) == 1:
            one[words[0]] = fs
        else:
            longer.setdefault(words[0], {}).setdefault(words[1], []).append((words, fs))
    for by_second in longer.values():
        for entries in by_second.values():
            entries.sort(key=lambda e: -len(e[0]))
    for word in one.keys() | longer.keys():
        _ENTRIES[word] = (one.get(word), longer.get(word))


_index()

_Table = tuple[dict[str, dict[str, list[ConceptRule]]], dict[str, list[ConceptRule]], dict[ConceptRule, int]]


def _table(rules: tuple[ConceptRule, ...]) -> _Table:
    """predicate -> subject -> the rules pairing them (a predicate's rules are looked up by the
    concepts found near it, instead of each rule being tested against each of them); subject ->
    the rules of that subject alone; each rule's rank."""
    by_predicate: dict[str, dict[str, list[ConceptRule]]] = {}
    alone: dict[str, list[ConceptRule]] = {}
    for rule in rules:
        if rule.predicate is None:
            alone.setdefault(rule.subject, []).append(rule)
        else:
            by_predicate.setdefault(rule.predicate, {}).setdefault(rule.subject, []).append(rule)
    return by_predicate, alone, {rule: i for i, rule in enumerate(rules)}


_BY_PREDICATE, _ALONE, _ORDER = _table(RULES)
_FALLBACK: Final = _table(FALLBACK_RULES)
#: Per predicate concept, the subjects its rules pair it with; and every concept some rule takes as a subject (the
#: model's ``lone`` features, `_model.lone`).
BY_PREDICATE: Final = _BY_PREDICATE
SUBJECTS: Final = frozenset(_ALONE.keys() | {s for subjects in _BY_PREDICATE.values() for s in subjects})

# What `reasons_of` does with a term, by the term's set of concepts, worked out once per set (a term's set is
# one of the few thousand `_ENTRIES` holds): the (reason, rule) of every rule of one of its concepts alone, and
# for each of its concepts that is a predicate, the subjects its rules pair it with and whether it is a
# quantifier. A term then costs one look-up instead of two per concept (most terms name one concept, which
# most often is no predicate and has no rule alone).
_Plan = tuple[tuple[tuple[Reason, ConceptRule], ...], tuple[tuple[dict[str, list[ConceptRule]], bool], ...]]


def _plan(concepts: frozenset[str], table: _Table) -> _Plan:
    by_predicate, alone, _order = table
    return (
        tuple((rule.reason, rule) for c in concepts for rule in alone.get(c, ())),
        tuple((by_predicate[c], c in _QUANTIFIERS) for c in concepts if c in by_predicate),
    )


def _plans(table: _Table) -> dict[frozenset[str], _Plan]:
    sets = {one for one, _ in _ENTRIES.values() if one is not None}
    sets.update(c for _, longer in _ENTRIES.values() if longer for terms in longer.values() for _, c in terms)
    return {concepts: _plan(concepts, table) for concepts in sets}


# Sentence ends: a full stop, semicolon, "!" or "?" followed by space, or a line break.
# Written to start with one character class (a line break ends a sentence by itself: the
# look-behind is true right after it), so that the engine jumps from candidate to candidate
# instead of trying two alternatives at every position: the same matches as
# ``[.;!?](?:\s|$)|\n``.
_SENTENCE: Final = re.compile(r"[.;!?\n](?:(?<=\n)|\s|$)")


def _mark_ranges() -> str:
    """The combining marks (Unicode categories Mn, Mc, Me) of the blocks where scripts written with spaces keep
    them, as the ranges of a character class."""
    marks = [c for lo, hi in ((0x300, 0x2000), (0x20D0, 0x2100), (0xA670, 0xABFF), (0xFE00, 0xFE30))
             for c in range(lo, hi) if unicodedata.category(chr(c))[0] == "M"]
    ranges: list[list[int]] = []
    for c in marks:
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)


# A word's combining marks are part of it: Devanagari and the other Indic scripts write most vowels as marks
# ("मेलबॉक्स", mailbox), Hebrew its points, Arabic its vowel signs, and a Latin letter may carry a combining accent
# (decomposed "é"). Python's `\w` is letters, digits and "_", no mark: without them a Hindi word fell apart at
# each vowel sign ("म", "लब", "क", "स") and no Hindi term, written whole, could match it.
MARKS: Final = _mark_ranges()
# ... except the marks a script writes only now and then: Hebrew's vowel points and cantillation, Arabic's short
# vowels, shadda and sukun (a teaching or a careful text writes them, "التّخزين"; most write "التخزين"). They are
# left out (`without_optional_marks`), so that one term, written without them, reads both spellings.
_OPTIONAL_MARKS: Final = re.compile("[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a"
                                    "\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed]")
_HEBREW_ARABIC: Final = re.compile("[\u0591-\u06ff]")


def without_optional_marks(text: str) -> str:
    """`text` without the vowel marks Hebrew and Arabic write only at times (the same word either way)."""
    return _OPTIONAL_MARKS.sub("", text) if _HEBREW_ARABIC.search(text) is not None else text

_WORD: Final = re.compile(f"(?:[^\\W_]|[{MARKS}])+")
# Han ideographs (and their compatibility forms), hiragana and katakana: scripts without spaces.
# Narrower than `_match._UNSPACED` (which picks the phrases matched by substring) on purpose: CJK
# punctuation and the fullwidth forms are not words here, they separate them.
# And Hangul syllables: Korean puts spaces between words, but writes its particles on to them
# ("수신자가", the recipient + subject particle), so a syllable is the unit a term can match.
# And Thai (round r81client): written with no space between words, and its words run long; a letter (vowel signs
# and tone marks each their own) is the unit a term matches, and a pair's window is four times its words (`_stretched`).
_THAI: Final = "\u0e01-\u0e4e"
_CJK: Final = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3" + _THAI
_THAI_LETTER: Final = re.compile(f"[{_THAI}]")
_IDEOGRAPHIC: Final = re.compile(f"[{_CJK}]")
_CJK_WORD: Final = re.compile(f"[{_CJK}]|(?:[^\\W_{_CJK}]|[{MARKS}])+")
_CJK_SENTENCE: Final = re.compile(r"[.;!?\n](?:(?<=\n)|\s|$)|[\u3002\uff1b\uff01\uff1f]")
# `_WORD` is a run of letters and digits: a bytes translation of everything else to spaces, then split,
# finds the same words about five times faster than the regex (whose Unicode class test runs at every
# character) or a str translation (a dict lookup per character); the sentence ends are marked by the same
# translation (below). `_SENTENCE` is what they stand for (tests/test_classify_speed.py).


def _sentence_mark(c: int) -> int:
    if chr(c).isalnum() or c == 10:  # letters, digits and the line break kept
        return c
    if chr(c) in ".;!?":
        return 46  # the four ends of a sentence, before white space: one "."
    if chr(c).isspace() or chr(c) == "'":
        return 32  # what `_SENTENCE`'s \s matches (\x1c-\x1f too), and the apostrophe `sentences` makes a space
    return 31  # any other character: a separator of words (str.split's white space) but not a sentence's end


# The sentences and their words in one translation (instead of `_SENTENCE.split` and a translation of each
# sentence): every end of a sentence is then a "." before white space, or a line break. A "." before white
# space is made a line break, every other "." a space, and the text is split at the line breaks, each piece
# at white space: the same words in the same sentences as `_SENTENCE` and `_WORD` (tests/test_classify_speed.py;
# a run of ends, "..  ", may leave an empty piece between, which has no word). In ASCII text the only white
# space left after a "." is a space or a line break; other text keeps the UTF-8 bytes of its non-ASCII
# characters, some of them white space ("\u00a0"), which `_DOT_END` finds.
_ASCII_SENTENCE_MARKS: Final = bytes(_sentence_mark(c) if c < 128 else 32 for c in range(256))
_UTF8_SENTENCE_MARKS: Final = bytes(_sentence_mark(c) if c < 128 else c for c in range(256))
_DOT_END: Final = re.compile(r"\.(?=(?!\x1f)\s)")  # (\x1f: what the marks make of other punctuation)


class ConceptHit(NamedTuple):
    """A rule that matched: its reason, the rule, and where (the word index of the earlier concept)."""

    reason: Reason
    rule: ConceptRule
    at: int


# Prepositions that put the domain after them as a place ("at the destination domain", "in
# this domain"), not as the thing a predicate before them is said of.
_LOCATIVE: Final = frozenset(("at", "in", "on"))
# ... except for a lookup's failure, which is said of the name looked up whatever the preposition ("DNS error on
# the target domain", ZMailer smtpcmds.c): the domain's own records failed, it is not where something else did.
_LOOKUP_FAILURES: Final = frozenset(("DNS_FAIL",))
# Prepositions that put the sending host after them as an origin ("Relay from your IP 192.0.2.1 is
# denied", "Mail from domain example.com is not allowed from your host"): where the thing refused came
# from, not the thing, when another subject in the sentence is what a rule pairs the predicate with.
_ORIGIN: Final = frozenset(("from", "von", "desde", "vanaf"))
# Adverbs of time that only say for how long a predicate holds ("The sending email account has been temporarily
# suspended", Google's SMTP relay, corpus google-cat-570-relayabuse; "has been permanently disabled",
# "is currently blocked"): said between a subject and its predicate, they qualify the predicate and do not count
# in the window, as the words of a relative clause do not (RFC 3463 keeps "how long" in the status class, 4 or 5).
_DURATION_ADVERBS: Final = frozenset(("temporarily", "permanently", "currently", "indefinitely"))

_new = tuple.__new__  # a NamedTuple's own __new__ is a Python function: hits are made once per rule matched

# Predicates that quantify the noun written right after them ("too many recipients", "zu viele Empfänger",
# "trop de destinataires", "слишком много адресатов"): between two subjects as near, the one after is what is
# counted, the one before only its owner ("the message has too many recipients", "у сообщения слишком много
# адресатов": the recipients are too many, not the messages).
_QUANTIFIERS: Final = frozenset(("TOO_MANY",))
# A two-word term ending in a preposition ("mail from", the envelope sender) that starts with a word a quantifier
# counts: right after the quantifier, the word is read alone, as what is counted ("Too many mail from 192.0.2.1":
# too many messages, from that host; not "too many" of the sender). RFC 5321's "MAIL FROM" names the command
# and its sender only where no count is said of "mail".
_RELATIONS: Final = frozenset(("from", "to", "by", "for"))


def _spelt_out(text: str) -> str:
    """English contractions written out (``wasn't`` -> ``was not``), so that the terms list one
    form of each negation and the next verb negated ("wasn't found", "isn't recognised") is read
    as the term its spelt-out form is. Only after a letter "n" and before an apostrophe and "t"
    (either apostrophe): a hyphen or a lone "t" elsewhere ("t-online") is left alone."""
    for apostrophe in "'\u2019":
        text = (
            text.replace(f"can{apostrophe}t", "cannot")
            .replace(f"won{apostrophe}t", "will not")
            .replace(f"n{apostrophe}t", " not")
        )
    return text


# English negated auxiliaries typed without their apostrophe ("This user doesnt have an account", "mailbox isnt
# available"): spelt out as `_spelt_out` spells the apostrophe forms, so a term lists one form ("does not").
# ("wont" is left alone: it is a word of its own.)
_BARE_NEGATIONS: Final[dict[str, tuple[str, ...]]] = {
    **{f"{aux}nt": (aux, "not") for aux in ("does", "do", "did", "is", "are", "was", "were", "has", "have", "had",
                                             "could", "would", "should", "must", "need")},
    "cant": ("cannot",),
}


def _bare_spelt_out(words: list[str]) -> list[str]:
    return [w for word in words for w in _BARE_NEGATIONS.get(word, (word,))]


# A list of a filter's test names ("SpamAssassin score 21.673 (DEAR_SOMETHING,DKIM_ADSP_NXDOMAIN,HTML_MESSAGE,
# ...)", a content filter's reply in corpus/replies/real/r35-rep-sources.jsonl; rspamd's symbols are written
# so too): three or more comma-separated identifiers joined by underscores name the tests that scored, not
# what the reply says ("DKIM_ADSP_NXDOMAIN" is not a DKIM failure the message was refused for). The text is
# lowercase here.
_TEST_NAMES: Final = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?:\s*,\s*[a-z][a-z0-9]*(?:_[a-z0-9]+)+){2,}\b")


def sentences(text: str) -> list[list[str]]:
    """The words of each sentence of `text` (lowercase; contractions spelt out, ``doesn't`` and ``doesnt``
    are ``does not``; any other apostrophe splits a word; a list of a filter's test names left out)."""
    out = []
    if "_" in text:
        text = _TEST_NAMES.sub(" ", text)
    if "n't" in text or "n\u2019t" in text:
        text = _spelt_out(text)
    if text.isascii():
        marked = text.encode().translate(_ASCII_SENTENCE_MARKS).decode()
        if "." in marked:
            marked = marked.replace(". ", "\n").replace(".", " ")
        for part in marked.split("\n"):
            words = part.split()
            if words:
                out.append(words if _BARE_NEGATIONS.keys().isdisjoint(words) else _bare_spelt_out(words))
        return out
    text = without_optional_marks(text.replace("\u2019", " "))
    if _IDEOGRAPHIC.search(text) is None:
        # Split like ASCII text, the UTF-8 bytes of non-ASCII characters kept (the regex engine's
        # Unicode class test at every character cost three times this); a piece holding a
        # non-ASCII character that is not a word character ("«", "–") is split by `_WORD`.
        marked = text.encode().translate(_UTF8_SENTENCE_MARKS).decode()
        if "." in marked:
            marked = _DOT_END.sub("\n", marked).replace(".", " ")
        for part in marked.split("\n"):
            words = part.split()
            if not "".join(words).isalnum():  # (one test of the sentence: most of its words are all word)
                words = [w for piece in words for w in ((piece,) if piece.isalnum() else _WORD.findall(piece))]
            if words:
                out.append(words if _BARE_NEGATIONS.keys().isdisjoint(words) else _bare_spelt_out(words))
        return out
    # Chinese and Japanese are written without spaces: each Han or kana character is a word (the
    # terms of those languages are written character by character), and their own full stops end
    # sentences.
    for part in _CJK_SENTENCE.split(text.replace("'", " ")):
        words = _CJK_WORD.findall(part)
        if words:
            out.append(words if _BARE_NEGATIONS.keys().isdisjoint(words) else _bare_spelt_out(words))
    return out


def _concepts(words: list[str], base: int) -> list[tuple[int, int, frozenset[str]]]:
    """(first word index, last word index, concepts) of every term found in one sentence's words,
    longest term at each word."""
    found: list[tuple[int, int, frozenset[str]]] = []
    after = 0  # the first word not inside the term found before
    # Only the words that start a term are visited: `compress` picks them out in C, and most
    # words of a reply start none (a Python step per word cost more than the rest of this module).
    last = len(words) - 1
    for i, word in compress(enumerate(words), map(_ENTRIES.__contains__, words)):
        one, longer = _ENTRIES[word]
        if longer is not None and i < last:
            terms = longer.get(words[i + 1])
            if terms is not None:
                for seq, concepts in terms:
                    k = len(seq)
                    if i + k <= after:
                        break  # inside the term before and no longer than it: a part of it
                    if k == 2 or tuple(words[i : i + k]) == seq:
                        if (k == 2 and one is not None and seq[1] in _RELATIONS and found
                                and found[-1][1] == base + i - 1 and not _QUANTIFIERS.isdisjoint(found[-1][2])):
                            break  # "too many mail from": the word counted, not the sender ("mail from")
                        found.append((base + i, base + i + k - 1, concepts))
                        after = i + k
                        break
                if after > i:
                    continue
        # Inside the term before, only a longer term starting here counts (tried above).
        if one is not None and i >= after:
            found.append((base + i, base + i, one))
    return found


# ------------------------------------------------------------------ compounds (round r81compound)
# German, Dutch, the Scandinavian languages, Icelandic, Finnish, Estonian and Hungarian write one word where English
# writes several ("Empfängeradresse", "postkassen", "postafiókja"), and a term matched as a whole word misses it. A
# word of a reply that starts no term is read as the terms it is made of when it splits into one-word terms of *one*
# of those languages (`bouncelib._data.compounds.COMPOUND_LANGUAGES`): longest head first, then the language's linking
# element, then the rest the same way (at most three parts), the last part with one of the language's endings
# ("Adressen", "aadressile", "szerverhez"); a word that is one term with an ending is that term; a first part that is
# the language's word for mail ("Mailadresse", "e-postadressen") is left out, the rest naming the thing. The parts
# then stand in the sentence in the word's place, one word each, and are read as any word is ("Empfängeradresse
# unbekannt" is "empfänger adresse unbekannt": the address unknown). Guards: words of eight letters or more, parts of
# four or more (a term with an ending: six and five); a part is a term of that language (its tag, or `BEFORE_TAGS` for
# the words written before tags existed), never an English one; a part before the last never a term of a concept that
# decides a reason alone (the last part is what the compound names, the parts before only qualify it: "Spamfilter" is
# a filter, no spam found; "Verbindungszeitüberschreitung" is a time-out); never a word that a longer term holds with
# the word before it or after it (the term reads it whole); a word that is a term itself is never split. A word's
# reading is worked out once and kept (`_compound`).
_COMPOUND_MIN: Final = 8
_PART_MIN: Final = 4
# A word that is one term with an ending may be shorter than a compound ("kontot", the account; "saajad", the
# recipients), its term not: five letters or more.
_INFLECTED_MIN: Final = 6
_STEM_MIN: Final = 5
_MOST_PARTS: Final = 3
# Bokmål and Nynorsk terms are Norwegian parts ("no"): one way of joining.
_SAME_JOINING: Final = {"nb": "no", "nn": "no"}
# Every two words a longer term holds one after the other.
_INNER_PAIRS: Final = frozenset(seq[k - 1 : k + 1] for _one, longer in _ENTRIES.values() if longer
                                for by_second in longer.values() for seq, _c in by_second for k in range(1, len(seq)))


class _Parts(NamedTuple):
    """The one-word terms of one language usable as a compound's parts, and how the language joins them."""

    first: frozenset[str]
    """Terms a part before the last may be: none that decides a reason alone."""
    last: frozenset[str]
    """Terms the last part may be: any (it is what the compound names)."""
    joining: Joining


def _compound_index() -> tuple[dict[str, _Parts], frozenset[str], int]:
    """Per language of `COMPOUND_LANGUAGES`, its one-word terms usable as parts (see above) and how it joins them;
    the first four letters of every part (a word starting with none is no compound: most words of a reply); the
    longest ending."""
    before: dict[str, set[str]] = {}
    for language, words in BEFORE_TAGS.items():
        for w in words.split("|"):
            before.setdefault(w, set()).add(language)
    first: dict[str, set[str]] = {language: set() for language in COMPOUND_LANGUAGES}
    last: dict[str, set[str]] = {language: set() for language in COMPOUND_LANGUAGES}
    for term in TERMS:
        word = unicodedata.normalize("NFC", term.words)
        if " " in word or len(word) < _PART_MIN or not word.isalpha():
            continue
        languages = {_SAME_JOINING.get(code, code) for code in TERM_LANGUAGES.get(term) or before.get(word, set())}
        for spelling in capital_spellings(word):
            one = _ENTRIES.get(spelling, (None, None))[0]
            if one is None:
                continue
            for language in languages & last.keys():
                last[language].add(spelling)
                if one.isdisjoint(_ALONE):
                    first[language].add(spelling)
    index = {language: _Parts(frozenset(first[language]), frozenset(last[language]), joining)
             for language, joining in COMPOUND_LANGUAGES.items()}
    starts = frozenset(w[:_PART_MIN] for p in index.values() for w in (*p.first, *p.last, *p.joining.mail))
    longest = max(len(e) for joining in COMPOUND_LANGUAGES.values() for e in joining.endings)
    return index, starts, longest


_COMPOUND_PARTS, _COMPOUND_STARTS, _LONGEST_ENDING = _compound_index()


def _inflected(word: str, parts: frozenset[str], endings: frozenset[str], stem: int = _PART_MIN) -> str | None:
    """The term (of `stem` letters or more) `word` is with one of `endings` after it, else None."""
    if word in parts:
        return word
    for k in range(1, min(_LONGEST_ENDING, len(word) - stem) + 1):
        if word[-k:] in endings and word[:-k] in parts:
            return word[:-k]
    return None


def _split(word: str, parts: _Parts, depth: int) -> tuple[str, ...] | None:
    """The terms `word` is made of in one language (its `parts`), longest head first; a first part that is the
    language's word for mail (`Joining.mail`) left out."""
    joining = parts.joining
    last = _inflected(word, parts.last, joining.endings)
    if last is not None:
        return (last,)
    if depth == 1:
        return None
    if depth == _MOST_PARTS:
        for mail in joining.mail:
            if word.startswith(mail) and len(word) - len(mail) >= _PART_MIN:
                rest = _split(word[len(mail) :], parts, depth - 1)
                if rest is not None:
                    return rest
    for i in range(len(word) - _PART_MIN, _PART_MIN - 1, -1):
        head = word[:i]
        if head not in parts.first:
            if not joining.drops_e or head + "e" not in parts.first:
                continue
            head += "e"
        for link in ("", *joining.links):
            tail_word = word[i + len(link) :]
            if len(tail_word) >= _PART_MIN and word.startswith(link, i):
                tail = _split(tail_word, parts, depth - 1)
                if tail is not None:
                    return (head, *tail)
    return None


@lru_cache(maxsize=1 << 15)
def _compound(word: str) -> tuple[str, ...] | None:
    """The terms `word` is read as (see above), None when it is none."""
    if len(word) < _INFLECTED_MIN or word[:_PART_MIN] not in _COMPOUND_STARTS or not word.isalpha():
        return None
    entry = _ENTRIES.get(word)
    if entry is not None and entry[0] is not None:
        return None
    if len(word) < _COMPOUND_MIN:
        for parts in _COMPOUND_PARTS.values():
            stem = _inflected(word, parts.last, parts.joining.endings, _STEM_MIN)
            if stem is not None:
                return (stem,)
        return None
    for parts in _COMPOUND_PARTS.values():
        found = _split(word, parts, _MOST_PARTS)
        if found is not None:
            return found
    return None


def _with_compounds(words: list[str]) -> list[str]:
    """`words` with each compound (`_compound`) written as its parts; not a word a longer term holds with the word
    before it or the word after it (the term reads it whole)."""
    read = list(map(_compound, words))
    if not any(read):
        return words
    out: list[str] = []
    for i, (word, parts) in enumerate(zip(words, read, strict=True)):
        if parts is None or (i > 0 and (words[i - 1], word) in _INNER_PAIRS) or (
                i + 1 < len(words) and (word, words[i + 1]) in _INNER_PAIRS):
            out.append(word)
        else:
            out.extend(parts)
    return out


#: The terms of a text, sentence by sentence: (the sentence's words, the index its first word has,
#: its terms as `_concepts` finds them).
Terms = list[tuple[list[str], int, list[tuple[int, int, frozenset[str]]]]]


def concept_terms(text: str) -> Terms:
    """The terms found in each sentence of `text` (the reply, read in lowercase as the terms are written), for
    `reasons_of`."""
    out: Terms = []
    base = 0
    # The terms are lowercase: a capital ("Authentication failed", a helper's or test's own text) is the same word.
    # (`Facts.words_text` is lowercase already; lowering it again changes nothing, `str.lower` is idempotent.)
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        # One spelling of a letter: a catalogue may write Bengali "য়" as one code point (U+09DF) or as "য" and
        # a nukta, Tamil "ோ" as one or as two marks; the terms are read in NFC (`_index`), and so is the text here
        # (`sentences` itself keeps the text's own spelling).
        text = unicodedata.normalize("NFC", text)
    if not text.isascii() and _ZWJ in text:
        # A zero-width joiner only chooses how a conjunct is drawn (a Hindi catalogue writes one between
        # the halant and the next letter of "कनेक्ट", "स्वीकृत": the same words without it); it is no letter,
        # and left in it split the word in two.
        text = text.replace(_ZWJ, "")
    for words in map(_with_compounds, sentences(text.lower())):
        found = _concepts(words, base)
        if found and not _OR_FIRST.isdisjoint(words):
            cut = _examples_from(words, _tail(out))
            if cut is not None:
                found = [t for t in found if t[0] < base + cut]
        if found and not _CAUSES_FIRST.isdisjoint(words):
            cut = _possible_causes_from(words)
            if cut is not None:
                found = [t for t in found if t[0] < base + cut]
        out.append((words, base, found))
        base += len(words) + 1000  # words of two sentences are never within a window
    return out


def _tail(before: Terms) -> tuple[str, ...]:
    """The last words of the sentences `before` (an abbreviated marker ends a sentence: "e.g." is "e", "g",
    then a new sentence), as many as the longest marker has. Worked out only for a sentence offering
    alternatives (few do), rather than carried along sentence by sentence."""
    tail: tuple[str, ...] = ()
    for words, _base, _found in reversed(before):
        tail = (*words, *tail)
        if len(tail) >= _LONGEST_MARKER:
            break
    return tail[-_LONGEST_MARKER:]


# Example markers and the words "or" (`bouncelib._data.example_words`), by their first word.
def _by_first(rows: tuple[Any, ...]) -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for row in rows:
        out.setdefault(row.words[0], []).append(row.words)
    return out


_MARKERS: Final = _by_first(EXAMPLE_MARKERS)
_ORS: Final = _by_first(OR_WORDS)
_OR_FIRST: Final = frozenset(_ORS)
#: Every word of the words "or" (a reply none of which holds, ASCII, offers no alternatives).
OR_WORDS_ANY: Final = frozenset(w for row in OR_WORDS for w in row.words)
_LONGEST_MARKER: Final = max(len(row.words) for row in EXAMPLE_MARKERS)


def _at(words: list[str], i: int, table: dict[str, list[tuple[str, ...]]]) -> int:
    """The length of the words of `table` written at word `i` of `words`, else 0."""
    for seq in table.get(words[i], ()):
        if tuple(words[i : i + len(seq)]) == seq:
            return len(seq)
    return 0


_CAUSES: Final = _by_first(POSSIBLE_CAUSES)
_CAUSES_FIRST: Final = frozenset(_CAUSES)
#: The first words of `POSSIBLE_CAUSES` (a reply none of which holds offers no list of possible causes).
CAUSE_WORDS_FIRST: Final = _CAUSES_FIRST


def _possible_causes_from(words: list[str]) -> int | None:
    """Where a list of causes said to be only possible starts ("some possible causes are: ...",
    `POSSIBLE_CAUSES`): the index of those words, else None. The notice does not say which of them made this
    message fail."""
    for i in compress(range(len(words)), map(_CAUSES.__contains__, words)):
        if _at(words, i, _CAUSES):
            return i
    return None


def _examples_from(words: list[str], tail: tuple[str, ...]) -> int | None:
    """Where the examples of a sentence start, when it offers causes as examples and as alternatives ("for
    example because the mailbox is full or the address does not exist"; LABELING.md, "Two causes offered as
    alternatives"): the index of the example marker ("for example"; 0 when the sentence before ends with an
    abbreviated one, "e.g.", "npr.") when one of the words "or" follows it in the sentence; else None. One example
    alone ("rejected, e.g. because your IP is listed") is the cause the server gives: None."""
    start = None
    if tail and any(tail[len(tail) - len(seq):] == seq for seq in _MARKER_ENDS.get(tail[-1], ())
                    if len(tail) >= len(seq)):
        start = 0
    else:
        for i in compress(range(len(words)), map(_MARKERS.__contains__, words)):
            if _at(words, i, _MARKERS):
                start = i
                break
    if start is None:
        return None
    for i in compress(range(start, len(words)), map(_ORS.__contains__, words[start:])):
        if _at(words, i, _ORS):
            return start
    return None


def examples_offered(before: str, after: str) -> bool:
    """Whether the text at a point of a lowercase reply (`before` it, `after` it) is in causes offered as examples
    and alternatives (`_examples_from`): read by a caller that reads a part of the reply alone (the cause after
    "because", `_decide._cause`; a phrase found at that point). The sentence around the point is read whole, the
    marker before the point."""
    tail: tuple[str, ...] = ()
    last: list[str] = []
    for words in sentences(before[-300:]):
        if last:
            tail = (*tail, *last)[-_LONGEST_MARKER:]
        last = words
    joined = last + next(iter(sentences(after[:300])), [])
    if not _CAUSES_FIRST.isdisjoint(joined):
        causes = _possible_causes_from(joined)
        if causes is not None and causes <= len(last):
            return True
    if _OR_FIRST.isdisjoint(joined):
        return False
    cut = _examples_from(joined, tail)
    return cut is not None and cut <= len(last)


def _marker_pattern(words: tuple[str, ...], edge: str = r"\b") -> str:
    if _IDEOGRAPHIC.search(words[0]) is not None:
        return re.escape("".join(words))
    return edge + r"\W{1,3}".join(map(re.escape, words)) + edge


# The example markers as written (an abbreviation's dots and spaces between its letters: "e.g.", "z. B."): one
# alternation of literals, compiled once (no repetition nested in another).
_MARKER_TEXT: Final = re.compile("|".join(_marker_pattern(row.words) for row in EXAMPLE_MARKERS))
_CAUSES_TEXT: Final = re.compile("|".join(_marker_pattern(row.words) for row in POSSIBLE_CAUSES))
# The same markers without their word boundaries: a text where this finds nothing holds no match of
# `_MARKER_TEXT` (each of its matches is one of these at the same place), and it is asked first. With a `\b`
# opening every alternative the engine tries all of them at every character (about 200 µs on a non-ASCII real
# reply); alternatives opening with a letter let it jump from one of their first letters to the next (about
# 10 µs), and most replies hold no marker.
_MARKER_LETTERS: Final = re.compile("|".join(_marker_pattern(row.words, edge="") for row in EXAMPLE_MARKERS))


def without_examples(text: str) -> str:
    """`text` (lowercase) with every run of causes offered as examples and alternatives (`_examples_from`: from the
    marker to the end of its sentence) made spaces, the rest where it stands: what the model reads
    (`_model.features`), as the concept reader leaves those terms out."""
    split = text.split()
    causes = not _CAUSES_FIRST.isdisjoint(split)
    if text.isascii() and OR_WORDS_ANY.isdisjoint(split) and not causes:
        return text
    markers = _MARKER_LETTERS.search(text) is not None
    if not markers and not causes:
        return text
    out = text
    ends = _SENTENCE if text.isascii() or _IDEOGRAPHIC.search(text) is None else _CJK_SENTENCE
    if causes:
        # A list of causes said to be only possible (`_possible_causes_from`): from its words to the sentence's end.
        for m in _CAUSES_TEXT.finditer(text):
            stop_at = ends.search(text, m.end())
            stop = stop_at.start() if stop_at is not None else len(text)
            out = out[: m.start()] + " " * (stop - m.start()) + out[stop:]
    for m in _MARKER_TEXT.finditer(text) if markers else ():
        # (past the abbreviation's own dot: "e.g. because ..." goes on after it)
        stop_at = ends.search(text, m.end() + 1)
        stop = stop_at.start() if stop_at is not None else len(text)
        words = [w for sentence in sentences(text[m.start() : stop]) for w in sentence]
        if _examples_from(words, ()) == 0:
            out = out[: m.start()] + " " * (stop - m.start()) + out[stop:]
    return out


# The markers an abbreviation's dot leaves at the end of a sentence ("e.g." is "e", "g", then a new sentence), by
# their last word: a sentence before ends with one only if its last word ends one (most end with none, and
# trying every marker there cost more than the rest of the examples' reading).
_MARKER_ENDS: Final[dict[str, list[tuple[str, ...]]]] = {}
for _row in EXAMPLE_MARKERS:
    _MARKER_ENDS.setdefault(_row.words[-1], []).append(_row.words)
del _row


def concept_reasons(text: str, *, fallback: bool = False) -> list[ConceptHit]:
    """Every rule that matches `text` (the lowercase reply), best first (the order of `RULES`, then position)."""
    return reasons_of(concept_terms(text), fallback=fallback)


def _origin_at(i: int, words: list[str], start: int, found: list[tuple[int, int, frozenset[str]]]) -> int:
    """The index of the preposition of origin ("from", `_ORIGIN`) before the term at word `i` of a sentence,
    with at most one word between them ("von Ihrer IP-Adresse"), else -1. Not a word of a term: the "from"
    of "mail from" (the sender) is no origin ("We won't accept mail from your IP address")."""
    for j in (i - 1, i - 2):
        if j >= 0 and words[j] in _ORIGIN:
            return -1 if any(p <= start + j <= e for p, e, _ in found) else j
    if words[i] == IP_WORD:
        # The host's address right after a word naming the host ("von Ihrer IP-Adresse 192.0.2.1"): one host,
        # behind the same "from".
        for p, e, concepts in found:
            if e == start + i - 1 and "CLIENT" in concepts:
                return _origin_at(p - start, words, start, found)
    return -1


def _nearest(  # noqa: PLR0917 - positional: called for every predicate term
    pos: int, end: int, words: list[str], start: int, found: list[tuple[int, int, frozenset[str]]],
    pairs: dict[str, list[ConceptRule]], sentence: list[Any], ahead: bool = False,
) -> tuple[int, int, ConceptRule] | None:
    """(distance, position, rule) of the subject nearest the predicate at `pos`..`end` that a rule of `pairs`
    pairs it with; between two as near, the earlier word, then the smaller rule (what sorting the
    candidates and taking the first would give). `sentence` holds what is worked out once per sentence
    when first needed (`_stretched`); `ahead`: between two as near, the later word (`_QUANTIFIERS`)."""
    near: tuple[bool, bool, int, bool, int, ConceptRule] | None = None
    subjects = pairs.keys()
    for other, other_end, others in found:
        # (A term naming no subject the predicate's rules pair is passed first: the tests below only pass a
        # term over or weigh one that a rule pairs, and most terms of a sentence are none of those.)
        if other == pos or subjects.isdisjoint(others):
            continue
        # The sending host behind "from" is an origin: any other subject a rule pairs is read first.
        origin = "CLIENT" in others and _origin_at(other - start, words, start, found) >= 0
        if _named_by_another(other, others, words[other - start], found):
            continue
        # A sender's word ending in "from" right before the sending host ("We won't accept mail from your IP
        # address") is the mail coming from that host, not a sender address.
        if ("SENDER" in others and words[other_end - start] in _ORIGIN
                and any(other_end < p <= other_end + 2 and "CLIENT" in c for p, _e, c in found)):  # fmt: skip
            continue
        # A domain after the predicate behind "at", "in" or "on" is where, not what: in "the address
        # was not found at the destination domain" the address is not found, the domain is only where
        # it was looked for.
        if (other > pos and "DOMAIN" in others and not _LOCATIVE.isdisjoint(words[end + 1 - start : other - start])
                and not any(r.predicate in _LOOKUP_FAILURES for r in pairs.get("DOMAIN", ()))):  # fmt: skip
            continue
        # An address written after the predicate names which one ("The following sender address is invalid:
        # <address>"): read only when no other subject a rule pairs is there, as the sending host behind "from".
        trailing_address = other > pos and words[other - start] == ADDRESS_WORD
        # Measured between the two terms, not their first words: "the IP you're using ... is not
        # authorized" is as near as "IP ... not authorized".
        d = pos - other_end if other < pos else other - end
        for subject in others:
            for rule in pairs.get(subject, ()):
                dist = d if d <= rule.window else _stretched(
                    d, rule.window, words, start, found, min(end, other_end), max(pos, other), sentence
                )
                if dist is None:
                    continue
                candidate = (origin, trailing_address, dist, ahead and other < pos, other, rule)
                if near is None or candidate < near:
                    near = candidate
    return (near[2], near[4], near[5]) if near is not None else None


def _named_by_another(other: int, others: frozenset[str], word: str, found: list[tuple[int, int, frozenset[str]]]
                      ) -> bool:
    """Whether the term at `other` (its concepts `others`, its first word `word`) only names what the term right
    before it names, whose word a rule reads instead."""
    # A host or domain named right after the HELO's word is its argument ("HELO/EHLO argument mail_host
    # invalid"): what is said of it is said of the HELO name.
    if ("HOSTNAME" in others or "DOMAIN" in others) and any(other - 2 <= e < other and "HELO" in c
                                                            for _p, e, c in found):  # fmt: skip
        return True
    # An address named right after the sender's word is the sender's address ("sender address <a> does not
    # exist", "MAIL FROM:<a>"): what is said of it is said of the sender, whose word a rule pairs too. So is the
    # word "address" right after it or one word after it, a possessive particle or a preposition between (Punjabi
    # "ਭੇਜਣ ਵਾਲੇ ਦਾ ਐਡਰੈੱਸ", Nepali "पठाउनेको ठेगाना", the sender's address; round r82client, when the words of
    # "address" of those languages came from GLib's catalogues): "the sender's address is not valid" is said of
    # the sender (`rejected`), as English "sender address" is one SENDER term.
    if word == ADDRESS_WORD:
        return any(e == other - 1 and "SENDER" in c for _p, e, c in found)
    return "ADDR" in others and any(other - 2 <= e < other and "SENDER" in c for _p, e, c in found)


def _stretched(  # noqa: PLR0917
    d: int, window: int, words: list[str], start: int, found: list[tuple[int, int, frozenset[str]]], lo: int,
    hi: int, sentence: list[Any],
) -> int | None:
    """The distance a rule reads between two terms `d` words apart, more than its `window`, or None when
    they are too far apart (the rare case: asked only then). `sentence` is [its relative clauses, whether
    it is written a character at a time, where its duration adverbs stand], each None until first asked: a
    long sentence of many terms asks for every pair, and working any out again each time made it quadratic
    or worse."""
    # A relative clause naming whom the sender wrote to ("the address [you sent your message to] was not
    # found") stands between a subject and what is said of it: its words do not count; nor do those of
    # the origin a thing came from ("Relay [from your IP 192.0.2.1] is denied"), the address's numbers
    # included.
    clauses = sentence[0]
    if clauses is None:
        clauses = sentence[0] = [(p, e) for p, e, concepts in found if "WHOM" in concepts]
        for p, e, concepts in found:
            if "CLIENT" in concepts and (at := _origin_at(p - start, words, start, found)) >= 0:
                last = e
                while last + 1 - start < len(words) and words[last + 1 - start].isdigit():
                    last += 1
                clauses.append((start + at, last))
    gap = sum(e - p + 1 for p, e in clauses if lo < p and e < hi) if clauses else 0
    adverbs = sentence[2]
    if adverbs is None:
        # Their positions, once per sentence (counted between every far pair, a long sentence would be cubic).
        adverbs = sentence[2] = [] if _DURATION_ADVERBS.isdisjoint(words) else [
            start + i for i, w in enumerate(words) if w in _DURATION_ADVERBS]
    if adverbs:
        gap += bisect_left(adverbs, hi) - bisect_right(adverbs, lo)
    if gap and d - gap <= window:
        return d - gap
    # A window counts words; Chinese, Japanese and Korean are read a character (a syllable) at a time, and
    # their words run to two or three of them: the same clause is twice as many "words" apart. Thai is read a
    # letter at a time, its vowel signs and tone marks apart, and its words run to four to eight of them: four times.
    if d > 4 * window:
        return None
    wide = sentence[1]
    if wide is None:
        joined = " ".join(words)
        wide = sentence[1] = (4 if _THAI_LETTER.search(joined) is not None
                              else 2 if _IDEOGRAPHIC.search(joined) is not None else 1)
    return d if d <= wide * window else None


# (Made here: a plan reads `_QUANTIFIERS`.)
_PLANS: Final = _plans((_BY_PREDICATE, _ALONE, _ORDER))
_FALLBACK_PLANS: Final = _plans(_FALLBACK)


def reasons_of(terms: Terms, *, fallback: bool = False) -> list[ConceptHit]:
    """Every rule that matches the text of `terms` (`concept_terms`), best first (the order of `RULES`, then
    position); `fallback` reads the same terms with `FALLBACK_RULES`.

    A predicate is read about the *nearest* subject that a rule pairs it with: in "Sender
    address rejected: not owned by auth user", "rejected" is said of the sender, not of the
    authentication two words further on.
    """
    table, plans = (_FALLBACK, _FALLBACK_PLANS) if fallback else ((_BY_PREDICATE, _ALONE, _ORDER), _PLANS)
    order = table[2]
    hits: list[ConceptHit] = []
    for words, start, found in terms:
        # Its relative clauses, whether it is written a character at a time, where its adverbs of duration stand.
        sentence: list[Any] = [None, None, None]
        paired = len(found) > 1
        for pos, end, concepts in found:
            plan = plans.get(concepts)
            alone, predicates = plan if plan is not None else _plan(concepts, table)
            # (A loop: a generator or comprehension for `extend` costs more than the one or two rules.)
            for reason, rule in alone:
                hits.append(_new(ConceptHit, (reason, rule, pos)))
            if not predicates or not paired:
                continue
            # One occurrence of a predicate is said of one subject: a term of two predicate concepts
            # ("dropped": REFUSED and LOST) is read with the concept whose subject is nearest.
            best: tuple[int, int, ConceptRule] | None = None
            for pairs, quantifier in predicates:
                near = _nearest(pos, end, words, start, found, pairs, sentence, quantifier)
                # (Between two as near, the rule earlier in RULES: a frozenset's order depends on the hash seed.)
                if near is not None and (best is None or (near[0], order[near[2]]) < (best[0], order[best[2]])):
                    best = near
            if best is not None:
                _d, other, rule = best
                hits.append(_new(ConceptHit, (rule.reason, rule, min(pos, other))))
    if len(hits) > 1:
        hits.sort(key=lambda h: (order[h.rule], h.at))
        _part_named_first(hits)
    return hits


def _part_named_first(hits: list[ConceptHit]) -> None:
    """Words read both as a concept that means a reason alone and as the subject of a pair that names which part
    failed (`ConceptRule.decisive`): the pair, said after them, tells what happened to that part, so it goes first
    (round r70en: "Spam filter failed" is the receiver's filter failing, not spam found; "the message failed the spam
    filter", the failure said before the part, keeps the finding)."""
    first = hits[0]
    if first.rule.predicate is not None or first.rule.decisive:
        return
    for i in range(1, len(hits)):
        hit = hits[i]
        if hit.at == first.at and hit.rule.decisive and hit.rule.predicate is not None:
            hits.insert(0, hits.pop(i))
            return


# ------------------------------------------------------------------ words near a term (the last resort)
# Round r79fuzzy. A language the tables hold no words of is often a close neighbour of one they do: Galician
# "enderezo" and Portuguese "endereço", Slovak and Czech, Belarusian, Ukrainian and Russian, Bosnian, Croatian and
# Serbian, Norwegian, Danish and Swedish, Catalan and Spanish write many of the same words with a letter or two
# changed. `near_terms` reads a word of a reply that starts no term as the term of another language it is near:
# equal once their diacritics are folded, or one edit apart (an insertion, a deletion or a substitution), with the
# same first two letters. Guards: words of six letters or more only (a short word is one edit from too many others);
# never a word that starts a term itself; only the concepts a rule pairs with a partner (a subject or a predicate,
# never one that decides a reason alone, so one near word never decides by itself); never when the terms near it
# name different concepts. `bouncelib._classify._decide` reads them only when no step before the model decided.
_NEAR_MIN: Final = 6
_NEAR_FOLD: Final = str.maketrans({"ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d",
                                   "ı": "i", "þ": "th", "і": "и", "ї": "и", "є": "е", "ў": "у", "ґ": "г"})  # fmt: skip


def _folded(word: str) -> str:
    """`word` without its diacritics (and a few letters read as their neighbours' letter: "ø" as "o",
    Ukrainian and Belarusian "і", "є", "ў" as Russian "и", "е", "у")."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)).translate(_NEAR_FOLD)


def _one_edit(a: str, b: str) -> bool:
    """Whether `a` and `b` (of lengths at most one apart) are one insertion, deletion or substitution apart."""
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1 :]


@cache
def _near_index() -> dict[tuple[str, int], list[tuple[str, frozenset[str] | None]]]:
    """The one-word terms of `_NEAR_MIN` letters or more, folded, by their first two letters and length: (folded
    word, its concepts, or None when one of them decides a reason alone or two terms folded alike name different
    ones). Built when first asked (about 50 ms; most runs never reach the last resort)."""
    partners = SUBJECTS | _BY_PREDICATE.keys()
    folded: dict[str, frozenset[str] | None] = {}
    for word, (one, _longer) in _ENTRIES.items():
        if one is None or len(word) < _NEAR_MIN or not word.isalpha():
            continue
        key = _folded(word)
        usable = one if one <= partners and one.isdisjoint(_ALONE) else None
        folded[key] = usable if folded.get(key, usable) == usable else None
    out: dict[tuple[str, int], list[tuple[str, frozenset[str] | None]]] = {}
    for key, concepts in folded.items():
        out.setdefault((key[:2], len(key)), []).append((key, concepts))
    return out


def _near_concepts(word: str) -> frozenset[str] | None:
    """The concepts of the terms `word` is near (see above), None when none or when they disagree."""
    key = _folded(word)
    found: frozenset[str] | None = None
    start, n, index = key[:2], len(key), _near_index()
    for other, concepts in (c for length in (n - 1, n, n + 1) for c in index.get((start, length), ())):
        if other == key or _one_edit(key, other):
            if concepts is None or (found is not None and found != concepts):
                return None
            found = concepts
    return found


def near_terms(terms: Terms) -> Terms | None:
    """`terms` with the words near a term of another language read as its concepts (see above), None when no
    word is."""
    out: Terms = []
    added = False
    for words, base, read in terms:
        covered = {i for p, e, _c in read for i in range(p - base, e - base + 1)}
        found = read
        extra = [(base + i, base + i, concepts) for i, word in enumerate(words)
                 if len(word) >= _NEAR_MIN and i not in covered and word not in _ENTRIES and word.isalpha()
                 and (concepts := _near_concepts(word)) is not None]  # fmt: skip
        if extra:
            added = True
            found = sorted([*found, *extra])
        out.append((words, base, found))
    return out if added else None
