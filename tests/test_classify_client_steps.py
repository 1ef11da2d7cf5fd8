"""The client's own steps read in any language (round r81client).

A mail program's translated error keeps the protocol's names (TLS, STARTTLS, SSL, AUTH, SASL, a mechanism,
connect()) whatever language the rest is in; a certificate named is the TLS step's; an address quoted with two
"@" is no address; Thai is read a letter at a time. Each case below was `onhold` (or another reason) before.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_reply


@pytest.mark.parametrize(
    ("text", "reason", "rule"),
    [
        # gnome-online-accounts' "TLS not available" in Irish: no Irish word is read, the protocol's name is.
        ("Níl TLS ar fáil", "failedstarttls", "named:tls"),
        # The name glued to a Korean particle ("SSL이"): only Latin letters part it from a longer word.
        ("SSL이 허용 가능한 최대 길이를 넘은 레코드를 받았습니다.", "failedstarttls", "named:tls"),
        ("La session TLS a été bizarre", "failedstarttls", "named:tls"),
        # A SASL mechanism's name, in capitals as the protocol writes it.
        ("Server ne podržava „PLAIN“", "securityerror", "named:auth"),
        # PHPMailer's smtp_connect_failed: the system call's name in every language file.
        ("SMTP Connect() غير ممكن.", "networkerror", "named:connect"),
        ("foo ETIMEDOUT bar", "networkerror", "named:connect"),
        # A certificate named and nothing else read.
        ("Le certificat du serveur est bizarre", "failedstarttls", "named:certificate"),
        # Horde IMP's "Invalid email address (%s)" in Basque, filled with an address that is none.
        ("Helbide elektronikoa ez da baliozkoa (user@example.com@).", "syntaxerror", "address-malformed"),
        ("mail for bob@ failed", "syntaxerror", "address-malformed"),
    ],
)
def test_a_named_step_reads_when_no_word_did(text: str, reason: str, rule: str) -> None:
    reply = parse_reply(text)
    assert (str(reply.reason), reply.rule) == (reason, rule)


def test_a_url_scheme_is_no_tls_step() -> None:
    # PHP's stream transport "ssl://host:465" names what was asked for; the connection failed.
    reply = parse_reply("Unable to connect to ssl://smtp.example.com:465")
    assert str(reply.reason) == "networkerror"
    assert "tls" not in reply.rule


def test_a_well_formed_address_says_nothing_of_its_form() -> None:
    assert parse_reply("Helbide elektronikoa ez da baliozkoa (user@example.com).").rule != "address-malformed"


def test_a_client_certificate_required_is_no_tls_failure() -> None:
    assert str(parse_reply("Certificat client requis.").reason) != "failedstarttls"


def test_a_connection_failure_in_a_text_naming_tls_is_the_tls_sessions() -> None:
    # CANNOT's nearest subject is "session" (CONNECTION); the session is the STARTTLS one.
    reply = parse_reply("Impossible d'initier la session STARTTLS.")
    assert str(reply.reason) == "failedstarttls"
    assert reply.rule.endswith(";tls-named")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # GLib's Thai catalogue's words: "The connection is closed", "Could not connect: ", "HTTP proxy
        # authentication failed" said of the server. Thai writes no space between words.
        ("การเชื่อมต่อถูกปิดไปแล้ว", "networkerror"),
        ("ไม่สามารถเชื่อมต่อ: smtp.example.com", "networkerror"),
        ("ยืนยันตัวบุคคลกับเซิร์ฟเวอร์ไม่สำเร็จ", "securityerror"),
    ],
)
def test_thai_is_read_a_letter_at_a_time(text: str, reason: str) -> None:
    reply = parse_reply(text)
    assert str(reply.reason) == reason
    assert reply.rule.startswith("concept:")
