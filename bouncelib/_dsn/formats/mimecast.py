"""Mimecast's own notification: "[Postmaster] Email Delivery Failure".

Mimecast writes each section as a ``--`` item under an English heading::

    An email that you attempted to send to the following address could not be delivered:
    -- user@example.org

    The problem appears to be :
    -- Recipient email address is possibly incorrect

    Additional information follows :
    -- 5.4.1 Recipient address rejected: Access denied. [...]

Variants covered: with or without the "Additional information" section (the remote
reply); the headings' spacing before the colon varies.  Mimecast relays that return
plain RFC 3464 DSNs are left to the generic detector.
"""

from __future__ import annotations

import re

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import reply_code_status

__all__ = ["DETECTOR"]

_ADDRESS = re.compile(r"could not be delivered:\s*\n-- (\S+@\S+)")
_PROBLEM = re.compile(r"^The problem appears to be ?:\s*\n-- (.+(?:\n(?!\n).+)*)", re.MULTILINE)
_INFO = re.compile(r"^Additional information follows ?:\s*\n-- (.+(?:\n(?!\n).+)*)", re.MULTILINE)


class Mimecast:
    """Detector for Mimecast delivery-failure notifications."""

    name = "mimecast"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Return the one recipient of the notification, or None."""
        if "Email Delivery Failure" not in mail.subject:
            return None
        body = mail.body
        m = _ADDRESS.search(body)
        if m is None:
            return None
        problem = _PROBLEM.search(body)
        info = _INFO.search(body)
        # The remote reply (Additional information) is the evidence; the problem line is Mimecast's gloss.
        parts = [x.group(1) for x in (info, problem) if x]
        found = Found(recipient=m.group(1), action="failed", diagnostic=" ".join(" ".join(parts).split()))
        found.smtp_code, found.status = reply_code_status(found.diagnostic)
        return [found]


DETECTOR = Mimecast()
