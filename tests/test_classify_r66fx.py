"""Words by meaning from the Mozilla toolkit's network and certificate errors (round r66fx: Firefox ESR's langpacks,
certError.ftl, nsserrors.ftl, appstrings.properties, updates.properties, commonDialogs.properties), the words a
language's translators use for a refused, interrupted or timed-out connection, a secure connection that failed, an
expired or unrecognised certificate, an authentication required. Each tested in a sentence of our own wording and
through a concept rule, not the model's guess."""

from __future__ import annotations

import pytest
from rule_reading import by_concept as _by_rule

from bouncelib import Reason


@pytest.mark.parametrize("text", [
    "Yhteys postipalvelimeen keskeytyi kesken lähetyksen",  # fi: the connection to the mail server broke off mid-send
    "Postipalvelin kieltäytyi yhteydestä",  # fi: the mail server refused the connection
    "Savienojums ar pasta serveri tika pārtraukts",  # lv: the connection with the mail server was broken off
    "Соединение с почтовым сервером прервано",  # ru: the connection with the mail server was broken off
    "Злучэнне з паштовым серверам перарвана",  # be: the connection with the mail server was broken off
    "ფოსტის სერვერმა კავშირი უარყო",  # ka: the mail server refused the connection
    "A kapcsolat a levelezőkiszolgálóval el lett utasítva",  # hu: the connection to the mail server was refused
    "與郵件伺服器的連線中斷",  # zh: the connection with the mail server broke off
    "메일 서버와의 연결이 중단되었습니다",  # ko: the connection with the mail server stopped
    "メールサーバーとの接続が切断されました",  # ja: the connection with the mail server was cut
    "Posta sunucusuyla bağlantı kesildi",  # tr: the connection with the mail server was cut
    "Серверот за пошта ја одби врската",  # mk: the mail server refused the connection
    "Pochta serveri ulanishni rad qildi",  # uz: the mail server refused the connection
    "La retpoŝta servilo rifuzis la konekton",  # eo: the mail server refused the connection
    "Пощенският сървър отказа свързване",  # bg: the mail server refused connecting
    "The mail host is refusing connections on port 25",  # en
    "החיבור לשרת הדואר נותק",  # he: the connection to the mail server was cut off
    "Postiserver keeldub ühendustest",  # et: the mail server refuses connections
    "Máy chủ thư từ chối kết nối",  # vi: the mail server refuses the connection
    "Kết nối tới máy chủ thư mất quá nhiều thời gian",  # vi: the connection to the mail server took too much time
    "Spojení s poštovním serverem bylo přerušeno",  # cs: the connection with the mail server was broken off
    "La conexión con el servidor de correo ha terminado inesperadamente",  # es: the connection ended unexpectedly
])
def test_a_refused_or_broken_connection_is_a_network_error(text: str) -> None:
    assert _by_rule(text) is Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "Die gesicherte Verbindung zum Mailserver ist fehlgeschlagen",  # de: the secured connection failed
    "Не удалось установить защищённое соединение с почтовым сервером",  # ru: could not set up a secure connection
    "La connexion sécurisée au serveur de messagerie a échoué",  # fr: the secure connection failed
    "Falha na conexão segura com o servidor de e-mail",  # pt: failure of the secure connection
    "Beveiligde verbinding met de mailserver is mislukt",  # nl: the secured connection failed
    "Connessione sicura al server di posta non riuscita",  # it: the secure connection did not succeed
    "Sikker forbindelse til postserveren mislykkedes",  # da: the secure connection failed
    "A biztonságos kapcsolat a levelezőszerverrel sikertelen",  # hu: the secure connection was unsuccessful
    "与邮件服务器建立安全连接失败",  # zh: establishing a secure connection with the mail server failed
    "Posta sunucusu ile güvenli bağlantı kurulamadı",  # tr: a secure connection could not be set up
    "메일 서버의 인증서가 만료되었습니다",  # ko: the mail server's certificate has expired
    "Das Zertifikat des Servers wurde nicht erkannt",  # de: the server's certificate was not recognised
    "Сертифікат сервера протермінований",  # uk: the server's certificate is out of date
    "Certyfikat serwera stracił ważność",  # pl: the server's certificate lost its validity
    "Sertifikat server kedaluwarsa",  # id: the server's certificate expired
    "Zabezpečené spojení se serverem nelze navázat",  # cs: a secured connection with the server cannot be made
    "Conexiunea securizată cu serverul de e-mail a eșuat",  # ro: the secured connection with the mail server failed
])
def test_a_failed_secure_connection_or_a_bad_certificate_is_failedstarttls(text: str) -> None:
    assert _by_rule(text) is Reason.FAILEDSTARTTLS


@pytest.mark.parametrize("text", [
    "Απαιτείται εξουσιοδότηση για την αποστολή",  # el: authorisation is required for sending
    "发送邮件需要授权",  # zh: sending mail needs authorisation
    "Pašto serveriui reikalingas tapatumo nustatymas",  # lt: the mail server requires authentication
])
def test_an_authentication_required_is_a_security_error(text: str) -> None:
    assert _by_rule(text) is Reason.SECURITYERROR
