"""Sisimai's "X2": an unnamed MTA with a qmail-like, but not qmail-send, body.

From ``MAILER-DAEMON@...``, Subject ``Delivery failure`` / ``failed delivery`` /
``Permanent Delivery Failure``::

    Message from example.com.
    Unable to deliver message to the following address(es).

    <user@example.org>:
    <reason, possibly on several lines>

    --- Original message follows.

Variants covered: reasons with a qmail status in brackets (``(#4.4.1)``), the qmail
queue-lifetime sentence ("this message has been in the queue too long") and
one-line reasons (over quota, no such account); several recipients in a row.
"""

from __future__ import annotations

import re

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import join_lines, line_blocks, reply_code_status, split_at
from bouncelib._vocab import Reason

__all__ = ["DETECTOR"]

_SUBJECTS = ("Delivery failure", "failure delivery", "failed delivery")
_MARKER = "Unable to deliver message to the following address(es)."
_RCPT = re.compile(r"^<([^<>\s]+@[^<>\s]+)>:\s*$")
_EXPIRED = "this message has been in the queue too long."
_ENDS = ("--- Original message follows.", "--- Below this line is a copy of the message.")


class X2:
    """Detector for the "X2" unnamed-MTA bodies."""

    name = "x2"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Return the recipients, each with the reason lines below it, or None."""
        subject = mail.subject
        if "mailer-daemon" not in mail.from_.lower() and not subject.startswith(_SUBJECTS):
            return None
        body = mail.body
        start = body.find(_MARKER)
        if start == -1:
            return None
        text = split_at(body[start + len(_MARKER) :], _ENDS)[0]
        out: list[Found] = []
        for m, lines in line_blocks(text.split("\n"), _recipient_line):
            found = Found(recipient=m.group(1), action="failed", diagnostic=join_lines(lines))
            found.smtp_code, found.status = reply_code_status(found.diagnostic)
            if _EXPIRED in found.diagnostic:
                found.reason = Reason.EXPIRED  # qmail-send's own queue-lifetime sentence
            out.append(found)
        return out or None


def _recipient_line(line: str) -> re.Match[str] | None:
    return _RCPT.match(line.strip())


DETECTOR = X2()
