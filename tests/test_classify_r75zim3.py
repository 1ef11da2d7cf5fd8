"""Meanings written from the tuning misses of a mail program's translated send errors (round r75zim3: the tuning
rows of corpus/replies/real/r75-r75zim3-catalogues.jsonl, Zimbra's web client ZmMsg_XX.properties sendErrorAbort,
sendErrorPartial, sendErrorInvalidAddresses, sellEmail and errorQuotaExceeded in he hi tr ko de fr it nl ru),
each tested in wordings of our own; every case must be read by a rule (a vague pair or a concept), not by the
model."""

from __future__ import annotations

import pytest
from rule_reading import by_concept, by_weak_pair

from bouncelib import Reason


@pytest.mark.parametrize("text", [
    "נמצאו כתובות שנדחו על ידי השרת: someone@example.com",  # he: addresses were found that the server rejected
    "Sunucu tarafından reddedilen adres: someone@example.com",  # tr: the address rejected by the server
    "거부된 주소가 있습니다: someone@example.com",  # ko: there is a refused address
    "अस्वीकृत एड्रैस: someone@example.com",  # hi: rejected address (the address word)
    "आपका एड्रैस स्वीकार नहीं किया गया।",  # hi: your address was not accepted
])
def test_an_address_said_rejected_or_not_accepted_is_a_bad_address(text: str) -> None:
    assert by_weak_pair(text) == (Reason.USERUNKNOWN, True)


@pytest.mark.parametrize("text", [
    "Sie sind nicht berechtigt, über diesen Server zu senden.",  # de: you may not send through this server
    "Vous n'êtes pas autorisée à envoyer depuis ce compte.",  # fr: you may not send from this account
    "Non hai l'autorizzazione per inviare messaggi da questo account.",  # it: no authorisation to send from here
    "U heeft geen toestemming om via deze server te verzenden.",  # nl: no permission to send through this server
    "У вас нет прав на отправку сообщений с этого адреса.",  # ru: no rights to send messages from this address
    "Bu hesaptan ileti göndermek için yetkiniz yok.",  # tr: you have no authority to send from this account
    "אינך מורשית לשלוח הודעות מחשבון זה.",  # he: you (f.) are not authorised to send from this account
])
def test_the_reader_told_it_may_not_send_is_rejected(text: str) -> None:
    assert by_concept(text) == Reason.REJECTED


@pytest.mark.parametrize("text", [
    "आपका ईमेल कोटा पूरा हो चुका है।",  # hi: your email quota is used up
    "संग्रहण कोटा पार कर गया है।",  # hi: the storage quota has been exceeded
])
def test_a_quota_said_full_or_exceeded_is_mailboxfull(text: str) -> None:
    assert by_concept(text) == Reason.MAILBOXFULL
