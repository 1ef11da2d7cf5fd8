"""Round 76 (r76chrome): words by meaning from Chromium's network error pages and certificate interstitials, read in
about thirty languages (`_R76_CHROME_WORDS`): an unsupported protocol, a secure connection, a server's certificate,
"not trusted", "not valid", "expired", "took too long to respond", and a connection closed unexpectedly or
interrupted.

Each sentence is our own wording of the meaning a word names, not a Chromium string and not a corpus text; each is
read by a concept rule (`by_concept`), so a test fails when its word is gone even if the model would guess the same
reason.
"""

from __future__ import annotations

import pytest
from rule_reading import by_concept

from bouncelib import Reason

# A protocol the other side does not support (TLSFAIL): the TLS handshake found no common version.
UNSUPPORTED_PROTOCOL = [
    "454 4.7.0 Der Empfangsserver verlangt ein nicht unterstütztes Protokoll.",
    "454 4.7.0 Le relais a proposé un protocole incompatible.",
    "454 4.7.0 Il server remoto ha chiesto un protocollo non supportato.",
    "454 4.7.0 Сервер предложил неподдерживаемый протокол.",
    "454 4.7.0 Serwer wybrał wersję nieobsługiwanego protokołu.",
    "454 4.7.0 Vzdálený server nabídl nepodporovaný protokol.",
    "454 4.7.0 Máy chủ thư yêu cầu giao thức không được hỗ trợ.",
    "454 4.7.0 Mottagaren krävde ett protokoll som inte stöds.",
    "454 4.7.0 수신 서버가 지원되지 않는 프로토콜을 요청했습니다.",
    "454 4.7.0 对方服务器要求不受支持的协议。",
    "454 4.7.0 遠端伺服器要求不支援的通訊協定。",
    "454 4.7.0 השרת המרוחק ביקש בפרוטוקול שאינו נתמך.",
    "454 4.7.0 طلب الخادم بروتوكول غير مدعوم.",
]

# A secure connection (TLS) that could not be made (CANNOT, FAILED).
SECURE_CONNECTION = [
    "421 4.7.0 Impossibile stabilire una connessione protetta con il server di posta.",
    "421 4.7.0 Не удалось установить безопасное подключение с почтовым сервером.",
    "421 4.7.0 Nelze navázat zabezpečené připojení k serveru.",
    "421 4.7.0 Nu s-a putut stabili o conexiune sigură cu serverul.",
    "421 4.7.0 Det gick inte att upprätta en säker anslutning till servern.",
]

# A server's certificate (CERT) said not valid (UNKNOWN) or expired (ADDR_EXPIRED).
CERTIFICATE = [
    "454 4.7.5 Das Serverzertifikat ist ungültig.",
    "454 4.7.5 Het servercertificaat is ongeldig.",
    "454 4.7.5 Servercertifikatet är ogiltigt.",
    "454 4.7.5 Chứng chỉ không hợp lệ.",
    "454 4.7.5 Die sertifikaat het verstryk.",
    "454 4.7.5 Sertifikatet er utløpt.",
    "454 4.7.5 Сертификат недействителен.",
    "454 4.7.5 Сертифікат недійсний.",
    "454 4.7.5 Sertifikaat on kehtetu.",
    "454 4.7.5 Certifikat nije valjan.",
    "454 4.7.5 Le certificat n'est pas valide.",
    "454 4.7.5 인증서가 유효하지 않습니다.",
    "454 4.7.5 פג תוקפו של אישור השרת המרוחק.",
]

# "Not trusted" (REFUSED, as the English "not trusted"), said of the sending IP address (CLIENT).
NOT_TRUSTED = [
    "554 5.7.1 Ihre IP-Adresse ist nicht vertrauenswürdig.",
    "554 5.7.1 Uw IP-adres is niet betrouwbaar.",
    "554 5.7.1 Il tuo indirizzo IP non è affidabile.",
    "554 5.7.1 Twój adres IP nie jest zaufany.",
    "554 5.7.1 您的IP地址不受信任。",
    "554 5.7.1 ה-IP שלך אינו מהימן.",
    "554 5.7.1 عنوان IP الخاص بك غير موثوق.",
]

