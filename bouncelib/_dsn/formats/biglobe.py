"""BIGLOBE (NEC's Japanese ISP) and the cable ISPs on its platform (inacatv, tmtv, ttv).

Subject ``Returned mail: ...``, From ``postmaster@biglobe.ne.jp``; a text part in
ISO-2022-JP with two English section markers::

       ----- The following addresses had delivery problems -----
    user@biglobe.ne.jp

       ----- Non-delivered information -----
    The number of messages in recipient's mailbox exceeded the local limit.

Variants covered: one or several addresses in the first section; the explanation
lines (mailbox over its limit, which fixes the reason, or ``Mail Delivery Failed...
User unknown``) in the second, kept as the diagnostic.  Markers and sender domains as
documented by Sisimai's Biglobe module (sisimai/p5-sisimai, lib/Sisimai/Lhost/Biglobe.pm).
"""

from __future__ import annotations

import re

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import failed_with, first_address
from bouncelib._vocab import Reason

__all__ = ["DETECTOR"]

_FROM = re.compile(r"postmaster@(?:biglobe|inacatv|tmtv|ttv)\.ne\.jp", re.IGNORECASE)
_LIST = "----- The following addresses had delivery problems -----"
_INFO = "----- Non-delivered information -----"
_FULL = "The number of messages in recipient's mailbox exceeded the local limit."


class Biglobe:
    """Detector for BIGLOBE bounces."""

    name = "biglobe"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Return the listed recipients with the explanation, or None."""
        if not mail.subject.startswith("Returned mail:") or not _FROM.search(mail.from_):
            return None
        body = mail.body
        start = body.find(_LIST)
        if start == -1:
            return None
        listed, _, info = body[start + len(_LIST) :].partition(_INFO)
        recipients = [a for a in map(first_address, listed.split("\n")) if a]
        lines: list[str] = []
        for line in info.split("\n"):
            if line.startswith("Content-Type:") or (lines and not line.strip()):
                break
            if line.strip():
                lines.append(line.strip())
        diagnostic = " ".join(lines)
        # BIGLOBE's own fixed sentence for a full mailbox; other texts go to the classifier.
        reason = Reason.MAILBOXFULL if diagnostic.startswith(_FULL) else None
        return failed_with(recipients, diagnostic, reason=reason)


DETECTOR = Biglobe()
