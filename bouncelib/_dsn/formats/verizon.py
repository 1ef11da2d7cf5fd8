"""Verizon Wireless MMS gateway (vzwpix.com): "Undeliverable Message" from the MMSC.

A short ``multipart/mixed`` notice without any address in its text; the failed
address is only in the returned message's headers, quoted below
"Original Message:"::

    Message could not be delivered to mobile.
    Error: No valid recipients for this MM

    Original Message:
    From: sender@example.com
    To: 5555550100@vzwpix.com
    Subject: hello

The "Error:" line is the MMSC's own explanation and becomes the diagnostic.
"""

from __future__ import annotations

import re
from typing import Final

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._vendor import ADDRESS_RE

__all__ = ["DETECTOR"]

_START = "Message could not be delivered to mobile."
_ERROR: Final = re.compile(r"^Error:\s*(.+)$", re.M)
_TO: Final = re.compile(r"^To:\s*(.+)$", re.M)
_ORIGINAL = "Original Message:"


class Verizon:
    """Detector for Verizon's MMSC non-delivery notices."""

    name = "verizon"

    def parse(self, mail: Mail) -> list[Found] | None:
        """The MMS recipients of a Verizon MMSC notice, or None."""
        if "vzwpix.com" not in mail.from_.lower():
            return None
        body = mail.body
        if _START not in body:
            return None
        error = _ERROR.search(body)
        at = body.find(_ORIGINAL)
        to = _TO.search(body, at) if at >= 0 else None
        if to is None and mail.original:
            to = _TO.search(mail.original)
        if to is None:
            return None
        return [
            Found(recipient=addr, action="failed", diagnostic=error.group(1).strip() if error else _START)
            for addr in ADDRESS_RE.findall(to.group(1))
        ] or None


DETECTOR: Final = Verizon()
