"""Round 74 (r74aosp3): words of Android's Email app (AOSP packages/apps/Email) for why a connection to the mail
server failed, read in Persian, Indonesian and Slovenian (`_R74_AOSP3_WORDS`).

Each sentence is our own wording of the meaning a word names, not a corpus text; each is read by a concept rule
(`by_concept`), so a test fails when its word is gone even if the model would guess the same reason.
"""

from __future__ import annotations

import pytest
from rule_reading import by_concept

from bouncelib import Reason

# Security named as the cause of the failure (SECURITY_CAUSE).
SECURITY_CAUSE = [
    "ارسال به دلیل خطای امنیتی متوقف شد.",
    "Pengiriman gagal karena kesalahan keamanan.",
    "Pesan tidak terkirim akibat galat keamanan.",
    "Sporočilo ni bilo poslano zaradi varnostne napake.",
    "Vzrok je varnostna napaka.",
]

# A secure connection (TLS) that could not be made, or TLS required (REQUIRED).
TLS = [
    "برقراری اتصال امن با سرور ایمیل امکان پذیر نیست.",
    "Aplikacija se ne more varno povezati s poštnim strežnikom.",
    "برای این حساب TLS لازم است.",
]

# Authentication and the password (SMTPAUTH).
AUTH = [
    "رمز عبور اشتباه است.",
    "رمز ورود پذیرفته نشد.",
    "سرور تأیید اعتبار را رد کرد.",
    "Strežnik je zavrnil preverjanje pristnosti.",
    "Med prijavo je prišlo do napake preverjanja pristnosti.",
    "Nama pengguna atau sandi yang Anda masukkan tidak cocok.",
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


def test_persian_not_possible() -> None:
    """Persian "امکان پذیر نیست" (it is not possible) with a connection: the connection could not be made."""
    assert by_concept("برقراری اتصال با سرور ایمیل امکان پذیر نیست.") is Reason.NETWORKERROR
