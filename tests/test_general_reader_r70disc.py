"""Round r70disc: an application's answer that the reader's mail to one of its addresses did not work (issue 11).

A service that takes mail at an address (a forum's reply address, a help desk's inbox) answers a mail it could not
take with a letter of its own whose first sentence says "your mail to <address> (titled ...) did not work / failed /
was refused / was not processed", then why.  Rounds r54wild and r61wild read that sentence with a pattern per
language; here the general reader reads its meaning with the concept reader's words, in whatever order the language
puts them: one address in the first paragraph, in a sentence that speaks of the reader's mail (MESSAGE) and says it
failed, was refused or could not be done (FAILED, REFUSED, CANNOT), in a notice an application sent.  That address
failed.  The words for "did not succeed", "was not processed", "did not work" in Chinese, Ukrainian and Catalan, and
Ukrainian's everyday "letter", are concept words now (`_R70_DISC_WORDS`).

The mails and sentences are written for these tests, not copies of real ones.
"""

from __future__ import annotations

import pytest

from bouncelib import BounceKind, parse_message
from bouncelib._classify._concepts import concept_terms

_ADDR = "inbox+4c2e@desk.example.org"


def _letter(body: str, sender: str = "Helpdesk <no-reply@desk.example.org>") -> bytes:
    return (
        f"From: {sender}\nTo: pat@example.net\nSubject: Helpdesk\n"
        "Date: Mon, 07 Dec 2026 09:00:00 +0000\nMessage-ID: <n7@desk.example.org>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body + "\n"
    ).encode()


@pytest.mark.parametrize(
    "sentence",
    [
        # Turkish: "your e-mail message to <a> (about the invoice) failed" (FAILED was a concept word already)
        f"Maalesef {_ADDR} adresine gönderdiğiniz e-posta mesajınız (fatura hakkında) başarısız oldu.",
        # Korean: "the e-mail message you sent to <a> was refused" (REFUSED)
        f"{_ADDR} 주소로 보낸 이메일 메시지가 거부되었습니다.",
        # Chinese: "the e-mail you sent to <a> did not succeed"
        f"很遗憾，您发送到 {_ADDR} 的电子邮件未成功。",
        # Ukrainian: "your letter to <a> was not processed"
        f"На жаль, ваш лист до {_ADDR} (щодо рахунку) не опрацьовано.",
        # Catalan: "your mail message to <a> did not work"
        f"El vostre missatge de correu a {_ADDR} (sobre la factura) no ha funcionat.",
    ],
)
def test_a_service_letter_saying_the_mail_to_an_address_failed_names_that_address(sentence: str) -> None:
    report = parse_message(_letter(f"{sentence}\n\n{_ADDR} — 2026."))
    assert [(e.recipient, e.action) for e in report.recipients] == [(_ADDR, "failed")]
    assert report.kind is not BounceKind.CHALLENGE


@pytest.mark.parametrize(
    "text",
    ["您发送的邮件未成功", "ваш лист не опрацьовано", "ваш лист не спрацював", "el missatge no ha funcionat"],
)
def test_did_not_succeed_and_not_processed_are_failures_and_a_letter_is_a_mail(text: str) -> None:
    said = {c for _w, _b, spans in concept_terms(text) for _i, _j, cs in spans for c in cs}
    assert {"MESSAGE", "FAILED"} <= said


@pytest.mark.parametrize(
    ("sentence", "sender"),
    [
        # The mail was received: nothing failed.
        (f"Ваш лист до {_ADDR} отримано, дякуємо.", "Helpdesk <no-reply@desk.example.org>"),
        # A person who writes that something failed is no application's notice.
        (f"Ваш лист до {_ADDR} не опрацьовано, я подивлюся завтра.", "Pat Doe <pat.doe@example.com>"),
        # Two addresses in the first paragraph: which one the mail went to is not said by this layout.
        (f"Ваш лист до {_ADDR} і до desk2@desk.example.org не опрацьовано.", "Helpdesk <no-reply@desk.example.org>"),
    ],
)
def test_no_failure_or_no_single_address_of_an_application_is_no_recipient(sentence: str, sender: str) -> None:
    report = parse_message(_letter(f"{sentence}\n\nДякуємо.", sender))
    assert [e.recipient for e in report.recipients] == []


def test_the_readers_own_address_is_never_the_one_that_failed() -> None:
    report = parse_message(_letter("Ваш лист від pat@example.net не опрацьовано.\n\nСпробуйте ще раз."))
    assert [e.recipient for e in report.recipients] == []
