"""Round r78disc5 (issue 10): an application's refusal of a mail sent to it, read by meaning in Greek, Galician,
Traditional Chinese and Vietnamese.

The reader (round r70disc: one address in the first paragraph, in a sentence of the reader's mail that says it
failed), the sender's address (SENDER), the reader's own account (YOUR_ACCOUNT with NOT_ACTIVATED or SILENCED), the
reader refused (READER_REFUSED), OWN_FAULT's "unknown error" and the possible-causes rule existed; `_R78_DISC5_WORDS`
and two rows of `POSSIBLE_CAUSES` give them the words found in the tuning mails of corpus/wild (Discourse's
reply-by-email refusals). The sentences below are our own, not a catalogue's: each fails without the change.
"""

from __future__ import annotations

import pytest
from rule_reading import by_concept

from bouncelib import BounceKind, Reason, parse_message, parse_reply

_ADDR = "orders+7b1d@shop.example.org"


def _letter(body: str) -> bytes:
    return (
        "From: Shop <no-reply@shop.example.org>\nTo: kim@example.net\nSubject: Shop\n"
        "Date: Mon, 07 Dec 2026 10:00:00 +0000\nMessage-ID: <r78@shop.example.org>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body + "\n"
    ).encode()


@pytest.mark.parametrize(
    "sentence",
    [
        # Galician: "your message to <a> (about the order) did not work"
        f"A túa mensaxe para {_ADDR} (sobre o pedido) non funcionou.",
        # Greek: "the message to <a> (about the order) did not work"
        f"Το μήνυμα προς {_ADDR} (για την παραγγελία) δεν λειτούργησε.",
        # Greek: "the e-mail to <a> was not sent"
        f"Το email προς {_ADDR} δεν εστάλη.",
        # Chinese (traditional): "the mail you sent to <a> did not succeed"
        f"你寄到 {_ADDR} 的郵件沒有成功。",
    ],
)
def test_a_letter_saying_the_mail_to_an_address_did_not_work_names_that_address(sentence: str) -> None:
    report = parse_message(_letter(f"{sentence}\n\n{_ADDR} 2026."))
    assert [(e.recipient, e.action) for e in report.recipients] == [(_ADDR, "failed")]
    assert report.kind is not BounceKind.CHALLENGE


# What is said of the address a mail came from is said of its sender: unknown, blocked, not the one expected.
SENDER_REFUSED = (
    # Greek: "the letter was sent from an unknown address of ours"
    "Η επιστολή στάλθηκε από μια άγνωστη σε εμάς διεύθυνση.",
    # Greek: "the order was sent from a blocked address"
    "Η παραγγελία στάλθηκε από μία αποκλεισμένη διεύθυνση.",
    # Greek: "the order was sent from another address than the one we expected"
    "Η παραγγελία στάλθηκε από άλλη διεύθυνση από αυτήν που περιμέναμε.",
    # Galician: "the order was sent from an address other than what we expected"
    "O pedido foi enviado desde un enderezo diferente do que esperabamos.",
    # Chinese (traditional): "the mail address the reply was sent from differs from the address we waited for"
    "發送回覆的郵件地址與我們等待的地址不同。",
)


@pytest.mark.parametrize("text", SENDER_REFUSED)
def test_what_is_said_of_the_sending_address_refuses_the_sender(text: str) -> None:
    assert by_concept(text) is Reason.REJECTED


# The reader's own account, not activated yet or muted: the sender may not post.
ACCOUNT_NOT_READY = (
    # Galician: "your account on the shop is not activated yet"
    "A túa conta na tenda aínda non está activada.",
    # Greek: "your account in the shop is not activated"
    "Ο λογαριασμός σου στο κατάστημα δεν είναι ενεργοποιημένος.",
    # Greek: "your account has been muted"
    "Ο λογαριασμός σας έχει τεθεί σε σιγή.",
    # Chinese (traditional): "your account has not been enabled yet"
    "你的帳號尚未啟用。",
)


@pytest.mark.parametrize("text", ACCOUNT_NOT_READY)
def test_the_reader_s_account_not_activated_or_muted_is_refused(text: str) -> None:
    assert by_concept(text) is Reason.REJECTED


# No trust level, no right or no permission to post or reply there: the sender refused.
READER_REFUSED = (
    "Ο χρήστης δεν έχει το απαιτούμενο επίπεδο για αυτή τη λίστα.",
    "Ο χρήστης δεν έχει το δικαίωμα να δημοσιεύσει εδώ.",
    "Este cliente non ten permisos para responder nesta lista.",
    "Este cliente non ten o nivel de confianza para esta lista.",
    "Người gửi không có mức độ tin cậy cần thiết cho nhóm này.",
    "此使用者的信任等級不足。",
)


@pytest.mark.parametrize("text", READER_REFUSED)
def test_a_reader_without_the_right_or_the_trust_level_is_refused(text: str) -> None:
    assert by_concept(text) is Reason.REJECTED


def test_an_unknown_error_is_the_system_s_own() -> None:
    # Galician: "an unknown error happened while we read your letter"
    assert by_concept("Houbo un erro descoñecido ao ler a túa carta.") is Reason.SYSTEMERROR


# A list of causes said to be only possible: no cause of this message (bouncelib/_data/example_words.py).
POSSIBLE_CAUSES_ONLY = (
    "Δεν δημοσιεύσαμε την επιστολή σου. Πιθανές αιτίες: πολύ μεγάλο μέγεθος, μη επιτρεπτό συνημμένο.",
    "Non publicamos a túa carta. Posibles causas: mensaxe demasiado longa, anexo prohibido.",
)


@pytest.mark.parametrize("text", POSSIBLE_CAUSES_ONLY)
def test_causes_said_to_be_only_possible_are_no_cause(text: str) -> None:
    assert parse_reply(text).reason is Reason.ONHOLD
