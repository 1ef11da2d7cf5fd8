"""Round 76 (issue 10), r76aosp5: words and rules from the tuning misses of Android UnifiedEmail's send and sync
failure strings (corpus/replies/real/r76-r76aosp5-catalogues.jsonl). Each test is written in our own words and
fails without its word or rule."""

from __future__ import annotations

import pytest
from rule_reading import by_concept, by_rule

from bouncelib import Reason


def test_address_with_a_doubled_at_sign_is_one_address() -> None:
    # A mistyped address ("@@") said invalid: one address where the words are read, and its form is what is bad.
    assert by_concept("This e-mail address carol@@example.net is not valid.") is Reason.SYNTAXERROR
    assert by_concept("The address you typed, carol@@example.net, is invalid.") is Reason.SYNTAXERROR


def test_spanish_feminine_not_valid_said_of_an_address() -> None:
    assert by_concept("Esta dirección de correo no es válida.") is Reason.SYNTAXERROR


@pytest.mark.parametrize(
    "text",
    [
        "Se produjo un error de seguridad con el servidor.",
        "Si è verificato un errore di protezione durante l'invio.",
        "Une erreur liée à la sécurité empêche l'envoi.",
    ],
)
def test_a_security_error_named_as_such(text: str) -> None:
    assert by_concept(text) is Reason.SECURITYERROR


@pytest.mark.parametrize(
    "text",
    ["Non accettiamo messaggi superiore a 20 MB.", "El servidor rechaza mensajes superiores a 30 MB."],
)
def test_greater_than_a_size(text: str) -> None:
    assert by_concept(text) is Reason.MESGTOOBIG


@pytest.mark.parametrize(
    "text",
    ["Message refused, limit of 40 MB per message.", "Messaggio rifiutato: limite di 15 MB.",
     "Mensagem recusada: limite de 12 MB."],
)
def test_a_limit_stated_in_a_size_unit(text: str) -> None:
    assert by_concept(text) is Reason.MESGTOOBIG


@pytest.mark.parametrize(
    "text",
    ["Nessuna connessione al server di posta.", "Sin conexión con el servidor de correo.",
     "Sem conexão com o servidor de e-mail."],
)
def test_no_connection(text: str) -> None:
    assert by_rule(text) is Reason.NETWORKERROR


@pytest.mark.parametrize(
    "text",
    ["No hay suficiente espacio en el servidor para guardarlo.", "Il server ha spazio insufficiente.",
     "O servidor não tem espaço de armazenamento suficiente.", "Espaço de armazenamento insuficiente no servidor."],
)
def test_not_enough_storage_space(text: str) -> None:
    assert by_concept(text) is Reason.SYSTEMFULL
