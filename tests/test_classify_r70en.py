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


@pytest.mark.parametrize("text", [
    "550 Your message contains a blacklisted keyword",
    "554 Blacklisted phrase in your subject",
    "550 5.7.1 Blacklisted words found in the subject",
])
def test_listed_words_of_the_text_are_a_content_rule(text: str) -> None:
    # Words or phrases a site matches the message's text against are its content rule (as a listed regex is), not the
    # sending host on a blocklist.
    assert by_concept(text) is Reason.POLICYVIOLATION


@pytest.mark.parametrize("text", [
    "550 Mail sent as BCC is not accepted here",
    "550 5.7.1 Blind carbon copies are refused",
    "554 bcc recipients not permitted",
])
def test_a_blind_copy_refused_is_a_site_rule(text: str) -> None:
    # A blind copy (RFC 5322 section 3.6.3, Bcc:) refused: the site's rule on a way of addressing mail.
    assert by_concept(text) is Reason.POLICYVIOLATION


def test_a_listed_host_stays_blocked() -> None:
    assert by_concept("554 Your IP address is blacklisted") is Reason.BLOCKED
