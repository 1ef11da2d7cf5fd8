"""English verdicts on borders the test part confuses (round r67entune): meanings and conventions read from their
evidence, each tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "554 5.7.1 Rejected: HELO name [gw.shop.example] is listed by dbl.spamhaus.org",
    "554 5.7.1 Client hostname gw.shop.example appears on multi.uribl.com",
])
def test_a_domain_list_hit_on_the_helo_name_stays_the_host_refused(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.BLOCKED
    assert reply.rule.startswith("blocklist:")


@pytest.mark.parametrize("text", [
    "Delivery aborted: the greeting of mx1.example.org was not accepted, server response: 553",
    "Connection to mx1.example.org failed after it replied 554, giving up",
])
def test_a_permanent_answer_to_the_connection_is_the_host_refused(text: str) -> None:
    # RFC 5321 section 4.3.2: 554 is the failure at connection establishment; a quoted answer means the
    # connection itself worked (LABELING.md: "connection/greeting refused" is `blocked`).
    reply = parse_reply(text)
    assert reply.reason is Reason.BLOCKED
    assert "at-connection" in reply.rule or reply.rule.endswith(";replied")


@pytest.mark.parametrize("text", [
    "Unable to reach mx1.example.org on port 587: connection timed out",
    "Connection to mx1.example.org failed: no route to host",
])
def test_a_port_or_no_answer_is_no_refusal(text: str) -> None:
    assert parse_reply(text).reason is Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "550 5.7.1 Held back: this looks like business email compromise (urgent wire transfer)",
    "554 Refused, suspected BEC: payment instructions changed",
])
def test_business_email_compromise_is_a_scam_judged_in_the_content(text: str) -> None:
    # BEC is a kind of phishing scam (FBI IC3); "phishing" and "scam" are SPAM words already.
    reply = parse_reply(text)
    assert reply.reason is Reason.SPAMDETECTED
    assert reply.rule.startswith("concept:")


@pytest.mark.parametrize("text", [
    "Delivery to mx.example.org abandoned: the mail host has no A or AAAA record",
    "Giving up on example.org: its exchanger mx.example.org has no address records",
])
def test_a_mail_host_without_an_address_record_is_no_usable_host(text: str) -> None:
    # RFC 5321 section 5.1: a destination is reached through address records; none is no usable mail host.
    reply = parse_reply(text)
    assert reply.reason is Reason.HOSTUNKNOWN
    assert reply.rule == "concept:NO_HOST"


@pytest.mark.parametrize("text", [
    "Send aborted: exception while reading the server response",
    "Failed reading the reply to RCPT TO from mx1.example.org",
    "Error reading server response from mx1.example.org",
    "error while reading the server response",
])
def test_a_reply_that_could_not_be_read_is_the_network(text: str) -> None:
    # RFC 5321 section 4.5.3.2: each reply is awaited; one that did not arrive whole is no answer from the host.
    reply = parse_reply(text)
    assert reply.reason is Reason.NETWORKERROR
    assert reply.rule.startswith("concept:")


@pytest.mark.parametrize("text", [
    "Unable to write the message on the wire to mx1.example.org",
    "Could not push the DATA bytes over the wire",
])
def test_a_write_that_failed_on_the_wire_is_the_network(text: str) -> None:
    # "On the wire": being sent over the network connection; the failed write is the network's, not a file's.
    reply = parse_reply(text)
    assert reply.reason is Reason.NETWORKERROR
    assert reply.rule.startswith("concept:WIRE+")


def test_the_wire_named_without_a_failure_decides_nothing() -> None:
    reply = parse_reply("550 5.7.1 message refused: credentials were sent in clear over the wire")
    assert not reply.rule.startswith("concept:WIRE")


def test_an_address_listed_in_answer_to_mail_from_is_the_sender_refused() -> None:
    # What is listed is an e-mail address, no host is named: the sender's address (LABELING.md: `rejected`).
    reply = parse_reply("553 5.7.1 <carol@shop.example> is listed on the block list at bl.example.net",
                        smtp_command="MAIL")
    assert reply.reason is Reason.REJECTED
    assert reply.rule.endswith(";sender-address")


def test_a_host_listed_in_answer_to_mail_from_stays_the_host_refused() -> None:
    reply = parse_reply("553 5.7.1 Client host [192.0.2.4] is listed at bl.example.net", smtp_command="MAIL")
    assert reply.reason is Reason.BLOCKED
