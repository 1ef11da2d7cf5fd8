"""Meanings written from the tuning part of round r56pol (issue 10, policy and content refusals), each tested
in a wording of our own (not the corpus texts that prompted them)."""

from __future__ import annotations

from bouncelib import Reason, parse_reply


def test_a_scanner_that_could_not_be_used_is_the_receivers_failure_not_a_finding() -> None:
    # The receiver's own check part (a virus scanner, a content filter, clamd) unreachable, unavailable or
    # silent: no scan was made, so nothing was found; the word "virus" in the part's name is no verdict.
    r = parse_reply("451 4.3.0 Trouble connecting to the antivirus scanner, come back later")
    assert r.reason is Reason.SYSTEMERROR
    r = parse_reply("450 Error while connecting to virus scanner")
    assert (r.reason, r.rule) == (Reason.SYSTEMERROR, "concept:MILTER+NETWORK")
    r = parse_reply("451 The virus scanner is currently unavailable")
    assert (r.reason, r.rule) == (Reason.SYSTEMERROR, "concept:MILTER+UNAVAILABLE")
    r = parse_reply("451 4.7.1 Antivirus engine not responding, message deferred")
    assert (r.reason, r.rule) == (Reason.SYSTEMERROR, "concept:MILTER+NO_RESPONSE")
    assert r.permanent is False
    # A scanner that found something stays the finding.
    assert parse_reply("554 5.7.1 Our virus scanner found Eicar-Signature in your mail").reason is Reason.VIRUSDETECTED
    assert parse_reply("550 Message refused: virus detected").reason is Reason.VIRUSDETECTED


def test_a_message_said_not_to_keep_to_the_mime_standards_is_a_content_error() -> None:
    # The MIME standards (RFC 2045-2049) named by number or name, the message said not to conform: its structure
    # or encoding, not the header format of RFC 5322.
    r = parse_reply("550 Your mail is not compliant with RFC 2046, please fix the multipart boundaries")
    assert (r.reason, r.rule) == (Reason.CONTENTERROR, "concept:MIME_STANDARD+CONFORMANCE")
    r = parse_reply("451 Submission does not conform to the EMIME standard")
    assert r.reason is Reason.CONTENTERROR
    assert r.permanent is False
    # The message format's own standard stays a format violation.
    assert parse_reply("550 Message is not RFC 5322 compliant").reason is Reason.NOTCOMPLIANTRFC
