"""Round 54 (r54wild): rules drawn from the tuning misses of the round's new material (Courier mailing list manager
notices, a forum's German and Spanish answers to mail it could not post).

Our own inputs, in other words than the mails they were drawn from; each fails without its change, except the
controls, which hold before and after.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_message


def _notice(subject: str, body: str, sender: str = "Service <robot@service.example.org>") -> bytes:
    return f"From: {sender}\nTo: kim@example.net\nSubject: {subject}\n\n{body}".encode()


@pytest.mark.parametrize(
    "body",
    [
        # A list asks a would-be member to confirm a subscription (or its end); its mail says "confirmation request".
        "Hi, the list helper here. Somebody asked to join news@lists.example.org with your address.\n"
        "To go on, answer this confirmation request: you need to confirm your subscription first.\n",
        "Hi, the list helper here. We got a request to take your address off news@lists.example.org.\n"
        "Please answer this confirmation request to confirm the unsubscription.\n",
    ],
)
def test_a_subscription_to_confirm_is_no_challenge(body: str) -> None:
    r = parse_message(_notice("List confirmation request", body, "News list <news-owner@lists.example.org>"))
    assert r.kind.value != "challenge"
    assert r.recipients == ()


def test_a_held_message_to_confirm_is_still_a_challenge() -> None:
    # Control: the confirmation request is about the sender's own message, held until it is confirmed.
    body = ("Your note to bob@example.org is held by his screening service.\n"
            "Please answer this confirmation request to release your message.\n")  # fmt: skip
    assert parse_message(_notice("Confirmation request", body)).kind.value == "challenge"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Fehler", "Leider hat deine Nachricht an help+7f3a@desk.example.org (Betreff: Drucker) nicht funktioniert.\n"
                   "Das Ticket ist bereits geschlossen.\n"),
        ("Fehler", "Ihre E-Mail-Nachricht an help+7f3a@desk.example.org vom Montag konnte nicht verarbeitet werden.\n"
                   "Wir kennen Ihr Konto nicht.\n"),
        ("Aviso", "Lamentablemente tu correo para help+7f3a@desk.example.org (asunto: impresora) no ha funcionado.\n"
                  "El ticket ya está cerrado.\n"),
    ],
)
def test_a_message_to_an_address_that_did_not_work_names_that_address(subject: str, body: str) -> None:
    r = parse_message(_notice(subject, body))
    assert [(e.recipient, e.action) for e in r.recipients] == [("help+7f3a@desk.example.org", "failed")]


def test_a_message_that_worked_names_no_failure() -> None:
    # Control: the same sentence without the failure ("hat funktioniert") reports nothing.
    body = "Deine Nachricht an help+7f3a@desk.example.org hat funktioniert, das Ticket ist angelegt.\n"
    assert parse_message(_notice("Ticket", body)).recipients == ()
