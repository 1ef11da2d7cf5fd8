"""Round 49 (r49gen): the general reader's reading of a notice that writes each recipient's explanation before it
("Reason: 550 ..." over the first address alone on its line, "Reason: 552 ..." over the second): every address
closes the explanation it stands under, not the one below it.

Our own layouts and wordings, not copies of corpus mails.  Each test of a new reading fails without its change; the
guards at the end check readings the change must not make.
"""

from __future__ import annotations

import pytest
from general_reading import reading, reply_texts

HEAD = (
    "From: Mail Delivery System <mailer-daemon@relay.example.org>\n"
    "To: carol@example.net\n"
    "Subject: Undeliverable mail\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain\n\n"
)

INTRO = "Your message could not be delivered to the following recipients.\n\n"
ANN = "550 5.1.1 no such user here"
HAL = "552 5.2.2 mailbox of the user is full"
SUMMARY = "The message subject was: quarterly figures\n"


@pytest.mark.parametrize(
    "body",
    [
        # Each explanation a paragraph of its own, the address the paragraph below it.
        f"Reason: {ANN}\n\nann@example.org\n\nReason: {HAL}\n\nhal@example.org\n\n{SUMMARY}",
        # The explanation and the address one paragraph.
        f"Reason: {ANN}\nann@example.org\n\nReason: {HAL}\nhal@example.org\n\n{SUMMARY}",
        # The server named in front of each reply, the addresses in brackets, nothing after the last.
        f"host mx.example.org[192.0.2.1] said: {ANN}\n<ann@example.org>\n\n"
        f"host mx.example.org[192.0.2.1] said: {HAL}\n<hal@example.org>\n",
    ],
)
def test_each_recipient_takes_the_explanation_above_it(body: str) -> None:
    data = (HEAD + INTRO + body).encode()
    got = reading(data, failures_only=True)
    assert [(r, why) for r, _a, why in got] == [("ann@example.org", "userunknown"), ("hal@example.org", "mailboxfull")]
    texts = dict(reply_texts(data))
    assert texts["ann@example.org"] == ANN, texts
    assert texts["hal@example.org"] == HAL, texts


def test_three_recipients_each_under_its_explanation() -> None:
    body = (
        f"Reason: {ANN}\n\nann@example.org\n\nReason: {HAL}\n\nhal@example.org\n\n"
        "Reason: 554 5.7.1 relaying denied\n\nsue@example.org\n"
    )
    got = reading((HEAD + INTRO + body).encode(), failures_only=True)
    assert [why for _r, _a, why in got] == ["userunknown", "mailboxfull", "norelaying"], got


# Guards: the usual layout (address, then its reply) and a shared explanation over a list stay as they were.


def test_address_then_its_reply_stays() -> None:
    body = f"ann@example.org\n    {ANN}\n\nhal@example.org\n    {HAL}\n"
    texts = dict(reply_texts((HEAD + INTRO + body).encode()))
    assert ANN in texts["ann@example.org"], texts
    assert HAL in texts["hal@example.org"], texts


def test_explanation_first_but_a_reply_below_the_last_is_read_top_down() -> None:
    # The last address has a reply below it: each reply belongs to the address above it, the first one's included.
    body = f"ann@example.org\n\nReason: {ANN}\n\nhal@example.org\n\nReason: {HAL}\n"
    texts = dict(reply_texts((HEAD + INTRO + body).encode()))
    assert texts["ann@example.org"] == ANN, texts
    assert texts["hal@example.org"] == HAL, texts


def test_one_explanation_over_a_list_is_shared() -> None:
    body = f"Reason: {HAL}\n\nann@example.org\nhal@example.org\n"
    got = reading((HEAD + INTRO + body).encode(), failures_only=True)
    assert [why for _r, _a, why in got] == ["mailboxfull", "mailboxfull"], got


# A sentence that says the message failed and why ("contains a forbidden attachment"): the line next to it, a remark on
# the file it blocked, is no cause of its own, above or below the sentence.
@pytest.mark.parametrize(
    "body",
    [
        "Your message to bob@example.org contains a forbidden attachment and has not been delivered.\n\n"
        "invoice.pif: files of this type are a common way to hide viruses\n",
        "invoice.pif: files of this type are a common way to hide viruses\n\n"
        "Your message to bob@example.org contains a forbidden attachment and has not been delivered.\n",
    ],
)
def test_a_sentence_that_says_why_takes_no_remark_beside_it(body: str) -> None:
    data = (HEAD + body).encode()
    assert reading(data, failures_only=True) == [("bob@example.org", "failed", "policyviolation")]
    assert "viruses" not in reply_texts(data)[0][1]


def test_a_sentence_that_leaves_the_cause_to_the_next_paragraph_still_takes_it() -> None:
    body = "Your message to bob@example.org could not be delivered.\n\nThe mailbox of the user is full.\n"
    data = (HEAD + body).encode()
    assert reading(data, failures_only=True) == [("bob@example.org", "failed", "mailboxfull")]


# A sentence that ends at the address and only says the message failed, the paragraph that says why above it and
# advice below it: the explanation is the one above, wherever the advice stands.
CAUSE = "This usually happens because the receiving server took the message for spam."
ADVICE = "You can read the message at https://example.net/view/1\nIt is deleted after 7 days."
REFUSED = "A message forwarded to you was refused by your mailbox bob@example.org."


@pytest.mark.parametrize(
    "body",
    [f"{CAUSE}\n\n{REFUSED}\n\n{ADVICE}\n", f"{REFUSED}\n\n{CAUSE}\n\n{ADVICE}\n"],
)
def test_the_cause_above_a_bare_failure_sentence_before_advice_below(body: str) -> None:
    data = (HEAD + body).encode()
    (text,) = [t for _r, t in reply_texts(data)]
    assert CAUSE in text, text
    assert "view/1" not in text, text
