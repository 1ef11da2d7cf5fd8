"""Round r78mlm (issue 11): a refusal saying an address is absent from the destination header fields (To, Cc).

mlmmj's refusals of a post whose To: and Cc: do not name the list (its deny-post texts, tuning mails
corpus/wild/mail/r78mlm-mlmmj-deny-tocc-*.eml) were read as nothing, or as an unknown mailbox. Each sentence below is
our own wording of that meaning, not a corpus text.
"""

from __future__ import annotations

import pytest
from rule_reading import by_concept

from bouncelib import Reason
from bouncelib._data import notices as shapes


@pytest.mark.parametrize(
    "text",
    [
        # German: the list's address (one word, "Listenadresse") is missing from the Cc field.
        "Abgelehnt: die Listenadresse fehlt im CC-Feld Ihrer Nachricht.",
        # Finnish: the address was not among the Cc recipients.
        "Viestiä ei hyväksytty, koska osoite puuttui CC-kentästä.",
        # Greek: the list's address is not in the Cc field.
        "Το μήνυμα απορρίφθηκε: η διεύθυνση της λίστας λείπει από το πεδίο CC.",
        # Slovak, the two field names in its words: the address was in neither To nor Cc.
        "Správa bola odmietnutá, adresa chýbala v poliach Komu ani Kópia.",
        # Portuguese: the list's address was not found in the Cc header (not an unknown mailbox).
        "Recusada: o endereço da lista não foi encontrado no campo CC.",
    ],
)
def test_address_absent_from_destination_fields_is_a_site_rule(text: str) -> None:
    assert by_concept(text) is Reason.POLICYVIOLATION


def test_an_unknown_mailbox_without_the_fields_stays_unknown() -> None:
    assert by_concept("O endereço do destinatário não foi encontrado.") is Reason.USERUNKNOWN


# Round r78mlm, Mailman 3's Hebrew reject notice (tuning mails r78mlm-mailman3-reject-*-he.eml): the sentence that
# says the reader's post to a list was refused (notices.FAILURE), and the moderated poster as its cause.


@pytest.mark.parametrize(
    "sentence",
    [
        # "Your message to the mailing list Chess was rejected", our own wording, feminine and masculine verb.
        "הודעתך לרשימת הדיוור Chess נדחתה בשל כללי הרשימה.",
        "ההודעה שלך אל רשימת התפוצה Chess נדחה.",
    ],
)
def test_a_hebrew_post_refused_by_a_list_is_a_failure(sentence: str) -> None:
    assert shapes.FAILURE.search(sentence.lower()) is not None


def test_a_hebrew_list_notice_without_a_refusal_is_no_failure() -> None:
    # "Your message to the mailing list Chess was received": no refusal.
    assert shapes.FAILURE.search("הודעתך לרשימת הדיוור Chess התקבלה בהצלחה.") is None


def test_a_hebrew_moderated_member_is_a_refused_poster() -> None:
    # "This post was sent by a supervised member and was not distributed."
    assert by_concept("פוסט זה נשלח על ידי חבר מפוקח.") is Reason.REJECTED
