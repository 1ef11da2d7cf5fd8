"""Yandex.Mail (mailer-daemon@yandex.ru): "Недоставленное сообщение".

Yandex runs Postfix with a bilingual preamble: a Russian paragraph between two
rows of asterisks, then Postfix's "This is the mail system at host yandex.ru."
text with the per-recipient lines, and a delivery-status part::

    <user@example.org>: host mx.example.org[192.0.2.1] said: 550
        5.1.1 <user@example.org>... User Unknown (in reply to RCPT TO
        command)

The delivery-status part has everything except the SMTP command, which only
the body's "(in reply to ... command)" gives; that is why this module exists.
Without the part (not seen so far) the body lines alone are used.
"""

from __future__ import annotations

import re
from typing import Final

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import ds_rows, join_lines, line_blocks
from bouncelib._vocab import normalise_command

__all__ = ["DETECTOR"]

_RECIPIENT: Final = re.compile(r"^<([^<>\s]+@[^<>\s]+)>:\s*(.*)$")
_IN_REPLY: Final = re.compile(r"\(in reply to (RCPT TO|MAIL FROM|end of DATA|DATA|HELO|EHLO)\s+command\)")


class Yandex:
    """Detector for Yandex.Mail bounces."""

    name = "yandex"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Recipients of a Yandex bounce, or None."""
        if "yandex" not in mail.from_.lower():
            return None
        body_rows = _body(mail.body)
        rows = ds_rows(mail)
        if not rows:
            return body_rows or None
        by_address = {f.recipient.lower(): f for f in body_rows}
        for row in rows:
            body_row = by_address.get(row.recipient.lower())
            if body_row is not None:
                row.smtp_command = body_row.smtp_command
                row.diagnostic = row.diagnostic or body_row.diagnostic
        return rows


def _body(body: str) -> list[Found]:
    out: list[Found] = []
    # A blank or unindented line ends the recipient's text.
    for match, lines in line_blocks(body.split("\n"), _RECIPIENT.match, ends=_unindented):
        text = join_lines([match.group(2), *lines])
        command = _IN_REPLY.search(text)
        out.append(
            Found(
                recipient=match.group(1),
                action="failed",
                diagnostic=text,
                smtp_command=normalise_command(command.group(1)) if command else None,
            )
        )
    return out


def _unindented(line: str) -> bool:
    return not line.startswith((" ", "\t"))


DETECTOR: Final = Yandex()
