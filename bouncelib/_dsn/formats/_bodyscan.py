"""Small text helpers shared by the vendor-body detectors (the non-RFC 3464 formats).

Vendor bodies state the recipient and the remote reply in free text; these helpers
pull an address, the SMTP reply code and the enhanced status out of such text
without backtracking-prone patterns (every pattern is linear in the line length),
group a body's lines into per-recipient blocks, and find the returned original
message after a body's "original follows" marker.

Many vendor bodies also carry a ``message/delivery-status`` part (or its fields
pasted into the text body, as Amazon WorkMail does).  `ds_rows` reads those fields
(with the core's RFC 3464 reader, `bouncelib._dsn.fields`) into `Found` rows so that
a vendor detector can combine what the standard part says (status, remote MTA) with
what only its body says (the address it really meant, the reply text, the SMTP
command).  Nothing here classifies: that stays with ``parse_reply``.
"""

from __future__ import annotations

import email.message
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Final, TypeVar

from bouncelib._dsn.base import Found
from bouncelib._dsn.fields import rows_from_fields
from bouncelib._dsn.mime import decode_payload

if TYPE_CHECKING:
    from bouncelib._dsn.base import Mail
    from bouncelib._vocab import Reason

__all__ = [
    "ADDRESS",
    "ADDRESS_RE",
    "STATUS_RE",
    "clean_address",
    "delivery_status_lines",
    "ds_rows",
    "failed_with",
    "first_address",
    "header_in",
    "join_lines",
    "line_blocks",
    "reply_code_status",
    "split_at",
    "text_with",
    "until_marker",
]

_Head = TypeVar("_Head")

_ATOM = r"[^\s<>()\[\]\"';:,@]"
# The look-behind makes a match start only at the beginning of an address-like run, so a
# long line without "@" costs one pass, not one pass per start position.
ADDRESS = re.compile(rf"(?<!{_ATOM}){_ATOM}++@[A-Za-z0-9][A-Za-z0-9.\-]*+")
"""An e-mail address inside free text (angle brackets, quotes and punctuation excluded)."""

# A pragmatic mailbox pattern: no quoted local parts (bounce bodies never use them) and
# only a linear scan (character classes, no nested quantifiers) so it cannot backtrack badly.
# Unlike `ADDRESS` it wants a dotted domain; detectors mostly `fullmatch` a token with it.
ADDRESS_RE: Final = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
# RFC 3463 enhanced status as written inside text (word boundaries; `reply_code_status`
# uses stricter digit/dot boundaries of its own).
STATUS_RE: Final = re.compile(r"\b[245]\.\d{1,3}\.\d{1,3}\b")

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


def _first_marker(body: str, markers: tuple[str, ...]) -> int:
    """Where the earliest of `markers` starts in `body`, or -1."""
    best = -1
    for marker in markers:
        i = body.find(marker)
        if i != -1 and (best == -1 or i < best):
            best = i
    return best


def until_marker(body: str, *markers: str) -> str:
    """The body up to the first of ``markers`` (the returned original starts there)."""
    at = _first_marker(body, markers)
    return body if at == -1 else body[:at]


def split_at(body: str, markers: tuple[str, ...]) -> tuple[str, str]:
    """Split `body` at the first line starting with one of `markers`: (before, after)."""
    best = _first_marker(body, markers)
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


def clean_address(value: str) -> str:
    """``rfc822; <a@b>`` / ``"a@b":`` / ``a@b<mailto:a@b>`` -> ``a@b`` (as written otherwise)."""
    if ";" in value:
        value = value.split(";", 1)[1]
    found = ADDRESS_RE.search(value)
    return found.group(0) if found else value.strip().strip("<>\"':")


def join_lines(lines: list[str]) -> str:
    """Strip each line and join the non-empty ones with one space."""
    return " ".join(s for s in (line.strip() for line in lines) if s)


def line_blocks(
    lines: Iterable[str],
    head: Callable[[str], _Head | None],
    *,
    ends: Callable[[str], bool] | None = None,
) -> list[tuple[_Head, list[str]]]:
    """Group `lines` into per-recipient blocks: ``(what head returned, the lines after it)``.

    Vendor bodies name each recipient on a line of its own with its explanation below.
    A line for which `head` returns a value (a match, an address) opens a block; the lines
    after it, up to the next opening line, are its lines, as written.  With `ends`, the first
    line for which it is true closes the block early (that line and the ones up to the next
    opening line are dropped).  Lines before the first opening line are dropped.
    """
    blocks: list[tuple[_Head, list[str]]] = []
    current: list[str] | None = None
    for line in lines:
        opened = head(line)
        if opened is not None:
            current = []
            blocks.append((opened, current))
        elif current is not None:
            if ends is not None and ends(line):
                current = None
            else:
                current.append(line)
    return blocks


def ds_rows(mail: Mail, text: str | None = None) -> list[Found]:
    """Every recipient of the message's delivery-status part (or of ``text``)."""
    source = mail.delivery_status if text is None else text
    return rows_from_fields(source) if source else []
