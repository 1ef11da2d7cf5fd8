"""Reading many bounce emails: mbox files, maildir folders, directories, single files, stdin.

Streaming: an mbox is read line by line in binary and each message is parsed as soon as
the next ``From `` separator (after a blank line, or at the start) is seen, so memory holds
one message at a time whatever the mailbox size.  gzip, bzip2 and xz files are recognised
by their first bytes.  Line endings (LF, CRLF, CR) are left to `parse_message`.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Final, cast

from bouncelib._dsn.parse import parse_message
from bouncelib._dsn.report import BounceReport

__all__ = ["iter_messages", "read_mailbox"]

_MBOXRD: Final = re.compile(rb"^>(>*From )")
# "From sender Thu Jul  2 12:05:05 2020": a separator line even without the blank line before it
# (sloppy mbox writers); a body line starting with "From " rarely ends in a ctime date.
_SEPARATOR: Final = re.compile(rb"^From \S+ +\w{3} \w{3} +\d{1,2} \d\d:\d\d:\d\d(?: \S+)? \d{4}\s*$")
_SKIP_NAMES: Final = frozenset({".DS_Store", "dovecot.index", "dovecot-uidlist", "maildirfolder"})
# Files beside emails in a directory that are certainly not emails (corpus sidecars, notes, scripts).
_SKIP_SUFFIXES: Final = (".jsonl", ".json", ".md", ".py", ".csv")


def _open(path: Path) -> IO[bytes]:
    with open(path, "rb") as fh:
        head = fh.read(6)
    if head.startswith(b"\x1f\x8b"):
        return cast("IO[bytes]", gzip.open(path, "rb"))
    if head.startswith(b"BZh"):
        return bz2.open(path, "rb")
    if head.startswith(b"\xfd7zXZ\x00"):
        return lzma.open(path, "rb")
    return open(path, "rb")


def _decompressing(raw: IO[bytes]) -> IO[bytes]:
    """A stream (stdin, a file object) unwrapped from gzip/bzip2/xz when its first bytes say so."""
    buffered = raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(cast("Any", raw))
    head = buffered.peek(6)[:6]
    if head.startswith(b"\x1f\x8b"):
        return cast("IO[bytes]", gzip.GzipFile(fileobj=buffered, mode="rb"))
    if head.startswith(b"BZh"):
        return cast("IO[bytes]", bz2.BZ2File(buffered, mode="rb"))
    if head.startswith(b"\xfd7zXZ\x00"):
        return cast("IO[bytes]", lzma.LZMAFile(buffered, mode="rb"))
    return cast("IO[bytes]", buffered)


def _split_mbox(fh: IO[bytes], first: bytes) -> Iterator[bytes]:
    """Messages of an mbox stream whose first line is `first` (a ``From `` line)."""
    lines: list[bytes] = [first]
    prev_blank = False
    for raw in fh:
        line = raw
        if line.startswith(b"From ") and (prev_blank or _SEPARATOR.match(line)):
            yield _finish(lines)
            lines = [line]
            prev_blank = False
            continue
        prev_blank = line in (b"\n", b"\r\n", b"\r")
        if line.startswith(b">") and _MBOXRD.match(line):
            line = line[1:]  # mboxrd quoting of body lines that start with "From "
        lines.append(line)
    if lines:
        yield _finish(lines)


def _finish(lines: list[bytes]) -> bytes:
    # Drop the blank line that separates messages in an mbox; it is not part of the message.
    if len(lines) > 1 and lines[-1] in (b"\n", b"\r\n"):
        lines = lines[:-1]
    return b"".join(lines)


def _stream(fh: IO[bytes], name: str) -> Iterator[tuple[str, bytes]]:
    first = fh.readline()
    while first in (b"\n", b"\r\n"):  # blank lines before the first separator would merge every message
        first = fh.readline()
    if first.startswith(b"From ") and b"\r" in first.rstrip(b"\r\n"):
        # CR-only line endings (classic Mac OS): readline() returned the whole file. Rare enough to
        # read at once; splitting on LF alone would make one message of all of them.
        fh = io.BytesIO((first + fh.read()).replace(b"\r\n", b"\n").replace(b"\r", b"\n"))
        first = fh.readline()
    if first.startswith(b"From "):
        for i, msg in enumerate(_split_mbox(fh, first)):
            yield f"{name}#{i + 1}", msg
    else:
        yield name, first + fh.read()


def _files(root: Path) -> Iterator[Path]:
    """Message files of a directory: a maildir's cur/ and new/, else every file, sorted, recursively
    (except dot files and .json/.jsonl/.md/.py/.csv files)."""
    if (root / "cur").is_dir() or (root / "new").is_dir():
        for sub in ("new", "cur"):
            d = root / sub
            if d.is_dir():
                yield from sorted(p for p in d.iterdir() if p.is_file() and not p.name.startswith("."))
        return
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for f in sorted(filenames):
            if f in _SKIP_NAMES or f.startswith(".") or f.endswith(_SKIP_SUFFIXES):
                continue
            path = Path(dirpath) / f
            # Regular files only: a dangling symlink aborted the whole walk, and opening a FIFO blocks forever.
            if path.is_file():
                yield path


def iter_messages(source: str | os.PathLike[str] | IO[bytes]) -> Iterator[tuple[str, bytes]]:
    """(name, raw bytes) of every message in a file, mbox, maildir/directory, binary stream or ``"-"``.

    Names are the file path, with ``#N`` appended for the N-th message of an mbox.
    """
    if not isinstance(source, str | os.PathLike):
        if not hasattr(source, "read"):
            raise TypeError(f"source: expected a path, '-' or a binary file object, not {type(source).__name__}")
        yield from _stream(_decompressing(source), getattr(source, "name", "<stream>"))
        return
    if os.fspath(source) == "-":
        yield from _stream(_decompressing(sys.stdin.buffer), "<stdin>")
        return
    path = Path(source)
    if path.is_dir():
        for f in _files(path):
            with _open(f) as fh:
                yield from _stream(fh, str(f))
        return
    if not path.is_file() and path.exists():
        # A FIFO, /dev/stdin, a process substitution: it can be read only once, so no probe-and-reopen.
        with open(path, "rb") as raw:
            yield from _stream(_decompressing(raw), str(path))
        return
    with _open(path) as fh:
        yield from _stream(fh, str(path))


def read_mailbox(source: str | os.PathLike[str] | IO[bytes]) -> Iterator[BounceReport]:
    """One `BounceReport` per message of an mbox file, a maildir folder, a directory of email files,
    a single email file, a binary stream or ``"-"`` (stdin).  Streams: one message in memory at a time.

    Compressed files (gzip, bzip2, xz) are read transparently.  Every message gives a report,
    including those that are not bounces (``kind="not_bounce"``), so nothing is skipped silently.
    """
    for _name, raw in iter_messages(source):
        yield parse_message(raw)
