"""Alerts: ``--on EVENT-FILTER --exec CMD``, run a command for the events that match (``bouncelib log``).

The filter is a few words an admin can type on a command line; every word must
hold for an event to match (words are separated by spaces; ``--on`` may be given
several times, which adds words). Fields are the keys of the flat record
(`bouncelib.RECORD_KEYS`: ``kind``, ``status``, ``reason``, ``provider``,
``blocklist``, ``recipient``, ``remote_host``, ``smtp_code`` ...)::

    blocklist                    the field is set (not empty, not null, not false)
    !blocklist                   the field is not set
    reason=blocked               equal, ignoring case
    status=bounced,deferred      one of several values
    recipient=*@example.org      shell wildcards (* and ?)
    provider!=gmail              none of the values
    text~"quota|full"            a regular expression (searched, ignoring case)
    smtp_code>=500               a number compared (<, <=, >, >=)

Values of ``reason`` and ``kind`` are checked against their vocabularies, and an
unknown field or a malformed word is refused with one line saying which word
and why. Patterns run on the `regex` package with a time limit per match (a
pattern that backtracks for too long on one record counts as no match, and says
so once on stderr), so a careless pattern cannot stall the watcher.

`Alerter` runs the command for every matching event, or with ``--rate N/M``
once when N matching events happened within M minutes (then not again for that
group until M minutes later; ``--by FIELD`` keeps a window per value, e.g. per
provider). The record goes as one JSON object on the command's standard input;
``BOUNCELIB_ALERT_*`` variables say why it ran. The command line is split like a
shell would (``shlex``) but run without one unless ``--shell`` asks for it. A
command that fails, cannot start or outlives its time limit is reported on
stderr as one line, and the watcher goes on.
"""

from __future__ import annotations

import fnmatch
import json
import math
import os
import shlex
import subprocess
import sys
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from typing import IO, Any, Final

import regex

from bouncelib._output import jsonable
from bouncelib._vocab import LOG_KINDS, SOURCES, STATUS_WORDS, Reason
from bouncelib.errors import InputError
from bouncelib.models import RECORD_KEYS

__all__ = ["Alerter", "EventFilter", "RateLimit", "parse_rate"]

#: How long one pattern may search one field value (seconds).
REGEX_TIMEOUT: Final = 0.05
#: How long an alert command may run before it is killed (seconds).
COMMAND_TIMEOUT: Final = 60.0
#: Alert commands running at once; the next alert waits for one of them to end.
MAX_RUNNING: Final = 4
#: Rate windows remembered at once (one per --by group); the least recently used goes first.
MAX_GROUPS: Final = 10_000

_VOCABULARIES: Final[Mapping[str, frozenset[str]]] = {
    "reason": frozenset(r.value for r in Reason),
    "kind": frozenset(LOG_KINDS),
    "source": frozenset(SOURCES),
}
_OPERATORS: Final = ("!=", ">=", "<=", "=", "~", ">", "<")


def _is_set(value: Any) -> bool:
    return value not in (None, "", False) and value != []


def _text(value: Any) -> str:
    value = jsonable(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


class _Term:
    """One word of a filter: a test of one field."""

    __slots__ = ("field", "op", "pattern", "values", "word")

    def __init__(self, word: str, field: str, op: str, values: tuple[str, ...] = (),
                 pattern: regex.Pattern[str] | None = None) -> None:  # fmt: skip
        self.word = word
        self.field = field
        self.op = op
        self.values = values
        self.pattern = pattern

    def test(self, rec: Mapping[str, Any], on_timeout: Callable[[str], None]) -> bool:
        value = rec.get(self.field)
        op = self.op
        if op == "set":
            return _is_set(value)
        if op == "unset":
            return not _is_set(value)
        items = value if isinstance(value, list) else [value]
        texts = [_text(v).lower() for v in items]
        if op in ("=", "!="):
            hit = any(fnmatch.fnmatchcase(t, v) for t in texts for v in self.values)
            return hit if op == "=" else not hit
        if op == "~":
            assert self.pattern is not None
            for t in texts:
                try:
                    if self.pattern.search(t, timeout=REGEX_TIMEOUT):
                        return True
                except TimeoutError:
                    on_timeout(self.word)
            return False
        number = _number(value)
        if number is None:
            return False
        limit = float(self.values[0])
        return {">": number > limit, ">=": number >= limit, "<": number < limit, "<=": number <= limit}[op]


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value))
    except ValueError:
        return None


