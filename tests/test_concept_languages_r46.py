"""Four more deciding concepts read in more languages (issue 10, round 46): wordings of our own composed of the
dictionary meanings added to bouncelib/_data/concepts.py (`_R46_DICTIONARY_WORDS`: FreeDict's English-to-X
dictionaries or the language's standard term), each read to the reason its English twin is read to ("the sender
has no reverse DNS record", "the recipient is not a user of this server", "your IP address is filtered",
"encrypted ZIP files are not accepted"). None of them was read so before those words (the Russian, Greek and
Japanese "not a user" sentences and a Dutch and a Czech "encrypted ZIP" one were, and are left out; the Japanese
"filtered" one was read as userunknown)."""

from __future__ import annotations

import pytest

from bouncelib import parse_reply

CASES = [
    # The sending host has no reverse DNS, no reverse record (PTR: requireptr).
    ("Pro vaši adresu chybí reverzní záznam", "requireptr"),
    ("Odosielateľ nemá reverzný záznam", "requireptr"),
    ("A küldő gépnek nincs fordított DNS bejegyzése", "requireptr"),
    ("Lähettäjällä ei ole käänteistä DNS:ää", "requireptr"),
    ("Afsenderen har intet omvendt DNS opslag", "requireptr"),
    ("Avsenderen mangler omvendt DNS oppslag", "requireptr"),
    ("Gönderenin ters DNS kaydı yok", "requireptr"),
    ("Expeditorul nu are DNS invers", "requireptr"),
    ("Pošiljatelj nema obrnuti DNS zapis", "requireptr"),
    ("Pošiljatelj nima obratnega DNS zapisa", "requireptr"),
    ("Подателят няма обратен DNS запис", "requireptr"),
    ("Відправник не має зворотного DNS запису", "requireptr"),
    ("Ο αποστολέας δεν έχει αντίστροφο DNS", "requireptr"),
    ("发件服务器没有反向解析记录", "requireptr"),
    # The recipient is not a user of this server (NOT_A_USER: userunknown).
    ("Адресат не є користувачем цього сервера", "userunknown"),
    ("Адресатът не е потребител на този сървър", "userunknown"),
    ("Adresát není uživatelem tohoto serveru", "userunknown"),
    ("Adresát nie je používateľom tohto servera", "userunknown"),
    ("Adresat nije korisnik ovog poslužitelja", "userunknown"),
    ("Naslovnik ni uporabnik tega strežnika", "userunknown"),
    ("A címzett nem felhasználója ennek a kiszolgálónak", "userunknown"),
    ("Vastaanottaja ei ole käyttäjä tällä palvelimella", "userunknown"),
    ("Mottagaren är inte en användare på denna server", "userunknown"),
    ("Modtageren er ikke en bruger på denne server", "userunknown"),
    ("Mottakeren er ikke en bruker på denne serveren", "userunknown"),
    ("Alıcı bu sunucunun kullanıcısı değil", "userunknown"),
    ("Destinatarul nu este utilizator al acestui server", "userunknown"),
    ("수신자는 이 서버의 사용자가 아닙니다", "userunknown"),
    # The sending host's IP address is filtered (CLIENT + CLIENT_FILTERED: blocked).
    ("Vaše IP adresa je filtrována", "blocked"),
    ("Vaša IP adresa je filtrovaná", "blocked"),
    ("Uw IP adres wordt gefilterd", "blocked"),
    ("Twój adres IP jest filtrowany", "blocked"),
    ("Ваш IP адрес фильтруется", "blocked"),
    ("Ваша IP адреса фільтрується", "blocked"),
    ("Din IP adress filtreras", "blocked"),
    ("Din IP adresse er filtreret", "blocked"),
    ("Din IP adresse blir filtrert", "blocked"),
    ("IP osoitteesi on suodatettu", "blocked"),
    ("Az IP címe szűrve van", "blocked"),
    ("IP adresiniz filtreleniyor", "blocked"),
    ("Adresa IP este filtrată", "blocked"),
    ("Vaša IP adresa je filtrirana", "blocked"),
    ("Vaš IP naslov je filtriran", "blocked"),
    ("Вашият IP адрес е филтриран", "blocked"),
    ("Η διεύθυνση IP φιλτράρεται", "blocked"),
    ("送信元IPアドレスはフィルタリングされています", "blocked"),
    ("발신 IP 주소가 필터링되었습니다", "blocked"),
    # A file or archive protected by a password, encrypted (FILE_KIND + PROTECTED: policyviolation).
    ("ZIP bestand versleuteld, geweigerd", "policyviolation"),
    ("Archiwum ZIP chronione hasłem zostało odrzucone", "policyviolation"),
    ("PDF chráněný heslem nelze přijmout", "policyviolation"),
    ("Šifrovaný PDF nie je povolený", "policyviolation"),
    ("Зашифрованные ZIP архивы не принимаются", "policyviolation"),
    ("Захищені паролем ZIP архіви не приймаються", "policyviolation"),
    ("Lösenordsskyddade ZIP filer tas inte emot", "policyviolation"),
    ("Krypterede ZIP filer modtages ikke", "policyviolation"),
    ("Passordbeskyttede ZIP filer godtas ikke", "policyviolation"),
    ("Salasanasuojattu ZIP paketti hylättiin", "policyviolation"),
    ("Jelszóval védett ZIP nem fogadható el", "policyviolation"),
    ("Şifreli ZIP kabul edilmiyor", "policyviolation"),
    ("Arhivele ZIP criptate nu sunt acceptate", "policyviolation"),
    ("ZIP zaštićen lozinkom nije dopušten", "policyviolation"),
    ("ZIP zaščiten z geslom ni dovoljen", "policyviolation"),
    ("Криптирани ZIP архиви не се приемат", "policyviolation"),
    ("Κρυπτογραφημένα ZIP δεν γίνονται δεκτά", "policyviolation"),
]

@pytest.mark.parametrize(("text", "reason"), CASES)
def test_read_by_meaning(text: str, reason: str) -> None:
    assert parse_reply(text).reason == reason
