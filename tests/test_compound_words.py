"""Compounds and inflected words of German, Dutch, the Scandinavian languages, Icelandic, Finnish, Estonian and
Hungarian read as the terms they are made of (round r81compound, `bouncelib._classify._concepts._compound`): the
wordings are our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply
from bouncelib._classify import _concepts
from bouncelib._classify._concepts import _compound, _with_compounds, concept_terms


def _words(text: str) -> list[str]:
    return [w for words, _base, _found in concept_terms(text) for w in words]


@pytest.mark.parametrize(("text", "reason"), [
    # German: two terms joined ("Empfänger" + "Postfach"), the mailbox full.
    ("550 Das Empfängerpostfach ist voll", Reason.MAILBOXFULL),
    # German: the storage of the mailbox exceeded.
    ("552 Postfachspeicher überschritten", Reason.MAILBOXFULL),
    # Dutch: "ontvangers" + "adres", the address does not exist.
    ("550 Het ontvangersadres bestaat niet", Reason.USERUNKNOWN),
    # Norwegian: "mottaker" + "adresse" + the definite ending "-n".
    ("550 Mottakeradressen finnes ikke", Reason.USERUNKNOWN),
    # Finnish: "vastaanottaja" + "osoite" in the partitive ("osoitetta").
    ("550 Vastaanottajaosoitetta ei ole olemassa", Reason.USERUNKNOWN),
    # Danish: the word for mail before the address ("mailadresse").
    ("550 Ugyldig mailadresse", Reason.USERUNKNOWN),
    # Swedish: "mottagare" losing its "e" before "kontot" (the account, definite).
    ("550 Mottagarkontot är inaktiverat", Reason.SUSPEND),
    # German: a connection's time-out, the decisive term last.
    ("421 Verbindungszeitüberschreitung", Reason.NETWORKERROR),
])
def test_a_compound_of_terms_is_read_as_its_terms(text: str, reason: Reason) -> None:
    reply = parse_reply(text)
    assert reply.reason is reason, (text, reply.reason, reply.rule)
    assert reply.rule is not None
    # read by the pairs themselves, not by the last resort's words near a term
    assert reply.rule.startswith("concept:")
    assert not reply.rule.endswith(";near-words")


def test_the_parts_stand_in_the_words_place() -> None:
    assert _words("Das Empfängerpostfach ist voll") == ["das", "empfänger", "postfach", "ist", "voll"]
    # an inflected term is the term ("postafiókja": his mailbox)
    assert _compound("postafiókja") == ("postafiók",)


def test_a_term_itself_is_never_split() -> None:
    word = "absenderadresse"  # "absender" + "adresse", a term of its own
    assert _concepts._ENTRIES[word][0] is not None
    assert _compound(word) is None


def test_english_words_and_short_words_are_not_split() -> None:
    # English terms are no parts: "mailboxfull" is an identifier, read elsewhere or not at all.
    assert _compound("mailboxfull") is None
    # a German word that starts like a term ("Informationen") but is no two terms
    assert _compound("informationen") is None


def test_a_part_that_decides_alone_is_never_a_first_part() -> None:
    # "Spam" decides a reason alone; in "Spamadresse" it only says which address: not read as spam found.
    spam = [w for w, p in _concepts._COMPOUND_PARTS.items() if "spam" in p.last]
    assert spam
    assert all("spam" not in p.first for p in _concepts._COMPOUND_PARTS.values())
    parts = _compound("spamadresse")
    assert parts is None or "spam" not in parts


def test_a_word_a_longer_term_holds_is_kept_whole() -> None:
    # A two-word term whose second word would split: kept whole right after its first word.
    pairs = [(a, b) for a, b in _concepts._INNER_PAIRS if _compound(b) is not None]
    if not pairs:
        pytest.skip("no term holds a word that would split")
    a, b = pairs[0]
    assert _with_compounds([a, b]) == [a, b]
    assert _with_compounds(["zz", b]) != ["zz", b]
