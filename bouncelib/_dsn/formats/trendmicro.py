"""Trend Micro InterScan Messaging Security Suite (InterScan MSS, IMSS) notifications.

Recognised by the ``InterScan_NT_MIME_Boundary`` MIME boundary or an "InterScan"
sender name; the text part comes in two shapes::

    Message from InterScan Messaging Security Suite
    Unable to deliver message to <user@example.jp> (and other recipients in the same domain).

or, with the SMTP exchange (the Japanese-subject variant)::

    Sent <<< RCPT TO:<user@example.co.jp>
    Received >>> 550 5.1.1 <user@example.co.jp>... user unknown

Variants covered: both shapes, with or without the ``Reason:`` prefix.  The first
shape carries no reply: InterScan writes it when the next hop refused the recipient
address, so its reason is taken as userunknown (Sisimai's TrendMicro module reads it
the same way).
"""

from __future__ import annotations

import re

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import reply_code_status
from bouncelib.models import Reason

__all__ = ["DETECTOR"]

_UNABLE = re.compile(r"Unable to deliver message to <([^<>\s]+)>")
_SENT = re.compile(r"^Sent <<< (\w+) (?:TO|FROM):<([^<>\s]*)>", re.MULTILINE | re.IGNORECASE)
_RECEIVED = re.compile(r"^Received >>> (.*)$", re.MULTILINE)


class TrendMicro:
    """Detector for InterScan MSS notifications."""

    name = "trendmicro"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Return the recipients InterScan names, or None."""
        # The raw Content-Type holds the boundary; parsing its parameters costs more than a find.
        if "InterScan" not in str(mail.msg.get("Content-Type", "")) and "InterScan" not in mail.from_:
            return None
        body = mail.body
        out: list[Found] = []
        for sent in _SENT.finditer(body):
            reply = _RECEIVED.search(body, sent.end())
            found = Found(recipient=sent.group(2), action="failed", smtp_command=sent.group(1).upper())
            found.diagnostic = reply.group(1).strip() if reply else ""
            found.smtp_code, found.status = reply_code_status(found.diagnostic)
            out.append(found)
        if not out:
            for m in _UNABLE.finditer(body):
                line = body[m.start() :].split("\n", 1)[0].strip()
                out.append(Found(recipient=m.group(1), action="failed", diagnostic=line, reason=Reason.USERUNKNOWN))
        return out or None


DETECTOR = TrendMicro()
