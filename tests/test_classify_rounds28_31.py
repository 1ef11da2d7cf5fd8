"""Meanings written from the tuning parts of rounds 28-31 (issue 10), each tested in a wording other than the
one that prompted it (the texts here are not corpus texts), and the header-less Postfix forms round 28 reads."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_log_line, parse_reply


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # A check of the receiver that could not run found nothing; a list lookup that failed lists nobody.
        ("451 4.3.0 Could not virus scan message", Reason.SYSTEMERROR),
        ("451 4.3.0 DNS error doing RBL lookup", Reason.SYSTEMERROR),
        # A command given again is the client's command sequence; an address past RFC 5321's limits its form.
        ("503 5.5.1 You are already authenticated.", Reason.SYNTAXERROR),
        ("501 5.1.3 Path too long", Reason.SYNTAXERROR),
        # The receiving system out of room or resources.
        ("451 4.3.0 Write error (queue full?)", Reason.SYSTEMFULL),
        ("421 4.3.2 system resources exhausted", Reason.SYSTEMFULL),
        # A mail system not set up for the recipient is a relay refusal; the server's use refused, the host.
        ("553 5.7.1 Mail system is not configured to accept that recipient", Reason.NORELAYING),
        ("550 5.7.1 You are not allowed to use this mail server.", Reason.BLOCKED),
        # A count per span of time written out is a rate; a message sent twice is the site's rule.
        ("550 5.7.1 sender has exceeded 500 messages per 1 day", Reason.SPEEDING),
        ("550 5.3.4 duplicate message rejected", Reason.POLICYVIOLATION),
        # The sending host said infected is refused as a bot: no virus was found in the message.
        ("554 5.7.1 Client host rejected: your computer may be infected, see the CBL", Reason.BLOCKED),
        # Posting restricted to a list role refuses the sender.
        ("550 5.7.1 This list is restricted to moderators", Reason.REJECTED),
        # The message format's standards, said without a number.
        ("554 5.6.0 Message does not conform to standards", Reason.NOTCOMPLIANTRFC),
        # The recipient's own block of the sender is the recipient's choice.
        ("550 5.7.1 Envelope blocked - the recipient's personal blocked senders list", Reason.FILTERED),
        # A session cut for the client's errors refuses the host; spam counted as a volume is reputation.
        ("421 4.7.0 Too many errors on this connection, closing", Reason.BLOCKED),
        ("550 5.7.1 too much spam from your mail server", Reason.BADREPUTATION),
        ("550 5.7.1 trapped by honeypot", Reason.BLOCKED),
        # Unknown or disabled, the server not saying which: the address is not to be mailed again.
        ("550 5.1.1 Invalid/inactive user", Reason.USERUNKNOWN),
        # A bare request to retry is the receiver's temporary trouble.
        ("450 4.7.1 please try again", Reason.SYSTEMERROR),
        # A recipient reachable only from inside its own domain: the recipient's restriction.
        ("550 5.7.1 Delivery permitted to this user only from the same domain", Reason.FILTERED),
        # A tag in front of a bare refusal names no cause.
        ("554 ERROR: Mail refused", Reason.ONHOLD),
        # A server that receives no mail for the address; one that takes no mail at all.
        ("550 Cannot receive mail for that address", Reason.USERUNKNOWN),
        ("554 Mail is not being accepted at this site", Reason.NOTACCEPT),
        # Delivery refused for where it comes from: the sending host.
        ("550 5.7.1 Delivery from 192.0.2.1 rejected", Reason.BLOCKED),
    ],
)
def test_meanings_of_rounds_28_to_31(text: str, reason: Reason) -> None:
    assert parse_reply(text).reason is reason


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # A web console's date, time and level columns, copied without the table's rules.
        ("30.4.2018, 10:05:13 warning warning: hostname mx.example.net does not resolve to address 192.0.2.7",
         "warning"),
        # smtp(8)'s TLS trouble for a queued message, without the syslog header.
        ("4A1B2C3D4E: Cannot start TLS: handshake failure", "tls"),
        # cleanup(8)'s header action, without the syslog header.
        ("4A1B2C3D4E: prepend: header Received: from mail.example.org[192.0.2.9]; from=<a@example.org> "
         "to=<b@example.net> proto=ESMTP helo=<mail.example.org>: X-Checked: yes", "action"),
        # dnsblog(8)'s listing, without the syslog header.
        ("addr 192.0.2.9 listed by domain zen.spamhaus.org as 127.0.0.2", "dnsbl"),
    ],
)
def test_headerless_postfix_messages_are_read(line: str, kind: str) -> None:
    assert getattr(parse_log_line(line), "kind", None) == kind
