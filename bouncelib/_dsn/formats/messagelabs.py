"""Symantec Email Security.cloud (formerly MessageLabs) delivery reports.

``multipart/report`` whose text part reads::

    This is the mail delivery agent at Symantec Email Security.cloud.

    I was unable to deliver your message to the following addresses:

    user@example.org

    Reason: 550-Please turn on SMTP Authentication in your mail client.
    550-mail0.example.net [198.51.100.21]:22222 is not permitted to
    550 relay through this server without authentication.

    The message subject was: ...

Why a module of its own: the ``message/delivery-status`` part that follows puts the
multi-line reply's continuation lines *unindented*, so a strict RFC 3464 reader loses
the Diagnostic-Code; the text part has the whole reply.  Variants covered: the
"Symantec Email Security.cloud" and older "MessageLabs" banners, several addresses,
the DSN ``Status`` field used when the reply has no enhanced code.
"""

from __future__ import annotations

import re

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import delivery_status_lines, failed_with, first_address

__all__ = ["DETECTOR"]

_BANNER = re.compile(r"^This is the mail delivery agent at (?:Symantec Email Security\.cloud|MessageLabs)", re.M)
_LIST = "I was unable to deliver your message to the following addresses:"
_STATUS = re.compile(r"^Status:\s*([245]\.\d{1,3}\.\d{1,3})", re.MULTILINE | re.IGNORECASE)
_MTA = re.compile(r"^Reporting-MTA:\s*dns;\s*(\S+)", re.MULTILINE | re.IGNORECASE)


class MessageLabs:
    """Detector for Symantec Email Security.cloud / MessageLabs reports."""

    name = "messagelabs"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Return the listed addresses with the quoted reply, or None."""
        if mail.subject != "Mail Delivery Failure":
            return None
        body = mail.body
        if not _BANNER.search(body):
            return None
        _, _, rest = body.partition(_LIST)
        recipients: list[str] = []
        reason: list[str] = []
        for line in rest.split("\n"):
            text = line.strip()
            if reason:
                if not text:
                    break
                reason.append(text)
            elif text.startswith("Reason:"):
                reason.append(text[7:].strip())
            elif text and (addr := first_address(text)):
                recipients.append(addr)
        diagnostic = " ".join(reason)
        ds = delivery_status_lines(mail)
        status, mta = _STATUS.search(ds), _MTA.search(ds)
        return failed_with(
            recipients,
            diagnostic,
            status=status.group(1) if status else None,  # when the quoted reply states none
            reporting_mta=mta.group(1) if mta else None,
        )


DETECTOR = MessageLabs()
