"""Trend Micro InterScan Messaging Security Suite (InterScan MSS, IMSS) notifications.

Recognised by the ``InterScan_NT_MIME_Boundary`` MIME boundary or an "InterScan"
sender name; the text part comes in two shapes::

    Message from InterScan Messaging Security Suite
    Unable to deliver message to <user@example.jp> (and other recipients in the same domain).

or, with the SMTP exchange (the Japanese-subject variant)::

    Sent <<< RCPT TO:<user@example.co.jp>
    Received >>> 550 5.1.1 <user@example.co.jp>... user unknown

Variants covered: both shapes, with or without the ``Reason:`` prefix; the Japanese
product's arrows the other way round (``>>> RCPT TO:<...>`` / ``<<< 550 ...``).  The first
shape carries no reply: InterScan writes it when the next hop refused the recipient
address, so its reason is taken as userunknown (Sisimai's TrendMicro module reads it
the same way).
"""

from __future__ import annotations

import re

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import reply_code_status
from bouncelib._vocab import Reason

__all__ = ["DETECTOR"]

_UNABLE = re.compile(r"Unable to deliver message to <([^<>\s]+)>")
_COMMAND = re.compile(r"(?:<<<|>>>)\s+(RCPT|MAIL)\s+(?:TO|FROM):\s*<([^<>\s]+@[^<>\s]+)>", re.IGNORECASE)
_REPLY = re.compile(r"(?:<<<|>>>)\s+([245]\d\d[ -].*)$")
# InterScan's own Subjects (English, and the two Japanese ones of the localised product).
_SUBJECTS = frozenset({"Mail could not be delivered", "メッセージを配信できません。", "メール配信に失敗しました"})


class TrendMicro:
    """Detector for InterScan MSS notifications."""

    name = "trendmicro"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Return the recipients InterScan names, or None."""
        # The raw Content-Type holds the boundary; parsing its parameters costs more than a find.
        if (
            "InterScan" not in str(mail.msg.get("Content-Type", ""))
            and "InterScan" not in mail.from_
            and mail.subject not in _SUBJECTS
        ):
            return None
        body = mail.body
        out: list[Found] = []
        for line in body.split("\n"):
            if "<<<" not in line and ">>>" not in line:
                continue
            if cmd := _COMMAND.search(line):
                # "Sent <<< RCPT TO:<addr>" (English) or "... >>> RCPT TO:<addr>" (Japanese variant)
                if not out or out[-1].recipient != cmd.group(2) or out[-1].diagnostic:
                    out.append(Found(recipient=cmd.group(2), action="failed"))
                out[-1].smtp_command = cmd.group(1).upper()
            elif out and (reply := _REPLY.search(line)):
                out[-1].diagnostic = reply.group(1).strip()
        for found in out:
            found.smtp_code, found.status = reply_code_status(found.diagnostic)
        if not out:
            for m in _UNABLE.finditer(body):
                line = body[m.start() :].split("\n", 1)[0].strip()
                out.append(Found(recipient=m.group(1), action="failed", diagnostic=line, reason=Reason.USERUNKNOWN))
        return out or None


DETECTOR = TrendMicro()
