"""The reader's fast path: the most common Postfix lines, read without building a record.

On a busy server most lines are connects, disconnects, postscreen verdicts and the
queue-file facts (``client=``, ``message-id=``, qmgr ``from=``, ``removed``).  When the
caller does not want those kinds (the default), `bouncelib.read_log` only needs their
kind, for its counts, and their facts, for the `Correlator`; this module gives both,
and leaves everything else to `bouncelib._log.parser`:

* a line without queue id by its first characters (`SHAPES`);
* a line with a queue id by one regular-expression match (`QUEUE_LINES`, a pattern per
  daemon): the queue id and every shape that daemon logs are alternatives of one
  pattern, so that one call in C finds the queue id, tells the shape and cuts out its
  facts, which string tests did in some twenty interpreted steps.  Each alternative
  ends in an empty group named after its shape, which `re.Match.lastgroup` then names;
  `queue_line` notes the facts.  A delivery in its common shape comes with its fields
  (`parser.delivery_of_match` builds its record from the same match).

The agreement rule: for every line this module classifies, the kind it returns is the
kind the parser's handler gives the same line, and the facts it notes in the correlator
are those `Correlator.feed` notes from the handler's record.  Three tests in
``tests/test_log_corpus.py`` keep the two in step over the whole log corpus:
``test_fast_path_agrees_with_parser`` (kinds), ``test_reader_and_standalone_correlator_agree``
(queue facts) and ``test_stateless_parser_agrees`` (records).  A change to a handler of
``parser.DAEMONS`` that reads one of these shapes must change this module too.  A line
the patterns do not match goes to the parser, which reads every line: a pattern may be
stricter than the parser, never looser.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from bouncelib._log.correlate import Correlator

__all__ = [
    "AGENT_FIELDS", "DELIVERY_FIELDS", "DELIVERY_GROUPS", "LONG_QID", "QUEUE_LINES", "SHAPES", "SHAPE_LEN",
    "QueueMatch", "queue_line",
]  # fmt: skip


#: How many characters of a message without queue id `SHAPES` looks at.
SHAPE_LEN: Final = 9
#: Kind of a line without queue id, by its first `SHAPE_LEN` characters, per daemon.
SHAPES: Final[Mapping[str, Mapping[str, str]]] = {
    "smtpd": {"connect f": "connect", "disconnec": "disconnect", "Anonymous": "tls"},
    "postscreen": dict.fromkeys(
        ("CONNECT f", "PASS OLD ", "PASS NEW ", "DISCONNEC", "DNSBL ran", "PREGREET ", "HANGUP af"), "postscreen"
    ),
}
# Long queue ids (enable_long_queue_ids, grammar sheet section 1.3): base-52 time, "z", base-51 inode (no "z").
LONG_QID: Final = r"[0-9B-DF-HJ-NP-TV-Zb-df-hj-np-tv-z]{10,}z[0-9B-DF-HJ-NP-TV-Zb-df-hj-np-tv-y]+"
# A queue id as `parser.qid_end` reads one: 5 to 23 characters before the line's first ": ", short
# (hex) or long (its length checked by the lookahead); NOQUEUE lines hold no queue-file facts and go
# to the parser.
_QID: Final = rf"(?P<qid>[0-9A-F]{{5,23}}|(?=[0-9A-Za-z]{{5,23}}: ){LONG_QID}): "
#: A delivery line in its common shape (log_adhoc.c's field order without the optional fields):
#: "to=<r>, relay=R, delay=D, delays=a/b/c/d, dsn=X.Y.Z, status=S (TEXT)", its fields as the groups
#: `DELIVERY_GROUPS`; the text runs to the LAST ")" because replies contain parentheses themselves.
DELIVERY_FIELDS: Final = (
    r"to=<(?P<rcpt>[^<>]*)>, relay=(?P<relay>[^,]*), delay=(?P<delay>[^,]*), delays=(?P<delays>[^,]*), "
    r"dsn=(?P<dsn>[^,]*), status=(?P<status>\S+)(?: \((?P<text>.*)\))?\s*\Z"
)
DELIVERY_GROUPS: Final = ("rcpt", "relay", "delay", "delays", "dsn", "status", "text")
# What follows the queue id, per shape; the empty group at the end of each names the shape.
_DELIVERY: Final = rf"{DELIVERY_FIELDS}(?P<delivery>)|to=<.*?, status=(?P<delivery_other>)"
# qmgr's sender is everything up to the first ">, size=" (a sender may hold ">" itself).
_QMGR: Final = (
    r"from=<(?P<sender>[^>]*(?:>(?!, size=)[^>]*)*)>, size=(?P<size>[0-9]+), nrcpt=(?P<nrcpt>[0-9]+)(?: |\Z)(?P<qmgr>)"
    r"|removed(?P<removed>)"
)
# The client's address is in the last "[" before the first "]"; the host has no space.
_CLIENT: Final = r"client=(?P<host>[^ \]]+)\[(?P<ip>[^\[\]]*)\](?P<client>)"
_MESSAGE_ID: Final = r"message-id=(?P<mid>.*)(?P<message_id>)"
_BOUNCE_NOTICE: Final = r"(?:send|post).*? notification: (?P<bounce_notice>)"

#: ``pattern.match`` of one daemon's queue lines (see the module docstring).
QueueMatch = Callable[[str], "re.Match[str] | None"]


def _queue_pattern(shapes: str) -> re.Pattern[str]:
    """One daemon's queue lines: the queue id (group 1), then its shapes as alternatives.

    `queue_line` reads the groups by number (cheaper than by name, and it runs for a
    third of a log's lines): each shape's fields follow the queue id in the order the
    pattern names them, which ``test_queue_patterns_number_their_groups`` checks.
    """
    return re.compile(rf"{_QID}(?:{shapes})", re.DOTALL)


_AGENT: Final = _queue_pattern(_DELIVERY)
#: Where `DELIVERY_GROUPS` sit in a match of a delivery agent's queue line.
AGENT_FIELDS: Final = tuple(_AGENT.groupindex[name] for name in DELIVERY_GROUPS)
_QMGR_LINES: Final = _queue_pattern(_QMGR).match
_BOUNCE_LINES: Final = _queue_pattern(_BOUNCE_NOTICE).match
#: The queue lines the fast path reads, per daemon.
QUEUE_LINES: Final[Mapping[str, QueueMatch]] = {
    **dict.fromkeys(("smtp", "lmtp", "local", "virtual", "pipe", "error", "retry", "discard"), _AGENT.match),
    "smtpd": _queue_pattern(_CLIENT).match,
    "cleanup": _queue_pattern(_MESSAGE_ID).match,
    **dict.fromkeys(("qmgr", "nqmgr", "oqmgr"), _QMGR_LINES),
    **dict.fromkeys(("bounce", "defer", "trace"), _BOUNCE_LINES),
}


def queue_line(m: re.Match[str], corr: Correlator, when: datetime | None) -> str | None:
    """The kind of the queue line `m` matched (a `QUEUE_LINES` pattern), its facts noted in `corr`.

    None to let the parser decide (a qmgr line whose numbers are too long to be counts).
    The branches are in the order of their frequency in a busy log; groups are read by
    number (group 1 is the queue id, the shape's fields follow, see `_queue_pattern`).
    """
    shape = m.lastgroup
    if shape in {"delivery", "delivery_other"}:
        return "delivery"
    qid = m[1]
    if shape == "client":
        host, ip = m.group(2, 3)  # host, ip
        corr.note_client(qid, when, host, ip or None)
        return "client"
    if shape == "message_id":
        mid = m[2].rstrip()  # mid: as the parser's cleanup handler reads it
        if mid.startswith("<"):
            mid = mid[1:-1] if mid.endswith(">") else mid[1:]
        corr.note_message_id(qid, when, mid)
        return "cleanup"
    if shape == "qmgr":
        sender, size, nrcpt = m.group(2, 3, 4)  # sender, size, nrcpt
        if len(size) + len(nrcpt) >= 30:
            return None  # counts of absurd length: the parser reads them
        corr.note_qmgr(qid, when, sender, int(size), int(nrcpt))
        return "qmgr"
    if shape == "removed":
        corr.forget(qid)
        return "removed"
    return "bounce-notice"
