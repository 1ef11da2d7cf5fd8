"""The text in front of a Postfix tag: collector prefixes, time stamps, host names, and the year rule.

Whatever stands before ``program[pid]:`` depends on who stored the line (see
the grammar sheet, section 1.1): RFC 3164 (``Nov  3 18:05:55 mail``, no year),
journald ``short`` (zero-padded day), localised month names (``Okt 15``), RFC 3339
with or without fractions, ``journalctl -o short-iso`` (``+0100``), a container
log driver's stamp in front of the syslog one, a level word instead of a host
(``INFO``), busybox ``facility.level``, compose ``service |`` and grep ``file:``
prefixes, only a host, or nothing at all.

Year rule for RFC 3164 stamps (they carry no year), applied by `Clock`:

1. The first year-less stamp gets ``year`` when the caller gives it. Otherwise the
   year is anchored at the *last* line, because that is the line the reference
   time bounds: the reference is the last input file's mtime (nothing in a file
   is newer than the file), and the last line gets the reference's year, or the
   year before when its month/day lie after the reference. The first line's year
   then follows: the same year, or the one before when the first stamp lies after
   the last one in the calendar (the log crossed a New Year). So no stamp ever lands
   after the reference time. For a stream (stdin, a pipe, an iterable of lines) the
   last line is not known in advance: the *first* line is anchored at now instead
   (the current year, or the year before when its month/day lie ahead).
2. After that, every time the month goes *down* (Dec -> Jan, or any larger gap),
   the year goes up by one, so a log of any length keeps counting years.
3. A single stamp one month *behind* across the boundary (``Dec 31`` logged just
   after ``Jan  1`` because syslog reordered them) is put in the previous year
   without moving the counter.

Records whose year was inferred say so (``year_inferred``). A log spanning more
than twelve months can only be dated correctly with ``year=`` (the year of its
first line); without it rule 1 dates the first line no more than a year back.

Local times repeat an hour when DST ends. Stamps are read in input order and
never reordered or dropped; when the wall clock jumps back into an hour that is
ambiguous in ``tz``, the repeated stamps get ``fold=1`` (the second, standard
time reading), so their UTC instants keep increasing.
"""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = ["MONTHS", "Clock", "last_bsd_stamp", "local_zone", "resolve_tz"]

#: Month abbreviations seen in syslog/journal stamps, lower-case, without a trailing dot.
#: English (RFC 3164), German, French, Spanish, Italian, Dutch and Portuguese C-library
#: abbreviations as printed by ``journalctl`` under those locales.
MONTHS: Final[dict[str, int]] = {
    # English
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    # German (glibc de_DE: Jan Feb Mär Apr Mai Jun Jul Aug Sep Okt Nov Dez; de_AT Jän)
    "mär": 3, "mrz": 3, "mai": 5, "okt": 10, "dez": 12, "jän": 1,
    # French (janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.)
    "janv": 1, "févr": 2, "fév": 2, "mars": 3, "avr": 4, "juin": 6, "juil": 7,
    "août": 8, "aoû": 8, "sept": 9, "déc": 12,
    # Spanish, Italian, Portuguese, Dutch
    "ene": 1, "abr": 4, "ago": 8, "dic": 12, "gen": 1, "mag": 5, "giu": 6, "lug": 7,
    "set": 9, "ott": 10, "fev": 2, "out": 10, "mrt": 3, "mei": 5,
}  # fmt: skip

# RFC 3339 / ISO 8601 with a date: rsyslog RSYSLOG_FileFormat, journalctl short-iso,
# container stamps (nanoseconds and "Z").
_MINUTE: Final = timedelta(minutes=1)
_SECONDS: Final = tuple(timedelta(seconds=s) for s in range(60))
_SECOND_TEXTS: Final = {f"{s:02d}": _SECONDS[s] for s in range(60)}
_ISO: Final = re.compile(r"(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d:\d\d)(?:[.,](\d+))?(Z|[+-]\d\d:?\d\d)?")
# RFC 3164: "Mmm dd hh:mm:ss", day space- or zero-padded, month possibly localised.
_BSD: Final = re.compile(r"(?<!\S)([^\W\d_]{3,5})\.?\s+(\d{1,2})\s+(\d\d):(\d\d):(\d\d)(?:\.\d+)?(?!\S)")
# "mail.log.1:" (grep over several files) glued to the stamp.
_GREP: Final = re.compile(r"[^\s:]+:(?=[^\W\d_]{3,5}\.?\s+\d|\d{4}-\d\d-)")
# A time of day alone (busybox cuts the date off).
_TIME_ONLY: Final = re.compile(r"(?<!\S)\d{1,2}:\d\d:\d\d(?:\.\d+)?(?!\S)")
# Words that can stand where the host name usually is but are not host names.
_NOT_HOSTS: Final = frozenset({"DEBUG", "INFO", "NOTICE", "WARN", "WARNING", "ERROR", "ERR", "CRIT", "ALERT", "EMERG"})
_FACILITIES: Final = frozenset({"mail", "daemon", "user", "local0", "local1", "local2", "local3", "local4", "local5",
                                "local6", "local7", "syslog", "kern", "auth", "authpriv"})  # fmt: skip


