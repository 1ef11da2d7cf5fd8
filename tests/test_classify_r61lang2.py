"""Meanings written from the tuning misses of mail clients' send errors in Croatian, Bosnian, Serbian, Lithuanian,
Latvian, Finnish, Hungarian, Malay, Indonesian, Esperanto, Estonian and Slovenian (round r61lang2: the tuning rows
of corpus/replies/real/r61-r61lang2-catalogues.jsonl), each tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "Greška povezivanja s poslužiteljem pošte",  # hr
    "Klaida jungiantis prie pašto serverio smtp.example.net",  # lt
    "Kļūda savienojoties ar pasta serveri smtp.example.net",  # lv
    "Ralat menyambung ke pelayan mel smtp.example.net",  # ms
    "Galat menyambung ke server surat smtp.example.net",  # id
    "Eraro de konekto al la poŝtservilo",  # eo
])
def test_an_error_while_connecting_is_a_network_error(text: str) -> None:
    # CONNECTION with ERROR one or two words apart: the connecting went wrong.
    assert parse_reply(text).reason is Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "Izgubljena je veza s poslužiteljem",  # hr
])
def test_a_connection_lost_in_croatian(text: str) -> None:
    assert parse_reply(text).reason is Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "Poštanski poslužitelj ne podržava TLS",  # hr
    "Поштански сервер не подржава СТАРТТЛС",  # sr (Cyrillic)
    "La poŝtservilo ne subtenas TLS",  # eo
    "TLS ne disponeblas ĉe ĉi tiu servilo",  # eo
    "Postiserver ei toeta TLS ühendust",  # et
    "Sellel serveril TLS pole saadaval",  # et
    "TLS ei ole tuettu tällä palvelimella",  # fi
    "Server surat tidak mendukung TLS",  # id
    "Pašto serveris nepalaiko TLS",  # lt
    "Pasta serveris neatbalsta TLS",  # lv
    "Pelayan mel tidak menyokong TLS",  # ms
    "A levelezőkiszolgáló nem támogatja a TLS titkosítást",  # hu
    "Na ovom serveru TLS nije dostupan",  # bs
])
def test_tls_the_server_does_not_offer_is_a_failed_starttls(text: str) -> None:
    # TLS with UNAVAILABLE ("does not support", "not available").
    assert parse_reply(text).reason is Reason.FAILEDSTARTTLS


@pytest.mark.parametrize("text", [
    "Ĉi tiu servilo rifuzis la aŭtentiga peton",  # eo
    "Palvelin ei hyväksynyt tunnistautumistapa",  # fi
    "Neuspjeh ovjere korisnika",  # hr
    "Serveris atmetė tapatybės patvirtinimo būdą",  # lt
    "Neuspelo potvrđivanje identiteta korisnika",  # sr (Latin)
    "Neuspješna provjera identiteta korisnika",  # bs
    "Strežnik ni sprejel overitve uporabnika",  # sl
    "A kiszolgáló elutasította a hitelesítést",  # hu
])
def test_logging_in_is_a_security_error(text: str) -> None:
    # SMTPAUTH: a refusal about logging in (RFC 4954).
    assert parse_reply(text).reason is Reason.SECURITYERROR


@pytest.mark.parametrize("text", [
    "Lähetettävässä viestissä ei ole vastaanottajia",  # fi
    "Sellel kirjal pole saajaid",  # et
    "A levélnek nincsenek címzettjei megadva",  # hu
    "To sporočilo nima prejemnikov",  # sl
    "Ova poruka nema primalaca",  # sr (Latin)
    "Ова порука нема прималаца",  # sr (Cyrillic)
])
def test_a_message_with_no_recipients_is_a_syntax_error(text: str) -> None:
    # NONE_ACCEPTED: no recipient for the transaction (LABELING's "No valid recipients").
    assert parse_reply(text).reason is Reason.SYNTAXERROR


def test_a_size_over_the_limit_in_lithuanian() -> None:
    assert parse_reply("Laiškas viršija serverio leistiną dydį").reason is Reason.MESGTOOBIG


@pytest.mark.parametrize("text", [
    "Greška: nije moguće pročitati listu primaoca poruke",  # bs
    "Не успеав да ја испарсирам листата на примачи за пораката",  # mk
    "Gabim: s’arrihet të përtypet lista e marrësve së mesazhit",  # sq
    "Unable to parse the recipients list of this message",  # en
])
def test_a_recipients_list_that_cannot_be_parsed_is_a_syntax_error(text: str) -> None:
    # RCPT_LIST with UNPARSED: the addresses cannot be read out of the list.
    assert parse_reply(text).reason is Reason.SYNTAXERROR


@pytest.mark.parametrize(("text", "reason"), [
    ("Lidhja me shërbyesin e postës dështoi", Reason.NETWORKERROR),  # sq
    ("Mirëfilltësimi te shërbyesi i postës dështoi", Reason.SECURITYERROR),  # sq
    ("Madhësia e letrës tejkalon kufirin e shërbyesit", Reason.MESGTOOBIG),  # sq
    ("Shërbyesi nuk pranon adresa me unikod", Reason.CONTENTERROR),  # sq
])
def test_albanian_words_of_a_send_failure(text: str, reason: Reason) -> None:
    assert parse_reply(text).reason is reason


@pytest.mark.parametrize("text", [
    "Poruka odbijena: nedovoljno prostora na sistemu",  # bs / sr (Latin)
    "Пораката е одбиена: недостаток на системско складиште",  # mk
])
def test_the_systems_storage_short_is_systemfull(text: str) -> None:
    # Read by the concept's words, not left to the model (which knows some of these words already).
    r = parse_reply(text)
    assert (r.reason, r.rule) == (Reason.SYSTEMFULL, "concept:DISKFULL")


@pytest.mark.parametrize("text", [
    "Odbijeno: ime poštanskog sandučeta nije dozvoljeno",  # bs / sr (Latin)
    "Одбиено: името на сандачето не е дозволено",  # mk
])
def test_a_mailbox_name_not_allowed_is_a_syntax_error(text: str) -> None:
    assert parse_reply(text).reason is Reason.SYNTAXERROR


@pytest.mark.parametrize("text", [
    "Odbijeno: poštansko sanduče je nedostupno",  # sr (Latin)
    "Odbijeno: nedostupno poštansko sanduče",  # bs
    "Одбиено: сандачето е недостапно",  # mk
])
def test_a_mailbox_unavailable_is_an_unknown_recipient(text: str) -> None:
    # The vague pair RCPT+UNAVAILABLE (WEAK_RULES), with the language's copula between.
    r = parse_reply(text)
    assert (r.reason, r.hard_bounce) == (Reason.USERUNKNOWN, True)


def test_storage_allocation_exceeded_in_macedonian_is_a_full_mailbox() -> None:
    assert parse_reply("Одбиено: надминато е алоцирањето на складиштето").reason is Reason.MAILBOXFULL


def test_the_service_not_available_in_bosnian_is_a_system_error() -> None:
    assert parse_reply("Odgovor servera: servis nije dostupan").reason is Reason.SYSTEMERROR


@pytest.mark.parametrize(("text", "reason"), [
    ("Slanje odbijeno: autentifikacija je neophodna", Reason.SECURITYERROR),  # bs
    ("Za ovaj način prijave neophodno je šifrovanje veze", Reason.FAILEDSTARTTLS),  # bs / sr (Latin)
])
def test_bosnian_logging_in_and_encryption_required(text: str, reason: Reason) -> None:
    # Read by a pair of concepts (the model knows "autentifikacija" already and would answer without them).
    r = parse_reply(text)
    assert r.reason is reason
    assert r.rule.startswith("concept:")
    assert r.rule.endswith("+REQUIRED")


@pytest.mark.parametrize("text", [
    "Unable to reach the outgoing mail server; the message stays queued",  # en
    "Outgoing mail server not reachable at the moment",  # en
    "A kimenő kiszolgáló nem érhető el, a levél a postázandók között marad",  # hu
])
def test_a_server_that_cannot_be_reached_is_a_network_error(text: str) -> None:
    assert parse_reply(text).reason is Reason.NETWORKERROR
