"""Meanings written from the tuning misses of a mail app's translated errors (round r64mua2: the tuning rows of
corpus/replies/real/r64-r64mua2-catalogues.jsonl, Delta Chat's deltachat-android strings.xml), each tested in
wordings of our own; every case must be read by a concept rule, not by the model."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


def _verdict(text: str) -> tuple[Reason | None, str]:
    verdict = parse_reply(text)
    assert verdict.rule is not None
    assert not verdict.rule.startswith("model"), verdict.rule
    return verdict.reason, verdict.rule


@pytest.mark.parametrize("text", [
    "Mail client is not connected to smtp.example.net",  # en
    "Session disconnected, nothing was sent",  # en: one word
    "Vous êtes déconnecté du serveur",  # fr
    "Compte non connecté au serveur d'envoi",  # fr
    "El cliente está desconectado",  # es
    "Cliente no conectado al servidor",  # es
    "Ошибка: нет подключения к серверу",  # ru
    "Klient je nepripojený k serveru",  # sk
    "Stav: nepřipojeno",  # cs
    "Máy chủ không có kết nối",  # vi
    "Няма връзка със сървъра",  # bg
    "서버에 연결되지 않았습니다",  # ko
    "Konto ist nicht verbunden",  # de
    "Account non connesso",  # it
    "Account is niet verbonden met de server",  # nl
    "Brak połączenia z serwerem poczty",  # pl
    "Kontot är inte ansluten till servern",  # sv
    "Zerbitzariarekin ez dago konexiorik",  # eu: no connection with the server
    "حساب شما به سرور متصل نیست",  # fa: your account is not connected to the server
])
def test_not_connected_is_networkerror(text: str) -> None:
    # RFC 3463 X.4.x: the client has no connection to its server, a failure on the network path.
    reason, rule = _verdict(text)
    assert reason is Reason.NETWORKERROR
    assert rule == "concept:NETWORK"


@pytest.mark.parametrize("text", [
    "로그인 실패: 서버가 거부했습니다",  # ko: login failed
    "계정에 로그인할 수 없습니다",  # ko: cannot log in to the account
])
def test_a_korean_login_that_failed_is_securityerror(text: str) -> None:
    # RFC 4954 section 6 (535): the server refused the client's login.
    reason, rule = _verdict(text)
    assert reason is Reason.SECURITYERROR
    assert rule.startswith("concept:SMTPAUTH")


def test_korean_cannot_reads_a_failed_connection() -> None:
    # 수 없 (is not able to) after connecting: the connection could not be made.
    reason, rule = _verdict("메일 서버에 연결할 수 없습니다")
    assert reason is Reason.NETWORKERROR
    assert rule == "concept:CONNECTION+CANNOT"


@pytest.mark.parametrize("text", [
    "Échec de la connexion en tant que bob@example.com",
    "Impossible d'être connecté en tant que bob@example.com",
])
def test_french_connecting_as_a_user_is_a_login(text: str) -> None:
    # Connecting *as* a named user is logging in (RFC 4954), not the network connection failing.
    reason, rule = _verdict(text)
    assert reason is Reason.SECURITYERROR
    assert rule.startswith("concept:SMTPAUTH")
