"""One-line answers to the usual questions about bounces, for notebooks and reports.

Everything here works on the shared flat record (`bouncelib.models.RECORD_KEYS`),
so Postfix log events, bounce-email events, record dicts and DataFrames made by
`bouncelib.export` all go in the same way::

    >>> from bouncelib import trends
    >>> recs = [
    ...     {"source": "postfix", "status": "bounced", "reason": "userunknown",
    ...      "timestamp": "2026-03-02T10:00:00+00:00", "recipient": "a@example.org"},
    ...     {"source": "postfix", "status": "sent", "timestamp": "2026-03-02T11:00:00+00:00"},
    ... ]
    >>> trends.bounces_per_day(recs, by="reason").rows
    [(datetime.date(2026, 3, 2), 1)]
    >>> trends.bounce_rate(recs).rows[0][-1]
    0.5

The input is read once by `summarize`, which keeps only counters (memory grows
with days x categories, and with the blocklist hits, not with the input); the
other helpers are `summarize(events).<query>(...)` for one question.  Results are
small `Table` objects that render as HTML tables in Jupyter (``_repr_html_``),
print as text, and convert with ``.to_pandas()`` / ``.to_polars()`` for plotting
(see `bouncelib.plot`).
"""

from __future__ import annotations

import html
import importlib
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any, Final, Literal

from bouncelib._data.blocklists import BLOCKLISTS
from bouncelib._report.html import table as html_table
from bouncelib._traffic import Traffic
from bouncelib._vocab import FAILURES, LOG_KINDS, OUTCOMES, outcome
from bouncelib.export import to_records

__all__ = [
    "FAILURES",
    "OUTCOMES",
    "BlocklistIncident",
    "Summary",
    "Table",
    "TimeSeries",
    "blocklist_incidents",
    "bounce_rate",
    "bounces_per_day",
    "bounces_per_week",
    "outcome",
    "summarize",
    "top_reasons",
    "top_remote_hosts",
]

Freq = Literal["day", "week"]
# Log record kinds that are not events (outcomes): they feed the traffic sections only.
_TRAFFIC_ONLY: Final = frozenset(LOG_KINDS) - {"delivery", "reject", "expired"}
Dimension = Literal["reason", "provider", "blocklist", "outcome", "status", "source", "smtp_code", "domain"]

# ------------------------------------------------------------------ tables


