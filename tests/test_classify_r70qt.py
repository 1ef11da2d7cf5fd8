"""Words by meaning from Qt's own translations of its network and TLS errors (round r70qt: `_R70_QT_WORDS`, from
qt6-translations-l10n's qtbase_<l>.qm, QAbstractSocket / QNativeSocketEngine / QHostInfoAgent / QSslSocket ...),
each tested in a reply of our own wording, read through a concept rule (not the model)."""

from __future__ import annotations

import pytest
from rule_reading import by_concept

from bouncelib import Reason


@pytest.mark.parametrize("text", [
    "Zustellung abgebrochen: Netzwerkfehler beim Senden an mx.example.org",  # de: network error
    "Wysyłka wstrzymana, host niedostępny: mx.example.org",  # pl: host unreachable
    "Levering afbrudt på grund af netværksfejl",  # da: network error
    "Gönderim durdu: ağ hatası (mx.example.org)",  # tr: network error
    "Odeslání přerušeno, síťová chyba",  # cs: network error
    "发送中止：主机无法访问",  # zh: the host cannot be reached
    "ההודעה נעצרה: כשל רשת",  # he: network failure
    "ارسال متوقف شد: خطای شبکه",  # fa: network error
    "Envío detenido: red no disponible",  # es: network not available
])
def test_network_errors_and_unreachable_hosts_are_networkerror(text: str) -> None:
    assert by_concept(text) is Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "Envoi annulé : hôte introuvable",  # fr: sending cancelled: host not found
    "Invio annullato: host non trovato",  # it: sending cancelled: host not found
    "Verzending afgebroken: host niet gevonden",  # nl: sending aborted: host not found
    "Отправка прервана: узел не найден",  # ru: sending interrupted: host not found
    "送信中止: ホストが見つかりません",  # ja: sending stopped: host not found
    "Gönderim durdu: ana bilgisayar bulunamadı",  # tr: sending stopped: host not found
    "Wysyłka przerwana: host nie znaleziony",  # pl: sending interrupted: host not found
])
def test_a_host_not_found_is_hostunknown(text: str) -> None:
    assert by_concept(text) is Reason.HOSTUNKNOWN


@pytest.mark.parametrize("text", [
    "Przekroczony czas podczas rozmowy z mx.example.org",  # pl: time exceeded while talking to the server
    "انتهت مهلة انتظار الرد من الخادم",  # ar: the time limit for the server's answer ended
    "פג זמן ההמתנה לתשובת השרת",  # he: the wait for the server's answer timed out
    "Времето за връзка с mx.example.org изтече",  # bg: the connection time ran out
    "Sunucu bağlantıyı kapattı",  # tr: the server closed the connection
    "Tenaren avslutta tilkoplinga",  # nn: the server ended the connection
])
def test_timeouts_and_closed_connections_are_networkerror(text: str) -> None:
    assert by_concept(text) is Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "Serwer pocztowy wymaga autoryzacji",  # pl: the mail server requires authentication
    "Palvelin vaatii todentamisen ennen lähettämistä",  # fi: the server requires authentication before sending
    "Logga inn vart avvist av tenaren",  # nn: logging in was refused by the server
])
def test_authentication_words_are_securityerror(text: str) -> None:
    assert by_concept(text) is Reason.SECURITYERROR


@pytest.mark.parametrize("text", [
    "Certyfikat serwera utracił ważność",  # pl: the server certificate lost its validity
    "Сертифікат сервера застарів",  # uk: the server certificate is out of date
    "서버 인증서 만료됨",  # ko: the server certificate expired
    "Tenaren sitt sertifikat er utgått på dato",  # nn: the server's certificate is past its date
    "Nie można odnaleźć certyfikatu serwera",  # pl: the server certificate cannot be found
    "STARTTLS fejlede hos modtageren",  # da: STARTTLS failed at the receiver
])
def test_certificate_and_tls_failures_are_failedstarttls(text: str) -> None:
    assert by_concept(text) is Reason.FAILEDSTARTTLS
