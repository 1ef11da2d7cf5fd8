"""GMX, WEB.DE and mail.com: United Internet's "Nemesis" MTA (1&1 is the einsundeins module).

Subject "Mail delivery failed: returning message to sender", no delivery-status
part, an Exim-like body whose per-recipient blocks differ by brand::

    This message was created automatically by mail delivery software.

    A message that you sent could not be delivered to one or more of
    its recipients. This is a permanent error. The following address
    failed:

    "user@example.org":
    SMTP error from remote server after RCPT command:
    host: mx.example.org
    5.2.2 <user@example.org>... Mailbox Full

    --- The header of the original message is following. ---

GMX also writes ``<user@example.org>`` + "Reason:" + its own text ("delivery
retry timeout exceeded").  The platform's one-line form, shared with 1&1
("SMTP error from remote server for TEXT command, host: mx.example.org
(192.0.2.1) reason: 550 5.2.0 ..."), is read too; "TEXT" is the message body,
i.e. the reply to DATA.
"""

from __future__ import annotations

import re
from typing import Final

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import ADDRESS_RE, join_lines, line_blocks, until_marker
from bouncelib._vocab import normalise_command

__all__ = ["DETECTOR"]

_START: Final = re.compile(r"The following address(?:\(es\))?\s+failed:")
_END = "--- The header of the original message is following. ---"
_COMMAND: Final = re.compile(r"SMTP error from remote server (?:after|for) (\w+) command")
_HOST: Final = re.compile(r"host:\s*([\w.-]+)(?:\s*\(([0-9a-fA-F.:]+)\))?")
_REASON: Final = re.compile(r"\breason:\s*(.+)$")
_BRANDS: Final = ("gmx.", "web.de", "mail.com")
_LABELS: Final = ("Reason:", "For the following reason:")


class Gmx:
    """Detector for GMX / 1&1 delivery failure bodies."""

    name = "gmx"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Recipients of a GMX/1&1 bounce, or None."""
        if not any(brand in mail.from_.lower() for brand in _BRANDS) and not mail.header("X-GMX-Antispam"):
            return None  # 1&1 shares the layout and marker; the einsundeins detector reads those
        body = mail.body
        if _END not in body:
            return None  # the end marker is this MTA's own; Exim proper writes another
        start = _START.search(body)
        if start is None:
            return None
        out: list[Found] = []
        for address, lines in line_blocks(until_marker(body[start.end() :], _END).split("\n"), _address_line):
            found = Found(recipient=address, action="failed")
            _fill(found, [line for line in lines if line.strip() and line.strip() not in _LABELS])
            out.append(found)
        return out or None


def _address_line(line: str) -> str | None:
    candidate = line.strip().strip('"<>:').strip('"<>')
    return candidate if candidate and ADDRESS_RE.fullmatch(candidate) else None


def _fill(found: Found, lines: list[str]) -> None:
    text = join_lines(lines)
    command = _COMMAND.search(text)
    if command is None:
        found.diagnostic = text
        return
    found.smtp_command = normalise_command(command.group(1))
    host = _HOST.search(text)
    if host:
        found.remote_mta, found.remote_ip = host.group(1), host.group(2)
    reason = _REASON.search(text)
    if reason:  # the one-line 1&1 form: the reply follows "reason:"
        found.diagnostic = reason.group(1).strip()
    else:  # GMX: command line, host line, then the reply lines
        found.diagnostic = join_lines([ln for ln in lines[1:] if not ln.strip().startswith("host:")])


DETECTOR: Final = Gmx()
