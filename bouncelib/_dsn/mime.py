"""Loading and decoding emails without ever raising on what strangers wrote.

The stdlib parser is tolerant (it records defects instead of raising) when used
with the ``compat32`` policy, which is also several times faster than
``policy.default`` because it does not build header objects.  The helpers here
decode payloads and headers defensively: an unknown charset falls back to
UTF-8 then Latin-1 with replacement, never an exception.
"""

from __future__ import annotations

import email
import email.errors
import email.header
import email.message
import email.policy
import email.utils
import html
import re
from collections.abc import Callable, Sequence
from typing import Final

from bouncelib._dsn.fastmime import content_charset, parse_text
from bouncelib.limits import current_limits

Parts = Sequence[email.message.Message]

__all__ = [
    "address_of",
    "decode_header",
    "decode_payload",
    "delivery_status_text",
    "html_text",
    "load_message",
    "normalise_newlines",
    "original_message",
    "original_text",
    "part_text",
    "raw_text",
    "readable_body",
    "returned_text",
    "walk",
]


def normalise_newlines(text: str) -> str:
    """CRLF and CR-only line endings to LF (Sisimai's CR-only corpus files must parse too)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _encode_text(text: str) -> bytes:
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that is no escaped byte (U+D800): keep it, do not raise
        return text.encode("utf-8", "surrogatepass")


def load_message(data: bytes | str) -> email.message.Message:
    """Parse raw bytes or text into a Message, newlines normalised first."""
    if isinstance(data, str):
        data = _encode_text(data)
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    text = data.decode("ascii", "surrogateescape")  # what email.message_from_bytes does
    try:
        return parse_text(text)
    except Exception:
        return email.message_from_bytes(data, policy=email.policy.compat32)


_DECODE_CHUNK = 4096
_DECODE_WORDS = 200


# One address in its everyday shapes, "Name <local@domain>" or a bare "local@domain": no quotes,
# comments, groups, brackets, backslashes or commas anywhere, nothing after the closing ">".  On
# these the stdlib's tokenizer returns the address as written.
_PLAIN_ADDRESS: Final = re.compile(
    r"""[ \t\r\n]*(?:[^"(),:;<>@\[\]\\]*<([^\s"(),:;<>@\[\]\\]+@[^\s"(),:;<>@\[\]\\]+)>"""
    r"""|([^\s"(),:;<>@\[\]\\]+@[^\s"(),:;<>@\[\]\\]+))[ \t\r\n]*\Z"""
)


def address_of(value: str) -> str:
    """``email.utils.parseaddr(value)[1]``: the address of a From-like field ("" when none).  The
    stdlib's tokenizer runs a method call per character; the everyday shapes are read by one
    pattern, anything else by the stdlib."""
    m = _PLAIN_ADDRESS.match(value)
    if m is not None:
        return m.group(1) or m.group(2)
    return email.utils.parseaddr(value)[1]


def decode_header(value: object) -> str:
    """Decode an RFC 2047 header value; undecodable words are kept as written."""
    if isinstance(value, email.header.Header):
        value = str(value)
    text = str(value)
    if "=?" not in text:
        return " ".join(text.split()) if "\n" in text else text.strip()
    if len(text) > _DECODE_CHUNK:
        words = text.split()
        if len(words) > _DECODE_WORDS:
            # email.header.decode_header is quadratic in the number of encoded words (100k words:
            # minutes): decode a long value in slices of whole words.  Only the space between two
            # encoded words that straddle a slice edge survives, where RFC 2047 6.2 would drop it.
            step = _DECODE_WORDS
            out = " ".join(_decode_words(" ".join(words[i : i + step])) for i in range(0, len(words), step))
            return " ".join(out.split())
    return _decode_words(text)


def _decode_words(text: str) -> str:
    out: list[str] = []
    try:
        for chunk, charset in email.header.decode_header(text):
            if isinstance(chunk, bytes):
                out.append(_decode_bytes(chunk, charset))
            else:
                out.append(chunk)
    except (ValueError, LookupError, AssertionError, email.errors.HeaderParseError):  # malformed encoded words
        return " ".join(text.split())
    return " ".join("".join(out).split())


# Japanese mail labels Python does not know, and the superset codec to read them with
# (cp932 is Shift_JIS plus the NEC/IBM extensions Japanese carriers and Windows clients use).
_CHARSET_ALIASES = {
    "x-sjis": "cp932",
    "shift_jis": "cp932",
    "sjis": "cp932",
    "windows-31j": "cp932",
    "x-ms932": "cp932",
    "x-euc-jp": "euc-jp",
    "iso-2022-jp": "iso-2022-jp-2",
}
# Japanese bounces often declare one Japanese charset and carry another (EZweb: EUC-JP
# bytes labelled ISO-2022-JP): try the other two before giving up on the text.  EUC-JP
# first: its byte rules are strict, so Shift_JIS text almost never passes as EUC-JP,
# while EUC-JP text often "decodes" as (garbled) cp932.
_JAPANESE = ("iso-2022-jp-2", "euc-jp", "cp932")


# A letter of ISO-8859-2 that ISO-8859-1 reads as a symbol (ą ł ś š ž ź ż ľ: ± ³ ¶ ¹ ¾ ¼ ¿ µ), between two
# letters: a Polish, Czech or Slovak word decoded with the Western table.  Symbols that Western text itself
# writes next to letters (º ª « » ® ©) are left out.
_LATIN2_IN_WORD: Final = re.compile(r"[^\W\d_][\xa1\xa3\xa5\xa6\xac\xaf\xb1\xb3\xb5\xb6\xb9\xbc\xbe\xbf][^\W\d_]")


def _decode_bytes(raw: bytes, charset: str | None) -> str:
    cs0 = (charset or "").lower()
    cs0 = _CHARSET_ALIASES.get(cs0, cs0)
    chain: tuple[str, ...] = (cs0, "utf-8")
    if cs0 in _JAPANESE:
        chain = (cs0, *(c for c in _JAPANESE if c != cs0), "utf-8")
    for cs in chain:
        if not cs or cs in ("unknown-8bit", "x-unknown"):
            continue
        try:
            return raw.decode(cs)
        except (LookupError, ValueError):  # unknown codec, undecodable bytes, a NUL in the charset name
            continue
    text = raw.decode("latin-1", "replace")
    if cs0 in ("", "us-ascii", "ascii", "unknown-8bit", "x-unknown") and _LATIN2_IN_WORD.search(text):
        # 8-bit text that declares no charset it fits (qmail returns a program's output as its bytes):
        # Latin-2 letters read as Latin-1 turn into symbols inside words ("mog±", "wysy³aæ", "u¾ivatelé").
        return raw.decode("iso-8859-2", "replace")
    return text


def decode_payload(part: email.message.Message) -> str:
    """The decoded text of a non-multipart part (transfer encoding and charset undone)."""
    try:
        raw = part.get_payload(decode=True)
    except (ValueError, LookupError, AssertionError):
        raw = None
    if raw is None:
        payload = _stored(part)
        if isinstance(payload, list):
            return "\n".join(decode_payload(p) for p in payload if isinstance(p, email.message.Message))
        return normalise_newlines(str(payload))
    if not isinstance(raw, bytes):
        raw = str(raw).encode("utf-8", "surrogateescape")
    try:
        charset = content_charset(part)
    except (ValueError, LookupError):
        charset = None
    return normalise_newlines(_decode_bytes(raw, charset))


def _stored(part: email.message.Message) -> object:
    # The payload as stored: get_payload() decodes 8-bit text with the part's charset
    # parameter and raises ValueError when that name holds a NUL (found by fuzz/fuzz_message.py).
    return vars(part).get("_payload")


def walk(msg: email.message.Message) -> list[email.message.Message]:
    """All parts depth-first, at most `bouncelib.limits.Limits.mime_parts` of them."""
    max_parts = current_limits().mime_parts  # a bounce has a handful; bound the work on hostile nesting
    out: list[email.message.Message] = []
    stack = [msg]
    while stack and len(out) < max_parts:
        part = stack.pop()
        out.append(part)
        payload = _stored(part)
        if isinstance(payload, list):
            stack.extend(reversed([p for p in payload if isinstance(p, email.message.Message)]))
    return out


def raw_text(msg: email.message.Message) -> str:
    """A parsed (sub-)message back as text, cheaply: raw header lines, a blank line, the body.

    Much faster than ``as_string()`` (which re-folds every header through the policy); the
    header values are the compat32 raw values, so folding and encoded words stay as written.
    Multipart bodies are rendered part by part without their boundary lines.
    """
    head = "\n".join(f"{k}: {v}" for k, v in _raw_headers(msg))
    # The stored payload, not get_payload(): that decodes 8-bit text as ASCII with replacement.
    payload = vars(msg).get("_payload")
    if isinstance(payload, list):
        body = "\n\n".join(raw_text(p) for p in payload if isinstance(p, email.message.Message))
    else:
        body = str(payload) if payload is not None else ""
    return _unescape(normalise_newlines(f"{head}\n\n{body}"))


def _raw_headers(msg: email.message.Message) -> list[tuple[str, str]]:
    # The (name, value) pairs as parsed: items() would turn 8-bit values into Header objects whose
    # str() loses the bytes; the raw values keep them as surrogate escapes for _unescape.
    raw: list[tuple[str, str]] = vars(msg).get("_headers", [])
    return raw


def _unescape(text: str) -> str:
    """8-bit bytes kept as surrogate escapes by the parser, decoded as UTF-8 (RFC 6532 / 6533)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return text


def part_text(parts: Parts, types: Sequence[str], content_type: str) -> str | None:
    """The decoded text of the first of `parts` (whose content types are `types`) of `content_type`, or None."""
    for part, ctype in zip(parts, types, strict=True):
        if ctype == content_type:
            payload = _stored(part)
            if isinstance(payload, list):
                # message/* parts are parsed into sub-messages by the stdlib: rebuild the text.
                subs = [p for p in payload if isinstance(p, email.message.Message)]
                if content_type == "message/delivery-status":
                    # Each block was parsed as a header-only message: its headers are the fields.  A part
                    # whose fields follow a blank line (SurfControl) was parsed as an empty header block
                    # with the fields as its body: that body is the fields.
                    return _unescape("\n\n".join(_fields_of(p) for p in subs))
                return "\n".join(raw_text(p) for p in subs)
            return decode_payload(part)
    return None


def _fields_of(block: email.message.Message) -> str:
    """The fields of one block of a parsed ``message/delivery-status`` part, as text."""
    headers = _raw_headers(block)
    if headers:
        fields = "\n".join(f"{k}: {v}" for k, v in headers)
        # A field continued without indentation (MessageLabs writes a multi-line Diagnostic-Code so) ends
        # the parser's header block there: the rest of the block, its body now, is more fields.
        if block.defects and any(type(d).__name__ == "MissingHeaderBodySeparatorDefect" for d in block.defects):
            body = _payload_text(block)
            return f"{fields}\n{body}" if body else fields
        return fields
    return _payload_text(block)


def _payload_text(block: email.message.Message) -> str:
    body = block.get_payload()
    return body.strip("\n") if isinstance(body, str) else ""


def _header_block(text: str) -> email.message.Message:
    """The header block at the start of `text` as a Message without body (the fast splitter's rules)."""
    end = text.find("\n\n")  # not split(): the rest, the returned message's body, is not copied
    return parse_text((text if end < 0 else text[:end]) + "\n\n")


def original_message(
    parts: Parts, types: Sequence[str], body: str, returned: Callable[[], str | None] | None = None
) -> email.message.Message | None:
    """The returned original as a Message: the message/rfc822 sub-message, or the parsed
    text/rfc822-headers block, or the header block after a marker in the readable `body`;
    None when the report returns none.  `returned` gives `returned_text` of the same mail when the
    caller keeps it (`original_text` asks for it too)."""
    for part, ctype in zip(parts, types, strict=True):
        if ctype in ("message/rfc822", "message/global"):
            payload = _stored(part)
            if isinstance(payload, list) and payload and isinstance(payload[0], email.message.Message):
                return payload[0]
        elif ctype in ("text/rfc822-headers", "message/global-headers"):
            text = decode_payload(part).lstrip("\n")
            return _header_block(text)
    after = returned() if returned is not None else returned_text(parts, types, body)
    if after is None:
        return None
    return _header_block(after)


def returned_text(parts: Parts, types: Sequence[str], body: str) -> str | None:
    """The returned message where no MIME part of its own type holds it: after a marker in the readable `body`,
    or attached as text (`_attached_as_text`)."""
    after = _original_after_marker(body)
    return after if after is not None else _attached_as_text(parts, types)


def delivery_status_text(parts: Parts, types: Sequence[str]) -> str | None:
    """The ``message/delivery-status`` text (RFC 3464) or its RFC 6533 ``global`` twin."""
    for ctype in ("message/delivery-status", "message/global-delivery-status"):
        text = part_text(parts, types, ctype)
        if text is not None:
            return text
    return None


def readable_body(msg: email.message.Message, parts: Parts, types: Sequence[str]) -> str:
    """First text/plain part, else first text/* part (text/html read as the text it shows), else the
    whole payload as text.  Not a part inside a ``message/*`` part: the field groups of a
    ``message/delivery-status`` and the returned message are not the notice's words (an HTML-only
    notice beside them is)."""
    fallback: str | None = None
    inside: set[int] = set()
    offered: set[int] = set()  # the parts of a multipart/alternative: the text/plain one is the notice
    for part, ctype in zip(parts, types, strict=True):
        if id(part) in inside:
            continue
        if ctype.startswith("message/") and part is not msg:
            inside.update(id(p) for p in walk(part)[1:])
            continue
        if part.is_multipart():
            children = _stored(part)
            if ctype == "multipart/alternative" and isinstance(children, list):
                offered.update(id(p) for p in children if isinstance(p, email.message.Message))
            continue
        if ctype == "text/plain":
            return decode_payload(part)
        if ctype == "text/html" and id(part) not in offered:
            # An HTML notice with no plain alternative comes first: a text/plain part after it is
            # something else (the returned message attached as text).
            return html_text(decode_payload(part))
        if fallback is None and ctype.startswith("text/"):
            fallback = html_text(decode_payload(part)) if ctype == "text/html" else decode_payload(part)
    if fallback is not None:
        return fallback
    return decode_payload(msg) if not msg.is_multipart() else ""


# HTML as a reader sees it: what is never shown, the tags that end a line or a paragraph, the rest.
_HTML_HIDDEN = re.compile(r"<(head|style|script|title)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_HTML_PRE = re.compile(r"(<pre\b[^>]*>.*?</pre\s*>)", re.I | re.S)
_HTML_PARAGRAPH = re.compile(r"</?(?:p|table|h[1-6]|blockquote|ul|ol|dl|hr)\b[^>]*>", re.I)
_HTML_LINE = re.compile(r"<(?:br|/?div|/?tr|/?li|/?dt|/?dd|/?pre)\b[^>]*>", re.I)
_HTML_TAG = re.compile(r"<[^>]*>")
_MARKUP_SPACE = re.compile(r"[ \t\r\n\f]+")
_BLANK_RUN = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def html_text(markup: str) -> str:
    """The text an HTML body shows, one line per line it shows and a blank line between paragraphs.

    Exchange, Office 365 and some providers send their notices as HTML only: the words are the same,
    the line breaks are tags.  White space in the markup is one space (except inside ``<pre>``), a
    ``&nbsp;`` keeps its place (the indentation of a line), entities are undone.
    """
    if "<" not in markup:
        return markup
    markup = _HTML_HIDDEN.sub("", markup)
    out = []
    for k, piece in enumerate(_HTML_PRE.split(markup)):
        shown = piece if k % 2 else _MARKUP_SPACE.sub(" ", piece)
        shown = _HTML_TAG.sub("", _HTML_LINE.sub("\n", _HTML_PARAGRAPH.sub("\n\n", shown)))
        if k % 2 == 0:  # the markup's own white space around the tags is no indentation
            shown = "\n".join(line.strip(" ") for line in shown.split("\n"))
        out.append(html.unescape(shown).replace("\xa0", " "))
    text = "\n".join(line.rstrip() for line in "".join(out).split("\n"))
    return _BLANK_RUN.sub("\n\n", text).strip("\n") + "\n"


# Lines after which non-MIME bounces paste the returned message (qmail, Exim, OpenSMTPD, Sendmail
# V5, Postfix without a DSN, and vendors copying them).
_ORIGINAL_MARKERS: tuple[str, ...] = (
    "--- Below this line is a copy of the message.",
    "------ This is a copy of the message, including all the headers. ------",
    "------ This is a copy of your message, including all the headers. ------",
    "------ This is a copy of the message's headers. ------",
    "Below is a copy of the original message:",
    "----- Original message follows -----",
    "----- Unsent message follows -----",
    "--- Delivery report unavailable ---",
    "|------------------------- Message text follows: ------------------------|",
    "----- Original message -----",  # Gmail's old text bounces, Google Groups
    "----- Message header follows -----",  # Gmail, older still
    "Original message headers:",  # Exchange 2007+ / Office 365 bodies without a returned part
    "------- Returned Message --------",  # Lotus Notes SMTP MTA
)


# A line of a header block: a field name and its value ("Subject: ..."), or a folded line that continues one.
_HEADER_LINE: Final = re.compile(r"[A-Za-z][A-Za-z0-9-]{0,60}:[ \t]|[ \t]")


def _attached_as_text(parts: Parts, types: Sequence[str]) -> str | None:
    """The returned message attached as a plain text part (Roundup's mail gateway returns the mail it refused so,
    as a second text/plain part after its notice): a text/plain part after the first one whose text is a message,
    a header block of field lines with a From and a To or Subject field, then its body.  The notice's own text is
    the first text/plain part (`readable_body`), never the returned message.

    Or the returned message added whole as a body part, its own header fields (a From, and a To or Subject) heading
    that part with no message/rfc822 around it (Request Tracker's MailError adds the refused mail so, MIME::Entity's
    add_part, lib/RT/Interface/Email.pm): that part is the message, read with its fields."""
    for part in parts[2:]:
        # The names lowered once, not by each `in` of Message (three lowerings of every name for one answer).
        names = {k.lower() for k, _v in _raw_headers(part)}
        if "from" in names and ("to" in names or "subject" in names):
            return raw_text(part)
    plain = types.count("text/plain")
    # The notice written as HTML only (no plain alternative) before the returned message attached as text: the first
    # text/plain part is then that message, not the notice (`readable_body` takes the HTML part first).
    html_first = plain > 0 and "text/html" in types and _html_notice_first(parts, types)
    if plain < 2 and not html_first:
        return None  # most mails: one text part or none, nothing to walk (asked of every mail, twice)
    first = not html_first
    for part, ctype in zip(parts, types, strict=True):
        if ctype != "text/plain":
            continue
        if first:
            first = False
            continue
        stored = _stored(part)
        plain = str(part.get("Content-Transfer-Encoding", "")).strip().lower() in ("", "7bit", "8bit", "binary")
        if plain and isinstance(stored, str) and not _HEADER_LINE.match(stored.lstrip("\r\n")):
            continue  # its first line is no header field: not a message, and not worth decoding whole
        text = decode_payload(part).lstrip("\n")
        head = text[:8000].split("\n\n", 1)[0].split("\n")
        if not all(_HEADER_LINE.match(line) for line in head):
            continue
        names = {line.split(":", 1)[0].lower() for line in head if line[:1] not in " \t"}
        if "from" in names and ("to" in names or "subject" in names):
            return text
    return None


def _html_notice_first(parts: Parts, types: Sequence[str]) -> bool:
    """Whether the first text part `readable_body` takes for the notice is an HTML one: a text/html part that is no
    alternative of a plain one comes before every text/plain part."""
    offered: set[int] = set()
    for part, ctype in zip(parts, types, strict=True):
        if ctype == "multipart/alternative":
            children = _stored(part)
            if isinstance(children, list):
                offered.update(id(p) for p in children if isinstance(p, email.message.Message))
        elif ctype == "text/plain":
            return False
        elif ctype == "text/html" and id(part) not in offered:
            return True
    return False


def _original_after_marker(body: str) -> str | None:
    for marker in _ORIGINAL_MARKERS:
        i = body.find(marker)
        if i >= 0:
            text = body[i + len(marker) :].lstrip("\n")
            # Only when what follows looks like a header block.
            if text[:1].isalpha() and ":" in text.split("\n", 1)[0]:
                return text
    return None


def original_text(
    parts: Parts, types: Sequence[str], body: str, returned: Callable[[], str | None] | None = None
) -> str | None:
    """The returned message: message/rfc822 or text/rfc822-headers part, as text; for non-MIME
    bounces, the text after their "copy of the message follows" marker in the readable `body`.
    `returned` as for `original_message`."""
    for ctype in ("message/rfc822", "text/rfc822-headers", "message/global", "message/global-headers"):
        text = part_text(parts, types, ctype)
        if text is not None:
            return text
    return returned() if returned is not None else returned_text(parts, types, body)
