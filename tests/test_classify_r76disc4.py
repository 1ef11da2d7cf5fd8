"""Round r76disc4 (issue 10): an application's refusal of a mail sent to it, read by meaning in Japanese, Brazilian
Portuguese and Swedish.

The reader (round r70disc: one address in the first paragraph, in a sentence of the reader's mail that says it
failed or could not be done), OWN_FAULT's "unknown error" (round r72disc2) and the possible-causes rule (round
r75disc3) existed; `_R76_DISC4_WORDS` and two rows of `POSSIBLE_CAUSES` give them the words found in the tuning
mails of corpus/wild (Discourse's reply-by-email refusals). The sentences below are our own, not a catalogue's: each
fails without the change.
"""

from __future__ import annotations

import pytest
from rule_reading import by_concept

from bouncelib import BounceKind, Reason, parse_message, parse_reply

_ADDR = "tickets+4c2e@desk.example.org"


def _letter(body: str) -> bytes:
    return (
        "From: Helpdesk <no-reply@desk.example.org>\nTo: pat@example.net\nSubject: Helpdesk\n"
        "Date: Mon, 07 Dec 2026 10:00:00 +0000\nMessage-ID: <r76@desk.example.org>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body + "\n"
    ).encode()


@pytest.mark.parametrize(
    "sentence",
    [
        # Portuguese: "your message to <a> (about the invoice) did not work"
        f"Infelizmente a sua mensagem para {_ADDR} (sobre a fatura) não funcionou.",
        # Swedish: "your e-mail message to <a> (about the invoice) has not been able to be sent"
        f"Ditt e-postmeddelande till {_ADDR} (om fakturan) har tyvärr inte kunnat skickas.",
        # Swedish: "your message to <a> did not work"
        f"Ditt meddelande till {_ADDR} om fakturan fungerade inte.",
        # Japanese: "the mail message to <a> (about the invoice) was not sent"
        f"{_ADDR} 宛てのメールメッセージ (請求書について) は送信されませんでした。",
        # Japanese: "the mail message to <a> was not processed"
        f"{_ADDR} 宛てのメールメッセージは処理されませんでした。",
    ],
)
def test_a_letter_saying_the_mail_to_an_address_did_not_work_names_that_address(sentence: str) -> None:
    report = parse_message(_letter(f"{sentence}\n\n{_ADDR} 2026."))
    assert [(e.recipient, e.action) for e in report.recipients] == [(_ADDR, "failed")]
    assert report.kind is not BounceKind.CHALLENGE


# An error the system does not recognise or know, met while it handled the mail: its own fault.
OWN_ERROR = (
    "Houve um erro não reconhecido ao ler a sua carta.",
    "Ett okänt fel inträffade när vi läste ditt brev.",
    "手紙を読む途中で不明なエラーが起きました。",
)


@pytest.mark.parametrize("text", OWN_ERROR)
def test_an_unrecognised_error_is_the_system_s_own(text: str) -> None:
    assert by_concept(text) is Reason.SYSTEMERROR


# A list of causes said to be only possible: no cause of this message (bouncelib/_data/example_words.py).
POSSIBLE_CAUSES_ONLY = (
    "Não publicamos a sua carta. Causas possíveis: mensagem muito grande, anexo proibido.",
    "Vi publicerade inte ditt brev. Möjliga anledningar: meddelandet är för stort, bilagan är förbjuden.",
)


@pytest.mark.parametrize("text", POSSIBLE_CAUSES_ONLY)
def test_causes_said_to_be_only_possible_are_no_cause(text: str) -> None:
    assert parse_reply(text).reason is Reason.ONHOLD
