"""Amazon SES: the older SES bounce body, whose delivery-status Status is only ``5.0.0``.

From MAILER-DAEMON@email-bounces.amazonses.com (or any sender when the
``X-SES-Outgoing`` / ``X-AWS-Outgoing`` headers mark SES), a ``multipart/report``
whose text part states the real status the part lacks::

    The following message to <user@example.org> was undeliverable.
    The reason for the problem:
    5.3.0 - Other mail system problem 550-'Unknown user user@example.org'

The body's leading status replaces the part's generic ``X.0.0``.  Current SES
bounces ("An error occurred while trying to deliver the mail to the following
recipients:") are plain RFC 3464 and left to the rfc3464 detector; SES
notifications sent as JSON through SNS are the amazonsns detector's.
"""

from __future__ import annotations

import re
from typing import Final

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import STATUS_RE, ds_rows, join_lines, until_marker

__all__ = ["DETECTOR"]

_START: Final = re.compile(r"The following message to <([^<>\s]+)> was undeliverable\.")
_REASON = "The reason for the problem:"


class AmazonSES:
    """Detector for the older Amazon SES bounce body."""

    name = "amazonses"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Recipients of an old-style SES bounce, or None."""
        if not (
            "amazonses.com" in mail.from_.lower() or mail.header("X-SES-Outgoing") or mail.header("X-AWS-Outgoing")
        ):
            return None
        body = mail.body
        start = _START.search(body)
        if start is None or _REASON not in body:
            return None
        text = join_lines(until_marker(body.split(_REASON, 1)[1], "\n\n\n", "----").split("\n"))
        status = STATUS_RE.match(text)
        rows = ds_rows(mail) or [Found(recipient=start.group(1), action="failed")]
        for row in rows:
            row.diagnostic = text or row.diagnostic
            if status and (row.status is None or row.status.endswith(".0.0")):
                row.status = status.group(0)
        return rows


DETECTOR: Final = AmazonSES()
