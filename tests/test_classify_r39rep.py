"""Meanings written from the tuning part of round r39rep (issue 10: replies of MTA software, Momentum's response
table), each tested in wordings of our own (not the corpus texts that prompted them)."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "550 5.6.0 Message line too long (see RFC 5322 section 2.1.1)",
    "554 Lines too long in message body, see RFC5322",
    "550 5.6.0 Naked LF in message body (RFC 5322 2.3)",
    "550 Stray CR found in body text, see RFC 822",
])
def test_a_line_fault_cited_with_the_message_standard_is_a_content_error(text: str) -> None:
    # The standard is cited as the reference; the line fault named is the reason (RFC 5322 2.1.1, 2.3).
    assert parse_reply(text, smtp_command="DATA").reason is Reason.CONTENTERROR


@pytest.mark.parametrize("text", [
    "550 5.6.0 Bare LF found in message headers (RFC 5322 section 2.2)",
    "554 Stray linefeed inside a header field",
])
def test_a_line_ending_fault_in_the_header_is_a_format_violation(text: str) -> None:
    # A header field is a line ended by CR LF (RFC 5322 2.2): a lone LF in it breaks the header's syntax.
    assert parse_reply(text, smtp_command="DATA").reason is Reason.NOTCOMPLIANTRFC


@pytest.mark.parametrize("text", [
    "451 4.4.1 internal: connection timeout to mx.example.org",
    "421 4.4.2 [internal] connection timed out after 300 seconds",
])
def test_the_connection_named_as_what_timed_out_is_a_network_error(text: str) -> None:
    assert parse_reply(text).reason is Reason.NETWORKERROR


@pytest.mark.parametrize(("text", "command"), [
    ("451 no MAIL FROM reply from remote host", "MAIL"),
    ("451 no RCPT response from mx.example.org", "RCPT"),
    ("421 No SMTP greeting received from mx.example.net", None),
    ("451 Remote host is not responding", None),
])
def test_no_answer_where_one_was_awaited_is_a_network_error(text: str, command: str | None) -> None:
    # RFC 5321 4.5.3.2: the client stops waiting for the greeting or a reply, a failure of the connection (no
    # status here: the words decide).
    r = parse_reply(text, smtp_command=command) if command else parse_reply(text)
    assert r.reason is Reason.NETWORKERROR
    assert r.hard_bounce is False


def test_no_recipients_still_reads_as_the_command_sequence() -> None:
    # The "no <command> response" terms must not take "no recipients" (NONE_ACCEPTED) away.
    assert parse_reply("554 5.5.1 Error: no valid recipients", smtp_command="DATA").reason is Reason.SYNTAXERROR
