"""Last resort: `flufl.bounce` finds failed addresses in bodies that no format of ours reads.

Only runs on messages that look like bounces (null or daemon sender, a bounce Subject), so a
person's mail that happens to quote an address is not turned into a bounce.  flufl.bounce
raises on some inputs (``IndexError`` among others, seen on Sisimai's corpus): any exception
is caught and the message is left unrecognised.  The diagnostic is the body's first lines
that mention the address, so the classifier still gets words to work with.
"""

from __future__ import annotations

import contextlib
import copy
import email.message
import logging
import quopri
import re
from collections.abc import Iterator
from typing import Final

from bouncelib._dsn.base import Found, Mail
from bouncelib.limits import current_limits

__all__ = ["DETECTOR"]

_log = logging.getLogger("bouncelib.dsn")

_DAEMON: Final = re.compile(r"mailer-daemon|postmaster|mail ?delivery|mailer|daemon|bounce", re.I)
_SUBJECT: Final = re.compile(
    r"undeliver|delivery (?:status|fail|notification|report)|returned mail|mail delivery|failure notice|"
    r"non[- ]?deliver|nicht zustellbar|could not be delivered|delivery problem|message not delivered",
    re.I,
)


def _context(body: str, addr: str) -> str:
    low = body.lower()
    i = low.find(addr.lower())
    if i < 0:
        return ""
    # The paragraph holding the address: that is where bounces put the reason.
    start = body.rfind("\n\n", 0, i) + 1
    end = body.find("\n\n", i)
    return " ".join(body[start : end if end > 0 else i + 500].split())[:1000]


_MAX_LINE: Final = 1000  # characters of one body line handed to flufl.bounce


def _trimmed(msg: email.message.Message, budget: list[int]) -> email.message.Message:
    """`msg` with at most ``budget[0]`` body lines in all (a shallow copy when cut).

    flufl.bounce scans every body line some fifty times (about 30 us a line): a bounce-looking
    message with 500k short lines would take 15 s.  The notice that names the failed address
    comes first in a bounce, so the first `Limits.fallback_lines` lines are what it needs.
    """
    payload = vars(msg).get("_payload")
    if isinstance(payload, list):
        kids = [_trimmed(p, budget) if isinstance(p, email.message.Message) else p for p in payload]
        if all(a is b for a, b in zip(kids, payload, strict=True)):
            return msg
        out = copy.copy(msg)
        vars(out)["_payload"] = kids
        return out
    if not isinstance(payload, str):
        return msg
    n = payload.count("\n", 0, 1 << 22)
    short = len(payload) <= _MAX_LINE or max(map(len, payload.split("\n"))) <= _MAX_LINE
    if n <= budget[0] and len(payload) < 1 << 22 and short:
        budget[0] -= n
        return msg
    # Long lines are cut too: flufl.bounce's patterns are quadratic on a 100k-character line.
    lines = payload.split("\n", budget[0])[: budget[0]]
    out = copy.copy(msg)
    vars(out)["_payload"] = "\n".join(line[:_MAX_LINE] for line in lines)
    budget[0] -= len(lines)
    return out


class _Capture(logging.Handler):
    def __init__(self, into: list[logging.LogRecord]) -> None:
        super().__init__(logging.DEBUG)
        self.into = into

    def emit(self, record: logging.LogRecord) -> None:
        self.into.append(record)


@contextlib.contextmanager
def _quiet_flufl(into: list[logging.LogRecord]) -> Iterator[None]:
    """Collect what the ``flufl.bounce`` logger says instead of letting it reach stderr."""
    logger = logging.getLogger("flufl.bounce")
    handler = _Capture(into)
    propagate = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


class _Fallback:
    name = "fallback"

    def parse(self, mail: Mail) -> list[Found] | None:
        if not (_DAEMON.search(mail.from_) or _SUBJECT.search(mail.subject)):
            return None
        failures: list[logging.LogRecord] = []
        with _quiet_flufl(failures):
            try:
                from flufl.bounce import scan_message  # noqa: PLC0415 - import cost only when needed

                found = scan_message(_trimmed(mail.msg, [current_limits().fallback_lines]))
            except Exception as exc:  # flufl.bounce raises IndexError & co. on odd input
                _log.debug("flufl.bounce raised %s", type(exc).__name__)
                mail.defects.append(f"fallback: flufl.bounce raised {type(exc).__name__}")
                return None
        if failures:
            # flufl.bounce logs (with a traceback) each of its detectors that raised, and goes on: keep that
            # off the user's terminal, and let the report's defects say so.
            names = sorted({r.getMessage().rpartition(".")[2].rstrip("'>") for r in failures})
            mail.defects.append(f"fallback: flufl.bounce detector(s) raised: {', '.join(names)[:200]}")
        addrs: list[str] = []
        for a in found or ():
            text = a.decode("utf-8", "replace") if isinstance(a, bytes) else str(a)
            if "@" in text and text not in addrs:
                addrs.append(text)
        if not addrs:
            return None
        body = mail.body
        shown = [_as_shown(a, body) for a in addrs]
        return [Found(recipient=a, diagnostic=_context(body, a)) for a in dict.fromkeys(shown)]


# A quoted-printable escape ("=E2=80=A6", an ellipsis's UTF-8 bytes) in an address flufl.bounce found.
_QP_ESCAPE: Final = re.compile(r"=[0-9A-Fa-f]{2}")


def _as_shown(address: str, body: str) -> str:
    """The address as the decoded text shows it: flufl.bounce reads some parts as their raw transfer
    encoding, so "<=E2=80=A6@example.org>" in a quoted-printable notice is the "<…@example.org>" the
    notice shows (a poster's masking, no address), not an address with "=E2" in it."""
    if not _QP_ESCAPE.search(address) or address.lower() in body.lower():
        return address
    decoded = quopri.decodestring(address.encode("ascii", "replace")).decode("utf-8", "replace")
    return decoded if decoded.lower() in body.lower() else address


DETECTOR: Final = _Fallback()
