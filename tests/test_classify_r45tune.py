"""Round r45tune (issue 10): meanings of tuning misses of reason left by round 44, read whatever the wording;
tested in wordings of our own, with counter-cases."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    "text",
    ["The recipient name is ambiguous.", "550 5.1.4 Address matches more than one mailbox",
     "550 Recipient address is not unique", "553 Recipient ambiguous: multiple matches in the directory"],
)
def test_an_ambiguous_recipient_is_the_receivers_directory(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.SYSTEMERROR
    assert reply.rule.endswith("+AMBIGUOUS")


def test_exchanges_ambiguous_recipient_code_is_the_receivers_directory() -> None:
    assert parse_reply("MSEXCH:IMS:Microsoft:site:SERVER 0 (000C0595) Ambiguous Recipient").reason is (
        Reason.SYSTEMERROR
    )


@pytest.mark.parametrize(
    "text",
    ["Your message has not been delivered to one or more of its recipients after more than 48 hours.",
     "Delivery to one or more recipients is delayed for more than 4 hours",
     "The message could not reach one or more of the recipients in more than 2 days"],
)
def test_one_or_more_recipients_is_no_count_over_a_limit(text: str) -> None:
    assert parse_reply(text).reason is not Reason.TOOMANYCONN


@pytest.mark.parametrize("text", ["550 Message has more than 10 recipients", "452 Too many recipients"])
def test_a_count_of_recipients_is_still_too_many(text: str) -> None:
    assert parse_reply(text).reason is Reason.TOOMANYCONN


@pytest.mark.parametrize(
    "text",
    ["553 Message-Id header line format error", "550 Date header format error",
     "554 From header has a wrong format", "550 5.6.0 Bad format in the Subject header"],
)
def test_a_header_in_a_wrong_format_is_not_compliant(text: str) -> None:
    reply = parse_reply(text)
    assert (reply.reason, reply.rule) == (Reason.NOTCOMPLIANTRFC, "concept:HEADER+BAD_FORM")


def test_an_address_in_a_wrong_format_stays_its_syntax() -> None:
    assert parse_reply("550 5.1.3 Recipient address format error").reason is Reason.SYNTAXERROR


@pytest.mark.parametrize(
    "text",
    ["552 The mailbox has reached its maximum size", "452 Recipient mailbox has reached its size limit",
     "552 This inbox exceeded their maximum allowed size", "452 User storage has reached its maximum capacity"],
)
def test_a_mailbox_over_its_own_size_is_full(text: str) -> None:
    assert parse_reply(text).reason is Reason.MAILBOXFULL


@pytest.mark.parametrize(
    "text",
    ["552 Message exceeds its maximum allowed size", "552 The message has reached its size limit",
     "552 Message exceeds maximum size"],
)
def test_a_message_over_its_own_size_is_too_big(text: str) -> None:
    assert parse_reply(text).reason is Reason.MESGTOOBIG


@pytest.mark.parametrize(
    "text",
    ["550 Mailbox unavailable: over storage limit", "452 Account over the storage quota",
     "552 Recipient over mailbox limit"],
)
def test_over_a_storage_limit_is_full(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.MAILBOXFULL


def test_over_alone_says_nothing() -> None:
    assert parse_reply("550 Message relayed over a closed connection was refused").reason is not Reason.MAILBOXFULL


@pytest.mark.parametrize(
    "text",
    ["No transport provider was available for delivery to this recipient.", "451 4.3.0 Mail delivery agent unavailable",
     "550 No transport available for this address", "451 No healthy servers are available, try again"],
)
def test_none_of_the_receivers_delivery_parts_available_is_its_system(text: str) -> None:
    assert parse_reply(text).reason is Reason.SYSTEMERROR


def test_no_host_for_a_domain_stays_an_unknown_host() -> None:
    assert parse_reply("550 No mail servers for example.org").reason is Reason.HOSTUNKNOWN


@pytest.mark.parametrize(
    "text",
    ["550 5.7.60 Client does not have permissions to send as this sender",
     "550 You are not allowed to send on behalf of alice@example.org", "554 You cannot send as bob@example.com",
     "550 User not authorized to send mail as this address"],
)
def test_no_permission_to_send_as_someone_is_a_refused_sender(text: str) -> None:
    reply = parse_reply(text)
    assert (reply.reason, reply.rule) == (Reason.REJECTED, "concept:SEND_AS_DENIED")


def test_no_permission_to_send_to_someone_stays_the_recipients_restriction() -> None:
    assert parse_reply("550 You do not have permission to send to this recipient").reason is Reason.FILTERED


@pytest.mark.parametrize(
    "text",
    ["Your message can't be delivered because delivery to this address is restricted.",
     "550 Delivery to the recipient has been restricted", "554 Deliveries to this user are restricted"],
)
def test_delivery_to_a_recipient_restricted_is_its_own_filter(text: str) -> None:
    assert parse_reply(text).reason is Reason.FILTERED


@pytest.mark.parametrize("text", ["550 mail to file is restricted", "550 5.7.1 relay access restricted"])
def test_restricted_said_of_other_things_keeps_its_reading(text: str) -> None:
    assert parse_reply(text).reason in {Reason.POLICYVIOLATION, Reason.NORELAYING}


@pytest.mark.parametrize(
    "text",
    ["553 5.1.2 <.bob@example.com>... Local part must not begin with a dot",
     "550 Recipient address cannot start with a hyphen", "553 Mailbox name may not end with a period"],
)
def test_an_address_breaking_a_rule_on_where_a_character_stands_is_its_syntax(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.SYNTAXERROR
    assert reply.rule.endswith("+BAD_FORM")


def test_a_header_breaking_such_a_rule_is_not_compliant() -> None:
    assert parse_reply("550 Header field name cannot start with a space").reason is Reason.NOTCOMPLIANTRFC


@pytest.mark.parametrize(
    "text",
    ["552 The volume of the recipient's mailbox exceeded the local limit", "452 Inbox exceeded, try later",
     "552 This mail box exceeds the allowed limit"],
)
def test_a_mailbox_run_over_is_full(text: str) -> None:
    assert parse_reply(text).reason is Reason.MAILBOXFULL


@pytest.mark.parametrize(
    "text", ["452 Recipient exceeded the hourly rate", "552 Message exceeds the maximum size allowed by the mailbox"]
)
def test_a_recipient_over_a_rate_or_a_message_over_a_size_is_not_a_full_mailbox(text: str) -> None:
    assert parse_reply(text).reason is not Reason.MAILBOXFULL
