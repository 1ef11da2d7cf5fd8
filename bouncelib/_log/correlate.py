"""`Correlator`: joins the lines of one queue id, sans I/O (feed records, get records back).

Postfix spreads a message's story over several processes (grammar sheet 1.10,
point 8): smtpd logs the client (``client=``), cleanup the Message-ID, qmgr the
sender, size and recipient count, and only then does a delivery agent log the
outcome per recipient. Those facts come *before* the outcome, so a streaming
join needs no look-ahead: `Correlator.feed` remembers them per queue id and
copies them into the delivery/reject/expired record that follows.

Memory is bounded: an entry is dropped when qmgr logs ``removed``, when it is
older than `max_age` (log time; Postfix's default ``maximal_queue_lifetime`` is
5 days, so nothing legitimate is older), and the oldest entry goes when more
than `max_open` are open (short queue ids are reused, so stale entries must not
pile up). Memory therefore depends on the number of messages in flight, not on
the size of the log.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Final

from bouncelib._log.record import NO_FACTS, Facts, LogRecord

__all__ = ["ENRICHED_KINDS", "Correlator", "QueueEntry"]

_new = tuple.__new__
_new_entry = object.__new__
#: Kinds that receive the queue facts (sender, size, nrcpt, message_id, client_host, client_ip).
ENRICHED_KINDS: Final[frozenset[str]] = frozenset(
    {"delivery", "reject", "action", "expired", "bounce-notice", "remote"}
)
# Where the six queue facts sit in a LogRecord (sender .. client_ip, in that order).
_FIRST: Final = LogRecord._fields.index("sender")
_LAST: Final = LogRecord._fields.index("client_ip") + 1


class QueueEntry:
    """What is known so far about one queue id (mutable; internal to the correlator)."""

    __slots__ = ("facts", "first_seen")

    def __init__(self, first_seen: datetime | None) -> None:
        self.facts: list[str | int | None] = [None, None, None, None, None, None]
        """sender, size, nrcpt, message_id, client_host, client_ip."""
        self.first_seen = first_seen


class Correlator:
    """Feed every record in log order; get each back, enriched with its queue id's facts.

    A reader that reads the queue facts without building records (the fast path of
    `bouncelib.read_log`) tells them with the ``note_*`` methods and `forget`.
    """

    __slots__ = ("_entries", "evicted", "max_age", "max_open")

    def __init__(self, *, max_open: int = 100_000, max_age: timedelta = timedelta(days=5)) -> None:
        self._entries: dict[str, QueueEntry] = {}
        self.max_open = max_open
        """At most this many queue ids are remembered at once."""
        self.max_age = max_age
        """Entries older than this (in log time) are forgotten."""
        self.evicted = 0
        """How many entries were dropped before their ``removed`` line (by age or by count)."""

    def __len__(self) -> int:
        return len(self._entries)

    def feed(self, rec: LogRecord) -> LogRecord:
        """Remember what `rec` says about its queue id; return it, enriched when it is an outcome."""
        qid = rec.queue_id
        if qid is None or qid == "NOQUEUE":
            return rec
        kind = rec.kind
        if kind in ENRICHED_KINDS:
            return self.enrich(rec)
        if kind == "qmgr":
            self.note_qmgr(qid, rec.timestamp, rec.sender, rec.size, rec.nrcpt)
        elif kind == "cleanup":
            if rec.message_id is not None:
                self.note_message_id(qid, rec.timestamp, rec.message_id)
        elif kind == "client":
            self.note_client(qid, rec.timestamp, rec.client_host, rec.client_ip)
        elif kind == "pickup":
            self._facts(qid, rec.timestamp)[0] = rec.sender
        elif kind == "removed":
            self.forget(qid)
        return rec

    # The note_* methods run for most lines of a log (through the reader's fast path): the
    # usual case, an entry that exists, is looked up inline; only a new queue id calls _add.

    def note_qmgr(self, qid: str, when: datetime | None, sender: str | None, size: int | None,
                  nrcpt: int | None) -> None:  # fmt: skip
        """qmgr logged the sender, size and recipient count of `qid`."""
        entry = self._entries.get(qid)
        facts = entry.facts if entry is not None else self._add(qid, when)
        facts[0], facts[1], facts[2] = sender, size, nrcpt

    def note_message_id(self, qid: str, when: datetime | None, message_id: str) -> None:
        """cleanup logged the Message-ID of `qid`."""
        entry = self._entries.get(qid)
        (entry.facts if entry is not None else self._add(qid, when))[3] = message_id

    def note_client(self, qid: str, when: datetime | None, host: str | None, ip: str | None) -> None:
        """smtpd logged the client that submitted `qid`."""
        entry = self._entries.get(qid)
        facts = entry.facts if entry is not None else self._add(qid, when)
        facts[4], facts[5] = host, ip

    def forget(self, qid: str) -> None:
        """Forget `qid` (qmgr logged ``removed``: the queue file is gone, the id may be reused)."""
        self._entries.pop(qid, None)

    def facts_of(self, qid: str | None) -> Facts:
        """The six facts known about `qid` (sender, size, nrcpt, message_id, client_host, client_ip), or None's."""
        entry = self._entries.get(qid) if qid is not None else None
        return tuple(entry.facts) if entry is not None else NO_FACTS  # type: ignore[return-value]

    def enrich(self, rec: LogRecord) -> LogRecord:
        """`rec` with its empty correlated fields filled from its queue id's entry (no state change)."""
        qid = rec.queue_id
        entry = self._entries.get(qid) if qid is not None else None
        if entry is None:
            return rec
        own = rec[_FIRST:_LAST]
        if own == NO_FACTS:  # deliveries: nothing of their own to keep
            merged = tuple(entry.facts)
        else:
            merged = tuple(f if o is None else o for o, f in zip(own, entry.facts, strict=True))  # type: ignore[misc]
        if merged == own:
            return rec
        return _new(LogRecord, (*rec[:_FIRST], *merged, *rec[_LAST:]))

    def _facts(self, qid: str, now: datetime | None) -> list[str | int | None]:
        """The mutable facts list of `qid`, created if new (evicting the oldest entries past the bounds)."""
        entry = self._entries.get(qid)
        return entry.facts if entry is not None else self._add(qid, now)

    def _add(self, qid: str, now: datetime | None) -> list[str | int | None]:
        """The facts list of a new entry for `qid` (not open: the note_* methods looked), evicting past the bounds.

        A tenth of a busy log's lines open a queue id: the entry is made without running
        `QueueEntry.__init__` (a Python call), and the age test reads the oldest entry by value.
        """
        entries = self._entries
        facts: list[str | int | None] = [None, None, None, None, None, None]
        entry = _new_entry(QueueEntry)
        entry.facts = facts
        entry.first_seen = now
        entries[qid] = entry
        if len(entries) > self.max_open:
            del entries[next(iter(entries))]
            self.evicted += 1
        if now is not None:
            # Insertion order is (roughly) time order: look at the oldest few only.
            max_age = self.max_age
            for _ in range(2):
                seen = next(iter(entries.values())).first_seen
                if seen is None or now - seen <= max_age:
                    break
                del entries[next(iter(entries))]
                self.evicted += 1
        return facts

    def flush(self) -> list[tuple[str, QueueEntry]]:
        """Forget every open entry and return them (queue ids whose ``removed`` line was not seen)."""
        open_entries = list(self._entries.items())
        self._entries.clear()
        return open_entries
