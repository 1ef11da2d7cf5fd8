"""Meanings written from the tuning misses of mail apps' translated errors (round r65mua5: the tuning rows of
corpus/replies/real/r65-r65mua5-catalogues.jsonl, Mailspring's app/lang/*.json and Cypht's language/*.php),
each tested in wordings of our own; every case must be read by a concept rule, not by the model."""

from __future__ import annotations

import pytest
from rule_reading import by_rule as _by_rule

from bouncelib import Reason


@pytest.mark.parametrize("text", [
    "Palvelimen varmennevirhe esti lähetyksen",  # fi: certificate error (varmenne + virhe), one word
    "Varmennevirheen vuoksi viestiä ei lähetetty",  # fi: the genitive
    "Sertifikaattivirhe: smtp.example.net",  # fi: the loanword sertifikaatti + virhe
])
def test_finnish_certificate_error_compound_is_a_tls_failure(text: str) -> None:
    assert _by_rule(text) is Reason.FAILEDSTARTTLS


@pytest.mark.parametrize("text", [
    "Lähetys keskeytyi: yhteysvirhe",  # fi: connection error (yhteys + virhe), one word
    "Yhteysvirheen takia palvelimeen ei päästy",  # fi: the genitive
])
def test_finnish_connection_error_compound_is_a_network_error(text: str) -> None:
    assert _by_rule(text) is Reason.NETWORKERROR
