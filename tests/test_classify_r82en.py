"""Round r82en: meanings read on sources nobody wrote a row from (leave-source-out, English)."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    "text",
    ["550 5.7.1 Message refused by our security policy", "554 Rejected due to security policies of this site"],
)
def test_a_security_policy_named_alone_is_the_sites_policy(text: str) -> None:
    # Sisimai's "security policy" securityerror row is dropped: every tuning reply naming a site's security policy is
    # labelled policyviolation (or by the rule it applied), none securityerror.
    assert parse_reply(text).reason is Reason.POLICYVIOLATION


@pytest.mark.parametrize(
    "text", ["550 Domain name is too long", "501 5.1.3 Localpart is too long", "553 Path is too long"]
)
def test_an_address_part_said_too_long_is_its_syntax(text: str) -> None:
    # RFC 5321 section 4.5.3.1's limits on the local part, the domain and the path: one pair (ADDR_PART+OVERSIZED)
    # where SYNTAX remembered three whole wordings.
    assert parse_reply(text).reason is Reason.SYNTAXERROR


def test_a_mailbox_said_too_large_is_no_address_length() -> None:
    assert parse_reply("552 Recipient mailbox too large").reason is not Reason.SYNTAXERROR


@pytest.mark.parametrize("text", ["451 4.5.0 Unexpected trouble here", "450 4.5.0 Please come back"])
def test_a_temporary_protocol_status_is_no_syntax_error(text: str) -> None:
    # RFC 5321 answers a client's syntax with 5yz; a 4.5.x status alone names no syntax error.
    assert parse_reply(text).reason is not Reason.SYNTAXERROR


@pytest.mark.parametrize("text", ["554 Message rejected by Rspamd", "550 5.7.1 message from 192.0.2.9 rejected by DCC"])
def test_a_spam_filter_said_to_refuse_judged_the_message(text: str) -> None:
    assert parse_reply(text).reason is Reason.SPAMDETECTED


def test_a_spam_filter_only_named_is_no_verdict() -> None:
    assert parse_reply("451 4.7.1 rspamd temporarily unavailable").reason is not Reason.SPAMDETECTED
