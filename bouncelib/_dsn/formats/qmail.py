"""qmail (``qmail-send``) bounces: "Hi. This is the qmail-send program at ..." and its variants.

Per recipient: ``<addr>:`` then free text ("Remote host said: 550 ...", "Sorry, I couldn't find
any host named ...", "(#5.1.1)"), up to "--- Below this line is a copy of the message."
Also netqmail/vpopmail/"qmail-ldap" wordings and the ``Hi. This is the qmail program`` banner.
"""

from __future__ import annotations

import re
from typing import Final

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._mta import address_blocks, command_in, cut

__all__ = ["DETECTOR"]

_BANNER: Final = re.compile(
    r"^(?:Hi\. This is the qmail|He(?:llo|i)\. This is the (?:qmail|mail delivery)|"
    r"This is the qmail-send program|"
    r"Hi\. This is the [\w.-]+ (?:program|mail transfer agent))[^\n]*\n",
    re.M | re.I,
)
_END: Final = (
    "--- Below this line is a copy of the message",
    "--- Below this line is the original message",
    "--- Enclosed is a copy of the message",
    "--- Below the next line is a copy of the message",
)
_HEAD: Final = re.compile(r"^<([^\s<>]*@[^\s<>]*)>:?")
_HOSTLINE: Final = re.compile(r"(?:Connected to|^)\s*([0-9A-Fa-f.:]{7,})\s+(?:but|does not like)", re.I)
_REMOTE: Final = re.compile(r"Remote host said:\s*", re.I)
# "Giving up on <ip>." says only which host was tried last. qmail-send's "I'm not going to try again; this
# message has been in the queue too long." stays with the reply: it says the queue lifetime ran out
# (corpus/LABELING.md: expired, whatever the last try's reply), and the classifier reads it so.
_BOILERPLATE: Final = re.compile(r"Giving up on [0-9A-Fa-f.:]+\.?", re.I)
_STATUS: Final = re.compile(r"\(#([245]\.\d{1,3}\.\d{1,3})\)")


class _Qmail:
    name = "qmail"

    def parse(self, mail: Mail) -> list[Found] | None:
        body = mail.body
        if "qmail" not in body[:2000].lower() and "qmail" not in mail.header("Received").lower():
            return None
        text = cut(body, _BANNER, _END)
        if text is None:
            return None
        # A recipient paragraph ("<a>:" and its reply) placed above the banner (a relay or a paste that
        # moved it) is one of the notice's recipients all the same.
        banner = _BANNER.search(body)
        above = body[: banner.start()] if banner is not None else ""
        blocks = address_blocks(above, _HEAD) if "@" in above else []
        rows: list[Found] = []
        for addr, block in [*blocks, *address_blocks(text, _HEAD)]:
            ip_m = _HOSTLINE.search(block)
            cmd = command_in(block)
            low = block.lower()
            if cmd is None:
                if "does not like recipient" in low:
                    cmd = "RCPT"
                elif "sender was rejected" in low:
                    cmd = "MAIL"
                elif "my name was rejected" in low:
                    cmd = "HELO"
                elif "failed after i sent the message" in low or "failed on data command" in low:
                    cmd = "DATA"
            # The remote words, and qmail's own sentence that it gave up when it says so.
            diag = _BOILERPLATE.sub(" ", block).strip()
            reply = diag
            m = _REMOTE.search(diag)
            if m:
                reply = diag[m.end() :]
            st = _STATUS.search(diag)
            rows.append(
                Found(
                    recipient=addr,
                    diagnostic=reply,
                    remote_ip=ip_m.group(1) if ip_m else None,
                    smtp_command=cmd,
                    status=st.group(1) if st else None,
                )
            )
        return rows or None


DETECTOR: Final = _Qmail()
