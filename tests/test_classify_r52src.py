"""Meanings written from the tuning part's misses of round r52src (issue 10: reply templates of mail software not
cited before, corpus/replies/real/r52src-mta-sources.jsonl), each tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "501 5.5.4 unrecognized MAIL FROM parameter XNOTE",
    "501 unknown RCPT TO parameter XNOTE=2",
])
def test_a_command_parameter_unknown_is_the_syntax_not_the_address(text: str) -> None:
    # The command's name stands before its parameter: the parameter is unknown, not the sender or the recipient.
    assert parse_reply(text).reason is Reason.SYNTAXERROR


@pytest.mark.parametrize("text", [
    "550 this MDN answers mail that was not sent from here",
    "554 read receipts for a message we never sent are refused",
    "550 a DSN or MDN for an old message is not taken",
])
def test_a_report_of_mail_not_sent_here_is_the_sites_rule(text: str) -> None:
    assert parse_reply(text).reason is Reason.POLICYVIOLATION


def test_a_link_host_refused_by_the_site_is_its_content_rule() -> None:
    assert parse_reply("550 the url host bad.example was refused").reason is Reason.POLICYVIOLATION
    assert parse_reply("550 link host rejected").reason is Reason.POLICYVIOLATION


@pytest.mark.parametrize("text", [
    "550 5.7.1 your network address 192.0.2.9 is blackholed",
    "550 your network address is blackholed",
])
def test_a_blackholed_sending_host_is_blocked(text: str) -> None:
    assert parse_reply(text).reason is Reason.BLOCKED


@pytest.mark.parametrize("text", [
    "553 5.4.3 DNS failure looking up your source domain",
    "450 4.4.3 the sender domain gave a DNS error, try later",
])
def test_a_sender_domain_whose_dns_fails_refuses_the_sender(text: str) -> None:
    assert parse_reply(text).reason is Reason.REJECTED


def test_a_dns_error_said_of_nothing_stays_the_network() -> None:
    # The pair needs the sender's domain; the bare lookup failure keeps its reading.
    assert parse_reply("451 4.4.3 temporary DNS error, try again").reason is Reason.NETWORKERROR
