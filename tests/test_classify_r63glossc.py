"""Words by meaning from the translation catalogues of programs that are not SMTP programs (round r63glossc:
sudo's sudoers.mo, NetworkManager's nm-applet.mo; see `_R63_GLOSSC_WORDS` in bouncelib/_data/concepts.py), each
tested in wordings of our own: a mail server or client saying the same thing in that language."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "Serveren meldte en godkendelsesfejl for kontoen",  # da: an authentication error
    "Aanmeldingsfout bij de uitgaande server",  # nl: a login error
    "Λάθος στην εισαγωγή του κωδικού πρόσβασης",  # el: the access code (password), genitive
    "Unos lozinke nije uspio na poslužitelju",  # hr: the password (genitive)
    "Провера лозинке на серверу није успела",  # sr (Cyrillic), genitive
    "Сервер не прийняв вашого пароля",  # uk: the password (genitive)
    "Máy chủ thư từ chối mật khẩu của tài khoản",  # vi: password
    "Server menolak kata sandi akun Anda",  # id: password
    "Palvelin ei hyväksynyt salasanan tätä tiliä varten",  # fi: the password (genitive/accusative)
    "Chaidh am facal-faire agad a dhiùltadh",  # gd: password
    "Póstþjónninn hafnaði lykilorði notandans",  # is: the password (dative)
    "ਸਰਵਰ ਨੇ ਤੁਹਾਡਾ ਪਾਸਵਰਡ ਨਹੀਂ ਮੰਨਿਆ",  # pa: password
    "Серверот ја одби автентикација на корисникот",  # mk: authentication
    "身份验证没有通过",  # zh: authentication (identity verification)
    "Ο διακομιστής ζήτησε διαδικασία πιστοποίησης",  # el: authentication (genitive)
])
def test_a_password_or_authentication_is_a_security_error(text: str) -> None:
    # RFC 4954 (SMTP AUTH): the password and authentication in the languages' own words, read by a concept rule.
    reply = parse_reply(text)
    assert reply.reason is Reason.SECURITYERROR
    assert reply.rule.startswith("concept:"), reply.rule


@pytest.mark.parametrize("text", [
    "Сертыфікат сервера састарэў",  # be: the certificate expired
    "Το πιστοποιητικό έληξε χθες",  # el
    "Zerbitzariaren ziurtagiria iraungi da",  # eu
    "Vjerodajnica poslužitelja je istekla",  # hr
    "Sertifikat server kedaluarsa",  # id
    "Sijil pelayan tamat tempoh semalam",  # ms
    "サーバーの証明書は有効期限が切れています",  # ja
    "სერვერის სერტიფიკატი ვადაგასულია",  # ka
    "Chứng nhận này đã hết hạn",  # vi
    "服务器证书已过期",  # zh
    "El certificado ya ha caducado",  # es
    "Platnost certifikátu vypršela",  # cs
    "Certifikát servera vypršal",  # sk
    "Срок действия сертификата сервера истек",  # ru
    "La certificació ja ha vençut",  # ca
])
def test_a_certificate_expired_is_a_tls_failure(text: str) -> None:
    # RFC 3207 / RFC 5280: the certificate and its expiry in the languages' own words.
    reply = parse_reply(text)
    assert reply.reason is Reason.FAILEDSTARTTLS
    assert reply.rule == "concept:CERT+ADDR_EXPIRED", reply.rule


@pytest.mark.parametrize("text", [
    "El certificat no coincideix amb el servidor",  # ca: the certificate does not match
    "El certificado no coincide con el servidor",  # es
    "O certificado non coincide co servidor",  # gl
    "Certifikát neodpovídá názvu serveru",  # cs
    "Certifikatet passer ikke til værtsnavnet",  # da
    "Palvelimen varmenne ei vastaa nimeä",  # fi
    "Le certificat présenté ne correspond pas au nom du serveur",  # fr
    "A tanúsítvány nem felel meg a gépnévnek",  # hu
    "Il certificato non corrisponde al nome del server",  # it
    "Сертификат сервер атына сәйкес келмейді",  # kk
    "Sertifikāts neatbilst servera nosaukumam",  # lv
    "Het certificaat komt niet overeen met de hostnaam",  # nl
    "Certyfikat nie pasuje do nazwy serwera",  # pl
    "Certificatul nu se potrivește cu numele serverului",  # ro
    "Сертификат не соответствует имени сервера",  # ru
    "Certifikát sa nezhoduje s názvom servera",  # sk
    "Certifikatet överensstämmer inte med värdnamnet",  # sv
    "Sertifika sunucu adıyla eşleşmiyor",  # tr
    "Сертифікат не відповідає назві сервера",  # uk
    "Το πιστοποιητικό δεν ταιριάζει με το όνομα",  # el
    "Sertifikat tak cocok dengan nama server",  # id
    "Sijil tidak sepadan dengan nama pelayan",  # ms
    "証明書が一致しません",  # ja
    "证书与主机名不匹配",  # zh (simplified)
    "憑證不符合主機名稱",  # zh (traditional)
    "Служба сертифікації не відповідає серверу",  # uk: the certification (authority)
    "Autoritatea de certificare nu se potrivește cu serverul",  # ro: certification
])
def test_a_certificate_that_does_not_match_is_a_tls_failure(text: str) -> None:
    # RFC 6125 (the certificate's identity): "does not match" in the languages' own words.
    reply = parse_reply(text)
    assert reply.reason is Reason.FAILEDSTARTTLS
    assert reply.rule.startswith("concept:CERT+"), reply.rule


@pytest.mark.parametrize("text", [
    "La entidad emisora del certificado no se conoce",  # es: not known
    "A autoridade do certificado non é coñecida",  # gl
    "A entidade emissora do certificado não é conhecida",  # pt
    "Wystawca certyfikatu nie jest znany",  # pl
    "Autoritatea care a semnat certificatul nu este cunoscută",  # ro
    "Vydavateľ certifikátu nie je známy",  # sk
    "Sertifika sağlayıcısı bilinmiyor",  # tr
    "Izdavatelj vjerodajnice nije poznat",  # hr
    "Sertifikāta izdevēja iestāde nav pazīstama",  # lv
    "Pengeluar sijil tidak diketahui",  # ms
    "Сертификаттың иесі белгісіз",  # kk
    "სერტიფიკატის გამომცემი უცნობია",  # ka
])
def test_a_certificate_not_known_is_a_tls_failure(text: str) -> None:
    # RFC 5280 (an unknown issuer): the certificate and "not known" in the languages' own words.
    reply = parse_reply(text)
    assert reply.reason is Reason.FAILEDSTARTTLS
    assert reply.rule.startswith("concept:CERT+"), reply.rule


@pytest.mark.parametrize("text", [
    "Platnost hesla k účtu vypršela",  # cs: the password (genitive)
    "Zadanie hesla na serveri zlyhalo",  # sk
])
def test_a_password_in_the_genitive_is_a_security_error(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.SECURITYERROR
    assert reply.rule.startswith("concept:"), reply.rule


@pytest.mark.parametrize("text", [
    "接收者不存在",  # zh (simplified): the recipient does not exist
    "收件者不存在",  # zh (traditional)
    "Mottakeren finnes ikke: ukjent mottaker",  # nb
])
def test_a_recipient_unknown_is_a_user_unknown(text: str) -> None:
    # RFC 3463 X.1.1 bad destination mailbox address: the recipient in the languages' own words.
    reply = parse_reply(text)
    assert reply.reason is Reason.USERUNKNOWN
    assert reply.rule.startswith("concept:RCPT+"), reply.rule


@pytest.mark.parametrize("text", [
    "Žádní platní příjemci se nenašli",  # cs: no valid recipients
    "Der var ingen gyldige modtagere i beskeden",  # da
    "Die Nachricht hat keine gültigen Empfänger",  # de
    "Le message n'a aucun destinataire valable",  # fr
    "Il messaggio non ha nessun destinatario valido",  # it
    "Meldingen har ingen gyldige mottakere",  # nb
    "Meddelandet hade inga giltiga mottagare",  # sv
    "Для письма не заданы получатели",  # ru: no recipients given
])
def test_no_valid_recipients_is_a_syntax_error(text: str) -> None:
    # RFC 5321 section 3.3 (a transaction needs a recipient): "no valid recipients" in the languages' own words.
    reply = parse_reply(text)
    assert reply.reason is Reason.SYNTAXERROR
    assert reply.rule == "concept:NONE_ACCEPTED", reply.rule


@pytest.mark.parametrize("text", [
    "Занадта шмат злучэнняў з вашага адраса",  # be: too many connections
    "Зашмат злучэнняў адначасова",  # be
    "Πάρα πολλές συνδέσεις από τη διεύθυνσή σας",  # el
    "Liiga palju ühendusi korraga",  # et
    "Konexio gehiegi aldi berean",  # eu
    "Trop d’ouvertures de connexion",  # fr: "trop d'" before a vowel
    "Demasiadas conexões simultâneas",  # pt
    "Prea multe conexiuni simultane",  # ro
    "Preveč povezav hkrati",  # sl
    "Надто багато з’єднань з вашої адреси",  # uk
    "Par daudz savienojumu vienlaikus",  # lv
    "მეტისმეტად ბევრი კავშირი",  # ka
    "Príliš veľa spojení naraz",  # sk
    "Превише веза одједном",  # sr
])
def test_too_many_connections_is_too_many_connections(text: str) -> None:
    # RFC 5321 section 4.5.3.2 / 421: "too many" and the connections in the languages' own words.
    reply = parse_reply(text)
    assert reply.reason is Reason.TOOMANYCONN
    assert reply.rule == "concept:CONNECTION+TOO_MANY", reply.rule


@pytest.mark.parametrize("text", [
    "Zerbitzariak konexioak itxi ditu",  # eu: the server closed the connections
    "Serverul a refuzat conexiunile",  # ro: refused the connections
])
def test_connections_in_the_plural_are_connections(text: str) -> None:
    # RFC 3463 X.4.2 bad connection: the connections in the plural, closed or refused.
    reply = parse_reply(text)
    assert reply.reason is Reason.NETWORKERROR
    assert reply.rule.startswith("concept:CONNECTION+"), reply.rule


@pytest.mark.parametrize("text", [
    "Bústia del destinatari: no hi ha espai lliure",  # ca: no free space
    "Schránka příjemce: není volné místo",  # cs
    "Im Postfach des Empfängers ist nicht genug Speicherplatz",  # de: not enough space
    "Γραμματοκιβώτιο παραλήπτη: δεν απέμεινε ελεύθερος χώρος",  # el
    "En el buzón del destinatario no queda espacio libre",  # es
    "Saaja postkastis pole vaba ruumi",  # et
    "Postontzia: ez dago leku librerik",  # eu
    "Postilaatikko: ei ole riittävästi tilaa",  # fi
    "Plus d’espace disponible dans la boîte aux lettres du destinataire",  # fr
    "Na caixa do destinatario non queda espazo",  # gl
    "U poštanskom sandučiću primatelja nema dostupnog prostora",  # hr
    "A címzett postafiókjában nincs több hely",  # hu
    "Kotak surat penerima: tak ada sisa ruang",  # id
    "Nella casella del destinatario niente spazio rimasto",  # it
    "受信者のメールボックスに空き容量がありません",  # ja
    "수신자의 메일함에 남은 공간이 없습니다",  # ko
    "Gavėjo pašto dėžutėje neliko laisvos vietos",  # lt
    "Saņēmēja pastkastītē vairs nav brīvas vietas",  # lv
    "Peti mel penerima: tidak ada ruang lagi",  # ms
    "In de mailbox van de ontvanger is geen vrije ruimte meer",  # nl
    "Brak miejsca w skrzynce pocztowej odbiorcy",  # pl
    "Caixa de correio do destinatário sem espaço disponível",  # pt
    "În căsuța destinatarului nu a mai rămas spațiu",  # ro
    "Schránka príjemcu: už nie je miesto",  # sk
    "Prejemnik: ni več prostora",  # sl
    "Поштанско сандуче: нема више простора",  # sr
    "Mottagarens brevlåda: inget ledigt utrymme",  # sv
    "Posta kutusu: yer kalmadı",  # tr
    "У поштовій скриньці одержувача не залишилось вільного місця",  # uk
    "Hộp thư người nhận không còn chỗ trống",  # vi
    "收件人的邮箱没有剩余空间",  # zh (simplified)
    "收件人的信箱沒有剩餘空間",  # zh (traditional)
])
def test_a_mailbox_with_no_space_left_is_a_full_mailbox(text: str) -> None:
    # RFC 3463 X.2.2 mailbox full: "no (free) space left" in the languages' own words, said of a mailbox.
    reply = parse_reply(text)
    assert reply.reason is Reason.MAILBOXFULL
    assert reply.rule == "concept:RCPT+FULL", reply.rule


@pytest.mark.parametrize("text", [
    "Vaša poruka je prevelika za ovaj poslužitelj",  # hr: too large
    "Ваша порука је превелика",  # sr (Cyrillic)
    "メッセージが大き過ぎるため拒否されました",  # ja
    "A mensagem é grande demais para o servidor",  # pt
    "Ваше повідомлення є надто великим",  # uk
    "Повідомлення надто велике для цього сервера",  # uk: nominative
    "此郵件過長",  # zh (traditional)
])
def test_a_message_too_large_is_a_message_too_big(text: str) -> None:
    # RFC 3463 X.3.4 message too big for system: "too large" in the languages' own words.
    reply = parse_reply(text)
    assert reply.reason is Reason.MESGTOOBIG
    assert reply.rule == "concept:MESSAGE+TOOBIG", reply.rule


@pytest.mark.parametrize("text", [
    "发送者未知",  # zh (simplified): the sender unknown
    "寄件者地址遭到拒絕",  # zh (traditional): the sender's address refused
])
def test_a_sender_unknown_or_refused_is_rejected(text: str) -> None:
    # RFC 3463 X.1.7/X.1.8 (the sender's address): the sender in the languages' own words.
    reply = parse_reply(text)
    assert reply.reason is Reason.REJECTED
    assert reply.rule.startswith("concept:SENDER+"), reply.rule


@pytest.mark.parametrize("text", [
    "Сервер не прыняў уваход з гэтым паролем",  # be: with the password (instrumental)
    "Prijava lozinkom nije uspjela",  # hr
    "Server nepřijal zadání s tímto heslem",  # cs
    "Ο κωδικός πρόσβασής σας δεν είναι σωστός",  # el
    "Sisselogimine parooliga ebaõnnestus",  # et
    "Ezin izan da pasahitzarekin sartu",  # eu
    "Salasanasi on väärä",  # fi: your password
    "A jelszava nem megfelelő",  # hu: your password
    "Nem sikerült belépni ezzel a jelszóval",  # hu: with the password
    "Sandi Anda salah",  # id: your password
    "პაროლის შეყვანა ვერ მოხერხდა",  # ka
    "Бұл парольмен кіру мүмкін болмады",  # kk
    "Slaptažodžio patikrinimas nepavyko",  # lt
    "Serveris nepieņēma jūsu paroli",  # lv
    "Kata laluan tidak sah",  # ms
    "Вход с этим паролем не выполнен",  # ru
    "Prihlásenie heslom zlyhalo",  # sk
    "Prijava z geslom ni uspela",  # sl
    "Parolanızın doğrulanması başarısız oldu",  # tr
    "Неправильний формат паролю",  # uk
    "आपका कूटशब्द गलत है",  # hi
    "உங்கள் கடவுச்சொல் தவறானது",  # ta
    "તમારો પાસવર્ડ ખોટો છે",  # gu
    "আপনার পাসওয়ার্ড ভুল",  # bn
    "पासवर्डची पडताळणी अयशस्वी",  # mr
    "तपाईँको पासवर्ड गलत छ",  # ne
    "ପ୍ରବେଶ ସଂକେତ ଭୁଲ ଅଟେ",  # or
])
def test_a_password_in_its_other_forms_is_a_security_error(text: str) -> None:
    # RFC 4954 (SMTP AUTH): the password in its cases and with possessive endings, in the languages' own words.
    reply = parse_reply(text)
    assert reply.reason is Reason.SECURITYERROR
    assert reply.rule.startswith("concept:"), reply.rule
