"""Round r80delist: a notice with neither reply code nor status whose reason names no one (or is the model's guess of a
refusal of the sender) offers its contact to the sender when its words offer it in the contact's clause.

An application's own notice (a forum's, an API's, a list manager's) carries no SMTP code and no RFC 3463 status that
could say whom its refusal concerns; its words are all there is. A page or mailbox they point the sender to ("see",
"visit", "for more information", "contact", the ask words of the other languages) is where to learn why
(docs/fields.md, "delist"). Each case below is a wording of ours, not a corpus text, and each would return no contact
without the rule; the counter-cases hold what must stay without one.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_reply

OFFERED = [
    ("Your message to the forum could not be posted. For more information, see https://forum.example.net/faq",
     "https://forum.example.net/faq"),
    ("No se pudo entregar tu mensaje al foro. Contacta a un moderador: https://forum.example.net/about",
     "https://forum.example.net/about"),
    ("The example.com domain is not verified. Please see https://api.example.net/domains",
     "https://api.example.net/domains"),
]


@pytest.mark.parametrize(("text", "contact"), OFFERED)
def test_notice_offers_its_contact(text: str, contact: str) -> None:
    reply = parse_reply(text)
    assert reply.smtp_code is None
    assert reply.enhanced_status is None
    assert contact in reply.delist


@pytest.mark.parametrize("text", [
    # No words offer the page: a URL after a colon is not offered by that alone.
    "Your message to the forum could not be posted: https://forum.example.net/faq",
    # The reason names the recipient: its page is not a contact for the sender.
    "Your mailbox is full. For more information, see https://forum.example.net/faq",
    # No words say that anything was refused or failed (an away notice): it refuses nothing.
    "I am away until Monday. For urgent matters please see https://forum.example.net/faq",
    # A disclaimer about the notice itself follows the contact.
    "Your post could not be delivered. Contact the owner, or postmaster@example.net if you received this in error.",
])
def test_notice_without_offer_or_about_recipient_keeps_none(text: str) -> None:
    assert parse_reply(text).delist == []


def test_reply_with_a_code_is_not_a_bare_notice() -> None:
    # A 4xx reply carries a code: whom it concerns is for the code, status and words to say, not for this rule.
    reply = parse_reply("451 Bare line-feed; see https://mta.example.net/barelf/")
    assert reply.delist == []
