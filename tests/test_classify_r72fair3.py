"""Meanings written from the tuning misses of an Android mail client's own send and connection errors in more of its
translations (round r72fair3: the tuning rows of corpus/replies/real/r72-r72fair3-catalogues.jsonl, FairEmail's
strings.xml in Belarusian and Bosnian), each tested in wordings of our own; every case must be read by a concept rule,
not by the model."""

from __future__ import annotations

import pytest
from rule_reading import by_concept

from bouncelib import Reason


def test_belarusian_authentication_required_is_securityerror() -> None:
    # be: to send mail one must (it is necessary to) go through authentication (accusative).
    assert by_concept("Для адпраўкі пошты неабходна прайсці аўтэнтыфікацыю.") is Reason.SECURITYERROR


def test_belarusian_exceeds_said_of_a_size_is_mesgtoobig() -> None:
    # be: the letter (30 MB) exceeds the allowed size (10 MB).
    assert by_concept("Ліст (30 MB) перавышае дазволены памер (10 MB).") is Reason.MESGTOOBIG


@pytest.mark.parametrize("text", [
    "Сервер мае праблемны сертыфікат.",  # be: the server has a problematic certificate
    "Злучэнне адхілена: праблема з сертыфікатам сервера.",  # be: connection refused: a problem with the certificate
    "Server ima problematičan certifikat.",  # bs: the server has a problematic certificate
])
def test_a_problem_said_of_the_certificate_is_failedstarttls(text: str) -> None:
    # CERT+FAULT: the certificate did not pass the client's check, so the secure connection was not set up.
    assert by_concept(text) is Reason.FAILEDSTARTTLS


def test_bosnian_larger_than_said_of_a_message_is_mesgtoobig() -> None:
    # bs: the message (30 MB) is larger than the allowed size (10 MB).
    assert by_concept("Poruka (30 MB) je veća od dozvoljene veličine (10 MB).") is Reason.MESGTOOBIG


@pytest.mark.parametrize("text", [
    "Uređaj nema internet konekciju.",  # bs: the device has no internet connection
    "Nema internet konekcije.",  # bs: there is no internet connection
])
def test_the_bosnian_internet_connection_named_is_networkerror(text: str) -> None:
    assert by_concept(text) is Reason.NETWORKERROR
