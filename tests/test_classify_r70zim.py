"""Meanings written from the tuning misses of a mail program's translated send errors (round r70zim: the tuning rows
of corpus/replies/real/r70-r70zim-catalogues.jsonl, Zimbra's web client ZmMsg_XX.properties sendErrorAbort,
sendErrorPartial, errorAttachmentTooBig, errorQuotaExceeded and errorNetwork), each tested in wordings of our own;
every case must be read by a rule (a vague pair or a concept pair), not by the model."""

from __future__ import annotations

import pytest
from rule_reading import by_concept, by_weak_pair

from bouncelib import Reason


@pytest.mark.parametrize("text", [
    "Échec de l'envoi : l'adresse n'a pas été acceptée.",  # fr: the address has not been accepted
    "Invio fallito: l'indirizzo non è stato accettato.",  # it: the address has not been accepted
    "Envío cancelado: dos direcciones no han sido aceptadas.",  # es: two addresses have not been accepted
    "Falha no envio: o endereço não foi aceito.",  # pt: the address was not accepted
    "Enviament fallit: l'adreça no ha estat acceptada.",  # ca: the address has not been accepted
    "Trimitere eșuată: adresa nu a fost acceptată.",  # ro: the address was not accepted
    "Gönderim başarısız: adres kabul edilmedi.",  # tr: the address was not accepted
    "送信エラー：アドレスが受け入れられませんでした。",  # ja: the address could not be accepted
    "전송 오류: 주소가 거부되었습니다.",  # ko: the address was refused
])
def test_an_address_said_not_accepted_is_a_bad_address(text: str) -> None:
    assert by_weak_pair(text) == (Reason.USERUNKNOWN, True)


@pytest.mark.parametrize("text", [
    "Adrese respinse: someone@example.com",  # ro: rejected addresses
    # tr: could not be passed on to these rejected addresses
    "Şu reddedilmiş adreslere iletilemedi: someone@example.com",
])
def test_addresses_said_rejected_are_bad_addresses(text: str) -> None:
    assert by_weak_pair(text) == (Reason.USERUNKNOWN, True)


@pytest.mark.parametrize("text", [
    "La pièce jointe est trop grande.",  # fr: the attachment is too big (feminine)
    "Bilagan är tyvärr för stor.",  # sv: the attachment is unfortunately too big
    "Den vedhæftede fil er desværre for stor.",  # da: the attached file is unfortunately too big
    "Fișierul atașat este mult prea mare.",  # ro: the attached file is much too big
    "Fişierul ataşat este mult prea mare.",  # ro: the same, written with the cedilla
])
def test_an_attachment_said_too_big_is_mesgtoobig(text: str) -> None:
    assert by_concept(text) == Reason.MESGTOOBIG


@pytest.mark.parametrize("text", [
    "Kotanızı aştığınız için ileti kaydedilemedi.",  # tr: the message could not be saved as you exceeded your quota
    "Biltegiratzeko tokia gainditu da.",  # eu: the storage space has been exceeded
])
def test_a_quota_said_exceeded_is_mailboxfull(text: str) -> None:
    assert by_concept(text) == Reason.MAILBOXFULL


def test_a_danish_network_error_is_networkerror() -> None:
    # da: sending failed because of a network error
    assert by_concept("Afsendelse mislykkedes på grund af en netværksfejl.") == Reason.NETWORKERROR


def test_the_envelope_address_said_not_accepted_is_the_sender_refused() -> None:
    # pt: the envelope address was not accepted for this message: the sender's address, not a recipient's
    text = "Erro: o envelope do endereço a@example.com não foi aceito para esta mensagem."
    assert by_concept(text) == Reason.REJECTED
