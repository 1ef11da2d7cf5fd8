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
from bouncelib._dsn.formats._mta import from_own_margin

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
        body = from_own_margin(mail.body)
        if _SERVER not in body:
            return None
        # The recipients are the lines that hold one address and nothing else, outside the sections
        # ("-------server message", each a paragraph: a blank line ends it), up to the returned message;
        # a relay or client that indents the notice, or moves its paragraphs, changes neither.
        recipients: list[str] = []
        sections: dict[str, list[str]] = {}
        current: list[str] | None = None
        for line in body.split("\n"):
            text = line.strip()
            if text.startswith("-------"):
                name = text[7:].strip()
                if name == "original message":
                    break
                current = sections.setdefault(name, [])
            elif not text:
                current = None
            elif current is not None:
                current.append(text)
            elif " " not in text and (addr := first_address(text)):
                recipients.append(addr)
        diagnostic = " ".join(sections.get("server message", []))
        command = " ".join(sections.get(_COMMAND[7:], [])).split(" ", 1)[0].upper() or None
        return failed_with(recipients, diagnostic, smtp_command=command)


DETECTOR = MFilter()
