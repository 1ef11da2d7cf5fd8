"""Lotus Notes SMTP MTA (the R4/R5 era gateway): "Undeliverable message".

A plain-text body, no delivery-status part, often in the local language::

    ------- Failure Reasons  --------

    User not listed in public Name & Address Book
    user@example.org

    ------- Returned Message --------

The reason line(s) come first, then the failed address(es).  "User not listed
in public Name & Address Book" is the directory's fixed sentence for an unknown
user, so it fixes the reason.
"""

from __future__ import annotations

from typing import Final

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._vendor import ADDRESS_RE, join_lines, until_marker
from bouncelib.models import Reason

__all__ = ["DETECTOR"]

_START = "------- Failure Reasons"
_END = "------- Returned Message"


class Notes:
    """Detector for Lotus Notes SMTP MTA failure bodies."""

    name = "notes"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Recipients of a Notes failure report, or None."""
        body = mail.body
        at = body.find(_START)
        if at < 0:
            return None
        section = until_marker(body[at:], _END).split("\n")[1:]
        reasons: list[str] = []
        out: list[Found] = []
        for line in section:
            stripped = line.strip().strip("<>")
            if ADDRESS_RE.fullmatch(stripped):
                out.append(Found(recipient=stripped, action="failed"))
            elif stripped:
                reasons.append(stripped)
        text = join_lines(reasons)
        for found in out:
            found.diagnostic = text
            if "not listed in public Name & Address Book" in text:
                found.reason = Reason.USERUNKNOWN  # the Notes directory's fixed sentence
        return out or None


DETECTOR: Final = Notes()
