"""Sisimai's "X6": an unnamed MTA (seen behind Exim relays) that names server, command and reply in one sentence.

Subject ``There was an error sending your mail``, From ``mailer-daemon``::

    We had trouble delivering your message. Full details follow:
    ...
    1 error(s):

    SMTP Server <mx.example.org> rejected recipient <user@example.org> (Error following RCPT
    command). It responded as follows: [550 5.1.1 User unknown]

Variants covered: one sentence per failed recipient (several recipients give several
sentences), any SMTP command in the parentheses.
"""

from __future__ import annotations

import re

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import reply_code_status

__all__ = ["DETECTOR"]

_SENTENCE = re.compile(
    r"SMTP Server <([^<>\s]*)> rejected recipient <([^<>\s]+)> \(Error following (\w+) command\)\."
    r" It responded as follows: \[([^\]\n]*)\]"
)


class X6:
    """Detector for the "X6" unnamed-MTA bodies."""

    name = "x6"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Return one recipient per "rejected recipient" sentence, or None."""
        if mail.subject != "There was an error sending your mail":
            return None
        body = mail.body
        if "We had trouble delivering your message" not in body:
            return None
        out: list[Found] = []
        for m in _SENTENCE.finditer(" ".join(body.split("\n"))):
            code, status = reply_code_status(m.group(4))
            out.append(
                Found(
                    recipient=m.group(2),
                    action="failed",
                    remote_mta=m.group(1) or None,
                    smtp_command=m.group(3).upper(),
                    diagnostic=m.group(4).strip(),
                    smtp_code=code,
                    status=status,
                )
            )
        return out or None


DETECTOR = X6()
