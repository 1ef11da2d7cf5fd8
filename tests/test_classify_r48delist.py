"""Delisting contacts written without a scheme, however the page or the prose around it is written (round 48).

docs/fields.md, "delist": a URL counts whatever it points to, with its scheme, as a bare ``www.`` address or as
a host name with a path. A path whose last part is a page's file name is a path, not a second host name; prose
whose words are joined by underscores still offers the page after "see"; an IP address literal in square
brackets inside a path belongs to it, with or without the scheme.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_reply
from bouncelib._classify._extract import urls_and_emails


@pytest.mark.parametrize("page", [
    "postmaster.mailhost-example.net/550-bl23.html",
    "help.isp-example.com/blocked.php",
    "mx-example.de/lookup.cgi?ip=192.0.2.4",
    "kb.filter-example.com/rbl.shtml",
    "support.example-provider.co.uk/errors.aspx",
    "postmaster.examplemail.org/421-ts01.htm",
])  # fmt: skip
def test_a_bare_page_whose_path_is_a_file_name_is_offered(page: str) -> None:
    text = f"553 5.7.1 Connections will not be accepted from 192.0.2.4, because the ip is in a block list; see {page}"
    assert page in parse_reply(text).delist


@pytest.mark.parametrize("text", [
    "TLS policy lookup for example.com/mx1.example.com: no TLSA records found",
    "TLS policy lookup for example.org/example.org: lookup error",
])  # fmt: skip
def test_a_destination_and_its_server_joined_by_a_slash_stay_no_address(text: str) -> None:
    assert urls_and_emails(text) == []


def test_prose_joined_by_underscores_still_offers_the_page_after_see() -> None:
    text = ("553 5.3.0 alph135 DNSBL:ATTRBL 521< 192.0.2.1 >_is_blocked."
            "__For_information_see_lists.isp-example.com/blocks")
    assert "lists.isp-example.com/blocks" in parse_reply(text).delist


@pytest.mark.parametrize("page", [
    "www.blocklist-example.org/query/ip/[192.0.2.40]",
    "lookup.blocklist-example.org/query/ip/[192.0.2.40]",
    "https://lookup.blocklist-example.org/ip/[2001:db8::40]/details",
])  # fmt: skip
def test_an_address_literal_in_brackets_inside_a_path_is_part_of_the_page(page: str) -> None:
    text = f"550 5.7.1 Service unavailable, Client host [192.0.2.40] blocked. To request removal see {page} (AS1)"
    assert page in parse_reply(text).delist


_BLOCKED = "554 5.7.1 Your IP 192.0.2.7 is blocked due to spam complaints. "


@pytest.mark.parametrize("offer", [
    "Please send mail to <mailops@examplemail.org>",
    "Questions to mailops@examplemail.org",
    "Please notify mailops@examplemail.org if this is an error",
    "Direct inquiries to <mailops@examplemail.org>",
    "Send complaints about this block to mailops@examplemail.org",
])  # fmt: skip
def test_requests_to_write_to_a_mailbox_offer_it(offer: str) -> None:
    assert parse_reply(_BLOCKED + offer).delist == ["mailops@examplemail.org"]


@pytest.mark.parametrize("said", [
    "Could not send mail to <jane@example.org>",
    "We notify jane@example.org of this refusal",
    "The message in question to jane@example.org was refused",
])  # fmt: skip
def test_the_same_verbs_stating_a_fact_about_an_address_offer_nothing(said: str) -> None:
    assert parse_reply(_BLOCKED + said).delist == []


@pytest.mark.parametrize("offer", ["Appeal at: ", "To dispute this, see ", "For removal: ", "To unblock, go "])
def test_words_of_getting_unblocked_offer_the_page_after_what_the_message_contains(offer: str) -> None:
    text = f"550 Message contains disallowed file extension (exe) {offer}https://help.isp-example.com/appeal"
    assert parse_reply(text).delist == ["https://help.isp-example.com/appeal"]


def test_a_link_the_message_contains_is_still_no_contact() -> None:
    text = "550 Message contains a blocked URL: http://shop-example.com/offer?id=42"
    assert parse_reply(text).delist == []
