"""Meanings written from the tuning part of round r33rep (issue 10), each tested in a wording of our own (not
the corpus texts that prompted them)."""

from __future__ import annotations

from bouncelib import Reason, parse_reply


def test_pop_before_smtp_is_a_missing_login() -> None:
    # The server takes mail only after the client fetched its own: authentication is what is missing.
    r = parse_reply("553 Sorry, you must check your mail before sending through this server")
    assert r.reason is Reason.SECURITYERROR
    r = parse_reply("550 5.7.0 POP before SMTP required")
    assert r.reason is Reason.SECURITYERROR


def test_an_address_the_platform_knows_bounces_is_a_suppression() -> None:
    r = parse_reply("550 5.7.1 Not sent: this address is known to bounce")
    assert r.reason is Reason.SUPPRESSED
    assert not r.delist


def test_intrusion_prevention_refuses_the_sending_host() -> None:
    r = parse_reply("421 Intrusion detection triggered by your connections, try again later")
    assert r.reason is Reason.BLOCKED
    assert r.hard_bounce is False


def test_yahoo_gl01_is_its_reputation_deferral() -> None:
    r = parse_reply("421 4.7.0 (GL01) Messages from 198.51.100.4 temporarily deferred")
    assert r.reason is Reason.BADREPUTATION
    assert r.provider == "yahoo"


def test_strato_content_filter_tags() -> None:
    r = parse_reply("554 5.7.1 Refused by local policy. No SPAM please! (B-SCORE)")
    assert (r.reason, r.provider) == (Reason.SPAMDETECTED, "strato")
    # The attachment tag names the site's rule on attachments, not a spam verdict.
    r = parse_reply("554 5.7.1 Refused by local policy. No SPAM please! (B-ATTACH)")
    assert (r.reason, r.provider) == (Reason.POLICYVIOLATION, "strato")
