"""KDDI au one net / DION mail: bounces from ``no-reply@...dion.ne.jp``, ``auone-net.jp``, ``au.com``.

A short English body, indented, then the original as ``message/rfc822``::

    Your mail sent on: Thu, 29 Apr 2013 00:00:00 +0900
         Could not be delivered to: <user@example.dion.ne.jp>
         As their mailbox is full.

Variants covered (the last line states the cause, in the provider's fixed words):
``As their mailbox is full.`` (mailboxfull), ``As the remote domain doesnt exist.``
(hostunknown), ``Due to the following SMTP relay error`` followed by the reply
(reason from the reply); ``X-SPASIGN: NG`` marks a refusal by the carrier's spam filter
(filtered).  Recognised by the sender (From or Reply-To) or a carrier ``Received`` hop.
"""

from __future__ import annotations

import re

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import reply_code_status
from bouncelib._vocab import Reason

__all__ = ["DETECTOR"]

_RCPT = re.compile(r"^[ \t]*Could not be delivered to: <([^<>\s]+)>", re.MULTILINE)
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
        body = mail.body
        if " Could not be delivered to: <" not in body:
            return None
        sender = mail.from_.lower() + " " + str(mail.msg.get("Reply-To", "")).lower()
        if not any(d in sender for d in (".dion.ne.jp", "auone-net.jp", "@kddi", "@au.com")):
            received = mail.msg.get_all("Received") or []
            if not any("ezweb.ne.jp (" in str(r) or ".au.com (" in str(r) for r in received[:6]):
                return None
        spam = str(mail.msg.get("X-SPASIGN", "")).strip() == "NG"  # the carrier's spam filter refused it
        out: list[Found] = []
        for m in _RCPT.finditer(body):
            rest = body[m.end() :].split("\n\n", 1)[0]
            lines = [ln.strip() for ln in rest.split("\n")[1:] if ln.strip()]
            found = Found(recipient=m.group(1), action="failed", diagnostic=" ".join(lines))
            for phrase, reason in _CAUSES:
                if found.diagnostic.startswith(phrase):
                    found.reason = reason
            if spam:
                found.reason = Reason.FILTERED
            found.smtp_code, found.status = reply_code_status(found.diagnostic)
            out.append(found)
        return out or None


DETECTOR = KDDI()
