"""Round r51tune: meanings read from tuning misses of the reply corpus, each test in our own wording."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    "text",
    [
        "552 This mail is bigger than the remaining quota of the mailbox",
        "552 Message size exceeds the remaining space",
        "452 Mail size exceeds your remaining quota",
    ],
)
def test_a_message_over_what_is_left_of_the_quota_is_a_full_mailbox(text: str) -> None:
    # Measured against the space left in the mailbox, not against a size limit of the system.
    assert parse_reply(text).reason is Reason.MAILBOXFULL


def test_a_size_limit_of_the_system_stays_a_message_too_big() -> None:
    assert parse_reply("552 5.3.4 Message size exceeds the fixed maximum").reason is Reason.MESGTOOBIG


@pytest.mark.parametrize(
    "text",
    [
        "554 5.7.1 The filter failed to stream the mail onward",
        "451 Sorry, we could not unpack archive contents for scanning",
        "554 5.7.1 Scanner: attachment unpack error, retry later",
        "450 4.2.0 Sorry, user mailbox is corrupted",
        "local delivery: /var/spool/mail/dave not owned by the recipient",
    ],
)
def test_the_receivers_own_step_failing_is_a_system_error(text: str) -> None:
    # Its filter could not pass the message on or open an archive; its mailbox store is damaged or misowned.
    assert parse_reply(text).reason is Reason.SYSTEMERROR


def test_an_archive_refused_by_rule_stays_a_policy() -> None:
    assert parse_reply("552 5.7.1 Archives of this kind are not allowed").reason is Reason.POLICYVIOLATION


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # The vague word said of the message: the site's unnamed policy under X.7.x, nothing said without a status.
        ("550 5.7.1 [XY] Your mail was blocked. Contact your provider if you think this is wrong.",
         Reason.POLICYVIOLATION),
        ("554 Mail blocked", Reason.ONHOLD),
        # Said of the sending host, it stays a block of the host.
        ("554 5.7.1 Your server 192.0.2.3 is blocked", Reason.BLOCKED),
    ],
)
def test_message_blocked_alone_is_no_block_of_the_host(text: str, reason: Reason) -> None:
    assert parse_reply(text).reason is reason


def test_the_command_note_after_a_bare_refusal_says_nothing_of_why() -> None:
    # Postfix's "(in reply to ... command)" after a quoted reply tells when it came, not why: still a bare refusal.
    text = "host mx.example.org[192.0.2.4] said: 550 Your mail refused (in reply to RCPT TO command)"
    assert parse_reply(text).reason is Reason.ONHOLD
