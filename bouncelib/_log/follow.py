"""Following a live log: a file that grows, rotates and may not exist yet, or a pipe, until told to stop.

`FollowedFile.blocks` gives the bytes appended to a path as they come, like
``tail -F``, and the reader turns them into lines and events at once. What it
survives, and how:

* **Rotation by rename** (logrotate's default ``create``, ``postfix logrotate``):
  at the end of the open file the path is looked at again; a different inode
  (or no file) means the file was renamed away. The old file is read to its end
  through the descriptor still open, then the new file is read from its start.
  The writer has to reopen its file after the rename (what logrotate's
  ``postrotate`` does for rsyslog and Postfix).
* **Rotation by copytruncate**: the same inode, but the bytes before our position
  are not the ones we read. The last 4 KiB read are compared before every read
  (whole lines with their stamps and queue ids: line ends alone repeat), so a
  file truncated and written past our position again is noticed too, which a
  size check alone misses. What we had not read yet was
  copied into the rotated file: it is read from the sibling whose bytes before
  our position match the fingerprint (``mail.log.1``, ``mail.log-20250306``),
  and then the truncated file from its start. Lines written between logrotate's
  copy and its truncation are lost, by the nature of copytruncate (logrotate(8)).
* **A file that does not exist yet**: its path is looked at every `interval`
  seconds; once it appears it is read from its start.
* **Quiet for hours**: nothing is read, nothing is kept; a ``stat`` per interval.

A line is complete at its newline: the unterminated end of a file waits for
the rest, and is given as a line of its own when the file is rotated away or
reading stops (`None` in the block stream marks those points). `Stopper` ends
the loop from a signal handler: what the file holds at that moment is read,
the last line flushed, and the iteration ends normally.
"""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Callable, Iterator
from typing import Final

from bouncelib._log.journal import MAX_FIELD, JournalFormat, decoder, sniff_journal

__all__ = ["FINGERPRINT", "FollowedFile", "Stopper", "live_lines", "pipe_blocks"]

#: Bytes compared before each read to notice a truncated and rewritten file (see the module docstring).
FINGERPRINT: Final = 4096
_READ: Final = 1 << 20
_FIELD_CHARS: Final = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_COMPRESSED: Final = (b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00", b"\x28\xb5\x2f\xfd")


class Stopper:
    """A stop request: set from a signal handler (a plain flag, nothing that takes a lock), read by the loops."""

    __slots__ = ("_hooks", "requested")

    def __init__(self) -> None:
        self.requested = False
        self._hooks: list[Callable[[], None]] = []

    def on_stop(self, hook: Callable[[], None]) -> None:
        """Call `hook` when a stop is requested (e.g. end a child process whose pipe we read)."""
        self._hooks.append(hook)
        if self.requested:
            hook()

    def set(self) -> None:
        """Ask the readers to stop (what is already there is still read)."""
        self.requested = True
        for hook in self._hooks:
            hook()


class FollowedFile:
    """The bytes appended to `path`, across rotations, until `stopper` is set (see the module docstring)."""

    def __init__(self, path: str | os.PathLike[str], stopper: Stopper, *, from_start: bool = False,
                 interval: float = 0.5, sleep: Callable[[float], None] = time.sleep) -> None:  # fmt: skip
        self.path = os.fspath(path)
        self.stopper = stopper
        self.from_start = from_start
        self.interval = interval
        self._sleep = sleep
        self.rotations = 0
        """Files followed after the first one (renamed away or truncated)."""
        self.recovered = 0
        """Bytes read from a rotated copy after a copytruncate."""
        # "From now on" means from when we were made, not from the first read: the file is opened now
        # (a rotation before the first read cannot take it away) and its end noted.
        self._fd = self._open()
        self._start = os.fstat(self._fd).st_size if self._fd is not None and not from_start else 0

    def close(self) -> None:
        """Close the file if reading never started (`blocks` closes what it opens)."""
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)

    def __del__(self) -> None:
        self.close()

    def _open(self) -> int | None:
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except FileNotFoundError:
            return None
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise IsADirectoryError(f"not a regular file: {self.path}")
        return fd

    def _wait(self) -> None:
        self._sleep(self.interval)

    def blocks(self) -> Iterator[bytes | None]:
        """Bytes as they are appended; None where a file ends (rotated away, truncated, or reading stopped)."""
        fd, self._fd = self._fd, None
        pos = self._start if fd is not None else 0
        tail = os.pread(fd, min(FINGERPRINT, pos), pos - min(FINGERPRINT, pos)) if fd is not None and pos else b""
        try:
            while True:
                if fd is None:
                    if self.stopper.requested:
                        return
                    self._wait()
                    fd = self._open()
                    pos, tail = 0, b""
                    continue
                if tail and os.pread(fd, len(tail), pos - len(tail)) != tail:
                    # Truncated under us (copytruncate): first what the rotated copy holds beyond `pos`.
                    yield from self._from_copy(pos, tail)
                    yield None
                    self.rotations += 1
                    pos, tail = 0, b""
                    continue
                stopping = self.stopper.requested
                data = os.pread(fd, _READ, pos)
                if data:
                    pos += len(data)
                    tail = (tail + data)[-FINGERPRINT:] if len(data) < FINGERPRINT else data[-FINGERPRINT:]
                    yield data
                    if not stopping or len(data) == _READ:
                        continue  # stopping: the file as it was when asked, then the end below
                if stopping:
                    yield None
                    return
                renamed = self._renamed(fd)
                if renamed is None:
                    self._wait()
                    continue
                # Renamed or deleted: read what was written to the old file meanwhile, then switch.
                while data := os.pread(fd, _READ, pos):
                    pos += len(data)
                    yield data
                if renamed:
                    yield None
                    os.close(fd)
                    fd = self._open()
                    self.rotations += 1
                    pos, tail = 0, b""
                else:  # gone, no new file yet: the old one may still grow while the writer holds it
                    self._wait()
        finally:
            if fd is not None:
                os.close(fd)

    def _renamed(self, fd: int) -> bool | None:
        """None: `path` is still our file; True: another file is at `path`; False: nothing is at `path`."""
        try:
            now = os.stat(self.path)
        except FileNotFoundError:
            return False
        mine = os.fstat(fd)
        if (now.st_dev, now.st_ino) == (mine.st_dev, mine.st_ino):
            return None
        return True

    def _from_copy(self, pos: int, tail: bytes) -> Iterator[bytes]:
        """The bytes after `pos` of the rotated copy of our file (the sibling that matches our fingerprint)."""
        folder, name = os.path.split(self.path)
        best: tuple[float, str] | None = None
        try:
            siblings = os.listdir(folder or ".")
        except OSError:
            siblings = []
        for other in siblings:
            if other == name or not other.startswith((name + ".", name + "-")):
                continue
            path = os.path.join(folder, other)
            try:
                with open(path, "rb") as f:
                    st = os.fstat(f.fileno())
                    if not stat.S_ISREG(st.st_mode) or st.st_size < pos or f.read(6).startswith(_COMPRESSED):
                        continue
                    if os.pread(f.fileno(), len(tail), pos - len(tail)) != tail:
                        continue
            except OSError:
                continue
            if best is None or st.st_mtime > best[0]:
                best = (st.st_mtime, path)
        if best is None:
            return
        with open(best[1], "rb") as f:
            f.seek(pos)
            while data := f.read(_READ):
                self.recovered += len(data)
                yield data


