"""Meanings written from the tuning misses of a mail program's translated send errors (round r69zmsg: the tuning rows
of corpus/replies/real/r69-r69zmsg-catalogues.jsonl, Zimbra's web client ZmMsg_XX.properties apptSendError* in de es
fr it nl pt_BR sv da), each tested in wordings of our own; every case must be read by a concept pair, not by the
model."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


def _by_pair(text: str) -> Reason | None:
    verdict = parse_reply(text)
    assert verdict.rule is not None
    assert verdict.rule.startswith(("weak:", "concept:")), verdict.rule
    return verdict.reason


@pytest.mark.parametrize("text", [
    "Zurückgewiesene Adressen: a@example.com, b@example.com",  # de: rejected addresses
    "Adresses rejetées par le serveur : a@example.com",  # fr: addresses rejected by the server
    "Indirizzi respinti dal server: a@example.com",  # it: addresses rejected by the server
    "Geweigerde adressen: a@example.com",  # nl: refused addresses
    "Mensagem não entregue; endereços recusados: a@example.com",  # pt: message not delivered; refused addresses
    "Endereços rejeitados pelo servidor: a@example.com",  # pt: addresses rejected by the server
    "Direcciones rechazadas: a@example.com",  # es: rejected addresses
    "Afviste adresser: a@example.com",  # da: rejected addresses
])
def test_addresses_said_rejected_in_the_plural_are_userunknown(text: str) -> None:
    # Sisimai's UserUnknown ("address rejected"), said of several addresses: the participle agrees in number.
    assert _by_pair(text) is Reason.USERUNKNOWN


@pytest.mark.parametrize("text", [
    "Two of the addresses were rejected.",  # en: the plural copula before the refusal
    "Mehrere Adressen wurden nicht akzeptiert.",  # de: several addresses were not accepted
    "Sommige adressen zijn niet geaccepteerd.",  # nl: some addresses were not accepted
    "Alguns endereços foram recusados.",  # pt: some addresses were refused
    "To adresser blev ikke accepteret.",  # da: two addresses were not accepted
    "Två adresser accepterades inte.",  # sv: two addresses were not accepted
])
def test_addresses_said_not_accepted_are_userunknown(text: str) -> None:
    # The refusal said as a negated acceptance (or a refusal), with the plural copula between the addresses and
    # the act.
    assert _by_pair(text) is Reason.USERUNKNOWN