# The other side took too long to answer (TIMEOUT): a timeout, not a size.
TOO_LONG_TO_RESPOND = [
    "421 4.4.2 The receiving host took too long to respond.",
    "421 4.4.2 Der Zielserver hat zu lange gedauert.",
    "421 4.4.2 Le serveur a mis trop de temps à répondre.",
    "421 4.4.2 Il server ha impiegato troppo tempo a rispondere.",
    "421 4.4.2 Serwer pocztowy potrzebował zbyt wiele czasu na odpowiedź.",
    "421 4.4.2 El servidor tardó demasiado en responder.",
    "421 4.4.2 O servidor demorou muito para responder.",
    "421 4.4.2 Сервер довго не відповідає.",
    "421 4.4.2 Odpověď serveru trvala příliš dlouho.",
    "421 4.4.2 邮件服务器的响应时间过长。",
    "421 4.4.2 메일 서버가 응답하는 데 시간이 너무 오래 걸립니다.",
    "421 4.4.2 Postservern tog för lång tid på sig att svara.",
]

# A connection (CONNECTION) closed unexpectedly or interrupted (LOST).
CONNECTION_LOST = [
    "421 4.4.2 Verbinding met die bediener is onderbreek.",
    "421 4.4.2 Сървърът неочаквано прекрати връзката.",
    "421 4.4.2 La connexió amb el servidor s'ha interromput.",
    "421 4.4.2 Ο διακομιστής τερμάτισε απροσδόκητα τη σύνδεση.",
    "421 4.4.2 Η σύνδεσή με τον διακομιστή διακόπηκε.",
    "421 4.4.2 Se interrumpió la conexión con el servidor.",
    "421 4.4.2 Server sulges ootamatult ühenduse.",
    "421 4.4.2 Palvelin katkaisi yhteyden.",
    "421 4.4.2 A kiszolgáló megszakította a kapcsolatot.",
    "421 4.4.2 A szerver kapcsolata megszakadt.",
    "421 4.4.2 서버와의 연결이 예기치 않게 종료되었습니다.",
    "421 4.4.2 Serveris negaidīti pārtrauca savienojumu.",
    "421 4.4.2 Sambungan ke pelayan tergendala.",
    "421 4.4.2 Tilkoblingen til serveren ble avbrutt.",
    "421 4.4.2 Serwer nieoczekiwanie zakończył połączenie.",
    "421 4.4.2 Сервер неожиданно разорвал соединение.",
    "421 4.4.2 Strežnik je nepričakovano prekinilo povezavo.",
    "421 4.4.2 Сервер је неочекивано прекинуо везу.",
    "421 4.4.2 Sunucuyla bağlantınız kesildi.",
    "421 4.4.2 Máy chủ bất ngờ đóng kết nối.",
    "421 4.4.2 与邮件服务器的连接已中断。",
    "421 4.4.2 服务器意外终止了连接。",
    "421 4.4.2 सर्वर से कनेक्शन बाधित हुआ।",
    "421 4.4.2 सर्व्हरशी कनेक्शनमध्ये व्यत्यय आला.",
    "421 4.4.2 સર્વર સાથેનું કનેક્શન અવરોધાયું.",
    "421 4.4.2 சர்வருடனான இணைப்பில் தடங்கல் ஏற்பட்டது.",
    "421 4.4.2 సర్వర్ కనెక్షన్‌కు అంతరాయం ఏర్పడింది.",
    "421 4.4.2 സെർവറുമായുള്ള കണക്ഷൻ തടസ്സപ്പെട്ടു.",
    "421 4.4.2 সার্ভারের সাথে সংযোগ বাধাপ্রাপ্ত হয়েছে।",
    "421 4.4.2 ಸರ್ವರ್ ಸಂಪರ್ಕಕ್ಕೆ ಅಡ್ಡಿಯಾಗಿದೆ.",
    "421 4.4.2 Muunganisho na seva umekatizwa.",
    "421 4.4.2 اتصال با سرور قطع شد.",
    "421 4.4.2 تم قطع اتصالك بالخادم.",
]


@pytest.mark.parametrize("text", UNSUPPORTED_PROTOCOL + SECURE_CONNECTION + CERTIFICATE)
def test_tls_words(text: str) -> None:
    assert by_concept(text) is Reason.FAILEDSTARTTLS


@pytest.mark.parametrize("text", NOT_TRUSTED)
def test_not_trusted(text: str) -> None:
    assert by_concept(text) is Reason.BLOCKED


@pytest.mark.parametrize("text", TOO_LONG_TO_RESPOND + CONNECTION_LOST)
def test_too_long_to_respond(text: str) -> None:
    assert by_concept(text) is Reason.NETWORKERROR


def test_invalid_address_read_as_unknown() -> None:
    """The new "not valid" words are UNKNOWN words too: said of the recipient's address they make it unknown."""
    assert by_concept("550 5.1.1 Адрес получателя недействителен.") is Reason.USERUNKNOWN
    assert by_concept("550 5.1.1 L'adresse du destinataire n'est pas valide.") is Reason.USERUNKNOWN
