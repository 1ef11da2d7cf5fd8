"""Meanings read from the tuning-part misses of the r25rep material (issue 10, parts 1 and 3)."""

from __future__ import annotations

import pytest

from bouncelib import parse_reply


@pytest.mark.parametrize(("text", "reason"), [
    # A thing said to be "not acceptable" is refused: Twisted's SMTPBadSender.
    ("550 Cannot receive from specified address <alice@example.org>: Sender not acceptable", "rejected"),
    # An end-user host told to send through its own relay.
    ("550 5.7.1 Use your SMTP relay", "blocked"),
    ("554 Please use your smarthost", "blocked"),
    # A signature said to fail is the message's DKIM signature.
    ("552 signature invalid: fail (body has been altered)", "authfailure"),
    ("550 Message has an invalid signature", "authfailure"),
    # Bulk mail by another noun, and the GTUBE test pattern.
    ('554 5.7.1 dcc: bulk message found: "bulk Body=many"', "spamdetected"),
    ("554 5.7.1 Gtube pattern", "spamdetected"),
    # A password-protected archive is an attachment, not SMTP AUTH.
    ("552 We do not accept password-protected zip files!", "policyviolation"),
    # A command's argument required or missing.
    ("501 5.5.2 Domain/address argument required for EHLO", "syntaxerror"),
    ("502 5.5.4 Missing parameter", "syntaxerror"),
    ("421 4.7.0 bad command", "syntaxerror"),
    # One try per period is a rate.
    ("450 4.7.1 <bob@example.com>: Recipient address rejected: please do not try more than once per 5 minutes",
     "speeding"),
])
def test_meaning(text: str, reason: str) -> None:
    assert parse_reply(text).reason.value == reason


def test_a_list_that_could_not_be_asked_is_no_listing() -> None:
    # sendmail FEATURE(enhdnsbl) with 't': the receiver's DNS failed; the list is named, nobody is told to delist.
    r = parse_reply("451 4.4.3 Temporary lookup failure of 192.0.2.7 at bl.spamcop.net")
    assert r.reason.value == "systemerror"
    assert r.blocklist is not None
    assert r.blocklist.id == "spamcop"
    assert r.blocklist.receiver_misconfigured
    assert r.delist == []


def test_the_sender_in_a_postfix_suffix_is_still_read() -> None:
    # "MAIL FROM command" is a command only where the text names it so, not the sender's refusal.
    r = parse_reply("550 5.1.0 <alice@example.org>: Sender address rejected: Domain not found "
                    "(in reply to MAIL FROM command)")
    assert r.reason.value == "rejected"


@pytest.mark.parametrize(("text", "reason"), [
    # The only handshake after the greeting is TLS's.
    ("550 5.0.0 Handshake error", "failedstarttls"),
    # A check said not to confirm the sender is its verification failing.
    ("550 5.1.0 Sender validity not confirmed", "rejected"),
    # A scan that could not be made found nothing: the receiver's failure, not a virus.
    ("552 Unable to scan for virus, please contact admin of mx.example.com, if you feel this is an error!",
     "systemerror"),
    ("451 Unable to scan for viruses", "systemerror"),
    # An address given as whom to contact is not the thing refused.
    ("554 5.7.1 <bob@example.com>: Recipient address rejected: Blocked - contact postmaster@example.net for help "
     "- Multiple DNSBLs", "blocked"),
])
def test_meaning_round_two(text: str, reason: str) -> None:
    assert parse_reply(text).reason.value == reason


def test_the_postfix_suffix_still_names_the_recipient() -> None:
    # The "(in reply to RCPT TO command)" suffix keeps its reading: an inactive address is suspended.
    r = parse_reply("host mx1.example.net[192.0.2.9] said: 550 5.1.1 <bob@example.net>: inactive email address "
                    "(in reply to RCPT TO command)")
    assert r.reason.value == "suspend"


def test_sessions_counted_by_their_users() -> None:
    # Citadel's limit of sessions, counted by the users holding them: too many connections, not a syntax error.
    assert parse_reply("500 Too many users are already online (maximum is 30)").reason.value == "toomanyconn"


@pytest.mark.parametrize("text", [
    "Legitimate bounces are never sent to more than one recipient.",
    "552 fail, this bounce message does not have 1 recipient",
])
def test_a_bounce_has_one_recipient(text: str) -> None:
    # LABELING.md: a site's rule that a bounce has one recipient is read as too many recipients.
    r = parse_reply(text)
    assert r.reason.value == "toomanyconn"
    assert r.rule.startswith("concept:")


@pytest.mark.parametrize("text", ["501 5.0.0 HELO requires domain address", "501 helo requires domain name."])
def test_a_command_without_its_argument(text: str) -> None:
    # The HELO given without its domain: the command's form, not a HELO name refused.
    assert parse_reply(text).reason.value == "syntaxerror"
