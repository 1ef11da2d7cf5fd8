"""Round r35tune (issue 10): rows that remembered one wording, widened to their meaning. Each was found by
bench/synonym_swap.py (a concept word swapped for another word of the same concept moved the verdict of a
tuning reply) or bench/rule_sources.py (a rule only one source's cases used); tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    "text",
    [
        "550 Content denied",
        "550 Sorry, contents refused",
        "550 Inhalt abgelehnt",
        "554 Contenu refusé",
    ],
)
def test_the_content_refused_is_a_content_rule(text: str) -> None:
    # "message content rejected" is Postfix's reply for a content rule (LABELING.md: policyviolation); the
    # content named is more than a bare refusal of the message, in whichever word of refusal.
    assert parse_reply(text).reason is Reason.POLICYVIOLATION


@pytest.mark.parametrize("text", ["554 Your message was refused", "550 Mail rejected", "554 Nachricht abgelehnt"])
def test_a_bare_refusal_of_the_message_still_says_nothing(text: str) -> None:
    assert parse_reply(text).reason is Reason.ONHOLD


@pytest.mark.parametrize(
    "text",
    [
        "550 5.7.1 We cannot relay for carol@example.org",
        "550 Could not relay message to example.org",
        "554 Not able to relay to that domain",
    ],
)
def test_a_server_that_cannot_relay_refuses_the_relaying(text: str) -> None:
    assert parse_reply(text).reason is Reason.NORELAYING


def test_cannot_with_another_word_before_relay_is_not_the_pair() -> None:
    # Only the word right after: "could not verify ... relay" is not a refusal to relay.
    r = parse_reply("451 Could not verify the sender; relay host example.net timed out")
    assert r.reason is not Reason.NORELAYING


@pytest.mark.parametrize(
    "text",
    [
        "554 This server does not support encryption",
        "530 Peer did not support STARTTLS",
        "454 Encryption unsupported on this port",
    ],
)
def test_tls_the_server_lacks_is_a_starttls_failure(text: str) -> None:
    # RFC 3207: TLS not available; the active voice ("does not support") as the passive ("not supported").
    assert parse_reply(text).reason is Reason.FAILEDSTARTTLS


def test_does_not_support_alone_is_no_tls_failure() -> None:
    assert parse_reply("Domain example.org does not support SRV requests").reason is not Reason.FAILEDSTARTTLS


@pytest.mark.parametrize(
    "text",
    [
        "bob@example.org: Domain example.org refuses all mail (nullMX)",
        "556 Recipient domain publishes a nullMX record",
    ],
)
def test_a_null_mx_named_in_one_word(text: str) -> None:
    assert parse_reply(text).reason is Reason.NOTACCEPT


@pytest.mark.parametrize(
    "text",
    [
        "550 Recipient is unavailable",
        "550 The account is unavailable",
        "550 Destinataire rejeté",
        "550 #5.1.0 Address refused",
    ],
)
def test_the_vague_refusal_of_the_mailbox_in_any_of_its_words(text: str) -> None:
    # "mailbox unavailable", "recipient address rejected": weak rows (Sisimai's UserUnknown); the same meaning
    # in the other words of RCPT/ADDR and of the vague act or state.
    r = parse_reply(text)
    assert r.reason is Reason.USERUNKNOWN
    assert r.rule is not None
    assert r.rule.startswith("weak:")


@pytest.mark.parametrize(
    "text",
    [
        "550 Destination host unavailable",  # a host, not the mailbox: words between that are no filler
        "550 Recipient address denied",  # an access rule's word, not the mailbox's
        "550 recipient rejected due to missing routing groups",  # a cause given
        "550 User rejected for some reason",  # the reason said to be unstated (UNSTATED)
    ],
)
def test_the_vague_pair_reads_only_the_vague_wording(text: str) -> None:
    assert parse_reply(text).reason is not Reason.USERUNKNOWN


def test_the_vague_pair_passes_under_a_policy_status() -> None:
    # As the weak rows: under X.7.x the status says why, and it is no verdict on the address.
    r = parse_reply("550 5.7.1 Recipient is unavailable")
    assert r.reason is not Reason.USERUNKNOWN
    assert not r.hard_bounce


@pytest.mark.parametrize("text", ["500 5.5.2 Lines too long", "501 Line is too long"])
def test_a_long_line_refused_as_a_command_in_other_words(text: str) -> None:
    # The "line too long" convention (a 5.5.x status or a 501: the command's line) read for the meaning, not
    # for the phrase row's wording alone.
    assert parse_reply(text).reason is Reason.SYNTAXERROR


def test_a_long_line_with_no_command_evidence_stays_content() -> None:
    assert parse_reply("500 Lines too long").reason is Reason.CONTENTERROR


@pytest.mark.parametrize(
    "text",
    [
        "552 5.7.1 Disk space for this account exceeded",
        "554 5.7.1 <carol@example.org>: mailbox refused: quota exceeded",
    ],
)
def test_a_quota_of_storage_or_of_a_refused_recipient_is_the_mailboxs(text: str) -> None:
    # Under X.7.x a bare quota is a sending limit; storage named, or the recipient refused beside it, is the
    # mailbox's (as "Disk quota" and "Recipient address rejected: Quota exceeded" were).
    assert parse_reply(text).reason is Reason.MAILBOXFULL


def test_a_bare_quota_under_a_policy_status_stays_a_sending_limit() -> None:
    assert parse_reply("550 5.7.1 Hourly quota exceeded for this client").reason is Reason.SPEEDING
