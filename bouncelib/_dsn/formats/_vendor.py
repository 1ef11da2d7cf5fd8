"""Small helpers shared by the provider/vendor detectors (helper "vendors A").

Vendor bodies are free text, but many of them also carry a
``message/delivery-status`` part (or its fields pasted into the text body, as
Amazon WorkMail does).  `ds_rows` reads those fields (with the core's RFC 3464
reader, `bouncelib._dsn.fields`) into `Found` rows so that a vendor detector can
combine what the standard part says (status, remote MTA) with what only its
body says (the address it really meant, the reply text, the SMTP command).
Nothing here classifies: that stays with ``parse_reply``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Final, TypeVar

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.fields import rows_from_fields

__all__ = [
    "ADDRESS_RE",
    "STATUS_RE",
    "clean_address",
    "ds_rows",
    "join_lines",
    "line_blocks",
    "until_marker",
]

_Head = TypeVar("_Head")

# A pragmatic mailbox pattern: no quoted local parts (bounce bodies never use them) and
# only a linear scan (character classes, no nested quantifiers) so it cannot backtrack badly.
ADDRESS_RE: Final = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
# RFC 3463 enhanced status as written inside text.
STATUS_RE: Final = re.compile(r"\b[245]\.\d{1,3}\.\d{1,3}\b")


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


def until_marker(body: str, *markers: str) -> str:
    """The body up to the first of ``markers`` (the returned original starts there)."""
    end = len(body)
    for marker in markers:
        at = body.find(marker)
        if 0 <= at < end:
            end = at
    return body[:end]


def ds_rows(mail: Mail, text: str | None = None) -> list[Found]:
    """Every recipient of the message's delivery-status part (or of ``text``)."""
    source = mail.delivery_status if text is None else text
    return rows_from_fields(source) if source else []
