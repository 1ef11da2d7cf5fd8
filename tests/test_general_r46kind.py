"""Round 46 (r46kind): a request to confirm the reader's own message, known by what it carries, not by its Subject.

A list robot (or any service) that holds a message until its sender confirms it says so in its Subject ("Confirm your
message for list devel") and in a sentence of its own language; a new catalogue, a Subject cut short or left out
leaves neither for the reader's tables.  Two signs read in no language still agree: the notice gives a confirmation
command with a token (a mailto link whose Subject is "CONFIRM <token>", or the command on a line of its own), and the
message it returns is the reader's own (its From is the notice's To).  Our own inputs, in wordings no catalogue of the
corpus writes; each challenge fails without the change.  The controls (a subscription to confirm returns no message,
a moderator's request returns someone else's) hold before and after.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_message

_POST = (
    "From: Sam Sender <sam@example.com>\nTo: devel@lists.example.org\nSubject: Release schedule\n"
    "Message-ID: <post-1@example.com>\nDate: Fri, 04 Dec 2026 08:40:00 +0000\n\nThe release moves to Friday.\n"
)


def _notice(body: str, *, subject: str, to: str = "sam@example.com", returned: str | None = _POST) -> bytes:
    head = (
        f"From: Robot <robot@lists.example.org>\nTo: {to}\nSubject: {subject}\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="b1"\n\n'
    )
    parts = f"--b1\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
    if returned is not None:
        parts += f"--b1\nContent-Type: message/rfc822\n\n{returned}\n"
    return (head + parts + "--b1--\n").encode()


def _kind(data: bytes) -> str:
    return parse_message(data).kind.value


_BODIES = [
    # A mailto link whose Subject is the command (Swedish, no table holds it).
    "För att skicka det bifogade meddelandet till listan devel, klicka här:\n\n"
    "mailto:robot@lists.example.org?subject=CONFIRM%204be1a07c93d2f856\n",
    # The command on a line of its own, the wording English but none a table holds.
    "The enclosed post will go out to devel once you answer this robot with the line below as Subject:\n\n"
    "CONFIRM 9d0c4e7a2b1f6385\n",
]


@pytest.mark.parametrize("body", _BODIES)
@pytest.mark.parametrize("subject", ["", "devel", "[devel] 4be1a07c"])
def test_a_confirmation_of_the_readers_own_message_is_a_challenge(body: str, subject: str) -> None:
    assert _kind(_notice(body, subject=subject)) == "challenge"


@pytest.mark.parametrize("body", _BODIES)
def test_a_subscription_to_confirm_returns_no_message(body: str) -> None:
    # The same command with no message of the reader's returned: what waits may be a subscription, a list's notice.
    assert _kind(_notice(body, subject="devel", returned=None)) != "challenge"


@pytest.mark.parametrize("body", _BODIES)
def test_a_moderators_request_returns_someone_elses_message(body: str) -> None:
    # Sent to the list's owner about the post of a member: a request to the list's keepers, no challenge.
    assert _kind(_notice(body, subject="devel", to="devel-owner@lists.example.org")) != "challenge"


# A notice from a plain address of a hosted system ("mail@" its domain): no role of the mail system signs it, so the
# Subject must say the same failure of a message, in the notice's own language.  Our own wordings.
def _plain(subject: str, body: str) -> tuple[str, list[tuple[str | None, str]]]:
    data = (
        f"From: mail@helpdesk.example.org\nTo: alice@example.org\nSubject: {subject}\nMIME-Version: 1.0\n"
        f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body}\n"
    ).encode()
    r = parse_message(data)
    return r.kind.value, [(e.recipient, e.action) for e in r.recipients]


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Mensagem não entregue: Relatório", "Olá,\n\nO seu email para a equipa não foi entregue: é grande demais.\n"),
        (
            "Недоставленное сообщение: Отчёт",
            "Здравствуйте,\n\nВаше письмо не удалось доставить: оно слишком большое.\n",
        ),
        ("[配信不能] メッセージが大きすぎます", "お送りいただいたメールは宛先に配信できませんでした。\n"),
    ],
)
def test_a_plain_senders_notice_whose_subject_says_a_message_failed(subject: str, body: str) -> None:
    assert _plain(subject, body) == ("vendor", [(None, "failed")])


def test_a_plain_senders_parcel_stays_none() -> None:
    # A parcel that could not be delivered is no message: the same words about a parcel are no bounce.
    assert _plain("Encomenda não entregue", "Olá,\n\nA sua encomenda não foi entregue: ninguém estava em casa.\n")[
        1
    ] == []


# A refusal of the reader's post sent with RFC 3834's "Auto-Submitted: auto-replied" from a list's plain address: an
# automatic response that says the reader's message failed is a bounce, not an absence notice.  Our own wordings.
def _auto_replied(sender: str, subject: str, body: str) -> tuple[str, list[tuple[str | None, str | None]]]:
    data = (
        f"From: {sender}\nTo: sam@example.com\nSubject: {subject}\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    ).encode()
    r = parse_message(data)
    return r.kind.value, [(e.recipient, e.action) for e in r.recipients]


@pytest.mark.parametrize("sender", ["devel@lists.example.org", "mail@lists.example.org"])
@pytest.mark.parametrize(
    "body",
    [
        "Your message to devel has been rejected: only members may post to this list.\n",
        "Sorry, your posting to the devel list could not be delivered. The list is closed.\n",
    ],
)
def test_an_auto_replied_refusal_of_a_post_is_a_bounce(sender: str, body: str) -> None:
    assert _auto_replied(sender, "Your message to devel", body) == ("vendor", [(None, "failed")])


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Away", "I am away until Monday. Your message will be read when I return.\n"),
        ("Out of office", "I am out of the office. Mail is not forwarded; please write to desk@example.org.\n"),
        ("Automatic reply: devel", "Thank you for your message. We will answer within two days.\n"),
    ],
)
def test_an_auto_replied_absence_notice_stays_an_autoreply(subject: str, body: str) -> None:
    assert _auto_replied("bob@example.org", subject, body)[0] == "autoreply"


# A mail system's notice with no Subject whose only account is a code it labels an error code: the server's answer,
# its class says failed or delayed (as "said: 550").  Our own wordings.
@pytest.mark.parametrize(
    ("body", "action"),
    [
        ("bob@example.net, ERROR_CODE :550, ERROR_CODE :The mailbox is unavailable", "failed"),
        ("Error code: 451 - the server asks to try again later", "delayed"),
    ],
)
def test_a_labelled_error_code_is_the_servers_answer(body: str, action: str) -> None:
    r = parse_message(f"From: MAILER-DAEMON@mx.example.org\nTo: sam@example.com\n\n{body}\n".encode())
    assert [e.action for e in r.recipients] == [action]
