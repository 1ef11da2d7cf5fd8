"""A fast MIME splitter that builds the same ``compat32`` Message tree as the stdlib parser.

Why: the stdlib ``FeedParser`` works line by line through a push-back buffer and costs about
0.6 ms for an average bounce, most of it on the returned original message that no detector
reads closely.  Bounce analysis needs the part tree, the raw header values and the part
bodies, all of which can be cut out of the text with ``str.find`` and one boundary regex per
multipart.  The result is a tree of ordinary `email.message.Message` objects (raw header
values with their folding, ``str`` payloads holding surrogate escapes for 8-bit bytes, just
as ``email.message_from_bytes`` leaves them), so ``get_payload(decode=True)``,
``get_content_type()`` and friends behave as usual.

Rules copied from ``email.feedparser`` so that both parsers agree on well-formed mail:
a header line is ``name:`` (printable characters except colon), a continuation line
starts with space or tab, anything else ends the header block (a defect); a multipart
is split at lines ``--boundary`` / ``--boundary--`` (trailing blanks allowed) with the
line break before a boundary line belonging to the boundary; ``message/delivery-status``
is a series of header blocks; any other ``message/*`` part holds one message;
``multipart/digest`` children default to ``message/rfc822``.  Nesting deeper than
`MAX_DEPTH` (`bouncelib.limits.Limits.mime_depth`) is kept as text (hostile input must not
exhaust the stack), and parts beyond `Limits.mime_parts` in one multipart stay together as one
last text part (a ``TooManyPartsDefect``), so the tree is bounded whatever the input.
"""

from __future__ import annotations

import email.errors
import email.message
import email.policy
import email.utils
import re
from typing import Final

from bouncelib.limits import DEFAULT_LIMITS, current_limits

__all__ = ["MAX_DEPTH", "TooManyPartsDefect", "content_boundary", "content_charset", "content_type", "parse_text"]

MAX_DEPTH: Final = DEFAULT_LIMITS.mime_depth  # the default; the limit in force is current_limits()
_HEADER_RE: Final = re.compile(r"[\041-\071\073-\176]*:")
_POLICY: Final = email.policy.compat32


# One header field: name, colon, the value with its folded continuation lines (compat32 keeps
# them with their "\n" and leading blank, as here).
_FIELD_RE: Final = re.compile(r"([\041-\071\073-\176]*):[ \t]*([^\n]*(?:\n[ \t][^\n]*)*)")


def _headers(text: str, start: int) -> tuple[list[tuple[str, str]], int, list[email.errors.MessageDefect]]:
    """Parse the header block at `start`; return (headers, body start, defects)."""
    if text.startswith("\n", start):
        return [], start + 1, []
    end = text.find("\n\n", start)
    block_end = len(text) if end < 0 else end
    body_start = end + 2 if end >= 0 else len(text)
    # Fast path: a block made only of well-formed fields (nearly every real header block).
    headers: list[tuple[str, str]] = []
    pos = start
    match = _FIELD_RE.match
    while pos < block_end:
        m = match(text, pos, block_end)
        if m is None:
            return _headers_slow(text, start)
        headers.append((m.group(1), m.group(2).rstrip("\r")))
        pos = m.end() + 1
    return headers, body_start, []


def _headers_slow(text: str, start: int) -> tuple[list[tuple[str, str]], int, list[email.errors.MessageDefect]]:
    """`_headers` for blocks with a leading continuation, an mbox "From " line or a non-field line."""
    headers: list[tuple[str, str]] = []
    defects: list[email.errors.MessageDefect] = []
    end = text.find("\n\n", start)
    block_end = len(text) if end < 0 else end
    pos = start
    name: str | None = None
    value_lines: list[str] = []

    def flush() -> None:
        if name is not None:
            first, *rest = value_lines
            value = first.lstrip(" \t") + "".join("\n" + r for r in rest)
            headers.append((name, value.rstrip("\r\n")))

    first_line = True
    while pos < block_end:
        nl = text.find("\n", pos, block_end)
        line_end = block_end if nl < 0 else nl
        line = text[pos:line_end]
        if line[:1] in (" ", "\t"):
            if name is None:
                defects.append(email.errors.FirstHeaderLineIsContinuationDefect(line))
            else:
                value_lines.append(line)
            pos = line_end + 1
            first_line = False
            continue
        if first_line and line.startswith("From "):
            pos = line_end + 1
            first_line = False
            continue
        first_line = False
        m = _HEADER_RE.match(line)
        if m is None:
            # Not a header: the body starts here (feedparser's MissingHeaderBodySeparatorDefect).
            flush()
            defects.append(email.errors.MissingHeaderBodySeparatorDefect())
            return headers, pos, defects
        flush()
        name = line[: m.end() - 1]
        value_lines = [line[m.end() :]]
        pos = line_end + 1
    flush()
    return headers, (end + 2 if end >= 0 else len(text)), defects


