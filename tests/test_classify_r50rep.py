"""Meanings written from the tuning part's misses of round r50rep (issue 10: real replies from issue threads
and hosting pages not mined before, corpus/replies/real/r50rep-threads-pages.jsonl), each tested in wordings
of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(("text", "reason"), [
    ("SASL login name rejected: you are submitting mail too fast, slow down", Reason.SPEEDING),
    ("SASL login name rejected: this login went over its hourly sending quota", Reason.SPEEDING),
])
def test_a_login_refused_by_a_restriction_is_read_by_the_restrictions_text(text: str, reason: Reason) -> None:
    # Postfix's check_sasl_access writes "SASL login name rejected: <the table's text>": the text says why.
    assert parse_reply(text).reason is reason


def test_a_login_refused_with_nothing_after_stays_a_security_refusal() -> None:
    assert parse_reply("535 SASL login name rejected").reason is Reason.SECURITYERROR
