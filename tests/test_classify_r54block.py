"""Meanings written from the tuning part of round r54block (issue 10, the sending host refused), each tested in a
wording of our own (not the corpus texts that prompted them)."""

from __future__ import annotations

from bouncelib import Reason, parse_reply


def test_yahoo_tss06_permanent_deferral_is_reputation() -> None:
    # Yahoo's "permanently deferred" code: a high volume of unwanted mail seen from the IP.
    r = parse_reply("553 5.7.2 [TSS06] Mail from 198.51.100.20 is deferred for good; do not retry")
    assert (r.reason, r.provider) == (Reason.BADREPUTATION, "yahoo")
    r = parse_reply("421 4.7.1 [TS06] Messages from 198.51.100.21 deferred permanently")
    assert (r.reason, r.provider, r.rule) == (Reason.BADREPUTATION, "yahoo", "code:yahoo:ts06")


def test_sender_guidelines_on_authentication_are_spf_and_dkim() -> None:
    # Authentication named among a receiver's sender guidelines is the domain's SPF/DKIM, even beside the PTR.
    r = parse_reply("550 5.7.1 Mail over IPv6 must follow our sending guidelines on PTR records and authentication")
    assert r.reason is Reason.AUTHFAILURE
    r = parse_reply("550 5.7.1 Rejected: message fails the bulk sender requirements for authentication")
    assert r.reason is Reason.AUTHFAILURE
    # The PTR alone stays the missing reverse DNS.
    r = parse_reply("550 5.7.1 Mail over IPv6 must follow our sending guidelines on PTR records")
    assert r.reason is Reason.REQUIREPTR


def test_a_default_reverse_name_is_a_generic_host() -> None:
    # The network operator's default rDNS name says an end-user host, not a mail server.
    r = parse_reply("550 Refused: your reverse DNS is still the provider default name")
    assert r.reason is Reason.BLOCKED
    r = parse_reply("550 Refused: no reverse DNS for your address")
    assert r.reason is Reason.REQUIREPTR


def test_the_forward_path_domain_refused_is_relaying() -> None:
    # RFC 5321's forward-path is the recipient's path: its domain refused is mail not taken on.
    r = parse_reply("553 the domain of the forward path is not permitted here")
    assert r.reason is Reason.NORELAYING


def test_a_host_refused_for_its_country() -> None:
    r = parse_reply("554 Your IP 203.0.113.9 appears to be from a region we do not take mail from")
    assert (r.reason, r.rule) == (Reason.BLOCKED, "concept:CLIENT+GEO_ORIGIN")
    r = parse_reply("450 SPAM! Host 198.51.100.4 seems to be from a blocked country")
    assert r.reason is Reason.BLOCKED
    assert r.hard_bounce is False
