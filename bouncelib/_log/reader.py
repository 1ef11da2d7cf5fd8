"""`read_log`: stream a mail log (files, rotations, stdin, file objects, lines) into correlated records.

What it yields: by default the *events* (kinds ``delivery``, ``reject``,
``expired``), each enriched by the `Correlator` when ``correlate=True``. Every
other line is still read (qmgr, cleanup and smtpd lines feed the correlator) and
counted; ``kinds="all"`` yields every record, ``kinds={"unrecognised"}`` only the
lines the parser could not read.

Accounting (`ReaderStats`): every line read is exactly one of a record of a known
kind, an unrecognised Postfix line, or a line that is not Postfix's, so
``lines == records + unrecognised + not_postfix`` always holds.
"""

from __future__ import annotations

import collections
import io
import lzma
import os
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from itertools import chain
from typing import IO, Any, Final, TypeAlias

from bouncelib._io import batched_lines, iter_chunks, open_binary
from bouncelib._log.correlate import ENRICHED_KINDS, Correlator
from bouncelib._log.fastpath import SHAPE_LEN, queue_line
from bouncelib._log.follow import FollowedFile, Stopper, live_lines, pipe_blocks
from bouncelib._log.journal import (
    JournalFormat,
    JournalProcess,
    JournalRecord,
    decoded_chunks,
    find_journalctl,
    journalctl_argv,
    postfix_identifiers,
    sniff_journal,
)
from bouncelib._log.parser import LineParser, TagInfo, delivery_of_match, split_qid
from bouncelib._log.record import EVENT_KINDS, LogRecord
from bouncelib._log.stamps import Clock, last_bsd_stamp
from bouncelib._vocab import LOG_KINDS
from bouncelib.errors import InputError

__all__ = ["LogReader", "LogSource", "ReaderStats", "parse_lines", "read_journal", "read_log"]

#: What `read_log` reads: a path, ``"-"`` (stdin), a list of paths, a file object, or an iterable of lines.
LogSource: TypeAlias = "str | os.PathLike[str] | IO[Any] | Iterable[str | bytes | os.PathLike[str]] | JournalProcess"
_ALL: Final = frozenset(LOG_KINDS)
_new = tuple.__new__


@dataclass
class ReaderStats:
    """Counts kept while reading (``lines == records + unrecognised + not_postfix``)."""

    lines: int = 0
    """Lines read."""
    not_postfix: int = 0
    """Lines that are not Postfix's (other daemons, blank lines, garbage)."""
    unrecognised: int = 0
    """Postfix lines the parser could not read."""
    kinds: dict[str, int] = field(default_factory=dict)
    """Records per kind (without ``unrecognised``)."""
    yielded: int = 0
    """Records handed to the caller."""
    open_queue_ids: int = 0
    """Queue ids still open (no ``removed`` seen) when reading ended."""
    evicted: int = 0
    """Queue entries the correlator dropped by age or count before their ``removed`` line."""
    errors: list[str] = field(default_factory=list)
    """Files that could not be read to their end (``"path: what went wrong"``); the lines read before count."""

    @property
    def records(self) -> int:
        """Lines read into a record of a known kind."""
        return sum(self.kinds.values())

    def as_dict(self) -> dict[str, Any]:
        """The counts as a plain dict (with ``records``)."""
        return {
            "lines": self.lines, "records": self.records, "unrecognised": self.unrecognised,
            "not_postfix": self.not_postfix, "yielded": self.yielded, "open_queue_ids": self.open_queue_ids,
            "evicted": self.evicted, "kinds": dict(sorted(self.kinds.items())), "errors": list(self.errors),
        }  # fmt: skip


def _wanted(kinds: Iterable[str] | str | None) -> frozenset[str]:
    if kinds is None:
        return EVENT_KINDS
    if isinstance(kinds, str):
        if kinds == "all":
            return _ALL
        kinds = kinds.split(",")
    chosen = frozenset(k.strip() for k in kinds if k.strip())
    unknown = chosen - _ALL
    if unknown:
        raise InputError(f"unknown record kind(s): {', '.join(sorted(unknown))}; known: {', '.join(LOG_KINDS)}")
    return chosen


def _is_path_list(source: Any) -> bool:
    """A list/tuple of paths (rather than of lines): PathLike items, or short strings that cannot be log lines."""
    if not isinstance(source, list | tuple) or not source:
        return False
    if all(isinstance(x, os.PathLike) for x in source):
        return True
    return len(source) <= 1000 and all(
        isinstance(x, str | os.PathLike) and (not isinstance(x, str) or ("]: " not in x and "\n" not in x))
        for x in source
    )


