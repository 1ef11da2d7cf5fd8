"""Zoho Mail (mailer-daemon@mail.zoho.com): "Undelivered Mail Returned to Sender".

No delivery-status part; one line per failed address, the address first and
Zoho's summary plus the remote reply after it, labelled ``ERROR_CODE``::

    This message was created automatically by mail delivery software.
    A message that you sent could not be delivered to one or more of its
    recipients. This is a permanent error.

    user@example.org Invalid Address, ERROR_CODE :550, ERROR_CODE :Requested action not taken: mailbox unavailable

The first ``ERROR_CODE`` is the remote server's basic reply code (421 for an
unreachable host, 550 ...), stated apart from the text, so it is kept as the
reply code.  The delay notice says "This is a temporary error" instead.  Expired
messages are listed as ``[Status: Error, Address: <user@example.org>,
ResponseCode 421, , Host not reachable.]`` (form as recorded by Sisimai's Zoho
module).  Zoho's bounces carry an ``X-ZohoMail`` header.
"""

from __future__ import annotations

import re
from typing import Final

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import ADDRESS_RE

__all__ = ["DETECTOR"]

_START = "This message was created automatically by mail delivery software."
_LINE: Final = re.compile(r"^(\S+@\S+)\s+(.*ERROR_CODE\s*:.*)$")
# The expiry form: "[Status: Error, Address: <user@example.org>, ResponseCode 421, , Host not reachable.]"
_STATUS_LINE: Final = re.compile(r"^\[Status: [^,]*, Address: <([^<>\s]+)>, (.*?)\]?$")
_CODE: Final = re.compile(r"(?:ERROR_CODE\s*:|ResponseCode)\s*([245]\d\d)\b")


class Zoho:
    """Detector for Zoho Mail bounces."""

    name = "zoho"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Recipients of a Zoho bounce, or None."""
        if "zoho" not in mail.from_.lower() and not mail.header("X-ZohoMail"):
            return None
        body = mail.body
        if _START not in body:
            return None
        delayed = "This is a temporary error" in body
        out = []
        for line in body.split("\n"):
            match = _LINE.match(line.strip()) or _STATUS_LINE.match(line.strip())
            address = match.group(1).strip("<>,;:") if match else ""
            if match is None or not ADDRESS_RE.fullmatch(address):
                continue
            code = _CODE.search(match.group(2))
            out.append(
                Found(
                    recipient=address,
                    action="delayed" if delayed else "failed",
                    diagnostic=match.group(2).strip(),
                    smtp_code=int(code.group(1)) if code else None,
                )
            )
        return out or None


DETECTOR: Final = Zoho()
