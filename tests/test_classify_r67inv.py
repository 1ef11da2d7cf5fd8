"""An address said invalid (round r67inv): the address as written judged (syntaxerror) when nothing else is said,
the mailbox looked up and refused (userunknown) when a server's reply, a message sent to it or a word of a missing
mailbox goes with it (corpus/LABELING.md "Invalid (e-mail) address"). Wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "This e-mail address is invalid",  # en
    "Diese E-Mail-Adresse ist ungültig",  # de
    "Cette adresse est invalide",  # fr
    "Las direcciones no son válidas",  # es
    "Het opgegeven adres is ongeldig",  # nl
    "Ten adres jest nieprawidłowy",  # pl
    "Введённый адрес электронной почты неверный",  # ru
    "Girdiğiniz e-posta adresi geçersiz",  # tr
])
def test_an_address_said_invalid_and_nothing_more_is_its_syntax(text: str) -> None:
    reply = parse_reply(text)
    assert reply.rule.startswith(("concept:ADDR+UNKNOWN", "phrase:invalid address")), reply.rule
    assert reply.reason is Reason.SYNTAXERROR
    assert reply.hard_bounce is False


@pytest.mark.parametrize("text", [
    "550 the e-mail address you wrote to is invalid",  # a server's reply code
    "Your message could not be delivered: this e-mail address is invalid",  # a message sent to it
    "Die E-Mail-Adresse ist ungültig oder existiert nicht",  # a missing mailbox beside "invalid"
    "Die E-Mail-Adresse ist ungültig: Postfach unbekannt",
])
def test_an_address_said_invalid_by_a_server_or_beside_a_missing_mailbox_stays_unknown(text: str) -> None:
    assert parse_reply(text).reason is Reason.USERUNKNOWN


@pytest.mark.parametrize("text", ["L'adresse e-mail n'existe pas", "Die E-Mail-Adresse existiert nicht"])
def test_an_address_said_unknown_stays_a_missing_mailbox(text: str) -> None:
    assert parse_reply(text).reason is Reason.USERUNKNOWN


@pytest.mark.parametrize("text", [
    "Il server in uscita mail.example.org è sconosciuto",  # it
    "Не удалось отправить письмо: сервер исходящей почты mail.example.org неизвестен",  # ru
    "Odhodni strežnik mail.example.org ni znan",  # sl
    "O servidor de envio mail.example.org não é conhecido",  # pt
    "Izejošais serveris mail.example.org nav zināms",  # lv
])
def test_an_outgoing_server_said_unknown_is_a_host_unknown(text: str) -> None:
    # The outgoing server is a host by its name, as "smtp server" is: said unknown, the name gave no host.
    reply = parse_reply(text)
    assert reply.rule == "concept:HOSTNAME+UNKNOWN"
    assert reply.reason is Reason.HOSTUNKNOWN


@pytest.mark.parametrize("text", [
    "Authentication requires encryption",  # en
    "Помилка входу: автентифікація потребує шифрування",  # uk
    "Удостоверяването изисква шифриране",  # bg
    "Autentifikimi ka nevojë për kriptim",  # sq
])
def test_authentication_said_to_require_encryption_is_the_missing_tls(text: str) -> None:
    reply = parse_reply(text)
    assert reply.rule.startswith(("concept:SMTPAUTH+REQUIRED", "concept:TLS+REQUIRED")), reply.rule
    assert reply.reason is Reason.FAILEDSTARTTLS


def test_authentication_said_required_alone_stays_a_login_refused() -> None:
    assert parse_reply("Помилка входу: потрібна автентифікація").reason is Reason.SECURITYERROR


def test_an_address_said_invalid_after_a_sending_said_impossible_stays_the_recipients() -> None:
    # Lithuanian "negalima" (one cannot): the sending failed, the server refused the addresses (SOGo's kind).
    reply = parse_reply("Negalima išsiųsti: šis adresas neteisingas")
    assert reply.rule == "concept:ADDR+UNKNOWN"
    assert reply.reason is Reason.USERUNKNOWN


@pytest.mark.parametrize("text", [
    "Indirizzi e-mail non validi",  # it: plural, r67mua's words
    "Ogiltiga adresser",  # sv: plural
    "Adresse e-mail incorrecte",  # fr: feminine
])
def test_the_invalid_words_added_after_the_split_are_invalid_too(text: str) -> None:
    # A later block's "not valid" words of UNKNOWN are INVALID's as well: the convention holds in every language.
    reply = parse_reply(text)
    assert reply.reason is Reason.SYNTAXERROR
    assert reply.rule == "concept:ADDR+UNKNOWN;address-as-written"
