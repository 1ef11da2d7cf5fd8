"""A bounce-focused summary of flat records, in the spirit of pflogsumm.

Generic over the shared record (`bouncelib.RECORD_KEYS`), so every front end
can use it: ``bouncelib log --summary`` and ``bouncelib mail --summary`` build a
`Summary`, `Summary.add` every record, then print `Summary.render`.

Sections: totals by status and by kind; top reasons (successes left out); the
blocklists that hit, with the delisting contacts the replies named; top remote
hosts and providers of failures; counts per day.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from bouncelib._vocab import ACTION_TO_STATUS, SUCCESS_STATUSES

__all__ = ["Summary", "summarize"]


class Summary:
    """Accumulates records; `render` gives the text report, `as_dict` the same as data."""

    def __init__(self, *, top: int = 10, title: str = "bouncelib summary") -> None:
        self.top = top
        self.title = title
        self.records = 0
        self.by_status: Counter[str] = Counter()
        self.by_kind: Counter[str] = Counter()
        self.reasons: Counter[str] = Counter()
        self.blocklists: Counter[str] = Counter()
        self.blocklist_names: dict[str, str] = {}
        self.delist: defaultdict[str, set[str]] = defaultdict(set)
        self.remote_hosts: Counter[str] = Counter()
        self.providers: Counter[str] = Counter()
        self.per_day: defaultdict[str, Counter[str]] = defaultdict(Counter)
        self.notes: list[str] = []
        """Extra lines printed under the title (e.g. the reader's line counts)."""

    def add(self, rec: Mapping[str, Any]) -> None:
        """Count one flat record."""
        self.records += 1
        status = rec.get("status") or rec.get("action") or "-"
        kind = rec.get("kind") or rec.get("source") or "-"
        self.by_status[str(status)] += 1
        self.by_kind[str(kind)] += 1
        ts = rec.get("timestamp")
        day = ts.date().isoformat() if isinstance(ts, datetime) else (str(ts)[:10] if ts else "unknown")
        self.per_day[day][str(status)] += 1
        if status in SUCCESS_STATUSES or ACTION_TO_STATUS.get(status) == "sent":
            return
        reason = rec.get("reason")
        if reason and reason != "delivered":
            self.reasons[str(reason)] += 1
        bl = rec.get("blocklist")
        if bl:
            self.blocklists[bl] += 1
            if rec.get("blocklist_name"):
                self.blocklist_names[bl] = rec["blocklist_name"]
            for contact in rec.get("delist") or ():
                if len(self.delist[bl]) < 5:
                    self.delist[bl].add(contact)
        host = rec.get("remote_host") or rec.get("relay_host") or rec.get("client_host")
        if host and host not in {"unknown", "none"}:
            self.remote_hosts[host] += 1
        if rec.get("provider"):
            self.providers[rec["provider"]] += 1

    def update(self, records: Iterable[Mapping[str, Any]]) -> Summary:
        """`add` every record; returns self."""
        for rec in records:
            self.add(rec)
        return self

    def merge(self, other: Summary) -> Summary:
        """Add the counts of `other` (a summary of another file, e.g. from a worker process); returns self."""
        self.records += other.records
        for mine, theirs in ((self.by_status, other.by_status), (self.by_kind, other.by_kind),
                             (self.reasons, other.reasons), (self.blocklists, other.blocklists),
                             (self.remote_hosts, other.remote_hosts), (self.providers, other.providers)):  # fmt: skip
            mine.update(theirs)
        self.blocklist_names.update(other.blocklist_names)
        for bl, contacts in other.delist.items():
            self.delist[bl] |= contacts
        for day, counts in other.per_day.items():
            self.per_day[day].update(counts)
        self.notes.extend(other.notes)
        return self

    def as_dict(self) -> dict[str, Any]:
        """The summary as plain data (what `render` prints)."""
        return {
            "records": self.records,
            "by_status": dict(self.by_status.most_common()),
            "by_kind": dict(self.by_kind.most_common()),
            "reasons": dict(self.reasons.most_common(self.top)),
            "blocklists": [
                {"blocklist": bl, "name": self.blocklist_names.get(bl), "hits": n, "delist": sorted(self.delist[bl])}
                for bl, n in self.blocklists.most_common(self.top)
            ],
            "remote_hosts": dict(self.remote_hosts.most_common(self.top)),
            "providers": dict(self.providers.most_common(self.top)),
            "per_day": {day: dict(c) for day, c in sorted(self.per_day.items())},
        }

    def render(self) -> str:
        """The text report."""
        out: list[str] = [self.title, "=" * len(self.title), *self.notes, f"records: {self.records}", ""]

        def table(title: str, counter: Counter[str], limit: int | None = None) -> None:
            out.append(title)
            out.append("-" * len(title))
            rows = counter.most_common(limit)
            if not rows:
                out.append("  (none)")
            width = max((len(str(n)) for _k, n in rows), default=1)
            out.extend(f"  {n:>{width}}  {k}" for k, n in rows)
            out.append("")

        table("By status", self.by_status)
        table("By kind", self.by_kind)
        table(f"Top {self.top} reasons (failures)", self.reasons, self.top)
        out.append("Blocklists that hit")
        out.append("-------------------")
        if not self.blocklists:
            out.append("  (none)")
        for bl, n in self.blocklists.most_common(self.top):
            name = self.blocklist_names.get(bl)
            out.append(f"  {n:>6}  {bl}" + (f" ({name})" if name and name != bl else ""))
            out.extend(f"          delist: {contact}" for contact in sorted(self.delist[bl]))
        out.append("")
        table(f"Top {self.top} remote hosts (failures)", self.remote_hosts, self.top)
        table(f"Top {self.top} providers (failures)", self.providers, self.top)
        out.append("Per day")
        out.append("-------")
        statuses = [s for s, _n in self.by_status.most_common()]
        out.append("  " + "day".ljust(10) + "".join(f"  {s:>10}" for s in statuses))
        for day, counts in sorted(self.per_day.items()):
            out.append("  " + day.ljust(10) + "".join(f"  {counts.get(s, 0):>10}" for s in statuses))
        return "\n".join(out) + "\n"


def summarize(records: Iterable[Mapping[str, Any]], *, top: int = 10, title: str = "bouncelib summary") -> Summary:
    """A `Summary` of `records` (flat `RECORD_KEYS` dicts)."""
    return Summary(top=top, title=title).update(records)
