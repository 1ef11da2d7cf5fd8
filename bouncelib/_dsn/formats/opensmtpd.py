"""OpenSMTPD bounces ("This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.").

Plain text: the banner, "An error has occurred while attempting to deliver a message for
the following list of recipients:" (or "... delivery ... has been delayed"), then one
``addr: reply`` line per recipient, up to "Below is a copy of the original message:".
Both the OpenSMTPD 5.x and 6.x wordings are read.
"""

from __future__ import annotations

import re
from typing import Final

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._mta import address_blocks, command_in, cut, dsn_rows, merge_body

__all__ = ["DETECTOR"]

_START: Final = re.compile(
    r"^[ \t]*(?:An error has occurred while attempting to deliver a message for|"
    r"A message is delayed for more than \S+ (?:seconds|minutes|hours|days) for the following|"
    r"Your message could not be delivered to|"
    r"Delivery to the following recipients? (?:was|has been) (?:postponed|delayed)|"
    r"Your message was successfully delivered to)[^\n]*\n(?:[^\n]*recipients?:[^\n]*\n)?",
    re.M | re.I,
)
# 5.x: "... DO NOT REPLY to this e-mail."; 6.x: "... DO NOT REPLY to this email."
_BANNER: Final = re.compile(r"This is the MAILER-DAEMON, please DO NOT REPLY to this e-?mail")
_END: Final = ("Below is a copy of the original message", "Below is a copy of the message")
_HEAD: Final = re.compile(r"^\s*<?([^\s<>()\[\]\"',;:@]+@[^\s<>()\[\]\"',;:]+?)>?:\s")


class _OpenSmtpd:
    name = "opensmtpd"

    def parse(self, mail: Mail) -> list[Found] | None:
        body = mail.body
        if _BANNER.search(body[:2000]) is None:
            return None
        text = cut(body, _START, _END)
        if text is None:
            return None
        rows: list[Found] = []
        for addr, diag in address_blocks(text, _HEAD):
            row = Found(recipient=addr, diagnostic=diag, smtp_command=command_in(diag))
            low = body[:1500].lower()
            if "delayed" in low or "postponed" in low or "temporary failure report" in low:
                row.action = "delayed"
            rows.append(row)
        return merge_body(dsn_rows(mail), rows) or None


DETECTOR: Final = _OpenSmtpd()
