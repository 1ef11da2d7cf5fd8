"""Round r76trj (issue 10): a mail client's own account of a failed login or secure connection, read by meaning.

Trojitá's catalogues (KDE/trojita poqm/<locale>/trojita_qt.po) say RFC 5530's IMAP login codes and its TLS and SMTP
failures in many languages; `_R76_TRJ_WORDS` gives the concepts the words its tuning locales lacked: logging in and
the credentials (SMTPAUTH) in French, Polish and Ukrainian, privacy and a lack of it (PRIVACY, MISSING; rule
PRIVACY+MISSING, RFC 5530's PRIVACYREQUIRED), Dutch "tijdelijk" (TRANSIENT_QUAL) and "SSL-verbinding" (TLS). The
sentences below are our own, not a catalogue's: each fails without the block or the rule.
"""

from __future__ import annotations

import pytest
from rule_reading import by_concept

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    "text",
    [
        # French: "your identifiers (credentials) were refused by the server"
        "Vos identifiants ont été refusés par le serveur.",
        # French: "cannot identify yourself (log in) on this server"
        "Impossible de s'identifier sur ce serveur de messagerie.",
        # Polish: "could not log in to the mail server"
        "Nie udało się zalogować do serwera poczty.",
        # Ukrainian: "could not log in to the mail server"
        "Не вдалося увійти на сервер пошти.",
        # Ukrainian: "unknown authentication scheme on the SMTP server"
        "Невідома схема розпізнавання на сервері SMTP.",
        # Ukrainian: "you gave no credentials (registration data) for the server"
        "Вами не вказано реєстраційних даних для сервера.",
    ],
)
def test_logging_in_and_credentials_are_authentication(text: str) -> None:
    assert by_concept(text) is Reason.SECURITYERROR


@pytest.mark.parametrize(
    "text",
    [
        # Spanish: "this action is not permitted for want of privacy"
        "Esta acción no está permitida por falta de privacidad.",
        # Portuguese: "sending is not permitted for want of privacy"
        "Envio não é permitido por falta de privacidade.",
        # Dutch: "sending is not allowed because of a lack of privacy"
        "Verzenden is niet toegestaan wegens gebrek aan privacy.",
        # Polish: "the operation is not allowed because of missing privacy"
        "Operacja nie jest dozwolona z powodu braku prywatności.",
        # French: "access refused because of a gap in confidentiality"
        "Accès refusé à cause d'une lacune de confidentialité.",
        # Catalan: "sending is not permitted for want of privacy"
        "L'enviament no està permès per manca de privacitat.",
    ],
)
def test_a_lack_of_privacy_is_a_security_requirement(text: str) -> None:
    verdict = parse_reply(text)
    assert verdict.rule == "concept:PRIVACY+MISSING"
    assert verdict.reason is Reason.SECURITYERROR


def test_privacy_named_beside_a_refusal_is_no_lack() -> None:
    # A footer's privacy statement beside a refusal of the message names no lack of privacy.
    assert parse_reply("550 Message rejected, see our privacy statement.").reason is not Reason.SECURITYERROR


def test_dutch_temporary_problem_is_the_system() -> None:
    # Dutch: "there is a temporary problem with the server"
    assert by_concept("Er is een tijdelijk probleem met de server.") is Reason.SYSTEMERROR


def test_dutch_ssl_connection_refused_is_tls() -> None:
    # Dutch: "the SSL connection with the server was refused": the TLS session, not the connection
    assert by_concept("De SSL-verbinding met de server is geweigerd.") is Reason.FAILEDSTARTTLS
