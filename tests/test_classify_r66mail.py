"""Meanings written from the tuning misses of mail programs' translated errors (round r66mail: the tuning rows of
corpus/replies/real/r66-r66mail-catalogues.jsonl, SOGo's MailerUI Localizable.strings and the catalogues of Akonadi's
IMAP and POP3 resources), each tested in wordings of our own; every case must be read by a concept rule, not by the
model."""

from __future__ import annotations

import pytest
from rule_reading import by_concept as _by_rule

from bouncelib import Reason


# (A server's reply, its code first: an address said invalid and nothing more is the address as written, syntaxerror,
# corpus/LABELING.md "Invalid (e-mail) address", round r67inv.)
@pytest.mark.parametrize("text", [
    "550 Delivery stopped: two of these addresses are invalid",  # en: addresses, in the plural
    "550 Envoi interrompu : deux adresses sont invalides",  # fr: adresses ... invalides
    "550 Alcuni indirizzi non sono validi",  # it: indirizzi ... non sono validi
    "550 Nämä osoitteet ovat virheellisiä",  # fi: osoitteet ... virheellisiä
    "550 Zadané adresy jsou neplatné",  # cs: neplatné, the feminine plural
    "550 Las direcciones indicadas no son válidas",  # es: direcciones ... no son válidas
])
def test_addresses_said_invalid_are_unknown_recipients(text: str) -> None:
    assert _by_rule(text) is Reason.USERUNKNOWN


@pytest.mark.parametrize("text", [
    "Kai kurie gavėjai neteisingi",  # lt: gavėjai (recipients) ... neteisingi
    "Noen mottakeradresser er ugyldige",  # no: mottakeradresser (recipient addresses)
    "Некои приматели се невалидни",  # mk: приматели (recipients)
    "Az összes címzettek érvénytelenek",  # hu: érvénytelenek (invalid, plural)
    "Navedeni primatelji su nevažeći",  # hr: nevažeći (invalid)
])
def test_recipients_said_invalid_are_unknown_recipients(text: str) -> None:
    assert _by_rule(text) is Reason.USERUNKNOWN


@pytest.mark.parametrize("text", [
    "Вы отправили слишком много сообщений за час",  # ru: сообщений (of messages)
    "Odesíláte příliš mnoho zpráv najednou",  # cs: zpráv (of messages)
    "Lähetit liian monta viestiä lyhyessä ajassa",  # fi: viestiä (partitive)
    "U verstuurt teveel berichten",  # nl: teveel (too many, one word)
    "Stai inviando troppe email in poco tempo",  # it: troppe (too many, feminine)
    "Испративте премногу пораки",  # mk: премногу пораки
])
def test_too_many_messages_is_a_sending_rate(text: str) -> None:
    assert _by_rule(text) is Reason.SPEEDING


@pytest.mark.parametrize("text", [
    "Съобщението ви е прекалено голямо за сървъра",  # bg: прекалено голямо (too big)
    "Vaše sporočilo je preveliko za strežnik",  # sl: preveliko (too big)
    "Пораката е преголема за серверот",  # mk: преголема (too big)
])
def test_message_too_big_is_mesgtoobig(text: str) -> None:
    assert _by_rule(text) is Reason.MESGTOOBIG


@pytest.mark.parametrize("text", [
    "Връзката със сървъра е загубена",  # bg: загубена (lost)
    "Ühendus serveriga kadus",  # et: kadus (was lost)
    "A ligação ao servidor perdeu-se",  # pt: perdeu-se (was lost)
])
def test_connection_lost_is_a_network_error(text: str) -> None:
    assert _by_rule(text) is Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "Невозможно войти в учётную запись",  # ru: невозможно (cannot) ... войти (log in)
    "Nelze se přihlásit k účtu",  # cs: přihlásit (log in)
    "Aanmelden bij de mailserver lukt niet",  # nl: aanmelden ... lukt niet (does not succeed)
    "Impossible de s'authentifier auprès du serveur",  # fr: s'authentifier
])
def test_a_login_that_cannot_be_done_is_a_security_error(text: str) -> None:
    assert _by_rule(text) is Reason.SECURITYERROR


@pytest.mark.parametrize("text", [
    "Terjadi kesalahan saat menghubungkan ke server",  # id: kesalahan ... menghubungkan (connecting)
    "Tilkoblingsproblem med e-posttjeneren",  # no: tilkoblingsproblem (connection problem)
])
def test_a_failed_connection_is_a_network_error(text: str) -> None:
    assert _by_rule(text) is Reason.NETWORKERROR


def test_starting_a_tls_session_is_not_a_login() -> None:
    # ca: "cannot start the STARTTLS session" names TLS, not a login (the Catalan "iniciar la sessió" left out).
    assert _by_rule("No s'ha pogut iniciar la sessió STARTTLS amb el servidor") is Reason.FAILEDSTARTTLS


@pytest.mark.parametrize("text", [
    "TLS was requested for smtp.example.net, but this client is not set up for it",  # en: not set up
    "Požadovali jste TLS pro smtp.example.net, ale tento klient není nastaven",  # cs: není nastaven
    "A TLS kapcsolathoz a kliens nincs beállítva",  # hu: nincs beállítva
    "Se pidió TLS para smtp.example.net y el cliente no está configurado",  # es: no está configurado
    "Клиент не поддерживает TLS для этого сервера",  # ru: не поддерживает (does not support)
])
def test_tls_asked_for_and_not_set_up_is_a_tls_failure(text: str) -> None:
    assert _by_rule(text) is Reason.FAILEDSTARTTLS


@pytest.mark.parametrize("text", [
    "Sorry, the TLS connection failed",  # en: tls connection ... failed
    "Échec de la connexion SSL avec l'hôte",  # fr: échec (failure) ... connexion ssl
    "Fallo en la conexión SSL con el servidor",  # es: fallo ... conexión ssl
])
def test_a_failed_tls_connection_is_a_tls_failure(text: str) -> None:
    assert _by_rule(text) is Reason.FAILEDSTARTTLS


@pytest.mark.parametrize("text", [
    "The MDA returned nonzero status 1 for this message",  # en: returned nonzero status
    "Le MDA a signalé un état non nul",  # fr: état non nul (a non-zero status)
])
def test_a_delivery_program_exiting_nonzero_is_a_mailer_error(text: str) -> None:
    assert _by_rule(text) is Reason.MAILERERROR


def test_a_busy_server_in_spanish_is_a_system_error() -> None:
    assert _by_rule("El servidor ocupado no aceptó la sesión") is Reason.SYSTEMERROR
