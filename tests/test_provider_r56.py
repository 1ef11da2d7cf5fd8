"""Providers named by their own catalogue wording when the reply names no host (round 56, r56prov).

Each marker is a sentence, product name or tag that only that provider's servers write (its own error reference
or help pages, or a tuning thread quoting its server); the words around it here are ours. Wordings that other
servers write word for word name no one.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_reply


@pytest.mark.parametrize(("text", "provider"), [
    # Google: its SMTP relay service's refusals, its 5.6.0 and 5.5.0 texts, its AUTH refusals,
    # the per-domain rules of Workspace.
    ("550 5.7.1 Invalid credentials for relay from this address", "google"),
    ("450 4.2.1 Ihr SMTP-Relay-Dienst hat sein Tageslimit erreicht", "google"),
    ("554 5.6.0 The mail message is malformed. Not accepted, sorry", "google"),
    ("451 4.5.0 SMTP protocol violation, visit RFC 2821 before retrying", "google"),
    ("535 5.5.4 Optional argument not permitted for that AUTH mode here", "google"),
    ("454 4.7.0 Cannot authenticate due to temporary system problem, retry soon", "google"),
    ("550 A policy required encryption but was unable to encrypt this mail", "google"),
    ("550 Message rejected due to policy associated with sender of this domain", "google"),
    # Exchange Online's concurrent-session limit, Fastmail's sending-identity refusal.
    ("432 4.3.2 Concurrent connections limit exceeded, slow down", "microsoft"),
    ("551 5.7.1 Not authorised to send from this header address, add it as an identity", "fastmail"),
    # QQ's content filter, Yahoo's per-connection limit.
    ("550 Mail content denied for this message", "qq"),
    ("421 Max message per connection reached, open a new session", "yahoo"),
    # Proton Mail Bridge, Forward Email's greylisting, BT's reputation refusal, SparkPost's suppression list.
    ("451 4.0.0 backend: invalid return path: not owned by user", "protonmail"),
    ("450 4.2.1 Message was greylisted, try again in 5 minutes", "forwardemail"),
    ("554 5.7.1 recipient address was suppressed due to customer policy (Bounce)", "sparkpost"),
    # SendGrid's refusal of an unverified From address.
    ("403 Sorry, you are not authorized to send from that email address yet", "sendgrid"),
    # MailChannels: its content scan's [CS] tag, its inbound SPF refusal.
    ("550 5.7.1 [CS] Blocked by the content scanner", "mailchannels"),
    ("550 5.7.1 Mail has been rejected due to the domain's SPF policy, sorry", "mailchannels"),
])  # fmt: skip
def test_a_providers_catalogue_wording_names_it(text: str, provider: str) -> None:
    assert parse_reply(text).provider == provider


@pytest.mark.parametrize("text", [
    # Rows of Google's reference that other MTAs write word for word (nodemailer's smtp-server, other MTAs).
    "454 5.5.1 STARTTLS may not be repeated",
    "421 Error: too many unauthenticated commands",
    "451 4.3.0 Temporary system problem",
    # Gmail's 5.7.26 wording, which Yahoo's 5.7.9 repeats, and its DMARC wording, which MailChannels' list
    # repeats: no marker for either.
    "550 5.7.26 Not delivered: the sender is unauthenticated, fix your records",
    "550 5.7.1 Unauthenticated email is not accepted due to domain's DMARC policy",
    # RFC 7372's text for X.7.28, any server's; a bare [CSX] tag is not MailChannels' [CS].
    "554 5.7.28 Mail flood detected",
    "550 5.7.1 [CSX] Message blocked",
])  # fmt: skip
def test_wordings_others_write_too_name_no_provider(text: str) -> None:
    assert parse_reply(text).provider is None
