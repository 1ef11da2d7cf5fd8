"""Providers recognised by what only they write when the reply names no host (round r66prov): their own code
namespaces and formats, from their own documentation and the tuning part's misses. The replies are our own
wordings around the marker; each would name no provider without it."""

from __future__ import annotations

import pytest

from bouncelib import parse_reply


@pytest.mark.parametrize("text", [
    "550 5.7.512 Delivery refused by the filtering service",          # the 5.7.500-699 anti-spam range
    "451 4.7.650 Try this transfer again at a later hour",            # the same range, temporary
    "550 5.7.703 One of the addresses is on a list your administrators keep",  # the 5.7.700-749 range
    "550 5.7.750 That domain is not registered with this service",    # 5.7.750
    "550 5.7.134 Outside senders may not write to this mailbox",      # 5.7.133-136: org-only recipients
    "550 5.2.122 This mailbox has taken its share of mail for the hour",  # a recipient's hourly limit
])
def test_exchange_online_status_namespace(text: str) -> None:
    # Exchange Online's own enhanced status numbers (beyond RFC 3463 and the IANA registry) name Microsoft.
    assert parse_reply(text).provider == "microsoft"


@pytest.mark.parametrize("text", [
    "550 5.7.1 Message refused by local policy",    # a registered status: anyone's
    "550 5.7.30 REQUIRETLS needed here",            # the registry's highest X.7 detail
    "rejected, see version 10.5.7.600 of the notes",  # a longer dotted number, not a status
])
def test_registered_statuses_name_no_one(text: str) -> None:
    assert parse_reply(text).provider is None


@pytest.mark.parametrize("text", [
    "553 5.3.0 edge07 DNSBL:ATTRBL 521< 192.0.2.7 >_is_blocked. Ask the list keeper",
    "553 5.3.0 edge07 DNSBL:RBL 521< 192.0.2.7 >_is_blocked",
    "Refused here. Write to abuse_rbl@abuse-att.net if you think this is wrong",
])
def test_att_block_list_code_and_abuse_domain(text: str) -> None:
    # AT&T's own list code ("DNSBL:ATTRBL 521< ip >_is_blocked") and its abuse mailbox domain name it.
    assert parse_reply(text).provider == "att"


@pytest.mark.parametrize("text", [
    "550 5.4.1 Recipient address rejected: Access denied - no such person in this directory",
    "550 5.4.1 [nobody@tenant.example]: Recipient address rejected: Access denied",
])
def test_exchange_online_edge_blocking(text: str) -> None:
    # Exchange Online's Directory-Based Edge Blocking: the words under status 5.4.1 name Microsoft.
    assert parse_reply(text).provider == "microsoft"


def test_postfix_access_table_refusal_names_no_one() -> None:
    # The same words under 5.7.1 are Postfix's access table's, anyone's.
    assert parse_reply("554 5.7.1 <nobody@tenant.example>: Recipient address rejected: Access denied").provider is None


def test_exchange_online_tenant_over_threshold_is_reputation() -> None:
    # Microsoft's 5.7.705: the sending organisation sent too much spam or bulk mail; its standing, no list named.
    r = parse_reply("550 5.7.705 Outgoing mail of your organisation is stopped for now")
    assert r.provider == "microsoft"
    assert r.rule == "provider-status:microsoft:5.7.705"
    assert r.reason.value == "badreputation"


def test_barracuda_cloud_relay_host_opening_the_reply() -> None:
    # A reply opened by the name of one of Barracuda's Email Security Service relays (cudaops.com).
    assert parse_reply("mx3.ess.sfj.cudaops.com #554 no entry for this address ##").provider == "barracuda"


@pytest.mark.parametrize("text", [
    "451 4.7.0 Could not pass the message on just now. PRX3 NextHop: tenant.example [tenant.example]",
    "421 4.3.2 Too many sessions at once. tenant.example. PRX5 [tenant.example]",
])
def test_exchange_front_end_proxy_code(text: str) -> None:
    # Exchange's front-end proxy code with the next hop it tried names Microsoft.
    assert parse_reply(text).provider == "microsoft"


def test_a_host_called_prx_names_no_one() -> None:
    assert parse_reply("450 4.7.1 Client host rejected: cannot find your reverse hostname, helo=<prx1.lan.example>"
                       ).provider is None
