"""Small text helpers shared by the vendor-body detectors (the non-RFC 3464 formats).

Vendor bodies state the recipient and the remote reply in free text; these helpers
pull an address, the SMTP reply code and the enhanced status out of such text
without backtracking-prone patterns (every pattern is linear in the line length),
and find the returned original message after a body's "original follows" marker.
"""

from __future__ import annotations

import email.message
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from bouncelib._dsn.base import Found
from bouncelib._dsn.mime import decode_payload

if TYPE_CHECKING:
    from bouncelib._dsn.base import Mail
    from bouncelib.models import Reason

__all__ = [
    "ADDRESS",
    "delivery_status_lines",
    "failed_with",
    "first_address",
    "header_in",
    "reply_code_status",
    "split_at",
    "text_with",
]

_ATOM = r"[^\s<>()\[\]\"';:,@]"
# The look-behind makes a match start only at the beginning of an address-like run, so a
# long line without "@" costs one pass, not one pass per start position.
ADDRESS = re.compile(rf"(?<!{_ATOM}){_ATOM}++@[A-Za-z0-9][A-Za-z0-9.\-]*+")
"""An e-mail address inside free text (angle brackets, quotes and punctuation excluded)."""

# "550 5.1.1 text", "550-5.1.1 text", "550 text": code first, status optional; or a bare status.
_REPLY = re.compile(r"(?<![\d.])([245]\d\d)(?:[ -]+([245]\.\d{1,3}\.\d{1,3}))?(?![\d.])")
_STATUS = re.compile(r"(?<![\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.])")
_MAX_SCAN = 4000  # replies are short; bound the work on hostile long lines


def first_address(text: str) -> str | None:
    """The first address in `text`, trailing dots stripped, or None."""
    if "@" not in text:
        return None
    m = ADDRESS.search(text)
    return m.group(0).rstrip(".") if m else None


def reply_code_status(text: str) -> tuple[int | None, str | None]:
    """The SMTP reply code and enhanced status written in `text` (either may be None).

    The code is taken only where it leads a reply ("550 5.1.1 ..." / "550 ..."), so
    numbers inside hostnames or dates are not mistaken for it; the status also
    counts when written alone or in brackets ("(#5.1.1)").
    """
    text = text[:_MAX_SCAN]
    code: int | None = None
    status: str | None = None
    m = _REPLY.search(text)
    if m:
        code = int(m.group(1))
        status = m.group(2)
    if status is None:
        s = _STATUS.search(text)
        if s:
            status = s.group(1)
    return code, status


def failed_with(
    recipients: Iterable[str],
    diagnostic: str,
    *,
    status: str | None = None,
    reason: Reason | None = None,
    smtp_command: str | None = None,
    remote_mta: str | None = None,
    reporting_mta: str | None = None,
) -> list[Found] | None:
    """One failed `Found` per recipient, all explained by the same `diagnostic`, or None if none.

    Many vendor bodies list the recipients and then give one explanation for all of them;
    the reply code and enhanced status are read from that text (`reply_code_status`),
    `status` is used when the text states none, and the other keywords are what the rest
    of the body says.
    """
    code, stated = reply_code_status(diagnostic)
    out = [
        Found(
            recipient=recipient,
            action="failed",
            diagnostic=diagnostic,
            smtp_code=code,
            status=stated or status,
            reason=reason,
            smtp_command=smtp_command,
            remote_mta=remote_mta,
            reporting_mta=reporting_mta,
        )
        for recipient in recipients
    ]
    return out or None


def split_at(body: str, markers: tuple[str, ...]) -> tuple[str, str]:
    """Split `body` at the first line starting with one of `markers`: (before, after)."""
    best = -1
    for marker in markers:
        i = body.find(marker)
        if i != -1 and (best == -1 or i < best):
            best = i
    if best == -1:
        return body, ""
    nl = body.find("\n", best)
    return body[:best], body[nl + 1 :] if nl != -1 else ""


def header_in(block: str, name: str) -> str | None:
    """The value of header `name` in a block of header lines (the returned original), or None."""
    prefix = name.lower() + ":"
    for line in block.lstrip("\n").split("\n"):
        if not line:
            break  # end of the header section
        if line[: len(prefix)].lower() == prefix:
            return line[len(prefix) :].strip()
    return None


def text_with(mail: Mail, marker: str) -> str | None:
    """The readable body if it contains `marker`, else the first other text part that does.

    Some vendor bodies sit in a part whose Content-Type header is malformed (a missing
    ``;`` before ``charset``) so the loader's "first text/plain" is the returned original
    instead; the vendor text is still a ``text/*`` part.
    """
    body = mail.body
    if marker in body:
        return body
    for part in mail.parts[1:]:
        if not part.is_multipart() and part.get_content_maintype() == "text":
            text = decode_payload(part)
            if marker in text:
                return text
    return None


def delivery_status_lines(mail: Mail) -> str:
    """The ``message/delivery-status`` text including what the stdlib put in block bodies.

    The stdlib parses each DSN block as a header-only message; a block that starts with a
    blank line, or a field whose continuation lines are not indented (SurfControl,
    MessageLabs), ends up in a sub-message *body* that `Mail.delivery_status` leaves out.
    """
    for part in mail.parts:
        if part.get_content_type() != "message/delivery-status":
            continue
        payload = part.get_payload()
        if not isinstance(payload, list):
            return decode_payload(part)
        blocks: list[str] = []
        for sub in payload:
            if not isinstance(sub, email.message.Message):
                continue
            fields = "\n".join(f"{k}: {v}" for k, v in sub.items())
            rest = sub.get_payload()
            blocks.append(f"{fields}\n{rest}" if isinstance(rest, str) and rest.strip() else fields)
        return "\n\n".join(blocks)
    return ""
