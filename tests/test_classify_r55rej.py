"""Meanings written from the tuning part's misses of round r55rej (issue 10: the envelope sender refused,
corpus/replies/real/r55-r55rej-sender.jsonl and the older tuning misses of that meaning), each tested in
wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "550-Your domain's servers refuse bounces, which does not help fight spam.\n550 Sender verify failed",
    "550 Bounces are refused by your domain's servers, and turning them away does not help fight spam: "
    "sender check failed",
])
def test_a_failed_sender_check_outranks_the_bounces_its_servers_refused(text: str) -> None:
    # The check of the sender failed; the bounces its servers refused (and the spam that refusal does not
    # fight) are why, not a verdict on the message.
    assert parse_reply(text).reason is Reason.REJECTED
