"""Meanings written in round 32 (issue 10) from tuning misses and from the tuning cases that only their own
source's table rows read (bench/leave_source_out.py), each tested in a wording other than the corpus text that
prompted it: the next wording of the meaning, not the remembered one."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # A time-out inside the receiver's own processing is the receiver failing, not the network.
        ("451 4.3.0 Backend request timed out, please retry", Reason.SYSTEMERROR),
        ("451 Database query timeout", Reason.SYSTEMERROR),
        ("421 callback timed out while handling your message", Reason.SYSTEMERROR),
        # ... and so is such a part said to fail or be unavailable.
        ("451 plugin failed while checking message", Reason.SYSTEMERROR),
        ("450 callback unavailable", Reason.SYSTEMERROR),
        # An IP address said to be refused or listed is the sending host, whatever its digits.
        ("554 Rejected because 198.51.100.3 is banned from this server", Reason.BLOCKED),
        ("550 Your address 203.0.113.9 was reported for abuse and is denied", Reason.BLOCKED),
        # A count over a span of time written in figures is a rate, as it is written in words.
        ("421 4.7.0 your server opened 12 sessions, only 10/30s allowed", Reason.SPEEDING),
        ("452 sender quota: 500 per 24h", Reason.SPEEDING),
        # A message refused for an empty body, and for naming one address as both parties: a site's rules.
        ("550 The body of your message is empty", Reason.POLICYVIOLATION),
        ("550 Sender and recipient addresses must not be the same", Reason.POLICYVIOLATION),
        ("553 Envelope from and to are equal, rejected", Reason.POLICYVIOLATION),
        # A file locked by encryption or a password is refused by the site's rule on kinds of file.
        ("554 Encrypted PDF files cannot be scanned", Reason.POLICYVIOLATION),
        ("554 Sorry, zip files protected by a password are refused", Reason.POLICYVIOLATION),
        # A fault said to be passing or internal is the receiver's.
        ("451 Transient fault.", Reason.SYSTEMERROR),
        ("temporary issue, message kept", Reason.SYSTEMERROR),
        # No recipient accepted for the message is the client's command sequence (LABELING.md).
        ("554 Transaction failed: no recipients accepted", Reason.SYNTAXERROR),
        ("554 no valid recipient addresses, nothing to send", Reason.SYNTAXERROR),
    ],
)
def test_meanings_of_round_32(text: str, reason: Reason) -> None:
    assert parse_reply(text).reason is reason


def test_no_recipient_accepted_under_a_mailbox_status_is_the_mailboxes() -> None:
    # An X.1.x status is the server's verdict on the mailboxes (LABELING.md, "No valid recipients").
    assert parse_reply("550 5.1.1 No valid recipients").reason is Reason.USERUNKNOWN
    # A transcript quoting the recipient's own refusal is read by it.
    reply = parse_reply("550 <nobody@example.org>: User unknown 554 Error: no valid recipients")
    assert reply.reason is Reason.USERUNKNOWN


@pytest.mark.parametrize("text", ["550 Recipient not in the list of valid users",
                                  "550 mailbox not in the recipient table"])
def test_a_recipient_not_in_the_receivers_list_is_unknown(text: str) -> None:
    # Absent from where the receiver looks its recipients up: a rule's verdict, so a hard bounce (a model's guess
    # never is one).
    reply = parse_reply(text)
    assert reply.reason is Reason.USERUNKNOWN
    assert reply.hard_bounce is True
