"""Meanings written from the tuning misses of an Android mail client's own send and connection errors (round r70fair:
the tuning rows of corpus/replies/real/r70-r70fair-catalogues.jsonl, FairEmail's strings.xml in its translations),
each tested in wordings of our own; every case must be read by a concept rule, not by the model."""

from __future__ import annotations

import pytest
from rule_reading import by_concept

from bouncelib import Reason


@pytest.mark.parametrize("text", [
    "There were certificate problems with mail.example.org",  # en
    "Conexión cancelada: problema de certificado.",  # es: connection cancelled: certificate problem
    "Connessione annullata: problema di certificato.",  # it
    "Verbinding afgebroken: certificaat probleem.",  # nl: connection aborted: certificate problem
    "Wystąpił problem z certyfikatami serwera.",  # pl: a problem occurred with the server's certificates
    "Проблема сертификата на сервере.",  # ru: a problem of the certificate on the server
    "Sunucuda sertifika sorunları var.",  # tr: the server has certificate problems
    "Tanúsítvány probléma lépett fel.",  # hu: a certificate problem occurred
])
def test_a_problem_said_of_the_certificate_is_failedstarttls(text: str) -> None:
    # CERT+FAULT: the certificate did not pass the client's check, so the secure connection was not set up.
    assert by_concept(text) is Reason.FAILEDSTARTTLS


@pytest.mark.parametrize("text", [
    "Zertifikatsproblem beim Verbindungsaufbau.",  # de: certificate problem while connecting
    "Certifikatproblem hos servern.",  # sv: certificate problem at the server
    "Palvelimen sertifikaattiongelma.",  # fi: the server's certificate problem
])
def test_a_certificate_problem_in_one_compound_word_is_failedstarttls(text: str) -> None:
    assert by_concept(text) is Reason.FAILEDSTARTTLS


@pytest.mark.parametrize("text", [
    "The device has no internet connection.",  # en
    "Derzeit keine Internetverbindung verfügbar.",  # de: no internet connection available at the moment
    "Ingen internetuppkoppling tillgänglig.",  # sv
    "Отсутствие интернет-подключения.",  # ru: absence of an internet connection
    "Pas de connexion internet.",  # fr
    "Manca la connessione a internet.",  # it
    "Sem conexão de internet no momento.",  # pt
    "Geen internet verbinding beschikbaar.",  # nl
    "Niedostępność połączenia internetowego.",  # pl: unavailability of the internet connection
    "Cihazda internet bağlantısı yok.",  # tr: the device has no internet connection
    "Nincs internet kapcsolat.",  # hu
    "Mobil dataforbindelse mangler.",  # da: mobile data connection missing
    "Verkkoyhteys katkesi.",  # fi: the network connection broke off
])
def test_the_internet_connection_named_is_networkerror(text: str) -> None:
    # The device's network link is what failed, between the client and its server.
    assert by_concept(text) is Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "Le compte doit être authentifié à nouveau.",  # fr: the account must be authenticated again
    "Hesap kimliğinin onaylanması gerekli.",  # tr: the account's identity must be confirmed
    "A levél küldéséhez be kell jelentkeznie.",  # hu: to send the message you must log in
    "Lähettääksesi sinun täytyy tunnistautua.",  # fi: to send you must authenticate yourself
])
def test_an_account_to_be_authenticated_is_securityerror(text: str) -> None:
    assert by_concept(text) is Reason.SECURITYERROR
