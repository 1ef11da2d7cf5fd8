"""Receiver and network failures read in more languages (issue 10, round 58, r58sys): wordings of our own composed of
the words added to bouncelib/_data/concepts.py from Thunderbird's composeMsgs.properties (the tuning locales of the
cases r58sys-tb-*), each read to the reason its English twin is read to: "the server does not support STARTTLS"
(failedstarttls), "the connection to <host> was lost" with the host between the two words (networkerror) and "connection
setup failed" (networkerror). None of them is read so on main before those words."""

from __future__ import annotations

import pytest

from bouncelib import parse_reply

CASES = [
    # TLS with UNAVAILABLE: the server's lack of STARTTLS.
    ("Relay mx.example.org nepodporuje STARTTLS", "failedstarttls"),
    ("Il relay mx.example.org non supporta STARTTLS", "failedstarttls"),
    ("De relay mx.example.org die STARTTLS niet aankondigt", "failedstarttls"),
    ("O relay mx.example.org não anuncia STARTTLS", "failedstarttls"),
    ("Relay mx.example.org nie ogłasza STARTTLS", "failedstarttls"),
    ("Релей mx.example.org не заявил о поддержке STARTTLS", "failedstarttls"),
    # CONNECTION with LOST, a host name between the two.
    ("Spojení s relay mx.example.org bylo ztraceno", "networkerror"),
    ("Соединение с релеем mx.example.org было утеряно", "networkerror"),
    ("A conexão com o relay mx.example.org foi perdida", "networkerror"),
    ("La connessione a mx.example.org è stata interrotta", "networkerror"),
    ("De verbinding met mx.example.org werd verbroken", "networkerror"),
    # CONNECTION with FAILED.
    ("Verbindungsaufbau zu mx.example.org fehlgeschlagen", "networkerror"),
]


@pytest.mark.parametrize(("text", "reason"), CASES)
def test_read_by_meaning(text: str, reason: str) -> None:
    assert parse_reply(text).reason == reason
