"""The small interface between the message loader and the per-format detectors.

The loader turns any input into a `Mail`: a read-only view of one parsed email
with the things every detector looks at precomputed lazily (decoded headers,
the human-readable body with newlines normalised to ``\\n``, the
``message/delivery-status`` text, the returned original message).  A detector
is one module per bounce format; it gets a `Mail` and returns the recipients it
found as `Found` rows, or ``None`` when the message is not in its format.

Detectors only *extract*: the recipient, the diagnostic text and whatever hints
the format states (DSN status, remote MTA, the SMTP command).  Classification
(reason, hard/soft, blocklist) happens once, afterwards, in `parse_reply`, so a
Sendmail body and an Exim body with the same reply text get the same answer.
"""

from __future__ import annotations

import email.message
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol, runtime_checkable

from bouncelib._dsn import mime
from bouncelib._dsn.fastmime import content_type
from bouncelib._vocab import BounceKind, Reason

__all__ = ["Detector", "Found", "Mail"]


@dataclass(slots=True)
class Found:
    """One recipient as a detector found it, before classification.

    Mutable on purpose: detectors fill it in while they walk a body.  Field values
    are as written in the message (stripped), never normalised guesses.
    """

    recipient: str
    """The final recipient address (``Final-Recipient`` or the address a vendor body names)."""
    orig_recipient: str | None = None
    """``Original-Recipient`` when present."""
    action: str | None = None
    """failed, delayed, delivered, relayed, expanded (RFC 3464 section 2.3.3), lower case."""
    status: str | None = None
    """The DSN ``Status`` field or the status code the body states, as written."""
    diagnostic: str = ""
    """The remote server's reply or the MTA's explanation, continuation lines joined with a space."""
    diagnostic_type: str | None = None
    """``smtp``, ``X-Postfix``, ``X-Unix`` ... (RFC 3464 ``Diagnostic-Code`` type)."""
    remote_mta: str | None = None
    """The remote host (``Remote-MTA`` or the host a body names), without the ``dns;`` type."""
    remote_ip: str | None = None
    """The remote IP when the body gives it."""
    reporting_mta: str | None = None
    """The MTA that wrote the report, when this recipient's block names it."""
    last_attempt: str | None = None
    """``Last-Attempt-Date`` (or the date a body gives), as written."""
    smtp_command: str | None = None
    """The SMTP command the reply answered when the format states it (RCPT, DATA ...)."""
    smtp_code: int | None = None
    """The basic reply code when the format states it apart from the diagnostic text."""
    reason: Reason | None = None
    """Only when the *format itself* fixes the reason (feedback report, auto-reply, an MTA's own
    fixed wording for an expired queue entry); otherwise None and the classifier decides."""
    feedback_type: str | None = None
    """ARF ``Feedback-Type`` (abuse, fraud, virus, other, not-spam, opt-out ...)."""
    extra: dict[str, str] = field(default_factory=dict)
    """Format-specific fields worth keeping (e.g. ``x-postfix-sender``)."""
    report_kind: BounceKind | None = None
    """Only when the row stands for the whole report rather than a recipient: ``challenge`` (a
    challenge/response mail; `recipient` is then the address the sender is asked to confirm
    with, or ``""``).  `parse_message` gives such a report no recipient events."""


