"""RFC 3463 codes: parts, IANA descriptions, and which status a Reply reports."""

from __future__ import annotations

import pytest

from bouncelib import EnhancedStatus, parse_reply
from bouncelib._data.status_codes import describe, describe_class, describe_subject, is_generic, reason_for
from bouncelib.models import Reason


@pytest.mark.parametrize(
    ("code", "title"),
    [
        ("5.1.1", "Bad destination mailbox address"),
        ("4.2.2", "Mailbox full"),
        ("5.7.26", "Multiple authentication checks failed"),
        ("5.1.10", "Recipient address has null MX"),
        ("5.7.999", None),
    ],
)
def test_iana_description(code: str, title: str | None) -> None:
    assert EnhancedStatus(code).description == title
    assert describe(code) == title


def test_class_and_subject_meanings() -> None:
    s = EnhancedStatus("4.7.1")
    assert s.class_description == "Persistent Transient Failure"
    assert s.subject_description == "Security or Policy Status"
    assert describe_class(5) == "Permanent Failure"
    assert describe_subject(9) is None


def test_generic_and_pseudo_codes() -> None:
    assert is_generic("5.0.0")
    assert is_generic("4.0.0")
    assert is_generic("5.0.911")
    assert not is_generic("5.1.1")
    assert reason_for("5.0.911") is Reason.USERUNKNOWN
    assert reason_for("5.7.1") is None  # used for every kind of refusal


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        ("550 5.0.0 Requested action not taken", "5.1.1", "5.1.1"),  # specific hint beats generic text
        ("550 5.2.2 Mailbox full", "5.0.0", "5.2.2"),  # specific text beats generic hint
        ("550 5.2.2 Mailbox full", "5.1.1", "5.2.2"),  # specific text beats specific hint
        ("550 5.0.0 Rejected", "4.0.0", "5.0.0"),  # generic text beats generic hint
        ("Rejected", "5.7.1", "5.7.1"),
        ("550 user unknown at 192.5.1.1", None, None),  # an IP address is not a status
        ("rejected (#5.7.1).", None, "5.7.1"),  # qmail style, sentence end
        # A later status of the same class and subject refines an "other or undefined" one ...
        ("554 5.7.0 < #5.7.133 smtp;550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup", None, "5.7.133"),
        # ... but not one of another subject, nor a success line of a transcript.
        ("554 5.7.0 Rejected; 5.1.1 mentioned later", None, "5.7.0"),
        ("250 2.1.0 Ok In: RCPT TO:<a@example.org> Out: 250 2.1.5 Ok", None, "2.1.0"),
    ],
)
def test_status_precedence(text: str, hint: str | None, expected: str | None) -> None:
    r = parse_reply(text, status=hint)
    assert (str(r.enhanced_status) if r.enhanced_status else None) == expected


def test_bad_status_hint_is_ignored() -> None:
    r = parse_reply("550 User unknown", status="not-a-status", smtp_command="RCPT")
    assert r.enhanced_status is None
    assert r.reason is Reason.USERUNKNOWN


def test_microsoft_group_delivery_restriction_is_the_recipients_filter() -> None:
    # Exchange Online's X.7.133: only authenticated senders may write to this group, the group's own
    # setting (corpus/LABELING.md, "Doubtful wordings": Exchange recipient restrictions are filtered).
    r = parse_reply("Remote Server returned '554 5.7.0 < #5.7.133 smtp;550 5.7.133 "
                    "RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction "
                    "check failed because the sender was not authenticated when sending to this group>'")
    assert r.provider == "microsoft"
    assert r.reason is Reason.FILTERED


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # "Invalid"/"bad" may mean badly formed or absent: X.1.3 (address syntax) says formed.
        ("553 5.1.3 Invalid recipient address", Reason.SYNTAXERROR),
        ("550 5.1.1 Invalid recipient address", Reason.USERUNKNOWN),
        # Under X.1.3 with no form word, the words' "unknown" stands.
        ("550 5.1.3 User unknown", Reason.USERUNKNOWN),
    ],
)
def test_address_syntax_status_tells_form_from_existence(text: str, reason: Reason) -> None:
    assert parse_reply(text, smtp_command="RCPT").reason is reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("552 5.2.2 Quota exceeded", Reason.MAILBOXFULL),
        # The same words under a policy or routing status: a limit on what the sender may send.
        ("550 5.7.0 Quota exceeded", Reason.SPEEDING),
        ("451 4.4.5 Quota exceeded, try later", Reason.SPEEDING),
    ],
)
def test_a_quota_under_a_policy_status_is_a_sending_limit(text: str, reason: Reason) -> None:
    assert parse_reply(text).reason is reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # 501 is "syntax error in parameters or arguments" (RFC 5321 section 4.2.3): a malformed address.
        ("501 5.1.7 Invalid sender address", Reason.SYNTAXERROR),
        ("501 Malformed recipient address", Reason.SYNTAXERROR),
        # An address without its domain part is malformed too.
        ("501 5.1.7 Sender address has no domain part", Reason.SYNTAXERROR),
        ("553 5.1.3 Recipient address must contain a domain", Reason.SYNTAXERROR),
        # The same words under another code may be about the address's existence or acceptance.
        ("550 5.1.7 Invalid sender address", Reason.REJECTED),
        ("501 5.1.1 User unknown", Reason.USERUNKNOWN),
    ],
)
def test_a_501_tells_a_malformed_address(text: str, reason: Reason) -> None:
    assert parse_reply(text).reason is reason


def test_a_null_mx_on_the_senders_domain_refuses_the_sender() -> None:
    assert parse_reply("550 5.7.27 Sender domain has a null MX record").reason is Reason.REJECTED
    assert parse_reply("550 Domain has null MX", smtp_command="MAIL").reason is Reason.REJECTED
    assert parse_reply("556 5.1.10 Recipient domain has null MX").reason is Reason.NOTACCEPT
