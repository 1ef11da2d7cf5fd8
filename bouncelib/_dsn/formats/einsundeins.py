"""1&1 / IONOS (``mailer-daemon@kundenserver.de``, German "Eins und Eins") bounces.

The text is Exim-like but has its own layout and end marker::

    This message was created automatically by mail delivery software.

    A message that you sent could not be delivered to one or more of
    its recipients. This is a permanent error.

    The following address failed:

    user@example.org

    For the following reason:

    Mail size limit exceeded. For explanation visit
    http://postmaster.1and1.com/en/error-messages?ip=%1s

    --- The header of the original message is following. ---

Variants covered: the "For the following reason:" layout (local refusal) and the
``address(es) failed:`` layout with ``user@example.org:`` followed by ``SMTP error from
remote server for <CMD> command, host: <host> (<ip>) reason: <reply>``.
"""

from __future__ import annotations

import re

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import reply_code_status, split_at
from bouncelib._vocab import normalise_command

__all__ = ["DETECTOR"]

_END = "--- The header of the original message is following. ---"
_GMX = re.compile(r"@(?:[\w-]+\.)*(?:gmx\.\w+|web\.de|mail\.com)\b", re.IGNORECASE)
_START = re.compile(r"The following address(?:\(es\))?\s+failed:")
_ADDR = re.compile(r"^<?([^<>\s:]+@[^<>\s:]+?)>?:?$")
_REMOTE = re.compile(r"for (\w+) command, host: (\S+) \(([^()\s]*)\) reason: ")
# 1&1 says TEXT for the message-content phase; RFC 5321 calls it DATA.


class EinsUndEins:
    """Detector for 1&1 / IONOS bounces."""

    name = "einsundeins"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Return the failed addresses with the reason text, or None."""
        if not mail.subject.startswith("Mail delivery failed"):
            return None
        if _GMX.search(mail.from_):
            return None  # GMX (same owner, same end marker) has a detector of its own
        body = mail.body
        if _END not in body:
            return None
        m = _START.search(body)
        if m is None:
            return None
        text = split_at(body[m.end() :], (_END,))[0]
        out: list[Found] = []
        for raw in text.split("\n"):
            line = raw.strip()
            if a := _ADDR.match(line):
                out.append(Found(recipient=a.group(1), action="failed"))
            elif out and line and line != "For the following reason:":
                out[-1].diagnostic = f"{out[-1].diagnostic} {line}".strip()
        for found in out:
            if r := _REMOTE.search(found.diagnostic):
                found.smtp_command = normalise_command(r.group(1)) or r.group(1).upper()
                found.remote_mta, found.remote_ip = r.group(2), r.group(3) or None
            found.smtp_code, found.status = reply_code_status(found.diagnostic)
        return out or None


DETECTOR = EinsUndEins()