class _Feed:
    """One input of a reader (a file, a stream, a followed path, journalctl's output): its lines, and their source.

    `journal` says whether the lines were made from journal entries (the records then
    become `JournalRecord`s); a followed file only knows it once its first bytes came,
    which is why it is an attribute read as the records go rather than an argument.
    """

    __slots__ = ("chunks", "journal", "live")

    def __init__(self, chunks: Iterator[list[str]], *, journal: bool = False, live: bool = False) -> None:
        self.chunks = chunks
        self.journal = journal
        self.live = live


class _Rejoined:
    """A stream whose first bytes were read to sniff them: `read` gives them back first."""

    __slots__ = ("_head", "_stream")

    def __init__(self, head: bytes | str, stream: Any) -> None:
        self._head: bytes | str | None = head
        self._stream = stream

    def read(self, size: int = -1) -> bytes | str:
        head = self._head
        if head:
            self._head = None
            return head
        data: bytes | str = self._stream.read(size)
        return data


_SNIFF: Final = 1 << 16


def _fed(rec: LogRecord, corr: Correlator, enrich: bool, wanted: frozenset[str],
         counts: dict[str, int]) -> LogRecord | None:  # fmt: skip
    """`rec` fed to the correlator and counted: the record to yield (enriched when asked), None when its kind is
    not wanted."""
    kind = rec.kind
    counts[kind] = counts.get(kind, 0) + 1
    enriched = corr.feed(rec)
    return (enriched if enrich else rec) if kind in wanted else None


