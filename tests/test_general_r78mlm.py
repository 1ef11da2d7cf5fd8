"""Round r78mlm (issue 11): a list manager's refusal that names its list only where it introduces itself.

mlmmj's refusal of a post opens "this is the program managing the <list> mailing list" and then says the message could
not be delivered to the list; the returned post's To: may name someone else (a post that reached the list by Bcc).
Where the wrap left the list's address beside other words (its Chinese texts, round r78mlm's tuning mail
r78mlm-mlmmj-deny-tocc-zh-cn.eml) the reader took the returned post's To: for the recipient.  An address named as a
mailing list, the only one so named, in a notice that says below that the message failed, is now the recipient
(`_recipients._named_as_list`).

The mails below are shapes written for these tests, not copies of real ones.
"""

from __future__ import annotations

from bouncelib import parse_message


def _refusal(intro: str, failure: str) -> bytes:
    return (
        "From: chess+owner@lists.example.com\nTo: petr@example.net\nSubject: Refused: Opening book\n"
        "Date: Mon, 07 Dec 2026 09:00:00 +0000\nMessage-ID: <r78-refusal@lists.example.com>\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain; charset=utf-8\n'
        "Content-Transfer-Encoding: 8bit\n\n" + intro + "\n\n" + failure + "\n\n--b\nContent-Type: message/rfc822\n\n"
        "From: Petr <petr@example.net>\nTo: Jana <jana@example.org>\nSubject: Opening book\n"
        "Message-ID: <post-1@example.net>\n\nThe opening book is attached.\n--b--\n"
    ).encode()


def _recipients(mail: bytes) -> list[str | None]:
    return [r["recipient"] for r in parse_message(mail).to_records() if r["action"] == "failed"]


def test_the_list_named_in_a_chinese_introduction_is_the_recipient() -> None:
    # "I am the program that runs the <list> mailing list." / "Your mail could not be sent to the list."
    mail = _refusal(
        "你好，这里是负责 <chess@lists.example.com> 邮件列表的程序。", "你的邮件无法投递到列表，因为列表不接受它。"
    )
    assert _recipients(mail) == ["chess@lists.example.com"]


def test_the_list_named_in_an_english_introduction_is_the_recipient() -> None:
    mail = _refusal(
        "Hello from the software that runs the <chess@lists.example.com> mailing list for us.",
        "Your message could not be delivered to the list.",
    )
    assert _recipients(mail) == ["chess@lists.example.com"]


def test_a_list_named_in_a_notice_that_reports_no_failure_is_no_recipient() -> None:
    mail = _refusal(
        "Hello from the software that runs the <chess@lists.example.com> mailing list for us.",
        "Your message was received and is now being sent to the members.",
    )
    assert _recipients(mail) == []
