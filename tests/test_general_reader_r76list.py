"""Round r76list: a list's notice that it has trouble delivering to the reader's own address is no bounce.

A list manager that writes to a member "there were problems delivering list mail to you" tells the member about
earlier failures of other mails; it reports no failure of a message the member sent (`notices.DELIVERY_TO_YOU_FAILED`,
read from hMailServer's and the Courier mailing list manager's English).  Round r76list's tuning part showed the same
meaning in Czech with "your address" for "you" (Mailman 2.1's bounce probe: problems with delivering posts to your
address), and the reader took the Czech probe, which also says what would happen if this test mail could not be
delivered, for a failure at the list owner's address.  The words are in `notices._R76_LIST_WORDS`; the English
pattern now also reads "to your address" / "to your e-mail address".

The mails and sentences are shapes written for these tests, not copies of real ones.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_message
from bouncelib._data import notices


def _notice(body: str) -> bytes:
    return (
        "From: chess-request@lists.example.com\nTo: petr@example.net\nSubject: Zkouška doručení\n"
        "Date: Mon, 07 Dec 2026 09:00:00 +0000\nMessage-ID: <r76-probe@lists.example.com>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body + "\n"
    ).encode()


_CZECH = (
    "Tato zpráva slouží jen jako zkouška.\n\n"
    "Při rozesílání konference Chess máme problémy s doručováním zpráv na vaši adresu petr@example.net.\n"
    "Kdyby se nepodařilo doručit ani tuto zprávu, rozesílání vám pozastavíme.\n\n"
    "Dotazy posílejte správci na adresu chess-owner@lists.example.com\n"
)


def test_a_czech_list_notice_of_trouble_delivering_to_your_address_is_no_bounce() -> None:
    report = parse_message(_notice(_CZECH))
    assert [e.recipient for e in report.recipients] == []


@pytest.mark.parametrize(
    "said",
    [
        "máme problémy s doručováním zpráv na vaši adresu",
        "došlo k problému při doručování pošty vám",
        "we keep having problems delivering list messages to your address",
        "there was trouble delivering mail to your e-mail address",
    ],
)
def test_trouble_delivering_to_the_reader_is_that_meaning(said: str) -> None:
    assert notices.DELIVERY_TO_YOU_FAILED.search(said)


@pytest.mark.parametrize(
    "said",
    [
        # A failure of the reader's own message to someone else is not that meaning.
        "problémy s doručováním zprávy na adresu jana@example.org",
        "we had problems delivering your message to jana@example.org",
        "problems delivering messages to your colleague",
    ],
)
def test_trouble_delivering_to_someone_else_is_not(said: str) -> None:
    assert not notices.DELIVERY_TO_YOU_FAILED.search(said)
