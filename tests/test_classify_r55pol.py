"""Round r55pol (issue 10): a recipient user's own policy, a listed content pattern and a fake or suspicious link,
read as meanings from the tuning misses of the reply corpus; each test in our own wording."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    "text",
    [
        "550 refused by user policy",
        "550 5.7.1 Message blocked by user domain policy",
        "554 denied (user recipient policy: sending host)",
    ],
)
def test_a_recipient_users_own_policy_is_a_filter(text: str) -> None:
    # The recipient user's (or its domain's) own settings refused the mail, not the site's policy.
    reply = parse_reply(text)
    assert reply.reason is Reason.FILTERED
    assert reply.rule == "concept:USER_POLICY"


def test_a_site_policy_stays_a_policy_violation() -> None:
    reply = parse_reply("550 rejected by local policy")
    assert reply.reason is Reason.POLICYVIOLATION


@pytest.mark.parametrize(
    "text",
    [
        "550 body matched a blacklisted regular expression",
        "554 rejected: subject contains blacklisted regex",
    ],
)
def test_a_listed_content_pattern_is_a_content_rule(text: str) -> None:
    # A pattern on a list is the site's rule on the text, not the sending host on a blocklist.
    reply = parse_reply(text)
    assert reply.reason is Reason.POLICYVIOLATION
    assert reply.rule == "concept:CONTENT_PATTERN+LISTING"


def test_a_listed_host_is_still_blocked() -> None:
    assert parse_reply("550 your server is blacklisted here").reason is Reason.BLOCKED


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("550 we do not take mail with a fake link in it", "concept:LINK+FAKE"),
        ("550 refused: the message carries suspicious URLs", "concept:LINK+SUSPICIOUS"),
    ],
)
def test_a_fake_or_suspicious_link_is_a_content_rule(text: str, rule: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.POLICYVIOLATION
    assert reply.rule == rule


@pytest.mark.parametrize(
    "text", ["550 HELO name contains an IP address", "550 the EHLO hostname contains a ip address"]
)
def test_a_helo_name_holding_an_ip_address_refuses_the_sending_host(text: str) -> None:
    # A bare IP address in the HELO name (RFC 5321 wants a bracketed literal) is the sending host's identity refused.
    reply = parse_reply(text)
    assert reply.reason is Reason.BLOCKED
    assert reply.rule == "concept:HELO+GENERIC_NAME"
