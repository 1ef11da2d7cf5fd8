"""Exim bounces: "Mail delivery failed: returning message to sender" and delay warnings.

The body lists each failed address on a line indented by two spaces, with the explanation
indented below it ("SMTP error from remote mail server after RCPT TO:<x>:", "host mx
[192.0.2.1]: 550 ...", "Unrouteable address", "retry timeout exceeded", "(generated from
x@example.org)"), up to "------ This is a copy of the message".  Exim also states the
addresses in ``X-Failed-Recipients``.  Exim 4.82+ may send the same as ``multipart/report``
(then the delivery-status part's fields win and the body adds the SMTP command).
"""

from __future__ import annotations

import re
from typing import Final

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._mta import command_in, cut, dsn_rows, merge_body
from bouncelib.models import Reason

__all__ = ["DETECTOR"]

_START: Final = re.compile(
    r"^(?:[^\n]*The following address(?:\(es\)|es)? (?:failed|have not yet been delivered)[^\n]*|"
    r"[^\n]*could not be delivered to one or more of its\s*\n?\s*recipients[^\n]*|"
    r"[^\n]*delivery to the following address(?:\(es\)|es)? (?:failed|has been delayed)[^\n]*)\n",
    re.M | re.I,
)
_END: Final = (
    "------ This is a copy of the message",
    "------ This is a copy of its headers",
    "------ The body of the message is",
    "--- The header of the original message is following",
    "Reporting-MTA:",
)
_ADDR_LINE: Final = re.compile(r"^\s{1,4}<?([^\s<>()\[\]\"',;:@]+@[^\s<>()\[\]\"',;:]+?)>?(?::|\s*$|\s+\()")
_HOST: Final = re.compile(r"\bhost\s+([A-Za-z0-9][A-Za-z0-9.\-]*)\s+\[([0-9A-Fa-f.:]+)\](?::\d+)?:?\s*", re.I)
_EXPIRED: Final = re.compile(
    r"retry timeout exceeded|retry time not reached for any host after a long failure period|"
    r"has been frozen|was frozen on arrival",
    re.I,
)


def _blocks(text: str) -> list[Found]:
    rows: list[Found] = []
    lines: list[str] = []
    addr: str | None = None

    def flush() -> None:
        if addr is None:
            return
        diag = " ".join(line.strip() for line in lines if line.strip())
        diag = re.sub(r"^\(generated from [^)]*\)\s*", "", diag)
        host = ip = None
        m = _HOST.search(diag)
        if m:
            host, ip = m.group(1), m.group(2)
        cmd = command_in(diag)
        reply = diag
        # "SMTP error from remote mail server after RCPT TO:<x>: host H [IP]: 550 ..." -> the reply.
        if m:
            reply = diag[m.end() :]
        row = Found(recipient=addr, diagnostic=reply or diag, remote_mta=host, remote_ip=ip, smtp_command=cmd)
        if reply and _EXPIRED.search(reply) and not re.search(r"\b[45]\d\d\b", reply):
            row.reason = Reason.EXPIRED
        rows.append(row)

    for line in text.split("\n"):
        m = _ADDR_LINE.match(line)
        if m and not line.startswith("     "):
            flush()
            addr = m.group(1)
            rest = line[m.end() :].strip()
            lines = [rest] if rest else []
        elif addr is not None:
            lines.append(line)
    flush()
    return rows


class _Exim:
    name = "exim"

    def parse(self, mail: Mail) -> list[Found] | None:
        subject = mail.subject.lower()
        exim_mark = (
            subject.startswith(("mail delivery failed", "warning: message", "mail failure"))
            or bool(mail.header("X-Failed-Recipients"))
            or "this message was created automatically by mail delivery software" in mail.body[:3000].lower()
        )
        if not exim_mark:
            return None
        text = cut(mail.body, _START, _END)
        if text is None:
            return None
        blocks = _blocks(text)
        if subject.startswith("warning: message") or "have not yet been delivered" in mail.body[:3000]:
            for b in blocks:
                b.action = "delayed"
        return merge_body(dsn_rows(mail), blocks) or None


DETECTOR: Final = _Exim()
