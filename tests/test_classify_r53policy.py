"""Round r53policy (issue 10): policy refusals and refused hosts read as meanings, from the tuning misses of the
reply corpus (corpus/replies/real, r53-r53policy-material.jsonl among them); each test in our own wording."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("550 Attachment refused: script file types are dangerous here", "concept:ATTACHMENT+UNWANTED_KIND"),
        ("554 the message carries an unwanted file type", "concept:ATTACHMENT+UNWANTED_KIND"),
        ("550 mime_unwanted_file: archive attachments are banned on this gateway", "concept:ATTACHMENT+UNWANTED_KIND"),
        ("550 Refused: an undesired ActiveX mime was found", "concept:ENCODING+UNWANTED_KIND"),
        ("554 5.7.0 That MIME part is potentially dangerous", "concept:MIME_PART+UNWANTED_KIND"),
    ],
)
def test_a_kind_of_content_the_site_keeps_out_is_its_policy(text: str, rule: str) -> None:
    # A file type, a MIME part or a MIME kind said to be unwanted, banned or dangerous: the receiver's rule on what
    # a message may carry, not a broken encoding (the word "mime" alone would read as one).
    reply = parse_reply(text)
    assert reply.reason is Reason.POLICYVIOLATION
    assert reply.rule == rule


def test_a_file_type_said_against_the_policy_is_the_policy_not_the_mime_part() -> None:
    text = ("Your mail was stopped. It holds a piece (a MIME part inside an archive) whose file type goes against "
            "the local mail policy.")
    reply = parse_reply(text)
    assert reply.reason is Reason.POLICYVIOLATION
    assert reply.rule == "concept:ATTACHMENT+POLICY"


@pytest.mark.parametrize(
    "text",
    [
        "550 8bit data not accepted by this server",
        "554 5.6.0 Invalid MIME structure",
    ],
)
def test_an_encoding_fault_without_an_unwanted_kind_stays_a_content_error(text: str) -> None:
    assert parse_reply(text).reason is Reason.CONTENTERROR


@pytest.mark.parametrize(
    "text",
    [
        "550 Authorization required before sending mail",
        "503 Not permitted -- authorisation is required for users of this domain",
    ],
)
def test_authorization_required_is_the_missing_login(text: str) -> None:
    # SMTP AUTH required (RFC 4954's 530 "Authentication required"), in the word "authorization"; "not permitted"
    # beside it is the consequence, not a content or host rule.
    reply = parse_reply(text)
    assert reply.reason is Reason.SECURITYERROR
    assert reply.rule.startswith("concept:SMTPAUTH")


def test_not_authorized_alone_is_still_no_login() -> None:
    assert parse_reply("550 5.7.1 You are not authorized to send to this list").reason is not Reason.SECURITYERROR


@pytest.mark.parametrize(
    "text",
    [
        "452 4.5.3 we take one recipient at a time, send the rest later",
        "451 Only one recipient per message is accepted from outside",
    ],
)
def test_recipients_taken_one_at_a_time_is_a_recipient_limit(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.TOOMANYCONN
    assert reply.rule == "concept:RECIPIENTS_COUNT"


@pytest.mark.parametrize(
    "text",
    [
        "550 recipient <carol@example.net> denied",
        "553 5.7.1 recipient forbidden",
        "550 Recipient prohibited by site rule",
    ],
)
def test_a_recipient_denied_right_after_its_word_is_an_access_rule(text: str) -> None:
    # The site's rule on whom it takes mail for (Haraka's access plugin, milter-gris), not the sending host
    # blocked and not an unknown mailbox.
    reply = parse_reply(text)
    assert reply.reason is Reason.POLICYVIOLATION
    assert reply.rule == "concept:RCPT+ACCESS_DENIED"


@pytest.mark.parametrize("text", ["550 5.1.1 recipient <dave@example.net> denied", "550 5.4.1 Recipient blocked here"])
def test_a_recipient_denied_under_a_mailbox_status_is_the_mailbox_verdict(text: str) -> None:
    # RFC 3463 X.1.1 is the server's verdict on the mailbox, as for "no valid recipients" under 5.1.1; X.4.1 beside
    # a refused recipient is Exchange Online's directory finding none (LABELING.md).
    reply = parse_reply(text)
    assert reply.reason is Reason.USERUNKNOWN
    assert reply.rule == "concept:RCPT+ACCESS_DENIED;mailbox-status"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # The policy service's own reason after Postfix's prefix: the sending host on lists.
        ("554 5.7.1 <erin@example.org>: Recipient address rejected: Blocked - several DNSBLs list you", Reason.BLOCKED),
        # Exchange Online's directory edge blocking keeps its reading by the status (LABELING.md).
        ("550 5.4.1 Recipient address rejected: Access denied", Reason.USERUNKNOWN),
    ],
)
def test_a_refused_recipient_address_framing_another_reason_keeps_it(text: str, reason: Reason) -> None:
    assert parse_reply(text).reason is reason


@pytest.mark.parametrize(
    "text",
    [
        "550 That header value is forbidden here",
        "554 5.7.1 Header field value rejected by local rule",
    ],
)
def test_a_header_value_refused_is_the_sites_rule(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.POLICYVIOLATION
    assert reply.rule == "concept:HEADER_VALUE+REFUSED"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("550 Two Subject headers are not allowed", Reason.NOTCOMPLIANTRFC),
        ("550 header value is malformed", Reason.NOTCOMPLIANTRFC),
    ],
)
def test_a_header_broken_or_doubled_keeps_its_format_reading(text: str, reason: Reason) -> None:
    assert parse_reply(text).reason is reason


@pytest.mark.parametrize("text", ["550 9c0ffee41-7a2 Mail refused", "554 q7Hk2Lx09 message rejected"])
def test_a_bare_refusal_beside_an_identifier_says_nothing_more(text: str) -> None:
    # A queue or session id beside the refusal names the transaction, not a cause (LABELING.md: "Message
    # blocked / rejected / refused and nothing more" is onhold when no status tells).
    reply = parse_reply(text)
    assert reply.reason is Reason.ONHOLD
    assert reply.rule == "concept:MESSAGE+REFUSED;unstated"
