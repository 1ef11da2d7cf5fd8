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
