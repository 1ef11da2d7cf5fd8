"""MX Logic (McAfee SaaS Email Protection) relays: Exim-style bodies from ``mxl_mta``.

The relay is built on Exim and writes Exim's text, but identifies itself in the
``Received`` header (``by relay0.mxl8.example.net(mxl_mta-6.5.0-4)``) and in an
``X-MX-Bounce`` header on some versions::

    A message that you have sent could not be delivered to one or more
    recipients.  This is a permanent error.  The following address failed:

      <user@example.co.jp>: 550 5.1.1 <user@example.co.jp>: Recipient address rejected: ...

    Included is a copy of the message header:

Variants covered: "address failed" / "address(es) failed", the reply on the
address line or on the indented lines below it (``SMTP error from remote mail server
after RCPT TO:... host mx.example [192.0.2.1]: 550 ...``), several recipients;
recognised by the ``mxl_mta`` hop or the ``X-MX-Bounce`` / ``X-MXL-Hash`` headers.
"""

from __future__ import annotations

import re

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import reply_code_status, split_at

__all__ = ["DETECTOR"]

_START = re.compile(r"The following address(?:\(es\))? failed:")
# "  <addr>: reply" on one line, or (Exim's layout) "  addr" alone with the reply indented below.
_RCPT = re.compile(r"^\s*<?([^<>\s:]+@[^<>\s:]+?)>?(?::\s*(.*))?$")
_AFTER = re.compile(r"SMTP error from remote (?:mail server|mailer) after (?:end of )?([A-Za-z]{4})")
_HOST = re.compile(r"\bhost (\S+) \[([^\]\s]+)\]")
_ENDS = ("Included is a copy of the message header:", "------ This is a copy of the message")


class MXLogic:
    """Detector for MX Logic relay bounces."""

    name = "mxlogic"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Return the failed addresses with their replies, or None."""
        m = _START.search(mail.body, 0, 4000)
        if m is None:
            return None
        if not any(h in mail.msg for h in ("X-MX-Bounce", "X-MXL-Hash", "X-MXL-NoteHash")):
            received = mail.msg.get_all("Received") or []
            if not any("(mxl_mta-" in str(r) for r in received[:6]):  # the relay's own hop is near the top
                return None
        text = split_at(mail.body[m.end() :], _ENDS)[0]
        out: list[Found] = []
        for line in text.split("\n"):
            if r := _RCPT.match(line):
                out.append(Found(recipient=r.group(1), action="failed", diagnostic=(r.group(2) or "").strip()))
            elif out and line.strip():
                out[-1].diagnostic = f"{out[-1].diagnostic} {line.strip()}".strip()
        for found in out:
            if after := _AFTER.search(found.diagnostic):
                found.smtp_command = after.group(1).upper()
            if host := _HOST.search(found.diagnostic):
                found.remote_mta, found.remote_ip = host.group(1), host.group(2)
            found.smtp_code, found.status = reply_code_status(found.diagnostic)
        return out or None


DETECTOR = MXLogic()
