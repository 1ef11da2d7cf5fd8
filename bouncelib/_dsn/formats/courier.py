"""Courier MTA delivery status notifications ("running the Courier mail server").

A ``multipart/report`` whose text part names each recipient as ``<addr>:`` followed by the
remote host line and the transcript (``>>> RCPT TO:<x>`` / ``<<< 550 ...``); the
delivery-status part holds the standard fields.  The transcript gives the SMTP command.
"""

from __future__ import annotations

import re
from typing import Final

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._mta import address_blocks, command_in, cut, dsn_rows, merge_body

__all__ = ["DETECTOR"]

_START: Final = re.compile(
    r"^(?:Your message to the following recipients cannot be delivered|"
    r"The following recipients? (?:have|has) not been delivered|"
    r"Your message has not yet been delivered to the following recipients?|"
    # The delay notice (courier's dsndelayed.txt): "... This is an advisory notice for\nthe
    # following addresses only:".
    r"the following addresses only:)[^\n]*\n",
    re.M | re.I,
)
_HEAD: Final = re.compile(r"^<([^\s<>]+@[^\s<>]+)>:")
_HOST: Final = re.compile(r"^([A-Za-z0-9][A-Za-z0-9.\-]*)\s+\[([0-9A-Fa-f.:]+)\]:\s*")
_RECV: Final = re.compile(r"<<<\s*")


class _Courier:
    name = "courier"

    def parse(self, mail: Mail) -> list[Found] | None:
        body = mail.body
        head = body[:1500]
        if not (
            "Courier mail server" in head
            or "Courier mail server at " in mail.from_
            or mail.subject.startswith(("NOTICE: mail delivery status.", "WARNING: delayed mail."))
            or mail.header("Message-ID").startswith("<courier.")
        ):
            return None
        text = cut(body, _START, ("-" * 20,))
        blocks: list[Found] = []
        for addr, rest in address_blocks(text or "", _HEAD):
            host = ip = None
            m = _HOST.match(rest)
            if m:
                host, ip = m.group(1), m.group(2)
            cmd = command_in(rest.replace(" >>> ", "\n>>> ").replace(">>>", "\n>>>"))
            parts = _RECV.split(rest)
            reply = " ".join(p.strip() for p in parts[1:]) if len(parts) > 1 else rest
            blocks.append(Found(recipient=addr, diagnostic=reply, remote_mta=host, remote_ip=ip, smtp_command=cmd))
        if "has not yet been delivered" in body[:3000] or "DELAYS IN DELIVERING YOUR MESSAGE" in body[:3000]:
            for b in blocks:
                b.action = "delayed"
        return merge_body(dsn_rows(mail), blocks) or None


DETECTOR: Final = _Courier()
