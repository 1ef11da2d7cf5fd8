"""Meanings written from the tuning part's misses of round r40rep (issue 10: replies of MTA sources not mined
before, corpus/replies/real/r40rep-mta-sources.jsonl), each tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "554 IO error during sender verification",
    "451 IO error in the policy service",
    "450 I/O error during DKIM verification",
])
def test_an_io_error_of_the_receiver_is_its_own_failure_not_the_checks_verdict(text: str) -> None:
    # The check named beside the I/O error was not made: the receiving system failed (RFC 3463 X.3.0).
    assert parse_reply(text).reason is Reason.SYSTEMERROR


@pytest.mark.parametrize("text", [
    "550 Distribution group deactivated by its owner",
    "550 This distribution group was deactivated",
    "550 Distribution list closed (inactive)",
])
def test_a_distribution_list_switched_off_is_a_suspended_recipient(text: str) -> None:
    assert parse_reply(text, smtp_command="RCPT").reason is Reason.SUSPEND
