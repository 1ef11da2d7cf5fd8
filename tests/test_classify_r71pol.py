"""Meanings written from the tuning misses of round r71pol (replies of Postfix policy servers and milters: the tuning
rows of corpus/replies/real/r71-r71pol-replies.jsonl), each tested in wordings of our own; every case must be read by
a rule, not by the model."""

from __future__ import annotations

import pytest
from rule_reading import by_concept

from bouncelib import Reason


@pytest.mark.parametrize("text", [
    "550 5.7.1 Your HELO looks suspicious",
    "451 4.7.1 Suspicious EHLO hostname, please try later",
    "450 4.7.1 Client host sent a suspicious HELO",
    "550 HELO name is suspicious: mailhost",
])
def test_a_helo_judged_suspicious_is_the_sending_host_refused(text: str) -> None:
    # A HELO/EHLO name the receiver's checks find suspicious (not a FQDN, an address-like or borrowed name) is the
    # sending host's greeting refused, as a HELO said invalid or refused is (Postfix smtpd_helo_restrictions).
    assert by_concept(text) is Reason.BLOCKED
