"""Gmail and Google Workspace: "Delivery Status Notification" from mailer-daemon@googlemail.com.

Variants covered:

* the old plain-text body (until about 2016), no delivery-status part::

      Delivery to the following recipient failed permanently:
           user@example.org
      Technical details of permanent failure:
      Google tried to deliver your message, but it was rejected by the recipient
      domain. ... The error that the other server returned was:
      550 550 5.1.1 <user@example.org>... User Unknown (state 14).

  and its delay twin ("... has been delayed:", "Technical details of temporary
  failure:", "Message will be retried for 2 more day(s)");
* the newer body (``** Address not found **``, ``** Message not delivered **``,
  ``** Delivery incomplete **``), usually with a ``message/delivery-status``
  part: the recipients come from that part, and when it has no Diagnostic-Code
  the body's "The response was:" text (else Google's own sentence) becomes the
  diagnostic.  Google Workspace also sends it without the part ("You're sending
  this from a different address ... The response was: ..."): then the body's
  "wasn't delivered to <address>", or the returned message's To, names the
  recipient.

The ``(state N)`` suffix of the old body is Gmail's SMTP-client state when the
remote server answered; it names the command that failed (values as documented
by Sisimai's Gmail module, which collected them from real bounces).
"""

from __future__ import annotations

import re
from typing import Final

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import ADDRESS_RE, ds_rows, join_lines, until_marker

__all__ = ["DETECTOR"]

_OLD_START: Final = re.compile(r"^Delivery to the following recipients? (failed permanently|has been delayed)", re.M)
_NEW_HEADING: Final = re.compile(r"^\*\* (.+?) \*\*[ \t]*$", re.M)
_RESPONSE: Final = re.compile(r"The response (?:from the remote server )?was: (.+)")
_NAMED: Final = re.compile(r"(?:wasn't delivered to|delivering your message to) (\S+@[\w.-]+\w)")
_TO: Final = re.compile(r"^To:\s*(.+)$", re.M)
_STATE: Final = re.compile(r"\(state (\d+)\)")
# Gmail client state -> the SMTP command being answered.
_STATE_COMMAND: Final = {
    "6": "MAIL",
    "8": "AUTH",
    "9": "AUTH",
    "12": "AUTH",
    "13": "EHLO",
    "14": "RCPT",
    "15": "DATA",
    "17": "DATA",
    "18": "DATA",
}
# "... rejected by the server for the recipient domain example.org by mx.example.org. [192.0.2.1]."
_SERVER: Final = re.compile(r"recipient domain \S+ by ([\w.-]+?)\.? \[([0-9a-fA-F.:]+)\]")
# Gmail prefixes the remote reply with the code it parsed from it: "550 550 5.1.1 <a@b>...".
_DOUBLED_CODE: Final = re.compile(r"\A([245]\d\d)[ -](?=\1\b)")
_RETURNED: Final = "The error that the other server returned was:"
_ORIGINALS = ("----- Original message -----", "----- Message header follows -----")


class Gmail:
    """Detector for Gmail's own bounce bodies."""

    name = "gmail"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Recipients of a Gmail bounce, or None when the message is not one."""
        sender = mail.from_.lower()
        if "googlemail.com" not in sender and "@google.com" not in sender:
            return None
        body = until_marker(mail.body, *_ORIGINALS)
        if "Google Groups" in body:
            return None  # the googlegroups detector's format
        if _OLD_START.search(body):
            return _old_body(body)
        heading = _NEW_HEADING.search(body)
        rows = ds_rows(mail)
        if heading is None:
            return rows or None
        text = join_lines(body[heading.start() :].split("\n"))
        response = _RESPONSE.search(text)
        if not rows:
            # Workspace sends some of these without a delivery-status part: the body names the
            # recipient, or only the returned message's To does.
            named = _NAMED.search(text)
            to = _TO.search(mail.original or "") if named is None else None
            addresses = [named.group(1)] if named else ADDRESS_RE.findall(to.group(1)) if to else []
            delayed = "Delivery incomplete" in heading.group(1)
            rows = [Found(recipient=a, action="delayed" if delayed else "failed") for a in addresses]
        for row in rows:
            if not row.diagnostic:
                # The remote reply when Google quotes it, else Google's own sentence.
                row.diagnostic = response.group(1) if response else text.split(" Learn more here:", 1)[0]
        return rows or None


def _old_body(body: str) -> list[Found] | None:
    start = _OLD_START.search(body)
    if start is None:
        return None
    delayed = start.group(1) == "has been delayed"
    addresses: list[str] = []
    details: list[str] = []
    in_details = False
    for line in body[start.end() :].split("\n"):
        stripped = line.strip()
        if stripped.startswith("Technical details of"):
            in_details = True
            continue
        if in_details:
            details.append(stripped)
        elif ADDRESS_RE.fullmatch(stripped.strip("<>")):
            addresses.append(stripped.strip("<>"))
    text = join_lines(details)
    server = _SERVER.search(text)
    if _RETURNED in text:
        text = text.split(_RETURNED, 1)[1].strip()
        text = _DOUBLED_CODE.sub("", text, count=1)
    state = _STATE.search(text)
    command = _STATE_COMMAND.get(state.group(1)) if state else None
    return [
        Found(
            recipient=addr,
            action="delayed" if delayed else "failed",
            diagnostic=text,
            smtp_command=command,
            remote_mta=server.group(1) if server else None,
            remote_ip=server.group(2) if server else None,
        )
        for addr in addresses
    ] or None


DETECTOR: Final = Gmail()