class Mail:
    """A parsed email as detectors see it: headers and parts, decoded once, lazily.

    Built by the loader from an `email.message.Message`; detectors must treat it as
    read-only.  Every property tolerates broken input (no exception for bad
    charsets, missing parts, undecodable payloads): what cannot be decoded comes
    back with replacement characters.
    """

    def __init__(self, msg: email.message.Message) -> None:
        self.msg = msg
        self._decoded: dict[str, str] = {}
        self.defects: list[str] = []
        """Problems a detector met without raising (e.g. the flufl.bounce fallback failing); they join the
        report's defects."""

    # -- headers -------------------------------------------------------------------
    @cached_property
    def _header_map(self) -> dict[str, str]:
        # First value of each header by lower-case name: Message.get() lower-cases every header
        # name on every call, and detectors ask for many headers per message.
        out: dict[str, str] = {}
        raw = vars(self.msg).get("_headers")
        if not isinstance(raw, list):  # not a compat32-style message: the public API
            for k, v in self.msg.items():
                out.setdefault(k.lower(), v if isinstance(v, str) else _raw_8bit(self.msg, k))
            return out
        # The raw (name, value) list: items() would sanitise every value again on each call.
        for k, v in raw:
            key = k.lower()
            if key not in out:
                out[key] = v if isinstance(v, str) and v.isascii() else _raw_8bit(self.msg, k)
        return out

    def header(self, name: str) -> str:
        """The first value of header ``name`` decoded (RFC 2047), or ``""``."""
        key = name.lower()
        cache = self._decoded
        text = cache.get(key)
        if text is None:
            value = self._header_map.get(key)
            text = cache[key] = mime.decode_header(value) if value is not None else ""
        return text

    @cached_property
    def subject(self) -> str:
        """The decoded Subject."""
        return self.header("Subject")

    @cached_property
    def from_(self) -> str:
        """The decoded From header."""
        return self.header("From")

    # -- bodies ----------------------------------------------------------------------
    @cached_property
    def parts(self) -> list[email.message.Message]:
        """Every MIME part in depth-first order (the message itself first)."""
        return mime.walk(self.msg)

    @cached_property
    def content_types(self) -> list[str]:
        """``get_content_type()`` of each of `parts`, computed once."""
        return [content_type(p) for p in self.parts]

    @cached_property
    def body(self) -> str:
        """The human-readable text: the first text/plain part (or text/html as text, or the whole
        body of a non-MIME message), decoded, newlines normalised to ``\\n``."""
        return mime.readable_body(self.msg, self.parts, self.content_types)

    @cached_property
    def delivery_status(self) -> str | None:
        """The text of the ``message/delivery-status`` (or ``message/global-delivery-status``) part."""
        return mime.delivery_status_text(self.parts, self.content_types)

    @cached_property
    def has_delivery_status(self) -> bool:
        """Whether `delivery_status` is not None, asked of the parts' types: its text is not put together."""
        return "message/delivery-status" in self.content_types or "message/global-delivery-status" in self.content_types

    @cached_property
    def feedback_report(self) -> str | None:
        """The text of the ``message/feedback-report`` part (ARF, RFC 5965)."""
        return mime.part_text(self.parts, self.content_types, "message/feedback-report")

    @cached_property
    def original(self) -> str | None:
        """The returned original message (``message/rfc822``, ``text/rfc822-headers``, or the text after a
        vendor body's "original message follows" marker), newlines normalised."""
        return mime.original_text(self.parts, self.content_types, self.body, lambda: self._returned_text)

    @cached_property
    def original_message(self) -> email.message.Message | None:
        """The returned original as a parsed Message (headers at least), or None."""
        return mime.original_message(self.parts, self.content_types, self.body, lambda: self._returned_text)

    @cached_property
    def _returned_text(self) -> str | None:
        # Asked by both `original_message` and `original` (which `parse_message` reads where the first is None):
        # the body is searched for the markers once.
        return mime.returned_text(self.parts, self.content_types, self.body)


def _raw_8bit(msg: email.message.Message, name: str) -> str:
    """The first `name` header with 8-bit bytes read as UTF-8 (RFC 6532), bytes that are not UTF-8 as Latin-1.

    compat32's items() hands such a value back as a Header whose str() turns every 8-bit byte
    into U+FFFD, so an undeclared UTF-8 Subject "Rückläufer" would read "R��ckl��ufer".
    """
    for k, v in vars(msg).get("_headers", ()):
        if k.lower() == name.lower():
            try:
                raw = str(v).encode("utf-8", "surrogateescape")
            except UnicodeEncodeError:
                return str(v)
            text = raw.decode("utf-8", "surrogateescape")
            if text.isascii() or all(not "\udc80" <= c <= "\udcff" for c in text):
                return text
            # Bytes that are not UTF-8 (a Latin-1 "é" next to UTF-8 "ü") are read one by one as Latin-1.
            return "".join(chr(ord(c) - 0xDC00) if "\udc80" <= c <= "\udcff" else c for c in text)
    return str(msg.get(name, ""))


@runtime_checkable
class Detector(Protocol):
    """One bounce format.  Registered in `bouncelib._dsn.registry.DETECTORS`."""

    name: str
    """Short stable name, e.g. ``postfix``, ``exim``, ``office365``; reported on each event."""

    def parse(self, mail: Mail) -> list[Found] | None:
        """Return the recipients of a message in this format, or None when the message is not in it.

        Must be cheap to reject (check Subject/From/a marker first) and must not raise on odd
        input; a detector that raises is a bug, logged and skipped by the registry.
        """
        ...
