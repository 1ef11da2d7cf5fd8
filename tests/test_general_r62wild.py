"""Round r62wild: notices that tell of bounces without being one (issue 11).

Two meanings the general reader now knows. A list manager that writes in Chinese that it *received* returned mails
from a member's address ("收到 ... 退信") sends a probe or a warning, not a failure report of its own. And a notice
saying that delivery *to you* failed or ran into trouble goes to the address that could not be reached (a mailbox
owner, a list member): it reports no failure of a message the reader sent.

The mails and sentences are shapes written for these tests, not copies of real ones.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_message
from bouncelib._data import notices


def _notice(body: str, subject: str = "Notice", sender: str = "lists@lists.example.org") -> bytes:
    return (
        f"From: {sender}\nTo: pat@example.net\nSubject: {subject}\n"
        "Date: Mon, 07 Dec 2026 09:00:00 +0000\nMessage-ID: <n62@lists.example.org>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body + "\n"
    ).encode()


@pytest.mark.parametrize(
    "text",
    [
        "本邮件列表最近收到了大量退信",
        "我们收到来自 pat@example.net 的 3 封退信",
        "列表收到一些退信，说明投递可能有问题",
    ],
)
def test_chinese_words_for_bounces_received_are_known(text: str) -> None:
    assert notices.BOUNCES_RECEIVED.search(text) is not None


def test_a_chinese_probe_about_returned_mails_is_no_bounce() -> None:
    body = (
        "这是一封测试邮件，无需回复。\n\n"
        "news@lists.example.org 列表收到了多封退信，投递到 pat@example.net 的邮件可能失败了。\n\n"
        "如有疑问，请联系 news-owner@lists.example.org"
    )
    report = parse_message(_notice(body, subject="news 列表测试"))
    assert not report.recipients


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
