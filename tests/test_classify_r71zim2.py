"""Meanings written from the tuning misses of a mail program's translated send errors (round r71zim2: the tuning
rows of corpus/replies/real/r71-r71zim2-catalogues.jsonl, Zimbra's web client ZmMsg_XX.properties sendErrorAbort,
sendErrorPartial and errorAttachmentTooBig in ru uk in ms sl), each tested in wordings of our own; every case must
be read by a rule (a vague pair or a concept pair), not by the model."""

from __future__ import annotations

import pytest
from rule_reading import by_concept, by_weak_pair

from bouncelib import Reason


@pytest.mark.parametrize("text", [
    "Отправка прервана: ни один из адресов не принят.",  # ru: none of the addresses was accepted
    "Ошибка отправки: адрес не принят.",  # ru: the address was not accepted
    "Gagal mengirim: alamat tidak diterima.",  # id: the address was not accepted
    "Penghantaran gagal kerana alamat tidak diterima.",  # ms: sending failed as the address was not accepted
])
def test_an_address_said_not_accepted_is_a_bad_address(text: str) -> None:
    assert by_weak_pair(text) == (Reason.USERUNKNOWN, True)


@pytest.mark.parametrize("text", [
    "Письмо не доставлено на отклонённые адреса: someone@example.com",  # ru: not delivered to the rejected addresses
    "Лист не доставлено на відхилені адреси: someone@example.com",  # uk: not delivered to the rejected addresses
    "Tidak terkirim ke alamat yang ditolak: someone@example.com",  # id: not sent to the address that was rejected
])
def test_addresses_said_rejected_are_bad_addresses(text: str) -> None:
    assert by_weak_pair(text) == (Reason.USERUNKNOWN, True)


@pytest.mark.parametrize("text", [
    "Ta priloga je žal prevelika.",  # sl: this attachment is unfortunately too big
])
def test_an_attachment_said_too_big_is_mesgtoobig(text: str) -> None:
    assert by_concept(text) == Reason.MESGTOOBIG
