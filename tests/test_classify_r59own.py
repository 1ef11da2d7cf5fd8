"""Round 59 (the maintainers' own): words keep their combining marks, optional vowel marks are read as absent,
and a connection said closed by the other side is a lost one. Texts in our own wording."""

from __future__ import annotations

from bouncelib import parse_reply
from bouncelib._classify._concepts import sentences
from bouncelib._classify._model import _WORD as MODEL_WORD


def test_a_hindi_word_is_not_cut_at_its_vowel_signs() -> None:
    # Devanagari writes most vowels as combining signs: "मेलबॉक्स" (mailbox) is one word, not four pieces.
    assert sentences("मेलबॉक्स उपलब्ध नहीं") == [["मेलबॉक्स", "उपलब्ध", "नहीं"]]


def test_the_model_reads_a_hindi_word_whole_too() -> None:
    assert MODEL_WORD.findall("सर्वर ने संदेश अस्वीकार किया") == ["सर्वर", "ने", "संदेश", "अस्वीकार", "किया"]


def test_a_decomposed_accent_stays_in_its_word() -> None:
    # "é" written as "e" + U+0301: one word, as the composed letter is.
    assert sentences("adresse inconnue re\u0301pertoire") == [["adresse", "inconnue", "re\u0301pertoire"]]


def test_hebrew_points_are_read_as_absent() -> None:
    pointed = "תֵּבַת הַדּוֹאַר מְלֵאָה"
    assert sentences(pointed) == sentences("תבת הדואר מלאה")


def test_arabic_vowel_marks_do_not_change_the_verdict() -> None:
    plain = parse_reply("فقد الاتصال بالخادم")
    marked = parse_reply("فُقِدَ الاتّصال بالخادم")
    assert plain.reason == "networkerror"
    assert (marked.reason, marked.rule) == (plain.reason, plain.rule)


def test_a_connection_closed_by_the_other_side_is_lost() -> None:
    for text in ("The session to relay.example.net was closed by the peer before the greeting",
                 "connection with mx2.example.org closed unexpectedly during DATA",
                 "421 the connection has been closed by the remote server"):
        reply = parse_reply(text)
        assert (reply.reason, reply.rule) == ("networkerror", "concept:CONNECTION+LOST"), text


def test_an_account_closed_is_not_a_lost_connection() -> None:
    assert parse_reply("550 this account has been closed by its owner").reason != "networkerror"
