"""RFC 3464 delivery-status fields, read tolerantly; shared by every detector that meets them.

Real DSNs bend the grammar: blocks without the blank line between them, fields of the
per-message block repeated per recipient, ``Final-Recipient`` without the address type,
addresses in angle brackets, ``Diagnostic-Code`` folded over many lines.  The reader here
accepts all of that: a new recipient block starts at a ``Final-Recipient`` (or at an
``Original-Recipient`` when the current block already has one).
"""

from __future__ import annotations

import ipaddress
import re
from typing import Final

from bouncelib._dsn.base import Found
from bouncelib._vocab import Reason

__all__ = ["clean_address", "is_ip", "parse_fields", "rows_from_fields", "split_typed"]

_FIELD_RE: Final = re.compile(r"([A-Za-z][A-Za-z0-9-]*)[ \t]*:[ \t]*(.*)")
# The lookbehind lets a bare local part start only at a token edge: without it, a 300k-character
# token with no usable "@" was rescanned from every position (quadratic; 300 s for one field).
_ADDR_RE: Final = re.compile(r"(?:\"[^\"\n]*\"|(?<![^\s<>\"'(),;:\[\]])[^\s<>\"'(),;:\[\]]+)@[^\s<>\"'(),;:\[\]]+")
_ATEXT: Final = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+\Z")
_STATUS_SHAPE: Final = re.compile(r"\d\.\d{1,3}\.\d{1,3}\Z")
_XTEXT_RE: Final = re.compile(r"\\x\{([0-9A-Fa-f]{1,6})\}|\+([0-9A-Fa-f]{2})")

_PER_RECIPIENT: Final = frozenset(
    {
        "final-recipient",
        "original-recipient",
        "action",
        "status",
        "remote-mta",
        "diagnostic-code",
        "last-attempt-date",
        "final-log-id",
        "will-retry-until",
        "x-actual-recipient",
        "x-display-name",
    }
)


def is_ip(text: str) -> bool:
    """Whether `text` is an IPv4 or IPv6 address."""
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def split_typed(value: str) -> tuple[str | None, str]:
    """``"rfc822; a@example.org"`` -> ``("rfc822", "a@example.org")``; no type -> ``(None, value)``."""
    head, sep, rest = value.partition(";")
    if sep and head.strip() and " " not in head.strip() and "@" not in head:
        return head.strip(), rest.strip()
    return None, value.strip()


