"""Meanings written from the tuning misses of Mailpile's SMTP client in more of its translations (round r68pile:
the tuning rows of corpus/replies/real/r68-r68pile-catalogues.jsonl, mailpile.po), each tested in wordings of our
own; every case must be read by a concept or vague-pair rule, not by the model."""

from __future__ import annotations

import pytest
from rule_reading import by_rule as _by_rule

from bouncelib import Reason


@pytest.mark.parametrize("text", [
    "Envío detenido: falló la conexión TLS",  # es
    "Falha na conexão TLS",  # pt
    "De TLS-verbinding met de server is mislukt",  # nl
    "Обрыв TLS соединения: тайм-аут",  # ru
])
def test_a_connection_that_is_tls_failing_is_failedstarttls(text: str) -> None:
    # RFC 3207: the connection named is the TLS session itself, so its failure is the TLS session's.
    assert _by_rule(text) is Reason.FAILEDSTARTTLS


@pytest.mark.parametrize("text", [
    "Отправка прервана: ошибка TLS",  # ru
    "Sending stopped after a TLS error",  # en
])
def test_an_error_said_of_tls_is_failedstarttls(text: str) -> None:
    # RFC 3207: an error of the TLS session, a word or two from it, as a certificate error is.
    assert _by_rule(text) is Reason.FAILEDSTARTTLS


@pytest.mark.parametrize("text", [
    "Onbekende gebruikersnaam of wachtwoord",  # nl
    "错误的用户名或密码",  # zh
])
def test_a_user_name_beside_the_password_is_the_login(text: str) -> None:
    # RFC 4954 535: the credentials were refused; the user name there is the login's, not a mailbox.
    assert _by_rule(text) is Reason.SECURITYERROR


@pytest.mark.parametrize("text", [
    "Наш сервер: отправитель отклонён",  # ru
    "Увага: відправник відкинутий",  # uk
    "Obs: skickaren avfärdades direkt",  # sv
])
def test_a_sender_refused_is_rejected(text: str) -> None:
    # LABELING: a refusal of the sender address is rejected.
    assert _by_rule(text) is Reason.REJECTED


@pytest.mark.parametrize("text", [
    "La pasarela rechazó el destinatario",  # es
    "Шлюз отклонил получателя",  # ru
    "Шлюз відмовив отримувачу",  # uk
    "Gatewayen avfärdade mottagaren",  # sv
    "网关拒绝收件人",  # zh
    "ゲートウェイは受信者を拒否しました",  # ja
])
def test_a_recipient_refused_in_past_tense_is_userunknown(text: str) -> None:
    # RFC 5321 550 at RCPT, no cause given: the vague refusal "recipient rejected", in the past tense.
    assert _by_rule(text) is Reason.USERUNKNOWN


@pytest.mark.parametrize("text", [
    "Envío fallido por un error de red",  # es
    "Houve um erro na rede durante o envio",  # pt
    "Виникла помилка мережі під час надсилання",  # uk
])
def test_a_network_error_is_networkerror(text: str) -> None:
    # RFC 3463 X.4.x: the failure is named by the network it happened in.
    assert _by_rule(text) is Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "La conexión con el servidor caducó",  # es
    "Conexão ao servidor: prazo esgotado",  # pt
])
def test_a_connection_whose_time_ran_out_is_networkerror(text: str) -> None:
    # RFC 3463 X.4.7: the connection's time ran out.
    assert _by_rule(text) is Reason.NETWORKERROR