@dataclass(frozen=True)
class Table:
    """A small result table: named columns, rows of plain values.

    Renders as an HTML table in Jupyter, as aligned text in a terminal, and
    converts to a DataFrame with `to_pandas` / `to_polars`.
    """

    title: str
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self.rows)

    def to_dicts(self) -> list[dict[str, Any]]:
        """The rows as dicts keyed by column name."""
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]

    def column(self, name: str) -> list[Any]:
        """One column's values."""
        i = self.columns.index(name)
        return [row[i] for row in self.rows]

    def to_pandas(self) -> Any:
        """A pandas DataFrame of the table (needs ``bouncelib[pandas]``)."""
        pd = _import("pandas", "pandas")
        return pd.DataFrame.from_records(self.rows, columns=list(self.columns))

    def to_polars(self) -> Any:
        """A polars DataFrame of the table (needs ``bouncelib[polars]``)."""
        pl = _import("polars", "polars")
        return pl.DataFrame(self.rows, schema=list(self.columns), orient="row")

    def _repr_html_(self) -> str:
        limit = 200
        rows = self.rows[:limit]
        numeric = [all(isinstance(r[i], int | float) or r[i] is None for r in rows) for i in range(len(self.columns))]
        cells = ([html.escape(_text(v)) for v in row] for row in rows)
        more = f"<p>... {len(self.rows) - limit} more rows</p>" if len(self.rows) > limit else ""
        return html_table(list(zip(self.columns, numeric, strict=True)), cells, caption=self.title) + more

    def __str__(self) -> str:
        cells = [list(self.columns)] + [[_clip(_text(v)) for v in row] for row in self.rows]
        widths = [max(len(r[i]) for r in cells) for i in range(len(self.columns))]
        lines = [self.title] if self.title else []
        for n, r in enumerate(cells):
            lines.append("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
            if n == 0:
                lines.append("  ".join("-" * w for w in widths))
        return "\n".join(lines)


@dataclass(frozen=True)
class TimeSeries(Table):
    """Counts per period (rows) and category (columns after ``period``): a wide table ready to plot.

    ``to_pandas()`` gives a frame indexed by the period start (a ``DatetimeIndex``),
    so ``ts.to_pandas().plot.bar(stacked=True)`` draws it.
    """

    freq: Freq = "day"

    @property
    def periods(self) -> list[date]:
        """The first day of each period, in order."""
        return [row[0] for row in self.rows]

    @property
    def series(self) -> dict[str, list[int]]:
        """Each category's counts, aligned with `periods`."""
        return {name: self.column(name) for name in self.columns[1:]}

    def to_pandas(self) -> Any:
        """A pandas DataFrame indexed by period start."""
        pd = _import("pandas", "pandas")
        df = pd.DataFrame.from_records(self.rows, columns=list(self.columns))
        df["period"] = pd.to_datetime(df["period"])
        return df.set_index("period")


@dataclass(frozen=True)
class BlocklistIncident:
    """A run of rejections naming one blocklist, without a gap longer than the incident gap."""

    blocklist: str
    """The blocklist id (bouncelib's table id, or the DNS zone as written)."""
    name: str | None
    """Human name of the list."""
    first_seen: datetime | None
    last_seen: datetime | None
    hits: int
    """How many events named the list."""
    recipients: tuple[str, ...]
    """Distinct affected recipient addresses, in order of first appearance."""
    domains: tuple[str, ...]
    """Distinct recipient domains."""
    remote_hosts: tuple[str, ...]
    """The servers that quoted the list."""
    delist: tuple[str, ...]
    """Removal contacts: those written in the replies, then the list's documented ones."""
    delist_how: str | None = None
    """The list's documented removal procedure, when bouncelib's table has one."""
    receiver_misconfigured: bool = False
    """True when the table says replies naming this list are DNSBL *error answers*: nothing to delist."""

    def _repr_html_(self) -> str:
        return _incidents_table([self])._repr_html_()


# ------------------------------------------------------------------ accumulation


@dataclass
class _Host:
    failures: Counter[str] = field(default_factory=Counter)  # outcome -> n
    reasons: Counter[str] = field(default_factory=Counter)
    codes: Counter[str] = field(default_factory=Counter)
    ips: set[str] = field(default_factory=set)
    examples: dict[str, str] = field(default_factory=dict)  # reason -> the first reply text with that reason

    @property
    def example(self) -> str | None:
        """A reply of this host with its most frequent reason (so that the example matches the row)."""
        if not self.reasons:
            return None
        return self.examples.get(self.reasons.most_common(1)[0][0])


@dataclass
class _Hit:
    ts: datetime | None
    recipient: str | None
    host: str | None
    delist: tuple[str, ...]


# The Counter attributes of a Summary, added up by `Summary.merge`.
_COUNTERS: Final = (
    "outcomes", "sources", "statuses", "kinds", "day_status", "reasons", "providers", "daily", "inbound_lists",
    "inbound_clients",
)  # fmt: skip


class Summary:
    """Counters over a stream of records, answering every question of this module.

    Build it with `summarize` (or `Summary()` then `add` / `update`); render it in
    Jupyter for an overview.  Timestamps are bucketed into days in `tz` (UTC by default).
    """

    def __init__(self, *, tz: tzinfo = UTC, since: date | datetime | None = None,
                 until: date | datetime | None = None) -> None:  # fmt: skip
        self.tz = tz
        self.since = _bound(since, tz, end=False)
        """Records before this instant are left out (``--since``); None for no bound."""
        self.until = _bound(until, tz, end=True)
        """Records from this instant on are left out (``--until``, a day's end is the next day's start)."""
        self.outside = 0
        """Records left out by `since`/`until` (undated ones too, when a bound is set)."""
        self.year_inferred = 0
        """Counted records whose year-less stamp got its year from the inference rule."""
        self.lines: dict[str, int] = {}
        """The reader's line counts, when a front end read a log (lines, records, unrecognised, not_postfix)."""
        self.traffic = Traffic()
        """The traffic sections (pflogsumm's report), fed by the non-event log records (``kinds="all"``)."""
        self.notes: list[str] = []
        """Lines a front end wants printed under the title of `render_text` (e.g. the reader's counts)."""
        self.total = 0
        self.undated = 0
        self.first_seen: datetime | None = None
        self.last_seen: datetime | None = None
        self.outcomes: Counter[str] = Counter()
        self.sources: Counter[str] = Counter()
        self.statuses: Counter[str] = Counter()  # the status word (or RFC 3464 action) of every record
        self.kinds: Counter[str] = Counter()
        self.day_status: Counter[tuple[date | None, str]] = Counter()
        self.reasons: Counter[tuple[str, str]] = Counter()  # (outcome, reason), failures only
        self.providers: Counter[tuple[str, str]] = Counter()
        self.daily: Counter[tuple[date, str, str, str]] = Counter()  # (day, outcome, dim, value)
        self.hosts: dict[str, _Host] = defaultdict(_Host)
        self._hits: dict[str, list[_Hit]] = defaultdict(list)
        self._bl_names: dict[str, str] = {}
        self.inbound_lists: Counter[str] = Counter()  # blocklists our own smtpd/postscreen refused clients for
        self.inbound_clients: Counter[str] = Counter()  # the clients (IP) refused by those checks

    # -- input

    def update(self, events: Any) -> Summary:
        """Add every event/record of `events` (also a pandas or polars DataFrame); returns self."""
        add = self.add
        for rec in iter_records(events):
            add(rec)
        return self

    def add(self, rec: Mapping[str, Any]) -> None:
        """Count one flat record.

        Log records of kinds other than the events (delivery, reject, expired) feed
        only the traffic sections; events feed both.
        """
        ts = _as_datetime(rec.get("timestamp"))
        if (self.since is not None or self.until is not None) and (
                ts is None or (self.since is not None and ts < self.since)
                or (self.until is not None and ts >= self.until)):  # fmt: skip
            self.outside += 1
            return
        self.traffic.add(rec, ts.astimezone(self.tz) if ts is not None else None)
        if rec.get("kind") in _TRAFFIC_ONLY:
            return
        if rec.get("year_inferred"):
            self.year_inferred += 1
        self.total += 1
        out = outcome(rec)
        self.outcomes[out] += 1
        self.sources[rec.get("source") or "unknown"] += 1
        status = str(rec.get("status") or rec.get("action") or "-")
        self.statuses[status] += 1
        self.kinds[str(rec.get("kind") or rec.get("source") or "-")] += 1
        ts = self._seen(ts)
        day = ts.astimezone(self.tz).date() if ts is not None else None
        self.day_status[(day, status)] += 1
        if out != "other":
            self._count_outcome(rec, out, ts, day)

    def _seen(self, value: Any) -> datetime | None:
        ts = _as_datetime(value)
        if ts is None:
            self.undated += 1
            return None
        if self.first_seen is None or ts < self.first_seen:
            self.first_seen = ts
        if self.last_seen is None or ts > self.last_seen:
            self.last_seen = ts
        return ts

    def _count_outcome(self, rec: Mapping[str, Any], out: str, ts: datetime | None, day: date | None) -> None:
        failure = out in FAILURES
        reason = rec.get("reason") or "undefined"
        provider = rec.get("provider")
        blocklist = rec.get("blocklist")
        if day is not None:
            daily = self.daily
            daily[(day, out, "outcome", out)] += 1
            daily[(day, out, "status", str(rec.get("status")))] += 1
            daily[(day, out, "source", str(rec.get("source")))] += 1
            if failure:
                daily[(day, out, "reason", str(reason))] += 1
                daily[(day, out, "provider", str(provider) if provider else "(unknown)")] += 1
                daily[(day, out, "blocklist", str(blocklist) if blocklist else "(none)")] += 1
                code = rec.get("smtp_code")
                daily[(day, out, "smtp_code", str(code) if code is not None else "(none)")] += 1
                daily[(day, out, "domain", _domain(rec.get("recipient")) or "(unknown)")] += 1
        if not failure:
            return
        self.reasons[(out, str(reason))] += 1
        if provider:
            self.providers[(out, str(provider))] += 1
        way = direction(rec)
        # When we refuse (inbound) the refusing server is us; the client is not a "remote host that refuses".
        host = rec.get("remote_host") or rec.get("relay_host") if way == "outbound" else None
        if host:
            self._count_host(str(host), rec, out, str(reason))
        if blocklist:
            bl = str(blocklist)
            if rec.get("blocklist_name"):
                self._bl_names.setdefault(bl, str(rec["blocklist_name"]))
            if way == "outbound":
                # Our mail refused because *our* host is listed: an incident, with whom to ask for delisting.
                self._hits[bl].append(
                    _Hit(ts, rec.get("recipient"), str(host) if host else None, tuple(rec.get("delist") or ()))
                )
            elif way == "inbound":
                # An incoming client refused because *it* is listed: our own check, nothing to delist.
                self.inbound_lists[bl] += 1
                client = rec.get("client_ip") or rec.get("client_host")
                if client:
                    self.inbound_clients[str(client)] += 1

    def _count_host(self, host: str, rec: Mapping[str, Any], out: str, reason: str) -> None:
        h = self.hosts[host]
        h.failures[out] += 1
        h.reasons[reason] += 1
        code = rec.get("enhanced_status") or rec.get("smtp_code")
        if code is not None:
            h.codes[str(code)] += 1
        ip = rec.get("remote_ip") or rec.get("relay_ip")
        if ip and len(h.ips) < 8:
            h.ips.add(str(ip))
        if reason not in h.examples and rec.get("text"):
            h.examples[reason] = str(rec["text"])[:300]

    # -- questions

    def totals(self) -> Table:
        """Events per outcome (and in total)."""
        rows = [(o, self.outcomes[o]) for o in OUTCOMES if self.outcomes[o]]
        rows.append(("total", self.total))
        return Table("Events by outcome", ("outcome", "events"), rows)

    def per_period(
        self,
        freq: Freq = "day",
        *,
        by: Dimension = "reason",
        outcomes: Sequence[str] = ("bounced",),
        top: int | None = 12,
    ) -> TimeSeries:
        """Counts per day or ISO week (starting Monday) of the records whose outcome is in `outcomes`, split `by`.

        `by` is reason, provider, blocklist, smtp_code, domain (of the recipient)
        for failures, or outcome, status or source for any outcome.  With `top`,
        the rarer categories are summed into "(other)".  Periods without events
        in between are present with zeros, so the series plots on a true time axis.
        """
        if freq not in ("day", "week"):
            raise ValueError(f"freq must be 'day' or 'week', not {freq!r}")
        wanted = set(outcomes)
        counts: Counter[tuple[date, str]] = Counter()
        for (day, out, dim, value), n in self.daily.items():
            if dim == by and out in wanted:
                period = day - timedelta(days=day.weekday()) if freq == "week" else day
                counts[(period, value)] += n
        totals: Counter[str] = Counter()
        for (_p, value), n in counts.items():
            totals[value] += n
        names = [v for v, _n in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))]
        if top is not None and len(names) > top:
            keep = set(names[: top - 1])
            merged: Counter[tuple[date, str]] = Counter()
            for (p, value), n in counts.items():
                merged[(p, value if value in keep else "(other)")] += n
            counts = merged
            names = [*names[: top - 1], "(other)"]
        periods = sorted({p for p, _v in counts})
        if periods:
            step = timedelta(days=7 if freq == "week" else 1)
            full, p = [], periods[0]
            while p <= periods[-1]:
                full.append(p)
                p += step
            periods = full
        rows = [(p, *(counts[(p, v)] for v in names)) for p in periods]
        what = "/".join(outcomes)
        return TimeSeries(f"{what.capitalize()} per {freq} by {by}", ("period", *names), rows, freq=freq)

    def bounce_rate(self, freq: Freq = "day") -> Table:
        """Per period: delivered, bounced, deferred, and bounced / (delivered + bounced)."""
        ts = self.per_period(freq, by="outcome", outcomes=("delivered", "bounced", "deferred"), top=None)
        series = ts.series
        zeros = [0] * len(ts.periods)
        delivered = series.get("delivered", zeros)
        bounced = series.get("bounced", zeros)
        deferred = series.get("deferred", zeros)
        rows = []
        for i, p in enumerate(ts.periods):
            done = delivered[i] + bounced[i]
            rows.append((p, delivered[i], bounced[i], deferred[i], round(bounced[i] / done, 4) if done else None))
        return Table(f"Bounce rate per {freq}", ("period", "delivered", "bounced", "deferred", "bounce_rate"), rows)

    def top_reasons(self, n: int = 10) -> Table:
        """The most frequent reasons among failures, with their split by outcome."""
        per: dict[str, Counter[str]] = defaultdict(Counter)
        for (out, reason), k in self.reasons.items():
            per[reason][out] += k
        ranked = sorted(per.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))[:n]
        rows = [(r, sum(c.values()), c["bounced"], c["deferred"], c["rejected"]) for r, c in ranked]
        return Table("Top reasons", ("reason", "failures", "bounced", "deferred", "rejected"), rows)

    def top_providers(self, n: int = 10) -> Table:
        """The receiving operators with the most failures."""
        per: Counter[str] = Counter()
        for (_out, provider), k in self.providers.items():
            per[provider] += k
        return Table("Top providers", ("provider", "failures"), per.most_common(n))

    def top_remote_hosts(self, n: int = 10) -> Table:
        """The remote servers that refused or deferred most, with their main reason and code."""
        ranked = sorted(self.hosts.items(), key=lambda kv: (-sum(kv[1].failures.values()), kv[0]))[:n]
        rows = []
        for host, h in ranked:
            reason = h.reasons.most_common(1)[0][0] if h.reasons else None
            code = h.codes.most_common(1)[0][0] if h.codes else None
            rows.append(
                (
                    host,
                    sum(h.failures.values()),
                    h.failures["bounced"],
                    h.failures["deferred"],
                    reason,
                    code,
                    ", ".join(sorted(h.ips)),
                    h.example,
                )
            )
        return Table(
            "Remote hosts that refuse",
            ("remote_host", "failures", "bounced", "deferred", "top_reason", "top_code", "ips", "example"),
            rows,
        )

    def blocklist_incidents(self, gap: timedelta = timedelta(days=1)) -> list[BlocklistIncident]:
        """Every blocklist incident: hits on one list with no silence longer than `gap` between them.

        Sorted by first sighting.  Each carries the affected recipients and
        domains and the delisting contacts (from the replies and bouncelib's table).
        """
        out: list[BlocklistIncident] = []
        for bl, hits in self._hits.items():
            dated = sorted((h for h in hits if h.ts is not None), key=lambda h: h.ts or datetime.min)
            undated = [h for h in hits if h.ts is None]
            runs: list[list[_Hit]] = []
            for h in dated:
                prev = runs[-1][-1].ts if runs else None
                if runs and prev is not None and h.ts is not None and h.ts - prev <= gap:
                    runs[-1].append(h)
                else:
                    runs.append([h])
            if undated:
                if runs:
                    runs[-1].extend(undated)
                else:
                    runs.append(undated)
            out.extend(self._incident(bl, run) for run in runs)
        out.sort(key=lambda i: (i.first_seen is None, i.first_seen or datetime.min.replace(tzinfo=UTC), i.blocklist))
        return out

    def _incident(self, bl: str, run: list[_Hit]) -> BlocklistIncident:
        times = [h.ts for h in run if h.ts is not None]
        recipients = _unique(h.recipient for h in run)
        delist = _unique([c for h in run for c in h.delist] + _documented_contacts(bl))
        return BlocklistIncident(
            blocklist=bl,
            name=self._name(bl),
            first_seen=min(times) if times else None,
            last_seen=max(times) if times else None,
            hits=len(run),
            recipients=recipients,
            domains=_unique(_domain(r) for r in recipients),
            remote_hosts=_unique(h.host for h in run),
            delist=delist,
        )

    def incidents_table(self, gap: timedelta = timedelta(days=1)) -> Table:
        """`blocklist_incidents` as a `Table`."""
        return _incidents_table(self.blocklist_incidents(gap))

    # -- several summaries into one (a worker per file)

    def merge(self, other: Summary) -> Summary:
        """Add the counts of `other` (a summary of other records, e.g. from a worker process); returns self."""
        self.notes.extend(other.notes)
        self.total += other.total
        self.outside += other.outside
        self.year_inferred += other.year_inferred
        self.traffic.merge(other.traffic)
        self.undated += other.undated
        for when in (other.first_seen, other.last_seen):
            if when is not None:
                self.first_seen = when if self.first_seen is None else min(self.first_seen, when)
                self.last_seen = when if self.last_seen is None else max(self.last_seen, when)
        for name in _COUNTERS:
            getattr(self, name).update(getattr(other, name))
        for host, h in other.hosts.items():
            mine_h = self.hosts[host]
            mine_h.failures.update(h.failures)
            mine_h.reasons.update(h.reasons)
            mine_h.codes.update(h.codes)
            mine_h.ips.update(list(h.ips)[: max(0, 8 - len(mine_h.ips))])
            for reason, text in h.examples.items():
                mine_h.examples.setdefault(reason, text)
        for bl, hits in other._hits.items():
            self._hits[bl].extend(hits)
        for bl, name in other._bl_names.items():
            self._bl_names.setdefault(bl, name)
        return self

    # -- the text report (``bouncelib log --summary``, ``bouncelib mail --summary``)

    def as_dict(self, top: int = 10) -> dict[str, Any]:
        """What `render_text` prints, as plain data."""
        days: dict[str, dict[str, int]] = defaultdict(dict)
        for (day, status), n in sorted(self.day_status.items(), key=lambda kv: (kv[0][0] is None, kv[0][0] or 0)):
            days[day.isoformat() if day else "unknown"][status] = n
        reasons: Counter[str] = Counter()
        for (_out, reason), n in self.reasons.items():
            reasons[reason] += n
        hosts = Counter({host: sum(h.failures.values()) for host, h in self.hosts.items()})
        providers: Counter[str] = Counter()
        for (_out, provider), n in self.providers.items():
            providers[provider] += n
        return {
            "period": {
                "first_seen": self.first_seen.isoformat() if self.first_seen else None,
                "last_seen": self.last_seen.isoformat() if self.last_seen else None,
                "since": self.since.isoformat() if self.since else None,
                "until": self.until.isoformat() if self.until else None,
                "left_out": self.outside,
            },
            "lines": dict(self.lines),
            "year_inferred": self.year_inferred,
            "records": self.total,
            "outcomes": {o: self.outcomes[o] for o in OUTCOMES if self.outcomes[o]},
            "by_status": dict(self.statuses.most_common()),
            "by_kind": dict(self.kinds.most_common()),
            "reasons": dict(reasons.most_common(top)),
            "blocklists": [
                {"blocklist": bl, "name": self._name(bl),
                 "hits": len(hits), "delist": list(self._delist(bl)[:5])}
                for bl, hits in sorted(self._hits.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:top]
            ],
            "inbound_blocklists": dict(self.inbound_lists.most_common(top)),
            "inbound_listed_clients": dict(self.inbound_clients.most_common(top)),
            "remote_hosts": dict(hosts.most_common(top)),
            "providers": dict(providers.most_common(top)),
            "per_day": dict(days),
            **self.traffic.as_dict(top),
        }  # fmt: skip

    def _delist(self, bl: str) -> tuple[str, ...]:
        """The contacts the replies gave for a list, then its documented ones."""
        return _unique([c for h in self._hits[bl] for c in h.delist] + _documented_contacts(bl))

    def _name(self, bl: str) -> str | None:
        row = _BLOCKLISTS.get(bl)
        return self._bl_names.get(bl) or (row.name if row is not None else None)

    def render_text(self, title: str = "bouncelib summary", top: int = 10) -> str:
        """The text report: counts by status and kind, top reasons, blocklists, hosts, providers, per day."""
        d = self.as_dict(top)
        out: list[str] = [title, "=" * len(title), *self.notes, f"records: {d['records']}"]
        if self.first_seen and self.last_seen:
            out.append(f"from {self.first_seen.astimezone(self.tz).isoformat(timespec='seconds')} "
                       f"to {self.last_seen.astimezone(self.tz).isoformat(timespec='seconds')}")  # fmt: skip
        if self.since or self.until:
            out.append(f"window: {self.since.isoformat() if self.since else '...'} to "
                       f"{self.until.isoformat() if self.until else '...'} ({self.outside} records left out)")
        if self.year_inferred:
            out.append(f"year inferred for {self.year_inferred} records (stamps without a year; --year sets it)")
        out.append("")

        def section(heading: str, rows: list[str]) -> None:
            out.extend([heading, "-" * len(heading), *(rows or ["  (none)"]), ""])

        def counts(heading: str, counter: Mapping[str, int]) -> None:
            width = max((len(str(n)) for n in counter.values()), default=1)
            section(heading, [f"  {n:>{width}}  {k}" for k, n in counter.items()])

        counts("By status", d["by_status"])
        counts("By kind", d["by_kind"])
        counts(f"Top {top} reasons (failures)", d["reasons"])
        rows: list[str] = []
        for bl in d["blocklists"]:
            name = bl["name"]
            named = f" ({name})" if name and name != bl["blocklist"] else ""
            rows.append(f"  {bl['hits']:>6}  {bl['blocklist']}{named}")
            rows.extend(f"          delist: {contact}" for contact in bl["delist"])
        section("Blocklists that hit (our mail refused by others)", rows)
        counts("Rejected by our blocklist checks (inbound clients)", d["inbound_blocklists"])
        counts(f"Top {top} listed clients (refused by our blocklist checks)", d["inbound_listed_clients"])
        counts(f"Top {top} remote hosts (failures)", d["remote_hosts"])
        counts(f"Top {top} providers (failures)", d["providers"])
        statuses = list(d["by_status"])
        rows = ["  " + "day".ljust(10) + "".join(f"  {s:>10}" for s in statuses)]
        rows.extend("  " + day.ljust(10) + "".join(f"  {c.get(s, 0):>10}" for s in statuses)
                    for day, c in d["per_day"].items())
        section("Per day", rows)
        if self.traffic.totals:
            out.extend(self.traffic.render(top))
        return "\n".join(out)

    def _repr_html_(self) -> str:
        span = ""
        if self.first_seen and self.last_seen:
            span = f"{self.first_seen.isoformat(timespec='seconds')} to {self.last_seen.isoformat(timespec='seconds')}"
        parts = [
            "<div class='bouncelib-summary'>",
            f"<p><b>{self.total}</b> events {html.escape(span)}</p>",
            self.totals()._repr_html_(),
            self.top_reasons()._repr_html_(),
            self.incidents_table()._repr_html_(),
            self.top_remote_hosts()._repr_html_(),
            "</div>",
        ]
        return "\n".join(parts)

    def __repr__(self) -> str:
        counts = ", ".join(f"{o}={self.outcomes[o]}" for o in OUTCOMES if self.outcomes[o])
        return f"<Summary {self.total} events: {counts}>"


