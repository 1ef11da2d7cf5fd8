"""Meanings written from the tuning part of round r56user (issue 10, address and syntax errors), each tested
in a wording of our own (not the corpus texts that prompted them)."""

from __future__ import annotations

from bouncelib import Reason, parse_reply


def test_the_other_dialects_greeting_is_the_clients_wrong_command() -> None:
    # LMTP takes LHLO and SMTP does not (RFC 2033 section 4.1): a server asking for it, or refusing the
    # other greeting, answers the client's command, not its HELO name.
    r = parse_reply("500 This is LMTP: LHLO required, not EHLO")
    assert (r.reason, r.rule) == (Reason.SYNTAXERROR, "concept:OFF_PROTOCOL")
    assert parse_reply("502 5.5.1 HELO not valid in LMTP sessions").reason is Reason.SYNTAXERROR
    assert parse_reply("500 You are speaking LMTP to an SMTP port").reason is Reason.SYNTAXERROR
    assert parse_reply("500 5.5.1 Please use LHLO").hard_bounce is False
    # A HELO name demanded in its proper form stays the sending host refused.
    assert parse_reply("504 5.5.2 Helo command rejected: need fully-qualified hostname").reason is Reason.BLOCKED


def test_a_message_refused_by_its_recipients_themselves_is_their_filter() -> None:
    # Refused by all of its recipients (each one's Sieve reject, RFC 5429): the recipients' own choice, as
    # "rejected by the recipient" is, whatever a 551 code ("user not local") would suggest.
    r = parse_reply("551 Message declined by all the recipients")
    assert (r.reason, r.rule) == (Reason.FILTERED, "concept:UNWANTED")
    assert r.hard_bounce is False
    assert parse_reply("550 Refused by every recipient of this message").reason is Reason.FILTERED
    # A refusal by lists the receiver consults is not the recipients'.
    assert parse_reply("554 Rejected by all DNSBLs we query").reason is not Reason.FILTERED
