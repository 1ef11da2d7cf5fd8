"""SendGrid (the pre-2016 "This is an automatically generated message from SendGrid." bounce).

A ``multipart/report`` whose delivery-status part is not quite RFC 3464: the
Arrival-Date is ``2013-07-08 18-21-01``, ``Action: expired`` (not one of the
RFC 3464 actions) and ``Status:`` may be empty.  The text part names the
recipient with SendGrid's internal prefix and the failing step::

    kijitora:00000:<user@example.org> : Connection timed out in connect

or, with the remote host, over two lines::

    sender:000000:<user@example.org> : 192.0.2.250 : mx.example.org:[192.0.2.153] :
      550 5.1.1 <user@example.org>... User Unknown  in RCPT TO

"Action: expired" is SendGrid saying it gave up retrying, which fixes the reason
(expired) whatever the last error text was; "in connect" / "in RCPT TO" names
the step (layouts as recorded by Sisimai's SendGrid module).
"""

from __future__ import annotations

import re
from typing import Final

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import ds_rows
from bouncelib._vocab import Reason, normalise_command

__all__ = ["DETECTOR"]

_MARKER = "This is an automatically generated message from SendGrid."
# "<sender>:<id>:<user@example.org> : <fields> ..." -- the reply may continue on indented lines.
_LINE: Final = re.compile(r"^\S*:<([^<>\s]+@[^<>\s]+)>\s*:(.*)$")
_HOST: Final = re.compile(r"([\w.-]+):\[([0-9a-fA-F.:]+)\]")
_STEP: Final = re.compile(r"\s+in (connect|RCPT TO|MAIL FROM|End of DATA|DATA|HELO|EHLO)\s*$", re.I)


class SendGrid:
    """Detector for SendGrid's own bounce reports."""

    name = "sendgrid"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Recipients of a SendGrid bounce, or None."""
        body = mail.body
        if _MARKER not in body:
            return None
        lines = _recipient_lines(body)
        rows = ds_rows(mail) or [Found(recipient=addr) for addr in lines]
        for row in rows:
            text = lines.get(row.recipient.lower(), "")
            step = _STEP.search(text)
            host = _HOST.search(text)
            row.smtp_command = normalise_command(step.group(1)) or step.group(1).upper() if step else None
            if host:
                row.remote_mta, row.remote_ip = row.remote_mta or host.group(1), host.group(2)
            # The line's last " : " field is the reply, without the trailing "in RCPT TO".
            reply = text[: step.start()] if step else text
            row.diagnostic = row.diagnostic or reply.rsplit(" : ", 1)[-1].strip(" :")
            if row.action == "expired":
                row.action, row.reason = "failed", Reason.EXPIRED
            row.action = row.action or "failed"
        return rows or None


def _recipient_lines(body: str) -> dict[str, str]:
    """Each recipient's line joined with its indented continuation lines, by lower-case address."""
    out: dict[str, str] = {}
    current: str | None = None
    for line in body.split("\n"):
        match = _LINE.match(line)
        if match:
            current = match.group(1).lower()
            out[current] = match.group(2).strip()
        elif current is not None and line[:1] in (" ", "\t") and line.strip():
            out[current] = f"{out[current]} {line.strip()}"
        else:
            current = None
    return out


DETECTOR: Final = SendGrid()