def _incidents_table(incidents: Sequence[BlocklistIncident]) -> Table:
    rows = [
        (
            i.blocklist,
            i.name,
            i.first_seen,
            i.last_seen,
            i.hits,
            len(i.recipients),
            ", ".join(i.domains[:5]) + (" ..." if len(i.domains) > 5 else ""),
            " ".join(i.delist),
        )
        for i in incidents
    ]
    return Table(
        "Blocklist incidents",
        ("blocklist", "name", "first_seen", "last_seen", "hits", "recipients", "domains", "delist"),
        rows,
    )


# ------------------------------------------------------------------ one-liners


def summarize(events: Any, *, tz: tzinfo = UTC) -> Summary:
    """Read `events` once (events, reports, record dicts, or a pandas/polars DataFrame) into a `Summary`."""
    return Summary(tz=tz).update(events)


def bounces_per_day(
    events: Any, *, by: Dimension = "reason", outcomes: Sequence[str] = ("bounced",), tz: tzinfo = UTC
) -> TimeSeries:
    """Bounces per day split by reason (or provider, blocklist, ...): see `Summary.per_period`."""
    return summarize(events, tz=tz).per_period("day", by=by, outcomes=outcomes)


def bounces_per_week(
    events: Any, *, by: Dimension = "reason", outcomes: Sequence[str] = ("bounced",), tz: tzinfo = UTC
) -> TimeSeries:
    """Bounces per ISO week (rows start on Monday) split by reason, provider, blocklist ..."""
    return summarize(events, tz=tz).per_period("week", by=by, outcomes=outcomes)


