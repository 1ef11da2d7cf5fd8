"""fml, the Japanese mailing-list manager (``X-MLServer: fml [fml 4.0 ...]``).

fml answers a posting it refuses with a notice whose Subject states the cause; the
refused address is the list's (the body names it in angle brackets)::

    Subject: You sender@example.org are not member (list ML)

    You are not a member of this mailing list <list@example.org>.

Variants covered (fml's fixed body and Subject phrases, which fix the reason):
non-member postings, rejected mail and spammers (rejected), loop alerts, duplicated
Message-IDs and system error notices (systemerror), security alerts (securityerror).
"""

from __future__ import annotations

import re

from bouncelib._data.formats import format_reason
from bouncelib._dsn.base import Found, Mail

__all__ = ["DETECTOR"]

_LIST = re.compile(r"<([^<>\s]+@[^<>\s]+)>")

class FML:
    """Detector for fml mailing-list refusals."""

    name = "fml"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Return the list address with the refusal, or None."""
        if not str(mail.msg.get("X-MLServer", "")).startswith("fml"):
            return None
        body = mail.body.split("Original mail as follows:", 1)[0]
        reason = format_reason("fml", body, "body") or format_reason("fml", mail.subject, "subject")
        if reason is None:
            return None
        # The first line naming an address in angle brackets names the list (or the refused article's).
        line = next((ln.strip() for ln in body.split("\n") if _LIST.search(ln)), "")
        m = _LIST.search(line)
        if m is None:
            return None
        return [Found(recipient=m.group(1), action="failed", diagnostic=line, reason=reason)]


DETECTOR = FML()
