"""Sisimai's "X1": an unnamed Japanese MTA (Mail2000 gateways and the like).

Subject ``Returned Mail: <reason>`` or ``Mail Delivery Failure``, From ``Mail Deliver(y)
System``; the body lists one recipient per line with the reason in brackets::

    The original message was received at Thu, 29 Apr 2011 23:34:45 +0900 (JST)
    from sender@example.jp

    ---The following addresses had delivery errors---

    user@example.org [User unknown]

Variants covered: multipart/mixed with the original after the text part, and a
single quoted-printable ISO-2022-JP text part.
"""

from __future__ import annotations

import re

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import text_with

__all__ = ["DETECTOR"]

_MARKER = "---The following addresses had delivery errors---"
_RECEIVED_AT = "The original message was received at "
_LINE = re.compile(r"^([^\s<>\[\]]+@[^\s<>\[\]]+)\s+\[([^\]\n]*)\]\s*$")


class X1:
    """Detector for the "X1" unnamed-MTA bodies."""

    name = "x1"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Return the recipients listed after the marker line, or None."""
        if mail.subject.startswith(("Returned Mail: ", "Mail Delivery Failure")):
            body = text_with(mail, _MARKER) or text_with(mail, _RECEIVED_AT)
        elif "Mail Deliver" in mail.from_ and _MARKER in mail.body:
            # "Mail Deliver System" (sic) / "Mail Delivery System" is every MTA's name: only the
            # readable body is searched, and only for X1's own marker line.
            body = mail.body
        else:
            return None
        if body is None:
            return None
        start = body.find(_MARKER)
        start = body.find(_RECEIVED_AT) if start == -1 else start + len(_MARKER)
        out: list[Found] = []
        for line in body[start:].split("\n"):
            m = _LINE.match(line.strip())
            if m:
                out.append(Found(recipient=m.group(1), action="failed", diagnostic=m.group(2).strip()))
            elif out and line.strip():
                break  # the list ended
        return out or None


DETECTOR = X1()
