"""Round r58wild: a course site's answers to mail it takes in (a reply by mail it could not post, a mail from an
address it does not know that it asks its user to confirm), read by the general reader with every format module
switched off (issue 11).

The mails are shapes written for these tests, not copies of real ones.
"""

from __future__ import annotations

import pytest

from bouncelib import BounceKind, BounceReport, parse_message, parse_reply
from bouncelib._data import notices
from bouncelib._dsn.registry import format_modules_off
from bouncelib.models import Reason


def _report(raw: str) -> BounceReport:
    with format_modules_off():
        return parse_message(raw.encode())


def _events(raw: str) -> list[tuple[str | None, str | None, str | None]]:
    report = _report(raw)
    return [(e.recipient, e.action, e.reason.value if e.reason else None) for e in report.recipients]


def _app_reply(body: str, *, sender: str = "noreply@campus.example.edu", auto: bool = True) -> str:
    auto_header = "Auto-Submitted: auto-generated\n" if auto else ""
    return (
        f"From: Campus <{sender}>\nTo: dana@example.net\nSubject: Re: lab notes for Tuesday\n"
        "Date: Mon, 07 Dec 2026 09:00:00 +0000\nMessage-ID: <n1@campus.example.edu>\n"
        f"In-Reply-To: <q7@example.net>\n{auto_header}MIME-Version: 1.0\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    )


_NOT_TAKEN = (
    "Your mail of this morning, \"lab notes for Tuesday\", could not be delivered to the group.\n\n"
    "The reasons are shown below.\n\n"
    "Your attachment is larger than the 2 MB the group accepts."
)


def test_an_applications_reply_that_says_the_mail_failed_is_a_bounce_not_a_person() -> None:
    # A "Re:" Subject from a sender that takes no replies, generated automatically: the application answering the
    # mail it names, not someone talking about a bounce.
    assert _report(_app_reply(_NOT_TAKEN)).kind is not BounceKind.NOT_BOUNCE


def test_a_reply_from_a_person_stays_a_person_talking() -> None:
    report = _report(_app_reply(_NOT_TAKEN, sender="dana.friend@example.org", auto=False))
    assert report.kind is BounceKind.NOT_BOUNCE


def test_the_line_that_only_announces_the_cause_leads_to_the_paragraph_below_it() -> None:
    # The failure sentence, then a paragraph that only says the reasons follow, then the reason itself.
    assert _events(_app_reply(_NOT_TAKEN)) == [(None, "failed", "mesgtoobig")]


@pytest.mark.parametrize("said", [
    "hace una hora ha enviado un correo electrónico titulado \"notas\", pero no se ha podido procesar.",
    "ieri hai inviato un'email dal titolo \"note\", ma il sito non è riuscito ad elaborarla.",
])
def test_the_mail_the_reader_sent_said_not_processed_is_undelivered(said: str) -> None:
    assert notices.UNDELIVERED.search(said)


@pytest.mark.parametrize("said", [
    "die gründe dafür stehen unten.", "a continuación se indican los motivos.", "di seguito i motivi.",
])
def test_an_announcement_of_the_reasons_below_in_more_languages(said: str) -> None:
    assert notices.CAUSE_INTRO.search(said)


@pytest.mark.parametrize("said", [
    "we kept your mail. for the message to be verified, just reply to this notice.",
    "um die nachricht zu bestätigen, müssen sie nur auf diese mail antworten.",
    "tiene que responder a este correo para que se pueda verificar el envío.",
    "per confermare il tuo messaggio devi rispondere a questa email.",
])
def test_a_message_kept_until_its_sender_replies_to_confirm_it_is_a_challenge(said: str) -> None:
    assert notices.CHALLENGE.search(said)


@pytest.mark.parametrize(("said", "reason"), [
    ("Ihr Beitrag wurde abgelehnt, weil die Größe der Datei größer ist als erlaubt.", Reason.MESGTOOBIG),
    ("No se publicó: el tamaño del adjunto es superior al máximo del grupo.", Reason.MESGTOOBIG),
    ("Non pubblicato: la dimensione dell'allegato è superiore al limite del gruppo.", Reason.MESGTOOBIG),
    ("Su respuesta no se publicó porque no tiene permiso para publicar en este grupo.", Reason.REJECTED),
    ("Your reply was not posted: you went over the posting limit of this board.", Reason.SPEEDING),
    ("Respuesta no publicada: ha superado el límite de publicaciones del grupo.", Reason.SPEEDING),
])
def test_a_boards_refusals_in_plain_words(said: str, reason: Reason) -> None:
    assert parse_reply(said).reason is reason
