"""Meanings written from the tuning misses of a mail app's translated errors (round r64mua: the tuning rows of
corpus/replies/real/r64-r64mua-catalogues.jsonl, Thunderbird for Android / K-9 Mail's strings.xml), each tested
in wordings of our own; every case must be read by a concept rule, not by the model."""

from __future__ import annotations

import pytest
from rule_reading import by_rule as _by_rule

from bouncelib import Reason


@pytest.mark.parametrize("text", [
    "The server certificate error stopped the session",  # en: CERT+ERROR, the new pair
    "Fel i certifikatet för smtp.example.net",  # sv: fel ... certifikatet
    "Chyba v certifikátu serveru smtp.example.net",  # cs: chyba ... certifikátu
    "smtp.example.net の証明書にエラーがあります",  # ja: 証明書 ... エラー
    "服务器证书错误，无法发送",  # zh: 证书 错误
    "Σφάλμα στο πιστοποιητικό του διακομιστή",  # el
    "Klaida serverio sertifikato patikroje",  # lt
    "خطا در گواهی سرور",  # fa
    "Shërbyesi dha gabim dëshmie",  # sq
    "Villa í skilríki netþjóns",  # is
    "Certificaatfout bij de server",  # nl: one word
    "Tanúsítványhiba a kiszolgálón",  # hu: one word
])
def test_a_certificate_error_is_failedstarttls(text: str) -> None:
    # RFC 3207: the server's certificate failed the client's check, so no TLS session was set up.
    assert _by_rule(text) is Reason.FAILEDSTARTTLS


@pytest.mark.parametrize("text", [
    "Wystąpił błąd połączenia z serwerem",  # pl
    "Kapcsolódási hiba történt",  # hu
    "حدث خطأ في الإتصال بالخادم",  # ar
    "Earráid naisc leis an bhfreastalaí",  # ga
    "Памылка злучэння з серверам",  # be
    "خطای اتصال به سرور",  # fa
])
def test_a_connection_error_is_a_network_error(text: str) -> None:
    # RFC 3463 X.4.2 bad connection: an error said of the connection.
    assert _by_rule(text) is Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "No se pudo iniciar sesión en el servidor de correo",  # es: could not log in
    "Authentificare eșuată la server",  # ro
    "邮件服务器身份验证失败",  # zh
    "Overjanje na strežniku je spodletelo",  # sl
    "فشلت المصادقة مع الخادم",  # ar
    "Няўдалая аўтарызацыя на серверы",  # be
    "सर्वर पर ऑथेंटिकेशन नहीं हुआ",  # hi
    "Sunucuda kimlik doğrulanamadı",  # tr
])
def test_a_failed_login_is_a_security_error(text: str) -> None:
    # RFC 4954 section 6 (535 5.7.8): the server did not accept the client's credentials.
    assert _by_rule(text) is Reason.SECURITYERROR
