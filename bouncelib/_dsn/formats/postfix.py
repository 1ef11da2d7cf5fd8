"""Postfix bounces (``bounce(8)``): "Undelivered Mail Returned to Sender" and delay warnings.

Variants: the usual ``multipart/report`` with a ``message/delivery-status`` part (the body
gives the SMTP command, "in reply to RCPT TO command", that the DSN part leaves out), the
plain-text bodies of Postfix before 2.0 and of ``notify_classes`` copies, and
"Delayed Mail (still being retried)" warnings.  Body paragraph per recipient:
``<addr>: host mx.example.net[192.0.2.1] said: 550 5.1.1 ... (in reply to RCPT TO command)``.
"""

from __future__ import annotations

import email.utils
import re
from typing import Final

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._mta import (
    address_blocks,
    command_in,
    cut,
    dsn_rows,
    from_own_margin,
    merge_body,
    remote_in,
)

__all__ = ["DETECTOR"]

_SUBJECTS: Final = (
    "undelivered mail returned to sender",
    "delayed mail (still being retried)",
    "successful mail delivery report",
    "mail delivery status report",
    "postmaster copy: undelivered mail",
    "undeliverable mail",
)
_BANNER: Final = re.compile(
    # bounce(5) templates: "This is the mail system at host x." (2.x+), "The Postfix program at
    # host x." and "This is the Postfix program" (older), "The <mail_name> program" (renamed).
    r"^(?:This is the (?:mail system|Postfix program)|The (?:Postfix|mail) program|The Postfix on \S+ program|"
    r"The \S+ program at host|I'm sorry to have to inform you that your message could not)",
    re.M | re.I,
)
# A recipient paragraph's head: the address in brackets, bare or in quotes (a relay or client that
# rewrote "<a>" as '"a"'), its local part quoted when it holds a space (Postfix writes '<"bob smith"@x>');
# the colon ends the line when the reply is written below it.
_HEAD: Final = re.compile(
    r"^[<\"]?((?:\"[^\"\n<>]+\"|[^\s<>()\[\]\"',;:@]+)@[^\s<>()\[\]\"',;:]+?)[>\"]?"
    r"(?:\s*\(expanded from [^)]*\))?:(?:\s|\Z)"  # the reply on the same line, or on the lines below
)
_END: Final = ("--- Delivery report", "Content-Description: Delivery report", "Reporting-MTA:", "-- Undelivered")
_SAID: Final = re.compile(r"\b(?:said|refused to talk to me):\s*", re.I)


def _body_rows(body: str) -> list[Found]:
    text = cut(from_own_margin(body), _BANNER, _END)
    if text is None:
        return []
    rows: list[Found] = []
    for addr, diag in address_blocks(text, _HEAD):
        if "@" not in addr:
            continue
        host, ip = remote_in(diag)
        cmd = command_in(diag)
        reply = diag
        m = _SAID.search(diag)
        if m:
            reply = diag[m.end() :]
        reply = re.sub(r"\s*\(in reply to [^)]*\)\s*$", "", reply)
        rows.append(Found(recipient=addr, diagnostic=reply, remote_mta=host, remote_ip=ip, smtp_command=cmd))
    return rows


# "Postfix SMTP server: errors from host[ip]": the smtpd(8) notice to the postmaster, holding
# the session transcript; the recipient is the last RCPT TO, the reply the last error "Out:".
_SMTPD_NOTICE: Final = " smtp server: errors from "  # "<mail_name> SMTP server: errors from host[ip]"
_IN_RCPT: Final = re.compile(r"^[ \t]*In:\s+RCPT\s+TO:\s*<([^>\s]+)>", re.M | re.I)
_OUT_ERR: Final = re.compile(r"^[ \t]*Out:\s+([45]\d\d[ -].*)$", re.M)
_IN_CMD: Final = re.compile(r"^[ \t]*In:\s+([A-Za-z]+)", re.M)


def _smtpd_notice(body: str) -> list[Found]:
    rcpts = _IN_RCPT.findall(body)
    errors = list(_OUT_ERR.finditer(body))
    if not rcpts:
        return []
    reply = errors[-1].group(1).strip() if errors else ""
    cmd = None
    if errors:
        cmds = _IN_CMD.findall(body[: errors[-1].start()])
        cmd = cmds[-1].upper() if cmds else None
    return [Found(recipient=rcpts[-1], diagnostic=reply, smtp_command=cmd)]


def _original_to(mail: Mail) -> list[Found]:
    """A bounce that names no recipient ("Delivery report unavailable"): the original's To."""
    orig = mail.original_message
    to = orig.get("To") if orig is not None else None
    if not to:
        return []
    addrs = [a for _n, a in email.utils.getaddresses([str(to)]) if "@" in a]
    return [Found(recipient=a) for a in addrs[:1]]


_SPECIFIC_STATUS: Final = re.compile(r"\b[245]\.(?:[1-7]\.\d{1,3}|0\.[1-9]\d{0,2})\b")


def _prefer_specific_body_text(rows: list[Found], body_rows: list[Found]) -> None:
    """When the DSN part says only "X.0.0" (or a bare number) but the body paragraph of the same
    recipient quotes the remote server with a specific code, the body's words are the better
    diagnostic (Postfix shortens long replies in the DSN part; the body keeps them whole)."""
    by_addr = {b.recipient.lower(): b for b in body_rows}
    for r in rows:
        b = by_addr.get(r.recipient.lower())
        if b is None or not b.diagnostic:
            continue
        generic = not r.status or r.status.endswith(".0.0")
        if r.diagnostic.strip().isdigit() or (generic and _SPECIFIC_STATUS.search(b.diagnostic)):
            r.diagnostic = b.diagnostic


class _Postfix:
    name = "postfix"

    def parse(self, mail: Mail) -> list[Found] | None:
        subject = mail.subject.lower()
        if _SMTPD_NOTICE in subject:
            return _smtpd_notice(mail.body) or None
        ds = mail.delivery_status
        if not subject.startswith(_SUBJECTS) and (ds is None or "x-postfix" not in ds.lower()):
            return None
        body_rows = _body_rows(mail.body)
        rows = dsn_rows(mail)
        if not rows and not body_rows:
            # Postfix's subject alone does not make a Postfix notice: other writers reuse it (Kopano's
            # spooler lists its recipients under headings of its own). Without Postfix's banner the
            # general reader reads the body; with it, the original's To is all the notice tells.
            own_text = _BANNER.search(mail.body) is not None
            return _original_to(mail) if own_text and subject.startswith(_SUBJECTS[0]) else None
        if "delayed mail" in subject:
            for r in body_rows:
                r.action = "delayed"
        _prefer_specific_body_text(rows, body_rows)
        return merge_body(rows, body_rows) or None


DETECTOR: Final = _Postfix()
