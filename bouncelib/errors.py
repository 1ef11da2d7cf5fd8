"""Exceptions bouncelib raises.

Parsing never raises on bad *content*: malformed input becomes an explicit
record (an unrecognised log record, defects on a report). These exceptions are
for wrong *arguments* (a value of the wrong type, an unreadable path).
"""

from __future__ import annotations

__all__ = ["BouncelibError", "InputError"]


class BouncelibError(ValueError):
    """Base class of every bouncelib exception."""


class InputError(BouncelibError):
    """An input that cannot be read at all (wrong type of source, unreadable stream)."""
