"""Round 58 (r58pol): three meanings the concepts had, in words they lacked.

* A link or URL "in this email" / "in your message" is the message's own link (BODY_LINK), and such a link
  found on a list judges the content (spamdetected), whatever the phrase "listed on" would say of a host.
* A connection or session said to be unauthenticated is a client that has not logged in (NO_LOGIN):
  securityerror, as "not logged in" is.
* The recipient's privacy settings are its own choice of who may write (UNWANTED): filtered.

Texts written for these tests, not copied from the corpus.
"""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "554 A link in your message (promo.example) is listed on a URI blocklist",
    "550 A URL in this e-mail (example.net) is blacklisted",
])
def test_link_of_this_message_listed_is_spamdetected(text: str) -> None:
    r = parse_reply(text)
    assert r.reason is Reason.SPAMDETECTED
    assert r.rule == "concept:BODY_LINK+LISTING"


def test_host_listed_on_a_list_stays_blocked() -> None:
    # No link of the message named: the listing is the sending host's.
    assert parse_reply("550 Your server 192.0.2.9 is listed on a public blocklist").reason is Reason.BLOCKED


@pytest.mark.parametrize("text", [
    "550 5.7.1 Senders of this domain are refused over an unauthenticated session",
    "451 4.7.1 Unauthenticated connections may not send to this address",
])
def test_unauthenticated_connection_is_securityerror(text: str) -> None:
    r = parse_reply(text)
    assert r.reason is Reason.SECURITYERROR
    assert r.rule == "concept:NO_LOGIN"


def test_relay_refusal_with_unauthenticated_connection_stays_norelaying() -> None:
    # The act refused is the relay (LABELING.md), whatever the connection is said to be.
    assert parse_reply("554 Relay access denied for unauthenticated connection").reason is Reason.NORELAYING


@pytest.mark.parametrize("text", [
    "550 Delivery refused: the recipient privacy settings allow mail only from contacts",
    "553 Blocked by recipient privacy preferences",
])
def test_recipient_privacy_settings_are_filtered(text: str) -> None:
    r = parse_reply(text)
    assert r.reason is Reason.FILTERED
    assert r.rule is not None
    assert r.rule.endswith("UNWANTED")


@pytest.mark.parametrize("text", [
    "550 Bounces must never contain Bcc headers",
    "554 Delivery status notifications should never contain attachments",
])
def test_what_a_bounce_must_never_hold_is_policyviolation(text: str) -> None:
    r = parse_reply(text)
    assert r.reason is Reason.POLICYVIOLATION
    assert r.rule == "concept:BOUNCE_MSG+NEVER_HOLDS"


def test_bounce_with_more_than_one_recipient_stays_toomanyconn() -> None:
    # The one-recipient rule of bounces reads first (LABELING.md: too many recipients is toomanyconn).
    assert parse_reply("554 Bounce messages must not contain more than one recipient").reason is Reason.TOOMANYCONN
