"""Round 75 (r75aosp4): words of Android's Email app (AOSP packages/apps/Email) for why a connection to the mail
server failed, read in Macedonian, Zulu and Armenian (`_R75_AOSP4_WORDS`).

Each sentence is our own wording of the meaning a word names, not a corpus text; each is read by a concept rule
(`by_concept`), so a test fails when its word is gone even if the model would guess the same reason.
"""

from __future__ import annotations

import pytest
from rule_reading import by_concept

from bouncelib import Reason

# The password or the authentication methods (SMTPAUTH): credentials refused.
AUTH = [
    "Лозинката не е точна.",
    "Iphasiwedi oyifakile ayilungile.",
    "Sicela uhlole igama lomsebenzisi nephasiwedi.",
    "Iseva ayinazo izindlela zokuqinisekisa ezifanele.",
    "Սերվերը մերժեց նույնականացումը:",
    "Նույնականացման տվյալները սխալ են:",
]

# A connection that cannot or could not be made (CONNECTION+CANNOT).
NETWORK = [
    "Апликацијата не може да се поврзе со поштенскиот сервер.",
    "Не можеше да се воспостави врска со поштенскиот сервер.",
    "Ifoni ayikwazi ukuxhuma ku-inthanethi.",
    "Uhlelo ayikwazanga ukuvula uxhumano.",
    "Փոստի սերվերի հետ միացումը հնարավոր չէ:",
    "Հնարավոր չէ հաստատել միացում փոստային սերվերին:",
]

# Connecting securely (TLS) that cannot be done, or TLS required (REQUIRED).
TLS = [
    "Безбедно поврзување со серверот не може да се воспостави.",
    "За оваа сметка потребен е TLS.",
    "Ifoni ayikwazi ukuxhuma ngokuphephile.",
    "Kule seva i-TLS iyadingeka.",
    "Փոստային սերվերի հետ ապահով կապ հնարավոր չէ:",
    "Այս հաշվի համար պահանջվում է TLS:",
]

# Security named as the cause (SECURITY_CAUSE).
SECURITY_CAUSE = [
    "Пораката не е испратена поради безбедносна грешка.",
    "Испраќањето запре поради грешка на безбедност.",
    "Umyalezo awuthunyelwanga ngenxa yephutha lokuphepha.",
    "Akukwazeki ukuqhubeka ngenxa yezimfuneko zokuphepha.",
    "Նամակը չուղարկվեց անվտանգության սխալի պատճառով:",
    "Անվտանգության պահանջներ չեն բավարարվել:",
]

# Synchronizing the account refused for want of permission (SYNC+REFUSED).
SYNC_REFUSED = [
    "Вашата сметка не се синхронизира бидејќи немате дозвола.",
    "Ikhalenda alikwazi ukuvumelanisa ngoba awunayo imvume.",
    "Օրացույցի համաժամեցում չի արվում, քանի որ թույլտվություն չունեք:",
]


@pytest.mark.parametrize("text", AUTH)
def test_authentication(text: str) -> None:
    assert by_concept(text) is Reason.SECURITYERROR


@pytest.mark.parametrize("text", NETWORK)
def test_no_connection(text: str) -> None:
    assert by_concept(text) is Reason.NETWORKERROR


@pytest.mark.parametrize("text", TLS)
def test_secure_connection(text: str) -> None:
    assert by_concept(text) is Reason.FAILEDSTARTTLS


@pytest.mark.parametrize("text", SECURITY_CAUSE)
def test_security_cause(text: str) -> None:
    assert by_concept(text) is Reason.SECURITYERROR


@pytest.mark.parametrize("text", SYNC_REFUSED)
def test_sync_refused(text: str) -> None:
    assert by_concept(text) is Reason.SECURITYERROR
