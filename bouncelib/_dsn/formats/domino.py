"""HCL (formerly IBM/Lotus) Domino: "DELIVERY FAILURE: ..." / "DELIVERY_FAILURE: ...".

The body, with or without a delivery-status part::

    Your message

      Subject: Hello

    was not delivered to:

      user@example.org

    because:

      User Some Name (user@example.org) not listed in Domino Directory

The Subject repeats the reason after "DELIVERY FAILURE:".  When Domino adds a
delivery-status part, its Final-Recipient may be a rewritten (routed) address;
the body names the address the sender used, so the body's address wins and the
part only adds the status and the remote MTA.
"""

from __future__ import annotations

import re
from typing import Final

from bouncelib._data.formats import format_reason
from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import ADDRESS_RE, ds_rows, join_lines

__all__ = ["DETECTOR"]

_SUBJECT: Final = re.compile(r"DELIVERY[ _]FAILURE:", re.I)
_TO = "was not delivered to:"
_BECAUSE = "because:"


class Domino:
    """Detector for Domino delivery-failure bodies."""

    name = "domino"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Recipients of a Domino delivery failure, or None."""
        if not _SUBJECT.match(mail.subject) and "Domino" not in mail.subject:
            return None
        found = _body_rows(mail.body)
        rows = ds_rows(mail)
        for i, item in enumerate(found):
            row = next((r for r in rows if r.recipient.lower() == item.recipient.lower()), None)
            if row is None and len(rows) == len(found):
                row = rows[i]  # same count: the part lists them in the body's order
            if row is not None:
                item.status, item.remote_mta = row.status, row.remote_mta
                item.reporting_mta, item.action = row.reporting_mta, row.action or "failed"
            item.reason = format_reason("domino", item.diagnostic)
        return found or None


def _body_rows(body: str) -> list[Found]:
    """One "was not delivered to: ... because: ..." pair per group of recipients."""
    out: list[Found] = []
    to_at = body.find(_TO)
    while to_at >= 0:
        because_at = body.find(_BECAUSE, to_at)
        if because_at < 0:
            break
        addresses = ADDRESS_RE.findall(body[to_at + len(_TO) : because_at])
        reason_lines: list[str] = []
        for line in body[because_at + len(_BECAUSE) :].split("\n"):
            if line.strip():
                reason_lines.append(line)
            elif reason_lines:
                break  # the reason paragraph ends at the first blank line after it
        text = join_lines(reason_lines)
        out.extend(Found(recipient=addr, action="failed", diagnostic=text) for addr in addresses)
        to_at = body.find(_TO, because_at)
    return out


DETECTOR: Final = Domino()
