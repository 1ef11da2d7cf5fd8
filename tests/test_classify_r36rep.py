"""Meanings written from the tuning part of round r36rep (issue 10: other languages' wordings, Kopano's spooler
catalogues), each tested in a wording of our own (not the corpus texts that prompted them)."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "Errore imprevisto durante l'elaborazione del messaggio",
    "Ocorreu um erro durante o processamento do envio",
    "Viestin käsittelyssä tapahtui virhe",
    "Hiba a levél feldolgozása során",
    "Při zpracování došlo k chybě",
    "אירעה שגיאה במהלך עיבוד הבקשה",
])
def test_an_error_while_processing_is_a_system_error(text: str) -> None:
    # RFC 5321's 451 "local error in processing", said in Italian, Portuguese, Finnish, Hungarian, Czech, Hebrew.
    assert parse_reply(text).reason is Reason.SYSTEMERROR


@pytest.mark.parametrize("text", [
    "Vous n'avez pas la permission d'envoyer en tant que ce groupe",
    "Nemáte oprávnění odeslat jako tato sdílená schránka",
])
def test_no_right_to_send_as_another_identity_is_a_refused_sender(text: str) -> None:
    r = parse_reply(text)
    assert r.reason is Reason.REJECTED
    assert r.hard_bounce is False


@pytest.mark.parametrize("text", [
    "Tiliä, jonka nimissä viesti lähetettiin, ei löytynyt",
    "Účet, za kterého chcete odesílat, nebyl nalezen",
    "החשבון שבשמו ניסית לשלוח בשם הקבוצה לא נמצא",
])
def test_the_identity_sent_under_not_found_is_a_refused_sender(text: str) -> None:
    r = parse_reply(text)
    assert r.reason is Reason.REJECTED
    assert r.hard_bounce is False


def test_a_header_judged_implausible_is_the_site_policy() -> None:
    # Well-formed but not believable (a Received or Date header far off): a site's judgement, not a format error.
    r = parse_reply("550 Implausible Message-ID header")
    assert r.reason is Reason.POLICYVIOLATION
