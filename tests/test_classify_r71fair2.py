"""Meanings written from the tuning misses of an Android mail client's own send and connection errors in more of its
translations (round r71fair2: the tuning rows of corpus/replies/real/r71-r71fair2-catalogues.jsonl, FairEmail's
strings.xml), each tested in wordings of our own; every case must be read by a concept rule, not by the model."""

from __future__ import annotations

import pytest
from rule_reading import by_concept

from bouncelib import Reason


@pytest.mark.parametrize("text", [
    "サーバーの証明書に問題があります。",  # ja: there is a problem with the server's certificate
    "伺服器憑證有問題。",  # zh (traditional): the server certificate has a problem
    "서버 인증서에 문제가 있습니다.",  # ko: there is a problem with the server certificate
    "Ada masalah pada sertifikat server.",  # id: there is a problem with the server certificate
    "Υπάρχει πρόβλημα στο πιστοποιητικό.",  # el: there is a problem in the certificate
    "Certificados com problemas: ligação recusada.",  # pt: certificates with problems: connection refused
])
def test_a_problem_said_of_the_certificate_is_failedstarttls(text: str) -> None:
    # CERT+FAULT: the certificate did not pass the client's check, so the secure connection was not set up.
    assert by_concept(text) is Reason.FAILEDSTARTTLS


def test_invalid_certificates_in_the_slovak_instrumental_are_failedstarttls() -> None:
    # sk: connections to servers with invalid certificates are not supported (CERT+UNKNOWN).
    assert by_concept("Spojenia so servermi s neplatnými certifikátmi nie sú podporované.") is Reason.FAILEDSTARTTLS


@pytest.mark.parametrize("text", [
    "Serveril on sertifikaadiprobleem.",  # et: the server has a certificate problem
    "Ühendus katkes sertifikaadiprobleemidega.",  # et: the connection broke off with certificate problems
])
def test_an_estonian_certificate_problem_compound_is_failedstarttls(text: str) -> None:
    assert by_concept(text) is Reason.FAILEDSTARTTLS


@pytest.mark.parametrize("text", [
    "Seadmel puudub internetiühendus.",  # et: the device lacks an internet connection
    "Perangkat tidak memiliki koneksi internet.",  # id: the device has no internet connection
    "Zariadenie nemá prístup na internet.",  # sk: the device has no access to the internet
])
def test_the_internet_connection_named_is_networkerror(text: str) -> None:
    assert by_concept(text) is Reason.NETWORKERROR


def test_traditional_chinese_authentication_required_is_securityerror() -> None:
    # zh (traditional): identity verification (authentication) is required before sending.
    assert by_concept("寄信前需要身份驗證。") is Reason.SECURITYERROR


@pytest.mark.parametrize("text", [
    "Ο χρήστης πρέπει να ταυτοποιηθεί πρώτα.",  # el: the user must be authenticated first
    "Pengguna harus diautentikasi terlebih dahulu.",  # id: the user must be authenticated first
])
def test_authentication_said_as_a_duty_is_securityerror(text: str) -> None:
    assert by_concept(text) is Reason.SECURITYERROR


@pytest.mark.parametrize("text", [
    "Το μήνυμα είναι μεγαλύτερο από 10 MB.",  # el: the message is larger than 10 MB
    "Sporočilo je večje od dovoljenega.",  # sl: the message is larger than allowed
    "Thư này lớn hơn mức cho phép.",  # vi: this message is larger than allowed
    "Sõnum on suurem kui lubatud.",  # et: the message is larger than allowed
    "Veľkosť prílohy je väčšia než povolená.",  # sk: the attachment's size is larger than allowed
])
def test_larger_than_said_of_the_message_is_mesgtoobig(text: str) -> None:
    assert by_concept(text) is Reason.MESGTOOBIG
