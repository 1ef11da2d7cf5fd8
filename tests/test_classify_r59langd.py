"""Meanings written from the tuning misses of desktop and command-line mail clients' error catalogues (round
r59langd: the tuning rows of corpus/replies/real/r59-r59langd-catalogues.jsonl, Geary, Sylpheed, Claws Mail, Mutt,
NeoMutt and msmtp in many languages), each tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "Chybné heslo k odchozímu serveru",  # cs: the password
    "A megadott jelszó hibás",  # hu
    "Fel lösenord för utgående e-post",  # sv
    "Le mot de passe du compte est incorrect",  # fr
    "Невірний пароль облікового запису",  # uk
    "Pogrešna lozinka za odlaznu poštu",  # hr
    "Autentizácia odmietnutá serverom",  # sk: authentication
    "Azonosítás a kimenő kiszolgálón elutasítva",  # hu
])
def test_the_login_or_its_password_is_a_security_error(text: str) -> None:
    # RFC 4954 (SMTP AUTH): the credentials, in the languages' own words for the password and the login.
    assert parse_reply(text).reason is Reason.SECURITYERROR


@pytest.mark.parametrize("text", [
    "No se puede negociar TLS con el servidor",  # es: cannot + TLS
    "无法启用 TLS 加密",  # zh
    "Unable to begin the TLS session",  # en: the rule, with the English CANNOT
    "Δεν είναι δυνατόν να ενεργοποιηθεί το TLS",  # el
    "Nu se poate deschide sesiunea TLS",  # ro: the session is TLS's, not a connection in general
    "TLS malsukcesis ĉe la servilo",  # eo: failed
])
def test_tls_that_could_not_be_started_is_failedstarttls(text: str) -> None:
    # RFC 3207: TLS wanted and not negotiated.
    assert parse_reply(text).reason is Reason.FAILEDSTARTTLS


@pytest.mark.parametrize("text", [
    "Nie można połączyć się z serwerem poczty",  # pl: cannot + connect
    "Det gick inte att ansluta till e-postservern",  # sv
    "Není možné se připojit, nelze se připojit k poště",  # cs
    "Die Verbindung zum Postserver wurde beendet",  # de: the connection ended
    "Connexion au relais interrompue",  # fr
    "Время сеанса с почтовым сервером истекло",  # ru: the session's time ran out
    "De sessie met de mailserver is verlopen",  # nl
])
def test_a_connection_not_made_broken_or_timed_out_is_a_network_error(text: str) -> None:
    # RFC 3463 X.4.2 bad connection, X.4.7 time-outs.
    assert parse_reply(text).reason is Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "We could not look up the outgoing server name",  # en
    "Impossible de résoudre le nom du serveur sortant",  # fr
    "Nepodarilo sa vyhľadať názov servera",  # sk
])
def test_a_server_name_that_could_not_be_looked_up_is_a_network_error(text: str) -> None:
    # The client's DNS lookup of its server's name failed: a DNS failure on the path, no verdict on a domain.
    assert parse_reply(text).reason is Reason.NETWORKERROR


def test_a_refused_sender_address_in_ukrainian_is_rejected() -> None:
    # The envelope sender ("адреса відправника") said unacceptable: the sender refused.
    assert parse_reply("Адреса відправника неприйнятна для цього сервера").reason is Reason.REJECTED


@pytest.mark.parametrize("text", [
    "Das Passwort für den Postausgangsserver fehlt",  # de: the password
    "Falta la contraseña de la cuenta de envío",  # es
    "Brak hasła do serwera poczty wychodzącej",  # pl
    "Het wachtwoord voor de uitgaande server ontbreekt",  # nl
    "A senha da conta de envio está em falta",  # pt
    "Паролата за изходящия сървър липсва",  # bg
])
def test_a_missing_password_is_a_security_error(text: str) -> None:
    # RFC 4954 (SMTP AUTH): the credentials, in the languages' words for the password.
    assert parse_reply(text).reason is Reason.SECURITYERROR
