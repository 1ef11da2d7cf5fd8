"""Round 63, own changes, in wordings of our own: room that ran out said of the mailbox (MAILBOX+NO_ROOM), a
connection to the mail server refused (MAIL_SERVER, CONNECTION+REFUSED further apart)."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "452 Sorry, this mailbox has no free space left for new mail",
    "552 The user's mailbox: not enough free space to store your message",
    "Mailbox has insufficient free space, message not stored",
])
def test_a_mailbox_out_of_room_is_full(text: str) -> None:
    # The words name no owner of the room, a mailbox stands right before them: the mailbox is full.
    reply = parse_reply(text)
    assert reply.reason is Reason.MAILBOXFULL
    assert reply.rule == "concept:MAILBOX+NO_ROOM"


@pytest.mark.parametrize("text", [
    "452 4.3.1 Insufficient system storage",
    "452 Mailbox unavailable, insufficient system storage",
    "451 Not enough free space on the spool disk, try again later",
])
def test_the_systems_storage_stays_the_systems(text: str) -> None:
    # "system storage" names whose room ran out; free space with no mailbox by it is the disk's.
    assert parse_reply(text).reason is Reason.SYSTEMFULL


@pytest.mark.parametrize("text", [
    "Our connection to their mail server was refused",
    "Connection to e-mail server refused",
])
def test_a_connection_to_the_mail_server_refused_is_the_network(text: str) -> None:
    # "mail server" names a host, not the message "mail" alone names; a connection refused a few words on is still
    # the connection's refusal.
    reply = parse_reply(text)
    assert reply.reason is Reason.NETWORKERROR
    assert reply.rule.startswith("concept:CONNECTION+REFUSED")
