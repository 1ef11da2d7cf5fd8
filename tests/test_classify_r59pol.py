"""Round 59 (r59pol): meanings the classifier had, in words or cases it did not reach.

* A content filter's "content type" and "file extension" in European Portuguese ("ficheiro", "tipo do
  conteúdo"), Spanish ("fichero", "archivo") and Japanese katakana (コンテンツタイプ): the site's rule on kinds
  of content, policyviolation, as the words of the other languages already were.
* A "blank" sender is the null reverse path, as an empty or null sender is.
* Extortion mail (blackmail, sextortion) is a scam by its content: spamdetected, as "scam" is.
* Mail clients' notices of a TLS connection that could not be opened (Danish, Turkish, Greek): failedstarttls;
  of a login to the server that failed or whose method is refused (Slovak, Ukrainian, Basque): securityerror.

Texts written for these tests, not copied from the corpus.
"""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "A mensagem foi recusada: o tipo do conteúdo não é aceite nesta lista.",
    "Recusado: esta extensão de ficheiro não é permitida aqui.",
    "Mensaje devuelto: la extensión de fichero está prohibida en este servidor.",
    "Rechazado porque el tipo de contenido no está admitido.",
    "このコンテンツタイプのメールは受け付けられません。",
])
def test_content_type_and_file_extension_abroad_are_policyviolation(text: str) -> None:
    r = parse_reply(text)
    assert r.reason is Reason.POLICYVIOLATION
    assert r.rule is not None
    assert "ATTACHMENT" in r.rule


def test_blank_sender_refused_is_policyviolation() -> None:
    r = parse_reply("550 Mail with a blank sender is not accepted by this host")
    assert r.reason is Reason.POLICYVIOLATION
    assert r.rule == "concept:BOUNCE_MSG+REFUSED"


@pytest.mark.parametrize("text", [
    "554 Your message looks like a sextortion attempt and was refused",
    "550 Refused: blackmail content",
])
def test_extortion_content_is_spamdetected(text: str) -> None:
    r = parse_reply(text)
    assert r.reason is Reason.SPAMDETECTED
    assert r.rule == "concept:SPAM"


@pytest.mark.parametrize("text", [
    "Kunne ikke åbne forbindelsen med TLS til mailserveren.",
    "Posta sunucusuna TLS bağlantısı kurulamadı.",
    "Αδυναμία δημιουργίας ασφαλούς σύνδεσης με τον διακομιστή αλληλογραφίας.",
])
def test_tls_connection_not_opened_abroad_is_failedstarttls(text: str) -> None:
    r = parse_reply(text)
    assert r.reason is Reason.FAILEDSTARTTLS
    assert r.rule == "concept:TLS+FAILED"


@pytest.mark.parametrize("text", [
    "Overenie na serveri zlyhalo, skontrolujte heslo.",
    "Server odmietol zvolenú metódu overenia.",
    "Не вдалося пройти розпізнавання на поштовому сервері.",
    "Ezin da zerbitzariarekin egiaztatu: pasahitza okerra da.",
])
def test_login_to_the_server_failed_abroad_is_securityerror(text: str) -> None:
    r = parse_reply(text)
    assert r.reason is Reason.SECURITYERROR
    assert r.rule is not None
    assert "SMTPAUTH" in r.rule
