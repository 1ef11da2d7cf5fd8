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
