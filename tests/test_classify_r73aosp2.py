"""Round 73 (r73aosp2): words of Android's Email app (AOSP packages/apps/Email) for why a connection to the mail
server failed, read in Czech, Bulgarian, Dutch, Norwegian, Arabic and Lithuanian (`_R73_AOSP2_WORDS`).

Each sentence is our own wording of the meaning a word names, not a corpus text; each is read by a concept rule
(`by_concept`), so a test fails when its word is gone even if the model would guess the same reason.
"""

from __future__ import annotations

import pytest
from rule_reading import by_concept

from bouncelib import Reason

# Security named as the cause of the failure (SECURITY_CAUSE).
SECURITY_CAUSE = [
    "Příčinou je chyba zabezpečení.",
    "Изпращането спря заради грешка със сигурността.",
    "Het bericht is niet verstuurd door een beveiligingsfout.",
    "Sendingen stoppet på grunn av sikkerhetsfeil.",
    "توقف الإرسال بسبب خطأ في الأمان.",
    "Laiškas neišsiųstas dėl saugos klaidos.",
]

# A secure connection (TLS) that could not be made, or TLS required (REQUIRED).
TLS = [
    "Telefon nelze bezpečně připojit k poštovnímu serveru.",
    "Не може да се отвори безопасна връзка с пощенския сървър.",
    "Kan geen veilige verbinding met de mailserver opzetten.",
    "Kan ikke etablere sikker tilkobling mot e-postserveren.",
    "تعذر التواصل مع خادم البريد بأمان.",
    "Šiuo metu negalima saugiai prisijungti prie pašto serverio.",
    "Šifrování TLS je požadováno.",
    "TLS er påkrevd for denne kontoen.",
    "يلزم استخدام TLS مع هذا الخادم.",
]

# Authentication and the password (SMTPAUTH).
AUTH = [
    "Server nenabízí metody ověřování, které aplikace zná.",
    "De server biedt geen bruikbare verificatiemethoden aan.",
    "كلمة المرور التي أدخلتها مرفوضة.",
    "Serveren godtar ingen av autentiseringsmetodene.",
]


@pytest.mark.parametrize("text", SECURITY_CAUSE)
def test_security_cause(text: str) -> None:
    assert by_concept(text) is Reason.SECURITYERROR


@pytest.mark.parametrize("text", TLS)
def test_secure_connection(text: str) -> None:
    assert by_concept(text) is Reason.FAILEDSTARTTLS


@pytest.mark.parametrize("text", AUTH)
def test_authentication(text: str) -> None:
    assert by_concept(text) is Reason.SECURITYERROR


def test_lithuanian_impossible() -> None:
    """Lithuanian "neįmanoma" (it is impossible) with a connection: the connection could not be made."""
    assert by_concept("Šiuo metu neįmanoma užmegzti ryšio su pašto serveriu.") is Reason.NETWORKERROR


def test_norwegian_cannot() -> None:
    """Norwegian "kan ikke" (cannot) with a secure connection: TLS could not be set up."""
    assert by_concept("Appen kan ikke bruke en sikker tilkobling nå.") is Reason.FAILEDSTARTTLS


def test_norwegian_connect() -> None:
    """Norwegian "koble til" (to connect to) after "kan ikke" (cannot): no connection to the server."""
    assert by_concept("Appen kan ikke koble til e-postserveren.") is Reason.NETWORKERROR


def test_lithuanian_cannot() -> None:
    """Lithuanian "negali" (cannot) with connecting: the app could not connect."""
    assert by_concept("Programa šiuo metu negali prisijungti prie pašto serverio.") is Reason.NETWORKERROR
