"""Meanings written from the tuning part of round r56host (issue 10, the sending host and its rate refused),
each tested in a wording of our own (not the corpus texts that prompted them)."""

from __future__ import annotations

from bouncelib import Reason, parse_reply


def test_a_quota_counting_the_messages_sent_is_a_sending_allowance() -> None:
    # A quota named by the count of messages, or by the summed size of what was sent, is what a sender may
    # send in a while: speeding, not a recipient's storage.
    r = parse_reply("451 4.7.1 Quota hit: number of messages quota exceeded for this hour")
    assert (r.reason, r.rule) == (Reason.SPEEDING, "concept:MSG_COUNT+OVER_QUOTA")
    r = parse_reply("550 Refused, the cumulative message size quota exceeded for your account")
    assert r.reason is Reason.SPEEDING
    assert r.hard_bounce is False
    # A quota named by the mailbox stays the recipient's storage.
    assert parse_reply("552 5.2.2 The mailbox quota exceeded for bob").reason is Reason.MAILBOXFULL
    assert parse_reply("452 4.2.2 quota exceeded").reason is Reason.MAILBOXFULL


def test_a_helo_name_said_to_be_forged_is_the_sending_host_refused() -> None:
    # The client's claim about itself refused: blocked, before the forgery alone reads an SPF/DKIM failure.
    r = parse_reply("550 5.7.1 Your HELO hostname is forged, we know who we are")
    assert (r.reason, r.rule) == (Reason.BLOCKED, "concept:HELO+FORGED")
    assert parse_reply("451 4.7.1 Spoofed EHLO hostname, try again with your own name").reason is Reason.BLOCKED
    # A forged sender, without the HELO name, stays an authentication failure.
    assert parse_reply("550 5.7.1 The envelope sender looks forged").reason is Reason.AUTHFAILURE
    assert parse_reply("550 5.7.1 SPF check failed for the HELO identity").reason is Reason.AUTHFAILURE
