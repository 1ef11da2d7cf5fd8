"""m-FILTER (Digital Arts' mail gateway, Japan): "failure notice" bodies.

A Japanese (ISO-2022-JP or base64 UTF-8) explanation, the failed addresses, then
sections introduced by dashed English markers::

    <Japanese text>
    user@example.com

    -------server message
    550 unknown user <user@example.com>

    -------SMTP command
    DATA

    -------original message      (or: -------original mail info)

Variants covered: ``X-Mailer: m-FILTER`` or a site-specific X-Mailer (the markers
are what identify the format), several addresses, any SMTP command.
"""

from __future__ import annotations

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import failed_with, first_address

__all__ = ["DETECTOR"]

_SERVER = "-------server message"
_COMMAND = "-------SMTP command"


class MFilter:
    """Detector for m-FILTER bounces."""

    name = "mfilter"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Return the listed recipients with the server message, or None."""
        if mail.subject != "failure notice" and mail.header("X-Mailer") != "m-FILTER":
            return None
        body = mail.body
        cut = body.find(_SERVER)
        if cut == -1:
            return None
        recipients: list[str] = []
        for line in body[:cut].split("\n"):
            addr = first_address(line) if line.strip() and " " not in line.strip() else None
            if addr:
                recipients.append(addr)
        sections: dict[str, list[str]] = {}
        current: list[str] | None = None
        for line in body[cut:].split("\n"):
            if line.startswith("-------"):
                current = sections.setdefault(line[7:].strip(), [])
            elif current is not None and line.strip():
                current.append(line.strip())
        diagnostic = " ".join(sections.get("server message", []))
        command = " ".join(sections.get(_COMMAND[7:], [])).split(" ", 1)[0].upper() or None
        return failed_with(recipients, diagnostic, smtp_command=command)


DETECTOR = MFilter()
