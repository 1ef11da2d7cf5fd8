"""Round r37tune (issue 10): single-source phrase rows and wordings that moved under bench/synonym_swap.py, read
as meanings (who/what + what about it) by concept pairs; tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    "text",
    [
        "550 5.1.6 The recipient has moved, no forwarding address known",
        "551 This account has been relocated",
        "550 Mailbox moved; please write to the new address",
    ],
)
def test_a_mailbox_that_moved_is_hasmoved(text: str) -> None:
    # RCPT+MOVED: whatever word names the mailbox (the rows "user has moved", "mailbox has moved" are gone).
    assert parse_reply(text).reason is Reason.HASMOVED


def test_a_message_moved_is_not_a_mailbox_that_moved() -> None:
    assert parse_reply("550 Message moved to quarantine").reason is not Reason.HASMOVED


@pytest.mark.parametrize(
    "text",
    [
        "556 5.1.10 This domain accepts no email",
        "550 The recipient domain does not receive mail",
        "556 The MX host for example.org indicated no mail service",
    ],
)
def test_a_domain_that_takes_no_mail_is_notaccept(text: str) -> None:
    # DOMAIN/HOSTNAME+NO_MAIL (RFC 7505's null MX), not a host that does not exist.
    assert parse_reply(text).reason is Reason.NOTACCEPT


@pytest.mark.parametrize("text", ["550 Unknown userid", "550 User id not found at this site"])
def test_a_user_id_is_the_recipient(text: str) -> None:
    r = parse_reply(text)
    assert r.reason is Reason.USERUNKNOWN
    assert r.hard_bounce


@pytest.mark.parametrize("text", ["552 Size limit has been exceeded", "552 message rejected: size limit was exceeded"])
def test_a_size_limit_exceeded_is_the_message_size(text: str) -> None:
    assert parse_reply(text).reason is Reason.MESGTOOBIG


def test_a_mailbox_size_limit_exceeded_is_still_the_mailbox() -> None:
    assert parse_reply("552 Your mailbox size limit was exceeded").reason is Reason.MAILBOXFULL


@pytest.mark.parametrize(
    "text",
    [
        "553 Your sender domain is in my badmailfrom list",
        "550 sorry, the address is listed in badmailfrom (#5.7.1)",
    ],
)
def test_qmail_badmailfrom_refuses_the_sender(text: str) -> None:
    assert parse_reply(text).reason is Reason.REJECTED


@pytest.mark.parametrize("text", ["550 Fake sender address", "554 The sender is fake"])
def test_a_fake_sender_is_refused(text: str) -> None:
    assert parse_reply(text).reason is Reason.REJECTED


@pytest.mark.parametrize("text", ["550 The sender's domain has to exist", "553 Your sender domain must resolve"])
def test_a_sender_domain_that_must_exist_refuses_the_sender(text: str) -> None:
    # SENDER+MUST_EXIST (the row "envelope sender", a party named and nothing said of it, is gone).
    assert parse_reply(text).reason is Reason.REJECTED


def test_a_null_mx_domain_named_in_full_is_notaccept() -> None:
    # The domain's own name (read as words) stands between the domain and "accepts no email".
    assert parse_reply("556 Domain mx.mail.example.org accepts no email").reason is Reason.NOTACCEPT
