"""Round r50tune (issue 10): meaning-level readings of tuning misses, tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply

_FRAME = "553 5.7.1 Refused due to our security policy - "


@pytest.mark.parametrize(
    ("clause", "reason", "rule"),
    [
        ("Blacklisted peer, read https://policy.example.org", Reason.BLOCKED, "concept:LISTING"),
        ("Body URL is blacklisted", Reason.SPAMDETECTED, "concept:BODY_LINK+LISTING"),
        ("Recipient is undeliverable", Reason.USERUNKNOWN, "concept:RCPT+UNDELIVERABLE"),
        ("EHLO greeting was expected first", Reason.SYNTAXERROR, "concept:HELO+EXPECTED"),
        ("plain IP given as MTA hostname", Reason.BLOCKED, "concept:BARE_IP+HELO"),
        ("bogus source hostname 'mx.example.net'", Reason.BLOCKED, "concept:HELO+UNKNOWN"),
        ("Recipient is blacklisted here", Reason.POLICYVIOLATION, "concept:RCPT+LISTING"),
    ],
)
def test_the_clause_after_a_policy_frame_says_which_rule_refused(clause: str, reason: Reason, rule: str) -> None:
    # "Refused due to <policy> - <clause>": the policy is the frame, the clause after its dash the cause; a concept
    # that means a reason alone (a listing) counts there too, not only a pair.
    reply = parse_reply(_FRAME + clause)
    assert reply.reason is reason
    assert reply.rule == rule


def test_a_policy_frame_with_only_a_policy_clause_stays_policy() -> None:
    reply = parse_reply(_FRAME + "see our local policy page")
    assert reply.reason is Reason.POLICYVIOLATION


@pytest.mark.parametrize(
    "text",
    ["554 5.7.1 This mail is a security policy violation", "550 Sorry, you are violating our security policies"],
)
def test_a_violation_of_a_security_policy_is_the_sites_policy(text: str) -> None:
    # A site's security policy, violated or not, is its policy (round r82en: Sisimai's securityerror row dropped).
    reply = parse_reply(text)
    assert reply.reason is Reason.POLICYVIOLATION


def test_a_notice_listing_undeliverable_recipients_calls_none_unknown() -> None:
    # RCPT+UNDELIVERABLE is read close by only: a notice's "recipients ... could not be delivered" names no cause.
    reply = parse_reply("The following recipients of your message could be reached: none; undeliverable")
    assert reply.reason is not Reason.USERUNKNOWN


@pytest.mark.parametrize(
    "text",
    [
        "Impossibile trovare l'utente per conto di cui si sta tentando di inviare questo messaggio.",
        "Nem található a felhasználó, aki nevében próbálta küldeni.",
        "送信しようとしたユーザーは存在しません。",
        "傳送的使用者不存在",
    ],
)
def test_the_identity_sent_as_not_found_is_the_sender_refused(text: str) -> None:
    # "The user you try to send as cannot be found" (a send-as check): the sender identity, not the recipient.
    reply = parse_reply(text)
    assert reply.reason is Reason.REJECTED
