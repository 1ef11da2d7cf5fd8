"""Meanings added for the tuning misses of round r24log (real Postfix lines of corpus/postfix/real)."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # A quoted path names a file or folder: its words ("Spam") say nothing of the failure.
        ('Command time limit exceeded: "/usr/bin/procmail". Command output: procmail: Lock failure on '
         '"./.Spam/.lock" procmail: Error while writing to "./.Spam"', Reason.MAILERERROR),
        # The operating system's "Permission denied" on the receiver's own file, not a refusal.
        ("error reading forwarding file: Permission denied", Reason.SYSTEMERROR),
        ("cannot find alias database owner", Reason.SYSTEMERROR),
        ("450 Server configuration problem", Reason.SYSTEMERROR),
        # Postfix's "refused to talk to me" says when, not why: the server's own words decide.
        ("host mx.example.net[192.0.2.1] refused to talk to me: 450 Server configuration problem",
         Reason.SYSTEMERROR),
        # A connection the server dropped: the session went away, no refusal of the sending.
        ("connect to mx.example.net[192.0.2.1]: server dropped connection without sending the initial SMTP greeting",
         Reason.NETWORKERROR),
    ],
)
def test_r24log_meanings(text: str, reason: Reason) -> None:
    assert parse_reply(text).reason is reason


def test_a_greeting_refused_without_words_is_still_the_sending_hosts() -> None:
    assert parse_reply("host mx.example.net[192.0.2.1] refused to talk to me: 554 ").reason is Reason.BLOCKED


def test_the_mailbox_a_spam_refusal_asks_the_mail_forwarded_to_is_a_contact() -> None:
    text = ("550-5.7.0 Message considered as spam or virus, rejected 550-5.7.0 If you feel this to be an error, "
            "please forward the wrong classified e-mail to our abuse department at FPR@RX.T-ONLINE.DE")
    assert parse_reply(text).delist == ["FPR@RX.T-ONLINE.DE"]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # A recipient access rule refused the recipient: the receiver's policy, not the sending host.
        ("554 5.7.1 <a@example.org>: Recipient address rejected: Access denied", Reason.POLICYVIOLATION),
        # The client itself refused: the sending host's (LABELING.md, bare wordings).
        ("554 5.7.1 <unknown[192.0.2.9]>: Client host rejected: Access denied", Reason.BLOCKED),
    ],
)
def test_access_denied_is_said_of_what_the_server_names(text: str, reason: Reason) -> None:
    assert parse_reply(text).reason is reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("550 we dont accept mail from you", Reason.REJECTED),
        ("550 The content isnt allowed", Reason.POLICYVIOLATION),
    ],
)
def test_a_contraction_without_its_apostrophe_is_a_negation(text: str, reason: Reason) -> None:
    assert parse_reply(text).reason is reason