class LogReader:
    """An iterator over the records of a log, with its `stats` (what `read_log` returns)."""

    def __init__(self, source: LogSource, *, year: int | None = None, tz: tzinfo | str | None = None,
                 correlate: bool = True, kinds: Iterable[str] | str | None = None,
                 max_open: int = 100_000, max_age: timedelta = timedelta(days=5), follow: bool = False,
                 from_start: bool = False, interval: float = 0.5) -> None:  # fmt: skip
        self.stats = ReaderStats()
        """The counts so far (complete once the iterator is exhausted)."""
        self._source = source
        self._clock = Clock(year=year, tz=tz)
        self._parser = LineParser(self._clock)
        self.correlator: Correlator | None = Correlator(max_open=max_open, max_age=max_age) if correlate else None
        """The correlator (None with ``correlate=False``); its state persists across the files of one reader."""
        self._wanted = _wanted(kinds)
        self._iter: Iterator[LogRecord] | None = None
        self.lines_read = 0
        """Lines read so far (updated per chunk, for progress displays)."""
        self.current: str | None = None
        """The file being read (None for streams and iterables)."""
        self.stopper = Stopper()
        """Set by `stop`; a followed source ends once it is set."""
        self.follow = follow
        """Whether a path (or stdin) is followed as it grows (`read_log` ``follow=True``)."""
        if follow and not isinstance(source, str | os.PathLike | JournalProcess):
            raise InputError("follow=True takes one path (or '-' for standard input)")
        # Made now, so that "from now on" means from this call, not from the first read.
        self.followed: FollowedFile | None = (
            FollowedFile(source, self.stopper, from_start=from_start, interval=interval)
            if follow and isinstance(source, str | os.PathLike) and os.fspath(source) != "-" else None
        )
        """The followed file, when following a path (its ``rotations`` and ``recovered`` counts)."""

    def __iter__(self) -> Iterator[LogRecord]:
        # The generator itself, so that a for loop resumes it directly instead of going through
        # __next__ below once per record; both share one generator, so they can be mixed.
        if self._iter is None:
            self._iter = self._records()
        return self._iter

    def __next__(self) -> LogRecord:
        if self._iter is None:
            self._iter = self._records()
        return next(self._iter)

    def stop(self) -> None:
        """End a followed log (or a ``journalctl --follow``): what is there now is read, then iteration ends.

        Safe to call from a signal handler: it sets a flag (and ends a journalctl child).
        """
        self.stopper.set()

    def _records(self) -> Iterator[LogRecord]:
        # A chain of each feed's records rather than a generator yielding from them: a for loop over
        # the reader then resumes `_run` itself, not a generator that resumes it, for every record.
        return chain.from_iterable(map(self._feed_records, self._feeds()))

    def _feed_records(self, feed: _Feed) -> Iterator[LogRecord]:
        records = self._run(feed.chunks)
        if feed.live:
            return _live_records(records, feed)
        if feed.journal:
            return map(_as_journal, records)
        return records

    def _feeds(self) -> Iterator[_Feed]:
        """The inputs, one after the other."""
        src = self._source
        if isinstance(src, JournalProcess):
            self.stopper.on_stop(src.stop)
            yield _Feed(decoded_chunks(src.blocks(), "export"), journal=True, live=True)
        elif self.follow:
            yield self._followed(src)  # type: ignore[arg-type]
        elif isinstance(src, str | os.PathLike):
            yield from self._files([src])
        elif _is_path_list(src):
            yield from self._files(list(src))  # type: ignore[arg-type]
        elif hasattr(src, "read"):
            yield self._stream(open_binary(src))  # type: ignore[arg-type]
        elif isinstance(src, bytes | bytearray):
            raise InputError("read_log() takes a path, '-', a file object or an iterable of lines, not bytes")
        elif isinstance(src, Iterable):
            yield _Feed(batched_lines(src))  # type: ignore[arg-type]
        else:
            raise InputError(
                "read_log(source=...) takes a path, '-', a file object or an iterable of lines, "
                f"not {type(src).__name__}"
            )

    @staticmethod
    def _stream(stream: IO[Any] | _Guarded) -> _Feed:
        """A whole stream: a text log, or journalctl's JSON or export output (told apart by the first bytes)."""
        head = stream.read(_SNIFF)
        fmt = sniff_journal(head.encode("utf-8", "replace") if isinstance(head, str) else head)
        rejoined: Any = _Rejoined(head, stream)
        if fmt is None:
            return _Feed(iter_chunks(rejoined))
        return _Feed(decoded_chunks(_byte_blocks(rejoined), fmt), journal=True)

    def _files(self, paths: list[str | os.PathLike[str]]) -> Iterator[_Feed]:
        self._anchor_year(paths[-1])
        for path in paths:
            self.current = os.fspath(path)
            if os.fspath(path) == "-":
                yield self._stream(open_binary("-"))
                continue
            stream = open_binary(path)
            if self._clock.anchored is False:
                try:
                    mtime: float | None = os.stat(path).st_mtime
                except OSError:
                    mtime = None
                if mtime is not None:
                    # Rule 1 of the year inference without an anchor: nothing in a file is newer than the file.
                    self._clock.set_reference(datetime.fromtimestamp(mtime, self._clock.tz))
            guarded = _Guarded(stream, os.fspath(path), self.stats.errors)
            try:
                feed = self._stream(guarded)
                yield _Feed(_closing(feed.chunks, stream), journal=feed.journal)
            finally:
                stream.close()

    def _anchor_year(self, last: str | os.PathLike[str]) -> None:
        """Rule 1 of the year inference: anchor at the last line of the last file, bounded by that file's mtime.

        Only for regular files (a pipe cannot be read twice); the tail of a plain file is
        read from its end, a compressed one is decompressed to find it.
        """
        if self._clock.anchored is not False or os.fspath(last) == "-":
            return
        try:
            st = os.stat(last)
            if not stat.S_ISREG(st.st_mode):
                return
            stream = open_binary(last)
            try:
                tail = _tail(stream)
            finally:
                stream.close()
        except (OSError, EOFError, *_DECODE_ERRORS):
            return  # the file is read (and its trouble reported) in order, like the others
        stamp = last_bsd_stamp(tail)
        if stamp is not None:
            self._clock.set_anchor(stamp, datetime.fromtimestamp(st.st_mtime, self._clock.tz))

    def _followed(self, path: str | os.PathLike[str]) -> _Feed:
        """A path followed as it grows (or standard input read as it comes); its format is sniffed on arrival."""
        if self.followed is None:
            blocks: Iterator[bytes | None] = pipe_blocks(sys.stdin.buffer.fileno(), self.stopper)
        else:
            self._clock.set_reference(datetime.now(self._clock.tz))  # a live file is written now
            blocks = self.followed.blocks()
        feed = _Feed(iter(()), live=True)
        feed.chunks = _live_chunks(blocks, feed)
        return feed

    def _run(self, chunks: Iterable[list[str]]) -> Iterator[LogRecord]:
        # The hot loop (see docs/log.md, "Speed"): the syslog tag is looked up in a cache, the
        # prefix goes through the clock only when it changes, the common line shapes are read by
        # the fast path (bouncelib._log.fastpath) without building a record, and only the kinds
        # the caller wants become records.
        stats = self.stats
        counts = stats.kinds
        tags = self._parser._tags
        get_tag = self._parser.tag
        pidless = self._parser.pidless
        relogged = self._parser.relogged
        read_clock = self._clock.read
        corr = self.correlator if self.correlator is not None else Correlator()
        enrich = self.correlator is not None
        wanted = self._wanted
        shape_len = SHAPE_LEN
        n = not_postfix = yielded = 0
        last_pre: str | None = None
        stamp: tuple[datetime | None, str | None, bool] = (None, None, False)
        try:
            for lines in chunks:
                n += len(lines)
                self.lines_read = stats.lines + n  # n is this chunk's: the counts are synced after each one
                for line in lines:
                    head, sep, msg = line.partition("]: ")
                    pre, _, tag = head.rpartition(" ")
                    info = tags.get(tag) or get_tag(tag) if sep else None
                    if info is None and sep:
                        # A whole syslog line relogged as another program's message (as `LineParser.parse`).
                        info, pre, msg = relogged(msg)
                    if info is None:
                        # A Postfix tag without "[pid]" (postlog without -i, a renamed syslog_name): rare, so
                        # read by the parser, as `parse_log_line` reads it; any other line is not Postfix's.
                        rec = pidless(line) if "/" in line else None
                        if rec is None:
                            not_postfix += 1
                            continue
                        got = _fed(rec, corr, enrich, wanted, counts)
                        if got is not None:
                            yielded += 1
                            yield got
                        continue
                    if pre != last_pre:
                        # Every prefix goes through the clock in order: the year and DST rules need them all.
                        stamp = read_clock(pre) if pre else (None, None, False)
                        last_pre = pre
                    qid = m = None
                    shapes = info.shapes
                    kind = shapes.get(msg[:shape_len]) if shapes else None
                    if kind is None:
                        match = info.queue_match
                        m = match(msg) if match is not None else None
                        if m is not None:
                            qid = m[1]
                            kind = queue_line(m, corr, stamp[0])
                    if kind is None:
                        # Everything uncommon: the full parser decides (and the correlator learns from it).
                        qid, msg = split_qid(msg)
                        # The message without trailing blanks, as `LineParser.parse` hands it on.
                        rec = info.handler((stamp[0], stamp[1], info.program, info.pid, qid), msg.rstrip(), line,
                                           stamp[2])  # fmt: skip
                        kind = rec.kind
                        enriched = corr.feed(rec)
                        if kind in wanted:
                            yielded += 1
                            yield enriched if enrich else rec
                    elif kind in wanted:
                        yielded += 1
                        if m is not None and kind == "delivery" and enrich:
                            # Built once, from the fast path's match, with the queue facts, instead of
                            # built and then enriched.
                            yield delivery_of_match((stamp[0], stamp[1], info.program, info.pid, qid), m, line,
                                                    stamp[2], corr.facts_of(qid))  # fmt: skip
                        else:
                            if m is not None:
                                msg = msg[m.end(1) + 2 :]  # what follows the queue id, as the parser reads it
                            yield self._record(info, stamp, qid, kind, msg.rstrip(), line, corr if enrich else None)
                    try:
                        counts[kind] += 1
                    except KeyError:
                        counts[kind] = 1
                # The counts are whole after every chunk: a followed log is read for days.
                stats.lines += n
                stats.not_postfix += not_postfix
                stats.yielded += yielded
                n = not_postfix = yielded = 0
                stats.unrecognised += counts.pop("unrecognised", 0)
                stats.open_queue_ids = len(corr)
                stats.evicted = corr.evicted
        finally:
            stats.lines += n
            stats.not_postfix += not_postfix
            stats.yielded += yielded
            stats.unrecognised += counts.pop("unrecognised", 0)
            stats.open_queue_ids = len(corr)
            stats.evicted = corr.evicted

    @staticmethod
    def _record(info: TagInfo, stamp: tuple[datetime | None, str | None, bool], qid: str | None, kind: str,  # noqa: PLR0917
                msg: str, line: str, corr: Correlator | None) -> LogRecord:  # fmt: skip
        """The record of a line the fast path classified (it is wanted after all; deliveries are built inline)."""
        rec = info.handler((stamp[0], stamp[1], info.program, info.pid, qid), msg, line, stamp[2])
        if corr is None:
            return rec
        return corr.enrich(rec) if kind in ENRICHED_KINDS else rec


