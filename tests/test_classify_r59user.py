"""Meanings written from the tuning misses of round r59user (the address: the tuning rows of
corpus/replies/real/r59-r59user-address.jsonl and older tuning rows of the same kind), each tested in wordings of
our own, not the corpus texts."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "553 Der Name des Postfachs ist nicht erlaubt",  # de: the genitive
    "553 Postfachname nicht erlaubt, bitte prüfen",  # de
    "553 Nom de boîte aux lettres non autorisé sur ce serveur",  # fr
    "553 Il nome della casella non consentito su questo server",  # it
    "553 Deze postbusnaam is niet toegestaan",  # nl
    "553 Niedozwolona nazwa skrzynki pocztowej",  # pl: the predicate first
    "553 Имя почтового ящика недопустимо на этом сервере",  # ru
    "553 このメールボックス名は認められません",  # ja
])
def test_a_mailbox_name_not_allowed_is_the_addresss_form(text: str) -> None:
    # RFC 5321 4.2.2: 553 "mailbox name not allowed (e.g., mailbox syntax incorrect)": MAILBOX_NAME+REFUSED.
    assert parse_reply(text).reason is Reason.SYNTAXERROR


@pytest.mark.parametrize("text", [
    "550 Skrzynka odbiorcy jest niedostępna",  # pl: the copula between
    "550 Użytkownik jest niedostępny",  # pl: the masculine
    "550 هذا صندوق البريد غير متوفر",  # ar: the masculine
    "550 Το γραμματοκιβώτιο μη διαθέσιμο προς το παρόν",  # el: the participle after
    "550 Μη διαθέσιμο γραμματοκιβώτιο προς το παρόν",  # el: before its noun
])
def test_a_mailbox_said_unavailable_is_the_vague_unknown_recipient(text: str) -> None:
    # RFC 5321 4.2.2 (550 "mailbox unavailable"): the weak pair RCPT+UNAVAILABLE in Polish, Arabic and Greek.
    reply = parse_reply(text)
    assert reply.reason is Reason.USERUNKNOWN
    assert reply.hard_bounce is True