def resolve_tz(tz: tzinfo | str | None) -> tzinfo:
    """The zone to read year-less stamps in: a tzinfo, an IANA name, or None for the local zone."""
    if tz is None:
        return local_zone()
    if isinstance(tz, str):
        if tz.upper() in {"UTC", "Z"}:
            return UTC
        return ZoneInfo(tz)
    return tz


def local_zone() -> tzinfo:
    """The machine's zone: ``$TZ``, else ``/etc/localtime``, else UTC."""
    return _local_zone(os.environ.get("TZ", ""))


@lru_cache(maxsize=4)
def _local_zone(tz_env: str) -> tzinfo:
    # Cached (parse_log_line builds a Clock per call); keyed by $TZ so a changed TZ is seen.
    name = tz_env.lstrip(":")
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    # Prefer a named zone (picklable, so it can travel to worker processes): the
    # /etc/localtime symlink target, then Debian's /etc/timezone, then the file itself.
    target = os.path.realpath("/etc/localtime")
    marker = "/zoneinfo/"
    if marker in target:
        try:
            return ZoneInfo(target.split(marker, 1)[1])
        except (ZoneInfoNotFoundError, ValueError):
            pass
    try:
        with open("/etc/timezone", encoding="ascii") as fh:
            return ZoneInfo(fh.read().strip())
    except (OSError, ZoneInfoNotFoundError, ValueError, UnicodeError):
        pass
    try:
        with open("/etc/localtime", "rb") as fh:
            return ZoneInfo.from_file(fh, key="localtime")
    except (OSError, ValueError):
        return UTC


