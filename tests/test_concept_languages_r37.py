"""Server-side concepts read in more languages (issue 10, round 37): wordings of our own, written from the
words of Modoboa's, Debian exim4-config's debconf and SpamAssassin's catalogues (bouncelib/_data/concepts.py,
`_R37_SERVER_WORDS`), each read to the reason its English twin is read to ("relaying denied", "daily sending
limit reached", "greylisted, try again later", "no reverse DNS", "sender address forged"). None of them was
read so before those words."""

from __future__ import annotations

import pytest

from bouncelib import parse_reply

CASES = [
    # Relaying refused (RELAY with a refusal: RFC 3463 X.7.1, norelaying).
    ("Ретрансляция почты запрещена", "norelaying"),
    ("Przekaźnik poczty niedostępny dla twojego adresu: odmowa", "norelaying"),
    ("메일 릴레이 거부됨", "norelaying"),
    ("不允许邮件中转", "norelaying"),
    ("Pesan ditolak, tidak boleh direlai", "norelaying"),
    ("Relä nekad för denna domän", "norelaying"),
    ("メールのリレーは拒否されました", "norelaying"),
    # A sending limit reached (RATE: speeding).
    ("Tägliches Sendelimit erreicht", "speeding"),
    ("Limite d'envoi atteinte pour aujourd'hui", "speeding"),
    ("Limite di invio superato", "speeding"),
    ("Limite de envio excedido", "speeding"),
    ("Verzendlimiet bereikt, probeer het later opnieuw", "speeding"),
    ("Przekroczono limit wysyłania", "speeding"),
    ("Превышен лимит отправки", "speeding"),
    ("Sändningsgränsen har nåtts", "speeding"),
    ("Lähetysraja ylitetty", "speeding"),
    ("送信通数制限を超えました", "speeding"),
    ("발송 제한을 초과했습니다", "speeding"),
    # Greylisting: a temporary refusal of the sending host (blocked, never a verdict on the address).
    ("Viesti on harmaalla listalla, yritä myöhemmin uudelleen", "blocked"),
    ("Grålistad, försök igen senare", "blocked"),
    ("您的邮件被灰名单暂时拒绝", "blocked"),
    ("그레이리스트 적용 중, 나중에 다시 시도하십시오", "blocked"),
    # The client's reverse DNS (requireptr).
    ("接続元の逆引きができません", "requireptr"),
    ("역방향 조회 실패", "requireptr"),
    ("Ingen omvänd DNS för din server", "requireptr"),
    # A forged sender (AUTHMECH: authfailure).
    ("Absenderadresse gefälscht", "authfailure"),
    ("Expéditeur falsifié", "authfailure"),
    # A mail loop (LOOP: RFC 3463 X.4.6, networkerror).
    ("Boucle de messagerie détectée", "networkerror"),
    ("Se detectó un ciclo de redirección", "networkerror"),
    ("Wykryto pętlę pocztową", "networkerror"),
]


@pytest.mark.parametrize(("text", "reason"), CASES)
def test_server_side_words_of_other_languages_are_read(text: str, reason: str) -> None:
    assert parse_reply(text).reason == reason, parse_reply(text).rule


def test_a_latin_run_in_a_cjk_term_is_one_word() -> None:
    # "IPアドレス": the classifier reads "ip" as one word and each kana as one; a CJK term written with a Latin
    # run keeps it whole, so the Japanese and Korean terms for an IP address are found as written.
    from bouncelib._data.concepts import TERMS

    assert ("CLIENT", "ip ア ド レ ス") in {(t.concept, t.words) for t in TERMS}
    assert ("CLIENT", "ip 주 소") in {(t.concept, t.words) for t in TERMS}
