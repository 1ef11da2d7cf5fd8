"""Sendmail version 5 (and other pre-DSN Sendmails) error bodies.

Before RFC 1894 DSNs, Sendmail returned a plain body with the SMTP transcript and
the unsent message, and no ``message/delivery-status`` part::

       ----- Transcript of session follows -----
    While talking to mx.example.org:
    >>> RCPT To:<user@example.org>
    <<< 550 <user@example.org>... User unknown
    550 <user@example.org>... User unknown
    421 example.com (smtp)... Deferred: Connection timed out ...

       ----- Unsent message follows -----   (or: ----- No message was collected -----)

Variants covered:

* per-recipient lines ``NNN <addr>... text``, with the remote reply (``<<<``) and the
  command (``>>>``) of the "While talking to" block that precedes them;
* replies nested in the text (``554 <addr>... 550 Host unknown (Authoritative ...)``):
  the inner code is the remote server's, so it wins;
* host-only lines (``421 host (smtp)... Deferred: ...``, ``Cannot send message for 4 days``):
  no recipient is named, so the ``To`` of the unsent message is used.
"""

from __future__ import annotations

import re

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import header_in, reply_code_status, split_at
from bouncelib._vocab import Reason

__all__ = ["DETECTOR"]

_TRANSCRIPT = "----- Transcript of session follows -----"
_UNSENT = "----- Unsent message follows -----"
_NOT_COLLECTED = "----- No message was collected -----"
# "554 <a>... 550 Host unknown": the address in brackets, or in quotes or bare as a relay or client rewrote it.
_RCPT_LINE = re.compile(r"^([245]\d\d) [<\"]?([^<>\"\s]+@[^<>\"\s]+?)[>\"]?\.\.\. ?(.*)$")
_HOST_LINE = re.compile(r"^([245]\d\d) (\S+) \(\w+\)\.\.\. ?(.*)$")
_TALKING = re.compile(r"^While talking to (\S+?):?$")
_TALKING_IN = re.compile(r"\.\.\. while talking to (\S+?)\.?:$")  # "421 ... while talking to mx.example.:"
_GAVE_UP = re.compile(r"Returned mail: Cannot send message (?:for|within) \d+ days?")
_ADDR_IN = re.compile(r"<([^<>\s]+@[^<>\s]+)>")


class V5Sendmail:
    """Detector for Sendmail v5 style bodies (transcript + unsent message, no DSN part)."""

    name = "v5sendmail"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Return the recipients named in the transcript, or None."""
        if not mail.subject.startswith("Returned mail:") or mail.delivery_status is not None:
            return None
        body = mail.body
        if _TRANSCRIPT not in body or (_UNSENT not in body and _NOT_COLLECTED not in body):
            return None
        transcript, unsent = split_at(split_at(body, (_TRANSCRIPT,))[1], (_UNSENT, _NOT_COLLECTED))
        out: list[Found] = []
        host_lines: list[tuple[int, str, str]] = []
        remote: str | None = None
        command: str | None = None
        reply: str | None = None
        for line in _unwrapped(transcript):
            if m := _TALKING.match(line) or _TALKING_IN.search(line):
                remote, command, reply = m.group(1), None, None
            elif line.startswith(">>> "):
                command = line[4:].split(None, 1)[0].upper() if line[4:].strip() else None
            elif line.startswith("<<< "):
                reply = line[4:].strip()
            elif m := _RCPT_LINE.match(line):
                text = m.group(3).strip()
                code, status = reply_code_status(text)
                if code is None or not text.startswith(str(code)):
                    code = int(m.group(1))  # the text does not carry the server's own code
                diagnostic = f"{text}: {reply}" if reply and not text.startswith(reply) else text
                status = status or reply_code_status(diagnostic)[1]  # the quoted reply's own status
                out.append(
                    Found(
                        recipient=m.group(2),
                        action="failed",  # "Returned mail": the message came back, whatever the code
                        diagnostic=diagnostic,
                        smtp_code=code,
                        status=status,
                        remote_mta=remote,
                        smtp_command=command if reply else None,
                    )
                )
                reply = command = None
            elif m := _HOST_LINE.match(line):
                host_lines.append((int(m.group(1)), m.group(2), m.group(3).strip()))
                # A new destination: the earlier "While talking to" host does not apply to it.
                remote = command = reply = None
        if not out and host_lines:
            # Only the host is named: the unsent message's To is the recipient.
            to = header_in(unsent, "To")
            addr = _ADDR_IN.search(to) if to else None
            recipient = addr.group(1) if addr else (to or "").strip()
            if recipient:
                code, host, text = host_lines[0]
                out.append(
                    Found(
                        recipient=recipient,
                        action="failed",
                        diagnostic=text,
                        smtp_code=code,
                        remote_mta=host,
                        # Sendmail's own fixed wording when the queue lifetime ran out.
                        reason=Reason.EXPIRED if _GAVE_UP.match(mail.subject) else None,
                    )
                )
        return out or None


def _unwrapped(transcript: str) -> list[str]:
    """The transcript's lines, stripped, with an answer or a recipient's line and the lines indented under
    it (a reply wrapped onto the next line, "<<< 550 <a>..." / "    User unknown") as one."""
    out: list[str] = []
    under = -1  # the indentation of the line the next deeper ones continue, -1 when none
    for raw in transcript.split("\n"):
        line = raw.strip()
        at = len(raw) - len(raw.lstrip())
        if line and 0 <= under < at and not line.startswith((">>>", "<<<")):
            out[-1] = f"{out[-1]} {line}"
            continue
        under = at if line.startswith("<<< ") or _RCPT_LINE.match(line) else -1
        out.append(line)
    return out


DETECTOR = V5Sendmail()
