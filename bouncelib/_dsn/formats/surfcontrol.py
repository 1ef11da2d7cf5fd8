"""Websense SurfControl E-mail Filter: "Your message could not be sent." transcripts.

``X-Mailer: SurfControl E-mail Filter`` (with ``X-SEF-Processed``); the text part::

    Your message could not be sent.
    A transcript of the attempts to send the message follows.
    The number of attempts made: 1
    Addressed To: user@example.org

    Thu, 29 Apr 2009 23:34:45 +0900
    Failed to send to identified host,
    user@example.org: [192.0.2.244], 554 Service currently unavailable
    --- Message non-deliverable.

A ``message/delivery-status`` part (or its fields pasted below the text) may follow;
its ``Status`` is used when the reply has no enhanced code.  Variants covered: several
"Addressed To" blocks, a transcript line without a host (the reply alone).
"""

from __future__ import annotations

import re

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import delivery_status_lines, reply_code_status

__all__ = ["DETECTOR"]

_ADDRESSED = re.compile(r"^Addressed To:\s*<?([^<>\s]+@[^<>\s]+?)>?\s*$")
_ATTEMPT = re.compile(r"^([^\s:]+@[^\s:]+):\s*(?:\[([^\]\s]*)\],\s*)?(.*)$")
_STATUS = re.compile(r"^Status:\s*([245]\.\d{1,3}\.\d{1,3})", re.MULTILINE | re.IGNORECASE)


class SurfControl:
    """Detector for SurfControl E-mail Filter reports."""

    name = "surfcontrol"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Return the "Addressed To" recipients with their transcript line, or None."""
        if mail.header("X-Mailer") != "SurfControl E-mail Filter":
            return None
        body = mail.body
        start = body.find("Your message could not be sent.")
        if start == -1:
            return None
        out: list[Found] = []
        for raw in body[start:].split("\n"):
            line = raw.strip()
            if line.startswith("--- Message non-deliverable"):
                break
            if m := _ADDRESSED.match(line):
                out.append(Found(recipient=m.group(1), action="failed"))
            elif out and (a := _ATTEMPT.match(line)) and a.group(1).lower() == out[-1].recipient.lower():
                out[-1].remote_ip, out[-1].diagnostic = a.group(2) or None, a.group(3).strip()
        # The DSN fields are a real part, or (older versions) pasted after the text in the same part.
        ds_status = _STATUS.search(delivery_status_lines(mail) or body[start:])
        for found in out:
            found.smtp_code, found.status = reply_code_status(found.diagnostic)
            if found.status is None and ds_status:
                found.status = ds_status.group(1)
        return out or None


DETECTOR = SurfControl()
