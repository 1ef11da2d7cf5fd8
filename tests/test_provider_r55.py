"""Providers named by their own words and code formats, with no host in the reply (round 55, r55pd).

Each marker is a wording, product name or code layout only that provider writes (its own documentation or a thread
quoting its servers); the surrounding words here are ours. Generic wordings that many servers share name no one.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_reply


@pytest.mark.parametrize(("text", "provider"), [
    ("550 5.7.1 Delivery refused for your host. (AS16012345)", "microsoft"),
    ("5.7.703 Not sent: a recipient is on the tenant allow/block list of your own organisation.", "microsoft"),
    ("421 Connection rejected by policy [3.2], try another route", "messagelabs"),
    ("552 Benutzer hat das Speichervolumen ueberschritten (mailbox of a friend)", "webde"),
    ("452 Sorry: Benutzer hat zuviele Mails auf dem Server", "webde"),
    ("452 Mailbox over limit (Speicherplatz des Kontos ueberschritten) for this user", "bytecamp"),
    ("550 refused: content looked bad (Nachricht als Spam eingestuft)", "bytecamp"),
    ("550 5.7.1 Delivery stopped: email flagged as spam by the filter", "zoho"),
    ("421 We blocked you maybe infected, come back when clean", "gandi"),
    ("550 Not accepted [sender refused: no authorised destination groups]", "bt"),
    ("554 Host refused, smtp auth error limit exceed for 192.0.2.5", "netease"),
    ("559 Invalid rcptto for this message", "aliyun"),
    ("554 Reject by content spam, try changing the text", "aliyun"),
    ("501 Greeting name refused. IB301", "godaddy"),
])  # fmt: skip
def test_a_provider_is_named_by_its_own_words_without_a_host(text: str, provider: str) -> None:
    assert parse_reply(text).provider == provider


@pytest.mark.parametrize("text", [
    "550 5.7.1 Delivery refused for your host. (AS1601)",
    "421 Connection rejected by policy, try another route",
    "552 Mailbox over quota for this user",
    "550 Message flagged as spam",
    "559 Invalid recipient",
])  # fmt: skip
def test_generic_wordings_name_no_provider(text: str) -> None:
    assert parse_reply(text).provider is None


@pytest.mark.parametrize("text", [
    "550 5.7.1 Mail from IP 192.0.2.9 was rejected due to listing in a list we use. Details: https://lists.example.net",
    "550 5.7.1 Not taken: rejected due to having a domain present in a domain list",
])  # fmt: skip
def test_icloud_names_itself_by_its_wording_of_a_list_refusal(text: str) -> None:
    assert parse_reply(text).provider == "apple"


@pytest.mark.parametrize(("text", "provider"), [
    ("550 5.7.0 Sorry: message considered as spam or virus by our filter", "t-online"),
    ("552 Mailbox of the addressee is over storage quota", "t-online"),
    ("451 The recipient has exceeded message rate limit for now", "yandex"),
])  # fmt: skip
def test_more_providers_named_by_their_own_wording(text: str, provider: str) -> None:
    assert parse_reply(text).provider == provider
