"""Meanings written from the tuning misses of a webmail's translated notifications (round r64mua3: the tuning rows
of corpus/replies/real/r64-r64mua3-catalogues.jsonl, SnappyMail's localization/*/user.json), each tested in
wordings of our own; every case must be read by a concept rule, not by the model."""

from __future__ import annotations

import pytest
from rule_reading import by_concept as _by_rule

from bouncelib import Reason


@pytest.mark.parametrize("text", [
    "Alıcılar geçersiz, ileti gönderilmedi",  # tr: RCPTS+UNKNOWN, the new pair
    "Algunos destinatarios no son válidos",  # es: "no son válidos"
    "Die Empfängeradressen sind ungültig",  # de: one word for the recipients' addresses
    "部分接收人无效",  # zh
    "유효하지 않은 수신인이 있습니다",  # ko
    "Příjemci neplatní",  # cs
    "Beskeden har ugyldige modtagere",  # da
    "Meldingen har ugyldig mottaker",  # no
    "Neveljaven prejemnik sporočila",  # sl
])
def test_invalid_recipients_are_unknown_users(text: str) -> None:
    assert _by_rule(text) == Reason.USERUNKNOWN


@pytest.mark.parametrize("text", [
    "Die Serververbindung konnte nicht hergestellt werden",  # de
    "Posta sunucusuna bağlanamadı",  # tr
    "Uygulama sunucuya bağlanılamadı diyor",  # tr, passive
    "Aplikasi tidak terhubung ke server SMTP",  # id
])
def test_no_connection_to_the_server_is_a_network_error(text: str) -> None:
    assert _by_rule(text) == Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "Ошибка: не удалось авторизоваться на сервере",  # ru
    "Не вдалося авторизуватися на поштовому сервері",  # uk
    "Не атрымалася аўтарызавацца на паштовым серверы",  # be
])
def test_failed_login_is_a_security_error(text: str) -> None:
    assert _by_rule(text) == Reason.SECURITYERROR


@pytest.mark.parametrize("text", [
    "Mail for external recipients is refused from this host",  # en
    "Versand an externe Empfänger ist für dieses Konto gesperrt",  # de
    "Envío a destinatarios externos desactivado",  # es
    "Отправка на внешние адреса отключена администратором",  # ru
    "Wysyłka na zewnętrzne adresy jest wyłączona",  # pl
    "Bu sunucu harici adreslere ileti iletmez",  # tr
    "Odesílání na externí adresy je zakázáno",  # cs
    "Kontoen sender ikke til eksterne adresser",  # da
    "Servern vidarebefordrar inte till externa adresser",  # sv
    "Надсилання на зовнішні адреси вимкнено",  # uk
    "Сървърът не препраща към външни адреси",  # bg
    "Server ini tidak meneruskan ke alamat luar",  # id
    "外部のアドレスには転送しません",  # ja
    "이 서버는 외부 메일 발송을 허용하지 않습니다",  # ko
    "本服务器不允许发送外部邮件",  # zh
])
def test_sending_to_outside_addresses_refused_is_no_relaying(text: str) -> None:
    assert _by_rule(text) == Reason.NORELAYING
