"""Ipswitch IMail Server (``X-Mailer: <SMTP32 vN>``): "Undeliverable Mail" bodies.

One line per failed recipient, ``<explanation>: <address>``, optionally followed by
the remote server's response, then ``Original message follows.``::

    User mailbox exceeds allowed size: user@example.co.jp

    Original message follows.

Variants covered: IMail's fixed explanations (``User mailbox exceeds allowed size``,
``Invalid final delivery userid``, ``Unknown user``, ``Unknown host``, ``Delivery failed N
attempts``, which
state the reason themselves) and the ones that quote a remote reply on the lines below
(``Body of message generated response:``, ``SMTP session failed``, ...), left to the
classifier; ``undeliverable to <address>`` lines.
"""

from __future__ import annotations

import re

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import reply_code_status, split_at
from bouncelib._vocab import Reason

__all__ = ["DETECTOR"]

_LINE = re.compile(r"^([A-Za-z][^:\n]{2,80}): ([^\s<>:]+@[^\s<>:]+)\s*$")
_UNDELIVERABLE = re.compile(r"^(undeliverable) to <?([^\s<>]+@[^\s<>]+?)>?$")
# IMail's own wordings that fix the reason (the server decided, no remote reply quoted).
_FIXED: tuple[tuple[re.Pattern[str], Reason], ...] = (
    (re.compile(r"^User mailbox exceeds allowed size"), Reason.MAILBOXFULL),
    (re.compile(r"^(?:Invalid final delivery userid|Unknown user)"), Reason.USERUNKNOWN),
    (re.compile(r"^Delivery failed \d+ attempts"), Reason.EXPIRED),
    (re.compile(r"^Unknown host"), Reason.HOSTUNKNOWN),
)


class IMailServer:
    """Detector for IMail Server bounces."""

    name = "imailserver"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Return one recipient per "<explanation>: <address>" line, or None."""
        imail = str(mail.msg.get("X-Mailer", "")).startswith("<SMTP32 ")
        subject = mail.subject.strip()
        # MailMarshal's Subject is "Undeliverable Mail: ..."; IMail's has no colon.
        if not imail and (not subject.startswith("Undeliverable Mail") or subject.startswith("Undeliverable Mail:")):
            return None
        text, original = split_at(mail.body, ("Original message follows.",))
        if not imail and not original:
            return None
        out: list[Found] = []
        before: list[str] = []  # "Body of message generated response:" may precede the address line
        for raw in text.split("\n"):
            line = raw.strip()
            if (m := _LINE.match(line)) or (m := _UNDELIVERABLE.match(line)):
                out.append(Found(recipient=m.group(2), action="failed", diagnostic=m.group(1)))
            elif out and line:
                out[-1].diagnostic += " " + line  # the remote response quoted below
            elif line:
                before.append(line)
        if out and before:
            out[0].diagnostic = f"{out[0].diagnostic} {' '.join(before)}"
        if not out:
            return None
        for found in out:
            found.reason = next((r for p, r in _FIXED if p.match(found.diagnostic)), None)
            found.smtp_code, found.status = reply_code_status(found.diagnostic)
        return out


DETECTOR = IMailServer()
