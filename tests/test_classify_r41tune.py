"""Round r41tune (issue 10): a failure whose cause is named in the next sentence, the receiver's onward step
failing, a sender callout, sysexits' "cannot create output", storage beside a throttling word,
commands that carry no mail, a refusal by the recipient itself; tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # The cause in the sentence after the unfinished check decides.
        ("451 Could not complete recipient callout for <bob@example.net>. The mail servers for the domain are "
         "unreachable at the moment.", Reason.NETWORKERROR),
        ("451 Unable to complete the verify callout. No route to the domain's mail host.", Reason.NETWORKERROR),
        # No cause given: the receiver's own unfinished check.
        ("451 Could not complete recipient callout", Reason.SYSTEMERROR),
        ("451 Could not complete recipient callout. Please try again.", Reason.SYSTEMERROR),
    ],
)
def test_a_cause_named_in_the_next_sentence_explains_the_unfinished_check(text: str, reason: Reason) -> None:
    assert parse_reply(text).reason is reason


def test_the_cause_is_read_only_in_the_sentence_right_after() -> None:
    text = ("451 Could not complete recipient callout for <bob@example.net>. Please try again later. "
            "Our network is unreachable from some places.")
    assert parse_reply(text).reason is Reason.SYSTEMERROR


@pytest.mark.parametrize(
    "text",
    [
        "451 Could not complete sender callout for <alice@example.org>",
        "550 Sender verification callout for <alice@example.org> failed",
        "451 Could not complete sender verify callout for <alice@example.org>. Its servers are unreachable.",
        "451 Could not complete the originator's call out",
        "451 Could not complete senders verify callout",
    ],
)
def test_a_callout_of_the_sender_is_the_sender_refused(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.REJECTED
    assert not reply.hard_bounce


@pytest.mark.parametrize(
    "text",
    [
        "451 4.3.0 unable to forward the message, try later",
        "451 Could not forward mail for <bob@example.com> right now",
        "450 Onward delivery not accepted",
        "451 Onward transmission failed",
    ],
)
def test_the_receivers_onward_step_failing_is_its_system(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.SYSTEMERROR
    assert not reply.hard_bounce


def test_a_named_cause_beside_the_forwarding_failure_wins() -> None:
    assert parse_reply("451 Unable to forward message: no space left on device").reason is Reason.SYSTEMFULL


def test_forwarding_refused_as_a_setting_stays_the_policy() -> None:
    assert parse_reply("550 5.7.520 External forwarding is blocked by your organization").reason is (
        Reason.POLICYVIOLATION)


@pytest.mark.parametrize("text", ["554 5.2.0 can't create user output file", "550 5.0.0 Cannot create output"])
def test_sysexits_cannot_create_output_is_the_delivery_program(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.MAILERERROR
    assert reply.rule == "concept:CANTCREAT"


@pytest.mark.parametrize(
    "text", ["452 4.3.1 Insufficient system storage, throttled", "452 Not enough disk space (throttling)"],
)
def test_storage_named_beside_a_throttling_word_is_the_storage(text: str) -> None:
    assert parse_reply(text).reason is Reason.SYSTEMFULL


def test_a_throttling_word_alone_stays_a_rate() -> None:
    assert parse_reply("421 4.7.0 Connection throttled, try later").reason is Reason.SPEEDING


@pytest.mark.parametrize(
    "text", ["554 Too many nonmail commands", "421 too many non-mail commands, goodbye", "421 4.7.0 Too many NOOP "
             "commands, closing connection", "421 Too many RSET commands"],
)
def test_too_many_commands_that_carry_no_mail_is_the_clients_conduct(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.BLOCKED
    assert reply.rule == "concept:TOO_MANY+NONMAIL_CMDS"


def test_too_many_unrecognised_commands_stays_their_syntax() -> None:
    assert parse_reply("500 5.5.1 Too many unrecognized commands").reason is Reason.SYNTAXERROR


@pytest.mark.parametrize(
    "text", ["550 Message refused by the recipient", "554 Your mail was declined by the recipient",
             "Message rejected by this recipient."],
)
def test_a_message_refused_by_the_recipient_itself_is_filtered(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.FILTERED
    assert reply.rule == "concept:UNWANTED"
