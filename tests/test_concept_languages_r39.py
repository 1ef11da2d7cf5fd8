"""Server-side concepts read in more languages (issue 10, round 39): wordings of our own, written from the
words of Debian's Exim debconf question and of Mutt's and NeoMutt's catalogues (bouncelib/_data/concepts.py,
`_R39_SERVER_WORDS`), each read to the reason its English twin is read to ("mail from dynamic IP addresses",
"recipient: verification failed", "mail loop detected"). None of them was read so before those words."""

from __future__ import annotations

import pytest

from bouncelib import parse_reply

CASES = [
    # A dynamic (end-user) IP address (DYNAMIC: blocked).
    ('Wir nehmen keine Post von wechselnden IP-Adressen an', "blocked"),
    ('Пощата от динамичен IP адрес се блокира', "blocked"),
    ('Pošta z dynamických IP adres je blokována', "blocked"),
    ('Post fra dynamiske IP-adresser blokeres', "blocked"),
    ('Δεν γίνεται δεκτή αλληλογραφία από δυναμικές διευθύνσεις IP', "blocked"),
    ('No se acepta correo de direcciones IP dinámicas', "blocked"),
    ('Emme ota vastaan postia vaihtuvista IP-osoitteista', "blocked"),
    ('Paštas iš dinaminių IP adresų nepriimamas', "blocked"),
    ('Mensagens de IPs dinâmicos bloqueadas', "blocked"),
    ('Mesajele de la adrese IP dinamice sunt blocate', "blocked"),
    ('Почта с динамических IP-адресов не принимается', "blocked"),
    ('Devingen IP adreslerinden gelen e-postalar engellenir', "blocked"),
    ('Пошта з динамічних IP-адрес блокується', "blocked"),
    ('Chặn thư từ địa chỉ IP động', "blocked"),
    ('نرفض البريد الوارد من عناوين IP الديناميكية', "blocked"),
    ('Sustav blokira poštu s promjenjivih IP adresa', "blocked"),
    ('Posta från dynamiska IP-adresser blockeras', "blocked"),
    ('Alamat IP dinamis: kirim melalui server SMTP penyedia Anda', "blocked"),
    ('Host con IP dinamico: usare il server SMTP del proprio provider', "blocked"),
    ('Zmienny adres IP: wysyłaj pocztę przez serwer dostawcy', "blocked"),
    ('動的 IP アドレスからの直接送信です', "blocked"),
    ('동적 IP 주소에서 직접 발송되었습니다', "blocked"),
    ('发件服务器使用动态 IP 地址', "blocked"),
    # A recipient whose verification failed (RCPT+VERIFY_FAILED: userunknown).
    ('Empfänger: Überprüfung fehlgeschlagen', "userunknown"),
    ('Destinataire : la vérification a échoué', "userunknown"),
    ('Destinatario: fallo en la verificación', "userunknown"),
    ('Destinatario: verifica fallita', "userunknown"),
    ('Ontvanger: verificatie is mislukt', "userunknown"),
    ('Odbiorca: weryfikacja nie powiodła się', "userunknown"),
    ('Destinatário: verificação falhou', "userunknown"),
    ('Příjemce: ověření selhalo', "userunknown"),
    ('Mottagare: verifiering misslyckades', "userunknown"),
    ('Címzett: ellenőrzés sikertelen', "userunknown"),
    ('Получатель: проверка не удалась', "userunknown"),
    ('Одержувач: помилка перевірки', "userunknown"),
    ('Alıcı: doğrulama başarısız', "userunknown"),
    ('Penerima: verifikasi gagal', "userunknown"),
    ('Gavėjas: patikrinimas nepavyko', "userunknown"),
    ('受信者の検証に失敗しました', "userunknown"),
    ('收件人验证失败', "userunknown"),
    ('Používateľ: overovanie zlyhalo', "userunknown"),
    ('Modtagere: verificering fejlede', "userunknown"),
    ('Käyttäjä: varmennus epäonnistui', "userunknown"),
    ('Postboks: bekreftelse mislyktes', "userunknown"),
    ('Faighteoirí: theip ar fhíorú', "userunknown"),
    ('Destinatario: fallo al verificar la dirección', "userunknown"),
    ("Destinataire : impossible de vérifier l'adresse", "userunknown"),
    # A loop (LOOP: networkerror, RFC 3463 X.4.6).
    ('Mail-Schleife erkannt', "networkerror"),
    ('Mail-sløjfe opdaget', "networkerror"),
    ('Zjištěna smyčka v doručování pošty', "networkerror"),
    ('Zistená slučka pri doručovaní', "networkerror"),
    ('Mail-lus gedetecteerd', "networkerror"),
    ('Oändlig slinga upptäckt vid leverans', "networkerror"),
    ('Bucle de correo detectado', "networkerror"),
    ('Posta döngüsü algılandı', "networkerror"),
    ('Виявлено зациклення пошти', "networkerror"),
    ('メールのループが検出されました', "networkerror"),
    ('메일 루프가 발생했습니다', "networkerror"),
    ('檢測到郵件迴圈', "networkerror"),
    ('Silmukka havaittu postin toimituksessa', "networkerror"),
]


@pytest.mark.parametrize(("text", "reason"), CASES)
def test_server_words_of_other_languages_are_read(text: str, reason: str) -> None:
    assert parse_reply(text).reason == reason, parse_reply(text).rule
