"""What every ``bouncelib`` sub-command shares: option checks, the one error format, progress on a terminal.

Errors are one line on stderr, ``bouncelib COMMAND: error: MESSAGE``, for a bad
option (argparse's own complaints included: `OneLineParser`) as for a bad input,
and the exit status is 2 for a bad option, 1 for input that could not be read.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import IO, Any, NoReturn, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bouncelib._vocab import normalise_command

__all__ = [
    "OneLineParser",
    "Progress",
    "as_tzinfo",
    "check_files",
    "day_bound",
    "enhanced_status",
    "error",
    "int_at_least",
    "jsonable_tree",
    "positive_float",
    "smtp_command",
    "zone",
]

_T = TypeVar("_T")


def error(command: str, message: str) -> str:
    """The one error line of every sub-command (of ``bouncelib`` itself when `command` is empty)."""
    return f"bouncelib {command}: error: {message}" if command else f"bouncelib: error: {message}"


class OneLineParser(argparse.ArgumentParser):
    """An argument parser whose errors are the one line of `error`, without the usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, error(self.prog.removeprefix("bouncelib").strip(), message) + "\n")


def int_at_least(low: int, what: str = "a whole number", high: int | None = None) -> Callable[[str], int]:
    """An argparse type: an int >= `low` (and <= `high`)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not {what}") from None
        if value < low:
            raise argparse.ArgumentTypeError(f"{text} is too small: it must be at least {low}")
        if high is not None and value > high:
            raise argparse.ArgumentTypeError(f"{text} is too large: it must be at most {high}")
        return value

    return parse


def positive_float(text: str) -> float:
    """An argparse type: a finite number > 0."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"{text} must be a number greater than 0")
    return value


def zone(text: str) -> str:
    """An argparse type: an IANA time zone name (or UTC), checked; kept as the name."""
    if text.upper() in {"UTC", "Z"}:
        return text
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise argparse.ArgumentTypeError(
            f"unknown time zone {text!r} (an IANA name such as Europe/Berlin, or UTC)"
        ) from None
    return text


def as_tzinfo(name: str | None, default: tzinfo = UTC) -> tzinfo:
    """The zone of a name checked by `zone` (None: `default`)."""
    if not name:
        return default
    return UTC if name.upper() in {"UTC", "Z"} else ZoneInfo(name)


def day_bound(text: str) -> date | datetime:
    """An argparse type for ``--since``/``--until``: ``today``, ``yesterday``, an ISO date or date-time."""
    word = text.strip().lower()
    today = datetime.now().astimezone().date()
    if word == "today":
        return today
    if word == "yesterday":
        return today - timedelta(days=1)
    try:
        if len(word) == 10:
            return date.fromisoformat(word)
        return datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a day: use today, yesterday, an ISO date (2026-01-31) or date-time"
        ) from None


def check_files(command: str, paths: Iterable[str], *, directories: bool = False) -> str | None:
    """The error line for the first input that cannot be read, or None.

    Regular files, FIFOs, ``/dev/stdin`` and process substitutions (``<(...)``) are
    all accepted (each is read once, front to back); directories only where the
    command reads maildirs.
    """
    for path in paths:
        if path == "-":
            continue
        if not os.path.exists(path):
            return error(command, f"no such file: {path}")
        if os.path.isdir(path) and not directories:
            return error(command, f"is a directory: {path}")
        if not os.access(path, os.R_OK):
            return error(command, f"permission denied: {path}")
    return None


class Progress:
    """A one-line counter on stderr for long runs, only when stderr is a terminal (never in library calls).

    Shows what was done so far (``records``, ``lines`` or ``messages``), the rate, and the
    file being read; redrawn at most twice a second, closed with a final line.
    """

    def __init__(self, command: str, *, stream: IO[str] | None = None, force: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty() if force is None else force
        self.command = command
        self.start = self._last = time.monotonic()
        self.shown = False

    def update(self, counts: dict[str, int], current: str | None = None, *, final: bool = False) -> None:
        """Redraw the line with `counts` (e.g. ``{"records": 10, "lines": 300}``) and the current file."""
        if not self.enabled:
            return
        now = time.monotonic()
        if not final and now - self._last < 0.5:
            return
        self._last = now
        elapsed = max(now - self.start, 1e-6)
        parts = [f"{n:,} {what}" for what, n in counts.items()]
        main = next(iter(counts.items()), None)
        if main is not None:
            parts.append(f"{main[1] / elapsed:,.0f} {main[0]}/s")
        if current:
            parts.append(current)
        self.stream.write(f"\r\x1b[Kbouncelib {self.command}: " + ", ".join(parts) + ("\n" if final else ""))
        self.stream.flush()
        self.shown = True

    def wrap(self, items: Iterable[_T], counts: Callable[[int], dict[str, int]],
             current: Callable[[], str | None] = lambda: None) -> Iterator[_T]:  # fmt: skip
        """Yield `items`, counting them; `counts(n)` gives what to show after n items."""
        if not self.enabled:
            yield from items
            return
        n = 0
        try:
            for item in items:
                n += 1
                if n & 255 == 0:
                    self.update(counts(n), current())
                yield item
        finally:
            self.update(counts(n), current(), final=True)



def jsonable_tree(value: Any) -> Any:
    """`value` (dicts, lists, dates) made JSON-ready: dates and date-times as ISO strings, keys as str."""
    if isinstance(value, dict):
        return {str(k): jsonable_tree(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable_tree(v) for v in value]
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def enhanced_status(text: str) -> str:
    """An argparse type: an RFC 3463 enhanced status code (``5.1.1``)."""
    if not re.fullmatch(r"[245]\.\d{1,3}\.\d{1,3}", text.strip()):
        raise argparse.ArgumentTypeError(f"{text!r} is not an enhanced status code such as 5.1.1")
    return text.strip()


def smtp_command(text: str) -> str:
    """An argparse type: an SMTP command (``RCPT``, ``end of DATA`` ...), as `normalise_command` reads it."""
    if normalise_command(text) is None:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an SMTP command (CONNECT, HELO, EHLO, STARTTLS, AUTH, MAIL, RCPT, DATA, BDAT, QUIT)"
        )
    return text