def _unxtext(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        code = m.group(1) or m.group(2)
        try:
            return chr(int(code, 16))
        except ValueError:
            return m.group(0)

    return _XTEXT_RE.sub(repl, text) if ("\\x{" in text or "+" in text) else text


def clean_address(value: str | None) -> str | None:
    """The bare address of a recipient field (type, brackets, quotes and comments removed), or None."""
    if not value:
        return None
    _t, text = split_typed(value)
    text = _unxtext(text)
    m = _ADDR_RE.search(text)
    if m:
        addr = m.group(0).rstrip(".")
        if addr.startswith('"'):
            # A quoted local part that needs no quotes ("bob"@x) is the same address as bob@x.
            local, _at, domain = addr.rpartition("@")
            if _ATEXT.match(local[1:-1]):
                addr = f"{local[1:-1]}@{domain}"
        return addr
    text = text.strip(" <>\"'")
    return text or None


def parse_fields(text: str) -> tuple[dict[str, str], list[dict[str, str]]]:
    """Split a delivery-status body into (per-message fields, per-recipient field dicts).

    Keys are lower case; folded continuation lines are joined with one space.  The first
    value of a field in a block wins, except ``Diagnostic-Code`` parts, which are joined.
    """
    if "\x00" in text:
        # RFC 3464 fields are text without NUL; a stray NUL ("Action: failed\0") must not make
        # "failed\0" an unknown action.
        text = text.replace("\x00", "")
    per_message: dict[str, str] = {}
    recipients: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    last_key: str | None = None
    target: dict[str, str] = per_message
    for raw in text.split("\n"):
        if not raw.strip():
            last_key = None
            if current is not None:
                current = None
                target = per_message  # until the next recipient field
            continue
        if raw[0] in " \t":
            if last_key is not None:
                target[last_key] = f"{target[last_key]} {raw.strip()}".strip()
            continue
        m = _FIELD_RE.match(raw)
        if not m:
            # A line that is no field (some MTAs wrap Diagnostic-Code without indenting it).
            if last_key == "diagnostic-code":
                target[last_key] = f"{target[last_key]} {raw.strip()}"
            continue
        key = m.group(1).lower()
        value = m.group(2).strip()
        if key in ("final-recipient", "original-recipient"):
            # Blocks without the blank line between them: a repeated recipient field starts the next.
            if current is None or key in current:
                current = {}
                recipients.append(current)
            target = current
        elif key in _PER_RECIPIENT and current is None:
            current = {}
            recipients.append(current)
            target = current
        if key not in target:
            target[key] = value
            last_key = key
        else:
            last_key = None  # a repeated field: ignore it and its continuation lines
    return per_message, recipients


def _expanded_to(block: dict[str, str], final: str | None) -> str | None:
    """The mailbox an alias expanded to, when a block names one apart from its ``Final-Recipient`` (Sendmail: the
    alias as Final-Recipient, the mailbox as ``X-Actual-Recipient``; `_mta.member_named` tells which of the two the
    notice reports)."""
    actual = clean_address(block.get("x-actual-recipient"))
    if final and actual and "@" in actual and actual.lower() != final.lower():
        return actual
    return None


def _remote_mta(mta: str) -> tuple[str, str | None]:
    """A Remote-MTA field's name, and the address written beside it, when there is one."""
    remote_ip = None
    if mta and " (" in mta:
        # A host name and comments after it (RFC 3464's mta-name is a name; RFC 5322 allows comments beside
        # it): "mx.example.jp (TCP|192.0.2.1|47323|192.0.2.25|25)" and a folded "(mx. -- Server LMTP ...)"
        # (Sun Messaging Server's connection details) are no part of the name.  One comment that is an
        # address is the host's address (below).
        name, _sp, comments = mta.partition(" (")
        if name.strip() and " " not in name.strip() and not is_ip(comments.split(")", 1)[0].strip()):
            mta = name.strip()
    if mta and mta.endswith(")") and " (" in mta:
        # "mx.example.jp (192.0.2.135)" (PowerMTA): the address in parentheses.
        host, _sp, ip = mta[:-1].rpartition(" (")
        if is_ip(ip.strip()):
            mta, remote_ip = host.strip(), ip.strip()
    elif mta and mta.endswith("]") and "[" in mta:
        # "mx.example.net [203.0.113.50]" (Courier) or "[203.0.113.50]": host and address apart.
        mta, _sp, ip = mta[:-1].rpartition("[")
        mta, remote_ip = mta.strip(), ip.strip().removeprefix("IPv6:")
    return mta, remote_ip


def rows_from_fields(text: str) -> list[Found]:
    """`Found` rows of every recipient block with an address in a delivery-status text."""
    per_message, blocks = parse_fields(text)
    reporting = split_typed(per_message.get("reporting-mta", ""))[1] or None
    queue_id = per_message.get("x-postfix-queue-id")
    sender = clean_address(per_message.get("x-postfix-sender"))
    rows: list[Found] = []
    for b in blocks:
        final = clean_address(b.get("final-recipient")) or clean_address(b.get("x-actual-recipient"))
        orig = clean_address(b.get("original-recipient"))
        recipient = final or orig
        if not recipient or ("@" not in recipient and not final):
            continue
        if "@" not in recipient and ";" not in b.get("final-recipient", ""):
            # "Final-Recipient: redacted": neither an address type (RFC 3464's "rfc822;") nor an address, a
            # word put in its place (a poster's redaction): the block reports a recipient it does not name.
            recipient = ""
        dtype, diag = split_typed(b.get("diagnostic-code", ""))
        _mta_type, mta = split_typed(b.get("remote-mta", ""))
        status_field = b.get("status", "").strip()
        status = status_field.split()[0] if status_field else None
        if status and not _STATUS_SHAPE.match(status):
            # "Status: 553 Exceeded maximum inbound message size": a reply, not an RFC 3463 code.
            if not diag:
                diag = status_field
            status, status_field = None, ""
        if not diag and "(" in status_field:
            # "Status: 4.0.0 (cat.example.net: host name lookup failure)": with no Diagnostic-Code,
            # the comment is the only explanation the DSN gives.
            diag = status_field[status_field.index("(") + 1 :].rstrip(")").strip()
        mta, remote_ip = _remote_mta(mta)
        row = Found(
            recipient=recipient,
            orig_recipient=orig,
            action=next(iter(b.get("action", "").lower().split()), None),
            status=status,
            diagnostic=diag,
            diagnostic_type=dtype,
            remote_mta=mta or None,
            remote_ip=remote_ip or None,
            reporting_mta=reporting,
            last_attempt=b.get("last-attempt-date"),
        )
        if row.action == "expired":
            # An Action outside RFC 3464's five (SendGrid's "expired"): the sending MTA gave up retrying the recipient,
            # a failure whose reason that fixes, whatever the last attempt's error said.
            row.action, row.reason = "failed", Reason.EXPIRED
        actual = _expanded_to(b, final)
        if actual:
            row.extra["actual"] = actual
        if queue_id:
            row.extra["queue_id"] = queue_id
        if sender:
            row.extra["sender"] = sender
        rows.append(row)
    return rows
