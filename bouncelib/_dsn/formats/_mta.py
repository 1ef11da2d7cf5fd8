"""Helpers shared by the MTA-body detectors (Postfix, Sendmail, Exim, qmail, Courier, OpenSMTPD).

Those bodies share one shape: a fixed banner, then per recipient an address line followed by
explanation lines, then a marker before the returned message.  `address_blocks` cuts such a
body into (address, text) pairs; `merge_status` lays the body's facts over the RFC 3464 rows of
the same message when the MTA also sent a ``message/delivery-status`` part.
"""

from __future__ import annotations

import re
import textwrap
from typing import Final

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.fields import rows_from_fields
from bouncelib._dsn.formats._bodyscan import join_lines, line_blocks
from bouncelib._dsn.general._notice import unquoted_whole
from bouncelib._vocab import normalise_command

__all__ = [
    "address_blocks",
    "command_in",
    "cut",
    "dsn_rows",
    "find_row",
    "from_own_margin",
    "member_named",
    "merge_body",
    "remote_in",
]

_VALID: Final = re.compile(r"[^@\s/]+@[^@\s]+\Z")

# "(in reply to RCPT TO command)", "after RCPT TO:<x>", ">>> RCPT To:<x>", "after end of data".
_COMMANDS: Final = (
    re.compile(r"in reply to (?:the )?(end of data|[A-Z]+)\b", re.I),
    re.compile(
        r"(?:after|while|in response to)\s+(?:sending\s+)?"
        r"(MAIL FROM|RCPT TO|DATA|HELO|EHLO|STARTTLS|AUTH|QUIT|end of data|initial connection)",
        re.I,
    ),
    re.compile(r"^>>>\s*([A-Za-z]+)", re.M),
)
_HOST_RE: Final = re.compile(
    r"\bhost\s+([A-Za-z0-9][A-Za-z0-9.\-]*)\s*\[([0-9A-Fa-f.:]+|IPv6:[0-9A-Fa-f:]+)\]", re.I
)


def command_in(text: str) -> str | None:
    """The SMTP command a body says the reply answered (``RCPT``, ``DATA`` ...), or None."""
    if "refused to talk to me" in text:
        return "CONNECT"  # Postfix: the greeting (220) was a rejection
    for rx in _COMMANDS:
        m = rx.search(text)
        if m:
            cmd = normalise_command(m.group(1))
            if cmd:
                return cmd
    return None


def remote_in(text: str) -> tuple[str | None, str | None]:
    """(host, ip) of the first ``host NAME[IP]`` in `text`."""
    m = _HOST_RE.search(text)
    if not m:
        return None, None
    ip = m.group(2)
    return m.group(1).rstrip("."), ip.removeprefix("IPv6:")


def cut(body: str, start: re.Pattern[str] | None, end: tuple[str, ...]) -> str | None:
    """The part of `body` after the `start` pattern's match and before the first `end` marker."""
    pos = 0
    if start is not None:
        m = start.search(body)
        if m is None:
            return None
        pos = m.end()
    text = body[pos:]
    low = text.lower()
    stop = len(text)
    for marker in end:
        i = low.find(marker.lower())
        if 0 <= i < stop:
            stop = i
    return text[:stop]


def from_own_margin(body: str) -> str:
    """The body of a notice quoted whole (``> `` on every line with words) or indented whole (a relay's
    or client's copy), set back at its own margin: its layout, not a person quoting it.  Any other body
    as it is (the cheap tests first: most bodies start at the margin with words)."""
    if body[:1] not in (" ", "\t", ">", "\n"):
        return body
    body = unquoted_whole(body)
    return textwrap.dedent(body) if body[:1] in (" ", "\t") else body


def address_blocks(text: str, head: re.Pattern[str]) -> list[tuple[str, str]]:
    """Split `text` at lines matching `head` (group 1: the address); (address, following text) each.

    The text of a block runs to the next head line; blank lines inside are kept as single
    spaces, so the explanation comes out on one line.
    """
    return [
        # m.string is the head line: what follows the address on it starts the text.
        (m.group(1).strip("<>").rstrip("."), join_lines([m.string[m.end() :], *lines]))
        for m, lines in line_blocks(text.split("\n"), head.match)
    ]


_INLINE_FIELDS: Final = re.compile(r"^(?:Reporting-MTA|Final-Recipient|Original-Recipient)[ \t]*:", re.M | re.I)


def dsn_rows(mail: Mail) -> list[Found]:
    """The RFC 3464 rows of the message's delivery-status part, or of the same fields pasted into
    a non-MIME body (a DSN flattened to text); [] when there are none."""
    text = mail.delivery_status
    if text:
        return rows_from_fields(text)
    body = mail.body
    m = _INLINE_FIELDS.search(body)
    if m is None:
        return []
    return rows_from_fields(body[m.start() :])


def find_row(rows: list[Found], address: str) -> Found | None:
    """The row whose recipient (or original recipient) is `address`, case-insensitively."""
    low = address.lower()
    for r in rows:
        if r.recipient.lower() == low or (r.orig_recipient or "").lower() == low:
            return r
    return None


def member_named(rows: list[Found], named: set[str]) -> None:
    """A row whose ``Final-Recipient`` is an alias and whose ``X-Actual-Recipient`` the mailbox it expanded to
    (Sendmail) reports the mailbox when the notice's prose (`named`, lower-case) names the mailbox as the
    recipient and never the alias: the prose says which address the delivery failed for (``a... Deferred: 452
    ...`` under the alias's row), the alias stays as its `orig_recipient`.  A rewritten address the prose names
    by the alias (``dave@example.net`` over ``X-Actual-Recipient: dave@mail.example.org``) stays as it is."""
    for r in rows:
        actual = r.extra.get("actual")
        if not actual or actual.lower() not in named or r.recipient.lower() in named:
            continue
        if find_row(rows, actual) is None:
            r.orig_recipient, r.recipient = r.recipient, actual


def merge_body(rows: list[Found], blocks: list[Found]) -> list[Found]:
    """Lay body facts over DSN rows: DSN fields win, the body fills what the DSN leaves out.

    Body rows without a DSN twin are appended; when there are no DSN rows, the body rows are
    the result.
    """
    if not rows:
        return blocks
    for b in blocks:
        r = find_row(rows, b.recipient)
        if r is None:
            if len(rows) == 1 and len(blocks) == 1:
                r = rows[0]  # the body names the address differently (alias, original form)
                if not _VALID.match(r.recipient):
                    # "Final-Recipient: rfc822; @host" or a file path: the body's address is the real one.
                    r.recipient = b.recipient
            else:
                rows.append(b)
                continue
        if not r.diagnostic:
            r.diagnostic = b.diagnostic
        r.smtp_command = r.smtp_command or b.smtp_command or command_in(b.diagnostic)
        r.remote_mta = r.remote_mta or b.remote_mta
        r.remote_ip = r.remote_ip or b.remote_ip
        r.status = r.status or b.status
        r.action = r.action or b.action
        if r.reason is None:
            r.reason = b.reason
    return rows
