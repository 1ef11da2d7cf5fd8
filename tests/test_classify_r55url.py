"""A URL as its writer wrote it, a placeholder value in angle brackets included (round 55, r55pd).

docs/fields.md, "delist": URLs are taken whole, query strings included. A query value its writer replaced by a
placeholder word in angle brackets, right after "=", is part of the URL; an address in angle brackets is not.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_reply


@pytest.mark.parametrize("url", [
    "http://spf-why.example.net/why?scope=mfrom;from=carol@example.org;ip=192.0.2.60;rcpt=<NONE>",
    "https://lookup.example.net/check?id=<MSGID>&ip=192.0.2.61",
])  # fmt: skip
def test_a_placeholder_value_in_angle_brackets_stays_in_the_url(url: str) -> None:
    text = f"550 5.7.1 Sender policy check failed for your host. Please see {url} (in reply to RCPT TO command)"
    assert parse_reply(text).delist == [url]


def test_an_address_in_angle_brackets_after_a_url_is_not_taken_into_it() -> None:
    text = "554 5.7.1 Your host is blocked, see https://help.example.net/why?q=<dave@example.org>"
    assert "dave@example.org" not in " ".join(parse_reply(text).delist)
