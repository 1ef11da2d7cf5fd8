"""Round r54pol (issue 10): content, header and encryption refusals read as meanings, from the tuning misses of the
reply corpus (r54-r54pol-policy-content.jsonl among them); each test in our own wording."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    "text",
    [
        "550 Rejected: no Date header in this message",
        "554 5.6.0 no From: header found",
        "550 5.7.1 no Message-ID header, message refused",
    ],
)
def test_a_header_said_absent_with_no_is_a_format_violation(text: str) -> None:
    # "No <field> header" says the field is absent, as "missing" does: RFC 5322's header fields.
    reply = parse_reply(text)
    assert reply.reason is Reason.NOTCOMPLIANTRFC
    assert reply.rule == "concept:HEADER_EN+NO_DET"


def test_no_before_another_languages_header_word_is_not_english_no() -> None:
    # Portuguese "no" is "in the": advice to look in the header names no fault of the message.
    reply = parse_reply("Para saber o seu endereço, veja no cabeçalho Return-Path de uma mensagem da lista.")
    assert reply.rule != "concept:HEADER_EN+NO_DET"
    assert reply.reason is not Reason.NOTCOMPLIANTRFC


def test_no_alone_is_not_a_header_fault() -> None:
    # "No" is read only right beside a header's name.
    reply = parse_reply("550 No such mailbox on this server")
    assert reply.reason is Reason.USERUNKNOWN


@pytest.mark.parametrize(
    "text",
    ["554 Refused: invalid message content", "550 the message content is invalid"],
)
def test_content_said_invalid_is_a_content_error(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.CONTENTERROR
    assert reply.rule == "concept:CONTENT_DATA+UNKNOWN"


def test_a_message_said_malformed_is_a_format_violation() -> None:
    reply = parse_reply("554 malformed message refused")
    assert reply.reason is Reason.NOTCOMPLIANTRFC
    assert reply.rule == "concept:MESSAGE+BAD_FORM"


def test_the_822bis_standard_said_violated_is_a_format_violation() -> None:
    # RFC 822bis, the draft name of RFC 2822, written with its dot: the message is said to break it.
    reply = parse_reply("552 5.2.0 this mail violates 822.bis section 2.3 (lone CR)")
    assert reply.reason is Reason.NOTCOMPLIANTRFC
    assert reply.rule == "concept:MSG_STANDARD+CONFORMANCE"


def test_a_header_not_ended_by_crlf_is_a_format_violation() -> None:
    reply = parse_reply("552 your headers are not CRLF terminated")
    assert reply.reason is Reason.NOTCOMPLIANTRFC
    assert reply.rule == "concept:LINE_ENDING+HEADER"


@pytest.mark.parametrize(
    "text",
    [
        "550 5.7.1 We take no executables, since they may contain viruses",
        "554 zip attachments could contain malware and are refused here",
    ],
)
def test_content_refused_as_it_may_carry_malware_is_the_policy(text: str) -> None:
    # A precaution names no virus found: the site's rule on what a message may carry.
    assert parse_reply(text).reason is Reason.POLICYVIOLATION


def test_a_virus_found_stays_a_virus() -> None:
    assert parse_reply("554 the attached file contains a virus").reason is Reason.VIRUSDETECTED


@pytest.mark.parametrize(
    "text",
    ["550 we only accept encrypted mail: unencrypted messages are refused", "523 unencrypted email not accepted"],
)
def test_unencrypted_mail_refused_is_a_security_requirement(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.SECURITYERROR
    assert reply.rule == "concept:MSG_PLAIN"
