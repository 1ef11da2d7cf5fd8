"""Words near a term of another language, read as its concepts when nothing else read the reply (round r79fuzzy,
`bouncelib._classify._concepts.near_terms`): the wordings are our own."""

from __future__ import annotations

from bouncelib import Reason, parse_reply
from bouncelib._classify import _concepts
from bouncelib._classify._concepts import _folded, _near_concepts, concept_terms, near_terms


def test_a_galician_word_one_letter_from_its_neighbours_is_read() -> None:
    # "enderezo" (Galician, address) is no term; Spanish "dirección" is not near it, Portuguese "endereço" is, once
    # its cedilla is folded (one letter apart).
    assert _folded("endereço") == "endereco"
    assert "enderezo" not in _concepts._ENTRIES
    reply = parse_reply("550 Enderezo descoñecido")
    assert reply.reason is Reason.USERUNKNOWN
    assert reply.rule is not None
    assert reply.rule.endswith(";near-words")


def test_a_misspelt_command_is_read_as_the_command() -> None:
    # "STARTLS", one letter short of STARTTLS, as a catalogue may misspell it.
    reply = parse_reply("Server nepodporuje STARTLS")
    assert reply.reason is Reason.FAILEDSTARTTLS
    assert reply.rule is not None
    assert reply.rule.endswith(";near-words")


def test_short_words_and_terms_are_not_read_loosely() -> None:
    # A word of five letters is one edit from too many others; a word that is a term is read as its own term.
    assert near_terms(concept_terms("zz fuli")) is None
    assert near_terms(concept_terms("the mailbox is full")) is None


def test_no_concept_that_decides_alone_is_reached_loosely() -> None:
    # A near word only ever names a concept that needs a partner: one word read loosely never decides by itself.
    alone = set(_concepts._ALONE)
    terms = [w for w, (one, _l) in _concepts._ENTRIES.items()
             if one is not None and not one.isdisjoint(alone) and len(w) >= 7 and w.isascii() and w.isalpha()]
    assert terms
    for word in terms[:200]:
        changed = word[:-1] + ("x" if word[-1] != "x" else "y")
        if changed not in _concepts._ENTRIES:
            found = _near_concepts(changed)
            assert found is None or found.isdisjoint(alone), (word, changed, found)


def test_words_near_two_concepts_are_not_read() -> None:
    # Built from the index itself: a word one substitution from two folded terms that name different concepts.
    index = _concepts._near_index()
    for (_start, length), rows in index.items():
        usable = [(w, c) for w, c in rows if c is not None]
        for i, (a, ca) in enumerate(usable):
            for b, cb in usable[i + 1 :]:
                diff = [k for k in range(length) if a[k] != b[k]]
                if ca != cb and len(diff) == 1 and diff[0] >= 2:
                    probe = a[: diff[0]] + "q" + a[diff[0] + 1 :]
                    if probe not in _concepts._ENTRIES and _folded(probe) == probe:
                        assert _near_concepts(probe) is None
                        return
    raise AssertionError("no two terms one substitution apart with different concepts")