def pipe_blocks(fd: int, stopper: Stopper) -> Iterator[bytes]:
    """What a pipe (standard input) delivers, as it comes, to its end (``tail -f mail.log | bouncelib log -``).

    ``os.read`` returns what the pipe holds instead of waiting for a full buffer;
    a stop request is honoured at the next delivery or at the end of the pipe.
    """
    while not stopper.requested:
        data = os.read(fd, _READ)
        if not data:
            return
        yield data


def live_lines(blocks: Iterator[bytes | None],
               on_format: Callable[[JournalFormat | None], None]) -> Iterator[list[str]]:  # fmt: skip
    """Lines from followed bytes: a text log, or journalctl JSON/export output, told apart on arrival.

    The format is decided once the first line (a journal export: the first entry)
    is there, and `on_format` is told before any line of it is given. `None` in
    `blocks` (a file rotated away or truncated, or the end) flushes an unterminated
    last line.
    """
    pending = b""
    dec = None
    for block in blocks:
        if dec is None:
            if block is not None:
                pending += block
                if not _decidable(pending):
                    continue
            elif not pending:
                continue
            fmt = sniff_journal(pending[: 1 << 16])
            on_format(fmt)
            dec = decoder(fmt)
            lines = dec.feed(pending)
            pending = b""
        else:
            lines = []
            if block is not None:
                lines = dec.feed(block)
        if block is None:
            lines += dec.end()
        if lines:
            yield lines
    if dec is None and pending:
        on_format(sniff_journal(pending[: 1 << 16]))
        dec = decoder(sniff_journal(pending[: 1 << 16]))
        lines = dec.feed(pending) + dec.end()
        if lines:
            yield lines


def _decidable(head: bytes) -> bool:
    """Whether `head` is enough to tell a text log from journal output (an export needs its first entry)."""
    if len(head) > MAX_FIELD:
        return True
    text = head.lstrip()
    nl = text.find(b"\n")
    if nl < 0:
        return len(text) >= 1 << 16
    name = text[:nl].partition(b"=")[0]
    if name and set(name) <= _FIELD_CHARS:
        return b"\n\n" in text or len(text) >= 1 << 16  # an export field: wait for the end of the first entry
    return True
