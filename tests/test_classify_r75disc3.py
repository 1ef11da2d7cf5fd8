"""Round r75disc3 (issue 10): an application's refusal of a mail sent to it, read by meaning in Italian and Hebrew.

The reader (round r70disc: one address in the first paragraph, in a sentence of the reader's mail that says it
failed) and the pairs (round r66's SENDER with UNKNOWN/REFUSED/UNEXPECTED, YOUR_ACCOUNT with NOT_ACTIVATED/SILENCED,
READER_REFUSED) existed; `_R75_DISC3_WORDS` gives them the Italian and Hebrew words found in the tuning mails of
corpus/wild (Discourse's reply-by-email refusals). The sentences below are our own, not a catalogue's: each fails
without the block.
"""

from __future__ import annotations

import pytest
from rule_reading import by_concept, by_rule

from bouncelib import BounceKind, Reason, parse_message, parse_reply

_ADDR = "inbox+9b1d@desk.example.org"


def _letter(body: str) -> bytes:
    return (
        "From: Helpdesk <no-reply@desk.example.org>\nTo: pat@example.net\nSubject: Helpdesk\n"
        "Date: Mon, 07 Dec 2026 09:00:00 +0000\nMessage-ID: <r75@desk.example.org>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body + "\n"
    ).encode()


@pytest.mark.parametrize(
    "sentence",
    [
        # Italian: "your message to <a> (about the invoice) did not work"
        f"Il tuo messaggio a {_ADDR} (sulla fattura) purtroppo non ha funzionato.",
        # Hebrew: "your message to <a> was not sent"
        f"הודעה שלך אל {_ADDR} בנוגע לחשבונית לא נשלחה.",
        # Hebrew: "the message of your e-mail to <a> did not reach its destination" (the construct "message of")
        f"הודעת המייל שלך אל {_ADDR} לא הגיעה ליעדה.",
        # Hebrew: "your messages to <a> did not go through"
        f"הודעות שלך אל {_ADDR} לא עברו.",
    ],
)
def test_a_letter_saying_the_mail_to_an_address_did_not_work_names_that_address(sentence: str) -> None:
    report = parse_message(_letter(f"{sentence}\n\n{_ADDR} 2026."))
    assert [(e.recipient, e.action) for e in report.recipients] == [(_ADDR, "failed")]
    assert report.kind is not BounceKind.CHALLENGE


# What the Hebrew sentences say of the reader who sent the mail: the sender refused.
SENDER_REFUSED = (
    # "your account has not been activated yet"
    "החשבון שלך עדיין לא הופעל.",
    # "your account was silenced by the moderators"
    "החשבון שלך הושתק על ידי המנהלים.",
    # "the mail was sent from an unknown address"
    "המכתב נשלח מכתובת בלתי ידועה.",
    # "the mail was sent from an address that was blocked"
    "המכתב נשלח מכתובת שנחסמה.",
    # "the reply was sent from an address other than we expected"
    "התשובה נשלחה מכתובת שונה מכפי שציפינו.",
    # "you have no permissions to reply here"
    "אין לך הרשאות להגיב כאן.",
    # "your account has no suitable permissions to post in this forum"
    "לחשבון שלך אין הרשאות מתאימות לפרסם בפורום.",
)


@pytest.mark.parametrize("text", SENDER_REFUSED)
def test_what_is_said_of_the_hebrew_sender_refuses_the_sender(text: str) -> None:
    assert by_concept(text) is Reason.REJECTED


# A list of causes said to be only possible ("possible causes are: ..."): the notice does not say which one made
# this message fail, whether the list says "or" or only puts commas between them (bouncelib/_data/example_words.py,
# POSSIBLE_CAUSES; LABELING.md, "Two causes offered as alternatives").
POSSIBLE_CAUSES_ONLY = (
    "We could not publish your mail. Possible causes are: the message is too large, the attachment is not allowed.",
    "Dein Beitrag wurde nicht veröffentlicht. Mögliche Gründe: die Nachricht ist zu groß, der Anhang ist verboten.",
    "Non abbiamo pubblicato la tua email. Cause possibili: messaggio troppo grande, allegato non consentito.",
    "Váš příspěvek nebyl zveřejněn. Možné příčiny: příliš dlouhá zpráva, nepovolená příloha.",
    "ההודעה לא פורסמה. הסיבות האפשריות: הודעה גדולה מדי, קובץ מצורף אסור.",
)


@pytest.mark.parametrize("text", POSSIBLE_CAUSES_ONLY)
def test_causes_said_to_be_only_possible_are_no_cause(text: str) -> None:
    assert parse_reply(text).reason is Reason.ONHOLD


def test_a_cause_said_before_a_list_of_possible_causes_is_still_read() -> None:
    assert by_rule("The message is too large. Possible causes of this are listed on our help page.") is (
        Reason.MESGTOOBIG
    )
