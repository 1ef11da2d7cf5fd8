"""A number after the word "port" is where a client connected, not the server's reply code (bouncelib._classify._extract
._is_port): a client's "port 587: connection refused" has no SMTP code, while a reply that mentions a port after
its own code keeps that code."""

import pytest

from bouncelib import parse_reply


@pytest.mark.parametrize("text", [
    "Cannot connect to relay.example.net port 587: Connection refused",
    "Verbindung zu mx.example.org Port 465: Zeitüberschreitung",
    "No se pudo conectar con smtp.example.com puerto 587: conexión rechazada",
    "Impossibile connettersi a smtp.example.com porta 465: connessione rifiutata",
    "Не удалось подключиться к smtp.example.com порт 587: соединение отклонено",
])
def test_a_port_named_by_its_word_is_no_reply_code(text: str) -> None:
    assert parse_reply(text).smtp_code is None


@pytest.mark.parametrize(("text", "code"), [
    ("550 5.7.1 Port 25 blocked for dynamic addresses", 550),
    ("host mx.example.net said: 421 too many connections on port 25", 421),
    ("Connection to mx.example.net:25 failed, remote said: 554 no service", 554),
])
def test_a_reply_code_stays_beside_a_port(text: str, code: int) -> None:
    assert parse_reply(text).smtp_code == code
