"""Oracle Communications (formerly Sun ONE / iPlanet) Messaging Server, also iCloud's relays.

Subject "Delivery Notification: Delivery has failed" (or "... has been
delayed"), a ``multipart/report`` whose text part lists each recipient as an
indented block::

    This report relates to a message you sent with the following header fields:
      ...
    Your message cannot be delivered to the following recipients:

      Recipient address: @relay.example.net:user@server
      Original address: user@example.net
      Reason: Remote SMTP server has rejected address
      Diagnostic code: smtp;550 5.1.1 <user@example.net>... User Unknown
      Remote system: dns;mx.example.net (TCP|192.0.2.1|47323|192.0.2.25|25) (mx ESMTP)

The delay variant starts "Your message has been enqueued and undeliverable for
1 day" and adds a delivery-attempt history.  The "Recipient address" may be an
internal source-routed form (``@host:user@server``), so the "Original address"
is the recipient when present.  Status comes from the delivery-status part
(written "5.1.1 (reason text)"); without a Diagnostic code the Reason line is
the only explanation, so it becomes the diagnostic.
"""

from __future__ import annotations

import re
from typing import Final

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import ADDRESS_RE, ds_rows

__all__ = ["DETECTOR"]

_PREAMBLE = "This report relates to a message you sent with the following header fields:"
_FIELD: Final = re.compile(r"^\s+(Recipient address|Original address|Reason|Diagnostic code|Remote system):\s*(.*)$")
_REMOTE: Final = re.compile(r"dns;\s*(\S+)")
_IP: Final = re.compile(r"\(TCP\|[^|]+\|\d+\|([^|]+)\|\d+\)")


class MessagingServer:
    """Detector for Oracle/Sun Messaging Server reports."""

    name = "messagingserver"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Recipients of a Messaging Server report, or None."""
        if not mail.subject.startswith("Delivery Notification:") and _PREAMBLE not in mail.body:
            return None
        blocks: list[dict[str, str]] = []
        for line in mail.body.split("\n"):
            match = _FIELD.match(line)
            if match is None:
                continue
            key, value = match.group(1), match.group(2).strip()
            if key == "Recipient address" or not blocks:
                blocks.append({})
            blocks[-1].setdefault(key, value)
        # Some copies carry the status fields as plain text after the list instead of a part.
        rows = ds_rows(mail) if mail.delivery_status is not None else ds_rows(mail, mail.body)
        out = []
        for block in blocks:
            final = block.get("Recipient address", "")
            address = block.get("Original address") or final
            found_addr = ADDRESS_RE.search(address)
            if found_addr is None:
                continue
            ds = next(
                (r for r in rows if (final and r.recipient == final) or r.orig_recipient == found_addr.group(0)), None
            )
            diag = block.get("Diagnostic code", "")
            remote = block.get("Remote system", "")
            host, ip = _REMOTE.search(remote), _IP.search(remote)
            out.append(
                Found(
                    recipient=found_addr.group(0),
                    action=ds.action if ds and ds.action else "failed",
                    status=ds.status if ds else None,
                    diagnostic=diag.split(";", 1)[1].strip() if ";" in diag else diag or block.get("Reason", ""),
                    diagnostic_type=diag.split(";", 1)[0] if ";" in diag else None,
                    remote_mta=host.group(1) if host else None,
                    remote_ip=ip.group(1) if ip else None,
                    reporting_mta=ds.reporting_mta if ds else None,
                    extra={"reason_text": block["Reason"]} if "Reason" in block else {},
                )
            )
        return out or None


DETECTOR: Final = MessagingServer()
