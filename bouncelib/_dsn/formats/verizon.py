"""Verizon Wireless gateways: the MMS "Undeliverable Message" (vzwpix.com) and SMS (vtext.com).

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
The SMS gateway (From post_master@vtext.com) writes "Error:", the remote reply
("550 - Requested action not taken: no such user here") and a "Message details:"
block whose indented "RCPT TO:" lines name the recipients (layout as recorded by
Sisimai's Verizon module).
"""

from __future__ import annotations

import re
from typing import Final

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import ADDRESS_RE

__all__ = ["DETECTOR"]

_START = "Message could not be delivered to mobile."
# At the line's start, or after the margin of a notice indented or quoted whole (a relay's or a client's copy).
_ERROR: Final = re.compile(r"^[ \t>]*Error:[ \t]*(.+)$", re.M)
_TO: Final = re.compile(r"^[ \t>]*To:[ \t]*(.+)$", re.M)
_ORIGINAL = "Original Message:"
_RCPT_TO: Final = re.compile(r"^[ \t]+RCPT TO:\s*<?([^\s<>]+@[^\s<>]+)>?\s*$", re.M)


class Verizon:
    """Detector for Verizon's MMSC non-delivery notices."""

    name = "verizon"

    def parse(self, mail: Mail) -> list[Found] | None:
        """The MMS/SMS recipients of a Verizon gateway notice, or None."""
        sender = mail.from_.lower()
        if "vtext.com" in sender:
            return _vtext(mail.body)
        if "vzwpix.com" not in sender:
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


def _vtext(body: str) -> list[Found] | None:
    """The SMS gateway: "Error:", a reply line ("550 - ..."), then "Message details:"."""
    at = body.find("Error:")
    if at < 0:
        return None
    lines = [ln.strip() for ln in body[at:].split("\n")]
    reply = next((ln for ln in lines[1:] if " - " in ln[:8]), None)
    text = reply or lines[0].removeprefix("Error:").strip()
    return [Found(recipient=m.group(1), action="failed", diagnostic=text) for m in _RCPT_TO.finditer(body, at)] or None


DETECTOR: Final = Verizon()
