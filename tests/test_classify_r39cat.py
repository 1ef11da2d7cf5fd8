"""Meanings written from the tuning part of round r39cat (issue 10: operators' published error pages), each
tested in wordings of our own as well as the one that prompted it."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "550 5.7.0 Message Size Violation",
    "552 message size violation, please send a smaller message",
    "554 Size violation",
])
def test_a_size_that_violates_is_a_message_too_big(text: str) -> None:
    # The size broke the site's limit (LABELING: size limits are mesgtoobig unless the recipient's), not an
    # unnamed policy.
    r = parse_reply(text)
    assert r.reason is Reason.MESGTOOBIG
    assert r.hard_bounce is False


def test_a_policy_violation_with_no_size_stays_a_policy() -> None:
    assert parse_reply("550 5.7.1 Policy violation").reason is Reason.POLICYVIOLATION


@pytest.mark.parametrize("text", [
    "Your sender domain is required to send via an encrypted SMTP session",
    "454 An encrypted session is required for mail from this domain",
    "530 Must use an encrypted SMTP connection",
])
def test_an_encrypted_session_required_is_a_missing_starttls(text: str) -> None:
    assert parse_reply(text).reason is Reason.FAILEDSTARTTLS


def test_an_encrypted_attachment_stays_a_refused_kind_of_file() -> None:
    # "encrypted" of a file is still the locked archive of the attachment rule, not TLS.
    assert parse_reply("552 Message contains encrypted archive").reason is Reason.POLICYVIOLATION


@pytest.mark.parametrize("text", [
    "Your domain is not configured to use this MX host.",
    "550 The recipient domain is not set up to use this server",
])
def test_a_domain_not_configured_at_this_host_is_a_relay_refused(text: str) -> None:
    r = parse_reply(text)
    assert r.reason is Reason.NORELAYING
    assert r.hard_bounce is False
