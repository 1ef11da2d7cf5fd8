"""Round r49hard (issue 10): hard/soft verdicts that must not rest on the form of a reply (bench/hard_perturb.py);
tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("550 5.1.1 Delivery refused. Please try again later.", Reason.USERUNKNOWN),
        ("554 5.1.2 Cannot deliver, try again later", Reason.HOSTUNKNOWN),
        ("550 5.1.6 We could not deliver this; please try later", Reason.HASMOVED),
    ],
)
def test_retry_advice_does_not_undo_a_status_saying_the_address_is_bad(text: str, reason: Reason) -> None:
    # The request to retry names no cause; the status names the bad address it was appended to.
    r = parse_reply(text)
    assert (r.reason, r.hard_bounce) == (reason, True)


@pytest.mark.parametrize(
    "text",
    [
        "451 4.7.1 Service unavailable - try again later",  # the service failing for now: the advice's own case
        "550 Requested mailbox unavailable, try again later",  # vague words beside the advice: a passing state
        "421 4.3.0 try again later",
    ],
)
def test_retry_advice_stays_a_temporary_failure_when_nothing_names_the_address(text: str) -> None:
    r = parse_reply(text)
    assert (r.reason, r.hard_bounce) == (Reason.SYSTEMERROR, False)


@pytest.mark.parametrize("text", ["554 The domain of the sender has a null MX (RFC 7505)",
                                  "550 Your sender domain publishes a null MX"])
def test_a_null_mx_said_of_the_sender_is_no_hard_bounce_without_a_status(text: str) -> None:
    # The words name the sender's domain: refusing the sender (no reply could reach it), not a bad recipient.
    r = parse_reply(text)
    assert (r.reason, r.hard_bounce) == (Reason.REJECTED, False)


def test_a_null_mx_of_the_recipient_stays_a_hard_bounce() -> None:
    r = parse_reply("556 5.1.10 The recipient's domain has a null MX; sender, please check the address")
    assert (r.reason, r.hard_bounce) == (Reason.NOTACCEPT, True)


@pytest.mark.parametrize("text", ["5.1.1 mailbox <x@example.org> unknown #214 (ref 9Q2)",
                                  "5.7.1 delivery to <x@example.org> refused #250"])
def test_a_number_after_a_hash_is_no_success_code(text: str) -> None:
    # "#214" is a rule or reference number: the failure status stands, the reply is not a success.
    r = parse_reply(text)
    assert r.smtp_code is None
    assert r.reason is not Reason.DELIVERED
    assert r.permanent is True


@pytest.mark.parametrize("text", ["5.5.4 Invalid address given", "550 5.5.4 <a b@example.org> bad recipient address"])
def test_an_invalid_address_under_invalid_command_arguments_is_its_form(text: str) -> None:
    # X.5.4 ("invalid command arguments", RFC 3463) says the form as a 501 does: no bad address to stop mailing.
    r = parse_reply(text)
    assert (r.reason, r.hard_bounce) == (Reason.SYNTAXERROR, False)


def test_an_unknown_user_under_invalid_command_arguments_stays_unknown() -> None:
    assert parse_reply("550 5.5.4 user unknown here").reason is Reason.USERUNKNOWN
