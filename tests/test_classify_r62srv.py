"""Meanings written from the tuning misses of providers' own bounce texts in other languages (round r62srv: the
tuning rows of corpus/replies/real/r62-r62srv-servers.jsonl), each tested in wordings of our own. Every case must
be decided by a concept rule (not a phrase, not the model), so that it tests the words added."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


def _by_concept(text: str) -> Reason:
    r = parse_reply(text)
    assert r.rule.startswith("concept:"), r.rule
    return r.reason


@pytest.mark.parametrize("text", [
    "Det efterfrågade kontot har inaktiverats av administratören",   # sv: the account has been deactivated
    "Kontot är inaktivt sedan i våras",                                # sv: the account is inactive
    "Tài khoản người nhận này đã bị vô hiệu hóa",                     # vi: this recipient's account was disabled
])
def test_an_account_switched_off(text: str) -> None:
    # RCPT ("kontot", "tài khoản") with DISABLED ("inaktiverats", "inaktivt", "vô hiệu hóa"): a disabled mailbox.
    assert _by_concept(text) is Reason.SUSPEND


@pytest.mark.parametrize("text", [
    "Den angivna mottagaren hittades inte i adressboken",  # sv: the given recipient was not found in the address book
    "Tài khoản này không tồn tại trên máy chủ",         # vi: this account does not exist on the server
])
def test_an_account_not_found(text: str) -> None:
    # RCPT with UNKNOWN ("hittades inte"; "tài khoản" + "không tồn tại"): the address is unknown, a hard bounce.
    r = parse_reply(text)
    assert _by_concept(text) is Reason.USERUNKNOWN
    assert r.hard_bounce is True


@pytest.mark.parametrize("text", [
    "Mottagarens lagringsutrymme är slut",                   # sv: the recipient's storage space has run out
    "Dung lượng tài khoản của người nhận đã đạt giới hạn",   # vi: the recipient account's capacity reached its limit
    "Der Posteingang hat derzeit keinen freien Speicherplatz",  # de: the inbox has no free storage space now
    "Su buzón no tiene espacio para más correo",             # es: your mailbox has no space for more mail
    # ja: the recipient account's storage capacity is at its limit
    "受信者のアカウントのストレージ容量が上限です",
])
def test_no_storage_left_for_the_recipient(text: str) -> None:
    # QUOTA ("lagringsutrymme", "dung lượng", "ストレージ容量") with FULL ("är slut", "keinen freien Speicherplatz",
    # "no tiene espacio") or the account beside it: the mailbox is full.
    assert _by_concept(text) is Reason.MAILBOXFULL


@pytest.mark.parametrize("text", [
    "Ha superado su límite de envío diario",                   # es: you exceeded your daily sending limit
    "Limit zum Senden erreicht, bitte morgen wieder versuchen",  # de: sending limit reached, try again tomorrow
    "Ce compte reçoit du courrier à un rythme trop élevé",      # fr: this account receives mail at too high a pace
    "You hit the limit for sending messages today",
])
def test_a_limit_on_sending_or_a_receiving_pace(text: str) -> None:
    # RATE ("límite de envío", "Sendelimit", "à un rythme", "limit for sending"): too many messages for the time.
    assert _by_concept(text) is Reason.SPEEDING


@pytest.mark.parametrize("text", [
    # it: the address you are trying to reach no longer exists
    "L'indirizzo che stai cercando di raggiungere non esiste più",
    # fr: the recipient you try to reach by mail does not exist
    "Le destinataire que vous tentez de contacter par courriel n'existe pas",
])
def test_the_address_the_sender_meant_does_not_exist(text: str) -> None:
    # WHOM ("che stai cercando di raggiungere", "que vous essayez de contacter") between the address and "does not
    # exist": the clause names the address, it does not separate the verdict from it.
    assert _by_concept(text) is Reason.USERUNKNOWN
