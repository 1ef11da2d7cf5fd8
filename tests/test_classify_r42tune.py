"""Round r42tune (issue 10): meaning-level readings of tuning misses of reason and hard_bounce; tested in
wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # The vague act said before the address it refuses (WEAK_BEFORE_FILLERS).
        ("The server refused the recipient", "weak:REFUSED+RCPT"),
        ("550 Rejected recipient <bob@example.org>", "weak:REFUSED+RCPT"),
        ("550 refused email address <bob@example.org>", "weak:REFUSED+ADDR"),
        # The vague state after its subject, the address named between or the state in two words.
        ("550 Mailbox <bob@example.org> is unavailable", "weak:ADDR+UNAVAILABLE"),
        ("557 Address bob@example.org is not available here", "weak:ADDR+UNAVAILABLE"),
        ("550 The recipient is currently unavailable", "weak:RCPT+UNAVAILABLE"),
    ],
)
def test_a_vague_refusal_of_the_address_in_either_order_is_a_hard_userunknown(text: str, rule: str) -> None:
    reply = parse_reply(text, smtp_command="RCPT")
    assert reply.reason is Reason.USERUNKNOWN
    assert reply.rule == rule
    assert reply.hard_bounce is True


@pytest.mark.parametrize(
    "text",
    [
        # Who refused, not what was refused.
        "550 Message rejected by the recipient's server",
        "550 Mail refused by recipient policy",
        # The address begins a clause of its own: what follows says why.
        "554 Message rejected: Email address is not verified.",
        # Not a verdict on the address: a feature missing.
        "550 Recipient address not supported for this service",
    ],
)
def test_a_vague_act_before_a_party_that_is_no_object_of_it_is_no_unknown_user(text: str) -> None:
    assert parse_reply(text).reason is not Reason.USERUNKNOWN


@pytest.mark.parametrize(
    "text",
    ["551 not our customer", "550 Sorry, that person is not one of our customers",
     "550 <bob@example.org> is not our user", "550 recipient is not a customer of this service"],
)
def test_an_address_said_to_be_no_user_of_ours_is_unknown_and_moved_under_x16(text: str) -> None:
    reply = parse_reply(text)
    assert (reply.reason, reply.rule, reply.hard_bounce) == (Reason.USERUNKNOWN, "concept:NOT_A_USER", True)
    moved = parse_reply(text, status="5.1.6")
    assert (moved.reason, moved.hard_bounce) == (Reason.HASMOVED, True)


def test_an_address_said_not_to_exist_stays_unknown_under_x16() -> None:
    # sendmail writes 5.1.6 for any 551 reply without a status: the words say more than the code.
    assert parse_reply("551 User does not exist.", status="5.1.6").reason is Reason.USERUNKNOWN
