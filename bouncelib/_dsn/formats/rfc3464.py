"""RFC 3464 delivery status notifications (``multipart/report; report-type=delivery-status``).

Covers RFC 6522 reports, RFC 6533 ``message/global-delivery-status``, and the many MTAs that
write the same fields into a ``text/plain`` part instead of a ``message/delivery-status`` part
(the fields are found by their ``Final-Recipient`` / ``Status`` lines).
"""

from __future__ import annotations

import re
from typing import Final

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.fields import rows_from_fields

__all__ = ["DETECTOR"]

# Where DSN fields start in a text part that is not labelled message/delivery-status.
_INLINE: Final = re.compile(r"^(?:Reporting-MTA|Final-Recipient|Original-Recipient)[ \t]*:", re.M | re.I)


class _Rfc3464:
    name = "rfc3464"

    def parse(self, mail: Mail) -> list[Found] | None:
        text = mail.delivery_status
        if text is not None:
            rows = rows_from_fields(text)
            if rows:
                return rows
        # The fields pasted into the body (some gateways, and DSNs re-wrapped as plain text).
        body = mail.body
        m = _INLINE.search(body)
        if m is None or "status:" not in body[m.start() :].lower():
            return None
        return rows_from_fields(body[m.start() :]) or None


DETECTOR: Final = _Rfc3464()
