"""Contacts a refusal offers once it asks for an abuse or delisting desk; Mimecast's greylisting layout (round 55).

docs/fields.md, "delist": contacts count when the refusal concerns the sender. A reply that asks the sender to
write to an abuse or delisting desk says by that that it concerns the sender's standing, so every other contact it
offers counts as well. Mimecast writes its greylisting refusal as its words, a link and its bracketed reference:
that layout names Mimecast (and so its own reading of the words) whatever page the link points to.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_reply


@pytest.mark.parametrize(("text", "contacts"), [
    ("421 Please come back later (192.0.2.40). Please contact abuse@isp-example.net. More on this: "
     "https://help.isp-example.net/deferrals", ["abuse@isp-example.net", "https://help.isp-example.net/deferrals"]),
    ("451 Retry in a while; write to delist@isp-example.net, or ask ops-team@isp-example.net",
     ["delist@isp-example.net", "ops-team@isp-example.net"]),
])  # fmt: skip
def test_a_desk_mailbox_asked_for_makes_the_other_offered_contacts_count(text: str, contacts: list[str]) -> None:
    assert parse_reply(text).delist == contacts


def test_without_a_desk_mailbox_a_bare_retry_offers_nothing() -> None:
    assert parse_reply("421 Please come back later. More on this: https://help.isp-example.net/deferrals").delist == []


@pytest.mark.parametrize("link", [
    "https://help.isp-example.net/why-deferred", "postmaster@isp-example.net",
])  # fmt: skip
def test_mimecast_greylisting_layout_names_it_whatever_the_link(link: str) -> None:
    reply = parse_reply(f"451 Internal resource is temporarily unavailable - {link} [Qx7Fz0aB1cD2eF3gH4iJ5k.eu12]")
    assert (reply.provider, reply.reason, reply.delist) == ("mimecast", "blocked", [link])


def test_mimecast_words_alone_name_no_operator() -> None:
    reply = parse_reply("451 Internal resource temporarily unavailable")
    assert reply.provider is None

