"""The client's steps read with words of catalogues that are no corpus source (round r82client).

The texts are written here from the catalogues' words (GLib's glib20.mo, KIO's kio5.mo, KContacts' kcontacts5.mo,
libc.mo), not copied from a corpus row: each reads as its step failing only with the words of `_R82CLIENT_WORDS`
or the reading this round added.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_reply


@pytest.mark.parametrize(("text", "reason"), [
    # invalid + address, as written (glib20.mo's words for each)
    ("अवैध पत्ता", "syntaxerror"),
    ("Жарамсыз адрес", "syntaxerror"),
    # authentication + failed (kio5.mo "Authentication Failed.")
    ("Methodd dilysiant", "securityerror"),
    ("Geldigheidsverklaring gevaal", "securityerror"),
    # a server said out of reach (glib20.mo "Host unreachable")
    ("servidor SMTP inacessível", "networkerror"),
    ("SMTP server nie je dostupný", "networkerror"),
])  # fmt: skip
def test_catalogue_words_read_the_step(text: str, reason: str) -> None:
    assert parse_reply(text).reason.value == reason


def test_the_senders_address_is_the_senders() -> None:
    # "पठाउनेको" (the sender's) and "ठेगाना" (address, glib20.mo): what is said of the address is said of the sender.
    assert parse_reply("पठाउनेको ठेगाना अवैध छ").reason.value == "rejected"


def test_a_certificate_said_required_is_the_clients() -> None:
    assert parse_reply("Vyžaduje sa certifikát klienta").reason.value == "securityerror"
    assert parse_reply("Este necesar un certificat").reason.value == "securityerror"


def test_a_required_word_further_off_leaves_the_certificate_the_servers() -> None:
    # "richiesto" is said of the domain name asked for, not of the certificate.
    verdict = parse_reply("Il nome di dominio richiesto non corrisponde al certificato")
    assert verdict.reason.value == "failedstarttls"
