"""Mail.Ru (corp.mail.ru / mail.ru): "Ваше сообщение не доставлено. Mail failure."

Mail.Ru runs Exim with a bilingual template: a Russian paragraph listing the
addresses, a line of asterisks, then Exim's English text whose failed-address
list carries the diagnostics, indented as Exim does::

    This message was created automatically by mail delivery software.

    A message that you sent could not be delivered to one or more of its
    recipients. This is a permanent error. The following address(es) failed:

      user@example.org
        SMTP error from remote mail server after RCPT TO:<user@example.org>:
        host mx.example.org [192.0.2.1]: 550 5.1.1 <user@example.org>... User Unknown

    ------ This is a copy of the message, including all the headers. ------

Only the English half is read (the Russian one repeats the addresses without
reasons).  Exim's "after RCPT TO:" / "after MAIL FROM:" / "after end of data"
name the SMTP command; "host NAME [IP]:" the remote server.
"""

from __future__ import annotations

import re
from typing import Final

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import ADDRESS_RE, join_lines, line_blocks, until_marker
from bouncelib._vocab import normalise_command

__all__ = ["DETECTOR"]

_START: Final = re.compile(r"The following address\(es\) failed:")
_ENDS: Final = ("------ This is a copy of the message", "------ This is a copy of the message's headers")
_AFTER: Final = re.compile(r"after (RCPT TO|MAIL FROM|end of data|DATA|initial connection|EHLO|HELO)")
_HOST: Final = re.compile(r"host ([\w.-]+) \[([0-9a-fA-F.:]+)\]:\s*")


class MailRu:
    """Detector for Mail.Ru's Exim bounces."""

    name = "mailru"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Recipients of a Mail.Ru bounce, or None."""
        if "mail.ru" not in mail.from_.lower() and "Mail.Ru" not in mail.body[:500]:
            return None
        body = mail.body
        start = _START.search(body)
        if start is None:
            return None
        section = until_marker(body[start.end() :], *_ENDS).split("\n")
        out: list[Found] = []
        for address, lines in line_blocks(section, _address_line):
            found = Found(recipient=address, action="failed")
            _fill(found, join_lines(lines))
            out.append(found)
        if not out:
            # The list may hold only local parts; Exim's X-Failed-Recipients header has the addresses.
            text = join_lines(section)
            out = [Found(recipient=a, action="failed") for a in _failed(mail)]
            for found in out:
                _fill(found, text)
        return out or None


def _address_line(line: str) -> str | None:
    # Exim indents the failed addresses by two spaces, their explanation by more.
    if not line.startswith("  ") or line.startswith("   "):
        return None
    address = line.strip().strip("<>")
    return address if ADDRESS_RE.fullmatch(address) else None


def _failed(mail: Mail) -> list[str]:
    return ADDRESS_RE.findall(mail.header("X-Failed-Recipients"))


def _fill(found: Found, text: str) -> None:
    after = _AFTER.search(text)
    found.smtp_command = normalise_command(after.group(1)) if after else None
    host = _HOST.search(text)
    if host:
        found.remote_mta, found.remote_ip = host.group(1), host.group(2)
    found.diagnostic = text


DETECTOR: Final = MailRu()
