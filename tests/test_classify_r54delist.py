"""Mailboxes a refusal asks the sender to write to, however the request is worded (round 54, r54pd).

docs/fields.md, "delist": a mailbox counts when the refusal concerns the sender and the reply asks the sender to
write there. The request may name what to send ("forward this error to <mailbox>", "report the codes above back
to <mailbox>") and may start well before the mailbox. A delisting or abuse desk's mailbox that the reply asks the
sender to write to is offered whatever reason the words gave; a postmaster or help mailbox is not, there.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_reply


@pytest.mark.parametrize("text", [
    "554 5.7.1 Your host 192.0.2.9 is refused here. For help forward this error to rbl-team@isp-example.net",
    "550 Sending address blocked; please forward this bounce to blocks@isp-example.net",
])  # fmt: skip
def test_a_request_to_forward_the_refusal_offers_the_mailbox(text: str) -> None:
    assert parse_reply(text).delist[:1] == [text.rsplit(" ", 1)[1]]


def test_a_request_to_report_something_back_offers_the_mailbox_however_far_it_starts() -> None:
    text = ("550 5.7.1 Message judged to be spam. If this looks wrong to you, kindly report the reference numbers "
            "shown above back to review-desk@isp-example.net")
    assert parse_reply(text).delist == ["review-desk@isp-example.net"]


@pytest.mark.parametrize(("text", "mailbox"), [
    ("421 Please retry later (192.0.2.77). Please contact abuse@isp-example.net.", "abuse@isp-example.net"),
    ("451 Come back later; please contact delist@isp-example.net about it", "delist@isp-example.net"),
    ("450 Deferred for now, write to unblock@isp-example.net", "unblock@isp-example.net"),
])  # fmt: skip
def test_a_desk_mailbox_the_reply_asks_for_is_offered_whatever_the_reason(text: str, mailbox: str) -> None:
    assert parse_reply(text).delist == [mailbox]


@pytest.mark.parametrize("text", [
    "552 5.2.2 Mailbox over quota. Please contact postmaster@isp-example.net",
    "451 Please retry later. Questions to help@isp-example.net",
    "550 5.1.1 <abuse@isp-example.net>: Recipient address rejected: User unknown",
    "421 Please retry later; abuse@isp-example.net",
])  # fmt: skip
def test_other_mailboxes_in_such_refusals_stay_no_contact(text: str) -> None:
    assert parse_reply(text).delist == []
