"""Round 78 (r78nss): certificate failures said as Mozilla NSS says them, in many languages (`_R78_NSS_WORDS`), and
the rules that read a certificate's state: expired (CERT+ADDR_EXPIRED over five words, CERT+TIME_UP), not trusted
(CERT+REFUSED), self-signed (CERT+SELF_SIGNED), not yet valid (CERT+NOT_YET_VALID); a secure link or secure
communication that could not be set up (TLS with CANNOT or FAILED).

Each sentence is our own wording of the meaning, not an NSS or Thunderbird string and not a corpus text; each is read
by a concept rule (`by_concept`), so a test fails when its word or rule is gone even if the model would guess the same
reason.
"""

from __future__ import annotations

import pytest
from rule_reading import by_concept

from bouncelib import Reason

# An expired certificate with whose it is said between the two words (CERT+ADDR_EXPIRED, five words apart at most).
EXPIRED_WITH_OWNER = [
    "Das Zertifikat des Mailservers ist abgelaufen.",
    "Il certificato del server remoto è scaduto.",
    "El certificado del servidor remoto ha expirado.",
]

# A certificate whose time ran out (CERT+TIME_UP): Dutch "verlopen", Romanian "a expirat", Slovak "uplynula".
CERT_TIME_UP = [
    "Het certificaat van de mailserver is verlopen.",
    "Certificatul serverului de mail a expirat.",
    "Platnosť certifikátu poštového servera uplynula.",
]

# Expired words and certificate words new in this round.
EXPIRED_WORDS = [
    "Skilríki póstþjónsins er útrunnið.",  # is: CERT skilríki, ADDR_EXPIRED útrunnið
    "Sertifikatet til e-posttenaren er gått ut på dato.",  # nn: ADDR_EXPIRED gått ut på dato
    "Serverns certifikat har förfallit.",  # sv: ADDR_EXPIRED har förfallit
    "Tá teastas an fhreastalaí poist as feidhm.",  # ga: ADDR_EXPIRED as feidhm
]

# A certificate not trusted (CERT+REFUSED), the words of a language whose certificate word is no TLS word.
NOT_TRUSTED = [
    "Das Zertifikat des Servers ist nicht vertrauenswürdig.",
    "Het certificaat van deze server wordt niet vertrouwd.",
    "Certifikatet för servern är inte betrott.",
]

# A self-signed certificate (CERT+SELF_SIGNED).
SELF_SIGNED = [
    "The relay host offered a certificate that it had self-signed.",
    "Le relais a présenté un certificat auto-signé.",
    "Certifikatet för servern är självsignerat.",
    "Certyfikat serwera pocztowego jest samopodpisany.",
]

# A certificate not yet valid (CERT+NOT_YET_VALID).
NOT_YET_VALID = [
    "The certificate of this server is not yet valid.",
    "Il certificato del server non è ancora valido.",
    "Het certificaat van de server is nog niet geldig.",
]

# An issuer not recognised (CERT+UNKNOWN with this round's words).
ISSUER_NOT_RECOGNISED = [
    "De uitgever van dit certificaat wordt niet herkend.",
    "L'emissor del certificat no es reconeix.",
]

# A secure link or secure communication that could not be set up (TLS with CANNOT or FAILED).
SECURE_LINK = [
    "We could not establish a secure link to the relay.",
    "Nie je možné bezpečne komunikovať s poštovým serverom.",
    "Kan niet beveiligd communiceren met de mailserver.",
]


# A connection refused, broken off or timed out, in words of Thunderbird's network texts (appstrings.properties).
NETWORK = [
    "De ferbining mei de tsjinner wurde wegere.",  # fy: CONNECTION ferbining, REFUSED wurde wegere
    "Lidhja me shërbyesin nuk u pranua.",  # sq: REFUSED nuk u pranua
    "Tilkoblingen til tjeneren ble brutt.",  # nb: LOST ble brutt
    "Tengingin við netþjóninn var rofin.",  # is: CONNECTION tengingin, LOST var rofin
    "Die verbinding met die bediener het uitgetel.",  # af: TIMEOUT het uitgetel
    "Chaidh an ceangal thar tìde.",  # gd: TIMEOUT thar tìde
    "Байланыс уақыты аяқталды.",  # kk: TIMEOUT уақыты аяқталды
]


@pytest.mark.parametrize("text", NETWORK)
def test_connection_refused_broken_or_timed_out_is_networkerror(text: str) -> None:
    assert by_concept(text) == Reason.NETWORKERROR


@pytest.mark.parametrize("text", EXPIRED_WITH_OWNER + CERT_TIME_UP + EXPIRED_WORDS + NOT_TRUSTED + SELF_SIGNED
                         + NOT_YET_VALID + ISSUER_NOT_RECOGNISED + SECURE_LINK)
def test_certificate_and_secure_link_failures_are_failedstarttls(text: str) -> None:
    assert by_concept(text) == Reason.FAILEDSTARTTLS


def test_a_session_whose_time_ran_out_is_still_a_timeout() -> None:
    # TIME_UP read of a certificate does not take it from a connection: the session word keeps networkerror.
    assert by_concept("Je sessie met de mailserver is verlopen.") == Reason.NETWORKERROR
