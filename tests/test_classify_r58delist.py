"""Round r58pd: a page for asking to be allow-listed is a page for getting unblocked.

A receiving site that refuses a sender may point it to a form where it can ask to be let through (an
allow-list or whitelist request), even when the refusal's own words name no cause. Such a page is
the other side of a block list: it counts as a delisting contact wherever it is hosted
(`bouncelib._data.blocklists.DELIST_PATH_WORDS`). The wordings here are our own.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_reply


@pytest.mark.parametrize(
    ("text", "page"),
    [
        ("554 5.7.1 Service not available right now. Request access at https://mx.example.edu/forms/whitelist-request",
         "https://mx.example.edu/forms/whitelist-request"),
        ("421 4.3.2 Try later; https://postmaster.example.net/allowlist?ip=192.0.2.8",
         "https://postmaster.example.net/allowlist?ip=192.0.2.8"),
        ("554 Transaction failed (see http://example.org/mail/allow-list.html)",
         "http://example.org/mail/allow-list.html"),
    ],
)
def test_allow_list_form_is_offered(text: str, page: str) -> None:
    assert page in parse_reply(text).delist


def test_other_pages_of_an_unsaid_refusal_stay_out() -> None:
    # The same kind of refusal pointing to a page that is no allow-list form offers nothing.
    assert parse_reply("421 4.3.2 Try later; https://postmaster.example.net/status").delist == []
