"""matplotlib figures of the `bouncelib.trends` results (needs ``pip install matplotlib``).

Every function returns a `matplotlib.figure.Figure` made without pyplot, so
nothing is drawn on a global figure, it works without a display, Jupyter shows
the returned figure, and ``fig.savefig("bounces.png")`` writes it::

    from bouncelib import read_log, trends, plot
    fig = plot.bounces_per_day(read_log("/var/log/mail.log"), by="reason")
"""

from __future__ import annotations

import importlib
import io
import itertools
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from bouncelib import trends
from bouncelib._report.palette import PALETTE

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = [
    "PALETTE",
    "bounce_rate",
    "bounces_per_day",
    "bounces_per_week",
    "plot_bounce_rate",
    "plot_table",
    "plot_timeseries",
]



def _figure(width: float = 9.0, height: float = 4.0) -> Figure:
    try:
        mod = importlib.import_module("matplotlib.figure")
    except ImportError as exc:
        raise ImportError(
            "bouncelib.plot needs matplotlib: pip install matplotlib (or bouncelib's extra: pip install '.[plot]')"
        ) from exc
    fig: Figure = _figure_class(mod.Figure)(figsize=(width, height), layout="constrained")
    return fig


@cache
def _figure_class(base: type[Figure]) -> type[Figure]:
    class BounceFigure(base):  # type: ignore[valid-type,misc]  # base is only known at run time
        """A matplotlib Figure that Jupyter shows as PNG even when pyplot was never imported."""

        def _repr_png_(self) -> bytes:
            buf = io.BytesIO()
            self.savefig(buf, format="png", dpi=100)
            return buf.getvalue()

    return BounceFigure


def plot_timeseries(ts: trends.TimeSeries, *, title: str | None = None) -> Figure:
    """Stacked bars of a `TimeSeries` (one bar per day or week, one colour per category)."""
    fig = _figure()
    ax = fig.add_subplot()
    periods: list[Any] = list(ts.periods)  # dates: matplotlib's stubs only name numbers
    width = _bar_width(periods, 7 if ts.freq == "week" else 1)
    bottom = [0] * len(periods)
    for i, (name, values) in enumerate(ts.series.items()):
        ax.bar(periods, values, width=width, bottom=bottom, label=name, color=PALETTE[i % len(PALETTE)])
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    ax.set_title(title or ts.title)
    ax.set_ylabel("events")
    if ts.series:
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize="small", frameon=False)
    fig.autofmt_xdate()
    return fig


def plot_bounce_rate(table: trends.Table, *, title: str | None = None) -> Figure:
    """The bounce rate per period (line) over delivered/bounced counts (bars), from `Summary.bounce_rate`."""
    fig = _figure()
    ax = fig.add_subplot()
    periods = table.column("period")
    # The table's periods are days or ISO weeks: a bar is as wide as its period (a week's bar spans the week).
    width = _bar_width(periods, 7 if "week" in table.title else 1)
    ax.bar(periods, table.column("delivered"), width=width, color=PALETTE[2], label="delivered")
    ax.bar(periods, table.column("bounced"), width=width, bottom=table.column("delivered"), color=PALETTE[3],
           label="bounced")  # fmt: skip
    ax.set_ylabel("events")
    ax2 = ax.twinx()
    rates = [float("nan") if r is None else 100 * r for r in table.column("bounce_rate")]
    ax2.plot(periods, rates, color="black", marker="o", label="bounce rate")
    ax2.set_ylabel("bounce rate (%)")
    ax2.set_ylim(bottom=0)
    ax.set_title(title or table.title)
    ax.legend(loc="upper left", fontsize="small", frameon=False)
    fig.autofmt_xdate()
    return fig


def _bar_width(periods: Sequence[Any], days: int) -> float:
    """Bar width in days: 85 % of the period (`days`), or of the smallest gap between periods when smaller."""
    gaps = [(b - a).days for a, b in itertools.pairwise(periods) if (b - a).days > 0]
    return 0.85 * min([days, *gaps]) if gaps and min(gaps) < days else 0.85 * days


def plot_table(table: trends.Table, value: str, *, label: str | None = None, n: int = 15) -> Figure:
    """Horizontal bars of one numeric column of a table (e.g. ``top_remote_hosts``' failures)."""
    rows = table.rows[:n]
    names = [str(r[0]) for r in rows][::-1]
    values = [r[table.columns.index(value)] for r in rows][::-1]
    fig = _figure(8.0, max(2.0, 0.35 * len(rows) + 1))
    ax = fig.add_subplot()
    ax.barh(names, values, color=PALETTE[0])
    ax.set_xlabel(label or value)
    ax.set_title(table.title)
    return fig


def bounces_per_day(events: Any, *, by: trends.Dimension = "reason", outcomes: Sequence[str] = ("bounced",)) -> Figure:
    """One line from events to a stacked bar chart of bounces per day by reason (or provider, blocklist ...)."""
    return plot_timeseries(trends.bounces_per_day(events, by=by, outcomes=outcomes))


def bounces_per_week(events: Any, *, by: trends.Dimension = "reason", outcomes: Sequence[str] = ("bounced",)) -> Figure:
    """Stacked bars of bounces per ISO week."""
    return plot_timeseries(trends.bounces_per_week(events, by=by, outcomes=outcomes))


def bounce_rate(events: Any, *, freq: trends.Freq = "day") -> Figure:
    """The bounce rate per day or week, over the delivered and bounced counts."""
    return plot_bounce_rate(trends.bounce_rate(events, freq=freq))
