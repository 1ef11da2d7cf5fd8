"""The words that introduce examples, and the words "or", in many languages: one vocabulary (round r73remark).

A notice that explains what a bounce is may give causes only as examples, offered as alternatives ("it could not
be delivered, for example because the mailbox is full or the address does not exist"): it says nothing about why
this message failed, and LABELING.md ("Two causes offered as alternatives") reads it `onhold`. The concept reader
(`bouncelib._classify._concepts.concept_terms`) leaves out the terms of a sentence from an example marker on when
one of the words "or" follows the marker in that sentence. One example alone ("rejected, e.g. because your IP is
listed") is still the cause the server gives: nothing is left out.

Each row is the words as `_concepts.sentences` makes them (lowercase; "e.g." is "e", "g": an abbreviation's dots
end a sentence, and the marker is then the last words before the sentence the examples are in), its language
(ISO 639-1) and its source: a dictionary's meaning (Wiktionary, the entry named) or the tuning rows that showed it.
Chinese, Japanese and Korean are read a character (a syllable) at a time: their words are written so.
"""

from __future__ import annotations

from typing import Final, NamedTuple

__all__ = ["EXAMPLE_MARKERS", "OR_WORDS", "POSSIBLE_CAUSES", "ExampleWord"]


class ExampleWord(NamedTuple):
    """Words of one meaning (`EXAMPLE_MARKERS`: "for example"; `OR_WORDS`: "or"), in one language, from where."""

    words: tuple[str, ...]
    lang: str
    source: str


def _wikt(entry: str, meaning: str) -> str:
    return f"Wiktionary '{entry}': {meaning}"


_EG = "for example"
_FAIR = "tuning rows of FairEmail's title_report_remark (corpus r70fair, r71fair2, r72fair3)"

EXAMPLE_MARKERS: Final[tuple[ExampleWord, ...]] = (
    ExampleWord(("for", "example"), "en", _wikt("for example", "as an example")),
    ExampleWord(("for", "instance"), "en", _wikt("for instance", _EG)),
    ExampleWord(("e", "g"), "en", _wikt("e.g.", "exempli gratia, " + _EG)),
    ExampleWord(("zum", "beispiel"), "de", _wikt("zum Beispiel", _EG)),
    ExampleWord(("beispielsweise",), "de", _wikt("beispielsweise", _EG)),
    ExampleWord(("z", "b"), "de", _wikt("z. B.", "zum Beispiel, " + _EG)),
    ExampleWord(("par", "exemple"), "fr", _wikt("par exemple", _EG)),
    ExampleWord(("por", "ejemplo"), "es", _wikt("por ejemplo", _EG) + "; " + _FAIR + " (es)"),
    ExampleWord(("por", "exemplo"), "pt", _wikt("por exemplo", _EG) + "; " + _FAIR + " (pt-BR)"),
    ExampleWord(("ad", "esempio"), "it", _wikt("ad esempio", _EG)),
    ExampleWord(("per", "esempio"), "it", _wikt("per esempio", _EG) + "; " + _FAIR + " (it)"),
    ExampleWord(("de", "exemplu"), "ro", _wikt("de exemplu", _EG)),
    ExampleWord(("bijvoorbeeld",), "nl", _wikt("bijvoorbeeld", _EG)),
    ExampleWord(("na", "przykład"), "pl", _wikt("na przykład", _EG)),
    ExampleWord(("np",), "pl", _wikt("np.", "na przykład, " + _EG)),
    ExampleWord(("например",), "ru", _wikt("например", _EG)),
    ExampleWord(("наприклад",), "uk", _wikt("наприклад", _EG)),
    ExampleWord(("напрыклад",), "be", _wikt("напрыклад", _EG)),
    ExampleWord(("například",), "cs", _wikt("například", _EG)),
    ExampleWord(("napríklad",), "sk", _wikt("napríklad", _EG)),
    ExampleWord(("na", "primjer"), "hr", _wikt("na primjer", _EG)),
    ExampleWord(("na", "primer"), "sl", _wikt("na primer", _EG)),
    ExampleWord(("npr",), "hr", _wikt("npr.", "na primjer, " + _EG) + "; " + _FAIR + " (bs)"),
    ExampleWord(("till", "exempel"), "sv", _wikt("till exempel", _EG)),
    ExampleWord(("t", "ex"), "sv", _wikt("t.ex.", "till exempel, " + _EG)),
    ExampleWord(("for", "eksempel"), "da", _wikt("for eksempel", _EG)),
    ExampleWord(("f", "eks"), "nb", _wikt("f.eks.", "for eksempel, " + _EG)),
    ExampleWord(("esimerkiksi",), "fi", _wikt("esimerkiksi", _EG)),
    ExampleWord(("näiteks",), "et", _wikt("näiteks", _EG) + "; " + _FAIR + " (et)"),
    ExampleWord(("például",), "hu", _wikt("például", _EG)),
    ExampleWord(("örneğin",), "tr", _wikt("örneğin", _EG) + "; " + _FAIR + " (tr)"),
    ExampleWord(("για", "παράδειγμα"), "el", _wikt("για παράδειγμα", _EG)),
    ExampleWord(("例", "え", "ば"), "ja", _wikt("例えば", _EG)),
    ExampleWord(("例", "如"), "zh", _wikt("例如", _EG) + "; " + _FAIR + " (zh-TW)"),
    ExampleWord(("比", "如"), "zh", _wikt("比如", _EG)),
    ExampleWord(("예", "를", "들", "어"), "ko", _wikt("예를 들어", _EG)),
)

