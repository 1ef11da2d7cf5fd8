"""Active!hunter (TransWare's Japanese mail filter): "FAILURE NOTICE :" bodies.

A Sendmail-like text part inside ``multipart/report`` parts whose boundary names the
product (``------=_Active!Hunter_...``)::

      ----- The following addresses had permanent fatal errors -----

    >>> user@example.ed.jp <user@example.ed.jp>

      ----- Transcript of session follows -----
    550 <user@example.ed.jp>: Recipient address rejected: User unknown in local recipient table

Variants covered: one or several ``>>>`` recipient lines sharing the transcript;
recognised by the Subject and boundary, or by the ``X-AHMailID`` header.
"""

from __future__ import annotations

import re

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import failed_with

__all__ = ["DETECTOR"]

_RCPT = re.compile(r"^>>> (\S+@\S+)", re.MULTILINE)
_TRANSCRIPT = "----- Transcript of session follows -----"


class ActiveHunter:
    """Detector for Active!hunter bounces."""

    name = "activehunter"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Return the ``>>>`` recipients with the transcript, or None."""
        if "X-AHMailID" not in mail.msg:  # the product's own header, when the relay kept it
            if not mail.subject.startswith("FAILURE NOTICE :"):
                return None
            if "Active!Hunter" not in str(mail.msg.get("Content-Type", "")):
                return None
        body = mail.body
        _, _, transcript = body.partition(_TRANSCRIPT)
        diagnostic = " ".join(transcript.split())
        head = body.split(_TRANSCRIPT, 1)[0]
        return failed_with((m.group(1) for m in _RCPT.finditer(head)), diagnostic)


DETECTOR = ActiveHunter()
