"""Meanings written from the tuning part of round r59sys (issue 10, failures of the receiver and the network),
each tested in a wording of our own (not the corpus texts that prompted them)."""

from __future__ import annotations

from bouncelib import Reason, parse_reply


def test_a_connection_closed_ended_or_interrupted_is_a_network_failure() -> None:
    # The connection went away: CONNECTION+LOST, in the words of several languages.
    for text in ("The connection to mail.example.org was interrupted",
                 "Die Verbindung zum Mailserver wurde unerwartet beendet",
                 "Die Verbindung wurde vom Mailserver geschlossen",
                 "La connexion au serveur a été interrompue",
                 "Le serveur distant a fermé la connexion",
                 "Удалённый сервер закрыл соединение"):
        r = parse_reply(text)
        assert (r.reason, r.rule) == (Reason.NETWORKERROR, "concept:CONNECTION+LOST"), text
    # "closed" is a LOST word only beside a connection; an account closed stays the mailbox's state.
    assert parse_reply("550 5.2.1 The mailbox of this user has been closed").reason is Reason.SUSPEND
    # A server announcing that it closes the connection after its refusal says what it does next, not that the
    # connection failed: the refusal decides.
    r = parse_reply("421 4.7.0 Your IP is on our blocklist and this connection will be closed")
    assert r.reason is not Reason.NETWORKERROR
    r = parse_reply("421 4.7.0 Bitte später erneut versuchen, die Verbindung wird geschlossen.")
    assert r.reason is not Reason.NETWORKERROR


def test_a_connection_not_established_is_a_network_failure() -> None:
    for text in ("The SMTP connection could not be established",
                 "Не удалось установить соединение с почтовым сервером",
                 "Es besteht keine Verbindung zum Mailserver",
                 "Impossible de se connecter au serveur de messagerie"):
        assert parse_reply(text).reason is Reason.NETWORKERROR, text


def test_a_read_error_on_the_session() -> None:
    assert parse_reply("Сеанс прерван: ошибка чтения").reason is Reason.NETWORKERROR


def test_a_computer_that_cannot_be_found_is_an_unknown_host() -> None:
    r = parse_reply("Der Rechner relay.example.org konnte nicht gefunden werden")
    assert (r.reason, r.hard_bounce) == (Reason.HOSTUNKNOWN, True)
    # Postfix's "host <name>[ip] said:" frame is not the host searched for.
    r = parse_reply("host mx.example.org[192.0.2.9] said: 550 Message blocked by (in reply to RCPT TO command)")
    assert r.reason is not Reason.HOSTUNKNOWN


def test_a_greeting_that_never_came_is_no_answer_from_the_host() -> None:
    r = parse_reply("The SMTP banner was never received from the server")
    assert (r.reason, r.rule) == (Reason.NETWORKERROR, "concept:GREETING+NOT_RECEIVED")
    # A message not received is nothing the rule reads.
    assert parse_reply("Your message was not received").reason is not Reason.NETWORKERROR


def test_a_tls_negotiation_that_took_too_long_is_tls_not_negotiated() -> None:
    r = parse_reply("Timed out during the TLS handshake with mx.example.org")
    assert (r.reason, r.rule) == (Reason.FAILEDSTARTTLS, "concept:TLS+TIMEOUT")
    # A timeout with no TLS named stays the network's.
    assert parse_reply("Timed out while waiting for the server").reason is Reason.NETWORKERROR


def test_too_many_failures_is_the_queue_giving_up_whatever_the_last_error() -> None:
    r = parse_reply("Delivery abandoned: too many temporary failures (last: host lookup failure)")
    assert r.reason is Reason.EXPIRED
    # Failed logins counted are the session's, not the queue's.
    assert parse_reply("454 4.7.0 Too many authentication failures").reason is not Reason.EXPIRED
