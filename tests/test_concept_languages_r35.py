"""The most used concepts read in more languages (issue 10, round 35): wordings of our own, written from the
words of Evolution Data Server's, Mutt's and Roundcube's catalogues (bouncelib/_data/concepts.py,
`_R35_CATALOGUE_WORDS`), each read to the reason its English twin is read to. None of them was read so
before those words."""

from __future__ import annotations

import pytest

from bouncelib import parse_reply

CASES = [
    # A syntax error of the client (RFC 5321 500/501), said without a reply code.
    ("Syntaxfehler im Kommando", "syntaxerror"),
    ("Errore di sintassi nell'indirizzo", "syntaxerror"),
    ("Okänt kommando", "syntaxerror"),
    ("Синтаксическая ошибка в команде", "syntaxerror"),
    ("Syntaksfejl i kommandoen", "syntaxerror"),
    ("Le paramètre est inconnu", "syntaxerror"),
    # Authentication required or failed (RFC 4954 530, 535).
    ("Aanmelding is vereist voor deze server", "securityerror"),
    ("Uwierzytelnienie nie powiodło się", "securityerror"),
    ("Todennus epäonnistui", "securityerror"),
    ("Kimlik doğrulaması gerekli", "securityerror"),
    # A header missing (RFC 5322 section 3.6: Date and From are required).
    ("Die Kopfzeile Date fehlt", "notcompliantrfc"),
    ("Brakuje nagłówka Date", "notcompliantrfc"),
    ("A Date fejléc hiányzik", "notcompliantrfc"),
    ("Antetul Date lipsește", "notcompliantrfc"),
    # TLS required, an encoding refused, an attachment refused.
    ("Kryptering kreves før MAIL FROM", "failedstarttls"),
    ("Ogiltig kodning i meddelandet", "contenterror"),
    ("Codage du message invalide", "contenterror"),
    ("Vedlegg av denne typen er ikke tillatt", "policyviolation"),
    # The system's own error (mutt.mo "Internal error").
    ("Wewnętrzny błąd podczas dostarczania", "systemerror"),
    ("Der opstod en intern fejl", "systemerror"),
    ("Внутрішня помилка доставки", "systemerror"),
    # Forbidden, said of a message's content (its English twin: "the content of this message is forbidden").
    ("Nội dung thư của bạn bị cấm", "policyviolation"),
    # The counted noun after "too many", as in English.
    ("У сообщения слишком много адресатов", "toomanyconn"),
]


@pytest.mark.parametrize(("text", "reason"), CASES)
def test_concept_words_of_other_languages_are_read(text: str, reason: str) -> None:
    assert parse_reply(text).reason == reason, parse_reply(text).rule


def test_turkish_dotted_capital_i_is_an_i() -> None:
    # "İç hata" (internal error, mutt.mo tr): str.lower() makes "İ" two characters, "i" and a combining dot,
    # which cut the word in two; read as "iç", the system's own error.
    assert parse_reply("İç hata oluştu").reason == "systemerror"
