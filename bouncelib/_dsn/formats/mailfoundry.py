"""MailFoundry (spam/virus gateway appliance): "Message delivery has failed" bodies.

::

    Unable to deliver message to: <user@example.org>
    Delivery failed for the following reason:
    mail.example.org[192.0.2.222] responded with failure: 552 sorry, mailbox ... is over quota

    This has been a permanent failure. No further delivery attempts will be made.

Variants covered: the remote ``host[ip] responded with failure: <reply>`` form and a
local explanation on its own; several "Unable to deliver" blocks.
"""

from __future__ import annotations

import re

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import reply_code_status

__all__ = ["DETECTOR"]

_RCPT = re.compile(r"^Unable to deliver message to: <([^<>\s]+)>", re.MULTILINE)
_REASON = "Delivery failed for the following reason:"
_REMOTE = re.compile(r"^([^\s\[\]]+)\[([^\]\s]*)\] responded with failure: (.*)$")


class MailFoundry:
    """Detector for MailFoundry bounces."""

    name = "mailfoundry"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Return one recipient per "Unable to deliver message to" block, or None."""
        if mail.subject != "Message delivery has failed" or "mailer-daemon" not in mail.from_.lower():
            return None
        body = mail.body
        out: list[Found] = []
        for m in _RCPT.finditer(body):
            block = body[m.end() :].split("\n\n", 1)[0]
            _, _, reason = block.partition(_REASON)
            found = Found(recipient=m.group(1), action="failed", diagnostic=" ".join(reason.split()))
            if r := _REMOTE.match(found.diagnostic):
                found.remote_mta, found.remote_ip, found.diagnostic = r.group(1), r.group(2) or None, r.group(3)
            found.smtp_code, found.status = reply_code_status(found.diagnostic)
            out.append(found)
        return out or None


DETECTOR = MailFoundry()
