"""Round r57wild: a help desk's postmaster reply to an oversized mail in more languages, and an issue tracker's mail
gateway that returns the refused mail as a body part of its own (issue 11), read by the general reader with every
format module switched off.

The mails are shapes written for these tests, not copies of real ones.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_message
from bouncelib._classify._concepts import concept_reasons
from bouncelib._data import notices
from bouncelib._dsn.registry import format_modules_off
from bouncelib.models import Reason


def _events(raw: str) -> list[tuple[str | None, str | None, str | None]]:
    with format_modules_off():
        report = parse_message(raw.encode())
    return [(e.recipient, e.action, e.reason.value if e.reason else None) for e in report.recipients]


@pytest.mark.parametrize("said", [
    "zprávu se bohužel nepodařilo adresátovi doručit.",  # cs
    "twoja poczta nie mogła zostać dostarczona do odbiorcy.",  # pl
    "brevet kunne desværre ikke leveres.",  # da
    "brevet kunde tyvärr inte levereras till mottagaren.",  # sv
    "pismo nije moguće isporučiti primatelju.",  # hr
    "писмо није било могуће испоручити.",  # sr
    "pošte ni bilo mogoče dostaviti prejemniku.",  # sl
    "laiškas negali būti pristatytas gavėjui.",  # lt
    "scrisoarea nu a putut fi livrată destinatarului.",  # ro
    "mektubunuz alıcıya teslim edilemedi.",  # tr
    "листа не вдалося доставити адресату.",  # uk
    "편지를 받는 사람에게 전달할 수 없었습니다.",  # ko
])
def test_could_not_be_delivered_in_more_languages_is_a_failure(said: str) -> None:
    assert notices.UNDELIVERED.search(said)


def test_delivered_words_without_the_negation_are_no_failure() -> None:
    for said in ("zprávu se podařilo doručit.", "brevet kunne leveres i går.", "mektubunuz teslim edildi.",
                 "scrisoarea a putut fi livrată."):
        assert notices.UNDELIVERED.search(said) is None


def test_the_reader_without_the_right_to_contribute_is_a_refused_sender() -> None:
    for said in ("carol@example.net has no right to comment on issue 12 in project Garden",
                 "You do not have permission to communicate with the tracker",
                 "you have no right to create issues in this project"):
        assert Reason.REJECTED in {hit.reason for hit in concept_reasons(said)}


_RETURNED_AS_PART = """\
From: tracker@tracker.example.org
To: carol@example.net
Subject: Refused
Date: Mon, 07 Dec 2026 09:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1"

--b1
Content-Type: text/plain; charset="UTF-8"

carol@example.net has no right to create issues in project Garden

--b1
From: Carol <carol@example.net>
To: garden@tracker.example.org
Subject: The gate squeaks
Date: Mon, 07 Dec 2026 08:59:00 +0000
Content-Type: text/plain; charset=UTF-8

It squeaks every morning.

--b1--
"""


def test_the_refused_mail_returned_as_a_part_with_its_own_fields_names_the_refused_address() -> None:
    assert _events(_RETURNED_AS_PART) == [("garden@tracker.example.org", "failed", "rejected")]


def test_a_part_with_its_fields_sent_to_someone_else_is_not_the_readers_refused_mail() -> None:
    # the tracker tells its owner about carol's mail: the owner did not send it, nothing of the owner's failed
    raw = _RETURNED_AS_PART.replace("To: carol@example.net\nSubject: Refused",
                                    "To: owner@tracker.example.org\nSubject: A refused attempt")
    assert _events(raw) == []


def test_a_cap_on_the_messages_accepted_said_with_a_size_is_a_message_too_big() -> None:
    assert Reason.MESGTOOBIG in {hit.reason for hit in concept_reasons(
        "the photos came to 40 MB, and this desk accepts only emails up to 20 MB")}
    # a mailbox's capacity is no cap on a message
    assert Reason.MESGTOOBIG not in {hit.reason for hit in concept_reasons("your mailbox keeps up to 50 MB of mail")}


def test_the_paragraph_after_a_causeless_failure_sentence_gives_its_reason() -> None:
    raw = (
        "From: Desk <noreply@desk.example.org>\nTo: dana@example.com\nSubject: Undeliverable\n"
        "Date: Mon, 07 Dec 2026 10:00:00 +0000\n\n"
        "Sorry, your mail about the garden could not be delivered to one or more recipients.\n\n"
        "The photos came to 40 MB, and this desk accepts only emails up to 20 MB.\n\n"
        "Kind regards,\n\nThe desk\n"
    )
    assert _events(raw) == [(None, "failed", "mesgtoobig")]
    # a next paragraph that names no cause adds nothing
    assert _events(raw.replace("The photos came to 40 MB, and this desk accepts only emails up to 20 MB.",
                               "Please try again another day.")) == [(None, "failed", "onhold")]


def test_a_help_desks_notice_from_a_plain_address_is_read_by_its_subject_and_body_words() -> None:
    # the From names no mail system's role: the Subject's "undeliverable" about a message, and a body sentence that
    # says the mail was not delivered, make it a failure all the same (Romanian words of our own)
    raw = (
        "From: Birou <mail@desk.example.org>\nTo: dana@example.com\nSubject: [nelivrabil] Mesajul tău despre grădină\n"
        "Date: Mon, 07 Dec 2026 10:00:00 +0000\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
        "Ne pare rău, e-mailul tău despre grădină nu a putut fi livrat destinatarului.\n\n"
        "O zi bună,\n\nBiroul\n"
    )
    assert [(r, a) for r, a, _ in _events(raw)] == [(None, "failed")]
