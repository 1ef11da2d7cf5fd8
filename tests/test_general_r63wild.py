"""Round r63wild: an application's own notice that the sending of the reader's mail failed (issue 11).

Some applications tell their user that a mail they sent went nowhere with a letter of their own, from no mail system's
role and with no returned message: "Send failed" as the Subject, then "your mail (subject ...) sent on <date> could
not be delivered", naming no recipient (the mobile-sync send-failure reports of round r63wild's tuning part, in
several languages).  The general reader takes such a letter for a failure when its Subject says the *sending* failed
(a sending is of a message, as "Undelivered Mail" is) and its body says, of a message, that it was not delivered.
These tests hold the reader to that, to the plain words for an undelivered mail it learnt with them (French
"n'a pas pu être transmis" with either apostrophe, Dutch "kan niet worden bezorgd", Polish "nie udało się
dostarczyć"), and to what it must still not take for a failure.

The mails and sentences are shapes written for these tests, not copies of real ones.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_message
from bouncelib._data import notices


def _letter(subject: str, body: str, sender: str = "pat@example.net") -> bytes:
    return (
        f"From: {sender}\nTo: pat@example.net\nSubject: {subject}\n"
        "Date: Mon, 07 Dec 2026 09:00:00 +0000\nMessage-ID: <s1@example.net>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body + "\n"
    ).encode()


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Sending failed", 'Your e-mail "Invoice 12" written on your phone this morning could not be delivered.'),
        ("Notice: send has failed", "The mail you wrote to the team at 10:40 could not be delivered. Ask your admin."),
        ("Versand fehlgeschlagen", 'Ihre Nachricht "Rechnung 12" von heute Morgen konnte nicht zugestellt werden.'),
        ("Échec de l'envoi", "Votre courriel « Facture 12 » de ce matin n'a pas pu être remis."),
        ("Verzending mislukt", "Je e-mail (onderwerp: Factuur 12) van vanochtend kon niet worden afgeleverd."),
        ("Falha ao enviar", "Sua mensagem (assunto: Fatura 12) desta manhã não foi entregue."),
    ],
)
def test_a_letter_whose_subject_says_the_sending_failed_is_a_failure_naming_no_recipient(
    subject: str, body: str
) -> None:
    report = parse_message(_letter(subject, body))
    assert [(e.recipient, e.action) for e in report.recipients] == [(None, "failed")]


@pytest.mark.parametrize(
    "subject",
    ["Sending failed", "Send failed", "Senden ist fehlgeschlagen", "L’envoi a échoué", "no se pudo realizar el envío",
     "verzenden mislukt", "falha no envio", "wysyłanie wiadomości nie powiodło się", "nie udało się wysłać"],
)
def test_subjects_that_say_the_sending_failed(subject: str) -> None:
    assert notices.SENDING_FAILED.search(subject.lower()) is not None


@pytest.mark.parametrize(
    "subject",
    ["Sending you the figures", "Send me the failed test logs", "Failed logins on your account", "Envoi des factures",
     "Verzending van uw pakket", "Envio da fatura"],
)
def test_subjects_that_do_not_say_a_sending_failed(subject: str) -> None:
    assert notices.SENDING_FAILED.search(subject.lower()) is None


@pytest.mark.parametrize(
    "text",
    [
        "votre courriel n’a pas pu être transmis au destinataire.",
        "le message n'a pas pu être transmis.",
        "uw bericht kan niet worden afgeleverd bij de ontvanger.",
        "het bericht kan niet worden bezorgd.",
        "nie udało się dostarczyć tej wiadomości do odbiorcy.",
        "nie udało się dostarczyć wiadomości.",
    ],
)
def test_french_dutch_and_polish_words_for_an_undelivered_mail_are_a_failure(text: str) -> None:
    assert notices.FAILURE.search(text) is not None


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # A person's reply about a sending that failed: a reply is no notice.
        ("Re: Sending failed", "Your e-mail could not be delivered, you say? Try again after lunch."),
        # The Subject says a sending failed, the body says nothing failed to be delivered.
        ("Sending failed", "The new release is out. See the notes on the project page."),
    ],
)
def test_letters_that_are_no_failure_notice(subject: str, body: str) -> None:
    assert not parse_message(_letter(subject, body)).recipients
