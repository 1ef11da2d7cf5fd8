"""Round r67wild: a filter's notice that the message was refused, in more languages; a part held back is no failure.

A content filter that writes to the sender that the message *as a whole* was rejected or deleted ("this message has
been rejected") reports a failure, as the English words of `notices._OTHER_FAILURE` already read it.  Round r67wild's
tuning part showed the same meaning in Spanish ("el mensaje ha sido rechazado"), Czech ("zpráva byla vymazána") and
French (a gateway that "refuse de transmettre le courriel").  A notice that says only that a *part* of the message (an
infected or unreadable attachment) was not delivered reports no failure: the message went on without it
(`notices.PART_OF_MESSAGE`).

The mails and sentences are shapes written for these tests, not copies of real ones.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_message
from bouncelib._data import notices


def _notice(subject: str, body: str) -> bytes:
    return (
        "From: Content Filter <postmaster@example.net>\nTo: pat@example.net\n"
        f"Subject: {subject}\nDate: Mon, 07 Dec 2026 09:00:00 +0000\nMessage-ID: <f67@example.net>\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body + "\n"
    ).encode()


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Aviso del filtro",
            "El filtro de contenidos ha actuado sobre un correo suyo:\n  To: carl@example.com\n  Asunto: Presupuesto\n"
            "El mensaje fue rechazado por contener código activo.\n",
        ),
        (
            "Upozornění filtru",
            "Náš filtr zachytil zprávu, kterou jste odeslali:\n  To: carl@example.com\n  Předmět: Rozpočet\n"
            "Zpráva byla odmítnuta, protože obsahovala skript.\n",
        ),
        (
            "Avis du filtre",
            "Notre serveur refuse de remettre votre message :\n  To: carl@example.com\n  Objet : Budget\n"
            "Il contenait un formulaire HTML.\n",
        ),
    ],
)
def test_a_filter_that_says_the_message_was_refused_reports_a_failure_in_three_more_languages(
    subject: str, body: str
) -> None:
    report = parse_message(_notice(subject, body))
    assert [(e.recipient, e.action) for e in report.recipients] == [("carl@example.com", "failed")]


@pytest.mark.parametrize(
    "said",
    [
        "este mensaje ha sido eliminado",
        "su correo electrónico fue descartado",
        "zpráva byla smazána",
        "zprava byla znicena",
        "la passerelle refuse de distribuer ce courriel",
    ],
)
def test_the_message_refused_in_spanish_czech_and_french(said: str) -> None:
    assert notices.FAILURE.search(said) is not None


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Scanner notice",
            "Our scanner looked at a message you sent:\n  To: carl@example.com\n  Subject: Budget\n"
            "Any part of the message that held a virus could not be delivered. The rest went on to its recipient.\n",
        ),
        (
            "Hinweis des Scanners",
            "Unser Scanner hat eine Nachricht von Ihnen geprüft:\n  An: carl@example.com\n  Betreff: Budget\n"
            "Die Teile der Nachricht mit Viren wurden nicht zugestellt.\n",
        ),
        (
            "Aviso do antivírus",
            "O antivírus verificou a mensagem que você enviou:\n  Para: carl@example.com\n  Assunto: Orçamento\n"
            "Qualquer parte da mensagem que continha vírus não pôde ser entregue.\n",
        ),
    ],
)
def test_a_part_of_the_message_held_back_is_no_failure(subject: str, body: str) -> None:
    report = parse_message(_notice(subject, body))
    assert [e for e in report.recipients if e.action == "failed"] == []


def test_the_message_itself_undelivered_still_fails_when_a_later_sentence_names_a_part() -> None:
    body = (
        "Your message could not be delivered:\n  To: carl@example.com\n  Subject: Budget\n"
        "The largest part of the message was a video.\n"
    )
    report = parse_message(_notice("Delivery failure", body))
    assert [(e.recipient, e.action) for e in report.recipients] == [("carl@example.com", "failed")]