def bounce_rate(events: Any, *, freq: Freq = "day", tz: tzinfo = UTC) -> Table:
    """Delivered, bounced, deferred and the bounce rate per day or week."""
    return summarize(events, tz=tz).bounce_rate(freq)


def blocklist_incidents(events: Any, *, gap: timedelta = timedelta(days=1)) -> list[BlocklistIncident]:
    """Every blocklist incident with first/last seen, affected recipients/domains and delist contacts."""
    return summarize(events).blocklist_incidents(gap)


def top_remote_hosts(events: Any, n: int = 10) -> Table:
    """The remote servers that refused or deferred most."""
    return summarize(events).top_remote_hosts(n)


def top_reasons(events: Any, n: int = 10) -> Table:
    """The most frequent failure reasons."""
    return summarize(events).top_reasons(n)


# ------------------------------------------------------------------ helpers


def iter_records(events: Any) -> Iterator[Mapping[str, Any]]:
    """Flat records from events, reports, record dicts, or the rows of a pandas / polars DataFrame."""
    mod = type(events).__module__
    if mod.startswith("pandas") and hasattr(events, "to_dict"):
        for row in events.to_dict("records"):
            yield {k: _denan(v) for k, v in row.items()}
        return
    if mod.startswith("polars") and hasattr(events, "iter_rows"):
        yield from events.iter_rows(named=True)
        return
    yield from to_records(events)


