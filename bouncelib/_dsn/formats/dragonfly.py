"""DragonFly Mail Agent (DMA), the small MTA of DragonFly BSD (also packaged for Debian).

DMA writes one plain-text bounce per failed recipient, always with the Subject
``Mail delivery failed``::

    This is the DragonFly Mail Agent v0.13 at host.example.

    There was an error delivering your mail to <user@example.org>.

    <error text>

    Message headers follow.        (or: Original message follows.)

Variants of ``<error text>`` covered:

* remote rejection: ``mx.example.org [192.0.2.25] did not like our RCPT TO:`` followed by
  the server's reply line(s) (also ``MAIL FROM``, ``DATA``, ``final DATA``);
* DNS failure: ``DNS lookup failure: host example.org not found`` (hostunknown);
* queue expiry: ``Could not deliver for the last 432000 seconds. Giving up.``;
* local errors (``can not open ...``, ``local delivery failed``): kept as the diagnostic.
"""

from __future__ import annotations

import re

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import reply_code_status
from bouncelib._vocab import Reason

__all__ = ["DETECTOR"]

_BANNER = "This is the DragonFly Mail Agent"
_RCPT = re.compile(r"^There was an error delivering your mail to <([^<>\s]*)>", re.MULTILINE)
# "host [ip] did not like our RCPT TO:" - the reply follows on the next line(s).
_REMOTE = re.compile(r"^(\S+) \[([^\]\s]*)\] did not like our ([A-Za-z ]+?):?$")
_ENDS = ("Message headers follow.", "Original message follows.")
# DMA's own fixed wording when the queue lifetime (MAX_TIMEOUT) ran out.
_GIVING_UP = re.compile(r"^Could not deliver for the last \d+ seconds\. Giving up\.", re.MULTILINE)


class DragonFly:
    """Detector for DragonFly Mail Agent bounces."""

    name = "dragonfly"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Return the one recipient of a DMA bounce, or None."""
        if mail.subject != "Mail delivery failed":  # DMA's fixed Subject: cheap rejection
            return None
        body = mail.body
        start = body.find(_BANNER)
        if start == -1:
            return None
        m = _RCPT.search(body, start)
        if m is None:
            return None
        found = Found(recipient=m.group(1), action="failed")
        host = body[start:].split("\n", 1)[0].partition(" at ")[2].rstrip(".")
        if host:
            found.reporting_mta = host
        error: list[str] = []
        for line in body[m.end() :].split("\n")[1:]:
            if line.strip() in _ENDS:
                break
            if line.strip():
                error.append(line.strip())
        if error:
            remote = _REMOTE.match(error[0])
            if remote:
                found.remote_mta, found.remote_ip = remote.group(1), remote.group(2) or None
                # "RCPT TO" -> RCPT, "MAIL FROM" -> MAIL, "final DATA" -> DATA
                found.smtp_command = remote.group(3).upper().removeprefix("FINAL ").split()[0]
                error = error[1:]
            found.diagnostic = " ".join(error)
            found.smtp_code, found.status = reply_code_status(found.diagnostic)
            if _GIVING_UP.match(found.diagnostic):
                found.reason = Reason.EXPIRED
            elif found.diagnostic.startswith("DNS lookup failure: host "):
                # DMA bounces on a definite "no such host" only (a temporary DNS error is retried).
                found.reason = Reason.HOSTUNKNOWN
        return [found]


DETECTOR = DragonFly()
