"""Round r51swap (issue 10): verdicts that rested on one wording, tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    "text",
    [
        "554 5.7.1 Client host [198.51.100.9] denied using bl.unknown-list.example",
        "550 5.7.1 Connection refused using dnsbl.another.example.net",
        "550 Your host refused by the deny list badhosts.example.org",
        "550 The sending domain is blocklist at zone.somelist.example",
    ],
)
def test_a_refusal_by_a_list_we_do_not_know_is_still_a_listing(text: str) -> None:
    # The zone is in no table of ours; the refusal said "using" it, or "by" a list word and then it: blocked.
    reply = parse_reply(text)
    assert reply.reason is Reason.BLOCKED
    assert reply.blocklist is not None


def test_a_refusal_by_a_host_not_a_list_names_no_list() -> None:
    assert parse_reply("550 Mail refused by the relay mx.example.org").blocklist is None


@pytest.mark.parametrize(
    "text",
    [
        "450 4.7.1 Error: recipient count limit from 203.0.113.4",
        "450 4.7.1 Error: max recipients from 203.0.113.4 reached",
    ],
)
def test_a_recipient_count_from_the_sending_host_is_a_rate(text: str) -> None:
    # Counted per client (Postfix anvil): whichever RECIPIENTS_COUNT words name the count.
    assert parse_reply(text).reason is Reason.SPEEDING


def test_a_count_of_connections_from_the_host_is_not_a_recipient_rate() -> None:
    assert parse_reply("450 too frequent connects from 203.0.113.4").reason is Reason.TOOMANYCONN


def test_a_recipient_count_not_from_a_host_stays_too_many_recipients() -> None:
    assert parse_reply("452 4.5.3 recipient count limit reached").reason is Reason.TOOMANYCONN
