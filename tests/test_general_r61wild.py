"""Round r61wild: an application's refusal of a mail sent to one of its addresses, in Czech and Finnish (issue 11).

A service that takes mail at an address (a forum's reply address, a help desk's) answers a mail it cannot act on
with a letter of its own: "your message to <address> did not work", then why. The general reader takes such a
letter for a failure when its sentence names the reader's message, the address it went to and the failure, and
takes that address for the failed recipient when the words before it say the message went *to* it. These tests
hold the reader to that in Czech and Finnish, and to the plainer Czech and Finnish words for an undelivered mail.

The mails and sentences are shapes written for these tests, not copies of real ones.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_message
from bouncelib._data import notices

_ADDR = "inbox+7f3a@desk.example.org"


def _letter(body: str, subject: str = "Helpdesk") -> bytes:
    return (
        f"From: Helpdesk <robot@desk.example.org>\nTo: pat@example.net\nSubject: {subject}\n"
        "Date: Mon, 07 Dec 2026 09:00:00 +0000\nMessage-ID: <n1@desk.example.org>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body + "\n"
    ).encode()


@pytest.mark.parametrize(
    "sentence",
    [
        # Czech: "your message to the address <a> (subject ...) did not work"
        f"Bohužel vaše zpráva na adresu {_ADDR} (předmět: Dotaz na fakturu) nefungovala.",
        # Finnish: "sending your mail to the address <a> did not succeed", "delivery to <a> failed"
        f"Viestisi lähettäminen osoitteeseen {_ADDR} (aihe: Laskutus) ei onnistunut.",
        f"Viestin toimitus kohteeseen {_ADDR} epäonnistui.",
    ],
)
def test_a_service_letter_saying_the_mail_to_its_address_failed_names_that_address(sentence: str) -> None:
    report = parse_message(_letter(f"{sentence}\n\nTarkista asia ja yritä uudelleen / Zkuste to znovu."))
    assert [(e.recipient, e.action) for e in report.recipients] == [(_ADDR, "failed")]


@pytest.mark.parametrize(
    "text",
    [
        "vaše zpráva pro podporu@desk.example.org byla přijata, ale nebyla zpracována.",
        "zpráva nebyla doručena příjemci.",
        "zprávu nelze doručit.",
        "viestiä ei voitu toimittaa vastaanottajalle.",
        "sähköpostin lähetys vastaanottajalle epäonnistui.",
    ],
)
def test_czech_and_finnish_words_for_an_undelivered_mail_are_a_failure(text: str) -> None:
    assert notices.FAILURE.search(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        # A link or a setting that did not work, a sending that did: no failure of a mail.
        "odkaz v prohlížeči nefungoval.",
        "lähetys onnistui ja viesti on perillä.",
        "zpráva byla doručena.",
    ],
)
def test_other_things_that_failed_or_a_mail_that_went_through_are_no_failure(text: str) -> None:
    assert notices.FAILURE.search(text) is None


@pytest.mark.parametrize("before", ["zpráva na adresu ", "wiadomość na adres ", "viesti osoitteeseen ", "kohteeseen "])
def test_to_the_address_in_czech_polish_and_finnish_makes_a_recipient(before: str) -> None:
    assert notices.RECIPIENT_BEFORE.search(before) is not None


@pytest.mark.parametrize(
    "before",
    ["přepošlete prosím tuto zprávu na adresu ", "napište na adresu ", "lähetä viesti osoitteeseen "],
)
def test_send_or_write_to_the_address_in_the_imperative_names_someone_to_write_to(before: str) -> None:
    assert notices.CONTACT_BEFORE.search(before) is not None


def test_the_address_to_forward_the_refusal_to_is_no_recipient() -> None:
    body = (
        f"Bohužel vaše zpráva na adresu {_ADDR} nefungovala: přispívat smějí jen přihlášení.\n"
        "Jste-li přihlášeni, přepošlete tuto zprávu na adresu boss@desk.example.org."
    )
    report = parse_message(_letter(body))
    assert [e.recipient for e in report.recipients] == [_ADDR]


def test_a_mail_an_application_did_not_record_is_a_failure() -> None:
    assert notices.FAILURE.search("message not recorded: re: [desk #12] printer") is not None
    assert notices.FAILURE.search("your e-mail was not filed: no case has that number.") is not None
    # Recording something else is no failure of a mail.
    assert notices.FAILURE.search("the call was not recorded.") is None


def test_a_returned_mail_the_tracker_did_not_record_names_the_tracker_address() -> None:
    raw = (
        b"From: desk@tracker.example.org\nTo: pat@example.net\nSubject: Message not recorded: Re: [desk #12] printer\n"
        b"Date: Mon, 07 Dec 2026 09:00:00 +0000\nMessage-ID: <t1@tracker.example.org>\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\nNo case numbered 12 here.\n\n'
        b"--b\nFrom: Pat <pat@example.net>\nTo: desk@tracker.example.org\nSubject: Re: [desk #12] printer\n"
        b"Message-ID: <p1@example.net>\nContent-Type: text/plain\n\nStill broken.\n\n--b--\n"
    )
    report = parse_message(raw)
    assert [(e.recipient, e.action) for e in report.recipients] == [("desk@tracker.example.org", "failed")]


@pytest.mark.parametrize(
    "text",
    [
        "the recipient's mailbox does not exist.",
        "recipients inbox didn't exist when we tried.",
        "the gateway failed processing the message body.",
        "relay failed to parse your e-mail headers.",
    ],
)
def test_a_missing_recipient_mailbox_or_a_system_failing_on_the_message_is_undelivered(text: str) -> None:
    assert notices.UNDELIVERED.search(text) is not None


def test_a_one_line_paste_that_the_mail_system_failed_on_the_message_is_a_bounce() -> None:
    report = parse_message(b"\nThe mail gateway failed processing the message attachments.\n")
    assert [(e.recipient or None, e.action) for e in report.recipients] == [(None, "failed")]