class TooManyPartsDefect(email.errors.MessageDefect):
    """A multipart held more parts than `Limits.mime_parts`; the rest is kept as one text part."""


def _new(headers: list[tuple[str, str]], defects: list[email.errors.MessageDefect]) -> email.message.Message:
    msg = email.message.Message(policy=_POLICY)
    vars(msg)["_headers"] = headers  # the raw (name, value) list, as the stdlib parser builds it
    msg.defects = defects
    return msg


def _fill(msg: email.message.Message, body: str, depth: int) -> None:
    if depth >= current_limits().mime_depth:
        msg.set_payload(body)
        return
    ctype = _content_type(msg)
    maintype = ctype.partition("/")[0]
    if maintype == "multipart":
        _multipart(msg, body, depth, ctype)
    elif maintype == "message":
        if ctype == "message/delivery-status":
            # Blocks of fields separated by one blank line; like the stdlib, a line that is
            # not a field becomes the block's body up to the blank line.
            blocks: list[email.message.Message | str] = []
            for chunk in body.split("\n\n"):
                if not chunk.strip():
                    continue
                hdrs, nxt, defs = _headers(chunk + "\n\n", 0)
                block = _new(hdrs, defs)
                block.set_payload(chunk[nxt:] if nxt < len(chunk) else "")
                blocks.append(block)
            msg.set_payload(blocks)
        else:
            sub = parse_text(body, depth + 1)
            msg.set_payload([sub])
    else:
        msg.set_payload(body)


class _Line:
    """A boundary line found in a body: where it starts and ends, and whether it closes."""

    __slots__ = ("_closing", "_end", "_start")

    def __init__(self, start: int, end: int, closing: bool) -> None:
        self._start, self._end, self._closing = start, end, closing

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, _n: int) -> str | None:
        return "--" if self._closing else None


def _boundary_lines(body: str, boundary: str) -> list[_Line]:
    """Lines ``--boundary`` / ``--boundary--`` (trailing blanks allowed), by ``str.find``: the
    boundary differs in every message, so a compiled pattern per message would not be reused."""
    delim = "--" + boundary
    out: list[_Line] = []
    pos = 0
    n = len(body)
    while True:
        i = body.find(delim, pos)
        if i < 0:
            return out
        pos = i + len(delim)
        if i > 0 and body[i - 1] != "\n":
            continue
        eol = body.find("\n", pos)
        eol = n if eol < 0 else eol
        rest = body[pos:eol]
        closing = rest.startswith("--")
        if closing:
            rest = rest[2:]
        if rest.strip(" \t"):
            continue  # "--boundaryXYZ": another, longer boundary, or text
        out.append(_Line(i, eol, closing))
        pos = eol


def content_type(msg: email.message.Message) -> str:
    """``msg.get_content_type()``: by `_content_type` when the field is ASCII text (what the stdlib
    reads then is the raw value), else by the stdlib (a value with 8-bit bytes it turns into a Header,
    or a value of another policy's header class)."""
    value = _content_type_field(msg)
    if value is None or (isinstance(value, str) and value.isascii()):
        return _type_of(msg, value)  # the field just found, not looked up again
    return msg.get_content_type()


def _content_type_field(msg: email.message.Message) -> object:
    """The first Content-Type field's raw value (as stored, unsanitised), or None."""
    for k, v in vars(msg)["_headers"]:
        # Only a name of 12 characters can lower to "content-type" (lowering never shortens a name, and the one
        # letter it lengthens, U+0130, leaves a mark that is no ASCII): most names are not lowered at all.
        if len(k) == 12 and k.lower() == "content-type":
            return v
    return None


def _content_type(msg: email.message.Message) -> str:
    """``msg.get_content_type()`` read straight from the raw header list (the same rules: the
    first Content-Type, parameters cut, lower case, the default type when absent or malformed);
    the stdlib method re-scans and re-sanitises every header on each call."""
    return _type_of(msg, _content_type_field(msg))


def _type_of(msg: email.message.Message, value: object) -> str:
    """`_content_type` of `msg` whose first Content-Type field holds `value` (None: no such field)."""
    if value is None:
        return msg.get_default_type()
    ctype = str(value).partition(";")[0].strip().lower()
    return ctype if ctype.count("/") == 1 else "text/plain"


