"""Blocklist identification, DNSBL error answers, and which written contacts count as delisting contacts."""

from __future__ import annotations

import pytest

from bouncelib import parse_reply


@pytest.mark.parametrize(
    ("text", "list_id", "zone"),
    [
        ("554 5.7.1 Client host [192.0.2.1] blocked using zen.spamhaus.org", "spamhaus-zen", "zen.spamhaus.org"),
        ("554 5.7.1 Client host [192.0.2.1] blocked using dnsbl.example.net", "dnsbl.example.net",
         "dnsbl.example.net"),
        ("554 5.7.1 Client host [192.0.2.1] blocked using Blocklist 1", "microsoft-eop", None),
        ("550 5.7.623 Access denied, banned sending IP [192.0.2.1]", "microsoft-eop", None),
        ("553 5.7.1 [BL23] Connections not accepted from IP addresses on Spamhaus XBL", "spamhaus-xbl", None),
        ("550 Rejected: 192.0.2.1 is listed by UCEPROTECT-Level 3", "uceprotect-l3", "dnsbl-3.uceprotect.net"),
        # SpamAssassin's and MailScanner's name for the list (the RBL rule "spamhaus-ZEN").
        ("Spam detectors triggered: spamhaus-ZEN", "spamhaus-zen", None),
    ],
)
def test_list_identified(text: str, list_id: str, zone: str | None) -> None:
    r = parse_reply(text)
    assert r.blocklist is not None
    assert (r.blocklist.id, r.blocklist.zone) == (list_id, zone)


def test_listed_list_has_documented_delisting() -> None:
    r = parse_reply("554 5.7.1 Client host [192.0.2.1] blocked using bl.spamcop.net")
    assert r.blocklist is not None
    assert r.blocklist.delist_url == "https://www.spamcop.net/bl.shtml"
    # The text itself gives no contact: the named list's documented removal page is the one (docs/fields.md).
    assert r.delist == ["https://www.spamcop.net/bl.shtml"]


@pytest.mark.parametrize(
    "text",
    [
        "554 5.7.1 Client host [192.0.2.1] blocked using zen.spamhaus.org; Error: open resolver; "
        "https://www.spamhaus.org/returnc/pub/198.51.100.53",
        "554 5.7.1 Client host [192.0.2.1] blocked using zen.spamhaus.org; 127.255.255.254",
        "554 5.7.1 Client host [192.0.2.1] blocked using zen.spamhaus.org; excessive number of queries",
    ],
)
def test_dnsbl_error_answer_flags_the_receiver(text: str) -> None:
    r = parse_reply(text)
    assert r.blocklist is not None
    assert r.blocklist.receiver_misconfigured is True


def test_real_listing_is_not_flagged() -> None:
    r = parse_reply("554 5.7.1 Client host [192.0.2.1] blocked using zen.spamhaus.org")
    assert r.blocklist is not None
    assert r.blocklist.receiver_misconfigured is False


def test_delist_in_order_trailing_punctuation_removed() -> None:
    r = parse_reply("550 5.7.1 Client host [192.0.2.1] blocked using bl.example.net. To request removal, visit "
                    "https://rbl.example.net/remove?ip=192.0.2.1. or write to delist@rbl.example.net.")
    assert r.delist == ["https://rbl.example.net/remove?ip=192.0.2.1", "delist@rbl.example.net"]


def test_recipient_and_info_pages_are_not_delist_contacts() -> None:
    r = parse_reply("550 5.1.1 <nobody@example.org>: User unknown. See https://support.example.com/errors#550 "
                    "or contact postmaster@example.org")
    assert r.delist == []


def test_explanation_page_in_a_block_reply_is_a_contact() -> None:
    # docs/fields.md: every URL a refusal about the sender offers, for getting unblocked *or learning why*.
    r = parse_reply(
        "554 5.7.1 Client host [192.0.2.1] blocked using dnsbl.sorbs.net Please see "
        "http://support.example.com/email-administrators-guide-error-codes/ for explanation."
    )
    assert r.delist == ["http://support.example.com/email-administrators-guide-error-codes/"]


def test_explanation_page_in_a_refusal_about_the_recipient_is_not_a_contact() -> None:
    r = parse_reply(
        "550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 "
        "double-checking the recipient's email address. Learn more at 550 5.1.1 "
        "https://support.google.com/mail/?p=NoSuchUser q16si - gsmtp"
    )
    assert r.reason.value == "userunknown"
    assert r.delist == []


def test_bracketed_address_in_a_block_reply_is_not_a_contact() -> None:
    r = parse_reply("554 5.7.1 <nobody@example.org>: Recipient address rejected: blocked using bl.example.net; "
                    "see <support@example.org>")
    assert r.delist == []


def test_contact_wording_leads_to_a_bracketed_contact() -> None:
    # T-Online's real NOWL refusal names its postmaster in angle brackets right after "to contact";
    # the bounced recipient in brackets at the start still does not count.
    r = parse_reply("554 <abuse@example.org>: IP=<192.0.2.1> - None/bad reputation. Ask your postmaster for help "
                    "or to contact <postmaster@rx.t-online.de> for reset. (NOWL)")
    assert r.delist[0] == "postmaster@rx.t-online.de"
    assert "abuse@example.org" not in r.delist


def test_registration_wording_and_bare_www_address_are_contacts() -> None:
    r = parse_reply("421 4.3.2 Your IP(192.0.2.110) is filtered and this connection will be closed. "
                    "You must register your IP to ops@hanafos.example")
    assert r.delist == ["ops@hanafos.example"]
    r = parse_reply("553 you are trying to use me [mx.example.net] as a relay. Please visit "
                    "www.symanteccloud.com/troubleshooting. (#5.7.1)")
    assert r.delist == ["www.symanteccloud.com/troubleshooting"]
    # A host name that merely starts with "www" inside a longer name is not a web address.
    r = parse_reply("554 5.7.1 Service unavailable; Client host [mx.www.example.com] blocked by policy")
    assert not any(d.startswith("www.") for d in r.delist)


def test_dnsbl_error_answer_gives_no_delist_contact() -> None:
    r = parse_reply("554 5.7.1 Service unavailable; Client host [192.0.2.82] blocked using zen.spamhaus.org; "
                    "Error: open resolver; https://www.spamhaus.org/returnc/pub/198.51.100.82")
    assert r.blocklist is not None
    assert r.blocklist.receiver_misconfigured
    assert r.delist == []
