"""Round 61 (r61deli): delisting contacts and providers (issue 10 points 4 and 5).

docs/fields.md, "provider": a marker names the receiving operator, "not ... a domain named as the sender's". What a
reply says in the second person is the client's own: the domain or greeting it calls "your ...", the name it says the
client claims to be ("you are ...", "impersonating ..."), the name quoted before Postfix's "Helo command rejected", an
identity named right after the sender is refused permission. None of these is the refusing operator.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_reply


@pytest.mark.parametrize("text", [
    "553 Refused: your domain gmail.com may not appear in the From header here",
    "550 Your sending domain is yahoo.com, which this gateway will not take mail for",
    "554 We do not think you are gmail.com; greeting refused",
    "550 5.7.1 <yahoo.com>: Helo command rejected: not a name this client may use",
    "550 The connecting host appears to be impersonating a mail server (gmail.com): refused",
    "550 envelope sender not permitted ann@yahoo.com on this relay",
])  # fmt: skip
def test_a_domain_the_reply_calls_the_clients_own_names_no_operator(text: str) -> None:
    assert parse_reply(text).provider is None


@pytest.mark.parametrize(("text", "provider"), [
    # The recipient's mailbox still names its operator, and so do the operator's own pages and tags.
    ("550 5.1.1 <ann@gmail.com> no such user here", "google"),
    ("421 4.7.0 [TSS04] Messages from 192.0.2.9 deferred; see https://help.yahoo.com/kb/postmaster/SLN3434.html",
     "yahoo"),
    ("550 You are sending too fast for this server - gsmtp", "google"),
])  # fmt: skip
def test_the_operators_own_names_still_count(text: str, provider: str) -> None:
    assert parse_reply(text).provider == provider
