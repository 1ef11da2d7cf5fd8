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

from bouncelib._log.record import LogRecord

__all__ = ["ENRICHED_KINDS", "Correlator", "QueueEntry"]

_new = tuple.__new__
#: Kinds that receive the queue facts (sender, size, nrcpt, message_id, client_host, client_ip).
ENRICHED_KINDS: Final[frozenset[str]] = frozenset(
    {"delivery", "reject", "action", "expired", "bounce-notice", "remote"}
)
_FIRST, _LAST = 7, 13
_NONE6: Final = (None, None, None, None, None, None)  # the six correlated fields of LogRecord: sender .. client_ip


class QueueEntry:
    """What is known so far about one queue id (mutable; internal to the correlator)."""

    __slots__ = ("facts", "first_seen")

    def __init__(self, first_seen: datetime | None) -> None:
        self.facts: list[str | int | None] = [None, None, None, None, None, None]
        """sender, size, nrcpt, message_id, client_host, client_ip."""
        self.first_seen = first_seen


class Correlator:
    """Feed every record in log order; get each back, enriched with its queue id's facts."""

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
        qid = rec[4]
        if qid is None or qid == "NOQUEUE":
            return rec
        kind = rec[5]
        if kind in ENRICHED_KINDS:
            return self.enrich(rec)
        if kind == "qmgr":
            facts = self.facts(qid, rec[0])
            facts[0], facts[1], facts[2] = rec[7], rec[8], rec[9]
        elif kind == "cleanup":
            if rec[10] is not None:
                self.facts(qid, rec[0])[3] = rec[10]
        elif kind == "client":
            facts = self.facts(qid, rec[0])
            facts[4], facts[5] = rec[11], rec[12]
        elif kind == "pickup":
            self.facts(qid, rec[0])[0] = rec[7]
        elif kind == "removed":
            self._entries.pop(qid, None)
        return rec

    def enrich(self, rec: LogRecord) -> LogRecord:
        """`rec` with its empty correlated fields filled from its queue id's entry (no state change)."""
        qid = rec[4]
        entry = self._entries.get(qid) if qid is not None else None
        if entry is None:
            return rec
        own = rec[_FIRST:_LAST]
        if own == _NONE6:  # deliveries: nothing of their own to keep
            merged = tuple(entry.facts)
        else:
            merged = tuple(f if o is None else o for o, f in zip(own, entry.facts, strict=True))  # type: ignore[misc]
        if merged == own:
            return rec
        return _new(LogRecord, (*rec[:_FIRST], *merged, *rec[_LAST:]))

    def remove(self, qid: str) -> None:
        """Forget `qid` (its ``removed`` line was seen)."""
        self._entries.pop(qid, None)

    def facts(self, qid: str, now: datetime | None) -> list[str | int | None]:
        """The mutable facts list of `qid` (sender, size, nrcpt, message_id, client_host, client_ip), created if new."""
        entry = self._entries.get(qid)
        if entry is not None:
            return entry.facts
        return self._new_entry(qid, now).facts

    def _new_entry(self, qid: str, now: datetime | None) -> QueueEntry:
        entries = self._entries
        entry = entries[qid] = QueueEntry(now)
        if len(entries) > self.max_open:
            del entries[next(iter(entries))]
            self.evicted += 1
        if now is not None:
            # Insertion order is (roughly) time order: look at the oldest few only.
            for _ in range(2):
                oldest_qid = next(iter(entries))
                seen = entries[oldest_qid].first_seen
                if seen is None or now - seen <= self.max_age:
                    break
                del entries[oldest_qid]
                self.evicted += 1
        return entry

    def flush(self) -> list[tuple[str, QueueEntry]]:
        """Forget every open entry and return them (queue ids whose ``removed`` line was not seen)."""
        open_entries = list(self._entries.items())
        self._entries.clear()
        return open_entries
