"""Round r59wild: a list manager's own delivery status notifications (issue 11).

A program that writes RFC 3464 fields for a mail it refuses itself may gloss its Status with the status
registry's title ("Delivery not authorized, message refused"), which says that the mail was refused and not
why; its prose says why, often in a paragraph announced by the one naming the recipient ("... for the
following reason:"). These tests hold the reader to that, and to the words of that prose in other languages.

The mails and sentences are shapes written for these tests, not copies of real ones.
"""

from __future__ import annotations

import pytest

from bouncelib import BounceReport, parse_message, parse_reply
from bouncelib._data import notices
from bouncelib._data.status_codes import is_vague_title
from bouncelib._dsn.general._recipients import banner_only
from bouncelib.models import Reason

_LIST = "crew@groups.example.org"


def _dsn(prose: str, *, status: str, diagnostic: str, recipient: str = _LIST) -> bytes:
    return (
        "From: Groups robot <robot@groups.example.org>\nTo: pat@example.net\nSubject: Delivery report\n"
        "Date: Mon, 07 Dec 2026 09:00:00 +0000\nMessage-ID: <d1@groups.example.org>\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"\n\n'
        f"--b1\nContent-Type: text/plain; charset=utf-8\n\n{prose}\n\n"
        "--b1\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; groups.example.org\n\n"
        f"Final-Recipient: rfc822; {recipient}\nAction: failed\nStatus: {status}\n"
        f"Diagnostic-Code: X-Robot; {diagnostic}\n\n"
        "--b1\nContent-Type: text/rfc822-headers\n\nFrom: pat@example.net\nTo: crew@groups.example.org\n"
        "Subject: hello crew\n\n--b1--\n"
    ).encode()


def _reason(raw: bytes) -> str | None:
    report: BounceReport = parse_message(raw)
    [event] = report.recipients
    return event.reason.value if event.reason else None


def test_a_vague_registry_title_is_no_reply_text_of_its_own() -> None:
    assert is_vague_title("Other or undefined security status")
    assert is_vague_title("  delivery not authorized, message refused. ")
    # A title that names a meaning of its own, and a server's own words, are words.
    assert not is_vague_title("Bad destination mailbox address")
    assert not is_vague_title("Delivery not authorized, message refused: sender listed at a blocklist")


def test_the_prose_says_why_when_the_diagnostic_only_glosses_its_vague_status() -> None:
    prose = (
        "Automatic answer of the groups robot.\n\n"
        f"Our scanner saw the Trojan.Sample worm in your posting to {_LIST}; it was not passed on."
    )
    raw = _dsn(prose, status="5.7.0", diagnostic="Other or undefined security status")
    assert _reason(raw) == "virusdetected"


def test_a_paragraph_that_announces_its_cause_takes_the_paragraph_below() -> None:
    prose = (
        "Automatic answer of the groups robot.\n"
        f"We could not hand your posting on to {_LIST}, for the following reason:\n\n"
        "The message body carried a virus (Trojan.Sample) and was thrown away."
    )
    raw = _dsn(prose, status="5.7.1", diagnostic="Delivery not authorized, message refused")
    assert _reason(raw) == "virusdetected"


def test_a_banner_between_the_announcement_and_its_cause_is_passed_over() -> None:
    prose = (
        f"We could not hand your posting on to {_LIST}, for the following reason:\n\n"
        "=====  W A R N I N G  =====\n\n"
        "The message body carried a virus (Trojan.Sample) and was thrown away."
    )
    raw = _dsn(prose, status="5.7.0", diagnostic="Other or undefined security status")
    assert banner_only("=====  W A R N I N G  =====")
    assert not banner_only("The message body carried a virus")
    assert _reason(raw) == "virusdetected"


def test_a_sentence_naming_the_list_takes_the_cause_it_announces_past_a_banner() -> None:
    # The only paragraph that names the address is an automatic answer's opening, not a recipient block of the
    # prose; it ends by announcing the cause, which a banner heads.
    prose = (
        "Automatic answer of the groups robot.\n"
        f"Distribution of your posting for the group '{_LIST}' is not possible, for the following reason:\n\n"
        "=====  A L E R T  =====\n\n"
        "The message body carried a virus (Trojan.Sample) and was thrown away."
    )
    raw = _dsn(prose, status="5.7.0", diagnostic="Other or undefined security status")
    assert _reason(raw) == "virusdetected"


def test_a_sentence_naming_the_list_takes_the_cause_it_announces() -> None:
    prose = (
        "Automatic answer of the groups robot.\n"
        f"Distribution of your posting for the group '{_LIST}' is not possible, for the following reason:\n\n"
        "The message body carried a virus (Trojan.Sample) and was thrown away."
    )
    raw = _dsn(prose, status="5.7.1", diagnostic="Delivery not authorized, message refused")
    assert _reason(raw) == "virusdetected"


@pytest.mark.parametrize(
    "line",
    [
        "no pudimos publicar tu correo por esta razón:",
        "il messaggio non è passato per due ragioni:",
        "メールは以下の理由で配送されませんでした。",
        "理由は以下のとおりです。",
    ],
)
def test_cause_announcements_in_more_languages(line: str) -> None:
    assert notices.CAUSE_INTRO.search(line.lower())


@pytest.mark.parametrize(
    "reply",
    [
        "Das Schreiben an diese Gruppe ist auf Abonnenten beschränkt.",
        "Publicar en este grupo está restringido a los suscriptores.",
        "Scrivere a questo gruppo è limitato agli iscritti.",
        "このグループに投稿できるのは購読者だけです。",
        "Писать в эту группу могут только подписчики.",
    ],
)
def test_posting_kept_for_a_lists_subscribers_refuses_the_sender(reply: str) -> None:
    assert parse_reply(reply).reason is Reason.REJECTED
