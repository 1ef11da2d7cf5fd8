"""Meanings written from the tuning misses of list and web-application catalogues (round r78web: the tuning rows of
corpus/replies/real/r78-r78web-catalogues.jsonl, Postorius' member delivery status "Disabled by Bounces", Mailman 3's
notice of a subscription disabled for its bounces, OCA mail_tracking's help of its 'Spam' state), each tested in
wordings of our own; every case must be read by a concept rule, not by the model."""

from __future__ import annotations

import pytest
from rule_reading import by_concept

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "Mail to this member is disabled because of repeated bounces.",  # en
    "Delivery was disabled after too many bounces from your address.",  # en
    "Lliurament desactivat: massa rebots.",  # ca: delivery disabled: too many bounces
    "Entrega desabilitada por causa de devoluções repetidas.",  # pt: delivery disabled because of repeated returns
    "Envío deshabilitado por rebotes.",  # es: sending disabled by bounces
    "Abonelik geri dönmeler yüzünden devre dışı.",  # tr: the subscription is disabled because of the returns
    "Адресът е изключено заради върнати писма.",  # bg: the address is switched off because of returned letters
    "Doručovanie bolo deaktivované pre správy o nedoručení.",  # sk: delivery deactivated for non-delivery reports
    "Dërgimi u çaktivizuar për shkak të kthimeve: kthime të shumta.",  # sq: sending disabled because of returns
    "因退信过多，投递已禁用。",  # zh: delivery disabled because of too many bounced letters
    "Abonnement désactivé à cause de rejets répétés.",  # fr: subscription disabled because of repeated bounces
    # the other forms of the words
    "Adreça desactivat per un rebot.",  # ca: address disabled for one bounce
    "Assinatura desabilitado: mensagem devolvida.",  # pt: subscription disabled: message returned
    "Endereço desativado pela devolução das mensagens.",  # pt: address disabled by the return of messages
    "Abonimi u çaktivizuar: kthimet nga serveri.",  # sq: subscription disabled: the returns from the server
    "Geri dönen iletiler yüzünden devre dışı.",  # tr: disabled because of returned messages
    "Изключено след едно върнато писмо.",  # bg: switched off after one returned letter
    "Adresa bola deaktivovaná, prišla správa o nedoručení.",  # sk: address deactivated, a non-delivery report came
])
def test_an_address_disabled_for_its_bounces_is_suppressed(text: str) -> None:
    assert by_concept(text) == Reason.SUPPRESSED


def test_bounces_refused_stay_a_policy() -> None:
    # The pair names the bounces as the cause of a disabled address, not a refusal of bounces.
    assert by_concept("Bounces are not accepted by this list.") == Reason.POLICYVIOLATION


@pytest.mark.parametrize("text", [
    "Strežnik je sporočilo zavrnil kot neželeno pošto.",  # sl: the server refused the message as spam
    "Vaše sporočilo je bilo označeno kot vsiljena pošta.",  # sl: your message was marked as spam
    "Filter je zaznal znake neželene pošte.",  # sl: the filter found signs of spam (genitive)
    "Sporočilo je bilo premaknjeno k vsiljeni pošti.",  # sl: the message was moved to spam (dative)
])
def test_slovenian_unwanted_mail_is_spam(text: str) -> None:
    assert by_concept(text) == Reason.SPAMDETECTED


@pytest.mark.parametrize("text", [
    "Invalid e-mail",  # en: a form field's verdict
    "Email is invalid",  # en
    "Correo electrónico no válido",  # es: invalid e-mail
    "E-mail je neplatný",  # cs: the e-mail is invalid
    "Courriel invalide",  # fr: invalid e-mail
    "电子邮件无效",  # zh: the e-mail is invalid
    "Имейл неверный",  # ru: the e-mail is wrong
])
def test_an_email_said_invalid_and_nothing_more_is_the_address_as_written(text: str) -> None:
    verdict = parse_reply(text)
    assert verdict.rule == "concept:EMAIL_NAME+INVALID;address-as-written"
    assert verdict.reason == Reason.SYNTAXERROR


@pytest.mark.parametrize("text", [
    "550 Invalid email",  # a server's reply to a message: not a form's verdict on what was typed
    "Your email is invalid because of its size",  # more is said
    "Invalid message",  # a message, not the e-mail's name
])
def test_an_email_said_invalid_among_other_words_is_not_read_so(text: str) -> None:
    assert parse_reply(text).rule != "concept:EMAIL_NAME+INVALID;address-as-written"
