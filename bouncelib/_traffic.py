"""The mail-traffic part of `bouncelib.trends.Summary`: what pflogsumm's default report counts.

Fed with the flat records of *every* log line (``read_log(..., kinds="all")``),
it counts messages received (smtpd ``client=`` and pickup lines), delivered
(``status=sent``), forwarded (``sent (forwarded as ...)``), deferred (messages
and deferral attempts), bounced, rejected, reject warnings, held and discarded;
bytes received and delivered; senders, recipients and their domains; traffic per
day and per hour; per-domain deliveries with delays and deferrals; and the
warnings an admin reads (SASL, TLS, milter, postscreen, others), fatal errors,
panics, master daemon messages and smtp connection failures.  docs/cli.md maps
each of pflogsumm's sections to the part of ``bouncelib log --summary`` that shows it.

Memory grows with the distinct senders, recipients and domains (pflogsumm's own
tables); the per-message sets that avoid double counts are bounded.
"""

from __future__ import annotations

from collections import Counter, OrderedDict, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Final

from bouncelib._vocab import TLS_STEPS

__all__ = ["Traffic"]

#: Messages remembered to count each one once (received-then-sized, deferred): the oldest go first.
_MAX_TRACKED: Final = 200_000
_COLUMNS: Final = ("received", "delivered", "deferred", "bounced", "rejected")


class _Recent:
    """A bounded set of recent keys (insertion order, the oldest evicted)."""

    def __init__(self, limit: int = _MAX_TRACKED) -> None:
        self._keys: OrderedDict[str, None] = OrderedDict()
        self._limit = limit

    def add(self, key: str) -> bool:
        """Add `key`; True when it was new."""
        if key in self._keys:
            return False
        self._keys[key] = None
        if len(self._keys) > self._limit:
            self._keys.popitem(last=False)
        return True

    def discard(self, key: str) -> bool:
        """Remove `key`; True when it was there."""
        return self._keys.pop(key, 0) is None

    def __len__(self) -> int:
        return len(self._keys)


@dataclass
class _Domain:
    delivered: int = 0
    bytes: int = 0
    deferred: int = 0
    delay_sum: float = 0.0
    delay_max: float = 0.0


