"""The report page: one self-contained HTML document built from a `bouncelib.trends.Summary`.

Self-contained means: CSS inline, charts as inline SVG, no script, no font, no
image fetched at view time, so the file can be mailed, archived or opened on an
air-gapped host and look the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from html import escape

from bouncelib import _version
from bouncelib._data.reasons import DESCRIPTIONS
from bouncelib._report import svg
from bouncelib._report.html import table as html_table
from bouncelib.trends import OUTCOMES, BlocklistIncident, Freq, Summary, TimeSeries

__all__ = ["render"]

_CSS = """
:root{--fg:#1d2430;--muted:#5b6576;--line:#dde2ea;--bg:#f6f7f9;--card:#fff;--accent:#0072B2;--bad:#D55E00}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--fg);
background:var(--bg)}
header{background:#14213d;color:#fff;padding:18px 28px}
header h1{margin:0 0 4px;font-size:22px}
header p{margin:0;color:#c9d3e6;font-size:13px}
main{max-width:1180px;margin:0 auto;padding:18px 24px 40px}
section{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:14px 18px;margin:0 0 16px}
h2{font-size:17px;margin:0 0 10px}
h3{font-size:14px;margin:12px 0 6px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(130px,1fr));gap:10px;margin-bottom:16px}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 14px}
.card .n{font-size:24px;font-weight:600}
.card .l{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
.card.bad .n{color:var(--bad)}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{padding:5px 8px;border-bottom:1px solid var(--line);vertical-align:top;text-align:left;overflow-wrap:break-word}
td .mono,td a,td .brk{overflow-wrap:anywhere}
th{background:#eef1f5;font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
tbody tr:nth-child(even){background:#fafbfc}
.legend{display:flex;flex-wrap:wrap;gap:6px 14px;margin:6px 0 0;padding:0;list-style:none;font-size:12px}
.legend i{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:5px;vertical-align:-1px}
.chart{width:100%;height:auto;display:block}
.chart.hbars{max-width:560px}
.chart .grid{stroke:#e6e9ef;stroke-width:1}
.chart .axisline{stroke:#9aa3b2}
.chart .tick{font-size:11px;fill:#5b6576}
.chart .axis{font-size:11px;fill:#5b6576}
.chart .line{fill:none;stroke:#D55E00;stroke-width:2}
.chart .dot{fill:#D55E00}
.two{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:16px}
.two>*{min-width:0}
@media (max-width:800px){.two{grid-template-columns:1fr}}
@media (max-width:600px){main{padding:10px 8px 30px}section{padding:10px 8px}header{padding:14px 12px}
th,td{padding:4px 3px}.nowrap{white-space:normal}table{font-size:12px}
.stack thead{display:none}.stack table,.stack tbody,.stack tr,.stack td{display:block;width:100%}
.stack tr{border-bottom:2px solid var(--line);padding:4px 0}.stack td{border:0}
.stack td::before{content:attr(data-label);display:block;font-size:10px;color:var(--muted);text-transform:uppercase}
.stack td.num{text-align:left!important}}
.muted{color:var(--muted)}
.nowrap{white-space:nowrap}
.warn{background:#fff4e5;border-left:4px solid #E69F00;padding:6px 10px;margin:6px 0}
code,.mono{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:12px}
.example{max-width:420px;overflow-wrap:anywhere}
a{color:var(--accent)}
footer{color:var(--muted);font-size:12px;text-align:center;margin-top:20px}
"""


def _descriptions() -> dict[str, str]:
    return {r.value: text for r, text in DESCRIPTIONS.items()}


def _legend(names: Sequence[str], colors: svg.Colors) -> str:
    items = "".join(f'<li><i style="background:{colors(n)}"></i>{escape(n)}</li>' for n in names)
    return f'<ul class="legend">{items}</ul>'


def _contact(c: str) -> str:
    if c.startswith(("http://", "https://")):
        return f'<a href="{escape(c)}">{escape(c)}</a>'
    if "@" in c and " " not in c:
        addr = c.removeprefix("mailto:")
        return f'<a href="mailto:{escape(addr)}">{escape(addr)}</a>'
    return escape(c)


def _hours(gap: timedelta) -> str:
    hours = gap.total_seconds() / 3600
    return f"{hours:g} hours" if hours != 1 else "1 hour"


def _ts(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M %Z").strip() if value else "?"


def _cards(s: Summary) -> str:
    o = s.outcomes
    done = o["delivered"] + o["bounced"]
    rate = f"{100 * o['bounced'] / done:.2f}%" if done else "n/a"
    cards = [("events", f"{s.total:,}", False)]
    cards += [(name, f"{o[name]:,}", name in ("bounced", "rejected", "complaint")) for name in OUTCOMES if o[name]]
    cards.append(("bounce rate", rate, bool(done and o["bounced"] / done > 0.02)))
    return (
        '<div class="cards">'
        + "".join(
            f'<div class="card{" bad" if bad else ""}" data-card="{escape(label)}"><div class="n">{escape(n)}</div>'
            f'<div class="l">{escape(label)}</div></div>'
            for label, n, bad in cards
        )
        + "</div>"
    )


def _on_axis(ts: TimeSeries, axis: Sequence[date]) -> dict[str, list[int]]:
    """`ts`'s series re-laid on `axis` (every chart of the page shares one time axis)."""
    index = {p: i for i, p in enumerate(ts.periods)}
    return {name: [vals[index[p]] if p in index else 0 for p in axis] for name, vals in ts.series.items()}


def _collapse(series: dict[str, list[int]], keep: Sequence[str]) -> dict[str, list[int]]:
    """`series` with the names not in `keep` summed into "(other)" (last), the rest in the order of `keep`."""
    out = {name: series[name] for name in keep if name in series}
    rest = [vals for name, vals in series.items() if name not in out]
    if rest:
        out["(other)"] = [sum(col) for col in zip(*rest, strict=True)]
    return out


def _trend_section(s: Summary, freq: Freq, colors: svg.Colors) -> str:
    parts = ['<section id="trends"><h2>Trends</h2>']
    axis = s.per_period(freq, by="outcome", outcomes=[o for o in OUTCOMES if o != "other"], top=None).periods
    # One colour per reason on the whole page: the most frequent failure reasons get the palette's colours in
    # order, every other reason is summed into "(other)" in both charts.
    keep = [r for r, *_rest in s.top_reasons(len(svg.PALETTE) - 1).rows]
    for name in keep:
        colors(name)
    ts = s.per_period(freq, by="reason", outcomes=("bounced",), top=None)
    if not ts.periods:
        parts.append('<p class="muted">No dated bounces.</p>')
    else:
        series = _collapse(_on_axis(ts, axis), keep)
        parts.append(f"<h3>Bounces per {freq} by reason</h3>")
        parts.append(svg.stacked_bars(axis, series, label=f"bounces per {freq}", colors=colors))
        parts.append(_legend(list(series), colors))
    deferred = s.per_period(freq, by="reason", outcomes=("deferred",), top=None)
    if deferred.periods:
        series = _collapse(_on_axis(deferred, axis), keep)
        parts.append(f"<h3>Deferrals per {freq} by reason</h3>")
        parts.append(svg.stacked_bars(axis, series, height=220, label="deferrals", colors=colors))
        parts.append(_legend(list(series), colors))
    rate = s.bounce_rate(freq)
    if rate.rows and any(r is not None for r in rate.column("bounce_rate")):
        by_period = dict(zip(rate.column("period"), rate.column("bounce_rate"), strict=True))
        parts.append(f"<h3>Bounce rate per {freq} (bounced / (delivered + bounced))</h3>")
        parts.append(svg.rate_line(axis, [by_period.get(p) for p in axis]))
    by_bl = s.per_period(freq, by="blocklist", outcomes=("bounced", "deferred"))
    named = {k: v for k, v in _on_axis(by_bl, axis).items() if k != "(none)"}
    if named:
        bl_colors = svg.Colors()
        parts.append(f"<h3>Blocklist refusals per {freq}</h3>")
        parts.append(svg.stacked_bars(axis, named, height=200, label="blocklist refusals", colors=bl_colors))
        parts.append(_legend(list(named), bl_colors))
    parts.append("</section>")
    return "".join(parts)


def _reasons_section(s: Summary, top: int, colors: svg.Colors) -> str:
    table = s.top_reasons(top)
    if not table.rows:
        return '<section id="reasons"><h2>Top reasons</h2><p class="muted">No failures.</p></section>'
    desc = _descriptions()
    rows = [
        (
            f"<b>{escape(r)}</b>",
            f"{n:,}",
            f"{b:,}",
            f"{d:,}",
            f"{rej:,}",
            f'<span class="muted">{escape(desc.get(r, ""))}</span>',
        )
        for r, n, b, d, rej in table.rows
    ]
    chart = svg.hbars([r[0] for r in table.rows], [r[1] for r in table.rows], label="failures by reason", colors=colors)
    cols = [("reason", False), ("failures", True), ("bounced", True), ("deferred", True), ("rejected", True)]
    return (
        '<section id="reasons"><h2>Top reasons</h2><div class="two"><div>'
        + chart
        + "</div><div>"
        + html_table(cols[:5], [r[:5] for r in rows])
        + "</div></div><h3>What they mean</h3>"
        + html_table([("reason", False), ("meaning", False)], [(r[0], r[5]) for r in rows])
        + "</section>"
    )


def _incident_rows(incidents: Sequence[BlocklistIncident]) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for i in incidents:
        recips = ", ".join(escape(r) for r in i.recipients[:5]) + (
            f" <span class='muted'>+{len(i.recipients) - 5} more</span>" if len(i.recipients) > 5 else ""
        )
        doms = ", ".join(escape(d) for d in i.domains[:8]) + (" ..." if len(i.domains) > 8 else "")
        how = "<br>".join(_contact(c) for c in i.delist) or '<span class="muted">no contact known</span>'
        if i.delist_how:
            how += f'<br><span class="muted">{escape(i.delist_how)}</span>'
        if i.receiver_misconfigured:
            how = (
                '<div class="warn">The receiver\'s DNSBL lookups fail (an error answer, not a listing): '
                "tell the receiving site's postmaster; there is nothing to delist.</div>" + how
            )
        rows.append(
            (
                f"<b>{escape(i.name or i.blocklist)}</b><br><span class='mono muted'>{escape(i.blocklist)}</span>",
                f"<span class='nowrap'>{escape(_ts(i.first_seen))}</span><br>"
                f"<span class='nowrap'>{escape(_ts(i.last_seen))}</span>",
                f"{i.hits:,}",
                f"<span class='brk'>{len(i.recipients):,}: {recips}<br><span class='muted'>{doms}</span></span>",
                "<span class='brk'>" + ", ".join(escape(h) for h in i.remote_hosts[:4]) + "</span>",
                how,
            )
        )
    return rows


def _blocklist_section(s: Summary, gap: timedelta) -> str:
    incidents = s.blocklist_incidents(gap)
    head = '<section id="blocklists" class="stack"><h2>Blocklists that hit, and how to get delisted</h2>'
    if not incidents:
        return head + '<p class="muted">No reply named a blocklist.</p></section>'
    cols = [
        ("blocklist", False),
        ("first / last seen", False),
        ("hits", True),
        ("recipients (domains)", False),
        ("quoted by", False),
        ("delisting", False),
    ]
    note = (
        f'<p class="muted">An incident is a run of refusals naming one list without a pause longer than {_hours(gap)}. '
        "Fix the cause (compromised account, open relay, missing PTR, volume spike) before asking for removal.</p>"
    )
    return head + note + html_table(cols, _incident_rows(incidents)) + "</section>"


def _inbound_section(s: Summary, top: int) -> str:
    """The lists *our* server used to refuse incoming clients, and the clients it refused: nothing to delist."""
    if not s.inbound_lists:
        return ""
    lists = [(escape(bl), f"{n:,}") for bl, n in s.inbound_lists.most_common(top)]
    clients = [(f"<span class='mono'>{escape(ip)}</span>", f"{n:,}") for ip, n in s.inbound_clients.most_common(top)]
    return (
        '<section id="inbound"><h2>Rejected by our blocklist checks</h2>'
        '<p class="muted">Incoming clients our server refused because a blocklist it queries lists them. '
        "This is our own filtering working: the listed hosts are the senders, not us, so there is nothing to "
        "delist.</p><div class='two'><div>"
        + html_table([("blocklist", False), ("refusals", True)], lists)
        + "</div><div>"
        + html_table([("listed client", False), ("refusals", True)], clients)
        + "</div></div></section>"
    )


def _hosts_section(s: Summary, top: int) -> str:
    table = s.top_remote_hosts(top)
    head = '<section id="hosts" class="stack"><h2>Remote hosts that refuse</h2>'
    if not table.rows:
        return head + '<p class="muted">No remote host refused or deferred a message.</p></section>'
    rows = [
        (
            f"<span class='mono'>{escape(host)}</span><br><span class='muted mono'>{escape(ips)}</span>",
            f"{n:,}",
            f"{b:,}",
            f"{d:,}",
            escape(reason or ""),
            f"<span class='mono'>{escape(code or '')}</span>",
            f"<span class='mono example'>{escape(example or '')}</span>",
        )
        for host, n, b, d, reason, code, ips, example in table.rows
    ]
    cols = [
        ("remote host", False),
        ("failures", True),
        ("bounced", True),
        ("deferred", True),
        ("top reason", False),
        ("top code", False),
        ("example reply", False),
    ]
    providers = s.top_providers(top)
    extra = ""
    if providers.rows:
        extra = "<h3>By receiving provider</h3>" + svg.hbars(
            [p for p, _n in providers.rows], [n for _p, n in providers.rows], label="failures by provider"
        )
    return head + html_table(cols, rows) + extra + "</section>"


def render(
    summary: Summary,
    *,
    title: str = "Bounce report",
    inputs: Sequence[str] = (),
    top: int = 15,
    gap: timedelta = timedelta(days=1),
    generated: datetime | None = None,
) -> str:
    """The whole report page for `summary` as an HTML string."""
    s = summary
    when = (generated or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    span = f"{_ts(s.first_seen)} to {_ts(s.last_seen)}" if s.first_seen else "no dated events"
    days = (s.last_seen - s.first_seen).days if s.first_seen and s.last_seen else 0
    freq: Freq = "week" if days > 120 else "day"
    colors = svg.Colors()
    for reason in s.top_reasons(len(svg.PALETTE) - 1).column("reason"):
        colors(reason)  # the most frequent reasons get the palette's colours, in order
    src = ", ".join(f"{k} {v:,}" for k, v in s.sources.most_common())
    files = ", ".join(escape(p) for p in inputs[:6]) + (f" and {len(inputs) - 6} more" if len(inputs) > 6 else "")
    undated = f" {s.undated:,} events had no timestamp." if s.undated else ""
    if s.year_inferred:
        undated += (f" The year of {s.year_inferred:,} events was inferred (their stamps carry none; "
                    "bouncelib report --year sets it).")  # fmt: skip

    return "".join(
        [
            "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>",
            "<meta name='viewport' content='width=device-width, initial-scale=1'>",
            f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>",
            f"<header><h1>{escape(title)}</h1><p>{escape(span)} · {files or 'stdin'}</p></header><main>",
            _cards(s),
            f'<p class="muted">Sources: {escape(src) or "none"}.{escape(undated)}</p>',
            _trend_section(s, freq, colors),
            _reasons_section(s, top, colors),
            _blocklist_section(s, gap),
            _inbound_section(s, top),
            _hosts_section(s, top),
            f"<footer>Generated by bouncelib {escape(_version.__version__)} on {when}.</footer>",
            "</main></body></html>\n",
        ]
    )
