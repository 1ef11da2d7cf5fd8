"""Server-side concepts read in more languages (issue 10, round 39): wordings of our own, written from the
words of Debian's Exim debconf questions and of Mutt's, NeoMutt's, msmtp's, Claws Mail's and Evolution Data
Server's catalogues (bouncelib/_data/concepts.py, `_R39_SERVER_WORDS`), each read to the reason its English twin
is read to ("mail from dynamic IP addresses", "recipient: verification failed", "mail loop detected", "TLS
handshake failed", "unknown host", "unable to lock the mailbox", "relaying denied", "milter error", "STARTTLS
failed", "STARTTLS required"). None of them was read so before those words."""

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
    # A TLS negotiation that failed (TLSFAIL: failedstarttls).
    ('Не може да бъде установена TLS връзка със сървъра', "failedstarttls"),
    ('Nelze navázat TLS spojení se serverem', "failedstarttls"),
    ('Kunne ikke opnå TLS-forbindelse til serveren', "failedstarttls"),
    ('Αδυναμία διαπραγμάτευσης σύνδεσης TLS με τον διακομιστή', "failedstarttls"),
    ('No se pudo negociar una conexión TLS con el servidor', "failedstarttls"),
    ('TLS ühendust ei õnnestu kokku leppida', "failedstarttls"),
    ('Ei voitu neuvotella TLS-yhteyttä palvelimeen', "failedstarttls"),
    ('Impossible de négocier la connexion TLS avec le serveur', "failedstarttls"),
    ('Níorbh fhéidir nasc TLS a shocrú leis an bhfreastalaí', "failedstarttls"),
    ('Nem lehetett megtárgyalni a TLS kapcsolatot', "failedstarttls"),
    ('Tidak dapat negosiasi hubungan TLS dengan server', "failedstarttls"),
    ('Impossibile negoziare la connessione TLS con il server', "failedstarttls"),
    ('Nepavyko sukurti TLS jungties su serveriu', "failedstarttls"),
    ('Kunne ikke forhandle frem TLS-forbindelse med serveren', "failedstarttls"),
    ('Kon TLS connectie niet onderhandelen met de server', "failedstarttls"),
    ('Połączenie TLS nie zostało wynegocjowane z serwerem', "failedstarttls"),
    ('Incapaz de negociar conexão TLS com o servidor', "failedstarttls"),
    ('Не удалось установить TLS-соединение с сервером', "failedstarttls"),
    ('Nemožno vyjednať TLS spojenie so serverom', "failedstarttls"),
    ('Sunucuyla TLS bağlantısı pazarlığı yapılamadı', "failedstarttls"),
    ('Не вийшло домовитись про TLS з’єднання з сервером', "failedstarttls"),
    ('サーバーとの TLS 接続を確立できませんでした', "failedstarttls"),
    ('서버와 TLS 연결 할수 없음', "failedstarttls"),
    ('无法协商 TLS 连接', "failedstarttls"),
    # No such host (NO_HOST: hostunknown).
    ('neznámý hostitel', "hostunknown"),
    ('ukendt vært', "hostunknown"),
    ('unbekannter Host', "hostunknown"),
    ('άγνωστος host', "hostunknown"),
    ('anfitrión desconocido', "hostunknown"),
    ('hôte inconnu', "hostunknown"),
    ('ismeretlen kiszolgáló', "hostunknown"),
    ('host tidak dikenal', "hostunknown"),
    ('host sconosciuto', "hostunknown"),
    ('不明なホスト', "hostunknown"),
    ('호스트를 찾을 수 없음', "hostunknown"),
    ('Neradau serverio', "hostunknown"),
    ('ukjent vert', "hostunknown"),
    ('onbekende host', "hostunknown"),
    ('nieznany gospodarz', "hostunknown"),
    ('host não encontrado', "hostunknown"),
    ('gazdă necunoscută', "hostunknown"),
    ('неизвестный узел', "hostunknown"),
    ('neznámy hostiteľ', "hostunknown"),
    ('okänd värd', "hostunknown"),
    ('makinesi bulunamadı', "hostunknown"),
    ('не знайдено вузла', "hostunknown"),
    ('无法找到主机', "hostunknown"),
    # A mailbox the system cannot lock (RCPT+STORE_FAILED: systemerror).
    ('Schránku příjemce nelze zamknout', "systemerror"),
    ('Kan ikke låse modtagerens postboks', "systemerror"),
    ('Postkasti ei saa lukustada', "systemerror"),
    ('Käyttäjä: postilaatikkoa ei voitu lukita', "systemerror"),
    ('Impossible de verrouiller la boîte aux lettres du destinataire', "systemerror"),
    ('Tidak bisa mengunci kotak surat penerima', "systemerror"),
    ('Kunde inte låsa mottagarens brevlåda', "systemerror"),
    ('Alıcının posta kutusu kilitlenemiyor', "systemerror"),
    ('受信者のメールボックスロック不能', "systemerror"),
    ('无法锁定收件人的邮箱', "systemerror"),
    # Relaying refused (RELAY with a refusal: norelaying).
    ('Препредаването на поща е отказано', "norelaying"),
    ('Препредаване отказано за този домейн', "norelaying"),
    ('Η αναδρομολόγηση αλληλογραφίας δεν επιτρέπεται', "norelaying"),
    ('Απόρριψη: αναδρομολόγηση για αυτόν τον τομέα', "norelaying"),
    ('Intermedierea poștei: neacceptat pentru acest domeniu', "norelaying"),
    # An error of a milter (MILTER+ERROR: systemerror).
    ('Milter-fejl, prøv igen senere', "systemerror"),
    ('Milter-fout bij het verwerken', "systemerror"),
    ('Milter: błąd', "systemerror"),
    ('Milter-fel vid leveransen', "systemerror"),
    ('milter 错误', "systemerror"),
    ('Milter hatası', "systemerror"),
    ('Milter klaida', "systemerror"),
    ('Earráid milter', "systemerror"),
    ('Milter-feil, prøv igjen senere', "systemerror"),
    # A STARTTLS command that failed (TLS+FAILED: failedstarttls), with the FAILED words of Evolution Data Server.
    ('STARTTLS neuspjela naredba', "failedstarttls"),
    ('Η εντολή STARTTLS απέτυχε', "failedstarttls"),
    ('STARTTLS neizdevās', "failedstarttls"),
    ('Ukaz STARTTLS je spodletel', "failedstarttls"),
    ('فشل STARTTLS', "failedstarttls"),
    ('Lệnh STARTTLS thất bại', "failedstarttls"),
    # STARTTLS required (TLS+REQUIRED: failedstarttls), with the REQUIRED words of Evolution Data Server.
    ('Изисква се STARTTLS', "failedstarttls"),
    ('Potrebna je STARTTLS naredba', "failedstarttls"),
    ('STARTTLS on vajalik', "failedstarttls"),
    ('Απαιτείται STARTTLS', "failedstarttls"),
    ('Nepieciešama STARTTLS komanda', "failedstarttls"),
    ('Būtina STARTTLS komanda', "failedstarttls"),
    ('Vyžaduje sa STARTTLS', "failedstarttls"),
    ('STARTTLS je obvezno', "failedstarttls"),
    ('STARTTLS مطلوب', "failedstarttls"),
    ('Cần thiết STARTTLS', "failedstarttls"),
]


@pytest.mark.parametrize(("text", "reason"), CASES)
def test_server_words_of_other_languages_are_read(text: str, reason: str) -> None:
    assert parse_reply(text).reason == reason, parse_reply(text).rule


# A failed verification of the sender is still a failed sender check (SENDER+FAILED: rejected), as the English
# "Sender verification failed" is: the new VERIFY_FAILED words are FAILED words too.
SENDER_CHECKS = [
    "Sender verification failed",
    "Absender: Überprüfung fehlgeschlagen",
    "Pengirim: verifikasi gagal",
    "Expéditeur : la vérification a échoué",
    "Nadawca: weryfikacja nie powiodła się",
]


@pytest.mark.parametrize("text", SENDER_CHECKS)
def test_failed_sender_verification_stays_a_failed_sender_check(text: str) -> None:
    assert parse_reply(text).reason == parse_reply(SENDER_CHECKS[0]).reason == "rejected", parse_reply(text).rule
