"""fml, the Japanese mailing-list manager (``X-MLServer: fml [fml 4.0 ...]``).

fml answers a posting it refuses with a notice whose Subject states the cause; the
refused address is the list's (the body names it in angle brackets)::

    Subject: You sender@example.org are not member (list ML)

    You are not a member of this mailing list <list@example.org>.

Variants covered (fml's fixed Subject/body phrases, which fix the reason):
non-member postings and rejected mail (rejected), loop alerts and system error
notices (systemerror), security alerts (securityerror).
"""

from __future__ import annotations

import re

from bouncelib._dsn.base import Found, Mail
from bouncelib.models import Reason

__all__ = ["DETECTOR"]

_LIST = re.compile(r"<([^<>\s]+@[^<>\s]+)>")
_CAUSES: tuple[tuple[re.Pattern[str], Reason], ...] = (
    (
        re.compile(r" are not member|NOT MEMBER article from |reject mail |Spam mail from a spammer is rejected"),
        Reason.REJECTED,
    ),
    (
        re.compile(r"fml system error message|Loop Alert: |Loop Back Warning: |WARNING: UNIX FROM Loop"),
        Reason.SYSTEMERROR,
    ),
    (re.compile(r"Security Alert"), Reason.SECURITYERROR),
)


class FML:
    """Detector for fml mailing-list refusals."""

    name = "fml"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Return the list address with the refusal, or None."""
        if not mail.header("X-MLServer").startswith("fml"):
            return None
        subject = mail.subject
        reason = next((r for p, r in _CAUSES if p.search(subject)), None)
        if reason is None:
            return None
        body = mail.body
        m = _LIST.search(body)
        first = next((ln.strip() for ln in body.split("\n") if ln.strip()), "")
        recipient = m.group(1) if m else mail.header("X-ML-Name") or ""
        if not recipient:
            return None
        return [Found(recipient=recipient, action="failed", diagnostic=first or subject, reason=reason)]


DETECTOR = FML()
