"""Meanings written from the tuning part of round 32 (issue 10: replies of mail filters and policy daemons),
each tested in a wording other than the one that prompted it (the texts here are not corpus texts)."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    ("text", "command", "reason"),
    [
        # RFC 5321's command word in the plural counts recipients.
        ("452 4.5.3 No more than 100 RCPTs per message", None, Reason.TOOMANYCONN),
        # A recipient check that could not be made for the address is the recipient refused.
        ("550 5.1.1 Unable to verify recipient address", "RCPT", Reason.USERUNKNOWN),
        # A signature of the message said invalid or missing: its authentication failed.
        ("550 5.7.1 Message has an invalid signature", "DATA", Reason.AUTHFAILURE),
        ("550 5.7.1 Missing signature for this domain", "DATA", Reason.AUTHFAILURE),
        # An error said to be internal is the receiver's, whatever check it names.
        ("451 4.3.0 Internal SPF error", "RCPT", Reason.SYSTEMERROR),
        # The receiver's resources (strerror EAGAIN).
        ("451 4.3.0 Resource temporarily unavailable", None, Reason.SYSTEMERROR),
        # A payload attacking a vulnerability is malicious content.
        ("554 5.7.1 Exploit detected in message body", "DATA", Reason.VIRUSDETECTED),
        # Internationalised mail a server does not take is a format it cannot carry.
        ("553 5.6.7 Destination does not support internationalized email", None, Reason.CONTENTERROR),
        # The reply names the address to use instead: the mailbox has moved.
        ("550 5.1.6 Please write to carol@example.org instead", "RCPT", Reason.HASMOVED),
        # An address ending in "@" lacks its host name: its form.
        ("553 5.1.3 <dave@>: host name required", "RCPT", Reason.SYNTAXERROR),
        # A DNS lookup failing in answer to MAIL FROM is the sender's domain being checked.
        ("451 Temporary DNS lookup failure for example.net", "MAIL", Reason.REJECTED),
        # A bounce said invalid is the site's rule against backscatter.
        ("550 5.7.1 Invalid bounce, no such message sent from here", "DATA", Reason.POLICYVIOLATION),
    ],
)
def test_round32_meanings(text: str, command: str | None, reason: Reason) -> None:
    hints = {"smtp_command": command} if command else {}
    assert parse_reply(text, **hints).reason is reason


@pytest.mark.parametrize(
    "text",
    [
        # The verb "exploit" names no malicious payload (a file-type rule explaining itself).
        "550 5.7.0 Attachment type not allowed because such files can be used to exploit viewers",
        # A spam signature known to a scanner is no failed authentication.
        "550 5.7.1 Message matches a known spam signature",
    ],
)
def test_round32_not_these(text: str) -> None:
    assert parse_reply(text).reason not in (Reason.VIRUSDETECTED, Reason.AUTHFAILURE)