# `_plain_param`'s answer when the Content-Type field is not in the shape it reads: ask the stdlib.
_NOT_PLAIN: Final = object()


def _plain_param(msg: email.message.Message, name: str) -> object:
    """``msg.get_param(name)`` of the Content-Type field (a str, or None when absent), read straight
    from the raw header list when the field is in its plain shape: ASCII, no backslash, no RFC 2231
    star, and no semicolon inside quotes (every ``;``-separated piece holds an even number of
    quotes, so splitting at each ``;`` is what the stdlib's quote-aware split does).  `_NOT_PLAIN`
    for any other shape.  The stdlib re-parses the whole field, decodes RFC 2231 parameters and
    quotes and unquotes each value on every call: a quarter of the front end's time in a bounce's
    MIME layer went there."""
    value = _content_type_field(msg)
    if value is None:
        return None
    if not isinstance(value, str) or not value.isascii() or "\\" in value or "*" in value:
        return _NOT_PLAIN
    pieces = value.split(";")
    if '"' in value and any(p.count('"') % 2 for p in pieces):
        return _NOT_PLAIN
    for piece in pieces:
        # A piece without "=" is a name with an empty value to the stdlib too.
        key, _eq, val = piece.partition("=")
        if key.strip().lower() == name:
            return email.utils.unquote(val.strip())
    return None


def content_boundary(msg: email.message.Message) -> str | None:
    """``msg.get_boundary()``, by `_plain_param` where it can."""
    value = _plain_param(msg, "boundary")
    if value is _NOT_PLAIN:
        return msg.get_boundary()
    # The stdlib unquotes the value a second time and strips its end.
    return None if value is None else email.utils.unquote(str(value)).rstrip()


def content_charset(msg: email.message.Message) -> str | None:
    """``msg.get_content_charset()``, by `_plain_param` where it can (its value is ASCII already)."""
    value = _plain_param(msg, "charset")
    if value is _NOT_PLAIN:
        return msg.get_content_charset()
    return None if value is None else str(value).lower()


def _multipart(msg: email.message.Message, body: str, depth: int, ctype: str) -> None:
    boundary = content_boundary(msg)
    if boundary is None:
        msg.defects.append(email.errors.NoBoundaryInMultipartDefect())
        msg.set_payload(body)
        return
    matches = _boundary_lines(body, boundary)
    if not matches:
        msg.defects.append(email.errors.StartBoundaryNotFoundDefect())
        msg.set_payload(body)
        return
    first = matches[0]
    msg.preamble = body[: max(first.start() - 1, 0)] if first.start() else None
    parts: list[email.message.Message | str] = []
    closed = False
    digest = ctype == "multipart/digest"
    max_parts = current_limits().mime_parts
    for i, m in enumerate(matches):
        if len(parts) >= max_parts and not m.group(1):
            # Hostile input (100k boundary lines): keep the rest as text, do not build 100k parts.
            msg.defects.append(TooManyPartsDefect())
            rest = email.message.Message(policy=_POLICY)
            rest.set_payload(body[m.end() + 1 :])
            parts.append(rest)
            break
        if m.group(1):
            closed = True
            tail = body[m.end() + 1 :]
            msg.epilogue = tail if tail else ""
            break
        start = m.end() + 1
        # The line break before a boundary line belongs to the boundary (RFC 2046 section 5.1.1);
        # at the end of the text without a closing boundary, the stdlib drops the last one too.
        stop = matches[i + 1].start() - 1 if i + 1 < len(matches) else len(body) - body.endswith("\n")
        chunk = body[start:stop] if stop > start else ""
        part = parse_text(chunk, depth + 1, default_type="message/rfc822" if digest else None)
        parts.append(part)
    if not closed:
        msg.defects.append(email.errors.CloseBoundaryNotFoundDefect())
    msg.set_payload(parts)


def parse_text(text: str, depth: int = 0, default_type: str | None = None) -> email.message.Message:
    """Parse `text` (LF newlines, 8-bit bytes as surrogate escapes) into a compat32 Message tree."""
    headers, body_start, defects = _headers(text, 0)
    msg = _new(headers, defects)
    if default_type:
        msg.set_default_type(default_type)
    if text.startswith("From "):
        nl = text.find("\n")
        msg.set_unixfrom(text[: nl if nl >= 0 else len(text)])
    _fill(msg, text[body_start:], depth)
    return msg