@dataclass
class Traffic:
    """Counters of the traffic sections (see the module docstring); `add` one flat record at a time."""

    totals: Counter[str] = field(default_factory=Counter)
    per_day: dict[date, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    per_hour: dict[int, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    days: set[date] = field(default_factory=set)
    senders: Counter[str] = field(default_factory=Counter)
    sender_bytes: Counter[str] = field(default_factory=Counter)
    sending_domains: Counter[str] = field(default_factory=Counter)
    sending_domain_bytes: Counter[str] = field(default_factory=Counter)
    recipients: Counter[str] = field(default_factory=Counter)
    recipient_bytes: Counter[str] = field(default_factory=Counter)
    domains: dict[str, _Domain] = field(default_factory=lambda: defaultdict(_Domain))
    warnings: Counter[tuple[str, str, str]] = field(default_factory=Counter)  # (category, program, text)
    problems: Counter[tuple[str, str]] = field(default_factory=Counter)  # (fatal|panic|master|smtp, text)
    _received: _Recent = field(default_factory=_Recent, repr=False)
    _sized: _Recent = field(default_factory=_Recent, repr=False)
    _deferred: _Recent = field(default_factory=_Recent, repr=False)

    def add(self, rec: Any, ts: datetime | None) -> None:
        """Count one flat record of any kind; `ts` is its timestamp in the summary's zone (or None)."""
        kind = rec.get("kind")
        status = rec.get("status")
        qid = rec.get("queue_id")
        col = None
        if (kind == "client" and qid and qid != "NOQUEUE") or kind == "pickup":
            col = "received"
            if qid:
                self._received.add(str(qid))
        elif kind == "qmgr" and qid and rec.get("size") is not None:
            self._sized_message(rec, str(qid))
        elif kind == "delivery":
            col = self._delivery(rec, str(status), qid)
        elif kind == "reject" and status in {"reject", "milter-reject", "proxy-reject"}:
            col = "rejected"
        elif kind == "action" and status in {"reject_warning", "hold", "discard"}:
            self.totals[status] += 1
        elif kind in {"warning", "tls", "postscreen"}:
            self._warning(rec, str(kind), status)
        elif kind == "info" and str(rec.get("program") or "").endswith("master"):
            self.problems[("master", _trim(rec.get("text")))] += 1
        elif kind == "remote" and str(rec.get("text") or "").startswith("connect to "):
            self.problems[("smtp", _trim(_after_colon(rec.get("text"))))] += 1
        if col is not None:
            self.totals[col] += 1
            if ts is not None:
                day = ts.date()
                self.days.add(day)
                self.per_day[day][col] += 1
                self.per_hour[ts.hour][col] += 1

    def _sized_message(self, rec: Any, qid: str) -> None:
        if not self._sized.add(qid):
            return  # qmgr logs from=/size= again on every retry of a deferred message
        if not self._received.discard(qid):
            return  # not received here (a bounce notice, a re-queued message): pflogsumm does not count it
        size = int(rec.get("size") or 0)
        sender = _address(rec.get("sender")) or "from=<>"
        self.totals["bytes_received"] += size
        self.senders[sender] += 1
        self.sender_bytes[sender] += size
        dom = _domain_of(sender) or str(rec.get("client_host") or "(local)")
        self.sending_domains[dom] += 1
        self.sending_domain_bytes[dom] += size

    def _delivery(self, rec: Any, status: str, qid: Any) -> str | None:
        rcpt = _address(rec.get("recipient")) or ""
        dom = _domain_of(rcpt) or "(none)"
        delay = float(rec.get("delay") or 0.0)
        d = self.domains[dom]
        if status == "sent":
            if str(rec.get("text") or "").startswith("forwarded as "):
                self.totals["forwarded"] += 1
                return None
            size = int(rec.get("size") or 0)
            d.delivered += 1
            d.bytes += size
            d.delay_sum += delay
            d.delay_max = max(d.delay_max, delay)
            self.recipients[rcpt] += 1
            self.recipient_bytes[rcpt] += size
            self.totals["bytes_delivered"] += size
            return "delivered"
        if status == "deferred":
            self.totals["deferrals"] += 1
            if qid and self._deferred.add(str(qid)):
                self.totals["deferred_messages"] += 1
            d.deferred += 1
            d.delay_max = max(d.delay_max, delay)
            return "deferred"
        if status == "bounced":
            return "bounced"
        return None

    def _warning(self, rec: Any, kind: str, status: Any) -> None:
        text = str(rec.get("text") or "")
        program = str(rec.get("program") or "").rpartition("/")[2]
        if kind == "postscreen":
            if status in {"pregreet", "hangup", "bare-newline", "non-smtp-command", "dnsbl-rank", "command-pipelining"}:
                self.warnings[("postscreen", program, str(status))] += 1
            return
        if kind == "tls":
            if status in TLS_STEPS:  # a session set up or one of its logged steps
                return
            category = "tls"
        elif status in {"fatal", "panic"}:
            self.problems[(str(status), f"{program}: {_trim(text)}")] += 1
            return
        else:
            low = text.lower()
            if "sasl" in low:
                category = "sasl"
            elif "milter" in low:
                category = "milter"
            elif "tls" in low or "ssl" in low or "certificate" in low:
                category = "tls"
            elif program == "postscreen":
                category = "postscreen"
            else:
                category = "other"
        self.warnings[(category, program, _trim(_unclient(text)))] += 1

    def merge(self, other: Traffic) -> None:
        """Add `other`'s counts (per-message de-duplication does not cross the two)."""
        for name in ("totals", "senders", "sender_bytes", "sending_domains", "sending_domain_bytes", "recipients",
                     "recipient_bytes", "warnings", "problems"):  # fmt: skip
            getattr(self, name).update(getattr(other, name))
        for day, c in other.per_day.items():
            self.per_day[day].update(c)
        for hour, c in other.per_hour.items():
            self.per_hour[hour].update(c)
        self.days |= other.days
        for dom, d in other.domains.items():
            mine = self.domains[dom]
            mine.delivered += d.delivered
            mine.bytes += d.bytes
            mine.deferred += d.deferred
            mine.delay_sum += d.delay_sum
            mine.delay_max = max(mine.delay_max, d.delay_max)

    def as_dict(self, top: int) -> dict[str, Any]:
        """The traffic sections as plain data (what `render` prints)."""
        t = self.totals
        handled = t["delivered"] + t["rejected"] + t["discard"]
        ndays = max(len(self.days), 1)
        grand = {
            "received": t["received"], "delivered": t["delivered"], "forwarded": t["forwarded"],
            "deferred": t["deferred_messages"], "deferrals": t["deferrals"], "bounced": t["bounced"],
            "rejected": t["rejected"], "rejected_percent": int(100 * t["rejected"] / handled) if handled else 0,
            "reject_warnings": t["reject_warning"], "held": t["hold"], "discarded": t["discard"],
            "bytes_received": t["bytes_received"], "bytes_delivered": t["bytes_delivered"],
            "senders": len(self.senders), "sending_domains": len(self.sending_domains),
            "recipients": len(self.recipients),
            "recipient_domains": sum(1 for d in self.domains.values() if d.delivered),
        }  # fmt: skip
        ranked = sorted(self.domains.items(), key=lambda kv: (-kv[1].delivered, -kv[1].deferred, kv[0]))
        warnings: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for (cat, program, text), n in sorted(self.warnings.items(), key=lambda kv: (-kv[1], kv[0])):
            if len(warnings[cat]) < top:
                warnings[cat].append({"program": program, "text": text, "count": n})
        problems: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for (what, text), n in sorted(self.problems.items(), key=lambda kv: (-kv[1], kv[0])):
            if len(problems[what]) < top:
                problems[what].append({"text": text, "count": n})
        return {
            "grand_totals": grand,
            "traffic_per_day": {
                day.isoformat(): {c: self.per_day[day][c] for c in _COLUMNS} for day in sorted(self.per_day)
            },
            "traffic_per_hour_average": {
                f"{h:02d}00-{h + 1:02d}00": {c: round(self.per_hour[h][c] / ndays, 1) for c in _COLUMNS}
                for h in range(24)
            },
            "delivery_by_domain": [_domain_row(dom, d) for dom, d in ranked[:top]],
            "received_by_domain": [
                {"domain": dom, "messages": n, "bytes": self.sending_domain_bytes[dom]}
                for dom, n in self.sending_domains.most_common(top)
            ],
            "senders_by_count": dict(self.senders.most_common(top)),
            "recipients_by_count": dict(self.recipients.most_common(top)),
            "senders_by_size": dict(self.sender_bytes.most_common(top)),
            "recipients_by_size": dict(self.recipient_bytes.most_common(top)),
            "warnings": dict(warnings),
            "problems": dict(problems),
        }

    def render(self, top: int) -> list[str]:
        """The traffic sections as text lines (headings underlined, as the rest of the summary)."""
        d = self.as_dict(top)
        g = d["grand_totals"]
        out: list[str] = []

        def section(heading: str, rows: list[str]) -> None:
            out.extend([heading, "-" * len(heading), *(rows or ["  (none)"]), ""])

        section("Messages (as pflogsumm counts them)", [
            f"  {g['received']:>9}  received",
            f"  {g['delivered']:>9}  delivered",
            f"  {g['forwarded']:>9}  forwarded",
            f"  {g['deferred']:>9}  deferred  ({g['deferrals']} deferrals)",
            f"  {g['bounced']:>9}  bounced",
            f"  {g['rejected']:>9}  rejected ({g['rejected_percent']}%)",
            f"  {g['reject_warnings']:>9}  reject warnings",
            f"  {g['held']:>9}  held",
            f"  {g['discarded']:>9}  discarded",
            "",
            f"  {g['bytes_received']:>9}  bytes received",
            f"  {g['bytes_delivered']:>9}  bytes delivered",
            f"  {g['senders']:>9}  senders",
            f"  {g['sending_domains']:>9}  sending hosts/domains",
            f"  {g['recipients']:>9}  recipients",
            f"  {g['recipient_domains']:>9}  recipient hosts/domains",
        ])  # fmt: skip
        head = "  " + "".join(f"{c:>10}" for c in _COLUMNS)
        section("Traffic per day", [f"  {'day':<10}" + head] + [
            f"  {day:<10}  " + "".join(f"{c[k]:>10}" for k in _COLUMNS) for day, c in d["traffic_per_day"].items()
        ])  # fmt: skip
        section("Traffic per hour (daily average)", [f"  {'hour':<10}" + head] + [
            f"  {hour:<10}  " + "".join(f"{c[k]:>10}" for k in _COLUMNS)
            for hour, c in d["traffic_per_hour_average"].items()
        ])  # fmt: skip
        section(f"Top {top} recipient domains (deliveries, delays, deferrals)",
                [f"  {'sent':>7} {'bytes':>10} {'defers':>7} {'avg dly':>8} {'max dly':>8}  domain"] + [
                    f"  {r['delivered']:>7} {r['bytes']:>10} {r['deferred']:>7} {r['avg_delay']:>7}s"
                    f" {r['max_delay']:>7}s  {r['domain']}" for r in d["delivery_by_domain"]])  # fmt: skip
        section(f"Top {top} sending domains (messages received)",
                [f"  {r['messages']:>7} {r['bytes']:>10}  {r['domain']}" for r in d["received_by_domain"]])
        for key, heading in (("senders_by_count", "senders by message count"),
                             ("recipients_by_count", "recipients by message count"),
                             ("senders_by_size", "senders by message size (bytes)"),
                             ("recipients_by_size", "recipients by message size (bytes)")):  # fmt: skip
            section(f"Top {top} {heading}", [f"  {n:>10}  {who}" for who, n in d[key].items()])
        names = {"sasl": "SASL", "tls": "TLS", "milter": "milter", "postscreen": "postscreen", "other": "other"}
        for cat, name in names.items():
            rows = [f"  {w['count']:>7}  {w['program']}: {w['text']}" for w in d["warnings"].get(cat, [])]
            section(f"Warnings: {name}", rows)
        for what, heading in (("fatal", "Fatal errors"), ("panic", "Panics"), ("master", "Master daemon messages"),
                              ("smtp", "smtp connection failures")):  # fmt: skip
            section(heading, [f"  {p['count']:>7}  {p['text']}" for p in d["problems"].get(what, [])])
        return out


def _domain_row(dom: str, d: _Domain) -> dict[str, Any]:
    avg = round(d.delay_sum / d.delivered, 1) if d.delivered else 0.0
    return {"domain": dom, "delivered": d.delivered, "bytes": d.bytes, "deferred": d.deferred, "avg_delay": avg,
            "max_delay": round(d.delay_max, 1)}  # fmt: skip


def _address(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value)
    local, at, dom = text.rpartition("@")
    return f"{local}@{dom.lower()}" if at else text


def _domain_of(address: str | None) -> str | None:
    if not address or "@" not in address:
        return None
    return address.rpartition("@")[2].lower() or None


def _trim(text: Any, width: int = 100) -> str:
    s = " ".join(str(text or "").split())
    return s if len(s) <= width else s[: width - 1] + "…"


def _after_colon(text: Any) -> str:
    # "connect to mx.example.org[192.0.2.7]:25: Connection refused" -> "Connection refused (mx.example.org)"
    s = str(text or "")
    head, sep, why = s.rpartition(": ")
    host = head.removeprefix("connect to ").partition("[")[0]
    return f"{why} ({host})" if sep else s


def _unclient(text: str) -> str:
    # Group "unknown[192.0.2.7]: SASL LOGIN authentication failed: ..." by what happened, not by client.
    head, sep, rest = text.partition("]: ")
    return rest if sep and "[" in head and " " not in head else text
