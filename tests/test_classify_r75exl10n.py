"""Round 75 (issue 10): Exchange Online / Office 365 non-delivery texts in the sender's language.

The words of `_R75_EXL10N_WORDS` (bouncelib/_data/concepts.py), each tested in our own wording (not the corpus
texts): a relative clause naming whom the sender wrote to, in German, Dutch, Swedish, Norwegian, Czech and French;
the e-mail address in one hyphenated word; "cannot be found"; no permission to send to the addressee; establishing a
connection that fails; the message in the queue.
"""

from __future__ import annotations

import pytest
from rule_reading import by_concept


@pytest.mark.parametrize("text", [
    "Die E-Mail-Adresse, an die Sie Ihre Nachricht gesendet haben, wurde nicht gefunden.",
    "Het adres waarnaar u het bericht hebt verzonden bestaat niet meer.",
    "Adressen du skickade meddelandet till finns inte längre.",
    "Adressen som du sendte meldingen til eksisterer ikke lenger.",
    "Adresa, na kterou jste poslali zprávu, už neexistuje.",
    "L'adresse à laquelle vous avez envoyé le message est introuvable.",
])
def test_whom_clause_does_not_part_the_address_from_what_is_said_of_it(text: str) -> None:
    assert by_concept(text) == "userunknown"


@pytest.mark.parametrize("text", [
    "Dit e-mailadres bestaat niet.",
    "E-postadressen finns inte.",
    "Denne e-postadressen eksisterer ikke.",
    "Tato adresa se nedá najít.",
    "Deze ontvanger kan niet worden gevonden.",
])
def test_address_words_and_not_found(text: str) -> None:
    assert by_concept(text) == "userunknown"


@pytest.mark.parametrize("text", [
    "Je hebt geen toestemming om berichten naar deze geadresseerde te sturen.",
    "Nie masz uprawnienia do wysyłania wiadomości do tego adresata.",
])
def test_no_permission_to_send_to_the_addressee_is_filtered(text: str) -> None:
    assert by_concept(text) == "filtered"


def test_attempts_to_establish_a_connection_fail_is_a_network_error() -> None:
    assert by_concept("Pogingen om een verbinding tot stand te brengen mislukken steeds.") == "networkerror"


@pytest.mark.parametrize("text", [
    "Your message in the queue has expired.",
    "Ce message dans la file d'attente a expiré.",
])
def test_the_message_in_the_queue_expired(text: str) -> None:
    assert by_concept(text) == "expired"

