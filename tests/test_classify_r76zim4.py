"""Meanings written from the tuning misses of a mail program's translated send errors (round r76zim4: the tuning
rows of corpus/replies/real/r76-r76zim4-catalogues.jsonl, Zimbra's web client ZmMsg_XX.properties
errorInvalidEmail2, sellEmail, sendErrorInvalidAddresses and errorQuotaExceededAppt in es ca eu ro sl ms tr),
each tested in wordings of our own; every case must be read by a rule (a vague pair or a concept), not by the
model."""

from __future__ import annotations

import pytest
from rule_reading import by_concept, by_weak_pair

from bouncelib import Reason


@pytest.mark.parametrize("text", [
    "This email format is not valid.",  # en
    "Invalid e-mail format in the To field.",  # en, the hyphenated spelling
    "El formato de correo introducido no es válido.",  # es: the mail format entered is not valid
    "Formato de correo electrónico no válido en el campo Para.",  # es: invalid e-mail format in the To field
    "Format e-mel yang dimasukkan tidak sah.",  # ms: the e-mail format entered is not valid
    "Girilen e-posta biçimi geçersiz.",  # tr: the e-mail form entered is invalid
])
def test_an_email_format_said_invalid_is_the_address_syntax(text: str) -> None:
    assert by_concept(text) == Reason.SYNTAXERROR


@pytest.mark.parametrize("text", [
    "No teniu permís per enviar missatges des d'aquest compte.",  # ca: you have no permission to send from here
    "Nu aveți voie să trimiteți mesaje din acest cont.",  # ro (comma below): you are not allowed to send
    "Nu aveţi voie să folosiţi acest server pentru trimitere.",  # ro (cedilla): you may not use this server
    "Nimate dovoljenja za pošiljanje sporočil s tega računa.",  # sl: you have no permission to send from here
    "Anda tidak dibenarkan menghantar mesej daripada akaun ini.",  # ms: you are not allowed to send from here
])
def test_the_reader_told_it_may_not_send_is_rejected(text: str) -> None:
    assert by_concept(text) == Reason.REJECTED


@pytest.mark.parametrize("text", [
    "Zerbitzariak baztertutako helbideak: someone@example.com",  # eu: the addresses the server rejected
    "Pošiljanje ni uspelo. Zavrnjeni naslovi so: someone@example.com",  # sl: sending failed; rejected addresses are
])
def test_addresses_said_rejected_are_bad_addresses(text: str) -> None:
    assert by_weak_pair(text) == (Reason.USERUNKNOWN, True)


@pytest.mark.parametrize("text", [
    "Presegli ste količinsko omejitev pošte.",  # sl: you have exceeded the mail quota
    "Količinska omejitev je presežena.",  # sl: the quota is exceeded
    "Zure posta espazioa gainditu da.",  # eu: your mail space has been exceeded
])
def test_a_quota_said_exceeded_is_mailboxfull(text: str) -> None:
    assert by_concept(text) == Reason.MAILBOXFULL
