"""Round r52tune: meanings read from tuning misses of the reply corpus, each test in our own wording."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    "text",
    [
        "550 Go away, you are banned under our site rules",
        "554 Sorry, you're barred from this host by its rules",
        "550 You were banned by the administrator",
    ],
)
def test_the_connected_party_said_banned_is_the_sending_host_refused(text: str) -> None:
    # An SMTP reply speaks to whoever is connected: "you" banned is the sending host refused, not a
    # policy on the message (the words "rules" and "policy" beside it name no kind of message).
    reply = parse_reply(text)
    assert reply.reason is Reason.BLOCKED
    assert reply.rule == "concept:YOU_BANNED"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # The recipient's own block on the sender stays the recipient's choice.
        ("550 You have been blocked by the recipient of this mail", Reason.FILTERED),
        # A list's rule on who may post is a refused sender, not a banned host.
        ("You are not allowed to post this message to the list: only members may", Reason.REJECTED),
    ],
)
def test_you_refused_otherwise_keeps_its_reading(text: str, reason: Reason) -> None:
    assert parse_reply(text).reason is reason


@pytest.mark.parametrize(
    "text",
    [
        "Could not change to the home directory of the user.",
        "delivery agent: cannot chdir into homedir /home/zed",
        "451 unable to enter home folder",
    ],
)
def test_a_home_directory_that_cannot_be_entered_is_the_delivery_program_failing(text: str) -> None:
    # A local delivery program changes to the recipient's home before it writes the mailbox.
    reply = parse_reply(text)
    assert reply.reason is Reason.MAILERERROR
    assert reply.rule == "concept:HOME_DIR+CANNOT"


@pytest.mark.parametrize(
    "text",
    [
        "550 5.7.1 Your server is being investigated for sending spam",
        "554 Rejected: this network is under investigation for sending spam",
    ],
)
def test_a_party_under_investigation_for_spam_is_the_sending_side_refused(text: str) -> None:
    # Kept out while its conduct is looked into: not one message's content judged spam.
    reply = parse_reply(text)
    assert reply.reason is Reason.BLOCKED
    assert reply.rule == "concept:INVESTIGATED+SPAM"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # A bare host name judged malformed: the only one a client gives is its greeting's.
        ("550 5.7.1 Refused: malformed hostname [mx_1.example]", Reason.BLOCKED),
        ("504 The host name is not valid, say hello properly", Reason.BLOCKED),
        # Named beside an address, it is that address's domain, badly formed.
        ("553 The recipient address has a bogus host name", Reason.SYNTAXERROR),
    ],
)
def test_a_host_name_judged_malformed_is_the_greeting_unless_an_address_is_named(text: str, reason: Reason) -> None:
    reply = parse_reply(text)
    assert reply.reason is reason
    assert reply.rule.startswith("concept:")
    assert reply.rule.endswith("BAD_HOSTNAME")

