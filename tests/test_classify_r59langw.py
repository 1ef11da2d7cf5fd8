"""Meanings written from the tuning misses of two web programs' SMTP errors in many languages (round r59langw: the
tuning rows of corpus/replies/real/r59-r59langw-catalogues.jsonl, PHPMailer's and Roundcube's catalogues), each
tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "Fehler: konnte keine Verbindung zum Mailserver aufbauen",  # de
    "Aviso: imposible conectar con el relé de correo",  # es
    "Envoi: impossible de se connecter au relais",  # fr
    "Invio: impossibile connettersi al relay di posta",  # it
    "Verzenden: kon niet verbinden met de mailrelay",  # nl
    "Sändning: kunde inte ansluta till reläservern",  # sv
    "Sending: klarte ikke å koble til relé",  # no
    "Pengiriman: tidak dapat terhubung ke relay surat",  # id
    "Грешка: не може да се свърже с пощенския релей",  # bg
    "خطأ: لا يمكن الاتصال بمرحل البريد",  # ar
    "שגיאה: לא ניתן להתחבר לממסר הדואר",  # he
    "Помилка: не вдалося під'єднатися до поштового реле",  # uk
    "Σφάλμα: αδυναμία σύνδεσης με τον αναμεταδότη",  # el
    "Hiba: nem sikerült kapcsolódni a levelezőhöz",  # hu
    "寄信時無法連線至郵件中繼站",  # zh-TW
])
def test_could_not_connect_is_a_network_error(text: str) -> None:
    # The English NETWORK rows "could not connect", "unable to connect" in other languages' words.
    assert parse_reply(text).reason is Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "Mailer: smtp connect failed after 30 seconds",  # en: the client's connect step named
    "اتصال به رله ایمیل ناموفق بود",  # fa: connection + unsuccessful
    "Conectarea la releu a eșuat din nou",  # ro
    "Pripojenie k relé bolo neúspešné",  # sk
    "Forbindelsen til relæet blev afbrudt",  # da: connection + lost
    "Yhdistäminen välityspalvelimeen epäonnistui",  # fi
    "Повезивање на релеј неуспешно",  # sr
    "Kapcsolódás a továbbítóhoz sikertelen",  # hu
    "Relay serverinə qoşulma uğursuz oldu",  # az
    "與郵件中繼站連線失敗",  # zh-TW
    "Ühendus relee serveriga nurjus",  # et: failed
    "Connexion au serveur échouée",  # fr: the feminine past participle
    "Connessione al server fallita",  # it
])
def test_a_connection_said_failed_is_a_network_error(text: str) -> None:
    assert parse_reply(text).reason is Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "تأكيد الهوية لدى المرحل لم ينجح",  # ar
    "احراز هویت در رله انجام نشد",  # fa
    "Не можахме да се удостовери пред релето",  # bg
    "האימות מול הממסר נכשל",  # he
    "Az azonosítás a továbbítón nem járt sikerrel",  # hu
    "Server tidak bisa mengotentikasi akun ini",  # id
    "Аутентификација на релеју није прошла",  # sr
    "Sunucuda oturum açılamadı",  # tr
    "Помилка авторизації на поштовому реле",  # uk
    "郵件中繼站登入不成功",  # zh-TW
])
def test_smtp_authentication_named_is_a_security_error(text: str) -> None:
    # SMTPAUTH alone: the login to the server, in other languages' words.
    assert parse_reply(text).reason is Reason.SECURITYERROR


@pytest.mark.parametrize("text", [
    "La mida del correu supera el màxim acceptat",  # ca: size + exceeded
    "Meldingsstørrelse overskreder det relayet tar imot",  # no
    "Størrelse på beskeden overskrider relæets grænse",  # da
    "Viestin koko ylittää välittäjän rajan",  # fi
    "גודל הקובץ המצורף עולה על המותר בממסר",  # he
    "Величине поруке прекорачује дозвољено",  # sr
    "邮件长度超过中继的上限",  # zh
    "Transfer stopped: limit exceeded by the upload (25 MB)",  # en: a limit exceeded, counted in a size's unit
])
def test_a_size_said_exceeded_is_a_message_too_big(text: str) -> None:
    assert parse_reply(text).reason is Reason.MESGTOOBIG


@pytest.mark.parametrize("text", [
    "Could not parse the recipient list you entered",  # en
    "Klient: llista de destinataris, no s'ha pogut analitzar",  # ca
    "Liste des destinataires: impossible d'analyser la saisie",  # fr
    "Lista de destinatarios: no es posible analizar el campo",  # es
    "Vastaanottajien lista: ei voida jäsentää",  # fi
    "收件人列表无法解析",  # zh
])
def test_a_recipient_list_that_cannot_be_parsed_is_a_syntax_error(text: str) -> None:
    assert parse_reply(text).reason is Reason.SYNTAXERROR


@pytest.mark.parametrize("text", [
    "This relay has no support for Unicode in addresses",  # en
    "Välittäjä ei hyväksy unicodea osoitteissa",  # fi
    "Relė nepalaiko unikodo adresuose",  # lt
    "Релеј не подржава уникод",  # sr
])
def test_unicode_named_is_a_content_error(text: str) -> None:
    # RFC 6531: a server without SMTPUTF8 takes no non-ASCII address.
    assert parse_reply(text).reason is Reason.CONTENTERROR


@pytest.mark.parametrize("text", [
    "The sender address given is not valid: someone@example.com",  # en: the address after the predicate
    "Absenderadresse nicht korrekt: someone@example.com",  # de
    "Avsändaradressen är felaktig: someone@example.com",  # sv
    "Адресата на подател е невалидна: someone@example.com",  # bg
])
def test_an_address_after_the_predicate_names_which_sender(text: str) -> None:
    # The address written after "is invalid:" is which sender address; the sender is what is said invalid.
    r = parse_reply(text)
    assert r.reason is Reason.REJECTED
    assert r.hard_bounce is False


@pytest.mark.parametrize("text", [
    "Geben Sie mindestens einen Empfänger ein",  # de
    "Indiquez au moins un destinataire",  # fr
    "Escriba al menos un destinatario",  # es
    "Inserisci almeno un destinatario",  # it
    "Vul minstens één ontvanger in",  # nl
    "Ange minst en mottagare",  # sv
    "Skriv inn minst en mottaker",  # no
    "Lütfen en az bir alıcı girin",  # tr
    "Adjon meg legalább egy címzettet",  # hu
    "Vui lòng nhập ít nhất một người nhận",  # vi
    "請輸入至少一個收件人",  # zh-TW
])
def test_at_least_one_recipient_needed_is_a_syntax_error(text: str) -> None:
    # LABELING: "You must specify at least one valid recipient" (NONE_ACCEPTED) in other languages' words.
    assert parse_reply(text).reason is Reason.SYNTAXERROR


@pytest.mark.parametrize("text", [
    "Could not connect to the mail host. Help: https://docs.example.org/mailer/troubleshooting",
    "Connection refused by mx.example.net; see https://wiki.example.org/troubleshooting/delivery",
])
def test_a_network_failure_offers_no_contact(text: str) -> None:
    # No server refused anything: a page the text points to is not a refusing server's offer.
    r = parse_reply(text)
    assert r.reason is Reason.NETWORKERROR
    assert r.delist == []


@pytest.mark.parametrize("text", [
    "A levél mérete elérte a határt",  # hu: its size + reached
    "Kan ikke fortolke listen af modtagere i feltet",  # da: the recipient list not parsed
])
def test_more_forms_of_size_and_recipient_list(text: str) -> None:
    assert parse_reply(text).reason in {Reason.MESGTOOBIG, Reason.SYNTAXERROR}
    assert parse_reply(text).reason is (Reason.MESGTOOBIG if "mérete" in text else Reason.SYNTAXERROR)


@pytest.mark.parametrize("text", [
    "Zadajte aspoň jedného príjemcu",  # sk
    "Унесите бар једног примаоца",  # sr
    "Ən azı bir alıcı seçin",  # az
])
def test_at_least_one_recipient_needed_more_languages(text: str) -> None:
    assert parse_reply(text).reason is Reason.SYNTAXERROR


def test_a_swedish_sender_address_said_wrong_is_the_sender_refused() -> None:
    r = parse_reply("Avsändaradress felaktig: någon@example.com")
    assert r.reason is Reason.REJECTED
    assert r.hard_bounce is False
