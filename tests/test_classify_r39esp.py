"""Meanings written from the tuning part's misses of round 39's replies quoted by ESPs and mail SaaS
(corpus/replies/real/r39esp-esp-payloads.jsonl), each tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


# A suppression the text explains with a cause ("... suppressed due to customer policy", SparkPost): the sending
# platform refused to try, whatever put the address on its list; the cause clause does not replace it.
@pytest.mark.parametrize(
    "text",
    [
        "554 5.7.1 this address was suppressed due to account policy",
        "Not sent: recipient suppressed because of the sending policy of your account",
        "550 5.7.1 recipient suppressed due to spam complaints",
    ],
)
def test_a_suppression_with_a_cause_is_still_the_suppression(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.SUPPRESSED
    assert not reply.hard_bounce


def test_a_cause_clause_without_a_suppression_still_decides() -> None:
    assert parse_reply("554 5.7.1 message refused due to local policy").reason is Reason.POLICYVIOLATION


# The receiving servers exist and none could be used this time (Postal's "No SMTP servers were available for
# <domain>. Tried <host>."): the path failed, a network error, not the domain.
@pytest.mark.parametrize(
    "text",
    [
        "Delivery deferred: no servers were available for example.org, will retry",
        "no SMTP server was available for example.net; queued for a later attempt",
        "Temporary failure: none of the servers were available at this time",
    ],
)
def test_no_server_available_is_a_network_error(text: str) -> None:
    assert parse_reply(text).reason is Reason.NETWORKERROR


# The domain named no host at all, so nothing is left to deliver to (Postal's "No hosts to try."): the domain
# has no mail host, hostunknown, and this outranks the servers being unavailable.
@pytest.mark.parametrize(
    "text",
    [
        "Cannot deliver to example.org: no hosts to deliver to",
        "giving up on example.net, no host to connect to",
        "No servers were available for example.com. No host to try.",
    ],
)
def test_no_host_to_deliver_to_is_an_unknown_host(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.HOSTUNKNOWN
    assert reply.hard_bounce


# The sending MTA's own delivery agent (its "transport") failing (Postfix's queue manager: "unknown mail transport
# error"): the sending system's fault, a system error.
@pytest.mark.parametrize(
    "text",
    [
        "queue manager: mail transport error, will retry",
        "deferred (transport error)",
        "status=deferred (the mail transport error repeated)",
    ],
)
def test_the_mta_s_own_transport_failing_is_a_system_error(text: str) -> None:
    assert parse_reply(text).reason is Reason.SYSTEMERROR


# A check of the address the receiver could not finish (Exim's "Could not complete recipient verify callout",
# VIPRE's "Could not complete recipient callout"): no verdict on the address yet, the receiving side's own
# temporary state, as a verification still in progress.
@pytest.mark.parametrize(
    "text",
    [
        "451 4.4.1 unable to complete the callout to the next hop for this recipient",
        "callout not completed for this recipient",
        "450 4.1.1 recipient callout could not be completed",
    ],
)
def test_a_recipient_check_not_completed_is_a_system_error(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.SYSTEMERROR
    assert not reply.hard_bounce


# A line over the length limit said in other words than "line too long" (Exim's moan.c: "a header line that was
# excessively long"): a line-length fault of the content, contenterror (LABELING.md).
@pytest.mark.parametrize(
    "text",
    [
        "554 excessively long lines in message",
        "550 Message contains lines that were excessively long",
        "Your mail had an overlong header line and was returned",
    ],
)
def test_a_line_over_the_length_limit_is_a_content_error(text: str) -> None:
    assert parse_reply(text).reason is Reason.CONTENTERROR