def _denan(value: Any) -> Any:
    # pandas gives NaN / NA / NaT for missing values, which are truthy or unequal to themselves.
    if value is None or isinstance(value, list | tuple | str):
        return value
    if type(value).__name__ in ("NAType", "NaTType"):
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _as_datetime(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return None
    if not isinstance(value, datetime):
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _bound(value: date | datetime | None, tz: tzinfo, *, end: bool) -> datetime | None:
    """An instant from a ``--since``/``--until`` value: a day starts (or, for `end`, ends) at midnight in `tz`."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=tz)
    day = value + timedelta(days=1) if end else value
    return datetime(day.year, day.month, day.day, tzinfo=tz)


def direction(rec: Mapping[str, Any]) -> str:
    """The record's ``direction``; for records made before it existed, rejections are inbound, the rest outbound."""
    way = rec.get("direction")
    if way:
        return str(way)
    return "inbound" if outcome(rec) == "rejected" else "outbound"


def _domain(address: Any) -> str | None:
    if not address:
        return None
    text = str(address)
    return text.rpartition("@")[2].lower().rstrip(">") or None if "@" in text else None


def _unique(values: Iterable[str | None]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


_BLOCKLISTS: Final = {row.id: row for row in BLOCKLISTS}


def _documented_contacts(ident: str) -> list[str]:
    """The documented removal page and address of a blocklist of the classifier's table."""
    row = _BLOCKLISTS.get(ident)
    return [c for c in (row.delist_url, row.delist_email) if c] if row is not None else []


def _import(module: str, extra: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(
            f"this needs {module}, which is not installed: pip install {module} "
            f"(or bouncelib's extra, in its checkout: pip install '.[{extra}]')"
        ) from exc


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, float):
        return "" if math.isnan(value) else f"{value:.4g}"
    return str(value)


def _clip(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
