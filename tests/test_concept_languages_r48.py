"""Six more deciding concepts read in more languages (issue 10, round 48): wordings of our own composed of the
catalogue words added to bouncelib/_data/concepts.py (`_R48_CATALOGUE_WORDS`: coreutils.mo, evolution.mo,
evolution-data-server.mo, mutt.mo and Thunderbird langpack translations of an English text the tables read), each
read to the reason its English twin is read to ("authentication: service not available" / "internal error", "no
such user", "rejected by a filter rule", "error during processing", "delivery status notifications refused"). None
of them is read so on main before those words (sentences main read already, by a message refused, by RCPT+UNKNOWN or
by the model's guess, were reworded or left out)."""

from __future__ import annotations

import pytest

from bouncelib import parse_reply

CASES = [
    # OWN_FAULT with SMTPAUTH: "authentication service unavailable" (systemerror).
    ("Удостоверяването: услугата липсва", "systemerror"),
    ("Ovjera: usluga nije dostupna", "systemerror"),
    ("Autentimine: teenus ei ole saadaval", "systemerror"),
    ("Πιστοποίηση: η υπηρεσία δεν διατίθεται", "systemerror"),
    ("Tapatybės nustatymas: paslauga neprieinama", "systemerror"),
    ("Autentificarea: serviciul nu este disponibil", "systemerror"),
    ("Overenie totožnosti: služba nie je k dispozícii", "systemerror"),
    ("استيثاق: الخدمة غير متوفرة", "systemerror"),
    ("Autentikasi: layanan tidak tersedia", "systemerror"),
    ("인증 서비스를 사용할 수 없습니다", "systemerror"),
    ("Аутентифікації: служба не доступна", "systemerror"),
    ("Xác thực: dịch vụ chưa sẵn sàng", "systemerror"),
    ("Autentisering: tjenesten er ikke tilgjengelig", "systemerror"),
    ("Tunnistautuminen: palvelu ei ole käytettävissä", "systemerror"),
    ("Uwierzytelnienie: wewnętrzny błąd", "systemerror"),
    ("Todennus: sisäinen virhe", "systemerror"),
    ("Помилка аутентифікації: внутрішня помилка сервера", "systemerror"),
    ("Ověření: služba není k dispozici", "systemerror"),
    ("Authenticatie: dienst niet beschikbaar", "systemerror"),
    ("Authentification : service non disponible", "systemerror"),
    ("Authentifizierung: Dienst nicht verfügbar", "systemerror"),
    ("Hitelesítés: a szolgáltatás nem érhető el", "systemerror"),
    ("Autenticazione: servizio non disponibile", "systemerror"),
    ("Autenticação: serviço indisponível", "systemerror"),
    ("Autenticación: servicio no disponible", "systemerror"),
    ("Autentisering: tjänsten är inte tillgänglig", "systemerror"),
    ("Аутентификация: сервис недоступен", "systemerror"),
    ("Kimlik doğrulama: servis uygun değil", "systemerror"),
    ("Autentifikācija: serviss nav pieejams", "systemerror"),
    ("Overitev: storitev ni na voljo", "systemerror"),
    ("认证服务不可用", "systemerror"),
    ("認証サービスは利用できません", "systemerror"),
    # NO_RCPT: "no such user" (userunknown).
    ("550 няма такъв потребител", "userunknown"),
    ("550 nema takvog korisnika", "userunknown"),
    ("550 sellist kasutajat pole", "userunknown"),
    ("550 böyle bir kullanıcı yok", "userunknown"),
    ("550 无此用户", "userunknown"),
    ("550 그 사용자는 없습니다", "userunknown"),
    # FILTER_RULE with REFUSED: "rejected by a filter rule" (policyviolation).
    ("Niet geaccepteerd door filterregels", "policyviolation"),
    ("Nægtet af dine filterregler", "policyviolation"),
    ("Ej tillåtet enligt våra filterregler", "policyviolation"),
    ("Nektes etter våre filterregler", "policyviolation"),
    ("Отхвърлено от правило за филтриране", "policyviolation"),
    ("Odbijena: pravila filtra", "policyviolation"),
    ("Απορρίπτεται από κανόνα φίλτρου", "policyviolation"),
    ("Nav atļauta: filtra kārtula", "policyviolation"),
    ("Neleidžiama pagal filtro taisyklę", "policyviolation"),
    ("Niedozwolone przez regułę filtru", "policyviolation"),
    ("Odmietnutá pravidlom filtra", "policyviolation"),
    ("Zavrnjeno: pravilo filtriranja", "policyviolation"),
    ("Заблоковано правилом фільтрування", "policyviolation"),
    ("Ditolak oleh aturan filter", "policyviolation"),
    ("メッセージはフィルタールールによりブロックされました", "policyviolation"),
    ("메시지가 필터 규칙에 의해 거절되었습니다", "policyviolation"),
    ("550 Odmítnuto pravidlem filtru", "policyviolation"),
    ("550 Szűrési szabály miatt elutasítva", "policyviolation"),
    ("550 Отклонено правилом фильтрации", "policyviolation"),
    ("550 Süzme kuralı nedeniyle reddedildi", "policyviolation"),
    ("550 Suodatussäännöt: hylätty", "policyviolation"),
    # PROCESSING with ERROR: "error during processing" (systemerror).
    ("451 fejl under behandling", "systemerror"),
    ("451 fel vid behandling av meddelandet", "systemerror"),
    ("451 fout tijdens de verwerking", "systemerror"),
    ("451 feil under prosessering", "systemerror"),
    ("451 błąd podczas przetwarzania", "systemerror"),
    ("451 pri spracovaní nastala chyba", "systemerror"),
    ("451 klaida apdorojant laišką", "systemerror"),
    ("451 処理中にエラーが発生しました", "systemerror"),
    ("451 在处理时出现错误", "systemerror"),
    # The same in the languages ERROR had no word in (ERROR + PROCESSING: systemerror).
    ("451 Грешка при обработката на писмото", "systemerror"),
    ("451 Greška pri obradi poruke", "systemerror"),
    ("451 Kirja töötlemisel tekkis viga", "systemerror"),
    ("451 Σφάλμα κατά τη διεργασία του μηνύματος", "systemerror"),
    ("451 Vēstules apstrādes laikā radās kļūda", "systemerror"),
    ("451 Eroare în timpul procesării mesajului", "systemerror"),
    ("451 Napaka pri obdelavi sporočila", "systemerror"),
    ("451 Під час обробки листа сталася помилка", "systemerror"),
    ("451 Đã xảy ra lỗi khi xử lý thư", "systemerror"),
    ("451 Terjadi galat saat pemrosesan surel", "systemerror"),
    ("451 Ralat semasa memproses mesej", "systemerror"),
    ("451 حدث خطأ أثناء معالجة الرسالة", "systemerror"),
    ("451 메일 처리 중 오류가 발생했습니다", "systemerror"),
    # Delivery status notifications refused (BOUNCE_MSG + REFUSED: policyviolation).
    ("550 Meddelelser om leveringsstatus nægtet", "policyviolation"),
    ("550 Afleverstatusnotificaties worden hier niet geaccepteerd", "policyviolation"),
    ("550 Οι ειδοποιήσεις κατάστασης παράδοσης δεν επιτρέπονται", "policyviolation"),
    ("550 Toimitustilan ilmoitukset hylätään", "policyviolation"),
    ("550 Peringatan status pengiriman ditolak", "policyviolation"),
    ("550 Piegādes statusa paziņojumi nav atļauta", "policyviolation"),
    ("550 Notificări asupra stadiului livrării inacceptabile", "policyviolation"),
    ("550 Obvestila o stanju dostave zavrnjeno", "policyviolation"),
    ("550 Teslimat durumu bildirimleri reddedildi", "policyviolation"),
    ("550 递送状态通知被拒绝", "policyviolation"),
    ("550 تنويه حالة الاستلام غير مسموح", "policyviolation"),
]


@pytest.mark.parametrize(("text", "reason"), CASES)
def test_read_by_meaning(text: str, reason: str) -> None:
    assert parse_reply(text).reason == reason
