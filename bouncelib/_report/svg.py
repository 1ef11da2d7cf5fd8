"""Inline SVG charts for the HTML report.

Hand-written SVG instead of matplotlib: the report must open without network
access and without bouncelib's plotting extra, and a few hundred rectangles are
cheaper to write than to render to PNG.  Each chart is a ``<svg>`` string with a
``viewBox`` (it scales with the page) and a ``<title>`` on every bar (hover
tooltips in browsers).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from html import escape

from bouncelib._report.palette import OTHER, PALETTE

__all__ = ["PALETTE", "Colors", "color", "hbars", "nice_ticks", "rate_line", "stacked_bars"]



def color(i: int) -> str:
    """The i-th series colour."""
    return PALETTE[i % len(PALETTE)]


class Colors:
    """One colour per name for a whole page: the same reason has the same colour in every chart."""

    def __init__(self, fixed: dict[str, str] | None = None) -> None:
        self._map: dict[str, str] = dict(fixed or {})

    def __call__(self, name: str) -> str:
        if name not in self._map:
            used = set(self._map.values())
            free = [c for c in PALETTE if c not in used]
            # Never a colour twice: past the palette, names share the "(other)" grey (charts collapse them first).
            self._map[name] = OTHER if name == "(other)" or not free else free[0]
        return self._map[name]


def nice_ticks(top: float, count: int = 5) -> list[float]:
    """Round axis ticks from 0 to at least `top` (steps of 1, 2 or 5 times a power of ten)."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / count
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    n = math.ceil(top / step)
    return [i * step for i in range(n + 1)]


def _fmt(v: float) -> str:
    if v >= 1_000_000:
        return f"{v / 1_000_000:g}M"
    if v >= 10_000:
        return f"{v / 1000:g}k"
    return f"{v:g}"


def _label_every(n: int, room: int) -> int:
    return max(1, math.ceil(n / max(1, room)))


def stacked_bars(
    periods: Sequence[date],
    series: dict[str, list[int]],
    *,
    width: int = 960,
    height: int = 280,
    label: str = "chart",
    colors: Colors | None = None,
) -> str:
    """A stacked bar chart: one bar per period, one colour per series (in the order given)."""
    pick = colors or Colors()
    left, right, top, bottom = 56, 12, 12, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    n = max(1, len(periods))
    totals = [sum(vals[i] for vals in series.values()) for i in range(len(periods))]
    ticks = nice_ticks(max(totals, default=0))
    ymax = ticks[-1]
    slot = plot_w / n
    bar_w = max(1.0, slot * 0.8)
    out = _frame(label, width=width, height=height, left=left, right=right, top=top, plot_h=plot_h,
                 ticks=ticks, tick_labels=[_fmt(t) for t in ticks])
    every = _label_every(len(periods), plot_w // 70)
    for i, p in enumerate(periods):
        x = left + i * slot + (slot - bar_w) / 2
        base = 0.0
        for name, vals in series.items():
            v = vals[i]
            if not v:
                continue
            h = plot_h * v / ymax
            y = top + plot_h - plot_h * base / ymax - h
            out.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" fill="{pick(name)}">'
                f"<title>{p.isoformat()} {escape(name)}: {v}</title></rect>"
            )
            base += v
        if i % every == 0:
            cx = left + i * slot + slot / 2
            out.append(
                f'<text x="{cx:.1f}" y="{height - bottom + 16}" text-anchor="middle" class="tick">'
                f"{p.strftime('%b %d')}</text>"
            )
    if periods:
        out.append(
            f'<text x="{left + plot_w / 2:.1f}" y="{height - 4}" text-anchor="middle" class="axis">'
            f"{periods[0].isoformat()} to {periods[-1].isoformat()}</text>"
        )
    out.append(f'<line x1="{left}" x2="{left}" y1="{top}" y2="{top + plot_h}" class="axisline"/>')
    out.append("</svg>")
    return "".join(out)


def rate_line(
    periods: Sequence[date],
    rates: Sequence[float | None],
    *,
    width: int = 960,
    height: int = 200,
    label: str = "bounce rate",
) -> str:
    """A line of percentages (0-1 values) per period; gaps where the rate is unknown."""
    left, right, top, bottom = 56, 12, 12, 28
    plot_w, plot_h = width - left - right, height - top - bottom
    n = max(1, len(periods))
    known = [r for r in rates if r is not None]
    ticks = nice_ticks(100 * max(known, default=0.0) or 1.0)
    ymax = ticks[-1]
    slot = plot_w / n
    out = _frame(label, width=width, height=height, left=left, right=right, top=top, plot_h=plot_h,
                 ticks=ticks, tick_labels=[f"{t:g}%" for t in ticks])
    segments: list[list[str]] = [[]]
    dots = []
    for i, (p, r) in enumerate(zip(periods, rates, strict=True)):
        if r is None:
            segments.append([])
            continue
        x = left + i * slot + slot / 2
        y = top + plot_h - plot_h * 100 * r / ymax
        segments[-1].append(f"{x:.1f},{y:.1f}")
        dots.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.5" class="dot"><title>{p.isoformat()}: {100 * r:.2f}%</title>'
            "</circle>"
        )
    out.extend(f'<polyline points="{" ".join(seg)}" class="line"/>' for seg in segments if len(seg) > 1)
    out.extend(dots)
    every = _label_every(len(periods), plot_w // 70)
    for i, p in enumerate(periods):
        if i % every == 0:
            cx = left + i * slot + slot / 2
            out.append(
                f'<text x="{cx:.1f}" y="{height - bottom + 16}" text-anchor="middle" class="tick">'
                f"{p.strftime('%b %d')}</text>"
            )
    out.append("</svg>")
    return "".join(out)


def hbars(
    labels: Sequence[str],
    values: Sequence[int],
    *,
    width: int = 460,
    label: str = "chart",
    colors: Colors | None = None,
) -> str:
    """Horizontal bars with the label on the left and the value at the end of the bar."""
    pick = colors or Colors()
    row_h, left, right = 22, 150, 56
    height = row_h * len(labels) + 8
    vmax = max(values, default=0) or 1
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(label)}" class="chart hbars">'
    ]
    for i, (name, v) in enumerate(zip(labels, values, strict=True)):
        y = 4 + i * row_h
        w = (width - left - right) * v / vmax
        short = name if len(name) <= 22 else name[:21] + "…"
        out.append(
            f'<text x="{left - 6}" y="{y + 15}" text-anchor="end" class="tick">{escape(short)}'
            f"<title>{escape(name)}</title></text>"
        )
        out.append(f'<rect x="{left}" y="{y + 3}" width="{max(w, 1):.1f}" height="{row_h - 6}" fill="{pick(name)}"/>')
        out.append(f'<text x="{left + w + 5:.1f}" y="{y + 15}" class="tick">{v:,}</text>')
    out.append("</svg>")
    return "".join(out)


def _frame(label: str, *, width: int, height: int, left: int, right: int, top: int, plot_h: float,
           ticks: list[float], tick_labels: list[str]) -> list[str]:
    """The opening <svg> tag plus the horizontal grid lines and their y-axis labels, shared by every chart."""
    ymax = ticks[-1]
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(label)}" class="chart">'
    ]
    for t, text in zip(ticks, tick_labels, strict=True):
        y = top + plot_h - plot_h * t / ymax
        out.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>')
        out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" class="tick">{text}</text>')
    return out
