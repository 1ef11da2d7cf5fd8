"""Round 74 (r74from): a message said to be without its sender's address or its From field is not compliant with
RFC 5322 (section 3.6: one From field required), in the languages whose words the evolution-ews catalogues give
(concept WITHOUT, rules SENDER+WITHOUT and ORIGINATOR_FIELD+WITHOUT). Our own wording, read through a concept rule."""

from __future__ import annotations

import pytest
from rule_reading import by_concept

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "Dit bericht kwam zonder afzenderadres aan",     # nl "zonder"
    "Ce courriel est arrivé sans adresse d'expéditeur",        # fr "sans"
    "Poruka je stigla bez adrese pošiljaoca",           # sr/bs "bez" and "pošiljaoca"
    "El missatge ha arribat sense cap remitent",                 # ca "sense" and "remitent"
    "Meddelandet kom utan avsändaradress",  # sv "utan"
])
def test_a_message_without_its_sender_is_not_compliant(text: str) -> None:
    assert by_concept(text) is Reason.NOTCOMPLIANTRFC
    assert "WITHOUT" in (parse_reply(text).rule or "")


@pytest.mark.parametrize("text", [
    "Mesajul a sosit fără nimic în câmpul „De la”",   # ro field "De la"
    "Pesan ini dikirim tanpa alamat Dari",                  # id field "Dari"
])
def test_a_message_without_its_from_field_is_not_compliant(text: str) -> None:
    assert by_concept(text) is Reason.NOTCOMPLIANTRFC
    assert "ORIGINATOR_FIELD+WITHOUT" in (parse_reply(text).rule or "")


def test_a_command_given_without_mail_from_stays_a_sequence_error() -> None:
    # English "without" is no WITHOUT term: a command sent before MAIL FROM is SMTP's order, not a From field.
    verdict = parse_reply("503 5.5.1 Bad sequence: RCPT given without MAIL FROM")
    assert verdict.reason is not Reason.NOTCOMPLIANTRFC


@pytest.mark.parametrize("text", [
    "Deze server neemt geen mail met meerdere afzenderadressen aan",    # nl "meerdere", "afzenderadressen"
    "Ce serveur ne prend pas un message portant plusieurs expéditeurs",  # fr "plusieurs"
    "Esta mensagem leva múltiplos endereços de remetente",           # pt "múltiplos"
    "Serveren tager ikke imod post med flere Fra-adresser",             # da "flere", "Fra-adresser"
    "Сервер не принимает письмо с несколькими адресами From",          # ru "несколькими", "адресами from"
])
def test_several_sender_addresses_are_the_sites_policy(text: str) -> None:
    assert by_concept(text) is Reason.POLICYVIOLATION
    assert "+SEVERAL" in (parse_reply(text).rule or "")