class EventFilter:
    """A parsed ``--on`` filter: `matches` a flat record when every word holds (see the module docstring)."""

    def __init__(self, text: str | Sequence[str], *, fields: Iterable[str] = RECORD_KEYS) -> None:
        self.text = text if isinstance(text, str) else " ".join(text)
        self._fields = tuple(fields)
        self._timeouts_said: set[str] = set()
        try:
            words = shlex.split(self.text)
        except ValueError as exc:  # an unclosed quote
            raise InputError(f"--on {self.text!r}: {exc}") from None
        self.terms = [self._term(word) for word in words]

    def _error(self, word: str, why: str) -> InputError:
        return InputError(f"--on {word!r}: {why}")

    def _field(self, word: str, name: str) -> str:
        if name not in self._fields:
            hint = ""
            for field, vocab in _VOCABULARIES.items():
                if name.lower() in vocab:
                    hint = f" (did you mean {field}={name.lower()}?)"
                    break
            else:
                if name.lower() in STATUS_WORDS:
                    hint = f" (did you mean status={name.lower()}?)"
            known = ", ".join(self._fields)
            raise self._error(word, f"unknown field {name!r}{hint}; fields: {known}")
        return name

    def _term(self, word: str) -> _Term:
        op = next((o for o in _OPERATORS if o in word), None)
        if op is None:
            if word.startswith("!"):
                return _Term(word, self._field(word, word[1:]), "unset")
            return _Term(word, self._field(word, word), "set")
        # The first operator in the word splits it (a value may contain "=" or "~" itself).
        at = min(word.find(o) for o in _OPERATORS if o in word)
        op = next(o for o in _OPERATORS if word.startswith(o, at))
        name, value = word[:at], word[at + len(op) :]
        if not name:
            raise self._error(word, "a field name is missing before " + repr(op))
        field = self._field(word, name)
        if op == "~":
            try:
                pattern = regex.compile(value, regex.IGNORECASE)
            except regex.error as exc:
                raise self._error(word, f"bad regular expression ({exc})") from None
            return _Term(word, field, op, pattern=pattern)
        if op in (">", ">=", "<", "<="):
            if _number(value) is None or not math.isfinite(float(value)):
                raise self._error(word, f"{op} needs a number, not {value!r}")
            return _Term(word, field, op, (value,))
        values = tuple(v.strip().lower() for v in value.split(","))
        if not all(values):
            raise self._error(word, "an empty value (write the field alone to test that it is set, !field unset)")
        vocab = _VOCABULARIES.get(field)
        if vocab is not None:
            unknown = [v for v in values if not any(fnmatch.fnmatchcase(w, v) for w in vocab)]
            if unknown:
                raise self._error(word, f"unknown {field} {unknown[0]!r}; known: {', '.join(sorted(vocab))}")
        return _Term(word, field, op, values)

    def matches(self, rec: Mapping[str, Any]) -> bool:
        """Whether every word of the filter holds for the flat record `rec`."""
        return all(term.test(rec, self._timed_out) for term in self.terms)

    def _timed_out(self, word: str) -> None:
        if word not in self._timeouts_said:
            self._timeouts_said.add(word)
            print(f"bouncelib log: alert: the pattern {word!r} took too long on a record (counted as no match)",
                  file=sys.stderr)  # fmt: skip


def parse_rate(text: str) -> tuple[int, float]:
    """``N/M`` (M in minutes, or with a unit: ``30s``, ``10m``, ``2h``, ``1d``) as (count, seconds)."""
    count, sep, span = text.partition("/")
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    try:
        n = int(count)
        seconds = float(span[:-1]) * units[span[-1]] if span and span[-1] in units else float(span) * 60
    except (ValueError, IndexError):
        raise InputError(f"--rate {text!r}: expected N/M, N events in M minutes (e.g. 5/10, 1/24h)") from None
    if not sep or n < 1 or not (0 < seconds < math.inf):
        raise InputError(f"--rate {text!r}: expected N/M with N >= 1 and M > 0 (e.g. 5/10, 1/24h)")
    return n, seconds


class RateLimit:
    """``--rate N/M`` per group: True once N events fell within M seconds, then quiet for M seconds."""

    def __init__(self, count: int, seconds: float, *, max_groups: int = MAX_GROUPS) -> None:
        self.count = count
        self.seconds = seconds
        self.max_groups = max_groups
        self._groups: OrderedDict[tuple[str, ...], tuple[deque[float], float]] = OrderedDict()

    def hit(self, group: tuple[str, ...], when: float) -> bool:
        """Count one event of `group` at `when` (seconds); True when it completes a window (then reset)."""
        times, quiet_until = self._groups.pop(group, (deque(), -math.inf))
        fired = False
        if when >= quiet_until:
            times.append(when)
            while times and times[0] <= when - self.seconds:
                times.popleft()
            if len(times) >= self.count:
                fired = True
                times.clear()
                quiet_until = when + self.seconds
        self._groups[group] = (times, quiet_until)  # most recently used last
        if len(self._groups) > self.max_groups:
            self._groups.popitem(last=False)
        return fired


