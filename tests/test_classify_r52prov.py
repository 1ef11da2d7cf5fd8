"""Delist and provider verdicts that hold on wordings no rule was tuned to (round 52).

docs/fields.md, "delist": the contacts a refusal offers count when the refusal concerns the sender. When the
words name no one (a filter, nothing read), a status of RFC 3463's security or policy subject
(X.7.XXX) says who: the sender, whose message was refused by policy.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_reply


@pytest.mark.parametrize("text", [
    "553 Message filtered by the gateway, reasons at https://help.filter-example.net/why (#5.7.1)",
    "550 5.7.1 Message filtered; see https://postmaster.mailhost-example.net/smtp-errors",
    "554 5.7.0 Content filtered, details: http://kb.isp-example.com/codes#554",
])  # fmt: skip
def test_a_policy_status_makes_a_refusal_naming_no_one_concern_the_sender(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason == "filtered"
    assert reply.delist, reply.rule


@pytest.mark.parametrize("text", [
    "553 Message filtered by the gateway, reasons at https://help.filter-example.net/why (#5.1.1)",
    "550 5.7.1 <bob@example.org>: Recipient address rejected: User unknown, see https://help.example.net/users",
    "452 4.2.2 Mailbox of the recipient is full, see https://help.example.net/quota",
])  # fmt: skip
def test_no_policy_status_or_a_recipient_reason_offers_nothing(text: str) -> None:
    assert parse_reply(text).delist == []


# docs/fields.md, "provider": a server offers its own operator's help pages and mailboxes. Written in any form a
# delisting contact may take (a host name with a path, no scheme; a role mailbox), the page's or mailbox's domain
# names the operator through the providers' domains, whatever the words around it.
@pytest.mark.parametrize(("text", "provider"), [
    ("550 5.7.1 Refused by local rules, explained at help.live.com/errors.html", "microsoft"),
    ("550 5.7.1 Refused by local rules, explained at support.me.com/mail/refused.html", "apple"),
    ("550 5.7.1 <bob@example.org>: message refused, write to postmaster@msn.com for help", "microsoft"),
    ("554 5.7.1 <bob@example.org>: refused. Mail abuse@mac.com if you believe this is wrong", "apple"),
])  # fmt: skip
def test_an_offered_page_or_role_mailbox_names_its_operator(text: str, provider: str) -> None:
    assert parse_reply(text).provider == provider


@pytest.mark.parametrize("text", [
    "550 5.7.1 <postmaster@gmx.net>: Sender address rejected: Access denied",
    "550 5.7.1 Sender postmaster@web.de rejected by local rules, see help.isp-example.com/why.html",
    "553 Mail from abuse@orange.fr refused by policy",
    "550 5.7.1 Sender address postmaster@msn.com refused, write to help@isp-example.com",
])  # fmt: skip
def test_the_senders_mailbox_names_no_operator(text: str) -> None:
    assert parse_reply(text).provider is None


# The domains of a provider's own help pages (its row's documented source) are its own: a reply offering one of
# its pages names it.
@pytest.mark.parametrize(("text", "provider"), [
    ("550 5.7.1 Not accepted. Codes are explained at https://www.verizon.com/support/mail-codes/", "verizon"),
    ("550 5.7.1 Not accepted, read support.sparkpost.com/docs/why.html", "sparkpost"),
    ("554 5.7.1 Not accepted. More at https://docs.mailchannels.com/inbound/errors#x", "mailchannels"),
    ("550 5.7.1 Not accepted: see https://developers.cloudflare.com/email-routing/limits/", "cloudflare"),
])  # fmt: skip
def test_a_page_on_a_providers_own_help_domain_names_it(text: str, provider: str) -> None:
    assert parse_reply(text).provider == provider
