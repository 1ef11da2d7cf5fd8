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


def test_a_greeting_name_is_no_page_but_a_www_page_after_other_words_is() -> None:
    # Postfix logs the client's HELO argument as helo=<...>; a host may be named www.something.
    logged = ("NOQUEUE: reject: RCPT from host.example.org[192.0.2.9]: 554 5.7.1 <a@example.net>: Client host "
              "rejected: Access denied; from=<b@example.org> to=<a@example.net> proto=ESMTP helo=<www.example.org>")
    assert parse_reply(logged).delist == []
    offered = "554 5.7.1 Client host rejected: Access denied, ehlo www.example.org; see www.example.net/why"
    assert parse_reply(offered).delist == ["www.example.net/why"]


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


# Which list a reply names when the wording is less direct (decided on tuning cases of the real corpus).
@pytest.mark.parametrize(
    ("text", "list_id"),
    [
        # Spamhaus named only by its site, one of its lists by its short name (also inside a URL).
        ("554 Client host 192.0.2.1 blocked using ZEN - see https://www.spamhaus.org/query/ip/192.0.2.1 for details",
         "spamhaus-zen"),
        ("5.7.1 Service unavailable; Client host [192.0.2.33] blocked by RBL; https://www.spamhaus.org/sbl/query/SBLCSS",
         "spamhaus-css"),
        ("550 5.7.1 Client host [192.0.2.1] blocked using Spamhaus. To request removal see https://www.spamhaus.org/",
         "spamhaus"),
        # The kind of list between the wording and the zone.
        ("554 Refused. Your IP address is listed in the RBL at zen.spamhaus.org", "spamhaus-zen"),
        ("554 Refused. Your domain name is listed in the RHSBL at dbl.spamhaus.org", "spamhaus-dbl"),
        ("The sender is in a black list rbl.example.net", "rbl.example.net"),
        # A provider's code says which list it consulted, whatever the wording around it.
        ("554 IB106. Connection refused. 192.0.2.1 is listed on the Spamhaus Block List (PBL).", "spamhaus-pbl"),
        # The lists' own abbreviations and spellings.
        ("550: IP in SCBL", "spamcop"),
        ("554-gmx.net (mxgmx104) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is block "
         "listed. 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=198.51.100.42",
         "gmx-webde"),
    ],
)
def test_list_named_indirectly(text: str, list_id: str) -> None:
    r = parse_reply(text)
    assert r.blocklist is not None
    assert r.blocklist.id == list_id


def test_poor_reputation_of_the_mta_names_no_list() -> None:
    # Cisco's default wording judges the sending MTA's reputation; it names no list (corpus/LABELING.md).
    r = parse_reply("554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. "
                    "If you believe that this failure is in error, please contact the intended recipient via "
                    "alternate means.")
    assert r.blocklist is None
    assert r.delist == []


def test_bracketed_address_literal_stays_in_the_url() -> None:
    r = parse_reply("550 5.7.1 Service unavailable, Client host [192.0.2.40] blocked using Spamhaus. To request "
                    "removal from this list see https://www.spamhaus.org/query/ip/[192.0.2.40] (AS16012611) "
                    "[DM3NAM03FT051.eop-NAM03.prod.protection.outlook.com]")
    assert r.delist[0] == "https://www.spamhaus.org/query/ip/[192.0.2.40]"


@pytest.mark.parametrize(
    ("text", "provider", "contact"),
    [
        # AOL's CON:B1: the connecting IP blocked for spam, with AOL's page for it.
        ("521 5.2.1 : (CON:B1) http://postmaster.info.aol.com/errors/554conb1.html", "aol",
         "http://postmaster.info.aol.com/errors/554conb1.html"),
        # Mimecast's greylisting of the sending server, with Mimecast's code page.
        ("451 Internal resource is temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451 "
         "[Aj3QXapeMpqZYaeFwWhjzw.us32]", "mimecast", "https://community.mimecast.com/docs/DOC-1369#451"),
    ],
)
def test_provider_block_offers_its_page(text: str, provider: str, contact: str) -> None:
    r = parse_reply(text)
    assert (str(r.reason), r.provider) == ("blocked", provider)
    assert r.delist == [contact]


@pytest.mark.parametrize(
    ("text", "provider"),
    [
        # A gateway's own default refusal names its maker, with no host name in the text.
        ("554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you "
         "believe that this failure is in error, please contact the intended recipient via alternate means.", "cisco"),
        ("550 Service unavailable; Client host [192.0.2.1] blocked using Trend Micro RBL+.Please see", "trendmicro"),
        ("Mail from 192.0.2.1 deferred using Trend Micro Email Reputation database. Please see "
         "https://www.mail-abuse.com/cgi-bin/lookup?192.0.2.1", "trendmicro"),
        # Exchange Online's block-list wording quoted alone.
        ("Access denied, banned sending IP [192.0.2.154].", "microsoft"),
    ],
)
def test_list_wording_names_the_provider(text: str, provider: str) -> None:
    assert parse_reply(text).provider == provider


def test_a_zone_query_names_no_provider() -> None:
    # Any Postfix server may query a vendor's zone: the zone says nothing of whose server refused.
    assert parse_reply("554 5.7.1 Client host [192.0.2.1] blocked using b.barracudacentral.org").provider is None
