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
