"""The very last resort: a generic reading of a bounce body that no format (and not flufl.bounce)
recognised.

Real bounces from unknown or changed software still share a shape: a notice written by the
mail system (null or daemon sender, a bounce Subject), the failed address on a line of its own
or in angle brackets, the remote server's reply nearby, then the returned message.  This module
reads the notice only (up to the first "original message" marker or part), takes the addresses
it names that are neither the bounce's own addresses nor the original sender, and gives each
the reply line that mentions it (or the first reply line of the notice) as its diagnostic.

Deliberately strict about *when* it runs (a bounce-looking message with no delivery-status or
feedback part) and about *which* addresses count, because a wrong recipient is worse than none.
"""

from __future__ import annotations

import email.utils
import re
from typing import Final

from bouncelib._dsn.base import Found, Mail

__all__ = ["DETECTOR"]

_FROM: Final = re.compile(r"mailer-daemon|postmaster|mail delivery|mail deliver system|mailer", re.I)
_SUBJECT: Final = re.compile(
    r"undeliver|delivery (?:status|fail|notification|report|problem)|returned mail|mail delivery|failure notice|"
    r"non[- ]?deliver|could not be delivered|not delivered|delivery error|mail error|returned to sender|"
    r"nicht zustellbar|unzustellbar|non remis|no entregado|non recapitato",
    re.I,
)
# Where the returned message starts in a plain-text bounce.
_ORIGINAL: Final = re.compile(
    r"^(?:-+ ?(?:Original message|Unsent message|Below this line|This is a copy|original message|"
    r"The header of the original message)|Below is a copy of|The original message (?:follows|headers)|"
    r"-+ ?Message header follows|Original-Recipient:|Reporting-MTA:|Received: )",
    re.M | re.I,
)
_ADDR: Final = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+"
# An address that a line is *about*: alone on its line (bracketed or not, with a short comment
# or a colon after it), or the argument of RCPT TO.
_LINE_ADDR: Final = re.compile(rf"^[ \t>]*<?({_ADDR})>?(?:\s*[:\[(].{{0,200}})?\s*$", re.M)
_RCPT: Final = re.compile(rf"RCPT TO:\s*<({_ADDR})>", re.I)
_BRACKETED: Final = re.compile(rf"<({_ADDR})>")
_REPLY: Final = re.compile(r"(?<![\d.])[45]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3})?.*|(?<![\d.])[45]\.\d{1,3}\.\d{1,3}\b.*")
# The notice must say that something failed.
_FAILURE: Final = re.compile(
    r"could ?n[o']t be delivered|undeliver|delivery (?:has )?failed|failed to deliver|not (?:been )?delivered|"
    r"permanent (?:error|failure)|temporary (?:error|failure)|rejected|user unknown|unknown user|no such user|"
    r"does not exist|mailbox|delivery (?:error|problem)|returned to sender|has been delayed|nicht zugestellt|"
    r"host unknown|unknown host|not found|no such|unavailable|unable to deliver|could not be sent|failed",
    re.I,
)
_REPLY_ANYWHERE: Final = re.compile(r"(?<![\d.])[45]\d\d[ -]|(?<![\d.])[45]\.\d{1,3}\.\d{1,3}\b")
_DAEMON_LOCAL: Final = re.compile(r"^(?:mailer-daemon|postmaster|root|abuse|noreply|no-reply)@", re.I)


def _own_addresses(mail: Mail) -> set[str]:
    """The bounce's own addresses and the original sender: never the failed recipient."""
    values = [mail.from_, mail.header("To"), mail.header("Return-Path"), mail.header("Reply-To")]
    orig = mail.original_message
    if orig is not None:
        values += [str(orig.get("From") or ""), str(orig.get("Return-Path") or ""), str(orig.get("Sender") or "")]
    return {a.lower() for _n, a in email.utils.getaddresses(values) if "@" in a}


def _notice(mail: Mail) -> str:
    body = mail.body
    m = _ORIGINAL.search(body)
    return body[: m.start()] if m else body[:20000]


class _Heuristic:
    name = "heuristic"

    def parse(self, mail: Mail) -> list[Found] | None:
        # A delivery-status part with recipients was read by rfc3464 already; one without any (a
        # vendor's empty or broken part) leaves the notice text as the only source.
        if mail.feedback_report is not None:
            return None
        daemon = _FROM.search(mail.from_) is not None or mail.header("Return-Path").strip() == "<>"
        if not (daemon or _SUBJECT.search(mail.subject)):
            return None
        notice = _notice(mail)
        if "@" not in notice or _FAILURE.search(notice) is None:
            return None
        if not daemon and _REPLY_ANYWHERE.search(notice) is None:
            # A bounce-like Subject alone (a parcel "delivery notification") is not enough.
            return None
        own = _own_addresses(mail)
        found: list[str] = []
        for rx in (_RCPT, _LINE_ADDR, _BRACKETED):
            for m in rx.finditer(notice):
                addr = m.group(1).rstrip(".")
                low = addr.lower()
                if low in own or _DAEMON_LOCAL.match(low) or low in (a.lower() for a in found):
                    continue
                found.append(addr)
            if found:
                break
        if not found or len(found) > 50:
            return None
        lines = [ln.strip() for ln in notice.split("\n") if ln.strip()]
        replies = [ln for ln in lines if _REPLY.match(ln)]
        rows: list[Found] = []
        for addr in found:
            low = addr.lower()
            mine = [ln for ln in replies if low in ln.lower()]
            diag = (mine or replies or [""])[0]
            if not diag:
                # No reply code anywhere: the rest of the address's own line, or the line after it.
                for i, ln in enumerate(lines):
                    if low in ln.lower():
                        rest = ln[ln.lower().index(low) + len(low) :].strip(" >:[]()")
                        diag = rest or (lines[i + 1] if i + 1 < len(lines) else "")
                        break
            rows.append(Found(recipient=addr, diagnostic=diag[:1000]))
        return rows


DETECTOR: Final = _Heuristic()