#: What a damaged compressed file raises part-way (a truncated gzip, a corrupt bzip2/xz stream).
_DECODE_ERRORS: Final = (EOFError, zlib.error, lzma.LZMAError, ValueError)
_TAIL: Final = 1 << 16


class _Guarded:
    """A binary stream whose read errors end the file (recorded by name) instead of the whole run."""

    def __init__(self, stream: IO[Any], name: str, errors: list[str]) -> None:
        self._stream = stream
        self._name = name
        self._errors = errors

    def read(self, size: int = -1) -> Any:
        try:
            return self._stream.read(size)
        except (OSError, *_DECODE_ERRORS) as exc:
            what = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
            self._errors.append(f"{self._name}: {what} (the lines before it were read)")
            return b""


def _tail(stream: IO[Any]) -> list[str]:
    """The last lines (up to 64 KiB) of a binary stream: seeking from the end when it can, else reading through."""
    raw = getattr(stream, "raw", None)
    if isinstance(stream, io.BufferedReader) and raw is not None and raw.seekable():
        size = stream.seek(0, io.SEEK_END)
        stream.seek(max(0, size - _TAIL))
        data = stream.read()
    else:
        kept: collections.deque[bytes] = collections.deque(maxlen=2)
        while chunk := stream.read(_TAIL):
            kept.append(chunk)
        data = b"".join(kept)
    return data.decode("utf-8", "replace").splitlines()


