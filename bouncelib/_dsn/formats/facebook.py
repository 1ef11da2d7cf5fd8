"""Facebook (mailer-daemon@mx.facebook.com): "Sorry, your message could not be delivered".

Sent to mail addressed to @facebook.com addresses; a ``multipart/report`` with a
short text part ("This message was created automatically by Facebook.") and a
delivery-status part whose Diagnostic-Code carries Facebook's own response code
(``550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes?... Refused
due to recipient preferences``).  The codes are documented by Facebook (the
postmaster response-codes page, since retired); their meanings live in
`bouncelib._data.providers` (the ``facebook`` code family), so the classifier
reads a code the same way in this bounce and in a log line: a code decides
before the generic status (5.1.1 for a preference refusal), which would
otherwise be read as "unknown user".
"""

from __future__ import annotations

import re
from typing import Final

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import ds_rows

__all__ = ["DETECTOR"]

_CODE: Final = re.compile(r"\b([A-Z]{3}-[PT]\d)\b")

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
        return rows or None


DETECTOR: Final = Facebook()
