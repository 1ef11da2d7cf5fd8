"""Trends helpers on constructed records: what they count, how they bucket, what they render."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest

from bouncelib import trends
from bouncelib.export import to_pandas, to_polars
from bouncelib.models import empty_record

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday


def rec(hours: float, status: str, **kw: Any) -> dict[str, Any]:
    r = empty_record(kw.pop("source", "postfix"))
    r.update(timestamp=T0 + timedelta(hours=hours), status=status, **kw)
    return r


BL = {
    "reason": "blocked",
    "blocklist": "spamhaus-zen",
    "blocklist_name": "Spamhaus ZEN",
    "delist": ["https://check.spamhaus.org/"],
}

RECORDS = [
    rec(0, "sent", recipient="a@example.com"),
    rec(1, "sent", recipient="b@example.com"),
    rec(2, "bounced", recipient="x@example.org", reason="userunknown", remote_host="mx.example.org", smtp_code=550),
    rec(3, "deferred", recipient="y@example.org", reason="mailboxfull", remote_host="mx.example.org"),
    rec(24, "bounced", recipient="p@example.net", remote_host="mx.example.net", provider="microsoft", **BL),
    rec(25, "bounced", recipient="q@example.net", remote_host="mx.example.net", provider="microsoft", **BL),
    rec(26, "sent", recipient="c@example.com"),
    # five days of silence, then the same list again: a second incident
    rec(24 * 7, "bounced", recipient="r@example.org", remote_host="mx2.example.org", **BL),
    rec(24 * 7 + 1, "reject", kind="reject", reason="blocked", blocklist="spamhaus-zen", client_ip="203.0.113.9"),
    rec(5, "bounced", source="dsn", kind="dsn", recipient="d@example.com", reason="userunknown"),
    {"source": "dsn", "kind": "feedback", "reason": "feedback", "recipient": "e@example.com"},
    rec(6, "", kind="connect"),  # a record that is not an outcome (connect, qmgr ...)
]


def test_outcome_vocabulary() -> None:
    assert trends.outcome({"status": "sent"}) == "delivered"
    assert trends.outcome({"status": "expired"}) == "bounced"
    assert trends.outcome({"status": "deferred"}) == "deferred"
    assert trends.outcome({"kind": "reject"}) == "rejected"
    assert trends.outcome({"kind": "reject", "status": "milter-reject"}) == "rejected"
    assert trends.outcome({"kind": "expired", "status": None}) == "bounced"
    assert trends.outcome({"status": "bounced", "reason": "vacation"}) == "autoreply"
    assert trends.outcome({"kind": "feedback", "status": None}) == "complaint"
    assert trends.outcome({"source": "postfix", "kind": "qmgr"}) == "other"


def test_totals() -> None:
    s = trends.summarize(RECORDS)
    assert dict(s.totals().rows) == {
        "delivered": 3,
        "bounced": 5,
        "deferred": 1,
        "rejected": 1,
        "complaint": 1,
        "total": 11,
    }
    # A log record that is no outcome (connect, qmgr ...) feeds only the traffic sections (issue 13).
    assert "connect" not in s.kinds
    assert s.undated == 1
    assert s.first_seen == T0
    assert s.last_seen == T0 + timedelta(hours=24 * 7 + 1)


def test_bounces_per_day_by_reason_fills_gaps() -> None:
    ts = trends.bounces_per_day(RECORDS, by="reason")
    assert ts.columns[0] == "period"
    assert set(ts.columns[1:]) == {"userunknown", "blocked"}
    assert ts.periods[0] == date(2026, 3, 2)
    assert ts.periods[-1] == date(2026, 3, 9)
    assert len(ts.periods) == 8  # every day in between, also the empty ones
    series = ts.series
    assert series["userunknown"][0] == 2
    assert series["blocked"][1] == 2
    assert series["blocked"][7] == 1
    assert sum(series["blocked"][2:7]) == 0


def test_bounces_per_week_starts_monday() -> None:
    ts = trends.bounces_per_week(RECORDS, by="blocklist")
    assert ts.periods == [date(2026, 3, 2), date(2026, 3, 9)]
    assert ts.series["spamhaus-zen"] == [2, 1]
    assert ts.series["(none)"] == [2, 0]


def test_timezone_moves_day_boundaries() -> None:
    late = [rec(14.5, "bounced", reason="userunknown")]  # 23:30 UTC on Mar 2
    assert trends.bounces_per_day(late).periods == [date(2026, 3, 2)]
    assert trends.bounces_per_day(late, tz=timezone(timedelta(hours=2))).periods == [date(2026, 3, 3)]


def test_top_collapses_the_tail() -> None:
    many = [rec(0, "bounced", reason=f"r{i:02d}") for i in range(20)]
    ts = trends.summarize(many).per_period(by="reason", top=5)
    assert len(ts.columns) == 1 + 5
    assert ts.columns[-1] == "(other)"
    assert ts.series["(other)"] == [16]


def test_bounce_rate() -> None:
    table = trends.bounce_rate(RECORDS)
    first = table.to_dicts()[0]
    assert first["period"] == date(2026, 3, 2)
    assert (first["delivered"], first["bounced"], first["deferred"]) == (2, 2, 1)
    assert first["bounce_rate"] == 0.5
    empty_day = table.to_dicts()[3]
    assert empty_day["bounce_rate"] is None


def test_blocklist_incidents_split_on_gap() -> None:
    incidents = trends.blocklist_incidents(RECORDS)
    assert [i.blocklist for i in incidents] == ["spamhaus-zen", "spamhaus-zen"]
    first, second = incidents
    assert first.first_seen == T0 + timedelta(hours=24)
    assert first.last_seen == T0 + timedelta(hours=25)
    assert first.hits == 2
    assert first.recipients == ("p@example.net", "q@example.net")
    assert first.domains == ("example.net",)
    assert first.remote_hosts == ("mx.example.net",)
    assert first.delist[0] == "https://check.spamhaus.org/"
    assert first.name == "Spamhaus ZEN"
    assert second.recipients == ("r@example.org",)
    assert second.hits == 1  # the inbound reject of a listed client is not our incident
    # With a wider gap the two runs are one incident.
    merged = trends.blocklist_incidents(RECORDS, gap=timedelta(days=10))
    assert len(merged) == 1
    assert merged[0].hits == 3


def test_top_remote_hosts_excludes_our_own_rejections() -> None:
    table = trends.top_remote_hosts(RECORDS)
    rows = table.to_dicts()
    assert [r["remote_host"] for r in rows] == ["mx.example.net", "mx.example.org", "mx2.example.org"]
    assert rows[1]["failures"] == 2
    assert rows[1]["bounced"] == 1
    assert rows[1]["deferred"] == 1
    assert rows[0]["top_reason"] == "blocked"


def test_top_reasons() -> None:
    rows = trends.top_reasons(RECORDS).to_dicts()
    assert rows[0] == {"reason": "blocked", "failures": 4, "bounced": 3, "deferred": 0, "rejected": 1}


def test_html_rendering_escapes() -> None:
    nasty = [rec(0, "bounced", reason="userunknown", remote_host="<script>x</script>", text="<b>")]
    s = trends.summarize(nasty)
    out = s._repr_html_()
    assert "<table>" in out
    assert "<script>" not in out
    assert "&lt;script&gt;" in out
    assert "userunknown" in trends.top_reasons(nasty)._repr_html_()
    assert "userunknown" in str(trends.top_reasons(nasty))


def test_dataframes_in_give_the_same_answer() -> None:
    pytest.importorskip("pandas")
    pytest.importorskip("polars")
    dated = [r for r in RECORDS if r.get("timestamp")]
    expected = trends.bounces_per_day(dated, by="reason").rows
    assert trends.bounces_per_day(to_pandas(dated), by="reason").rows == expected
    assert trends.bounces_per_day(to_polars(dated), by="reason").rows == expected
    assert len(trends.blocklist_incidents(to_pandas(dated))) == 2


def test_timeseries_to_pandas_is_plot_ready() -> None:
    pd = pytest.importorskip("pandas")
    df = trends.bounces_per_day(RECORDS).to_pandas()
    assert isinstance(df.index, pd.DatetimeIndex)
    assert int(df["blocked"].sum()) == 3


def test_plots_return_figures() -> None:
    pytest.importorskip("matplotlib")
    from matplotlib.figure import Figure

    from bouncelib import plot

    fig = plot.bounces_per_day(RECORDS, by="reason")
    assert isinstance(fig, Figure)
    ax = fig.axes[0]
    assert {t.get_text() for t in ax.get_legend().get_texts()} == {"userunknown", "blocked"}
    assert isinstance(plot.bounce_rate(RECORDS), Figure)
    assert isinstance(plot.plot_table(trends.top_remote_hosts(RECORDS), "failures"), Figure)
    assert isinstance(plot.bounces_per_week(RECORDS, by="provider"), Figure)
