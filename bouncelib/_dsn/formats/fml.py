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

from bouncelib._dsn.base import Found, Mail
from bouncelib.models import Reason

__all__ = ["DETECTOR"]

_LIST = re.compile(r"<([^<>\s]+@[^<>\s]+)>")
# fml's own wordings, in the body first (more specific), then in the Subject.
_BODY: tuple[tuple[re.Pattern[str], Reason], ...] = (
    (
        re.compile(
            r" header may cause mail loop|NOT MEMBER article from |reject mail from |reject spammers:"
            r"|You are not a member of this mailing list"
        ),
        Reason.REJECTED,
    ),
    (
        re.compile(r" has detected a loop condition so that|Duplicated Message-ID|Loop Back Warning:"),
        Reason.SYSTEMERROR,
    ),
    (re.compile(r"Security alert:"), Reason.SECURITYERROR),
)
_SUBJECT: tuple[tuple[re.Pattern[str], Reason], ...] = (
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
        if not str(mail.msg.get("X-MLServer", "")).startswith("fml"):
            return None
        body = mail.body.split("Original mail as follows:", 1)[0]
        reason = next((r for p, r in _BODY if p.search(body)), None)
        reason = reason or next((r for p, r in _SUBJECT if p.search(mail.subject)), None)
        if reason is None:
            return None
        # The first line naming an address in angle brackets names the list (or the refused article's).
        line = next((ln.strip() for ln in body.split("\n") if _LIST.search(ln)), "")
        m = _LIST.search(line)
        if m is None:
            return None
        return [Found(recipient=m.group(1), action="failed", diagnostic=line, reason=reason)]


DETECTOR = FML()
