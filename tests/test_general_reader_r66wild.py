"""Round r66wild: send-failure letters in more languages, and a letter to its own sender (issue 11).

An application that tells its user a mail they sent went nowhere, in a letter of its own with no returned message and
no recipient named, is read as a failure when its Subject says the *sending* failed and its body says, of a message,
that it was not delivered (round r63wild, `notices.SENDING_FAILED`).  Round r66wild's tuning part showed the same
meaning in three more languages: Russian "отправка не удалась" / "не удалось отправить", Portuguese "envio sem
sucesso" / "o envio falhou", Norwegian "sending(en) mislyktes".

The mails and sentences are shapes written for these tests, not copies of real ones.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_message
from bouncelib._data import notices


def _letter(subject: str, body: str, sender: str = "pat@example.net") -> bytes:
    return (
        f"From: {sender}\nTo: pat@example.net\nSubject: {subject}\n"
        "Date: Mon, 07 Dec 2026 09:00:00 +0000\nMessage-ID: <s66@example.net>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body + "\n"
    ).encode()


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Внимание: отправка сообщения не удалась", "Ваше письмо «Счёт 12», написанное утром, не было доставлено."),
        ("Не удалось отправить письмо", "Письмо «Счёт 12» с телефона не было доставлено."),
        ("Envio sem sucesso", "A sua mensagem (assunto: Fatura 12) desta manhã não foi entregue."),
        ("Atenção: o envio falhou", "A mensagem que escreveu à equipa às 10:40 não foi entregue."),
        ("Sendingen mislyktes", "E-posten din (emne: Faktura 12) fra i morges kunne ikke leveres."),
        ("Merk: sending har mislyktes", "Meldingen du skrev til teamet klokken 10.40 kunne dessverre ikke leveres."),
    ],
)
def test_a_letter_whose_subject_says_the_sending_failed_is_a_failure_in_three_more_languages(
    subject: str, body: str
) -> None:
    report = parse_message(_letter(subject, body))
    assert [(e.recipient, e.action) for e in report.recipients] == [(None, "failed")]


@pytest.mark.parametrize(
    "subject",
    [
        "отправка не удалась",
        "Отправка письма не удалась",
        "не удалось отправить сообщение",
        "envio sem sucesso",
        "o envio falhou",
        "sending mislyktes",
        "Sendingen har mislyktes",
    ],
)
def test_subjects_that_say_the_sending_failed(subject: str) -> None:
    assert notices.SENDING_FAILED.search(subject.lower()) is not None


@pytest.mark.parametrize(
    "subject",
    [
        "Отправка счёта",
        "Не удалось войти в аккаунт",
        "Envio da fatura com sucesso",
        "Sending av faktura",
        "Innloggingen mislyktes",
    ],
)
def test_subjects_that_do_not_say_a_sending_failed(subject: str) -> None:
    assert notices.SENDING_FAILED.search(subject.lower()) is None


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Отправка счёта", "Добрый день! Счёт 12 во вложении, письмо от бухгалтерии."),
        ("Envio da fatura", "Bom dia, segue a fatura 12 em anexo."),
    ],
)
def test_a_letter_about_a_sending_that_did_not_fail_is_no_bounce(subject: str, body: str) -> None:
    assert not parse_message(_letter(subject, body)).recipients


# A letter an account's own mail system writes into that account's mailbox, in the account's own name (From is the
# one To address), saying a message the account sent was not delivered: a failure of that message, whatever its
# Subject says (round r66wild: the send-failure reports of the tuning part whose Subjects had words the reader
# lacked).


def _to_itself(subject: str, body: str, to: str = "pat@example.net", cc: str = "") -> bytes:
    extra = f"Cc: {cc}\n" if cc else ""
    return (
        f"From: Pat <pat@example.net>\nTo: {to}\n{extra}Subject: {subject}\n"
        "Date: Mon, 07 Dec 2026 09:00:00 +0000\nMessage-ID: <t66@example.net>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body + "\n"
    ).encode()


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Note from the phone sync service",
            "Your message (subject: Invoice 12) from this morning could not be delivered.",
        ),
        ("Értesítés", "A levelét (tárgy: Számla 12) ma reggel nem sikerült eljuttatni a címzetthez."),
        ("Avís del telèfon", "El correu amb l'assumpte «Factura 12» d'aquest matí no s'ha pogut lliurar."),
        ("Pemberitahuan", "Email Anda dengan subjek Faktur 12 dari pagi ini tidak dapat dikirim."),
    ],
)
def test_a_letter_to_its_own_sender_saying_a_message_was_not_delivered_is_a_failure(subject: str, body: str) -> None:
    report = parse_message(_to_itself(subject, body))
    assert [(e.recipient, e.action) for e in report.recipients] == [(None, "failed")]


def test_the_same_letter_to_somebody_else_is_no_bounce() -> None:
    body = "Your message (subject: Invoice 12) from this morning could not be delivered."
    assert not parse_message(_to_itself("Note from the phone sync service", body, to="sam@example.org")).recipients
    assert not parse_message(_to_itself("Note from the phone sync service", body, cc="sam@example.org")).recipients


def test_a_letter_to_its_own_sender_that_reports_no_failure_is_no_bounce() -> None:
    assert not parse_message(_to_itself("Reminder", "Buy stamps and send the invoice 12 tomorrow.")).recipients


@pytest.mark.parametrize(
    "text",
    [
        "a levelet nem sikerült kézbesíteni.",
        "az üzenetet nem sikerült eljuttatni a címzetthez.",
        "el missatge no s'ha pogut entregar.",
        "el correu no s’ha pogut lliurar al destinatari.",
        "pesan ini tidak bisa dikirim ke penerima.",
        "email tidak dapat dikirimkan.",
    ],
)
def test_hungarian_catalan_and_indonesian_words_for_an_undelivered_mail(text: str) -> None:
    assert notices.UNDELIVERED.search(text) is not None


def test_a_basque_letter_to_its_own_sender_saying_the_message_was_not_sent_is_a_failure() -> None:
    report = parse_message(_to_itself("Jakinarazpena", "Zure mezua (gaia: Faktura 12) gaur goizean ez da bidali."))
    assert [(e.recipient, e.action) for e in report.recipients] == [(None, "failed")]


@pytest.mark.parametrize("text", ["mezua ez da bidali hartzaileari.", "mezuak ezin izan da entregatu."])
def test_basque_words_for_an_unsent_mail(text: str) -> None:
    assert notices.UNDELIVERED.search(text) is not None
