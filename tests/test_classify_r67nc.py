"""Words by meaning from Nextcloud server's translations (round r67nc: core/l10n and apps/settings/l10n, a file
cloud's own pages and settings, not mail texts): a file said to be too big, too many requests, an internal server
error, an authentication, in the words a language's translators use for them. Each tested in a
sentence of our own wording and through a concept rule, not the model's guess."""

from __future__ import annotations

import pytest
from rule_reading import by_concept as _by_rule

from bouncelib import Reason


@pytest.mark.parametrize("text", [
    "Die gesendete Datei ist zu groß",  # de: the sent file is too big
    "上传的文件太大",  # zh: the uploaded file is too big
    "Надісланий файл занадто великий",  # uk: the sent file is too big
    "Отправленный файл слишком велик для сервера",  # ru: the sent file is too big for the server
    "Lähettämäsi tiedosto on liian suuri",  # fi: the file you sent is too big
    "Votre fichier est trop volumineux pour être transmis",  # fr: your file is too big to be passed on
    "Wysłany plik jest za duży",  # pl: the sent file is too big
    "Het verzonden bestand is te groot",  # nl: the sent file is too big
    "A küldött fájl túl nagy",  # hu: the sent file is too big
    "Su archivo es demasiado grande",  # es: your file is too big
    "Odeslaný soubor je příliš velký",  # cs: the sent file is too big
    "Gönderilen dosya çok büyük",  # tr: the sent file is too big
])
def test_a_file_too_big_is_a_message_too_big(text: str) -> None:
    assert _by_rule(text) is Reason.MESGTOOBIG


@pytest.mark.parametrize("text", [
    "Zu viele Anfragen von Ihrem Mailserver",  # de: too many requests from your mail server
    "Забагато запитів від вашого сервера",  # uk: too many requests from your server
    "Trop de requêtes de votre serveur de messagerie",  # fr: too many requests from your mail server
    "Zbyt wiele żądań z Twojego serwera",  # pl: too many requests from your server
    "Túl sok kérés érkezett a kiszolgálójáról",  # hu: too many requests came from your server
    "Превышено количество запросов с вашего адреса",  # ru: the number of requests from your address exceeded
    "Demasiadas peticiones desde su servidor de correo",  # es: too many requests from your mail server
    "Příliš mnoho požadavků z vašeho serveru",  # cs: too many requests from your server
])
def test_too_many_requests_is_a_rate(text: str) -> None:
    assert _by_rule(text) is Reason.SPEEDING


def test_an_internal_server_error_in_one_word() -> None:
    # hu: an internal server error happened while delivering the letter
    assert _by_rule("Belső kiszolgálóhiba történt a levél kézbesítésekor") is Reason.SYSTEMERROR


@pytest.mark.parametrize("text", [
    "Провера идентитета на серверу није успела",  # sr: the authentication on the server did not succeed
    "Napaka med postopkom overjanja",  # sl: an error during the authentication procedure
    "Autentifikazio hutsegitea zerbitzarian",  # eu: authentication failure at the server
])
def test_an_authentication(text: str) -> None:
    assert _by_rule(text) is Reason.SECURITYERROR
