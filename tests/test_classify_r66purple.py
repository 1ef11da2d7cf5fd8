"""Round r66purple: words by meaning from instant-messaging catalogues (Pidgin, Gajim, HexChat), language by
language; each sentence is our own wording and must be read through a concept rule, not a model guess."""

from __future__ import annotations

import pytest

from bouncelib import parse_reply

CASES = [
    # Romance and Germanic languages.
    ("El compte de correu del destinatari està inhabilitat", "suspend", "concept:RCPT+DISABLED"),
    ("La cuenta del destinatario fue deshabilitada por inactividad", "suspend", "concept:RCPT+DISABLED"),
    ("Kontoen til mottaker er deaktivert av administrator", "suspend", "concept:RCPT+DISABLED"),
    ("S'ha excedit el temps d'espera de la connexió", "networkerror", "concept:TIMEOUT"),
    ("Servidor: tiempo agotado al esperar la respuesta", "networkerror", "concept:TIMEOUT"),
    ("O endereço indicado não foi encontrado neste servidor", "userunknown", "concept:ADDR+UNKNOWN"),
    ("Destinataire non trouvé sur ce domaine", "userunknown", "concept:RCPT+UNKNOWN"),
    ("Brukeren ble ikke funnet på denne tjeneren", "userunknown", "concept:RCPT+UNKNOWN"),
    ("Användaren hittades inte i katalogen", "userunknown", "concept:RCPT+UNKNOWN"),
    ("Waarmerking vereist voordat u mag verzenden", "securityerror", "concept:SMTPAUTH+REQUIRED"),
    ("Das Zertifikat des Servers konnte nicht überprüft werden", "failedstarttls", "concept:CERT+FAILED"),
    ("Sei stato cacciato da questo server per abuso", "blocked", "concept:YOU_BANNED"),
    ("Du är spärrad på grund av missbruk", "blocked", "concept:YOU_BANNED"),
    ("Foi banido deste servidor por abuso", "blocked", "concept:YOU_BANNED"),
    ("Beskeden er alt for stor til at blive modtaget", "mesgtoobig", "concept:MESSAGE+TOOBIG"),
    ("Forbindelse afvist af fjernværten", "networkerror", "concept:NETWORK"),
    ("Anslutningen nekades av servern", "networkerror", "concept:NETWORK"),
    ("Mistede forbindelsen til fjernserveren", "networkerror", "concept:CONNECTION+LOST"),
    ("Tilkoblingen lyktes ikke", "networkerror", "concept:CONNECTION+FAILED"),
    ("Policyöverträdelse: meddelandet stoppades", "policyviolation", "concept:POLICY"),
    # Finnish, Hungarian, Baltic and Slavic languages, Basque.
    ("Käyttäjätili on poistettu käytöstä pysyvästi", "suspend", "concept:RCPT+DISABLED"),
    ("Vastaanottaja on tuntematon", "userunknown", "concept:RCPT+UNKNOWN"),
    ("Ei yhteyttä määräajassa, yritä myöhemmin", "networkerror", "concept:TIMEOUT"),
    ("A fiók le van tiltva a rendszergazda által", "suspend", "concept:RCPT+DISABLED"),
    ("Szabályok megsértése miatt az üzenet nem továbbítható", "policyviolation", "concept:POLICY"),
    ("A tanúsítvány sajnos nem ellenőrizhető", "failedstarttls", "concept:CERT+FAILED"),
    ("Naudotojas šiame serveryje nerastas", "userunknown", "concept:RCPT+UNKNOWN"),
    ("Jungtis atmesta nuotolinio serverio", "networkerror", "concept:NETWORK"),
    ("Lietotājs šajā serverī nav atrasts", "userunknown", "concept:RCPT+UNKNOWN"),
    ("Ziņojums ir pārāk liels saņēmējam", "mesgtoobig", "concept:MESSAGE+TOOBIG"),
    ("Sertifikāts: nespēj validēt", "failedstarttls", "concept:CERT+FAILED"),
    ("Nie odnaleziono użytkownika o tym adresie", "userunknown", "concept:RCPT+UNKNOWN"),
    ("Учётная запись отключена администратором", "suspend", "concept:RCPT+DISABLED"),
    ("Нарушение правил отправки почты", "policyviolation", "concept:POLICY"),
    ("Сертификат сервера просрочен", "failedstarttls", "concept:CERT+ADDR_EXPIRED"),
    ("Користувач з такою адресою не знайдений", "userunknown", "concept:RCPT+UNKNOWN"),
    ("Час злучэння выйшаў, паспрабуйце пазней", "networkerror", "concept:TIMEOUT"),
    ("Uporabnika s tem naslovom ni mogoče najti", "userunknown", "concept:RCPT+UNKNOWN"),
    ("Overovitev pošiljatelja je obvezna", "securityerror", "concept:SMTPAUTH+REQUIRED"),
    ("Корисник са том адресом није пронађен", "userunknown", "concept:RCPT+UNKNOWN"),
    ("Korisnik nije pronađen na ovom serveru", "userunknown", "concept:RCPT+UNKNOWN"),
    ("Kontua ezgaitua dago", "suspend", "concept:RCPT+DISABLED"),
    ("Ezin konektatu urruneko zerbitzarira", "networkerror", "concept:NETWORK"),
    # Chinese, Japanese, Korean, Vietnamese, Khmer, Georgian, Turkish, Gujarati and Odia.
    ("帐号已经被禁用，请联系管理员", "suspend", "concept:RCPT+DISABLED"),
    ("该用户未找到", "userunknown", "concept:RCPT+UNKNOWN"),
    ("邮件太长，无法投递", "mesgtoobig", "concept:MESSAGE+TOOBIG"),
    ("您的IP已被封禁", "blocked", "concept:YOU_BANNED"),
    ("證書已過期，無法建立安全連線", "failedstarttls", "concept:CERT+ADDR_EXPIRED"),
    ("証明書は期限切れです。接続できません", "failedstarttls", "concept:CERT+ADDR_EXPIRED"),
    ("このサーバから締め出されました", "blocked", "concept:YOU_BANNED"),
    ("계정이 관리자에 의해 사용이 금지되었습니다", "suspend", "concept:RCPT+DISABLED"),
    ("비밀번호가 올바르지 않습니다", "securityerror", "concept:SMTPAUTH+UNKNOWN"),
    ("Không tìm thấy người dùng với địa chỉ này", "userunknown", "concept:RCPT+UNKNOWN"),
    ("Tin nhắn quá lớn để gửi đi", "mesgtoobig", "concept:MESSAGE+TOOBIG"),
    ("Máy chủ đã đóng kết nối đột ngột", "networkerror", "concept:CONNECTION+LOST"),
    ("Vi phạm chính sách gửi thư", "policyviolation", "concept:POLICY"),
    ("គណនី នេះ ត្រូវ បាន បិទ", "suspend", "concept:RCPT+DISABLED"),
    ("រក មិនឃើញ អ្នក ប្រើ នេះ ទេ", "userunknown", "concept:RCPT+UNKNOWN"),
    ("მომხმარებელი ვერ ვიპოვე ამ სერვერზე", "userunknown", "concept:RCPT+UNKNOWN"),
    ("შეტყობინება ძალიან დიდია გასაგზავნად", "mesgtoobig", "concept:MESSAGE+TOOBIG"),
    ("Hesap yönetici tarafından kapatılmıştır", "suspend", "concept:RCPT+DISABLED"),
    ("Sunucuya bağlanılamıyor", "networkerror", "concept:NETWORK"),
    ("આ ખાતું નિષ્ક્રિય છે", "suspend", "concept:RCPT+DISABLED"),
    ("ଏହି ଆକାଉଣ୍ଟ ଅକ୍ଷମ ହୋଇଛି", "suspend", "concept:RCPT+DISABLED"),
    ("ସର୍ଭର ସହିତ ସଂଯୋଗ ବିଚ୍ଛିନ୍ନ ହେଲା", "networkerror", "concept:CONNECTION+LOST"),
    # Czech, Greek, Romanian, Galician, Indonesian, Malay, Bulgarian, Macedonian, Estonian, Hebrew, Hindi, Albanian.
    ("Účet adresáta byl zakázán správcem", "suspend", "concept:RCPT+DISABLED"),
    ("Porušení pravidel odesílání pošty", "policyviolation", "concept:POLICY"),
    ("Ο λογαριασμός του παραλήπτη έχει απενεργοποιηθεί", "suspend", "concept:RCPT+DISABLED"),
    ("Ο χρήστης δε βρέθηκε στον διακομιστή", "userunknown", "concept:RCPT+UNKNOWN"),
    ("Contul destinatarului a fost dezactivat", "suspend", "concept:RCPT+DISABLED"),
    ("Utilizatorul nu a fost găsit pe acest server", "userunknown", "concept:RCPT+UNKNOWN"),
    ("Non se atopou o usuario indicado", "userunknown", "concept:RCPT+UNKNOWN"),
    ("Alamat tersebut tidak ditemukan di server ini", "userunknown", "concept:ADDR+UNKNOWN"),
    ("Akaun penerima telah dilumpuhkan", "suspend", "concept:RCPT+DISABLED"),
    ("Потребителят не е намерен на този сървър", "userunknown", "concept:RCPT+UNKNOWN"),
    ("Корисникот не е пронајден на серверот", "userunknown", "concept:RCPT+UNKNOWN"),
    ("Пораката е преголема за примачот", "mesgtoobig", "concept:MESSAGE+TOOBIG"),
    ("Kasutajat ei leitud serverist", "userunknown", "concept:RCPT+UNKNOWN"),
    ("החשבון של הנמען בוטל", "suspend", "concept:RCPT+DISABLED"),
    ("ההודעה ארוכה מדי לשליחה", "mesgtoobig", "concept:MESSAGE+TOOBIG"),
    ("प्राप्तकर्ता का खाता निष्क्रिय है", "suspend", "concept:RCPT+DISABLED"),
    ("Llogaria e marrësit është çaktivizuar", "suspend", "concept:RCPT+DISABLED"),
    ("Mesazhi është shumë i madh për këtë shërbyes", "mesgtoobig", "concept:MESSAGE+TOOBIG"),
    ("Shërbyesi e mbylli lidhjen papritur", "networkerror", "concept:CONNECTION+LOST"),
    # Afrikaans, Norwegian Nynorsk, Irish, Arabic and Persian.
    ("Die rekening van die ontvanger is gedeaktiveer", "suspend", "concept:RCPT+DISABLED"),
    ("Die boodskap is heeltemal te groot", "mesgtoobig", "concept:MESSAGE+TOOBIG"),
    ("Fann ikkje brukaren på tenaren", "userunknown", "concept:RCPT+UNKNOWN"),
    ("Meldinga er for stor for mottakaren", "mesgtoobig", "concept:MESSAGE+TOOBIG"),
    ("Tá an cuntas díchumasaithe", "suspend", "concept:RCPT+DISABLED"),
    ("لم يعثر على المستخدم في هذا الخادم", "userunknown", "concept:RCPT+UNKNOWN"),
    ("الرسالة طويلة للغاية لإرسالها", "mesgtoobig", "concept:MESSAGE+TOOBIG"),
    ("کاربر در این سرور پیدا نشد", "userunknown", "concept:RCPT+UNKNOWN"),
    ("حساب گیرنده از کار انداخته شده است", "suspend", "concept:RCPT+DISABLED"),
    # Indic languages.
    ("இந்த பயனாளர் காணப்படவில்லை", "userunknown", "concept:RCPT+UNKNOWN"),
    ("ಈ ಖಾತೆಯನ್ನು ನಿಷ್ಕ್ರಿಯಗೊಳಿಸಲಾಗಿದೆ", "suspend", "concept:RCPT+DISABLED"),
    ("हा वापरकर्ता सर्व्हरवर आढळला नाही", "userunknown", "concept:RCPT+UNKNOWN"),
    ("ఈ సందేశం చాలా పెద్దది కాబట్టి పంపలేము", "mesgtoobig", "concept:MESSAGE+TOOBIG"),
    ("প্রাপক এই সার্ভারে পাওয়া যায়নি", "userunknown", "concept:RCPT+UNKNOWN"),
    ("यो सन्देश अति ठूलो छ", "mesgtoobig", "concept:MESSAGE+TOOBIG"),
    ("সার্ভারের সংযোগ প্রত্যাখ্যান করা হয়েছে", "networkerror", "concept:NETWORK"),
]


@pytest.mark.parametrize(("text", "reason", "rule"), CASES)
def test_im_catalogue_words_read_by_meaning(text: str, reason: str, rule: str) -> None:
    reply = parse_reply(text)
    assert reply.reason == reason
    assert reply.rule == rule
