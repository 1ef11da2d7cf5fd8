"""Meanings added from the tuning part of the r19rep material (issue 10), each in more than the one
wording that prompted it: the next server says the same thing in other words or another language."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    "text",
    [
        # Postfix's reject_sender_login_mismatch for a client that never logged in: a login is needed,
        # whatever the sender wording around it.
        "553 5.7.1 <alice@example.org>: Sender address rejected: not logged in",
        "530 5.7.0 <alice@example.org>: Sender address rejected: not logged on",
        "553 Absenderadresse abgelehnt: nicht angemeldet",
    ],
)
def test_a_missing_login_is_a_security_requirement_not_a_refused_sender(text: str) -> None:
    assert parse_reply(text).reason is Reason.SECURITYERROR


@pytest.mark.parametrize(
    "text",
    [
        "Dictionary attack detected",
        "550 5.7.1 Directory Harvest Attack detected, connection closed",
        "421 Too many invalid recipients: DHA protection",
    ],
)
def test_harvesting_addresses_refuses_the_sending_host(text: str) -> None:
    assert parse_reply(text).reason is Reason.BLOCKED


@pytest.mark.parametrize(
    "text",
    [
        "421 Refused. The domain of your sender address has no mail exchanger (MX).",
        "550 Sender domain has no MX or A record",
    ],
)
def test_a_sender_without_a_mail_host_is_a_refused_sender(text: str) -> None:
    assert parse_reply(text).reason is Reason.REJECTED


@pytest.mark.parametrize(
    "text",
    [
        "554 Refused. You are not following the SMTP protocol.",
        "554 5.5.0 Client talked too early, violates the SMTP protocol",
    ],
)
def test_a_client_not_keeping_to_the_protocol_is_a_syntax_error(text: str) -> None:
    assert parse_reply(text).reason is Reason.SYNTAXERROR


@pytest.mark.parametrize(
    ("text", "hints", "reason"),
    [
        # A server that answers with a code and says "connection refused" refuses the client ...
        ("550 5.7.1 Connection refused", {}, Reason.BLOCKED),
        ("421 4.4.5 CCRT 192.0.2.113: Connection refused. Server is busy(RT)", {}, Reason.BLOCKED),
        # ... a TCP connection refused has no reply to quote, and a code from a hint is not one.
        ("connect to mx.example.org[192.0.2.1]:25: Connection refused", {}, Reason.NETWORKERROR),
        ("Deferred: Connection refused by mx.example.org", {"smtp_code": 421}, Reason.NETWORKERROR),
    ],
)
def test_connection_refused_in_a_servers_reply_refuses_the_client(
    text: str, hints: dict[str, int], reason: Reason
) -> None:
    assert parse_reply(text, **hints).reason is reason  # type: ignore[arg-type]


def test_connection_refused_with_a_network_status_stays_a_network_error() -> None:
    # OpenSMTPD's own delay notice renders a refused TCP connection as "421 Connection refused",
    # with status 4.4.1 (no answer from host).
    assert parse_reply("421 Connection refused", status="4.4.1").reason is Reason.NETWORKERROR


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # A command's line or argument refused: the client's syntax (RFC 5321 section 4.2.2) ...
        ("500 5.5.2 Line too long", Reason.SYNTAXERROR),
        ("521 Command line too long", Reason.SYNTAXERROR),
        ("501 5.5.4 Invalid TO: Invalid character in path", Reason.SYNTAXERROR),
        # ... a message's line, or a bare 500 that may be either, the content.
        ("552 5.6.0 Message line too long", Reason.CONTENTERROR),
        ("500 Line too long (see RFC5321 4.5.3.1.6)", Reason.CONTENTERROR),
    ],
)
def test_a_line_or_character_refused_as_a_command_is_syntax(text: str, reason: Reason) -> None:
    assert parse_reply(text).reason is reason


@pytest.mark.parametrize(
    "text",
    [
        "No mail servers appear to exist for the recipient's address.",
        "550 There are no MX records for the recipient's domain",
        "554 Kein Mailserver für die Empfängerdomain gefunden",
    ],
)
def test_a_recipient_domain_without_a_mail_host_is_an_unknown_host(text: str) -> None:
    assert parse_reply(text).reason is Reason.HOSTUNKNOWN


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # A domain without a mail host is an unknown host whatever the number of the noun ...
        ("550 no mx record found for domain example.org", Reason.HOSTUNKNOWN),
        ("No MX records for domain example.org", Reason.HOSTUNKNOWN),
        # ... and a domain that says it takes no mail (a null MX) is notaccept.
        ("556 5.1.10 Recipient address has null MX", Reason.NOTACCEPT),
        # The pregreet refusal named by its test refuses the host; the client's protocol fault said
        # as such is syntax.
        ("554 You talk too soon", Reason.BLOCKED),
        ("554 early talker", Reason.BLOCKED),
        ("554 5.5.0 Client talked too early, violates the SMTP protocol", Reason.SYNTAXERROR),
    ],
)
def test_one_meaning_for_no_mx_record_and_for_an_early_talker(text: str, reason: Reason) -> None:
    assert parse_reply(text).reason is reason
