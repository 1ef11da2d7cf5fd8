"""Round r70wild: a list's refusal of a post, said in Korean; a member the list moderates, named in Korean.

A list manager that answers a post with "your message to the <name> mailing list was rejected" reports a failure
at the list's address (`notices._OTHER_FAILURE`, already in English, German, French, Portuguese, Slovak, Bulgarian,
Indonesian and Esperanto).  Round r70wild's tuning part showed the same sentence in Korean, the list first and the
message sent to it, then its refusal ("... 메일 링리스트에 대한 귀하의 메시지는 ... 거절되었습니다"), and the
reason "the message comes from a moderated member" in Korean ("중재 된 회원", `concepts._R70_WILD_WORDS`).

The mails and sentences are shapes written for these tests, not copies of real ones.
"""

from __future__ import annotations

import pytest
from rule_reading import by_concept

from bouncelib import Reason, parse_message
from bouncelib._data import notices


def _refusal(body: str) -> bytes:
    return (
        "From: team-owner@lists.example.com\nTo: kim@example.net\nSubject: Weekly sync notes\n"
        "Date: Mon, 07 Dec 2026 09:00:00 +0000\nMessage-ID: <r70-refusal@lists.example.com>\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="b70"\n\n'
        "--b70\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body + "\n\n"
        "--b70\nContent-Type: message/rfc822\n\n"
        "From: Kim <kim@example.net>\nTo: team@lists.example.com\nSubject: Weekly sync notes\n"
        "Message-ID: <r70-post@example.net>\n\nNotes from today's sync.\n\n--b70--\n"
    ).encode()


@pytest.mark.parametrize(
    "body",
    [
        "Team 메일링 리스트에 보낸 당신의 메시지가 거부되었습니다.\n사유: 관리자 승인이 필요합니다.",
        "Team 목록에 대한 귀하의 게시물은 관리자에 의해 거절되었습니다.\n원래 메시지를 첨부합니다.",
    ],
)
def test_a_post_refused_by_a_list_said_in_korean_is_a_failure_at_the_list(body: str) -> None:
    report = parse_message(_refusal(body))
    assert [(e.recipient, e.action) for e in report.recipients] == [("team@lists.example.com", "failed")]


def test_the_korean_sentence_is_the_one_that_reads_it() -> None:
    said = "team 메일 링 리스트에 보낸 귀하의 메시지는 다음 이유로 거절되었습니다"
    assert notices.FAILURE.search(said)
    # A list's notice that a post is held, or a plain mention of a refusal, is not that sentence.
    assert not notices._OTHER_FAILURE.search("team 메일링 리스트에 보낸 메시지는 승인을 기다리고 있습니다")


@pytest.mark.parametrize("said", ["게시자가 중재된 회원이므로 받을 수 없음", "보낸 사람은 중재 된 회원임"])
def test_a_moderated_member_in_korean_is_a_rejected_sender(said: str) -> None:
    assert by_concept(said) is Reason.REJECTED


def _warning_to_member(said: str) -> bytes:
    """A list's warning to a member, its last non-delivery report (a standard one) attached as a message."""
    return (
        "From: Lists <lists-bounces@lists.example.com>\nTo: lists@lists.example.com\nSubject: About your membership\n"
        "Date: Mon, 07 Dec 2026 09:00:00 +0000\nMessage-ID: <r70-warn@lists.example.com>\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="w70"\n\n'
        "--w70\nContent-Type: text/plain; charset=utf-8\n\n" + said + "\n\n"
        "--w70\nContent-Type: message/rfc822\n\n"
        "From: MAILER-DAEMON@mx.example.com\nTo: lists-bounces+kim=example.net@lists.example.com\n"
        "Subject: Delivery failure\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="d70"\n\n'
        "--d70\nContent-Type: text/plain\n\nThe message could not be delivered.\n\n"
        "--d70\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.com\n\n"
        "Final-Recipient: rfc822; kim@example.net\nAction: failed\nStatus: 5.2.2\n"
        "Diagnostic-Code: smtp; 552 5.2.2 mailbox over quota\n\n--d70--\n\n--w70--\n"
    ).encode()


def test_a_warning_to_the_member_whose_mail_bounced_reports_no_failure_of_its_own() -> None:
    # The notice is written to the address that bounced; the report it carries is about that address.
    said = "Hello. We have had trouble delivering list messages to you lately; the last report is attached."
    report = parse_message(_warning_to_member(said))
    assert (report.kind.value, report.recipients) == ("not_bounce", ())


def test_a_forwarded_report_without_those_words_is_still_read() -> None:
    # Only the words "delivery to you failed" make the attached report the reader's own: a plain cover note does not.
    report = parse_message(_warning_to_member("Please see the delivery report below."))
    assert [(e.recipient, e.action) for e in report.recipients] == [("kim@example.net", "failed")]
