"""Delisting contacts a refusal offers the sender (round r63deli): what offers a contact for getting unblocked, and the
gate "the refusal concerns the sender" read from the words around the contact, each tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(("text", "contact"), [
    # Sent there to get unblocked, after a reason read as a recipient's or a failure's.
    ("550 Requested action not taken: mailbox unavailable. To request removal contact postmaster@example.net",
     "postmaster@example.net"),
    ("554 Transaction failed. Contact mailadmin@example.net to be unblocked", "mailadmin@example.net"),
    ("550 No such recipient here or your host is not allowed; to be whitelisted contact hostmaster@example.net",
     "hostmaster@example.net"),
    ("450 Try later. Questions about this block go to postmaster@example.net", "postmaster@example.net"),
])
def test_a_contact_offered_for_unblocking_counts_whatever_reason_was_read(text: str, contact: str) -> None:
    # docs/fields.md: every contact the server offers for getting unblocked; the purpose the sentence names
    # (unblock, whitelist, removal, this block) says the refusal concerns the sender.
    reply = parse_reply(text)
    assert reply.reason not in {Reason.BLOCKED, Reason.BADREPUTATION, Reason.REJECTED}
    assert contact in reply.delist


@pytest.mark.parametrize("text", [
    "550 5.2.1 Mailbox disabled. Please contact support@example.net",
    "550 5.1.1 User unknown. If you believe this is an error, contact postmaster@example.net",
    "550 Host unknown. Please contact postmaster@example.net",
])
def test_a_contact_after_a_recipients_failure_without_an_unblocking_purpose_is_none(text: str) -> None:
    # docs/fields.md: in a refusal about the recipient only a blocklist's own page counts; an appeal ("if you believe
    # this is an error") after a rule read the recipient's failure does not make it about the sender.
    assert parse_reply(text).delist == []


def test_an_appeal_offers_the_page_when_no_rule_named_whom_the_refusal_concerns() -> None:
    # A model's guess is no evidence for a contact, but the words around the link offer it to the sender who thinks
    # the refusal wrong ("if you think this is a mistake, contact the moderators"), in Italian here.
    text = ("Il tuo messaggio al gruppo non è stato pubblicato: accettiamo solo utenti registrati. Se pensi che "
            "questo sia un errore, [scrivi ai moderatori](https://board.example.org/contatti).")
    reply = parse_reply(text)
    assert "https://board.example.org/contatti" in reply.delist


def test_a_disclaimer_about_the_notice_is_no_appeal() -> None:
    # "If you received this message in error" speaks of the notice itself, not of the refusal being wrong.
    text = ("Delivery not permitted. Please contact the list owner, or postmaster@example.net if you believe you "
            "received this message in error.")
    assert "postmaster@example.net" not in parse_reply(text).delist
