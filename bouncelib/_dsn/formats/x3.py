"""Sisimai's "X3": an unnamed MTA whose DSN text is framed by lines of ``=``.

Subject ``Delivery status notification``, From ``Mail Delivery System``::

    This is an automatically generated Delivery Status Notification.

    Delivery to the following recipients failed permanently:
       * user@example.com

    Technical details:
    SMTP:RCPT host 192.0.2.8: 553 5.3.0 <user@example.com>... No such user here

Variants covered: permanent failures with an SMTP transcript line
(``SMTP:<command> host <ip>: <reply>``), ``Delevery (sic) ... was aborted after 5.0
hour(s)`` (queue expiry; ``Routing: Could not find a gateway ...``), and the form
without technical details (an empty ``message/delivery-status`` part follows).
"""

from __future__ import annotations

import re

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import reply_code_status
from bouncelib._vocab import Reason

__all__ = ["DETECTOR"]

_BANNER = "This is an automatically generated Delivery Status Notification."
_LIST = re.compile(r"^Del[ei]very to the following recipients (failed permanently|was aborted after)", re.M)
_ITEM = re.compile(r"^\s*\*\s+(\S+@\S+)\s*$")
_SMTP = re.compile(r"^SMTP:(\w+) host (\S+?):? (.*)$")


class X3:
    """Detector for the "X3" unnamed-MTA bodies."""

    name = "x3"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Return the listed recipients with the technical details, or None."""
        if mail.subject != "Delivery status notification":  # Gmail's differs ("... (Failure)")
            return None
        body = mail.body
        m = _LIST.search(body)
        if _BANNER not in body or m is None:
            return None
        expired = m.group(1).startswith("was aborted")  # the MTA's own queue-lifetime wording
        head, _, details = body[m.end() :].partition("Technical details")
        out = [
            Found(recipient=i.group(1), action="failed", reason=Reason.EXPIRED if expired else None)
            for i in map(_ITEM.match, head.split("\n"))
            if i
        ]
        lines = [ln.strip() for ln in details.split("\n")[1:] if ln.strip() and not ln.startswith("====")]
        diagnostic = " ".join(lines).removeprefix("Diagnostic-Code: smtp; ")
        for found in out:
            found.diagnostic = diagnostic
            s = _SMTP.match(diagnostic)
            if s:
                found.smtp_command, found.remote_ip, found.diagnostic = s.group(1).upper(), s.group(2), s.group(3)
            found.smtp_code, found.status = reply_code_status(found.diagnostic)
        return out or None


DETECTOR = X3()
