"""Meanings written from the tuning misses of replies in languages the tuning part barely had (round r58lang: the
tuning rows of corpus/replies/real/r58-r58lang-ksmtp-thunderbird-horde.jsonl, three SMTP clients' error catalogues),
each tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "Cutia poștală indisponibilă pentru moment",  # ro: mailbox + unavailable
    "Alıcının posta kutusu kullanılamıyor",  # tr
])
def test_a_mailbox_said_unavailable_is_the_vague_unknown_recipient(text: str) -> None:
    # RFC 5321 4.2.2 (550 "mailbox unavailable"), read as the vague pair in Romanian and Turkish words.
    assert parse_reply(text).reason is Reason.USERUNKNOWN


@pytest.mark.parametrize("text", [
    "Teenust ei ole saadaval praegu",  # et: the partitive
    "Serviciul nu e disponibil acum",  # ro
    "خدمة غير متوفرة حاليا",  # ar
])
def test_the_service_said_not_available_is_the_servers_own_state(text: str) -> None:
    # RFC 5321 4.2.2 (421 service not available) in Estonian, Romanian and Arabic.
    assert parse_reply(text).reason is Reason.SYSTEMERROR


@pytest.mark.parametrize("text", [
    "Posta sunucusuyla bağlantı koptu",  # tr: connection + lost
    "Posta zerbitzariarekin konexioa galdu da",  # eu
    "Соединение разорвано удалённой стороной",  # ru
    "Perdeuse a conexión de rede",  # gl
    "S'ha perdut la connexió amb el relé",  # ca
    "Ha fallat la connexió amb el relé",  # ca: connection + failed
    "Ühendumine postiserveriga ebaõnnestus",  # et
])
def test_a_connection_lost_or_failed_is_a_network_error(text: str) -> None:
    # RFC 3463 X.4.2 bad connection.
    assert parse_reply(text).reason is Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "Posta sunucusuyla bağlantı zaman aşımına uğradı",  # tr
    "Konexioa denboraz kanpo geratu da",  # eu
    "메일 서버 연결 시간이 초과되었습니다",  # ko: with its particle
])
def test_a_connection_timed_out_is_a_network_error(text: str) -> None:
    # RFC 3463 X.4.2 bad connection (one attempt timed out).
    assert parse_reply(text).reason is Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "İletinin boyutu geçildi",  # tr: size + exceeded
    "Mezuaren neurria gainditzen da",  # eu: size
    "Kiri ületab lubatud suurust",  # et: size (partitive)
    "Порука премашује дозвољену величину",  # sr: exceeds + size
])
def test_a_size_said_exceeded_is_a_message_too_big(text: str) -> None:
    # RFC 1870 / RFC 3463 X.3.4 message too big for system.
    assert parse_reply(text).reason is Reason.MESGTOOBIG


@pytest.mark.parametrize("text", [
    "Godkendelsen mislykkedes for denne konto",  # da: authentication + failed
    "Η ταυτοποίηση απέτυχε",  # el
    "فشل الاستيثاق مع الخادم",  # ar
    "Hitelesítési hiba a kiszolgálón",  # hu
    "Serveren afviste godkendelse",  # da: refused
    "Serveren kræver godkendelse før afsendelse",  # da: required
])
def test_authentication_words_alone_or_refused_are_a_security_requirement(text: str) -> None:
    # RFC 4954 (SMTP AUTH): a reply about logging in, refused, failed or required.
    assert parse_reply(text).reason is Reason.SECURITYERROR
