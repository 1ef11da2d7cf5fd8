"""Apache James (the Java mail server) bounces written by its notify mailets.

Subject ``[BOUNCE]`` (or a ``JAMES SMTP Server`` Received line / ``.JavaMail.`` Message-ID);
the text (AbstractNotify in James 2.x) reads::

    Hi. This is the James mail server at mail.example.com.
    I'm afraid I wasn't able to deliver your message to the following addresses.
    ...
    Error message below:
    550 - Requested action not taken: no such user here

    Message details:
      Subject: Hello
      Sent date: Thu Apr 29 01:20:50 JST 2015
      MAIL FROM: sender@example.jp
      RCPT TO: user@example.org
      From: Sender <sender@example.jp>
      To: user@example.org

Variants covered: one or several ``RCPT TO:`` lines (one recipient each, sharing the
error message), the error message on one or several lines.
"""

from __future__ import annotations

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import failed_with

__all__ = ["DETECTOR"]

_ERROR = "Error message below:"
_DETAILS = "Message details:"


class ApacheJames:
    """Detector for Apache James bounces."""

    name = "apachejames"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Return the ``RCPT TO`` recipients with the error message, or None."""
        body = mail.body
        if _DETAILS not in body:
            return None
        if mail.subject != "[BOUNCE]" and ".JavaMail." not in str(mail.msg.get("Message-ID", "")):
            received = mail.msg.get_all("Received") or []
            if not any("JAMES SMTP Server" in str(r) for r in received[:4]):
                return None
        head, _, details = body.partition(_DETAILS)
        _, _, error = head.partition(_ERROR)
        diagnostic = " ".join(error.split())
        recipients = [ln.strip()[8:].strip() for ln in details.split("\n") if ln.strip().startswith("RCPT TO:")]
        return failed_with((r.strip("<>") for r in recipients if "@" in r), diagnostic)


DETECTOR = ApacheJames()
