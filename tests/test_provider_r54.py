"""What in a provider's own reply names it when no host is written (round 54, r54pd).

A provider is named by its own code formats, its own product names and the wording only its service writes, as
bouncelib/_data/providers.py records them with their sources. The texts below are our own.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_reply


@pytest.mark.parametrize(("text", "provider"), [
    # Amazon SES checks identities per AWS region.
    ("554 Message rejected: the identities below failed the check in region EU-WEST-3: a@example.com", "amazon"),
    # SendGrid's own site, where its docs are.
    ("550 Sender identity unknown here; see https://sendgrid.com/docs/ui/sender-identity/", "sendgrid"),
    # Mailgun's sandbox domains.
    ("554 Sandbox subdomains may only send to the recipients you authorised.", "mailgun"),
    # Postmark's name for a confirmed From address.
    ("422 The From address is no confirmed Sender Signature of this server.", "postmark"),
    # Alibaba DirectMail's own replies.
    ("557 The length of DATA content is achieved the maximum threshold of your plan", "aliyun"),
    ("556 The number of RCPTs is over size for one message", "aliyun"),
    # QQ Mail's rate refusals, one per thing counted.
    ("550 Account frequency limited", "qq"),
    # Forward Email's own advice about SPF and DKIM.
    ("550 Look up \"YourProvider SPF DKIM setup\" and publish the records, then retry.", "forwardemail"),
    # Daum's anti-spam codes.
    ("554 5.7.1 DAS12 192.0.2.9: blocked by policy", "daum"),
])  # fmt: skip
def test_a_providers_own_marker_names_it_without_a_host(text: str, provider: str) -> None:
    assert parse_reply(text).provider == provider


@pytest.mark.parametrize("text", [
    "550 Message rejected: the check failed for this sender",
    "554 Signature of the sender could not be verified",
    "550 Rate limited, try again later",
    "554 Das ist nicht erlaubt 12",
    "550 Please publish SPF and DKIM records for your domain",
])  # fmt: skip
def test_wordings_other_providers_share_name_none(text: str) -> None:
    assert parse_reply(text).provider is None


@pytest.mark.parametrize("text", ["550 Ip frequency limited.", "550 Connection frequency limited"])
def test_qq_frequency_limits_are_counts_per_unit_of_time(text: str) -> None:
    assert parse_reply(text).reason.value == "speeding"


@pytest.mark.parametrize(("text", "provider"), [
    # Spam-Mail-Blocker's own wordings.
    ("4.2.1 Sender ip address rejected: You sent to many mails from different networks today", "spammailblocker"),
    ("5.6.3 Sender ip adress rejected: Your IPv6 address must be send with an encryption first", "spammailblocker"),
    # Zoho's SMTP refusal of a From address the account may not use.
    ("553 Relaying disallowed as someone@example.org", "zoho"),
])  # fmt: skip
def test_a_filters_and_a_hosts_own_wording_names_them(text: str, provider: str) -> None:
    assert parse_reply(text).provider == provider