_OR = "or"
OR_WORDS: Final[tuple[ExampleWord, ...]] = (
    ExampleWord(("or",), "en", _wikt("or", "conjunction of alternatives")),
    ExampleWord(("oder",), "de", _wikt("oder", _OR)),
    ExampleWord(("ou",), "fr", _wikt("ou", _OR) + " (fr, pt)"),
    ExampleWord(("o",), "es", _wikt("o", _OR) + " (es, it)"),
    ExampleWord(("u",), "es", _wikt("u", _OR + " (before o-)")),
    ExampleWord(("oppure",), "it", _wikt("oppure", _OR)),
    ExampleWord(("sau",), "ro", _wikt("sau", _OR)),
    ExampleWord(("of",), "nl", _wikt("of", _OR)),
    ExampleWord(("lub",), "pl", _wikt("lub", _OR)),
    ExampleWord(("albo",), "pl", _wikt("albo", _OR)),
    ExampleWord(("или",), "ru", _wikt("или", _OR) + " (ru, bg)"),
    ExampleWord(("або",), "uk", _wikt("або", _OR) + " (uk, be)"),
    ExampleWord(("альбо",), "be", _wikt("альбо", _OR)),
    ExampleWord(("nebo",), "cs", _wikt("nebo", _OR)),
    ExampleWord(("alebo",), "sk", _wikt("alebo", _OR)),
    ExampleWord(("ili",), "hr", _wikt("ili", _OR) + " (hr, bs, sr)"),
    ExampleWord(("ali",), "sl", _wikt("ali", _OR)),
    ExampleWord(("eller",), "sv", _wikt("eller", _OR) + " (sv, da, nb)"),
    ExampleWord(("tai",), "fi", _wikt("tai", _OR)),
    ExampleWord(("või",), "et", _wikt("või", _OR)),
    ExampleWord(("vagy",), "hu", _wikt("vagy", _OR)),
    ExampleWord(("veya",), "tr", _wikt("veya", _OR)),
    ExampleWord(("ή",), "el", _wikt("ή", _OR)),
    ExampleWord(("ま", "た", "は"), "ja", _wikt("または", _OR)),
    ExampleWord(("或",), "zh", _wikt("或", _OR)),
    ExampleWord(("또", "는"), "ko", _wikt("또는", _OR)),
)

# Words that introduce a list of causes said to be only possible ("Some possible causes are: complex formatting,
# message too large, message too small"; round r75disc3): the notice does not say which one made this message fail,
# as causes offered as examples and alternatives do not, whether or not the list says "or" (a list of causes
# joined by commas offers alternatives too). The concept reader leaves out the terms from these words to the end of
# their sentence (`bouncelib._classify._concepts.concept_terms`). Plural "causes" / "reasons" only: "the possible
# cause is X" names one cause.
_POSS = "possible causes / possible reasons"
_DISC = "tuning mails of corpus/wild (Discourse's email_reject_invalid_post / _post_error, round r75disc3)"
_DISC4 = "tuning mails of corpus/wild (Discourse's email_reject_invalid_post, round r76disc4)"
_DISC5 = "tuning mails of corpus/wild (Discourse's email_reject_invalid_post, round r78disc5)"
POSSIBLE_CAUSES: Final[tuple[ExampleWord, ...]] = (
    ExampleWord(("possible", "causes"), "en", _wikt("possible", "able but not certain to be") + "; " + _POSS),
    ExampleWord(("possible", "reasons"), "en", _wikt("possible", "able but not certain to be") + "; " + _POSS),
    ExampleWord(("mögliche", "gründe"), "de", _wikt("möglich", "possible") + "; " + _DISC + " (de)"),
    ExampleWord(("mögliche", "ursachen"), "de", _wikt("Ursache", "cause") + "; " + _POSS),
    ExampleWord(("cause", "possibili"), "it", _wikt("possibile", "possible") + "; " + _DISC + " (it)"),
    ExampleWord(("possibili", "cause"), "it", _wikt("causa", "cause") + "; " + _POSS),
    ExampleWord(("možné", "příčiny"), "cs", _wikt("příčina", "cause") + "; " + _DISC + " (cs)"),
    ExampleWord(("מהסיבות", "האפשריות"), "he", _wikt("סיבה", "reason") + ", 'of the possible reasons'; " + _DISC
                + " (he)"),
    ExampleWord(("הסיבות", "האפשריות"), "he", _wikt("אפשרי", "possible") + "; " + _POSS),
    ExampleWord(("causas", "possíveis"), "pt", _wikt("possível", "possible") + "; " + _DISC4 + " (pt-BR)"),
    ExampleWord(("möjliga", "anledningar"), "sv", _wikt("möjlig", "possible") + ", " + _wikt("anledning", "reason")
                + "; " + _DISC4 + " (sv)"),
    ExampleWord(("πιθανές", "αιτίες"), "el", _wikt("πιθανός", "possible, probable") + ", " + _wikt("αιτία", "cause")
                + "; " + _DISC5 + " (el)"),
    ExampleWord(("posibles", "causas"), "gl", _wikt("posible", "possible") + ", " + _wikt("causa", "cause")
                + "; " + _DISC5 + " (gl)"),
)
