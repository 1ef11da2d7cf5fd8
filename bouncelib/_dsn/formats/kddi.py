"""KDDI au one net / DION mail: bounces from ``no-reply@...dion.ne.jp`` and ``auone-net.jp``.

A short English body, indented, then the original as ``message/rfc822``::

    Your mail sent on: Thu, 29 Apr 2013 00:00:00 +0900
         Could not be delivered to: <user@example.dion.ne.jp>
         As their mailbox is full.

Variants covered (the last line states the cause, in the provider's fixed words):
``As their mailbox is full.`` (mailboxfull), ``As the remote domain doesnt exist.``
(hostunknown), ``Due to the following SMTP relay error`` followed by the reply
(reason from the reply).
"""

from __future__ import annotations

import re

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import reply_code_status
from bouncelib.models import Reason

__all__ = ["DETECTOR"]

_RCPT = re.compile(r"^\s*Could not be delivered to: <([^<>\s]+)>", re.MULTILINE)
_CAUSES: tuple[tuple[str, Reason | None], ...] = (
    ("As their mailbox is full", Reason.MAILBOXFULL),
    ("As the remote domain doesnt exist", Reason.HOSTUNKNOWN),
    ("Due to the following SMTP relay error", None),
)


class KDDI:
    """Detector for KDDI (au one net, DION) bounces."""

    name = "kddi"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Return the recipients named by "Could not be delivered to", or None."""
        sender = mail.from_.lower()
        if not (".dion.ne.jp" in sender or "auone-net.jp" in sender or "@kddi" in sender):
            return None
        body = mail.body
        out: list[Found] = []
        for m in _RCPT.finditer(body):
            rest = body[m.end() :].split("\n\n", 1)[0]
            lines = [ln.strip() for ln in rest.split("\n")[1:] if ln.strip()]
            found = Found(recipient=m.group(1), action="failed", diagnostic=" ".join(lines))
            for phrase, reason in _CAUSES:
                if found.diagnostic.startswith(phrase):
                    found.reason = reason
            found.smtp_code, found.status = reply_code_status(found.diagnostic)
            out.append(found)
        return out or None


DETECTOR = KDDI()
