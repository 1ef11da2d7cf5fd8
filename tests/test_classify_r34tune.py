"""Round r34tune (issue 10): meanings several tuning misses shared, each tested in wordings of our own (not the
corpus texts that prompted them)."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    "text",
    [
        "550 Delivery status notifications must have a null reverse path",
        "550 5.6.0 This non-delivery report carries a non-empty reverse path",
        "550 NDRs with a non-null return path are not accepted (RFC 3834)",
    ],
)
def test_a_bounce_with_a_reverse_path_breaks_the_standard(text: str) -> None:
    # RFC 3834 / RFC 5321 4.5.5: reports go out with the null sender; one that has a path is malformed.
    assert parse_reply(text).reason is Reason.NOTCOMPLIANTRFC


@pytest.mark.parametrize(
    "text",
    [
        "550 BATV tag missing from the bounce address",
        "553 Return path signature does not verify",
        "550 We do not accept an unsigned return path for this domain",
    ],
)
def test_a_reverse_path_signature_required_or_wrong_is_the_receivers_rule(text: str) -> None:
    # BATV protects a domain from backscatter: its signature missing or wrong is a site policy, not SPF/DKIM.
    assert parse_reply(text).reason is Reason.POLICYVIOLATION


def test_a_dkim_signature_missing_stays_authentication() -> None:
    assert parse_reply("550 5.7.1 DKIM signature missing").reason is Reason.AUTHFAILURE


@pytest.mark.parametrize("text", ["450 odd failure, sorry", "450 errore inatteso", "450 échec inattendu"])
def test_a_temporary_reply_saying_only_that_something_failed_is_the_receivers_system(text: str) -> None:
    # LABELING.md: "Temporary failure" alone is systemerror; the code says it is temporary, the words a failure.
    r = parse_reply(text)
    assert r.reason is Reason.SYSTEMERROR
    assert r.rule == "temporary:failure"


def test_a_permanent_reply_saying_only_that_something_failed_says_no_more() -> None:
    assert parse_reply("550 odd failure, sorry").reason is not Reason.SYSTEMERROR


def test_mimecasts_administrative_envelope_block_refuses_the_sender() -> None:
    # An administrator's Blocked Senders policy: the sender's address or domain is on it.
    r = parse_reply("550 5.7.1 Administrative prohibition - envelope blocked [Xy12Ab.uk301]",
                    remote_host="eu-smtp-inbound-2.mimecast.com")  # fmt: skip
    assert r.reason is Reason.REJECTED
    # A recipient's own block list stays the recipient's filter.
    r = parse_reply("550 Envelope blocked - User Entry", remote_host="eu-smtp-inbound-2.mimecast.com")
    assert r.reason is Reason.FILTERED


@pytest.mark.parametrize(
    "text",
    [
        "Lo siento, no acepto mensajes de más de 20000 bytes",
        "552 Message too big, send me a link instead",
        "Désolé, je n'accepte pas les messages de plus de 50000 octets",
    ],
)
def test_a_size_refused_by_a_writer_speaking_as_i_is_its_own_limit(text: str) -> None:
    # The recipient's own rule or a list's manager speaks as "I": the limit is theirs (X.2.3), not the system's.
    assert parse_reply(text).reason is Reason.EXCEEDLIMIT


def test_a_size_refused_by_the_system_stays_the_systems() -> None:
    assert parse_reply("552 5.3.4 Message too big for system").reason is Reason.MESGTOOBIG


@pytest.mark.parametrize(
    "text",
    [
        "Sorry, the list address must appear in To: or Cc:",
        "L'adresse de la liste doit figurer dans To: ou Cc:",
        "Die Adresse der Liste muss unter An: oder Cc: stehen",
    ],
)
def test_a_post_that_does_not_name_the_list_breaks_the_lists_addressing_rule(text: str) -> None:
    # The list's explicit-destination rule (a blind copy or implicit destination): its policy.
    assert parse_reply(text).reason is Reason.POLICYVIOLATION
