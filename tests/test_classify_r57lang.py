"""Meanings written from the tuning misses of replies in languages the tuning part barely had (round r57lang: the
tuning rows of corpus/replies/real/r57-r57lang-evolution.jsonl), each tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "550 posta kutusu kullanılabilir değil",  # tr
    "550 postafiók nem érhető el",  # hu
    "550 γραμματοκιβώτιο δεν είναι διαθέσιμο",  # el
    "550 postboks ikke tilgjengelig",  # no
    "550 Postkast ei ole saadaval",  # et
    "550 Поштанско сандуче је недоступно",  # sr
    "550 תיבת הדואר אינה זמינה",  # he
])
def test_a_mailbox_said_not_available_in_several_words_is_the_vague_unknown_recipient(text: str) -> None:
    # RFC 5321 4.2.2 (550 "mailbox unavailable"): the vague state in the words most languages need for it.
    assert parse_reply(text).reason is Reason.USERUNKNOWN


@pytest.mark.parametrize("text", ["Услуга није доступна, веза се затвара", "השירות אינו זמין כעת"])
def test_the_service_said_not_available_is_the_servers_own_state(text: str) -> None:
    # RFC 5321 4.2.2 (421 service not available), in Serbian and Hebrew.
    assert parse_reply(text).reason is Reason.SYSTEMERROR


@pytest.mark.parametrize("text", [
    "Шифровање је неопходно пре пријаве",  # sr
    "נדרשת הצפנה לפני ההתחברות",  # he
    "Bu sunucuda şifreleme gerekiyor",  # tr
    "Enne sisselogimist on krüptimine vajalik",  # et
    "التشفير مطلوب قبل تسجيل الدخول",  # ar
])
def test_encryption_said_required_is_a_tls_requirement(text: str) -> None:
    # RFC 3207 / RFC 4954 538: the session must be encrypted first.
    assert parse_reply(text).reason is Reason.FAILEDSTARTTLS


@pytest.mark.parametrize("text", [
    "Слање одбијено: потребно је потврђивање идентитета",  # sr
    "Изпращането е отказано: изисква се удостоверяване",  # bg
    "השליחה נכשלה: נדרשת הזדהות",  # he
])
def test_authentication_said_required_is_a_security_requirement(text: str) -> None:
    # RFC 4954 section 6 (530 authentication required).
    assert parse_reply(text).reason is Reason.SECURITYERROR


@pytest.mark.parametrize("text", [
    "Грешка: име поштанског сандучета није дозвољено",  # sr
    "Hata: posta kutusu adına izin verilmedi",  # tr
    "Hiba: a postafiók neve nem engedélyezett",  # hu
    "Feil: postboksnavn ikke tillatt",  # no
    "Σφάλμα: το όνομα του γραμματοκιβωτίου δεν επιτρέπεται",  # el
    "שגיאה: שם תיבת הדואר אינו מורשה",  # he
])
def test_a_mailbox_name_said_not_allowed_is_the_addresss_form(text: str) -> None:
    # RFC 5321 4.2.2 (553 "mailbox name not allowed (e.g., mailbox syntax incorrect)").
    assert parse_reply(text).reason is Reason.SYNTAXERROR


def test_a_mailbox_said_not_available_stays_unknown_beside_the_name_rule() -> None:
    # The name concept takes "posta kutusu adı" only: the mailbox alone is still the recipient's.
    assert parse_reply("posta kutusu kullanılabilir değil").reason is Reason.USERUNKNOWN


def test_serbian_space_allotment_exceeded_is_a_full_mailbox() -> None:
    # RFC 5321 4.2.2 (552 exceeded storage allocation).
    assert parse_reply("Прекорачена је квота поштанског сандучета").reason is Reason.MAILBOXFULL


def test_serbian_space_short_on_the_system_is_the_systems_storage() -> None:
    # RFC 5321 4.2.2 (452 insufficient system storage).
    assert parse_reply("Недовољно простора на систему, покушајте касније").reason is Reason.SYSTEMFULL
