"""Google Groups: a post to a group that does not exist or does not accept the sender.

Google sends it from mailer-daemon@googlemail.com with the usual "Delivery Status
Notification (Failure)" subject, but the body is a letter in the sender's
language, signed "Google Groups" (English, French, Spanish, Greek, Persian,
Hindi ... bodies seen), with no delivery-status part::

    Hello sender@example.com,

    We're writing to let you know that the group you tried to contact (listname)
    may not exist, or you may not have permission to post messages to the group.
    ...
    Thanks,

    Google Groups

The failed address (the group) is only in the ``X-Failed-Recipients`` header;
the localized letter cannot be parsed reliably, so the letter itself becomes the
diagnostic.  The format itself fixes the outcome: the group refused the post, a
permanent rejection (5.0.0, reason "rejected", as Sisimai labels these).
"""

from __future__ import annotations

from typing import Final

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import ADDRESS_RE, join_lines, until_marker
from bouncelib._vocab import Reason

__all__ = ["DETECTOR"]

_SIGNATURE = "Google Groups"
_ORIGINAL = "----- Original message -----"


class GoogleGroups:
    """Detector for Google Groups' post-rejection letters."""

    name = "googlegroups"

    def parse(self, mail: Mail) -> list[Found] | None:
        """The group address(es) from X-Failed-Recipients, or None."""
        sender = mail.from_.lower()
        if "googlemail.com" not in sender and "@google.com" not in sender:
            return None
        failed = mail.header("X-Failed-Recipients")
        if not failed:
            return None
        body = until_marker(mail.body, _ORIGINAL)
        if _SIGNATURE not in body:
            return None
        text = join_lines(body.split("\n"))
        # The letter ends with the bullet list and the help-centre pointer; keep its first part,
        # which says what happened, as the diagnostic (the rest is generic advice).
        text = text.split(" * ", 1)[0]
        return [
            Found(recipient=addr, action="failed", status="5.0.0", diagnostic=text, reason=Reason.REJECTED)
            for addr in ADDRESS_RE.findall(failed)
        ] or None


DETECTOR: Final = GoogleGroups()
