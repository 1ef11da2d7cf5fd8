"""Facebook (mailer-daemon@mx.facebook.com): "Sorry, your message could not be delivered".

Sent to mail addressed to @facebook.com addresses; a ``multipart/report`` with a
short text part ("This message was created automatically by Facebook.") and a
delivery-status part whose Diagnostic-Code carries Facebook's own response code
(``550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes?... Refused
due to recipient preferences``).  The codes are documented by Facebook (the
postmaster response-codes page, since retired; meanings as Sisimai recorded
them); the ones whose meaning is unambiguous fix the reason, because the generic
status (5.1.1 for a preference refusal) would otherwise be read as "unknown
user".
"""

from __future__ import annotations

import re
from typing import Final

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import ds_rows
from bouncelib.models import Reason

__all__ = ["DETECTOR"]

_CODE: Final = re.compile(r"\b([A-Z]{3}-[PT]\d)\b")
_CODES: Final = {
    "RCP-P1": Reason.USERUNKNOWN,  # the attempted recipient address does not exist
    "INT-P1": Reason.USERUNKNOWN,  # the attempted recipient address does not exist
    "INT-P3": Reason.USERUNKNOWN,  # the attempted recipient group address does not exist
    "INT-P4": Reason.USERUNKNOWN,  # the attempted recipient address does not exist
    "RCP-P2": Reason.FILTERED,  # the recipient's preferences prevent delivery
    "RCP-P3": Reason.FILTERED,  # the recipient's privacy settings blocked delivery
    "MSG-P1": Reason.MESGTOOBIG,  # the message exceeds the maximum allowed size
    "INT-P2": Reason.MESGTOOBIG,  # the message exceeds the maximum allowed size
    "MSG-P2": Reason.CONTENTERROR,  # an attachment type Facebook does not accept
    "POL-P1": Reason.BLOCKED,  # the sending IP is listed on the Spamhaus PBL
    "POL-P2": Reason.BLOCKED,  # Facebook no longer accepts mail from the sending IP
    "POL-P7": Reason.AUTHFAILURE,  # fails Facebook's domain authentication requirements
}


class Facebook:
    """Detector for Facebook's bounce reports."""

    name = "facebook"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Recipients of a Facebook bounce, with Facebook's response code, or None."""
        if "mx.facebook.com" not in mail.from_.lower():
            return None
        rows = ds_rows(mail)
        for row in rows:
            code = _CODE.search(row.diagnostic)
            if code:
                row.extra["facebook_code"] = code.group(1)
                row.reason = _CODES.get(code.group(1))
        return rows or None


DETECTOR: Final = Facebook()
