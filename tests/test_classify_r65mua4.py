"""Round r65mua4: a server out of reach, and the login's credentials named as a pair (our own wordings)."""

from __future__ import annotations

import pytest

from bouncelib import parse_reply


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # HOSTNAME+UNREACHABLE: the words of reaching, negated, said of the server.
        ("Gestern Abend war der SMTP-Server nicht erreichbar", "concept:HOSTNAME+UNREACHABLE"),
        ("Onze SMTP server is momenteel niet bereikbaar", "concept:HOSTNAME+UNREACHABLE"),
        ("Serwer SMTP firmy był nieosiągalny", "concept:HOSTNAME+UNREACHABLE"),
        ("Odchozí SMTP server není dosažitelný z této sítě", "concept:HOSTNAME+UNREACHABLE"),
    ],
)
def test_server_out_of_reach_is_a_network_error(text: str, rule: str) -> None:
    reply = parse_reply(text)
    assert reply.reason == "networkerror"
    assert reply.rule == rule


@pytest.mark.parametrize(
    "text",
    [
        "Invalid user name or password supplied",
        "Введено неверное имя пользователя или пароль",
        "Niepoprawna nazwa użytkownika lub hasło",
        "Forkert brugernavn eller kodeord",
        "Girdiğiniz parolası yanlış",
        "Die Anmeldung am Postausgangsserver wurde verweigert",
        "Authentifizierungsfehler beim Versand",
    ],
)
def test_credentials_pair_is_a_login_failure(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason == "securityerror"
    assert reply.rule.startswith("concept:SMTPAUTH")
    assert reply.hard_bounce is False


def test_person_away_is_not_a_server_out_of_reach() -> None:
    # "nicht erreichbar" without a server: a person away, no network verdict.
    assert parse_reply("Ich bin bis Freitag leider nicht erreichbar").reason != "networkerror"
