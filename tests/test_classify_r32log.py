"""Meanings written from the tuning part of round r32log (issue 10), each tested in a wording of our own (not
the corpus texts that prompted them)."""

from __future__ import annotations

from bouncelib import Reason, parse_reply


def test_a_provider_template_stating_a_sending_limit_is_a_rate() -> None:
    # The block template's opening words with a limit per span of time, no list named.
    r = parse_reply("421 Unfortunately, messages from [192.0.2.8] weren't sent. We limit the number of messages "
                    "you can send per hour.", remote_host="mx1.hotmail.com")  # fmt: skip
    assert r.reason is Reason.SPEEDING
    # With a block list named it stays the block.
    r = parse_reply("550 5.7.1 Unfortunately, messages from [192.0.2.8] weren't sent. Please contact your Internet "
                    "service provider since part of their network is on our block list (S3150).",
                    remote_host="mx1.hotmail.com")  # fmt: skip
    assert r.reason is Reason.BLOCKED


def test_the_before_queue_filter_failing_is_the_receivers_system() -> None:
    r = parse_reply("warning: lost connection with proxy 127.0.0.1:10025")
    assert r.reason is Reason.SYSTEMERROR
