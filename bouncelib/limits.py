"""Limits on the work bouncelib does for one input, and how to change them.

bouncelib reads text that strangers wrote, so every loop that hostile input could stretch
is bounded.  Most bounds need no setting because the work is linear in the input by
construction (the classifier's patterns, the log line parser, header decoding).  The few
that are real cut-offs live here, in one frozen `Limits` model:

>>> from bouncelib.limits import Limits, current_limits, limits
>>> current_limits().mime_depth
40
>>> with limits(mime_depth=5):
...     current_limits().mime_depth
5

What happens at a limit is never an exception and never silent: MIME nesting deeper than
`Limits.mime_depth` is kept as the text of the innermost part that was parsed, and parts
beyond `Limits.mime_parts` in one multipart are kept together as one last text part; both
add a defect to the report (see docs/robustness.md).

`limits(...)` changes the limits for the current thread or asyncio task only (a
`contextvars.ContextVar`); `configure(...)` changes the process-wide defaults.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from pydantic import Field

from bouncelib.models import _Frozen

__all__ = ["DEFAULT_LIMITS", "Limits", "configure", "current_limits", "limits"]


class Limits(_Frozen):
    """Cut-offs applied to hostile input (every value must be at least 1)."""

    mime_depth: int = Field(default=40, ge=1)
    """Deepest MIME nesting parsed into parts (multipart or message/* inside another).

    A real bounce nests three or four levels; below this depth a part's body is kept as text.
    It also keeps recursion far from Python's stack limit."""
    mime_parts: int = Field(default=1000, ge=1)
    """Most parts split out of one multipart, and most parts the detectors walk in one message.

    A real bounce has a handful; the rest of an oversized multipart is kept as one text part."""
    fallback_lines: int = Field(default=5000, ge=1)
    """Body lines handed to flufl.bounce, the last-resort address finder (first lines first).

    flufl.bounce costs about 30 us a line; bounce notices come first in a message."""


#: The limits bouncelib ships with.
DEFAULT_LIMITS = Limits()

_default: Limits = DEFAULT_LIMITS
_current: contextvars.ContextVar[Limits | None] = contextvars.ContextVar("bouncelib_limits", default=None)


def current_limits() -> Limits:
    """The limits in force here: those of an enclosing `limits` block, else the process-wide ones."""
    return _current.get() or _default


def configure(**changes: Any) -> Limits:
    """Change the process-wide limits (e.g. ``configure(mime_depth=20)``); returns the previous ones.

    Unknown names and values below 1 raise `pydantic.ValidationError`.
    """
    global _default  # noqa: PLW0603 - the process-wide setting is the point of this function
    previous = _default
    _default = Limits.model_validate({**previous.model_dump(), **changes})
    return previous


@contextmanager
def limits(**changes: Any) -> Iterator[Limits]:
    """Use other limits inside a ``with`` block (this thread or task only); yields them."""
    chosen = Limits.model_validate({**current_limits().model_dump(), **changes})
    token = _current.set(chosen)
    try:
        yield chosen
    finally:
        _current.reset(token)
