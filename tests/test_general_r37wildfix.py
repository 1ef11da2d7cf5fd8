"""Round 37 (r37wildfix): general reader rules drawn from round 36's tuning misses (applications' notices).

Each test fails without its change: a message an application could not process, a service's account of an
attempt that failed, a message a mail server or mailbox refused (not a challenge, whatever advice follows), an
application's address-less notice from its own no-reply sender, the notice's addressee named as the mailbox that
bounced the message, the reader's own alias, the destination a message was to go to, a sender not allowed to send
to an address, and Office 365's diagram row that names who must act.  Two guards keep what the change must not do
(they pass before it too): an automatic notice about something else, and a no-reply shop's parcel that could not
be delivered (fails if the sentence of an application's notice need not name a message).  Inputs are our own.
"""

from __future__ import annotations

from bouncelib import parse_message
from bouncelib._dsn.registry import format_modules_off


def _report(raw: str):  # type: ignore[no-untyped-def]
    with format_modules_off():
        return parse_message(raw.encode())


def _events(raw: str) -> list[tuple[str | None, str]]:
    return [(e.recipient, e.action) for e in _report(raw).recipients]


def test_a_message_an_application_could_not_process_is_a_failure() -> None:
    raw = (
        "From: Tracker <tracker@tracker.example.org>\nTo: bob@example.com\nSubject: [Rejected] Re: ticket 12\n"
        "Auto-Submitted: auto-generated\n\n"
        "Sorry, your e-mail to the tracker could not be processed.\n\n"
        "The ticket you replied to does not exist any more.\n"
    )
    assert _events(raw) == [(None, "failed")]


def test_an_automatic_notice_that_is_no_delivery_notice_stays_none() -> None:
    # The same sender and header, no words about a message that failed: no bounce.
    raw = (
        "From: Tracker <tracker@tracker.example.org>\nTo: bob@example.com\nSubject: Ticket 12 updated\n"
        "Auto-Submitted: auto-generated\n\nA new comment was added to ticket 12.\n"
    )
    assert _events(raw) == []


def test_an_attempt_to_deliver_that_failed_from_a_no_reply_sender() -> None:
    raw = (
        "From: Relay Service <noreply@relay.example.org>\nTo: bob@example.com\nSubject: Delivery problem\n\n"
        "An attempt to send a message from your forwarding address has failed, because the remote mail server\n"
        "refused it.\n\nOpen your dashboard for the details.\n"
    )
    assert _events(raw) == [(None, "failed")]


def test_a_parcel_that_could_not_be_delivered_is_no_bounce() -> None:
    # A shop's no-reply newsletter about a parcel: delivery words, but not about a message.
    raw = (
        "From: Shop <noreply@shop.example.com>\nTo: bob@example.com\nSubject: Your order\n\n"
        "We were unable to deliver your parcel today. We will try again tomorrow between 9 and 12.\n"
    )
    assert _events(raw) == []


def test_refused_by_the_mail_provider_outweighs_advice_to_whitelist() -> None:
    raw = (
        "From: Alias Service <noreply@alias.example.org>\nTo: bob@example.com\nSubject: A forwarded mail\n\n"
        "A mail sent to one of your aliases was rejected by your mail provider.\n\n"
        "If it is not spam, add a rule to whitelist it with your provider.\n"
    )
    report = _report(raw)
    assert report.kind.value != "challenge"
    assert [(e.recipient, e.action) for e in report.recipients] == [(None, "failed")]


def test_the_addressee_named_as_the_mailbox_that_bounced_it_is_the_recipient() -> None:
    raw = (
        "From: Alias Service <noreply@alias.example.org>\nTo: bob@example.com\nSubject: Not delivered\n\n"
        "A mail sent to your alias shop.1@alias.example.org was bounced by your mailbox bob@example.com.\n\n"
        "Please check the filters of your mailbox.\n"
    )
    assert _events(raw) == [("bob@example.com", "failed")]


def test_the_readers_own_alias_is_no_recipient_the_destination_is() -> None:
    raw = (
        "From: Alias Service <noreply@alias.example.org>\nTo: bob@example.com\nSubject: Reply refused\n\n"
        "An attempt to reply from your alias shop.1@alias.example.org failed because your recipient\n"
        "bob@example.net may not send from it.\n\n"
        "The attempt was trying to send the message to the following destination: carol@example.org\n\n"
        "Change the setting for bob@example.net on your dashboard.\n"
    )
    assert _events(raw) == [("carol@example.org", "failed")]


def test_a_sender_not_allowed_to_send_to_an_address() -> None:
    raw = (
        "From: Alias Service <noreply@alias.example.org>\nTo: mallory@example.com\n"
        "Subject: You are not allowed to send emails to this address\n\n"
        "We have recorded an attempt to send an email from mallory@example.com to rev.9@alias.example.org.\n"
    )
    assert _events(raw) == [("rev.9@alias.example.org", "failed")]


def test_office_365s_diagram_row_that_names_who_must_act() -> None:
    # Office 365's NDR table pasted flattened: "Action Required" over the party that must act.
    raw = (
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
        "example.org | Office 365 | Bob\n-- | -- | --\nAction Required |   | Sender\n  |   |   |  \n"
        "Message too large |   |\n"
    )
    assert _events(raw) == [(None, "failed")]