class Alerter:
    """Runs `command` for the matching records of a stream (`tap`), one child process per alert."""

    def __init__(self, command: str, event_filter: EventFilter, *, shell: bool = False,
                 rate: tuple[int, float] | None = None, by: Sequence[str] = (), timeout: float = COMMAND_TIMEOUT,
                 err: IO[str] | None = None) -> None:  # fmt: skip
        self.command = command
        if shell:
            self.argv: list[str] | str = command
        else:
            try:
                self.argv = shlex.split(command)
            except ValueError as exc:
                raise InputError(f"--exec {command!r}: {exc}") from None
            if not self.argv:
                raise InputError("--exec: the command is empty")
        self.shell = shell
        self.filter = event_filter
        self.rate = RateLimit(*rate) if rate else None
        self.by = tuple(event_filter._field(f"--by {f}", f) for f in by)
        self.timeout = timeout
        self._err = err
        self._slots = threading.BoundedSemaphore(MAX_RUNNING)
        self._threads: list[threading.Thread] = []
        self.matched = 0
        """Records that matched the filter."""
        self.started = 0
        """Commands started."""
        self.failed = 0
        """Commands that failed, could not start, or were killed at the time limit."""

    def _say(self, text: str) -> None:
        print(f"bouncelib log: alert: {text}", file=self._err or sys.stderr, flush=True)

    def tap(self, records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        """Pass `records` on unchanged, alerting on the matching ones; wait for the commands at the end."""
        try:
            for rec in records:
                if self.filter.matches(rec):
                    self.matched += 1
                    self._consider(rec)
                yield rec
        finally:
            self.wait()

    def _consider(self, rec: Mapping[str, Any]) -> None:
        env = {"BOUNCELIB_ALERT_FILTER": self.filter.text}
        if self.rate is not None:
            group = tuple(_text(rec.get(f)) for f in self.by)
            stamp = rec.get("timestamp")
            when = stamp.timestamp() if isinstance(stamp, datetime) else time.time()
            if not self.rate.hit(group, when):
                return
            env |= {
                "BOUNCELIB_ALERT_COUNT": str(self.rate.count),
                "BOUNCELIB_ALERT_WINDOW": f"{self.rate.seconds:g}",
                "BOUNCELIB_ALERT_GROUP": " ".join(f"{f}={v}" for f, v in zip(self.by, group, strict=True)),
            }
        self.run(rec, env)

    def run(self, rec: Mapping[str, Any], env: Mapping[str, str]) -> None:
        """Start the command with `rec` as JSON on its stdin (waits while `MAX_RUNNING` are running)."""
        data = (json.dumps({k: jsonable(v) for k, v in rec.items()}, ensure_ascii=False) + "\n").encode()
        self._slots.acquire()
        self.started += 1
        thread = threading.Thread(target=self._child, args=(data, {**os.environ, **env}), daemon=True)
        self._threads = [t for t in self._threads if t.is_alive()]
        self._threads.append(thread)
        thread.start()

    def _child(self, data: bytes, env: dict[str, str]) -> None:
        try:
            # The command's output goes to our stderr: our stdout carries the records.
            out = _stderr_fd()
            try:
                proc = subprocess.Popen(self.argv, shell=self.shell, stdin=subprocess.PIPE, stdout=out,
                                        env=env)  # fmt: skip
            except OSError as exc:
                self.failed += 1
                self._say(f"cannot run {self.command!r}: {exc.strerror or exc}")
                return
            try:
                proc.communicate(data, timeout=self.timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
                self.failed += 1
                self._say(f"{self.command!r} killed after {self.timeout:g} s")
                return
            except BrokenPipeError:  # it did not read its standard input: allowed
                proc.wait()
            if proc.returncode != 0:
                self.failed += 1
                how = f"signal {-proc.returncode}" if proc.returncode < 0 else f"status {proc.returncode}"
                self._say(f"{self.command!r} exited with {how}")
        finally:
            self._slots.release()

    def wait(self) -> None:
        """Wait for the commands still running (each is killed at its time limit)."""
        for thread in self._threads:
            thread.join()
        self._threads = []


def _stderr_fd() -> int | None:
    try:
        return sys.stderr.fileno()
    except (AttributeError, OSError, ValueError):  # a replaced stderr (tests, notebooks): inherit ours
        return None
