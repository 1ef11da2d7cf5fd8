"""MailMarshal SMTP (Marshal / Trustwave SEG): "Undeliverable Mail: ..." bodies.

::

    Your message:
       From:    sender@example.com
       Subject: Hello

    Could not be delivered because of

    550 5.1.1 User unknown

    The following recipients were affected:
        user@example.com

    Additional Information
    ======================
    Remote-MTA:         <203.0.113.2>
    Reporting-MTA:      <relay.example.com>

Variants covered: one or several affected recipients sharing one reason; the
"Additional Information" block (remote and reporting MTA) when present.
"""

from __future__ import annotations

import re

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import failed_with, first_address

__all__ = ["DETECTOR"]

_BECAUSE = "Could not be delivered because of"
_AFFECTED = "The following recipients were affected:"
_FIELD = re.compile(r"^(Remote-MTA|Reporting-MTA):\s*<([^<>]*)>", re.MULTILINE)


class MailMarshal:
    """Detector for MailMarshal bounces."""

    name = "mailmarshal"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Return the affected recipients with the shared reason, or None."""
        if not mail.subject.startswith("Undeliverable Mail: "):
            return None
        body = mail.body
        start = body.find(_BECAUSE)
        cut = body.find(_AFFECTED, start)
        if start == -1 or cut == -1:
            return None
        diagnostic = " ".join(body[start + len(_BECAUSE) : cut].split())
        recipients: list[str] = []
        for line in body[cut + len(_AFFECTED) :].split("\n"):
            addr = first_address(line)
            if addr:
                recipients.append(addr)
            elif recipients and line.strip():
                break
        fields = {m.group(1): m.group(2).strip() for m in _FIELD.finditer(body)}
        return failed_with(
            recipients,
            diagnostic,
            remote_mta=fields.get("Remote-MTA") or None,
            reporting_mta=fields.get("Reporting-MTA") or None,
        )


DETECTOR = MailMarshal()