class Clock:
    """Turns line prefixes into (timestamp, host name, year-inferred) with the year rule above.

    Stateful (the year counter, the DST fold) and cached by prefix string: on a busy
    server most lines repeat the previous line's prefix, so the date arithmetic runs
    once per second of log, not once per line.
    """

    __slots__ = ("_ambiguous", "_anchor", "_fold", "_inferred", "_last_key", "_last_month", "_last_value",
                 "_last_wall", "_minute", "_minute_dt", "_minute_host", "_minute_tail", "_minute_text", "_minute_wall",
                 "_ref", "_tz", "_year")  # fmt: skip

    def __init__(self, *, year: int | None = None, tz: tzinfo | str | None = None,
                 reference: datetime | None = None) -> None:  # fmt: skip
        self._tz = resolve_tz(tz)
        self._year = year
        self._inferred = year is None
        self._ref = reference
        self._anchor: tuple[int, int, int, int, int] | None = None
        self._last_month = 0
        self._last_wall: datetime | None = None
        self._fold = False
        self._last_key: str | None = None
        self._ambiguous = False
        self._minute: tuple[int, int, int, int, int] | None = None
        self._minute_dt: datetime | None = None
        self._minute_wall = datetime.min
        self._minute_text: str | None = None
        self._minute_tail = ""
        self._minute_host: str | None = None
        self._last_value: tuple[datetime | None, str | None, bool] = (None, None, False)

    @property
    def tz(self) -> tzinfo:
        """The zone used for stamps that carry no offset."""
        return self._tz

    def set_reference(self, reference: datetime) -> None:
        """Use `reference` (e.g. a file's mtime) for rule 1 if no year-less stamp was read yet."""
        if self._year is None:
            self._ref = reference

    @property
    def anchored(self) -> bool | None:
        """None when the year is fixed (given, or already inferred), True when anchored at a last line, else False."""
        if self._year is not None:
            return None
        return self._anchor is not None

    def set_anchor(self, last: tuple[int, int, int, int, int], reference: datetime) -> None:
        """Anchor rule 1 at the last line: its stamp (month, day, hour, minute, second) and the reference time."""
        if self._year is None:
            self._anchor = last
            self._ref = reference

    def read(self, prefix: str) -> tuple[datetime | None, str | None, bool]:
        """(timestamp or None, host name or None, year inferred) for the text before the tag."""
        if prefix == self._last_key:
            return self._last_value
        value = self._read(prefix)
        self._last_key = prefix
        self._last_value = value
        return value

    def _read(self, prefix: str) -> tuple[datetime | None, str | None, bool]:
        # Fast paths for the two shapes nearly every log has: "2025-07-17T00:47:20.613392+02:00 mx"
        # (rsyslog's default on current Debian/Ubuntu: every line has a new prefix) and
        # "Nov  3 18:05:55 mx" (classic syslog); anything else takes the general path below.
        n = len(prefix)
        if n > 19 and prefix[10] == "T" and prefix[4] == "-":
            text, _, host = prefix.partition(" ")
            if _plain_host(host):
                try:
                    stamp = datetime.fromisoformat(text)
                except ValueError:
                    pass
                else:
                    if stamp.tzinfo is None:
                        return stamp.replace(tzinfo=self._tz), host or None, False
                    # fromisoformat also takes "+00:14:07"; RFC 3339 offsets are whole minutes, and a
                    # seconds offset would not survive the JSON round trip (found by fuzz/fuzz_log_line.py),
                    # so such a stamp goes to the general path, which reads hh:mm offsets only.
                    if not stamp.utcoffset() % _MINUTE:  # type: ignore[operator]
                        return stamp, host or None, False
        elif n >= 15 and prefix[9] == ":" and prefix[12] == ":" and prefix[3] == " " and (n == 15 or prefix[15] == " "):
            classic = self._classic(prefix)
            if classic is not None:
                return classic
        return self._general(prefix)

    def _classic(self, prefix: str) -> tuple[datetime | None, str | None, bool] | None:
        """A "Nov  3 18:05:55 mx" prefix (the caller checked the colons and spaces); None for the general path."""
        minute = self._minute_dt
        if prefix[:13] == self._minute_text and minute is not None and prefix[15:] == self._minute_tail:
            second = _SECOND_TEXTS.get(prefix[13:15])
            if second is not None:
                # The minute (and host) of the last stamp, a busy log's next second: the year rule
                # and the zone gave that minute already and give the same for any second of it.
                self._last_wall = self._minute_wall + second
                return minute + second, self._minute_host, self._inferred
        month = MONTHS.get(prefix[:3].lower())
        day, hh, mm, ss = prefix[4:6].lstrip(), prefix[7:9], prefix[10:12], prefix[13:15]
        host = prefix[16:]
        if not (month is not None and day.isdecimal() and hh.isdecimal() and mm.isdecimal() and ss.isdecimal()
                and _plain_host(host)):  # fmt: skip
            return None
        stamp = self._bsd_fields(month, int(day), int(hh), int(mm), int(ss))
        if stamp is not None and self._minute_dt is not None:
            # Remembered for the shortcut above; `_bsd_fields` forgets it when it reads another minute.
            self._minute_text, self._minute_tail, self._minute_host = prefix[:13], prefix[15:], host or None
        return stamp, host or None, self._inferred

    def _general(self, prefix: str) -> tuple[datetime | None, str | None, bool]:
        # Collector prefixes: compose "service | ...", grep "file:" in front of the stamp.
        bar = prefix.rfind(" | ")
        if bar >= 0:
            prefix = prefix[bar + 3 :]
        g = _GREP.match(prefix)
        if g:
            prefix = prefix[g.end() :]
        stamp: datetime | None = None
        inferred = False
        end = 0
        m = _ISO.search(prefix)
        if m:
            stamp = _iso(m, self._tz)
            end = m.end()
            # A container stamp may stand in front of a classic one: skip that one too.
            b = _BSD.search(prefix, end)
            if b:
                end = b.end()
        else:
            b = _BSD.search(prefix)
            if b and b.group(1).lower() in MONTHS:
                stamp = self._bsd(b)
                inferred = self._inferred
                end = b.end()
            else:
                t = _TIME_ONLY.search(prefix)
                if t:
                    end = t.end()
        return stamp, _host(prefix[end:]), inferred

    def _bsd(self, m: re.Match[str]) -> datetime | None:
        return self._bsd_fields(MONTHS[m.group(1).lower()], int(m.group(2)), int(m.group(3)), int(m.group(4)),
                                int(m.group(5)))  # fmt: skip

    def _bsd_fields(self, month: int, day: int, hh: int, mm: int, ss: int) -> datetime | None:
        self._minute_text = None  # `_classic`'s shortcut holds only until the year rule runs again
        if self._year is None:
            ref = self._ref or datetime.now(self._tz)
            ref = ref.astimezone(self._tz) if ref.tzinfo is not None else ref
            anchor = self._anchor
            anchored = anchor[:2] if anchor is not None else (month, day)
            year = ref.year
            if anchored > (ref.month, ref.day):
                year -= 1  # the anchored line cannot lie after the reference time
            if anchor is not None and (month, day, hh, mm, ss) > anchor:
                year -= 1  # the first line lies after the last one in the calendar: a New Year in between
            self._year = year
            self._last_month = month
        year = self._year
        last = self._last_month
        if month < last:
            self._year = year = year + 1  # rule 2: the month went down, a new year began
            self._last_month = month
        elif last == 1 and month == 12:
            year -= 1  # rule 3: a stamp from just before the boundary, logged late
        else:
            self._last_month = month
        key = (year, month, day, hh, mm)
        if key == self._minute and self._minute_dt is not None and ss < 60:  # ":60" and ":61" raise below
            # Same minute as the last stamp, and that minute is not ambiguous in the zone: only
            # the second changes (zone transitions fall on whole minutes), added to the minute's
            # start (a tenth of what datetime.replace costs: its keyword parsing dominated).
            second = _SECONDS[ss]
            self._last_wall = self._minute_wall + second
            return self._minute_dt + second
        try:
            wall = datetime(year, month, day, hh, mm, ss)
        except ValueError:  # Feb 29 in a year that has none, day 31 of a short month
            return None
        stamp = self._aware(wall)
        self._minute = key
        # The minute's start, wall and aware (datetime arithmetic is on the wall clock and keeps the zone).
        self._minute_wall = wall - _SECONDS[ss]
        self._minute_dt = None if self._ambiguous else stamp - _SECONDS[ss]
        return stamp

    def _aware(self, wall: datetime) -> datetime:
        tz = self._tz
        first = wall.replace(tzinfo=tz)
        second = wall.replace(tzinfo=tz, fold=1)
        ambiguous = self._ambiguous = first.utcoffset() != second.utcoffset()
        if not ambiguous:
            self._fold = False
        elif not self._fold and self._last_wall is not None and wall < self._last_wall - timedelta(seconds=60):
            self._fold = True  # the wall clock went back into the repeated hour: second reading
        self._last_wall = wall
        return second if self._fold else first


