"""Words by meaning from web applications' translated account and address errors (round r66web: WordPress's
wordpress-l10n and MediaWiki's languages/i18n catalogues), and an ill-formed address quoted in any way beside an
address said invalid in any language (the tuning rows of Horde IMP's "Invalid email address (%s)"), each tested in
wordings of our own; every case must be read by a concept rule, not by the model."""

from __future__ import annotations

import pytest
from rule_reading import by_concept as _by_rule

from bouncelib import Reason


@pytest.mark.parametrize("text", [
    "550 Zustellung abgelehnt: der Benutzername bob ist auf diesem System nicht vorhanden",  # de
    "Zustellung abgelehnt: nicht vorhandener Benutzername",  # de: the adjective before it
    "550 Помилка: користувача bob на цьому сервері не існує",  # uk
    "550 Vastaanottaja bob ei ole olemassa tällä palvelimella",  # fi
    "550 Lietotājs bob šajā serverī neeksistē",  # lv
    "550 Modtageren findes ikke på denne server",  # da
    "550 Uporabnik bob na tem strežniku ne obstaja",  # sl
    "550 Корисник bob не постоји на овом серверу",  # sr
    "550 მომხმარებელი bob ამ სერვერზე არ არსებობს",  # ka
    "550 Атрымальнік bob на гэтым серверы не існуе",  # be
])
def test_a_user_or_recipient_said_not_to_exist_is_unknown(text: str) -> None:
    assert _by_rule(text) is Reason.USERUNKNOWN


@pytest.mark.parametrize("text", [
    "550 Die angegebene Adresse hat ein falsches Format",  # de
    "550 Адреса отримувача має невідповідний формат",  # uk
    "550 Sähköpostiosoite on väärin muotoiltu",  # fi
    "550 Adressen har et ugyldigt format",  # da
    "550 받는 사람 주소의 형식이 잘못되었습니다",  # ko
])
def test_an_address_in_a_wrong_format_is_its_syntax(text: str) -> None:
    assert _by_rule(text) is Reason.SYNTAXERROR


@pytest.mark.parametrize("text", [
    "Ungültige E-Mail-Adresse (bob@example.org@)",  # de: one more "@" after the domain, in parentheses
    "Adresse électronique invalide : bob@@example.org",  # fr: two "@" in a row, bare after a colon
    "Ogiltig e-postadress (anna@example.org@) angiven",  # sv
])
def test_an_address_said_invalid_and_written_ill_formed_is_its_syntax(text: str) -> None:
    assert _by_rule(text) is Reason.SYNTAXERROR


# (A server's reply, its code first: without one, an address said invalid and nothing more is the address as
# written, syntaxerror, corpus/LABELING.md "Invalid (e-mail) address", round r67inv.)
@pytest.mark.parametrize("text", [
    "550 Ungültige E-Mail-Adresse (bob@example.org)",  # de: a well-formed address said invalid
    "550 Ogiltig e-postadress: anna@example.org.",  # sv: the full stop ends the sentence, not the address
])
def test_an_address_said_invalid_and_written_well_formed_stays_unknown(text: str) -> None:
    assert _by_rule(text) is Reason.USERUNKNOWN


@pytest.mark.parametrize("text", [
    "550 Adreça del destinatari no vàlida",  # ca
    "550 Некоректна адреса отримувача",  # uk
    "550 Virheellinen vastaanottaja",  # fi
    "550 Ошибочный адрес получателя",  # ru
    "550 Неважећа адреса примаоца",  # sr
    "550 Няслушны адрас атрымальніка",  # be
    "550 Hartzailearen helbidea baliogabea da",  # eu
    "550 Άκυρο όνομα χρήστη",  # el
])
def test_a_recipient_or_address_said_invalid_is_unknown(text: str) -> None:
    assert _by_rule(text) is Reason.USERUNKNOWN


@pytest.mark.parametrize("text", [
    "550 Helbide honek baliogabeko formatua du",  # eu
    "550 Η διεύθυνση του παραλήπτη δεν έχει έγκυρη μορφή",  # el
])
def test_an_address_without_a_valid_form_is_its_syntax(text: str) -> None:
    assert _by_rule(text) is Reason.SYNTAXERROR


