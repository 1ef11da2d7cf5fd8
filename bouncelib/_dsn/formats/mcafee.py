"""McAfee Email Gateway / Email and Web Security appliance: "Delivery Status" reports.

Marked by ``X-NAI-Header: Modified by McAfee ...``.  The text part lists each address
with the reply in parentheses, and a non-standard ``message/delivery-status`` part
follows (``Original-Recipient: <addr>`` instead of ``Final-Recipient``, no ``Status``)::

        --- The following addresses had delivery problems ---

    <user@example.com>   (5.1.1 <user@example.com>... User unknown)

    Original-Recipient: <user@example.com>
    Action: failed
    Diagnostic-Code: smtp; 550 5.1.1 <user@example.com>... User unknown
    Remote-MTA: 192.0.2.89

Variants covered: several addresses; the Diagnostic-Code (which has the reply code) is
preferred to the shortened text in parentheses when the part names the same address;
a Remote-MTA without the ``dns;`` type.
"""

from __future__ import annotations

import re

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import reply_code_status

__all__ = ["DETECTOR"]

_LINE = re.compile(r"^<([^<>\s]+@[^<>\s]+)>[ \t]+\((.*)\)\s*$", re.MULTILINE)
_BLOCK_RCPT = re.compile(r"^(?:Original|Final)-Recipient:\s*(?:rfc822;)?\s*<?([^<>\s]+@[^<>\s]+?)>?\s*$", re.I)
_FIELD = re.compile(r"^(Diagnostic-Code|Remote-MTA|Status|Action):\s*(.*)$", re.IGNORECASE)


def _dsn_blocks(text: str) -> dict[str, dict[str, str]]:
    """Per-recipient fields of the (non-standard) delivery-status text, keyed by address."""
    out: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for line in text.split("\n"):
        if m := _BLOCK_RCPT.match(line):
            current = out.setdefault(m.group(1).lower(), {})
        elif current is not None and (f := _FIELD.match(line)):
            current[f.group(1).lower()] = f.group(2).strip()
    return out


class McAfee:
    """Detector for McAfee appliance delivery reports."""

    name = "mcafee"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Return the listed addresses with their replies, or None."""
        if mail.subject != "Delivery Status" or "McAfee" not in mail.header("X-NAI-Header"):
            return None
        blocks = _dsn_blocks(mail.delivery_status or "")
        out: list[Found] = []
        for m in _LINE.finditer(mail.body):
            fields = blocks.get(m.group(1).lower(), {})
            code = fields.get("diagnostic-code", "")
            found = Found(
                recipient=m.group(1),
                action=(fields.get("action") or "failed").lower(),
                diagnostic=code.split(";", 1)[1].strip() if ";" in code else code or m.group(2).strip(),
                diagnostic_type=code.split(";", 1)[0].strip() if ";" in code else None,
                remote_mta=(fields.get("remote-mta", "").split(";")[-1].strip() or None),
                status=fields.get("status") or None,
            )
            found.smtp_code, status = reply_code_status(found.diagnostic)
            found.status = found.status or status
            out.append(found)
        return out or None


DETECTOR = McAfee()
