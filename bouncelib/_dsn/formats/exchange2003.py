"""Exchange Server 5.5 / 2000 / 2003 (and the Internet Mail Service) non-delivery reports.

The body has no delivery-status part; the returned message follows as a
``message/rfc822`` attachment::

    Your message

      To:      user@example.org
      Subject: Hello
      Sent:    Thu, 29 Apr 2007 16:51:29 -0500

    did not reach the following recipient(s):

    user@example.org on Thu, 29 Apr 2007 16:51:51 -0500
        The recipient name is not recognized
        The MTS-ID of the original message is: c=US;a= ;p=Example;l=EX1-0704292151Z-1
        MSEXCH:IMS:Example:Site:EX1 0 (000C05A6) Unknown Recipient

Variants: the MSEXCH line may wrap so that its last words stand alone on the
next line; older releases (5.5, the Internet Mail Service) write "The following
recipient(s) could not be reached:", name the recipient as ``Display Name
(SMTP=user@example.org) on 4/29/99 9:20:01 AM`` and end the explanation with
``<server #5.1.1>``, the status they assigned.  The hexadecimal code in parentheses is Exchange's fixed error code;
the ones whose meaning is certain fix the reason (codes and meanings as listed
by Microsoft KB articles and collected in Sisimai's Exchange2003 module).
"""

from __future__ import annotations

import re
from email.utils import parsedate_tz
from typing import Final

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import ADDRESS_RE, join_lines, line_blocks

__all__ = ["DETECTOR"]

_START: Final = re.compile(
    r"^[ \t]*(?:did not reach the following recipient\(s\):|The following recipient\(s\) could not be reached:)",
    re.M | re.I,
)
# "user@example.org on <date>", or "Display Name (SMTP=user@example.org) on <date>" (Exchange 5.5).
_RECIPIENT: Final = re.compile(r"^\s*(?:[^\n=]*?(?:SMTP|smtp)=)?['\"<]?([^\s'\"<>()]+@[^\s'\">()]+)['\">)]* on (.+)$")
_CODE: Final = re.compile(r"\(([0-9A-F]{8})\)")
# Exchange 5.5/2000 close the explanation with "<server #5.1.1>": the status it assigned.
_HASH_STATUS: Final = re.compile(r"<[^<>\s]+ #([245]\.\d{1,3}\.\d{1,3})>")

class Exchange2003:
    """Detector for pre-2007 Exchange NDR bodies."""

    name = "exchange2003"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Recipients of an Exchange 2003 NDR, or None."""
        body = mail.body
        if "Your message" not in body:
            return None
        start = _START.search(body)
        if start is None:
            return None
        out: list[Found] = []
        for match, lines in line_blocks(body[start.end() :].split("\n"), _recipient_line):
            # "on 4/29/99 9:20:01 AM" is a local-format date no parser can place: keep it aside.
            when = match.group(2).strip()
            dated = parsedate_tz(when) is not None
            found = Found(recipient=match.group(1), action="failed", last_attempt=when if dated else None)
            if not dated:
                found.extra["date_as_written"] = when
            # The MTS-ID line is an X.400 tracking id, not part of the explanation.
            text = join_lines([line for line in lines if not line.lstrip().startswith(("The MTS-ID", ";"))])
            code = _CODE.search(text)
            hashed = _HASH_STATUS.search(text)
            found.diagnostic = text
            found.status = hashed.group(1) if hashed else None
            if code:
                # Its meaning is the exchange-ims code family of bouncelib._data.providers.
                found.extra["exchange_code"] = code.group(1)
            out.append(found)
        return out or None


def _recipient_line(line: str) -> re.Match[str] | None:
    match = _RECIPIENT.match(line)
    return match if match and ADDRESS_RE.fullmatch(match.group(1)) else None


DETECTOR: Final = Exchange2003()
