"""Colours shared by the HTML report's SVG charts and `bouncelib.plot`'s matplotlib figures."""

from __future__ import annotations

from typing import Final

__all__ = ["OKABE_ITO", "PALETTE"]

#: A colour-blind-safe qualitative palette (Okabe & Ito, "Color Universal Design", 2008).
OKABE_ITO: Final[tuple[str, ...]] = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#CC79A7",
    "#56B4E9",
    "#F0E442",
    "#000000",
)
#: Okabe-Ito, then muted tones for the long tail.
PALETTE: Final[tuple[str, ...]] = (*OKABE_ITO, "#8c564b", "#9edae5", "#7f7f7f", "#b8b8b8")
