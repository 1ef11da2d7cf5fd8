"""Round r48tune (issue 10): meaning-level readings of tuning misses, tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    "text",
    [
        "550 5.7.708 Access denied: this IP address does not send traffic we accept. AS(7090) "
        "[AM0PR01MB1234.eurprd01.prod.outlook.com]",
        "host example-com.mail.protection.outlook.com[192.0.2.3] said: 550 5.7.708 Service unavailable, "
        "mail from your IP is not accepted right now",
    ],
)
def test_exchange_online_5_7_708_is_the_sending_ips_low_reputation(text: str) -> None:
    # Microsoft's NDR table: 5.7.708 is traffic from a low reputation IP address, not an IP on a list.
    reply = parse_reply(text)
    assert reply.reason is Reason.BADREPUTATION
    assert reply.rule == "provider-status:microsoft:5.7.708"


@pytest.mark.parametrize(
    "text",
    [
        "454 4.7.0 Our minimum TLS version requirement has not been met",
        "remote server mx.example.net (192.0.2.44): TlsRequirementNotMetException: wanted TLS 1.2, session was "
        "plain text",
        "451 4.7.0 This connection does not meet the requirements of our TLS policy",
    ],
)
def test_a_tls_requirement_said_to_be_unmet_is_starttls_failing(text: str) -> None:
    # REQUIRED's "requirement not met" with TLS; an error class name ("...Exception") read as its words.
    reply = parse_reply(text)
    assert reply.reason is Reason.FAILEDSTARTTLS
    assert reply.rule == "concept:TLS+REQUIRED"


def test_an_error_class_name_in_capitals_is_read_as_its_words() -> None:
    reply = parse_reply("REMOTE SERVER (192.0.2.44): TLSREQUIREMENTNOTMETEXCEPTION: WANTED TLS 1.2")
    assert reply.reason is Reason.FAILEDSTARTTLS


@pytest.mark.parametrize(
    "text",
    [
        "the address resolver failed",
        "queue manager failure",
        "address resolver error",
    ],
)
def test_the_mtas_own_resolving_and_queueing_daemons_failing_is_its_system(text: str) -> None:
    # INTERNAL_OP's "address resolver" / "queue manager" (Postfix's trivial-rewrite and qmgr) with a failure word.
    reply = parse_reply(text)
    assert reply.reason is Reason.SYSTEMERROR
    assert reply.rule is not None
    assert reply.rule.startswith("concept:INTERNAL_OP+")


@pytest.mark.parametrize(
    "text",
    [
        "550 A From header is needed for bounce messages",
        "550 5.7.1 Message-ID header must be present for bounces",
        "550 Sender header missing or invalid: one is mandatory for delivery status notifications",
    ],
)
def test_a_condition_set_on_bounces_is_the_sites_rule_on_that_kind_of_message(text: str) -> None:
    # LABELING.md's null reverse-path rule: the site's rule for a kind of message, not a header breaking a standard.
    assert parse_reply(text).reason is Reason.POLICYVIOLATION


def test_a_header_required_of_all_mail_stays_a_standard_broken() -> None:
    assert parse_reply("550 A valid Date header is required").reason is Reason.NOTCOMPLIANTRFC
