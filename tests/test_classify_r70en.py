"""Meanings written from the tuning misses of round r70en (English replies of OpenSMTPD filters: the tuning rows of
corpus/replies/real/r70-r70en-replies.jsonl), each tested in wordings of our own; every case must be read by a rule,
not by the model."""

from __future__ import annotations

import pytest
from rule_reading import by_concept, by_rule

from bouncelib import Reason


@pytest.mark.parametrize("text", [
    "451 Our spam filter failed, please retry",
    "451 4.3.0 anti-spam filter error",
    "421 The anti-spam filter is not responding",
    "451 mail filter timed out",
    "451 spam filtering failed for this message",
])
def test_a_filter_said_failed_is_the_receivers_system(text: str) -> None:
    # A filter named by what it filters is a part of the receiver, as a scanner is: said failed, in error, unavailable
    # or timed out, the receiver could not run its own check and judged nothing (RFC 3463 X.3.0; Postfix
    # MILTER_README, milter_default_action). The word "spam" in the filter's name is no finding.
    assert by_concept(text) is Reason.SYSTEMERROR


@pytest.mark.parametrize("text", [
    "550 Message rejected by our spam filter",
    "550 Your message failed the spam filter",
    "554 Blocked by the spam filter",
])
def test_a_message_stopped_by_the_filter_stays_spam(text: str) -> None:
    # The filter doing its work (refusing, or the message failing it: the failure said before the filter) is the
    # message judged spam.
    assert by_rule(text) is Reason.SPAMDETECTED