def last_bsd_stamp(lines: list[str]) -> tuple[int, int, int, int, int] | None:
    """(month, day, hour, minute, second) of the last line of `lines` with a year-less RFC 3164 stamp.

    Only Postfix-tagged lines count (``]: `` after the stamp), so that a trailing line of
    another shape does not anchor the year; None when the lines hold no such stamp.
    """
    for line in reversed(lines):
        head, sep, _msg = line.partition("]: ")
        if not sep:
            continue
        b = _BSD.search(head.rpartition(" ")[0])
        if b and b.group(1).lower() in MONTHS and not _ISO.search(head):
            return (MONTHS[b.group(1).lower()], int(b.group(2)), int(b.group(3)), int(b.group(4)), int(b.group(5)))
    return None


def _iso(m: re.Match[str], tz: tzinfo) -> datetime | None:
    frac = m.group(3)
    text = f"{m.group(1)}T{m.group(2)}"
    if frac:
        text += "." + (frac + "000000")[:6]
    try:
        stamp = datetime.fromisoformat(text)
    except ValueError:
        return None
    off = m.group(4)
    if off is None:
        return stamp.replace(tzinfo=tz)
    if off == "Z":
        return stamp.replace(tzinfo=UTC)
    sign = 1 if off[0] == "+" else -1
    digits = off[1:].replace(":", "")
    try:
        zone = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    except ValueError:  # "+51:00": no zone is 24 h or more away (found by fuzz/fuzz_log_line.py)
        return None
    return stamp.replace(tzinfo=zone)


def _plain_host(word: str) -> bool:
    """True when `word` (after the stamp) is nothing or one plain host name, as the fast paths need."""
    if not word:
        return True
    return (" " not in word and "\t" not in word and word not in _NOT_HOSTS and not word.endswith(":")
            and word != "|" and not ("." in word and word.split(".", 1)[0] in _FACILITIES))  # fmt: skip


def _host(rest: str) -> str | None:
    """The host name among the words between the stamp and the tag (None when there is none)."""
    for word in reversed(rest.split()):
        if word in _NOT_HOSTS:
            continue
        if "." in word and word.split(".", 1)[0] in _FACILITIES:
            continue  # busybox "mail.info"
        if word.endswith(":") or word == "|":
            continue
        return word
    return None