def _byte_blocks(stream: Any) -> Iterator[bytes]:
    """A stream's content in blocks of bytes (a text stream's is encoded as UTF-8)."""
    while block := stream.read(1 << 20):
        yield block.encode() if isinstance(block, str) else block


def _closing(chunks: Iterator[list[str]], stream: IO[Any]) -> Iterator[list[str]]:
    try:
        yield from chunks
    finally:
        stream.close()


def _as_journal(rec: LogRecord) -> LogRecord:
    """The record as a `JournalRecord` (a function for `map`: journal feeds are not live)."""
    return _new(JournalRecord, rec)


def _live_records(records: Iterator[LogRecord], feed: _Feed) -> Iterator[LogRecord]:
    """The records of a live feed, whose format is known only once its first bytes came (`feed.journal`)."""
    for rec in records:
        yield _new(JournalRecord, rec) if feed.journal else rec


def _live_chunks(blocks: Iterator[bytes | None], feed: _Feed) -> Iterator[list[str]]:
    """Lines of a followed input as they complete; the format (text or journal) is told by the first bytes."""
    def known(fmt: JournalFormat | None) -> None:
        feed.journal = fmt is not None

    return live_lines(blocks, known)


def read_log(source: LogSource, *, year: int | None = None, tz: tzinfo | str | None = None,
             correlate: bool = True, kinds: Iterable[str] | str | None = None, follow: bool = False,
             from_start: bool = False) -> LogReader:  # fmt: skip
    """Stream a Postfix log into `LogRecord` events; the returned reader also keeps `ReaderStats`.

    `source`: a path, ``"-"`` for stdin, a list of paths in rotation order (oldest
    first, read as one stream), a text or binary file object, or an iterable of
    lines (str or bytes). gzip, bzip2 and xz are recognised by their content.
    Bytes that are not UTF-8 are decoded with ``errors="replace"``: no crash, no
    lost line.

    `kinds`: which records to yield: None for the events (``delivery``, ``reject``,
    ``expired``), ``"all"``, or a set/comma list of kinds. Every line is read and
    counted whatever is yielded.

    `correlate`: copy sender, size, nrcpt, message_id, client host/IP from earlier
    lines of the same queue id into outcome records (bounded memory).

    `year`, `tz`: the year of the first year-less stamp and the zone of stamps
    without an offset (see `bouncelib._log.stamps` for the full year rule).

    journalctl's ``-o json`` and ``-o export`` output is recognised by its content
    too: each entry is read with its exact time (UTC, microseconds), host, program
    and PID, and its records say ``source="journal"`` (`bouncelib.read_journal`
    runs journalctl itself).

    `follow`: keep reading a path (or ``"-"``) as it grows, like ``tail -F``: events
    come as soon as their line is complete; rotation by rename and by copytruncate
    and a file that does not exist yet are handled; iteration ends after
    `LogReader.stop` (see ``docs/watch.md``). It starts at the end of an existing
    file unless `from_start`.

    >>> lines = [
    ...     "2026-03-02T10:00:00+00:00 mx postfix/qmgr[7]: 4A1B2C3D4E: from=<a@example.com>, size=900, nrcpt=1 "
    ...     "(queue active)",
    ...     "2026-03-02T10:00:01+00:00 mx postfix/smtp[8]: 4A1B2C3D4E: to=<b@example.org>, "
    ...     "relay=mx.example.org[192.0.2.25]:25, delay=1, delays=0/0/0.5/0.5, dsn=4.2.2, status=deferred "
    ...     "(host mx.example.org[192.0.2.25] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command))",
    ... ]
    >>> reader = read_log(lines)
    >>> [(e.status, e.sender, e.size) for e in reader]
    [('deferred', 'a@example.com', 900)]
    >>> reader.stats.lines, reader.stats.records, reader.stats.not_postfix
    (2, 2, 0)
    """
    return LogReader(source, year=year, tz=tz, correlate=correlate, kinds=kinds, follow=follow,
                     from_start=from_start)


