"""Meanings added from the tuning part of round 22's replies of MTAs, gateways and providers the material
had few of (corpus/replies/real/r22rep-mta-gateways.jsonl), each in more than the wording that prompted it."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    ("text", "hints"),
    [
        # Citadel answers AUTH LOGIN with an unknown login name so.
        ("500 No such user.", {"smtp_command": "AUTH"}),
        ("535 5.7.8 User unknown (in reply to AUTH command)", {}),
        ("535 Unknown user", {"smtp_command": "AUTH"}),
    ],
)
def test_an_unknown_user_in_answer_to_auth_is_the_login_refused(text: str, hints: dict[str, str]) -> None:
    reply = parse_reply(text, **hints)
    assert reply.reason is Reason.SECURITYERROR
    assert not reply.hard_bounce


def test_an_unknown_user_at_rcpt_is_still_the_recipient() -> None:
    assert parse_reply("500 No such user.", smtp_command="RCPT").reason is Reason.USERUNKNOWN


@pytest.mark.parametrize(
    "text",
    [
        "550 5.7.0 Malformed Sender header",
        "554 5.6.0 Invalid Reply-To header",
        "550 5.7.1 Missing To header",
        "550 5.6.0 Duplicate Cc header",
    ],
)
def test_a_named_header_field_is_the_header_not_the_party_it_names(text: str) -> None:
    assert parse_reply(text).reason is Reason.NOTCOMPLIANTRFC


@pytest.mark.parametrize(
    "text",
    [
        "550 5.7.1 [UNS] Recipient has unsubscribed from your list.",
        "554 The recipient has unsubscribed; not sending",
        "550 Address unsubscribed from your list, message not sent",
    ],
)
def test_a_recipient_who_unsubscribed_is_a_suppression(text: str) -> None:
    assert parse_reply(text).reason is Reason.SUPPRESSED


@pytest.mark.parametrize(
    "text",
    [
        "MSG-RFC: Your message does not conform to RFC2822 standard",
        "550 5.6.0 Message is not RFC5322 compliant",
    ],
)
def test_the_message_standard_written_without_a_space_is_a_format_violation(text: str) -> None:
    assert parse_reply(text).reason is Reason.NOTCOMPLIANTRFC


@pytest.mark.parametrize(
    "text",
    [
        "550 Internal delivery error",
        "451 4.3.0 Internal processing error, try again",
    ],
)
def test_an_internal_error_with_its_part_named_is_the_receiver_s(text: str) -> None:
    assert parse_reply(text).reason is Reason.SYSTEMERROR


def test_mailchannels_hosts_name_their_operator() -> None:
    reply = parse_reply("host mx2.mailchannels.net[192.0.2.1] said: 550 5.7.1 [S10] Blocked "
                        "(in reply to RCPT TO command)")
    assert reply.provider == "mailchannels"
