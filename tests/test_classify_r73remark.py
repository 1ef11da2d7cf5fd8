"""Round r73remark: causes given only as examples, offered as alternatives, are no cause of this message.

corpus/LABELING.md, "Two causes offered as alternatives": a text that says a message could not be delivered
"for example because the mailbox is full or the address does not exist" does not say which, so it says nothing
about why (`onhold`). The words that introduce examples and the words "or" are bouncelib/_data/example_words.py;
the concept reader leaves out a sentence's terms from the marker on, the "because" clause and the phrases too.
One example alone is still the cause the reply gives. The texts here are our own wording.
"""

from __future__ import annotations

from rule_reading import by_rule

from bouncelib import Reason, parse_reply
from bouncelib._classify._concepts import concept_terms, examples_offered, without_examples


def test_english_examples_with_or_name_no_cause() -> None:
    # the phrase reader and the "because" clause both read the full mailbox without the rule
    text = ("This notice means your mail was not delivered, for example because the inbox is full or the account is "
            "gone.")
    assert by_rule(text) is Reason.ONHOLD


def test_abbreviated_marker_across_the_sentence_split() -> None:
    # "e.g." ends a sentence for the reader: the marker is the last words before the examples
    text = "Your message bounced, e.g. because the recipient mailbox is full or the recipient address is unknown."
    assert by_rule(text) is Reason.ONHOLD


def test_spanish_examples_without_because() -> None:
    # no "because" clause: the concept terms after "por ejemplo" are left out
    text = "El mensaje no se entregó al destinatario, por ejemplo si su buzón está lleno o si la cuenta no existe."
    assert by_rule(text) is Reason.ONHOLD


def test_polish_abbreviation_np() -> None:
    text = "Wiadomość nie dotarła, np. gdy skrzynka odbiorcy jest pełna lub adres odbiorcy nie istnieje."
    assert by_rule(text) is Reason.ONHOLD


def test_german_abbreviation_z_b_split_in_two() -> None:
    # "z. B." is two sentence ends for the reader: the marker's words end the two sentences before
    text = ("Diese Meldung kommt, wenn eine Zustellung scheitert, z. B. weil das Postfach des Empfängers voll ist oder "
            "der Empfänger unbekannt ist.")
    assert by_rule(text) is Reason.ONHOLD


def test_a_phrase_among_the_examples_is_left_out() -> None:
    # the phrase reader's "mailbox is full", inside the examples
    text = ("Such a report is sent when a delivery fails, for instance when the recipient's mailbox is full or the "
            "recipient's domain does not exist.")
    assert by_rule(text) is Reason.ONHOLD


def test_the_model_does_not_read_the_examples() -> None:
    text = "mail was not delivered, for example because the inbox is full or the account is gone. next words."
    kept = without_examples(text)
    assert len(kept) == len(text)
    assert "inbox" not in kept
    assert kept.endswith(". next words.")


def test_terms_after_the_marker_are_left_out() -> None:
    terms = concept_terms("for example the mailbox is full or the user is unknown")
    kept = [t for _w, _b, found in terms for t in found]
    assert kept == []
    assert examples_offered("it failed, for example because ", "the mailbox is full or the user is unknown")


def test_one_example_alone_is_still_the_cause() -> None:
    # a guard (passes without the rule too): with no alternative, the example is the reason the server gives
    text = "550 Message refused, for example because the mailbox is full."
    assert parse_reply(text).reason is Reason.MAILBOXFULL
    assert not examples_offered("refused, e.g. because ", "your ip is listed")
