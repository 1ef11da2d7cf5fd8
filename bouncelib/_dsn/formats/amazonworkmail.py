"""Amazon WorkMail: the delivery-status fields pasted into the text body.

WorkMail's bounces come from MAILER-DAEMON@<region>.amazonses.com as
``multipart/mixed`` (not ``multipart/report``): a text part, the returned
message, and no ``message/delivery-status`` part.  The status fields are written
into the text instead, after a "Technical report:" line::

    An error occurred while trying to deliver the mail to the following recipients:
    user@example.org

    Technical report:

    Reporting-MTA: dsn; a27-85.smtp-out.us-west-2.amazonses.com

    Action: failed
    Final-Recipient: rfc822; user@example.org
    Diagnostic-Code: smtp; 550 5.1.1 <user@example.org>... User Unknown
    Status: 5.1.1

Expired messages carry the last remote reply inside the diagnostic
("554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2
Connection timed out>"); the Status field (4.4.7) is kept as written.
"""

from __future__ import annotations

from typing import Final

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import ds_rows

__all__ = ["DETECTOR"]

_MARKER = "Technical report:"
_START = "An error occurred while trying to deliver the mail to the following recipients:"


class AmazonWorkMail:
    """Detector for Amazon WorkMail bounce bodies."""

    name = "amazonworkmail"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Recipients from the pasted status fields, or None."""
        body = mail.body
        at = body.find(_MARKER)
        if at < 0 or _START not in body:
            return None
        if mail.delivery_status is not None:
            return None  # a real report part: the rfc3464 detector reads it
        return ds_rows(mail, body[at + len(_MARKER) :]) or None


DETECTOR: Final = AmazonWorkMail()
