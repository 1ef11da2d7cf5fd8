"""The reader's fast path: the most common Postfix lines, read without building a record.

On a busy server most lines are connects, disconnects, postscreen verdicts and the
queue-file facts (``client=``, ``message-id=``, qmgr ``from=``, ``removed``).  When the
caller does not want those kinds (the default), `bouncelib.read_log` only needs their
kind, for its counts, and their facts, for the `Correlator`; this module gives both
from a few string tests, and leaves everything else to `bouncelib._log.parser`.

The agreement rule: for every line this module classifies, the kind it returns is the
kind the parser's handler gives the same line, and the facts it notes in the correlator
are those `Correlator.feed` notes from the handler's record.  Three tests in
``tests/test_log_corpus.py`` keep the two in step over the whole log corpus:
``test_fast_path_agrees_with_parser`` (kinds), ``test_reader_and_standalone_correlator_agree``
(queue facts) and ``test_stateless_parser_agrees`` (records).  A change to a handler of
``parser.DAEMONS`` that reads one of these shapes must change this module too.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from enum import IntEnum
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from bouncelib._log.correlate import Correlator

__all__ = ["QSHAPES", "SHAPES", "SHAPE_LEN", "Shape", "queue_line"]


class Shape(IntEnum):
    """What follows a queue id, recognised by its first four characters."""

    DELIVERY = 1
    """A delivery agent's ``to=<...>, relay=..., status=...``: an event, never a fact."""
    CLIENT = 2
    """smtpd ``client=host[ip]``."""
    MESSAGE_ID = 3
    """cleanup ``message-id=<...>``."""
    QMGR = 4
    """qmgr ``from=<s>, size=N, nrcpt=N (queue active)``."""
    REMOVED = 5
    """qmgr ``removed``."""
    BOUNCE_NOTICE = 6
    """bounce ``sender non-delivery notification: NEWQID`` and its relatives."""


#: How many characters of a message without queue id `SHAPES` looks at.
SHAPE_LEN: Final = 9
#: Kind of a line without queue id, by its first `SHAPE_LEN` characters, per daemon.
SHAPES: Final[Mapping[str, Mapping[str, str]]] = {
    "smtpd": {"connect f": "connect", "disconnec": "disconnect", "Anonymous": "tls"},
    "postscreen": dict.fromkeys(
        ("CONNECT f", "PASS OLD ", "PASS NEW ", "DISCONNEC", "DNSBL ran", "PREGREET ", "HANGUP af"), "postscreen"
    ),
}
_AGENT_Q: Final = MappingProxyType({"to=<": Shape.DELIVERY})
_QMGR_Q: Final = MappingProxyType({"from": Shape.QMGR, "remo": Shape.REMOVED})
_BOUNCE_Q: Final = MappingProxyType({"send": Shape.BOUNCE_NOTICE, "post": Shape.BOUNCE_NOTICE})
#: The shape of what follows a queue id (its first 4 characters), per daemon.
QSHAPES: Final[Mapping[str, Mapping[str, Shape]]] = {
    **dict.fromkeys(("smtp", "lmtp", "local", "virtual", "pipe", "error", "retry", "discard"), _AGENT_Q),
    "smtpd": {"clie": Shape.CLIENT},
    "cleanup": {"mess": Shape.MESSAGE_ID},
    **dict.fromkeys(("qmgr", "nqmgr", "oqmgr"), _QMGR_Q),
    **dict.fromkeys(("bounce", "defer", "trace"), _BOUNCE_Q),
}


# The members as module globals: a global lookup is cheaper than an attribute of the enum class,
# and this runs for most lines of a log.
_DELIVERY, _CLIENT, _MESSAGE_ID = Shape.DELIVERY, Shape.CLIENT, Shape.MESSAGE_ID
_QMGR, _REMOVED = Shape.QMGR, Shape.REMOVED


def queue_line(shape: Shape, qid: str, msg: str, corr: Correlator, when: datetime | None) -> str | None:
    """The kind of `msg` (what follows queue id `qid`), its facts noted in `corr`; None to let the parser decide.

    `shape` is `QSHAPES`' guess from the first characters; each branch checks the
    whole shape before it answers, as the parser's handler would read it.  The
    branches are in the order of their frequency in a busy log.
    """
    if shape is _DELIVERY:
        return "delivery" if ", status=" in msg else None
    if shape is _QMGR:
        # from=<s>, size=N, nrcpt=N
        end = msg.find(">, size=", 6)
        comma = msg.find(", nrcpt=", end) if end > 0 else -1
        if comma > 0 and msg.startswith("from=<"):
            size = msg[end + 8 : comma]
            nrcpt = msg[comma + 8 :].partition(" ")[0]
            if size.isascii() and size.isdigit() and nrcpt.isascii() and nrcpt.isdigit() and len(size) + len(
                    nrcpt) < 30:  # fmt: skip
                corr.note_qmgr(qid, when, msg[6:end], int(size), int(nrcpt))
                return "qmgr"
        return None
    if shape is _CLIENT:
        close = msg.find("]", 7)
        open_ = msg.rfind("[", 7, close)
        if open_ > 7 and msg.startswith("client=") and " " not in msg[7:open_]:
            corr.note_client(qid, when, msg[7:open_], msg[open_ + 1 : close] or None)
            return "client"
        return None
    if shape is _MESSAGE_ID:
        if msg.startswith("message-id="):
            mid = msg[11:].rstrip()
            if mid.startswith("<"):
                mid = mid[1:-1] if mid.endswith(">") else mid[1:]
            corr.note_message_id(qid, when, mid)
            return "cleanup"
        return None
    if shape is _REMOVED:
        if msg.startswith("removed"):
            corr.forget(qid)
            return "removed"
        return None
    # Shape.BOUNCE_NOTICE
    return "bounce-notice" if " notification: " in msg else None