def read_journal(*, units: str | Sequence[str] = (), identifiers: str | Sequence[str] | None = None,
                 since: str | datetime | None = None, until: str | datetime | None = None,
                 file: str | os.PathLike[str] | Sequence[str | os.PathLike[str]] | None = None,
                 directory: str | os.PathLike[str] | None = None, follow: bool = False, correlate: bool = True,
                 kinds: Iterable[str] | str | None = None, journalctl: str = "journalctl") -> LogReader:  # fmt: skip
    """Read Postfix's entries of the systemd journal: `read_log` over the output of ``journalctl -o export``.

    journalctl is run when reading starts, with the filters given: `units`
    (``--unit``, e.g. ``"postfix@-"``), `identifiers` (syslog identifiers; by default,
    when no unit is given, every Postfix one: those the journal holds and
    ``postfix/DAEMON`` for each daemon), `since`/`until` (journalctl's syntax:
    ``"today"``, ``"-1h"``, ``"2025-03-06 12:00"``; an aware datetime is passed in
    UTC), `file` (journal files, ``--file``) or `directory` (``--directory``).
    Records have exact UTC timestamps and ``source="journal"``. A journalctl that
    is missing or fails raises `InputError` with one line saying why.

    `follow` keeps reading new entries (``journalctl --follow``, from now on unless
    `since` says otherwise) until `LogReader.stop` is called.
    """
    path = find_journalctl(journalctl)
    files = [file] if isinstance(file, str | os.PathLike) else list(file or ())
    unit_list = [units] if isinstance(units, str) else list(units)
    if identifiers is None:
        ident_list = [] if unit_list else postfix_identifiers(files=files, directory=directory, journalctl=path)
    else:
        ident_list = [identifiers] if isinstance(identifiers, str) else list(identifiers)
    argv = journalctl_argv(units=unit_list, identifiers=ident_list, since=since, until=until, files=files,
                           directory=directory, follow=follow, journalctl=path)  # fmt: skip
    return LogReader(JournalProcess(argv, follow=follow), correlate=correlate, kinds=kinds, tz="UTC", follow=follow)


def parse_lines(lines: Iterable[str | bytes], *, year: int | None = None, tz: tzinfo | str | None = None,
                correlate: bool = True, kinds: Iterable[str] | str | None = None) -> Iterator[LogRecord]:  # fmt: skip
    """Records of an iterable of lines: a picklable function for Spark ``mapPartitions``/Dask ``map_partitions``.

    Correlation works within the partition it is given (a queue id's lines split
    over two partitions are not joined; outcome lines still stand on their own).
    Bind options with ``functools.partial(parse_lines, year=2025)``, which pickles too.
    """
    if not isinstance(lines, Iterable) or isinstance(lines, str | bytes | bytearray):
        raise InputError(f"parse_lines(lines=...) takes an iterable of lines, not {type(lines).__name__}")
    return iter(LogReader(_lines(lines), year=year, tz=tz, correlate=correlate, kinds=kinds))


def _lines(items: Iterable[str | bytes]) -> Iterator[str | bytes]:
    """A generator over `items`, so that a list of lines is never mistaken for a list of paths."""
    yield from items
