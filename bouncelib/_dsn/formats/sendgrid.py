"""SendGrid (the pre-2016 "This is an automatically generated message from SendGrid." bounce).

A ``multipart/report`` whose delivery-status part is not quite RFC 3464: the
Arrival-Date is ``2013-07-08 18-21-01``, ``Action: expired`` (not one of the
RFC 3464 actions) and ``Status:`` may be empty.  The text part names the
recipient with SendGrid's internal prefix and the failing step::

    kijitora:00000:<user@example.org> : Connection timed out in connect

"Action: expired" is SendGrid saying it gave up retrying, which fixes the reason
(expired) whatever the last error text was; "in connect" names the step.
"""

from __future__ import annotations

import re
from typing import Final

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._vendor import ds_rows
from bouncelib.models import Reason

__all__ = ["DETECTOR"]

_MARKER = "This is an automatically generated message from SendGrid."
_LINE: Final = re.compile(r"^\S*:<([^<>\s]+@[^<>\s]+)>\s*:\s*(.+?)(?: in (connect|RCPT|MAIL|DATA|HELO|EHLO))?$", re.M)
_COMMANDS: Final = {"connect": "CONN", "RCPT": "RCPT", "MAIL": "MAIL", "DATA": "DATA", "HELO": "HELO", "EHLO": "EHLO"}


class SendGrid:
    """Detector for SendGrid's own bounce reports."""

    name = "sendgrid"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Recipients of a SendGrid bounce, or None."""
        body = mail.body
        if _MARKER not in body:
            return None
        lines = {m.group(1).lower(): m for m in _LINE.finditer(body)}
        rows = ds_rows(mail) or [Found(recipient=m.group(1)) for m in lines.values()]
        for row in rows:
            line = lines.get(row.recipient.lower())
            if line is not None:
                row.diagnostic = row.diagnostic or line.group(2)
                row.smtp_command = _COMMANDS.get(line.group(3) or "")
            if row.action == "expired":
                row.action, row.reason = "failed", Reason.EXPIRED
            row.action = row.action or "failed"
        return rows or None


DETECTOR: Final = SendGrid()
