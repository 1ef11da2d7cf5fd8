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


@pytest.mark.parametrize(("text", "command"), [
    ("501 Could not decode the AUTH= value", "MAIL"),
    ("501 Unable to base64 decode your login response", "AUTH"),
])
def test_an_auth_value_that_cannot_be_decoded_is_its_syntax(text: str, command: str) -> None:
    # RFC 4954 section 4: a response that is not base64 is a 501, the form of the argument, not refused credentials.
    assert parse_reply(text, smtp_command=command).reason is Reason.SYNTAXERROR


@pytest.mark.parametrize("text", [
    "553 Cannot normalise the sender address",
    "550 Sender address badly formed",
])
def test_a_sender_address_in_a_wrong_form_is_its_syntax(text: str) -> None:
    # LABELING.md: a malformed address is syntaxerror whatever the status; a well-formed refused sender is rejected.
    verdict = parse_reply(text)
    assert verdict.reason is Reason.SYNTAXERROR
    assert not verdict.hard_bounce


@pytest.mark.parametrize("text", [
    "500 Invalid input received from 198.51.100.4",
    "554 Malformed client input",
])
def test_invalid_input_from_the_client_is_its_command_not_the_host(text: str) -> None:
    assert parse_reply(text).reason is Reason.SYNTAXERROR


def test_an_address_whose_domain_cannot_be_made_out_is_its_syntax() -> None:
    verdict = parse_reply("553 Rejected: unable to determine the domain of the envelope sender")
    assert verdict.reason is Reason.SYNTAXERROR


@pytest.mark.parametrize("text", ["550 5.1.3 Go away", "554 5.1.3", "553 5.1.3 Rejected: see RFC 5321"])
def test_status_x13_alone_is_the_address_syntax_not_an_unknown_mailbox(text: str) -> None:
    # RFC 3463 X.1.3 "bad destination mailbox address syntax": with no words deciding, the status says syntax.
    verdict = parse_reply(text)
    assert verdict.reason is Reason.SYNTAXERROR
    assert not verdict.hard_bounce


def test_unknown_user_words_still_decide_over_x13() -> None:
    verdict = parse_reply("550 5.1.3 No such user here")
    assert verdict.reason is Reason.USERUNKNOWN
    assert verdict.hard_bounce
