"""The ordered list of bounce-format detectors.

Ordering rule: formats with a unique, cheap-to-check signature (vendor Subject/From
markers, ARF, RFC 3834) first; then MTA bodies; then plain RFC 3464
``message/delivery-status`` as the generic standard; then heuristic fallbacks
(flufl.bounce) last.  The first detector that returns recipients wins.

Each entry is a module path under ``bouncelib._dsn.formats`` that defines a
module-level ``DETECTOR`` object conforming to `bouncelib._dsn.base.Detector`.
Add one line per format; keep the comment saying why it sits where it sits.
"""

from __future__ import annotations

import importlib
from functools import cache

from bouncelib._dsn.base import Detector

__all__ = ["DETECTOR_MODULES", "detectors"]

DETECTOR_MODULES: tuple[str, ...] = (
    # -- 1. unique signatures: feedback reports (a message/feedback-report part) --
    # -- 2. vendor formats (Subject/From/header markers); one line each --
    # -- 3. MTA bodies (Postfix, Sendmail, Exim, qmail, Courier, OpenSMTPD) --
    # -- 4. the generic standard: any message/delivery-status part --
    "rfc3464",
    # -- 5. heuristics last: auto-replies, then flufl.bounce's address scan --
)


@cache
def detectors() -> tuple[Detector, ...]:
    """The registered detectors, imported once, in order."""
    out: list[Detector] = []
    for name in DETECTOR_MODULES:
        mod = importlib.import_module(f"bouncelib._dsn.formats.{name}")
        out.append(mod.DETECTOR)
    return tuple(out)
