"""Round r44hard (issue 10): the hard-bounce verdict and the delist reading on forms the tuning material lacks;
tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # The punctuation and brackets of CJK prose and the typographic quotes close the sentence or the quote
        # around a URL: they are no part of it.
        ("550 5.7.1 Your IP is blocked. For more information visit http://postmaster.isp.example/unblock\u3002",
         "http://postmaster.isp.example/unblock"),
        ("550 5.7.1 \u9001\u4fe1\u5143IP\u304c\u30d6\u30ed\u30c3\u30af\u3055\u308c\u3066\u3044\u307e\u3059\u3002"
         "\u8a73\u7d30\u306f\u300chttps://postmaster.isp.example/jp/unblock\u300d\u3092\u3054\u89a7\u304f\u3060\u3055\u3044",
         "https://postmaster.isp.example/jp/unblock"),
        ("550 5.7.1 Your IP is blocked. Info: \u00abhttp://postmaster.isp.example/unblock\u00bb",
         "http://postmaster.isp.example/unblock"),
        ("550 5.7.1 Your IP is blocked. See \u201cwww.isp.example/unblock?ip=192.0.2.1\u201d.",
         "www.isp.example/unblock?ip=192.0.2.1"),
        ("550 5.7.1 \u60a8\u7684IP\u5df2\u88ab\u5c01\u9501\uff0c\u8bf7\u8bbf\u95ee "
         "postmaster.isp.example/unblock\uff0c\u8c22\u8c22",
         "postmaster.isp.example/unblock"),
    ],
)
def test_cjk_and_typographic_punctuation_ends_a_url(text: str, want: str) -> None:
    assert parse_reply(text).delist == [want]


def test_a_url_path_in_another_script_keeps_its_letters() -> None:
    url = "https://help.isp.example/kb/H\u00e3y-ki\u1ec3m-tra"
    assert parse_reply(f"550 5.7.1 Your IP is blocked, see {url}").delist == [url]


@pytest.mark.parametrize(
    "text",
    [
        "550 5.7.1 Rejected: the URL https://sender.example/offer is listed on a URI blocklist",
        "550 5.7.1 Rejected: http://sender.example/offer is on a URI blocklist",
        "550 5.7.1 Rejected: URL https://sender.example/offer in message is blacklisted",
        "550 5.7.1 Rejected by policy; unsubscribe link https://sender.example/unsub?u=1 is listed",
        "550 5.7.1 Rejected: (http://sender.example/offer) found in message body",
    ],
)
def test_a_url_the_words_after_it_judge_is_not_a_contact(text: str) -> None:
    # What the refusal says of the URL right behind it makes it the message's link, not a page for the sender.
    assert parse_reply(text).delist == []


def test_a_page_offered_before_a_sentence_about_a_listing_keeps_counting() -> None:
    text = "550 5.7.1 Your IP 192.0.2.1 is blocked, see https://postmaster.isp.example/unblock. It is listed on a list"
    assert parse_reply(text).delist == ["https://postmaster.isp.example/unblock"]


def test_a_url_labelled_as_the_original_message_is_not_a_contact() -> None:
    text = ("550 5.7.1 Your IP 192.0.2.1 is blocked. Visit https://postmaster.isp.example/unblock. "
            "Original message: http://news.sender.example/view?id=1")
    assert parse_reply(text).delist == ["https://postmaster.isp.example/unblock"]


@pytest.mark.parametrize(
    "text",
    [
        "501 5.1.3 Empty recipient address not allowed",
        "553 Null recipient rejected",
        "550 5.7.1 null recipient invalid",
    ],
)
def test_a_null_recipient_is_its_syntax_never_a_hard_bounce(text: str) -> None:
    # RFC 5321 allows no empty forward-path: the address has nothing in it, no mailbox is unknown.
    reply = parse_reply(text)
    assert reply.reason is Reason.SYNTAXERROR
    assert not reply.hard_bounce


@pytest.mark.parametrize(
    ("text", "reason", "hard"),
    [
        # A lookup answered negatively (NXDOMAIN, NODATA written as NOERROR): the domain has no mail host.
        ("Could not resolve MX for example.org: NODATA", Reason.HOSTUNKNOWN, True),
        ("failed to resolve mail exchanger of example.org (nxdomain)", Reason.HOSTUNKNOWN, True),
        ("Unable to resolve MX host example.org: noerror", Reason.HOSTUNKNOWN, True),
        # ... a lookup that could not be had for now is no verdict on the domain.
        ("451 Cannot resolve <jane@example.org> at this time", Reason.NETWORKERROR, False),
    ],
)
def test_a_negative_dns_answer_is_a_domain_without_mail_host(text: str, reason: Reason, hard: bool) -> None:
    reply = parse_reply(text)
    assert (reply.reason, reply.hard_bounce) == (reason, hard)
