"""Meanings written from the tuning misses left by round r52src (corpus/replies/real/r52src-mta-sources.jsonl,
its tuning rows only), each tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "550 5.1.2 DNS error for the recipient domain example.net",
    "550 DNS failure on the destination domain",
])
def test_a_permanent_dns_error_of_the_recipients_domain_is_hostunknown(text: str) -> None:
    # A DNS error on or for a domain is said of that domain (the locative reads as what was looked up).
    verdict = parse_reply(text)
    assert verdict.reason is Reason.HOSTUNKNOWN
    assert verdict.hard_bounce


@pytest.mark.parametrize("text", [
    "451 4.4.3 DNS error for the recipient domain example.net",
    "DNS error on the destination domain, try again later",
])
def test_a_temporary_dns_error_of_the_recipients_domain_stays_the_network(text: str) -> None:
    verdict = parse_reply(text)
    assert verdict.reason is Reason.NETWORKERROR
    assert not verdict.hard_bounce


@pytest.mark.parametrize("text", [
    "550 The null address is only allowed as the sender",
    "553 empty address: valid only as a sender",
    "550 null path only in MAIL FROM",
])
def test_the_null_path_given_as_a_recipient_is_its_syntax(text: str) -> None:
    verdict = parse_reply(text)
    assert verdict.reason is Reason.SYNTAXERROR
    assert not verdict.hard_bounce


def test_the_null_path_refused_without_saying_where_it_belongs_is_not_read_as_syntax() -> None:
    # "Null address" alone is no recipient syntax: the pair needs what the path is good for.
    assert parse_reply("550 null address not welcome here").reason is not Reason.SYNTAXERROR


@pytest.mark.parametrize("text", [
    "501 5.1.7 what is this: <<<alice@example.org>>",
    "501 5.1.3 <bob@@example.org>",
])
def test_a_501_with_an_address_syntax_status_and_no_words_of_its_own_is_syntax(text: str) -> None:
    assert parse_reply(text).reason is Reason.SYNTAXERROR


@pytest.mark.parametrize(("text", "reason"), [
    # The words name the sender and its domain: the status table's reading stands.
    ("501 5.1.7 sender alice@example.org has a domain without MX records", Reason.REJECTED),
    # Without the 501 the status alone keeps its table reading.
    ("550 5.1.7 what is this: <<<alice@example.org>>", Reason.REJECTED),
])
def test_an_address_syntax_status_with_words_or_without_a_501_keeps_its_reading(text: str, reason: Reason) -> None:
    assert parse_reply(text).reason is reason


@pytest.mark.parametrize("text", [
    "452 4.3.1 storage space is full at the moment",
    "452 4.3.1 storage is exhausted, retry later",
])
def test_storage_short_with_no_owner_under_x31_is_the_mail_systems(text: str) -> None:
    assert parse_reply(text).reason is Reason.SYSTEMFULL


@pytest.mark.parametrize("text", [
    "452 4.3.1 mailbox storage is exhausted",
    "452 4.3.1 the recipient's storage is full",
    "452 4.2.2 storage space is full at the moment",
])
def test_storage_of_a_mailbox_or_under_x22_stays_the_mailboxs(text: str) -> None:
    assert parse_reply(text).reason is Reason.MAILBOXFULL
