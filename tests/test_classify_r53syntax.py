"""Meanings written from the tuning misses of syntax errors and unknown recipients (round r53syntax: the
tuning rows of corpus/replies/real/r53-r53syntax-sources-threads.jsonl and older tuning misses), each tested
in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "503 Not now, one thing at a time",
    "503 That came too early",
    "501 Give it to me the proper way",
    "500 Huh?",
])
def test_a_syntax_class_reply_to_mail_is_the_command_not_a_refused_sender(text: str) -> None:
    # RFC 5321 4.2.1: 500-504 say the command or its sequence was wrong; answering MAIL does not make the
    # sender refused.
    verdict = parse_reply(text, smtp_command="MAIL")
    assert verdict.reason is Reason.SYNTAXERROR


def test_a_plain_refusal_of_mail_is_still_the_sender() -> None:
    assert parse_reply("550 Go away", smtp_command="MAIL").reason is Reason.REJECTED
    assert parse_reply("553 Not from you", smtp_command="MAIL").reason is Reason.REJECTED
