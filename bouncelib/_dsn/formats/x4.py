"""Sisimai's "X4": qmail clones that reword qmail-send's banner.

The layout is qmail's (``<addr>:`` then the reason lines, then a copy of the message),
but the opening sentence is the clone's own, so the qmail detector's banner does not
match.  Recognised by a qmail ``Received: (qmail N invoked for bounce)`` / ``invoked from
network`` line or the Subject ``failure notice`` / ``Permanent Delivery Failure``, plus
one of the known opening sentences::

    Unfortunately, your mail was not delivered to the following address:

    <user@example.jp>:
    192.0.2.153 does not like recipient.
    Remote host said: 550 5.1.1 <user@example.jp>... User Unknown
    Giving up on 192.0.2.153.

Variants covered: the opening sentences listed in ``_OPENERS`` (English and Spanish),
qmail-remote's fixed phrases for the failed command (``does not like recipient``,
``but sender was rejected``, ``failed on DATA command`` ...), the remote host from
``Giving up on`` / ``Connected to``, and qmail-send's queue-lifetime sentence (expired).
"""

from __future__ import annotations

import re

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import reply_code_status, split_at
from bouncelib._vocab import Reason

__all__ = ["DETECTOR"]

_OPENERS = (
    "He/Her is not ",
    "unable to deliver your message to the following addresses",
    "Su mensaje no pudo ser entregado",
    "This is the machine generated message from mail service",
    "This is the mail delivery agent at",  # old MessageLabs; its newer reports are messagelabs.py's
    "Unfortunately, your mail was not delivered to the following address:",
    "Your mail message to the following address",
    "Your message to the following addresses",
    "We're sorry.",
)
_ENDS = ("--- Below this line is a copy of the message.", "Original message follows.")
_RECEIVED = re.compile(r"\(qmail \d+ invoked (?:for bounce|from network)\)")
_RCPT = re.compile(r"^<([^<>\s]+@[^<>\s]+)>:\s*$")
_HOST = re.compile(r"(?:Giving up on |Connected to |remote host )([\w.:-]+?)\.?(?:\s|$)")
# qmail-remote.c's fixed phrases name the command that failed.
_COMMANDS: tuple[tuple[str, str], ...] = (
    (" does not like recipient.", "RCPT"),
    (" but sender was rejected.", "MAIL"),
    (" but my name was rejected.", "EHLO"),
    (" failed on DATA command", "DATA"),
    (" failed after I sent the message", "DATA"),
    (" but greeting failed.", "CONNECT"),
)
_EXPIRED = "this message has been in the queue too long."


class X4:
    """Detector for qmail-clone bodies with their own opening sentence."""

    name = "x4"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Return the ``<addr>:`` recipients with their reason lines, or None."""
        body = mail.body
        start = min((i for i in (body.find(o, 0, 4000) for o in _OPENERS) if i != -1), default=-1)
        if start == -1:
            return None
        if not mail.subject.startswith(("failure notice", "Permanent Delivery Failure")):
            received = mail.msg.get_all("Received") or []
            if not any(_RECEIVED.search(str(r)) for r in received[:3]):
                return None
        text = split_at(body[start:], _ENDS)[0]
        out: list[Found] = []
        for raw in text.split("\n"):
            line = raw.strip()
            if m := _RCPT.match(line):
                out.append(Found(recipient=m.group(1), action="failed"))
            elif out and line:
                out[-1].diagnostic = f"{out[-1].diagnostic} {line}".strip()
        for found in out:
            diag = found.diagnostic
            found.smtp_command = next((c for p, c in _COMMANDS if p in diag), None)
            if host := _HOST.search(diag):
                found.remote_mta = host.group(1)
            said = diag.partition("Remote host said:")[2]
            found.smtp_code, found.status = reply_code_status(said or diag)
            if _EXPIRED in diag and found.smtp_command != "RCPT":
                found.reason = Reason.EXPIRED  # qmail-send's own queue-lifetime sentence
        return out or None


DETECTOR = X4()
