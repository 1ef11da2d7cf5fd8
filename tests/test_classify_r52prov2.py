"""Provider verdicts for sending relays and their own wordings (round 52, issue 10 point 5).

docs/fields.md, "provider": a reply names its operator by its hosts, its own pages and mailboxes, and the wordings
and codes only it writes. Brevo (formerly Sendinblue) and SMTP2GO are relays a sender submits to; their refusals
name them in their own words.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_reply


@pytest.mark.parametrize(("text", "provider"), [
    ("451 4.7.0 Your SMTP account is not yet activated, ask our team to switch sending on", "brevo"),
    ("550 Sending refused; write to contact@sendinblue.com about your plan", "brevo"),
    ("421 smtp-relay.brevo.com: too many connections from your address, try later", "brevo"),
    ("550 From header sender domain not verified (shop.example.org)", "smtp2go"),
    ("554 Message refused by the mail.smtp2go.com relay: quota used up", "smtp2go"),
])  # fmt: skip
def test_a_sending_relays_own_words_and_domains_name_it(text: str, provider: str) -> None:
    assert parse_reply(text).provider == provider


@pytest.mark.parametrize("text", [
    "535 5.7.3 Sign-in refused for this mailbox; read https://aka.ms/modern-auth-steps",
    "550 5.7.1 App passwords are off here, see aka.ms/app-password-help",
])  # fmt: skip
def test_microsofts_own_short_links_name_it(text: str) -> None:
    assert parse_reply(text).provider == "microsoft"


@pytest.mark.parametrize("text", [
    "550 5.7.60 SMTP; Client may not submit for this sender [BY5PR02MB1234.namprd02.prod.outlook.com]",
    "550 5.7.60 Refused for this sender [AM9PR07MB5555.EURPRD07.PROD.OUTLOOK.COM 2024-03-01T10:00:00.000Z 08DC0000]",
])  # fmt: skip
def test_the_bracketed_server_name_closing_a_reply_is_not_the_senders_domain(text: str) -> None:
    assert parse_reply(text).provider == "microsoft"


def test_a_domain_in_brackets_named_as_the_senders_still_names_no_receiver() -> None:
    assert parse_reply("550 Refused mail from this sender [gmail.com]").provider is None


def test_yahoos_submission_refusal_with_its_class_six_status_names_it() -> None:
    assert parse_reply("554 6.6.0 Error sending message for delivery; nothing more to say").provider == "yahoo"


@pytest.mark.parametrize("text", [
    "553 This account may not use the domain outlook.com as a sender domain",
    "550 Refused: <bob@gmail.com> as the sender address is not permitted here",
])  # fmt: skip
def test_a_domain_the_text_says_is_used_as_the_senders_names_no_receiver(text: str) -> None:
    assert parse_reply(text).provider is None
