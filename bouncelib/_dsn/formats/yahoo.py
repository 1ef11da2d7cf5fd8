"""Yahoo! Mail (and AOL since it moved to Yahoo's servers): "Failure Notice".

From MAILER-DAEMON@yahoo.com / yahoo.co.jp / aol.com, no delivery-status part,
a qmail-like body::

    Sorry, we were unable to deliver your message to the following address.

    <user@example.org>:
    Remote host said: 550 5.1.1 <user@example.org>... User Unknown [RCPT_TO]

    --- Below this line is a copy of the message.

Variants seen: "Remote host said:" alone on its line with the reply and the
``[RCPT_TO]`` tag on the following lines; a reply without the "Remote host
said:" prefix ("550: : User unknown"); Yahoo's own text ("No mx record found
for domain=example.org").  The bracketed tag names the SMTP command the remote
host answered (``[RCPT_TO]``, ``[MAIL_FROM]``, ``[DATA]``, ``[BODY]`` = after the
final dot).
"""

from __future__ import annotations

import re
from typing import Final

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import ADDRESS_RE, join_lines, line_blocks, until_marker
from bouncelib._vocab import normalise_command

__all__ = ["DETECTOR"]

_START = "Sorry, we were unable to deliver your message to the following address"
_END = "--- Below this line is a copy of the message."
_RECIPIENT: Final = re.compile(r"^<([^<>\s]+@[^<>\s]+)>:\s*(.*)$")
_TAG: Final = re.compile(r"\[(RCPT_TO|MAIL_FROM|DATA|BODY|CONNECT|HELO|EHLO)\]")


def _command(tag: str) -> str | None:
    # Yahoo's tags are the command names with "_" for " "; [BODY] is the message text, i.e. DATA.
    return "DATA" if tag == "BODY" else normalise_command(tag.replace("_", " "))


class Yahoo:
    """Detector for Yahoo!/AOL failure notices."""

    name = "yahoo"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Recipients of a Yahoo failure notice, or None."""
        body = mail.body
        at = body.find(_START)
        if at < 0:
            return None
        out: list[Found] = []
        for match, lines in line_blocks(until_marker(body[at:], _END).split("\n")[1:], _recipient_line):
            text = join_lines([match.group(2), *lines])  # the reply may start on the address line
            tag = _TAG.search(text)
            out.append(
                Found(
                    recipient=match.group(1),
                    action="failed",
                    diagnostic=text,
                    smtp_command=_command(tag.group(1)) if tag else None,
                )
            )
        return out or None


def _recipient_line(line: str) -> re.Match[str] | None:
    match = _RECIPIENT.match(line.strip())
    return match if match and ADDRESS_RE.fullmatch(match.group(1)) else None


DETECTOR: Final = Yahoo()
