"""Meanings written from the tuning part of round r32i18n (issue 10: localised refusal notices of Mailman 2 and
Kopano), each tested in a wording of our own other than the notice that prompted it (not corpus texts)."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # A rule of the receiver's filter refused the message: the site's policy, no spam named.
        ("Die Nachricht wurde von einer Filterregel abgelehnt", Reason.POLICYVIOLATION),
        ("Le message a été refusé par une règle de filtrage du serveur", Reason.POLICYVIOLATION),
        # Nothing left of the message: the site refuses an empty message.
        ("Nach der Prüfung war kein Inhalt in der Nachricht", Reason.POLICYVIOLATION),
        ("Le message reçu était vide", Reason.POLICYVIOLATION),
        ("Thư rỗng", Reason.POLICYVIOLATION),
        # A kind of content or file the site does not take.
        ("この拡張子のファイルは受け付けていません", Reason.POLICYVIOLATION),
        ("Questo tipo di contenuto non è consentito", Reason.POLICYVIOLATION),
        ("Arquivos com esta extensão de arquivo são proibidos", Reason.POLICYVIOLATION),
        ("Tiedostopääte ei ole sallittu", Reason.POLICYVIOLATION),
        # A message refused, in Norwegian.
        ("Meldingen din ble avvist", Reason.POLICYVIOLATION),
        # Posts from non-members refused: the sender.
        ("投稿は会員以外からは受け付けません", Reason.REJECTED),
        # An error while the message was processed: the system failed.
        ("Ошибка при обработке письма на сервере", Reason.SYSTEMERROR),
        ("Erreur lors du traitement du message", Reason.SYSTEMERROR),
        ("Fehler bei der Verarbeitung der Nachricht", Reason.SYSTEMERROR),
    ],
)
def test_round32_meanings(text: str, reason: Reason) -> None:
    assert parse_reply(text).reason is reason
