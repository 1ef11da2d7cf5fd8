"""Round 56 (r56pd): two readings of whom a page or mailbox in a refusal belongs to.

* The identity a check found the client not authorised to use ("not authorized to use '<address>' in 'helo'
  identity", "not permitted to use <address>") is the sender's own, never a contact.
* A refusal whose words say the recipient itself is on a list ("the recipient is blacklisted") concerns the
  recipient: a page it offers is not a contact for the sender.

Texts written for these tests, not copied from the corpus.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_reply


@pytest.mark.parametrize("text", [
    "550 5.7.1 SPF check failed: the sending host may not use 'postmaster@relay.example.org' in 'helo' identity; "
    "host is not authorized to use 'postmaster@relay.example.org' in 'helo' identity",
    "553 5.7.1 Client is not permitted to use hostmaster@example.org as its envelope sender",
    "550 5.7.1 This server is not allowed by default to use <abuse@example.org> in 'mfrom' identity",
])
def test_identity_the_client_may_not_use_is_no_contact(text: str) -> None:
    assert parse_reply(text).delist == []


def test_contact_after_the_identity_still_counts() -> None:
    r = parse_reply("550 5.7.1 Client is not authorised to use postmaster@example.org. "
                    "For removal write to delist@example.net")
    assert r.delist == ["delist@example.net"]


def test_page_about_a_listed_recipient_is_no_contact() -> None:
    r = parse_reply("550 5.7.1 Policy refusal: recipient is blacklisted on this host. "
                    "Details: https://mx.example.net/policy#recipient")
    assert r.rule.startswith("concept:RCPT+")
    assert r.delist == []



def test_sender_blocked_by_the_recipient_still_offers_its_page() -> None:
    # The recipient's own block of the sender is a block of the sender (concept UNWANTED): its page counts.
    r = parse_reply("550 5.7.1 The recipient has blocked your address. See https://mx.example.net/blocked")
    assert r.delist == ["https://mx.example.net/blocked"]
