"""Round r44tune (issue 10): meaning-level readings of tuning misses of reason (replies left `onhold` although
they say something); tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("550 Could not resolve domain example.org", "concept:DOMAIN+RESOLVE_FAIL"),
        ("unable to resolve the recipient domain", "concept:DOMAIN+RESOLVE_FAIL"),
        ("Failed to resolve MX records for example.org", "concept:HOSTNAME+RESOLVE_FAIL"),
        ("cannot resolve mail host for example.org", "concept:HOSTNAME+RESOLVE_FAIL"),
    ],
)
def test_a_name_the_server_could_not_resolve_is_an_unknown_host(text: str, rule: str) -> None:
    reply = parse_reply(text)
    assert (reply.reason, reply.rule) == (Reason.HOSTUNKNOWN, rule)


def test_a_lookup_that_fails_only_for_now_stays_a_network_error() -> None:
    assert parse_reply("451 Cannot resolve domain example.org at this time").reason is Reason.NETWORKERROR


@pytest.mark.parametrize(
    "text",
    ["550 Connecting host started transmitting before SMTP greeting", "554 Client sent data before the banner",
     "421 You were talking before my greeting, goodbye"],
)
def test_a_client_that_sent_before_the_greeting_is_a_blocked_host(text: str) -> None:
    reply = parse_reply(text)
    assert (reply.reason, reply.rule) == (Reason.BLOCKED, "concept:SENT_EARLY+GREETING")


def test_a_connection_closed_before_the_greeting_is_no_act_of_the_client() -> None:
    assert parse_reply("421 Connection closed before greeting").reason is Reason.NETWORKERROR


@pytest.mark.parametrize(
    "text",
    ["550 Sender not in allowlist", "550 Sender is not on the allow list", "550 Sender not on white list",
     "550 Your email address is banned", "550 Your mail address is not allowed here"],
)
def test_a_sender_off_the_allow_list_or_named_as_your_email_address_is_refused(text: str) -> None:
    reply = parse_reply(text)
    assert (reply.reason, reply.rule) == (Reason.REJECTED, "concept:SENDER+REFUSED")


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("452 Quota reached", "concept:OVER_QUOTA"),
        ("552 The recipient has reached their quota", "concept:OVER_QUOTA"),
        ("452 No room in mailbox", "concept:RCPT+FULL"),
    ],
)
def test_a_quota_reached_or_no_room_left_is_a_full_mailbox(text: str, rule: str) -> None:
    reply = parse_reply(text)
    assert (reply.reason, reply.rule) == (Reason.MAILBOXFULL, rule)


def test_a_sending_quota_reached_stays_a_rate() -> None:
    assert parse_reply("550 Daily sending quota reached").reason is Reason.SPEEDING


@pytest.mark.parametrize(
    "text", ["552 recipient limit exceeded", "452 Max recipients exceeded", "452 maximum recipients reached"]
)
def test_a_limit_named_by_its_unit_of_recipients_is_their_count(text: str) -> None:
    reply = parse_reply(text)
    assert (reply.reason, reply.rule) == (Reason.TOOMANYCONN, "concept:RECIPIENTS_COUNT")


def test_the_limit_a_recipient_set_is_no_count_of_recipients() -> None:
    assert parse_reply("552 Message exceeded the recipient's limit").reason is Reason.EXCEEDLIMIT


@pytest.mark.parametrize(
    "text", ["550 Recipient verification fails", "550 recipient verification has failed",
             "550 recipient verification was unsuccessful"],
)
def test_a_failed_verification_in_its_other_forms_is_an_unknown_recipient(text: str) -> None:
    reply = parse_reply(text)
    assert (reply.reason, reply.rule) == (Reason.USERUNKNOWN, "concept:RCPT+VERIFY_FAILED")


@pytest.mark.parametrize(
    "text", ["Sorry, I was not able to establish an SMTP session.", "unable to establish SMTP connection",
             "could not establish a connection to mx.example.org"],
)
def test_a_connection_that_could_not_be_established_is_a_network_error(text: str) -> None:
    reply = parse_reply(text)
    assert (reply.reason, reply.rule) == (Reason.NETWORKERROR, "concept:CONNECTION+FAILED")


@pytest.mark.parametrize(
    "text", ["550 not relay to that domain", "550 This server does not relay for you", "550 We will not relay mail"]
)
def test_the_verb_relay_negated_in_any_form_is_a_refused_relay(text: str) -> None:
    reply = parse_reply(text)
    assert (reply.reason, reply.rule) == (Reason.NORELAYING, "concept:NOT_LOCAL")
