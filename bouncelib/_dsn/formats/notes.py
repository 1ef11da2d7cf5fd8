"""Lotus Notes SMTP MTA (the R4/R5 era gateway): "Undeliverable message".

A plain-text body, no delivery-status part, often in the local language::

    ------- Failure Reasons  --------

    User not listed in public Name & Address Book
    user@example.org

    ------- Returned Message --------

The reason line(s) come first, then the failed address(es); when the section
names nobody, the returned message's To is the recipient.  The gateway's fixed
sentences ("User not listed in public Name & Address Book", its Japanese twin,
"Message has exceeded maximum hop count") fix the reason (sentences as listed by
Sisimai's Notes module).
"""

from __future__ import annotations

import re
from typing import Final

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import ADDRESS_RE, join_lines, until_marker
from bouncelib._vocab import Reason

__all__ = ["DETECTOR"]

_START = "------- Failure Reasons"
_END = "------- Returned Message"
_TO: Final = re.compile(r"^To:\s*(.+)$", re.M)
# The gateway's fixed sentences (English and Japanese servers) and the outcome they state.
_FIXED: Final = (
    ("not listed in public Name & Address Book", Reason.USERUNKNOWN),
    ("ディレクトリのリストにありません", Reason.USERUNKNOWN),
    ("Message has exceeded maximum hop count", Reason.NETWORKERROR),
)


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
        if not out:
            # Some copies name nobody in the section: the returned message's To is the recipient.
            to = _TO.search(body, at)
            out = [Found(recipient=a, action="failed") for a in ADDRESS_RE.findall(to.group(1))] if to else []
        text = join_lines(reasons)
        reason = next((r for phrase, r in _FIXED if phrase in text), None)
        for found in out:
            found.diagnostic, found.reason = text, reason
        return out or None


DETECTOR: Final = Notes()
