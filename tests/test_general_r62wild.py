"""Round r62wild: a notice that tells of a failed delivery without being a bounce (issue 11).

A notice saying that delivery *to you* failed or ran into trouble goes to the address that could not be reached (a
mailbox owner, a list member): it reports no failure of a message the reader sent.

The mails and sentences are shapes written for these tests, not copies of real ones.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_message
from bouncelib._data import notices


def _notice(body: str, subject: str, sender: str) -> bytes:
    return (
        f"From: {sender}\nTo: pat@example.net\nSubject: {subject}\n"
        "Date: Mon, 07 Dec 2026 09:00:00 +0000\nMessage-ID: <n62@lists.example.org>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body + "\n"
    ).encode()


@pytest.mark.parametrize(
    "text",
    [
        "we could not deliver the message to you because your folder was locked",
        "there were problems delivering list messages to you last week",
        "the server was unable to deliver some mails to you",
        "trouble delivering e-mails to you",
    ],
)
def test_delivery_to_you_failing_is_known(text: str) -> None:
    assert notices.DELIVERY_TO_YOU_FAILED.search(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "we could not deliver your message to the following recipients",
        "your message could not be delivered to you@example.net",
    ],
)
def test_a_failure_of_the_readers_message_is_not_taken_for_one_to_you(text: str) -> None:
    assert notices.DELIVERY_TO_YOU_FAILED.search(text) is None


def test_a_notice_to_the_unreachable_owner_is_no_bounce() -> None:
    body = (
        "Hello,\n\nThe storage service could not deliver the message to you since its stored copy was damaged.\n\n"
        "Please ask the administrator to restore it.\n\nMail server"
    )
    report = parse_message(_notice(body, subject="Message undeliverable", sender="postmaster@mail.example.org"))
    assert not report.recipients
