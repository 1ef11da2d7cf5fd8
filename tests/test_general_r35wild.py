"""Round 35 (r35wild): the general reader and classifier rules drawn from the round's tuning misses.

Each test fails without its change: a notice whose From names no address, the French "émetteur" as the
sender, and a message body too big. (The round's Mailman 3 rejection notices and the rules drawn from
them were dropped at merge: their template was already in the corpus under another citation, so its
languages fell on both sides of the split.)
"""

from __future__ import annotations

import bouncelib


def test_a_from_without_an_address_is_no_correspondent() -> None:
    # An online service's notice copied from its screen: "From:" holds a name only. Delivery failed and no
    # address is shown: one failed event without a recipient, as for a paste with no sender.
    report = bouncelib.parse_message(
        b"From: ACME ONLINE SERVICE\nSubject: Undelivered\n\n"
        b"Your message was not delivered to all of its addressees.\n\n JDOE\n"
    )
    assert [(e.recipient, e.action) for e in report.recipients] == [(None, "failed")]


def test_a_from_with_an_address_still_keeps_a_newsletter_out() -> None:
    report = bouncelib.parse_message(
        b"From: Parcel News <news@parcels.example.com>\nSubject: Your parcel\n\n"
        b"Your parcel was not delivered today. We will try again tomorrow.\n"
    )
    assert report.recipients == ()


def test_french_emetteur_is_the_sender() -> None:
    reply = bouncelib.parse_reply("554 5.7.1 Message refusé : émetteur externe non autorisé")
    assert reply.reason.value == "rejected"


def test_a_body_too_big_is_the_message_too_big() -> None:
    # The message's body said to be too big (Mailman 2's 'Message body is too big' in its catalogues' words).
    assert bouncelib.parse_reply("Der Nachrichtentext ist zu groß: 90000 Bytes").reason.value == "mesgtoobig"
    reply = bouncelib.parse_reply("La taille du corps du courriel est trop importante : 90000 octets")
    assert reply.reason.value == "mesgtoobig"
