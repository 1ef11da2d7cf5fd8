"""EZweb (au by KDDI) mobile mail: bounces from ``Postmaster@ezweb.ne.jp`` (later ``Postmaster@au.com``).

The text part is ISO-2022-JP: a Japanese explanation, then a fixed English sentence
that states the cause, then the recipient(s)::

    The user(s) account is disabled.

    <user@ezweb.ne.jp>: 550 user unknown (in reply to RCPT TO command)

Variants covered:

* ``The user(s) account is disabled.`` / ``... temporarily limited.`` (an unpaid or
  suspended subscription; the carrier's own wording, so the reason is fixed: suspend),
  ``... temporarily over quota.`` (mailboxfull), ``Your message was not delivered
  within N days and N hours.`` (expired); the recipient alone or followed by a reply;
* ``Each of the following recipients was rejected by a remote mail server.`` with
  ``Recipient: <addr>`` and the ``>>>`` / ``<<<`` SMTP exchange (reason from the reply);
* with or without a ``message/delivery-status`` part (its ``Status`` is used when given);
  the English part also arrives in EUC-JP bytes mislabelled as ISO-2022-JP;
* ``X-SPASIGN: NG``: the carrier's spam filter refused the message (filtered).
"""

from __future__ import annotations

import re

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import reply_code_status, split_at
from bouncelib._vocab import Reason

__all__ = ["DETECTOR"]

# The carrier's fixed sentences and the reason each one states.
_FIXED: tuple[tuple[str, Reason], ...] = (
    ("The user(s) account is disabled.", Reason.SUSPEND),
    ("The user(s) account is temporarily limited.", Reason.SUSPEND),
    ("The user(s) account is temporarily over quota.", Reason.MAILBOXFULL),
    ("Your message was not delivered within ", Reason.EXPIRED),
)
_SUBJECT = "Mail System Error - Returned Mail"
_ORIGINAL = ("-" * 50, "Content-Type: message/rfc822")
_ADDR_LINE = re.compile(r"^\s*(?:Recipient: )?<([^<>\s]+@[^<>\s]+)>:?\s*(.*)$")
_STATUS = re.compile(r"^Status:\s*([245]\.\d{1,3}\.\d{1,3})", re.MULTILINE | re.IGNORECASE)


class EZweb:
    """Detector for EZweb (au) bounces."""

    name = "ezweb"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Return the recipients of an EZweb bounce, or None."""
        sender = mail.from_.lower()
        if "@ezweb.ne.jp" not in sender and "postmaster@au.com" not in sender:
            # Relayed copies keep the Subject and the carrier's Message-ID domain.
            if mail.subject != _SUBJECT:
                return None
            if not str(mail.msg.get("Message-ID", "")).rstrip().endswith((".ezweb.ne.jp>", ".au.com>")):
                return None
        # Non-MIME variants append the original after a dashed line.
        body = split_at(mail.body, _ORIGINAL)[0]
        fixed = next(((s, r) for s, r in _FIXED if s in body), None)
        out: list[Found] = []
        answer_at = -1  # the indentation of the "<<< " answer being read, -1 when none
        for raw in body.split("\n"):
            line = raw.strip()
            if m := _ADDR_LINE.match(line):
                answer_at = -1
                if not any(f.recipient == m.group(1) for f in out):
                    out.append(Found(recipient=m.group(1), action="failed", diagnostic=m.group(2).strip()))
            elif out and line.startswith(">>> "):
                answer_at = -1
                out[-1].smtp_command = line[4:].split(":", 1)[0].split()[0].upper()
            elif out and line.startswith("<<< "):
                answer_at = len(raw) - len(raw.lstrip())
                out[-1].diagnostic = line[4:].strip()
            elif line and answer_at >= 0 and (answer_at < len(raw) - len(raw.lstrip()) or line[:1].islower()):
                # The answer wrapped onto a line indented under it, or cut mid-sentence (a relay's or client's
                # rewrap: the next line goes on in lower case).
                out[-1].diagnostic = f"{out[-1].diagnostic} {line}"
            else:
                answer_at = -1
        if not out:
            return None
        ds = mail.delivery_status
        status = _STATUS.search(ds) if ds else None
        # EZweb's spam filter marks what it refused with this header.
        spam = str(mail.msg.get("X-SPASIGN", "")).strip() == "NG"
        for found in out:
            if spam:
                found.reason = Reason.FILTERED
            elif fixed is not None:
                sentence, found.reason = fixed
                found.diagnostic = f"{sentence.strip()} {found.diagnostic}".strip()
            found.smtp_code, found.status = reply_code_status(found.diagnostic)
            if status is not None and found.status is None:
                found.status = status.group(1)
        return out


DETECTOR = EZweb()
