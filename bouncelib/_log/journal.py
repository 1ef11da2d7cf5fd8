"""The systemd journal as a log source: ``journalctl -o json`` / ``-o export`` text, and `read_journal`.

On current Debian and Ubuntu installs Postfix logs to the journal only. The journal
knows more than a text log says: the exact instant (``__REALTIME_TIMESTAMP``,
microseconds since the epoch, UTC), the host, the syslog identifier and the PID.
Each entry is turned into the line a text log would hold, with an RFC 3339 stamp
in UTC to the microsecond::

    2025-03-06T12:00:02.123456+00:00 mx postfix/smtp[5103]: A1B2C3D4E5: to=<...>, ...

and that line goes through the same parser, correlator and counts as any other
line, so a journal gives exactly the events of the same lines read from a file
(``tests/property/test_journal_props.py`` checks it), with no year rule needed.
The records then say ``source="journal"`` (`JournalRecord`).

Formats (``systemd.journal-fields(7)``; the export format is described in systemd's
``JOURNAL_EXPORT_FORMATS`` document):

* ``-o json``: one JSON object per line. A field value is a string, an array of
  byte values when it is not valid UTF-8 (or holds control characters), null when
  it is larger than journalctl's data threshold (``--all`` lifts it), or an array
  of those when the field occurs more than once.
* ``-o export``: entries separated by an empty line; a field is ``NAME=value`` or,
  when the value is binary or holds a newline, ``NAME``, a newline, the length as
  a 64-bit little-endian integer, the bytes, and a newline.

Both decoders are incremental (`feed` bytes as they come, `end` at the end of the
stream), so the same code reads a file, a pipe and ``journalctl --follow``. An
entry that cannot be decoded (a truncated or garbled JSON line) is passed on as
its own text: it is still a line, counted (as a line that is not Postfix's), never
dropped.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, Final, Literal

from bouncelib._log.parser import DAEMONS
from bouncelib._log.record import LogEvent, LogRecord
from bouncelib.errors import InputError

__all__ = [
    "MAX_FIELD",
    "ExportDecoder",
    "JournalEvent",
    "JournalFormat",
    "JournalRecord",
    "JsonDecoder",
    "LineDecoder",
    "entry_line",
    "journalctl_argv",
    "sniff_journal",
]

JournalFormat = Literal["json", "export"]

#: A field, a line or a pending entry longer than this is cut where it stands (what was read is kept):
#: journald itself refuses entries above 768 MiB, but a mail log line is a few KiB, and a bigger
#: one in a stream we read is damage; a bound keeps a garbled stream from holding memory.
MAX_FIELD: Final = 16 << 20
_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)
# The fields an entry's line is made of. _PID is the process journald received the entry from;
# SYSLOG_PID is what the syslog message claimed (the same for Postfix, which always logs its PID).
_WANTED: Final = frozenset({"MESSAGE", "SYSLOG_IDENTIFIER", "_PID", "SYSLOG_PID", "_HOSTNAME", "__REALTIME_TIMESTAMP"})
# Names of journal fields (systemd's journal_field_valid: upper-case letters, digits, underscores).
_FIELD_CHARS: Final = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
# What a journal's first bytes look like: a JSON object naming journal fields, or an export field.
_JSON_KEYS: Final = (b'"MESSAGE"', b'"__REALTIME_TIMESTAMP"', b'"__CURSOR"', b'"SYSLOG_IDENTIFIER"')
_EXPORT_KEYS: Final = (b"__CURSOR=", b"__REALTIME_TIMESTAMP=", b"SYSLOG_IDENTIFIER=")


def sniff_journal(head: bytes) -> JournalFormat | None:
    """``"json"`` or ``"export"`` when `head` (the first KiB of a stream) is journalctl output, else None.

    A mail log line starts with a stamp, a host or a tag, never with ``{"`` or with
    an upper-case field name followed by ``=``, and the test asks for more than that:
    a JSON object naming journal fields (not a container's JSON log), or a whole
    first export entry (up to its empty line) with a ``MESSAGE`` field and a time,
    cursor or identifier field. Text that merely starts like a field stays text.
    """
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b'{"'):
        first = text.partition(b"\n")[0]
        return "json" if any(key in first for key in _JSON_KEYS) else None
    end = text.find(b"\n\n")
    if end < 0:
        return None
    entry = b"\n" + text[: end + 1]
    name = text[: text.find(b"\n")].partition(b"=")[0]
    if not name or not set(name) <= _FIELD_CHARS or name[:1].isdigit():
        return None
    if (b"\nMESSAGE=" in entry or b"\nMESSAGE\n" in entry) and any(b"\n" + key in entry for key in _EXPORT_KEYS):
        return "export"
    return None


def _text(value: bytes | str) -> str:
    return value if isinstance(value, str) else value.decode("utf-8", "replace")


def entry_line(fields: Mapping[str, bytes | str]) -> str:
    """The text-log line of one journal entry (see the module docstring).

    The stamp is ``__REALTIME_TIMESTAMP`` in UTC with microseconds; the tag is
    ``SYSLOG_IDENTIFIER[_PID]``. When the identifier is not a syslog tag of Postfix
    and the message itself is a whole log line (Postfix in a container writing
    ``maillog_file=/dev/stdout``, captured by a log driver under the container's
    name), the message's own tag is the one that counts.
    """
    parts: list[str] = []
    stamp = fields.get("__REALTIME_TIMESTAMP")
    if stamp is not None:
        digits = _text(stamp).strip()
        if digits.isdecimal() and len(digits) <= 17:  # 17 digits: year 5138, past datetime's range otherwise
            with contextlib.suppress(OverflowError):
                parts.append((_EPOCH + timedelta(microseconds=int(digits))).isoformat(timespec="microseconds"))
    host = fields.get("_HOSTNAME")
    if host:
        host_text = _text(host)
        if " " not in host_text:
            parts.append(host_text)
    message = _text(fields.get("MESSAGE") or "")
    ident = fields.get("SYSLOG_IDENTIFIER")
    pid = fields.get("_PID") or fields.get("SYSLOG_PID")
    if ident:
        ident_text = _text(ident)
        if not _is_postfix(ident_text) and "]: " in message:
            parts.append(message)  # the message carries its own tag (and maybe its own stamp and host)
        elif pid:
            parts.append(f"{ident_text}[{_text(pid)}]: {message}")
        else:
            parts.append(f"{ident_text}: {message}")  # Postfix always logs its PID; this one is not Postfix's
    else:
        parts.append(message)
    return " ".join(parts)


def _is_postfix(ident: str) -> bool:
    """Whether a syslog identifier is Postfix's (the rule of `bouncelib.parse_log_line`)."""
    return ident.startswith("postfix") or ("/" in ident and ident.rpartition("/")[2] in DAEMONS)


class LineDecoder:
    """Bytes in, complete text lines out: the text-log decoder of a stream that grows (`feed`, then `end`).

    A line is complete at its LF (CRLF and a lone CR end lines too, as in
    `bouncelib._io`); the unterminated rest waits for more bytes, and is given by
    `end` (a file that rotated, a stream that stopped). A line longer than
    `MAX_FIELD` is cut there: the pieces are lines of their own, nothing is lost.
    """

    __slots__ = ("_rest",)

    def __init__(self) -> None:
        self._rest = b""

    def feed(self, data: bytes) -> list[str]:
        """The lines completed by `data`."""
        if self._rest:
            data = self._rest + data
        cut = data.rfind(b"\n")
        cr = data.rfind(b"\r", cut + 1, len(data) - 1)  # a CR as the very last byte may be half a CRLF
        cut = max(cut, cr)
        if cut < 0:
            if len(data) > MAX_FIELD:
                self._rest = b""
                return [data.decode("utf-8", "replace")]
            self._rest = data
            return []
        self._rest = data[cut + 1 :]
        text = data[: cut + 1].decode("utf-8", "replace")
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text[:-1].split("\n")

    def end(self) -> list[str]:
        """The unterminated last line, if any (and forget it)."""
        rest, self._rest = self._rest, b""
        return self.feed(rest + b"\n") if rest else []


class JsonDecoder:
    """``journalctl -o json`` (one object per line), incrementally: bytes in, text-log lines out."""

    __slots__ = ("_lines",)

    def __init__(self) -> None:
        self._lines = LineDecoder()

    def feed(self, data: bytes) -> list[str]:
        """The lines of the entries completed by `data`."""
        return [_json_line(text) for text in self._lines.feed(data) if text.strip()]

    def end(self) -> list[str]:
        """The lines of a last entry without its newline."""
        return [_json_line(text) for text in self._lines.end() if text.strip()]


def _json_value(value: Any) -> bytes | str | None:
    """A field value of journalctl's JSON: a string, a byte array, null, or a list of those (repeated field)."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value:
        if all(isinstance(b, int) and 0 <= b <= 255 for b in value):
            return bytes(value)
        return _json_value(value[0])  # a field logged more than once: its first value
    return None


def _json_line(text: str) -> str:
    try:
        obj = json.loads(text)
    except ValueError:
        return text  # a broken entry stays a line, counted with the lines that are not Postfix's
    if not isinstance(obj, dict):
        return text
    fields = {k: v for k, v in ((k, _json_value(obj[k])) for k in _WANTED if k in obj) if v is not None}
    return entry_line(fields)


class ExportDecoder:
    """``journalctl -o export`` (the binary-safe entry format), incrementally: bytes in, text-log lines out."""

    __slots__ = ("_buf", "_fields", "_open", "_pos")

    def __init__(self) -> None:
        self._buf = b""
        self._pos = 0
        self._fields: dict[str, bytes] = {}
        self._open = False  # fields of an entry were read (wanted or not): it becomes a line, even an empty one

    def feed(self, data: bytes) -> list[str]:
        """The lines of the entries completed by `data`."""
        buf = self._buf[self._pos :] + data if self._pos < len(self._buf) else data
        self._pos = 0
        out: list[str] = []
        pos = 0
        n = len(buf)
        while pos < n:
            nl = buf.find(b"\n", pos)
            if nl < 0:
                if n - pos > MAX_FIELD:  # no end of field in sight: damage; keep what was read
                    self._fields.setdefault("MESSAGE", buf[pos:])
                    out.append(self._emit())
                    pos = n
                break
            if nl == pos:  # an empty line ends the entry
                if self._open:
                    out.append(self._emit())
                pos = nl + 1
                continue
            eq = buf.find(b"=", pos, nl)
            self._open = True
            if eq >= 0:
                name = buf[pos:eq]
                if name in _WANTED_BYTES:
                    self._fields[name.decode("ascii")] = buf[eq + 1 : nl]
                pos = nl + 1
                continue
            # "NAME\n", 8 bytes little-endian length, the data, "\n".
            if n < nl + 9:
                break
            size = int.from_bytes(buf[nl + 1 : nl + 9], "little")
            if size > MAX_FIELD:
                # Not a length a mail log writes: the stream is garbled. Keep the entry so far and
                # go on at the next empty line.
                out.append(self._emit() if self._fields else entry_line({"MESSAGE": buf[pos:nl]}))
                self._fields, self._open = {}, False
                end = buf.find(b"\n\n", nl)
                pos = n if end < 0 else end + 2
                continue
            stop = nl + 9 + size
            if n < stop + 1:
                break
            name = buf[pos:nl]
            if name in _WANTED_BYTES:
                self._fields[name.decode("ascii")] = buf[nl + 9 : stop]
            pos = stop + 1  # the newline after the data
        self._buf = buf
        self._pos = pos
        return out

    def _emit(self) -> str:
        line = entry_line(self._fields)
        self._fields = {}
        self._open = False
        return line

    def end(self) -> list[str]:
        """The line of a last entry that was not closed by an empty line (a truncated stream)."""
        rest = self._buf[self._pos :]
        self._buf, self._pos = b"", 0
        # `feed` kept every complete field, so `rest` is at most one field cut short: keep what there is of it.
        if rest:
            nl = rest.find(b"\n")
            if nl < 0:
                name, _, value = rest.partition(b"=")
            else:
                name, value = rest[:nl], rest[nl + 9 :]
            if name in _WANTED_BYTES:
                self._fields[name.decode("ascii")] = value
            self._open = True
        return [self._emit()] if self._open else []


_WANTED_BYTES: Final = frozenset(name.encode("ascii") for name in _WANTED)


def decoder(fmt: JournalFormat | None) -> LineDecoder | JsonDecoder | ExportDecoder:
    """The incremental decoder of a stream in `fmt` (None: a text log)."""
    if fmt == "json":
        return JsonDecoder()
    if fmt == "export":
        return ExportDecoder()
    return LineDecoder()


def decoded_chunks(blocks: Iterable[bytes], fmt: JournalFormat | None) -> Iterator[list[str]]:
    """Lists of lines from byte blocks of one stream in `fmt` (what the reader's loop takes)."""
    dec = decoder(fmt)
    for block in blocks:
        lines = dec.feed(block)
        if lines:
            yield lines
    last = dec.end()
    if last:
        yield last


class JournalRecord(LogRecord):
    """A `LogRecord` read from the systemd journal: the same fields, ``source="journal"``."""

    __slots__ = ()

    def to_record(self) -> dict[str, Any]:
        """The shared flat record (`bouncelib.RECORD_KEYS`), ``source="journal"``."""
        rec = super().to_record()
        rec["source"] = "journal"
        return rec

    def to_model(self) -> JournalEvent:
        """This record as a validated, frozen Pydantic `JournalEvent`."""
        return JournalEvent(**super().to_model().model_dump())


class JournalEvent(LogEvent):
    """The validated, frozen Pydantic form of a `JournalRecord`."""

    def to_record(self) -> dict[str, Any]:
        """The shared flat record (`bouncelib.RECORD_KEYS`), ``source="journal"``."""
        rec = super().to_record()
        rec["source"] = "journal"
        return rec


# ---------------------------------------------------------------- running journalctl

#: journalctl matches are exact, so "every postfix* identifier" is spelled out: the identifiers the
#: journal holds that are Postfix's (``journalctl -F SYSLOG_IDENTIFIER``), plus ``postfix/DAEMON``
#: for each daemon the parser knows, so that a daemon first heard of while following is not missed.
DEFAULT_IDENTIFIERS: Final[tuple[str, ...]] = tuple(sorted(f"postfix/{d}" for d in DAEMONS))
JOURNALCTL_HINT: Final = "journalctl was not found: install systemd (Debian: apt-get install systemd), or read "\
    "an export made elsewhere with: journalctl -o export > FILE; bouncelib log FILE"  # fmt: skip


def _when(value: str | datetime) -> str:
    """A --since/--until value as journalctl reads it (an aware datetime is given in UTC)."""
    if isinstance(value, datetime):
        text = f"{value.astimezone(UTC) if value.tzinfo else value:%Y-%m-%d %H:%M:%S.%f}"  # journalctl takes .usec
        return text + " UTC" if value.tzinfo else text
    return value


def journalctl_argv(*, units: Sequence[str] = (), identifiers: Sequence[str] = (), since: str | datetime | None = None,
                    until: str | datetime | None = None, files: Sequence[str | os.PathLike[str]] = (),
                    directory: str | os.PathLike[str] | None = None, follow: bool = False,
                    journalctl: str = "journalctl") -> list[str]:  # fmt: skip
    """The journalctl command line (``-o export``: binary-safe, and never hides a long field)."""
    argv = [journalctl, "-o", "export", "--no-pager"]
    argv.extend(f"--file={os.fspath(f)}" for f in files)
    if directory is not None:
        argv.append(f"--directory={os.fspath(directory)}")
    if since is not None:
        argv.append(f"--since={_when(since)}")
    if until is not None:
        argv.append(f"--until={_when(until)}")
    if follow:
        argv.append("--follow")
        if since is None:
            argv.append("--lines=0")  # from now on (journalctl would show the last ten entries first)
    argv.extend(f"--unit={u}" for u in units)
    argv.extend(f"SYSLOG_IDENTIFIER={i}" for i in identifiers)  # the same field: journalctl ORs them
    return argv


def postfix_identifiers(*, files: Sequence[str | os.PathLike[str]] = (),
                        directory: str | os.PathLike[str] | None = None, journalctl: str = "journalctl") -> list[str]:
    """Every Postfix syslog identifier: those the journal holds (``-F``) and ``postfix/DAEMON`` for known daemons."""
    argv = [journalctl, "--no-pager", "-F", "SYSLOG_IDENTIFIER"]
    argv.extend(f"--file={os.fspath(f)}" for f in files)
    if directory is not None:
        argv.append(f"--directory={os.fspath(directory)}")
    done = _run_quietly(argv)
    seen = done.splitlines() if done is not None else []
    return sorted({*DEFAULT_IDENTIFIERS, *(i for i in seen if i and _is_postfix(i))})


def _run_quietly(argv: list[str]) -> str | None:
    try:
        proc = subprocess.run(argv, capture_output=True, check=False, timeout=300)
    except (OSError, subprocess.SubprocessError):
        return None
    return proc.stdout.decode("utf-8", "replace") if proc.returncode == 0 else None


def find_journalctl(journalctl: str = "journalctl") -> str:
    """The path of `journalctl`, or `InputError` with the install hint."""
    path = shutil.which(journalctl)
    if path is None:
        raise InputError(JOURNALCTL_HINT if journalctl == "journalctl" else f"{journalctl} was not found")
    return path


class JournalProcess:
    """A running ``journalctl`` whose output a `LogReader` reads (`bouncelib.read_journal` makes one).

    The process starts when reading starts and is waited for when it ends; a
    journalctl that exits with an error raises `InputError` with its own first line
    of complaint. `stop` ends it (``--follow`` runs until then).
    """

    def __init__(self, argv: list[str], *, follow: bool = False) -> None:
        self.argv = argv
        self.follow = follow
        self._proc: subprocess.Popen[bytes] | None = None
        self._stopping = False

    def blocks(self) -> Iterator[bytes]:
        """The bytes journalctl writes, as they come."""
        with tempfile.TemporaryFile() as err:  # a file, not a pipe: a chatty stderr cannot block journalctl
            try:
                proc = subprocess.Popen(self.argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=err)
            except OSError as exc:
                raise InputError(f"cannot run {self.argv[0]}: {exc.strerror or exc}") from None
            self._proc = proc
            assert proc.stdout is not None
            fd = proc.stdout.fileno()
            try:
                while True:
                    # os.read gives what the pipe holds now: a followed journal's entries are passed on
                    # as they come instead of waiting for a full buffer.
                    data = os.read(fd, 1 << 20)
                    if not data:
                        break
                    yield data
            finally:
                proc.stdout.close()
                if proc.poll() is None:
                    proc.terminate()
                status = proc.wait()
            if self._stopping:
                return
            err.seek(0)
            said = [ln.strip() for ln in err.read().decode("utf-8", "replace").splitlines() if ln.strip()]
            if status != 0:
                raise InputError(f"journalctl failed: {said[0] if said else f'exit status {status}'}")
            if self.follow:  # a followed journal ends only when we stop it (systemd 252 says so on stderr, exit 0)
                raise InputError(f"journalctl stopped following: {said[0] if said else 'it ended by itself'}")

    def stop(self) -> None:
        """End journalctl (its output read so far is still read to the end)."""
        self._stopping = True
        proc = self._proc
        if proc is not None and proc.poll() is None:
            proc.terminate()
