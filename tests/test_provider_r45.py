"""A name's role in the reply decides whether it names the receiving operator (issue 10, point 5).

A domain or brand the text gives as an example or a third party, as the domain an authentication check was
made for, or as the host that received the answer, is not the operator that wrote the reply.
The wordings are our own.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_reply


@pytest.mark.parametrize(("text", "provider"), [
    # Names given as examples or third parties: one of several, the writer's choice, not its signature.
    ("550 Sender not authenticated. Publish SPF for the service you send with (for example Gmail or "
     "Fastmail) and try again.", None),
    ("550 5.7.1 We only accept mail from domains with DKIM, as large providers such as Yahoo, Gmail and "
     "Outlook do.", None),
    ("554 Rejected: unauthenticated sender. Ask your mail host (e.g. 'Zoho') how to set up SPF.", None),
    # The domain an authentication check was made for is the sender's.
    ("550 5.7.23 SPF validation for yahoo.com failed with ip 192.0.2.7", None),
    ("550 5.7.1 DKIM signature of domain gmail.com did not verify; message refused", None),
    ("550 5.7.1 DMARC check for [orange.fr] failed, message rejected", None),
    # The domain (or address) the text names as the sender's.
    ("553 5.7.1 Sender domain yahoo.com does not publish SPF", None),
    ("550 5.7.1 The sender's domain gmail.com does not allow this server to send", None),
    ("550 Header From domain yahoo.com fails DMARC", None),
    ("550 5.7.1 Mail claiming to come from hotmail.com must be sent by its own servers", None),
    ("550 5.7.1 <someone@gmail.com>: Sender address rejected: not owned by user", None),
    # The original message's: its id's domain, the host said to have sent it or attempted the relay.
    ("554 5.7.1 Your message (id CAF1234abcd@mail.gmail.com) was rejected: content policy", None),
    ("550 5.2.1 Message-ID <abc.123@yahoo.com> refused: duplicate", None),
    ("550 Rejected: the original message was sent by mail-ot1.outbound.protection.outlook.com and failed SPF", None),
    ("550 5.7.1 Unauthorised relay attempt by mail.outlook.com", None),
    # (The recipient's address is another role: its domain names the mailbox's operator.)
    ("550 5.1.1 <someone@gmail.com>: Recipient address rejected: User unknown", "google"),
    # The host the text says received the answer asked; another server answered.
    ("Delivery failed. Relay mx1.outbound.zoho.com received the following error from the recipient's "
     "server: 550 No such user here", None),
    ("Our gateway smtp-out.secureserver.net got this reply from the remote host: 554 Blocked", None),
    # The operator's own signs still name it beside such names.
    ("550 5.7.26 SPF check for [example.org] does not pass. Please visit "
     "https://support.google.com/mail/answer/81126 for more information - gsmtp", "google"),
    ("550 Configure SPF with your provider (e.g. Zoho). See https://forwardemail.net/en/faq", "forwardemail"),
    # "looks like" is no example: the name after it is the one the text speaks of.
    ("550 Message refused: it looks like yahoo.com rejected your address", "yahoo"),
])
def test_a_name_in_another_role_names_no_operator(text: str, provider: str | None) -> None:
    assert parse_reply(text).provider == provider, text
