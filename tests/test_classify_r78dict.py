"""Concept words from bilingual dictionaries (round r78dict: `_R78_DICT_WORDS`, written by scripts/dict_terms.py from
Debian's FreeDict packages): the script's reading of a dictd dictionary we write here, the guards of the block, and
replies in wordings of our own whose dictionary word no older term holds, each read by a concept rule."""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

import pytest
from rule_reading import by_concept

from bouncelib import Reason
from bouncelib._data import concepts as cn

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import dict_terms

_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _b64(n: int) -> str:
    out = ""
    while True:
        out = _ALPHABET[n % 64] + out
        n //= 64
        if not n:
            return out


def _write_dictd(folder: Path, name: str, entries: list[tuple[str, str]]) -> Path:
    """A dictd dictionary of our own: the .dict.dz (gzip) and the .index of base-64 offsets and lengths."""
    data, index = b"", []
    for head, body in [("00-database-short", "00-database-short\n  Test dictionary\n"), *entries]:
        raw = body.encode()
        index.append(f"{head}\t{_b64(len(data))}\t{_b64(len(raw))}")
        data += raw
    (folder / f"{name}.dict.dz").write_bytes(gzip.compress(data))
    (folder / f"{name}.index").write_text("\n".join(index) + "\n", encoding="utf-8")
    return folder / name


# Entries in the formats the FreeDict packages use (numbered senses with English glosses; one dictd entry per
# sense with markers and "Note:" lines), our own words.
_SAMPLE = [
    ("mailbox", "mailbox /ˈmeɪlbɒks/ <n>\n1. bokso, posthus\na box at the garden gate\n"
                "2. skatolo\ncomputing: a file holding a user's e-mail\n"),
    ("recipient", "recipient /rɪˈsɪpiənt/ <n>\nricevulo, akceptulo\n"),
    ("unknown", "unknown /ʌnˈnəʊn/ <adj>\nnekonita\nnot known\n"),
    ("unknown", "unknown /ʌnˈnəʊn/ <n>\nnekonato\n(mathematics) a variable\n"),
    ("domain", "domain /dəˈmeɪn/\n1. regiono\n2. domajno\n"),
    ("timeout", "timeout /ˈtaɪmaʊt/\npaŭzo <fem> [sport]\n"),
    ("timeout", "timeout /ˈtaɪmaʊt/\ntempolimo <masc> [comp.]\n         Note: für Abläufe\n"),
]


def test_read_dictd_gives_each_entry_and_skips_the_database_entries(tmp_path: Path) -> None:
    base = _write_dictd(tmp_path, "freedict-eng-xxx", _SAMPLE)
    entries = list(dict_terms.read_dictd(base.with_suffix(".index"), base.with_suffix(".dict.dz")))
    assert [head for head, _ in entries] == [head for head, _ in _SAMPLE]
    assert entries[1][1] == _SAMPLE[1][1]


def test_senses_split_numbered_senses_and_keep_their_glosses() -> None:
    found = dict_terms.senses(_SAMPLE[0][1])
    assert [s.translations for s in found] == [["bokso", "posthus"], ["skatolo"]]
    assert "computing" in found[1].gloss
    assert {s.pos for s in found} == {"n"}


def test_pick_takes_the_sense_its_gloss_names() -> None:
    # "mailbox" has two senses: the one whose gloss says computing, not the first.
    assert dict_terms.pick("mailbox", dict_terms.senses(_SAMPLE[0][1])) == ["skatolo"]


def test_pick_takes_the_only_sense_of_the_word_class_and_skips_other_domains() -> None:
    found = dict_terms.senses(_SAMPLE[2][1]) + dict_terms.senses(_SAMPLE[3][1])
    assert dict_terms.pick("unknown", found) == ["nekonita"]  # the noun (a mathematician's unknown) left out
    assert dict_terms.pick("recipient", dict_terms.senses(_SAMPLE[1][1])) == ["ricevulo"]  # the first only


def test_pick_of_a_word_of_several_senses_without_a_gloss_takes_only_a_loanword() -> None:
    assert dict_terms.pick("domain", dict_terms.senses(_SAMPLE[4][1])) == ["domajno"]


def test_a_concept_deciding_alone_takes_only_a_named_sense() -> None:
    # TIMEOUT alone is a network error: the sports sense is skipped by its marker, the [comp.] one taken.
    found = dict_terms.senses(_SAMPLE[5][1]) + dict_terms.senses(_SAMPLE[6][1])
    assert dict_terms.pick("timeout", found) == ["tempolimo"]


def test_the_generated_words_pass_the_guards(tmp_path: Path) -> None:
    base = _write_dictd(tmp_path, "freedict-eng-xxx", _SAMPLE)
    english = frozenset({"the", "mailbox", "posthus"})
    words = dict_terms.from_english(base, english)
    assert words["recipient"] == ["ricevulo"]
    assert "posthus" not in str(words)  # an English word is never written
    assert not dict_terms._acceptable("la", english)  # a stop word, too short
    assert dict_terms._acceptable("ricevulo", english)


_BLOCK = set(cn._R78_DICT_WORDS)
_OLDER = {t.words for t in cn.TERMS if t not in _BLOCK}


def test_no_generated_term_repeats_an_older_term_or_spans_two_meanings() -> None:
    concepts_of: dict[str, set[str]] = {}
    for term in cn._R78_DICT_WORDS:
        assert term.words not in _OLDER, term
        assert cn.TERM_LANGUAGES[term], term
        concepts_of.setdefault(term.words, set()).add(term.concept)
    seeds = {frozenset(cs) for cs in dict_terms.concepts_of_seed().values()}
    assert all(frozenset(cs) in seeds for cs in concepts_of.values())


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # Finnish: the sender ("lähettäjä", FreeDict eng-fin) refused ("kielletty").
        ("Lähettäjä kielletty tällä palvelimella.", Reason.REJECTED),
        # Finnish: a nonexistent ("olematon") recipient.
        ("Vastaanottaja olematon, viestiä ei toimitettu.", Reason.USERUNKNOWN),
        # Welsh: the recipient ("derbyniwr", eng-cym) unknown.
        ("Derbyniwr anhysbys.", Reason.USERUNKNOWN),
        # Lithuanian: the addressee ("adresatas", eng-lit) unknown.
        ("Adresatas nežinomas.", Reason.USERUNKNOWN),
        # Norwegian: the recipient's inbox ("innboks", eng-nor) full.
        ("Mottakerens innboks er full.", Reason.MAILBOXFULL),
        # Finnish: malware ("haittaohjelma") found in the message.
        ("Viestistä löytyi haittaohjelma.", Reason.VIRUSDETECTED),
    ],
)
def test_dictionary_words_are_read_by_a_concept_rule(text: str, reason: Reason) -> None:
    assert by_concept(text) == reason
