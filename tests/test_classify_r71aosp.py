"""Round 71 (r71aosp): words of Android's own Email app (AOSP packages/apps/Email) for why an account check or a
connection to the mail server failed, read by meaning. Each case is written here in our own words (not a corpus
text) and must be read by a concept rule, not by the model's guess (tests/rule_reading.py)."""

from __future__ import annotations

import pytest
from rule_reading import by_concept

from bouncelib import Reason, parse_reply

# Security named as what stopped the connection or the sync (SECURITY_CAUSE, alone: securityerror).
SECURITY_CAUSE = [
    "La synchronisation a échoué à cause d'une erreur de sécurité.",
    "Invio interrotto: errore di sicurezza durante il collegamento.",
    "Le compte ne respecte pas les exigences de sécurité du serveur.",
    "Postitusta ei voitu jatkaa suojausvirheen vuoksi.",
    "Sunucu ile eşitleme güvenlik gereksinimleri yüzünden durduruldu.",
    "メール送信中にセキュリティエラーが発生しました。",
    "보안 오류로 메일을 보내지 못했습니다.",
    "Trimiterea a eşuat din cauza unei erori de securitate.",
]

# A secure connection (TLS) that cannot be made, and TLS required or not supported: failedstarttls.
TLS_CASES = [
    "Impossible d'ouvrir une connexion sécurisée vers le serveur de messagerie.",
    "Suojattua yhteyttä ei voi avata postipalvelimeen.",
    "Шифрование TLS не поддерживается этим почтовым сервером.",
    "Este servidor de correio: TLS não suportado.",
    "此郵件伺服器不支援 TLS。",
    "TLS được yêu cầu cho máy chủ thư này.",
    "El servidor de correu diu que TLS és necessari.",
]

# Authentication named by these words (SMTPAUTH alone: securityerror).
AUTH_CASES = [
    "Todennustapoja ei voitu käyttää tällä palvelimella.",
    "郵件伺服器拒絕了這些驗證方法。",
    "Şifre kabul edilmedi.",
    "Zaporka za ovaj račun nije prihvaćena.",
]

# A connection that could not be opened (CONNECTION + CANNOT: networkerror).
CONNECT_CASES = [
    "मेल सर्वर का कनेक्शन खोला नहीं जा सका.",
    "Nije bilo moguće otvoriti vezu prema poslužitelju pošte.",
]


@pytest.mark.parametrize("text", SECURITY_CAUSE)
def test_security_named_as_the_cause(text: str) -> None:
    assert by_concept(text) == Reason.SECURITYERROR
    assert "SECURITY_CAUSE" in (parse_reply(text).rule or "")


@pytest.mark.parametrize("text", TLS_CASES)
def test_secure_connection_words(text: str) -> None:
    assert by_concept(text) == Reason.FAILEDSTARTTLS


@pytest.mark.parametrize("text", AUTH_CASES)
def test_authentication_words(text: str) -> None:
    assert by_concept(text) == Reason.SECURITYERROR


@pytest.mark.parametrize("text", CONNECT_CASES)
def test_connection_could_not_be_opened(text: str) -> None:
    assert by_concept(text) == Reason.NETWORKERROR


# The account refused synchronization with its own server (SYNC + REFUSED: securityerror).
SYNC_REFUSED = [
    "Ce compte n'est pas autorisé à synchroniser le courrier.",
    "Utente non sei autorizzato: sincronizzazione della posta bloccata.",
    "Для этого аккаунта нет разрешения на синхронизацию почты.",
    "Bu hesap için senkronizasyon izniniz yok.",
    "Tällä tilillä ei ole lupaa synkronoida postia.",
    "メールを同期する権限がありません。",
]


@pytest.mark.parametrize("text", SYNC_REFUSED)
def test_sync_refused(text: str) -> None:
    assert by_concept(text) == Reason.SECURITYERROR
    assert (parse_reply(text).rule or "").startswith("concept:SYNC+REFUSED")