@pytest.mark.parametrize("text", [
    "550 收件人地址格式无效",  # zh
    "550 O endereço do destinatário tem um formato inválido",  # pt
    "550 La dirección del destinatario tiene un formato no válido",  # es
    "550 Indirizzo del destinatario in formato non valido",  # it
    "550 A címzett címe érvénytelen formátumú",  # hu
    "550 Adresa příjemce nemá správný formát",  # cs
    "550 Adresa destinatarului are un format invalid",  # ro
    "550 Alamat penerima formatnya tidak sesuai",  # id
    "550 The recipient address has an invalid format",  # en: the form, as "bad format"
])
def test_an_address_in_an_invalid_format_is_its_syntax(text: str) -> None:
    assert _by_rule(text) is Reason.SYNTAXERROR


@pytest.mark.parametrize("text", [
    "550 المستخدم غير موجود على هذا الخادم",  # ar
    "550 Получателят: потребителят не съществува",  # bg
    "550 Korisnik bob ne postoji na ovom poslužitelju",  # hr
    "550 کاربر در این سرور وجود ندارد",  # fa
    "550 המשתמש אינו קיים בשרת זה",  # he
    "550 Корисникот не постои на овој сервер",  # mk
    "550 Mottakeren: brukeren finnes ikke",  # nb
    "550 Ky përdorues nuk ekziston në këtë server",  # sq
    "550 Användaren finns inte på servern",  # sv
    "550 Bu sunucuda böyle bir kullanıcı bulunmamaktadır",  # tr
    "550 Nu există niciun utilizator bob pe acest server",  # ro
    "550 Kasutajanimi on olematu",  # et
    "550 Notandanafn er ekki til á þessum þjóni",  # is
    "550 Bu istifadəçi mövcud deyil",  # az
    "550 查无此收件人",  # zh: found no such recipient
])
def test_more_languages_user_not_existing_is_unknown(text: str) -> None:
    assert _by_rule(text) is Reason.USERUNKNOWN


@pytest.mark.parametrize("text", [
    "451 Iekšēja kļūda serverī, mēģiniet vēlāk",  # lv
    "451 Notranja napaka strežnika",  # sl
    "451 서버 내부 오류가 발생했습니다",  # ko
    "451 Máy chủ gặp lỗi nội bộ",  # vi
    "451 Sunucuda dahili bir hata oluştu",  # tr
    "451 Internt fel i servern",  # sv
    "451 Eroare internă a serverului",  # ro
    "451 Vnútorná chyba servera",  # sk
    "451 Serverdə daxili xəta baş verdi",  # az
    "451 Gwall mewnol ar y gweinydd",  # cy
])
def test_an_internal_error_is_a_system_error(text: str) -> None:
    assert _by_rule(text) is Reason.SYSTEMERROR


@pytest.mark.parametrize("text", [
    "552 Die angehängte Datei ist zu groß",  # de
    "552 Ce fichier est trop gros pour être envoyé",  # fr
    "552 Liitetiedosto: tiedosto on liian suuri",  # fi
    "552 Priložena datoteka je prevelika",  # sl
    "552 Załączony plik jest zbyt duży",  # pl
    "552 Ekteki dosya çok büyük",  # tr
    "552 Цей файл занадто великий для пересилання",  # uk
    "552 Fitxategia handiegia da",  # eu
])
def test_a_file_too_big_is_a_message_too_big(text: str) -> None:
    assert _by_rule(text) is Reason.MESGTOOBIG


@pytest.mark.parametrize("text", [
    "552 Das Speicherkontingent des Postfachs ist ausgeschöpft",  # de
    "552 Postilaatikon tilakiintiö on täynnä",  # fi
    "552 该邮箱的存储配额已用完",  # zh
    "552 Kvota nabiralnika je zapolnjena",  # sl
    "552 받는 사람의 저장 용량을 모두 사용했습니다",  # ko
    "552 The mailbox has used up its storage quota",  # en
])
def test_a_storage_quota_used_up_is_a_full_mailbox(text: str) -> None:
    assert _by_rule(text) is Reason.MAILBOXFULL


@pytest.mark.parametrize("text", [
    "550 Die Nachricht wurde vom Spamfilter abgewiesen",  # de
    "550 Beskeden blev afvist af spamfilteret",  # da
    "550 Az üzenet fennakadt a spamszűrőn",  # hu
    "550 Лист відхилено: підозра на розсилку спаму",  # uk
    "550 Wiadomość zatrzymana przez filtr antyspamowy",  # pl
    "550 ההודעה נחסמה על ידי מסנן הספאם",  # he
])
def test_a_spam_filter_named_is_spam(text: str) -> None:
    assert _by_rule(text) is Reason.SPAMDETECTED
