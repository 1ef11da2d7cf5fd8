"""Colours shared by the HTML report's SVG charts and `bouncelib.plot`'s matplotlib figures."""

from __future__ import annotations

from typing import Final

__all__ = ["OKABE_ITO", "OTHER", "PALETTE"]

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
#: Okabe-Ito, then four dark and mid tones of Paul Tol's colour-blind-safe "muted" scheme (wine, teal, indigo,
#: olive) that stay apart from them under the common colour-vision deficiencies: 12 series colours, so that
#: every reason a chart shows has its own (the report shows at most 11 reasons and "(other)").
PALETTE: Final[tuple[str, ...]] = (*OKABE_ITO, "#882255", "#44AA99", "#332288", "#999933")
#: The colour of "(other)", the sum of the categories a chart does not show apart.
OTHER: Final = "#b8b8b8"
