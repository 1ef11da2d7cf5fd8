"""Round r53buser (issue 10): a recipient's storage named as what failed, read whatever the wording; tested in
wordings of our own, with counter-cases."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", ["550 Recipient disk space", "452 User storage quota", "Mailbox quota"])
def test_a_recipients_storage_named_as_the_failure_is_full(text: str) -> None:
    reply = parse_reply(text)
    assert (reply.reason, reply.rule) == (Reason.MAILBOXFULL, "concept:RCPT+QUOTA")


@pytest.mark.parametrize(
    "text", ["The mailbox has reached its storage capacity.", "452 This inbox exceeded its storage quota"],
)
def test_a_mailbox_at_its_own_storage_limit_is_full(text: str) -> None:
    reply = parse_reply(text)
    assert (reply.reason, reply.rule) == (Reason.MAILBOXFULL, "concept:RCPT+OWN_SIZE_EXCEEDED")


@pytest.mark.parametrize(
    "text", ["452 Insufficient system storage", "550 Daily user sending quota exceeded"],
)
def test_the_systems_storage_or_a_sending_quota_is_not_the_recipients(text: str) -> None:
    assert parse_reply(text).reason is not Reason.MAILBOXFULL
