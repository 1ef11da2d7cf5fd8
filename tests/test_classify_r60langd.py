"""Meanings written from the tuning misses of two mail clients' catalogues in more locales (round r60langd: the
tuning rows of corpus/replies/real/r60-r60langd-catalogues.jsonl, Thunderbird's composeMsgs.properties and
evolution-data-server's SMTP strings), each tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply
from bouncelib._classify._concepts import concept_terms


@pytest.mark.parametrize("text", [
    "Povezava s strežnikom je bila izgubljena",  # sl: the connection lost
    "החיבור לשרת נקטע",  # he
    "Tenging slitnaði við netþjóninn",  # is
    "Kegagalan sambungan ke server surat",  # id: a failure of the connection
    "Tengingu mistókst",  # is: failed
    "Կապը խզվել է սերվերի հետ",  # hy: lost
    "החיבור פג",  # he: expired
])
def test_a_connection_lost_failed_or_expired_is_a_network_error(text: str) -> None:
    # RFC 3463 X.4.2 bad connection: the languages' words for the connection and what became of it.
    assert parse_reply(text).reason is Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "Serveris atmetė tapatumo patikrinimo duomenis",  # lt: verifying one's identity
    "Auðkenning mistókst á netþjóni",  # is
    "Pengesahihan ditolak oleh pelayan",  # ms
])
def test_logging_in_is_a_security_error(text: str) -> None:
    # RFC 4954 (SMTP AUTH): authentication in the languages' own words.
    assert parse_reply(text).reason is Reason.SECURITYERROR


@pytest.mark.parametrize("text", [
    "L'autenticació escollida necessita xifratge",  # ca: encryption required
    "Mekanizmi kërkohet me kriptim",  # sq
    "Phương thức này cần phải mã hóa",  # vi
])
def test_encryption_required_is_failedstarttls(text: str) -> None:
    # RFC 4954 section 4 (538): the mechanism is allowed only over TLS.
    assert parse_reply(text).reason is Reason.FAILEDSTARTTLS


@pytest.mark.parametrize("text", [
    "Det angivna brevlådenamn är inte tillåtet",  # sv
    "Tämä postilaatikon nimi ei ole sallittu",  # fi
    "Nama peti mel tersebut tidak dibenarkan",  # ms
    "Ime poštnega predala tukaj ni dovoljeno",  # sl
])
def test_a_mailbox_name_not_allowed_is_a_syntax_error(text: str) -> None:
    # RFC 5321 553 mailbox name not allowed (X.1.3 bad destination mailbox address syntax).
    assert parse_reply(text).reason is Reason.SYNTAXERROR


def test_a_mailbox_storage_allotment_exceeded_is_mailboxfull() -> None:
    # RFC 5321 552 exceeded storage allocation, in Slovenian.
    assert parse_reply("Prejemnikova dodelitev shranjevanja je prekoračena").reason is Reason.MAILBOXFULL


def test_the_systems_disk_short_is_systemfull() -> None:
    # RFC 5321 452 insufficient system storage, in Slovenian.
    assert parse_reply("Strežnik javlja: premalo je prostora na disku").reason is Reason.SYSTEMFULL


def _concepts(text: str) -> set[str]:
    return {c for _words, _base, found in concept_terms(text) for _a, _b, cs in found for c in cs}


@pytest.mark.parametrize(("text", "wanted"), [
    ("Kërkohet autentikimi para dërgimit", {"SMTPAUTH", "REQUIRED"}),  # sq: authentication, required
    ("Cal autenticació per enviar", {"SMTPAUTH"}),  # ca
    ("Zahtevana je overitev uporabnika", {"SMTPAUTH", "REQUIRED"}),  # sl: required
    ("ავთენტიკაცია ვერ მოხერხდა", {"SMTPAUTH"}),  # ka
    ("Tapatybės tikrinimo klaida", {"SMTPAUTH"}),  # lt
    ("Ուղարկելու համար պետք է իսկորոշել", {"SMTPAUTH"}),  # hy
    ("A ligação expirou", {"CONNECTION", "TIME_UP"}),  # pt
])
def test_the_words_name_their_concepts(text: str, wanted: set[str]) -> None:
    # Words the model already reads right in these sentences, checked where they are read: as concepts.
    assert wanted <= _concepts(text)
