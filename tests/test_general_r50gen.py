"""Round 50 (r50gen): the general reader reads the meaning of a layout, not one mail's words.

A bulleted list that a sentence saying the message failed introduces with a colon lists the recipients that
sentence is about, whatever each item says around its address; the sentence may say so as "the recipients did not
receive the message" (German, French, Spanish) or "delivery failed for some recipients" (Czech).

Our own layouts and wordings, not copies of corpus mails.  Each test of a new reading fails without its change; the
guards at the end check readings the change must not make.
"""

from __future__ import annotations

import pytest
from general_reading import reading, reply_texts

SERVICE_HEAD = (
    "From: Share Service <noreply@share.example.org>\n"
    "To: carol@example.net\n"
    "Subject: Report\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=utf-8\n\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "Zwei Ihrer Empfänger haben die Nachricht leider nicht erhalten:",
        "Plusieurs destinataires n'ont pas pu recevoir le message :",
        "Deux destinataires n’ont pas reçu ce message :",
        "Algunos destinatarios no recibieron el mensaje:",
        "U dvou příjemců selhalo doručení:",
    ],
)
def test_recipients_that_did_not_receive_the_message(heading: str) -> None:
    body = (
        f"Hello,\n\n{heading}\n\n"
        "  - Upload 41 -> ann@example.org, 01.02.2026\n\n"
        "  - Guest hal@example.com, 02.02.2026\n\n\n"
        "More on https://share.example.org/\n\nShare Service\n"
    )
    got = reading((SERVICE_HEAD + body).encode("utf-8"), failures_only=True)
    assert [(r, a) for r, a, _why in got] == [("ann@example.org", "failed"), ("hal@example.com", "failed")], got


def test_a_list_item_is_its_own_reply() -> None:
    body = (
        "Delivery failed for these recipients:\n\n"
        "  * Item 7: ann@example.org on 01.02.2026\n\n"
        "Thank you for using the service.\n\nShare Service\n"
    )
    texts = reply_texts((SERVICE_HEAD + body).encode())
    assert texts == [("ann@example.org", "* Item 7: ann@example.org on 01.02.2026")], texts


APP_HEAD = (
    "From: Relay Service <noreply@relay.example.org>\n"
    "To: carol@example.net\n"
    "Subject: A message could not be delivered\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain\n\n"
)


@pytest.mark.parametrize(
    "possible",
    [
        "This is often because the mailbox of the recipient is full.",
        "That might mean ann@example.org\n- does not exist, or\n- has a full mailbox.",
        "That might mean the address ann@example.org\n- does not exist, or\n- has a full mailbox.",
        "It may be caused by a spam filter at the destination.",
        "Possible reasons: the user is unknown, or the mailbox is over quota.",
    ],
)
def test_a_cause_offered_as_a_possibility_is_no_cause(possible: str) -> None:
    body = f"Your message could not be delivered to ann@example.org\n\n{possible}\n\nRegards,\nRelay Service\n"
    got = reading((APP_HEAD + body).encode(), failures_only=True)
    assert got == [("ann@example.org", "failed", "onhold")], got


def test_a_possible_cause_above_is_no_cause_either() -> None:
    body = (
        "This usually means the mailbox is full.\n\n"
        "A message to your alias was bounced by your mailbox ann@example.org.\n\n"
        "You can see the message on https://relay.example.org/m/12\n"
    )
    got = reading((APP_HEAD + body).encode(), failures_only=True)
    assert got == [("ann@example.org", "failed", "onhold")], got


def test_a_cause_stated_below_still_says_why() -> None:
    body = "Your message could not be delivered to ann@example.org\n\nThe mailbox of the user is full.\n"
    got = reading((APP_HEAD + body).encode(), failures_only=True)
    assert got == [("ann@example.org", "failed", "mailboxfull")], got


# Guards: a bulleted list under a heading that says no failure lists no recipient; an item naming two addresses is
# no recipient's line.


def test_list_under_another_heading_names_no_recipient() -> None:
    body = (
        "Your message could not be delivered.\n\n"
        "Our support team can be reached at:\n\n"
        "  - Item help@example.org\n\n"
    )
    got = reading((SERVICE_HEAD + body).encode(), failures_only=True)
    assert "help@example.org" not in [r for r, _a, _why in got], got


def test_item_naming_two_addresses_is_not_taken_by_the_list() -> None:
    body = (
        "Delivery failed for these recipients:\n\n"
        "  - Item from bob@example.org, copy kept by sue@example.org\n\n"
    )
    got = reading((SERVICE_HEAD + body).encode(), failures_only=True)
    assert {r for r, _a, _why in got} <= {None, ""}, got
