"""Server-side concepts read in more languages (issue 10, round 38): wordings of our own, written from the
words of mailcow's administration interface catalogues (bouncelib/_data/concepts.py, `_R38_MAILCOW_WORDS`),
each read to the reason its English twin is read to ("refused by our policy", "relaying denied", "sending
limit exceeded", "greylisted, try again later", "failed after 12 attempts"). None of them was read so before
those words."""

from __future__ import annotations

import pytest

from bouncelib import parse_reply

CASES = [
    # A rule of the site (POLICY: policyviolation).
    ("Beskeden blev afvist i henhold til vores politik", "policyviolation"),
    ("Лист відхилено згідно з політикою сервера", "policyviolation"),
    ("Повідомлення порушує політику безпеки домену", "policyviolation"),
    ("Bu gönderim sunucu ilkesine aykırıdır", "policyviolation"),
    # Relaying refused (RELAY with a refusal: norelaying).
    ("Relæ nægtet for dette domæne", "norelaying"),
    ("Ретрансляція для вашого домену: відмовлено", "norelaying"),
    ("У ретрансляції пошти відмовлено", "norelaying"),
    # A sending limit (RATE: speeding).
    ("Перевищено обмеження відправки, спробуйте пізніше", "speeding"),
    # Greylisting (blocked, never a verdict on the address).
    ("Gri listeye alındı, lütfen daha sonra tekrar deneyin", "blocked"),
    ("Tillfälligt avvisad av grålistning, försök igen senare", "blocked"),
    # Attempts run out (RETRIES with a failure or an excess: expired).
    ("Збій доставки після 12 спроб", "expired"),
    ("Перевищено кількість спроб доставки", "expired"),
    ("Překročen maximální počet pokusů o doručení", "expired"),
]


@pytest.mark.parametrize(("text", "reason"), CASES)
def test_mailcow_words_of_other_languages_are_read(text: str, reason: str) -> None:
    assert parse_reply(text).reason == reason, parse_reply(text).rule
