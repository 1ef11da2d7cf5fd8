"""MX Logic (McAfee SaaS Email Protection) relays: Exim-style bodies from ``mxl_mta``.

The relay is built on Exim and writes Exim's text, but identifies itself in the
``Received`` header (``by relay0.mxl8.example.net(mxl_mta-6.5.0-4)``) and in an
``X-MX-Bounce`` header on some versions::

    A message that you have sent could not be delivered to one or more
    recipients.  This is a permanent error.  The following address failed:

      <user@example.co.jp>: 550 5.1.1 <user@example.co.jp>: Recipient address rejected: ...

    Included is a copy of the message header:

Variants covered: "address failed" / "address(es) failed", the reply on the
address line or on the indented lines below it, several recipients.
"""

from __future__ import annotations

import re

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import reply_code_status, split_at

__all__ = ["DETECTOR"]

_START = re.compile(r"The following address(?:\(es\))? failed:")
_RCPT = re.compile(r"^\s*<?([^<>\s:]+@[^<>\s:]+?)>?:\s*(.*)$")
_ENDS = ("Included is a copy of the message header:", "------ This is a copy of the message")


class MXLogic:
    """Detector for MX Logic relay bounces."""

    name = "mxlogic"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Return the failed addresses with their replies, or None."""
        m = _START.search(mail.body, 0, 4000)
        if m is None:
            return None
        if "X-MX-Bounce" not in mail.msg:
            received = mail.msg.get_all("Received") or []
            if not any("(mxl_mta-" in str(r) for r in received[:6]):  # the relay's own hop is near the top
                return None
        text = split_at(mail.body[m.end() :], _ENDS)[0]
        out: list[Found] = []
        for line in text.split("\n"):
            if r := _RCPT.match(line):
                out.append(Found(recipient=r.group(1), action="failed", diagnostic=r.group(2).strip()))
            elif out and line.strip():
                out[-1].diagnostic = f"{out[-1].diagnostic} {line.strip()}".strip()
        for found in out:
            found.smtp_code, found.status = reply_code_status(found.diagnostic)
        return out or None


DETECTOR = MXLogic()
