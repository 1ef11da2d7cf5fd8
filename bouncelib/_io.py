"""Opening inputs by content, not by name: plain, gzip, bzip2 and xz files, stdin, file objects.

Rotated mail logs arrive as ``mail.log.2.gz`` (or without a telling suffix, or
piped through stdin), so the compression is recognised by its magic bytes.
``fileinput.hook_compressed`` would miss ``.xz`` and compressed stdin.

Lines are split here, in big binary chunks, because that is markedly faster in
CPython than iterating a ``TextIOWrapper`` line by line, and it lets every
line survive bytes that are not UTF-8: each chunk is decoded with
``errors="replace"`` (a bad byte becomes U+FFFD), so no line is lost and no
downstream JSON/CSV writer meets a lone surrogate.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import os
import sys
from collections.abc import Iterable, Iterator
from typing import IO, Any, BinaryIO, Final, cast

from bouncelib.errors import InputError

__all__ = ["CHUNK_SIZE", "batched_lines", "iter_chunks", "iter_lines", "lines_of", "open_binary", "sniff_compression"]

#: Bytes read per chunk; big enough that the per-chunk Python work vanishes.
CHUNK_SIZE: Final = 1 << 20

# Magic numbers: gzip RFC 1952 section 2.3.1; bzip2 "BZh"; xz file format spec 2.1.1.1.
_MAGIC: Final = ((b"\x1f\x8b", "gzip"), (b"BZh", "bzip2"), (b"\xfd7zXZ\x00", "xz"))


# bzip2: "BZh", the block size digit, then the block magic (pi) or the end-of-stream magic (sqrt pi),
# so that a text file that merely starts with "BZh" is not taken for bzip2.
_BZ2_BLOCK: Final = (b"\x31\x41\x59\x26\x53\x59", b"\x17\x72\x45\x38\x50\x90")


def sniff_compression(head: bytes) -> str | None:
    """``"gzip"``, ``"bzip2"``, ``"xz"`` or None (plain), from the first 10 bytes of a stream."""
    for magic, name in _MAGIC:
        if head.startswith(magic):
            if name == "bzip2" and not (head[3:4].isdigit() and head[3:4] != b"0" and head[4:10] in _BZ2_BLOCK):
                return None
            return name
    return None


class _Prefixed(io.RawIOBase):
    """A raw stream that first returns `head` (bytes already read to sniff them), then the rest of `raw`."""

    def __init__(self, head: bytes, raw: Any, *, owns: bool = False) -> None:
        super().__init__()
        self._head = head
        self._raw = raw
        self._owns = owns

    def close(self) -> None:
        if self._owns and not self.closed:
            self._raw.close()
        super().close()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._raw.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n


def _decompressing(raw: BinaryIO, *, owns: bool = False) -> BinaryIO:
    """Wrap `raw` in the decompressor its first bytes ask for.

    The first 10 bytes are read in a loop: a pipe can deliver fewer on its first read
    (``ssh host cat mail.log.gz | bouncelib log -``), and a short peek would miss the magic.
    """
    head = b""
    while len(head) < 10:
        more = raw.read(10 - len(head))
        if not more:
            break
        head += more
    buffered: Any = io.BufferedReader(_Prefixed(head, raw, owns=owns), buffer_size=CHUNK_SIZE)
    kind = sniff_compression(head)
    stream: Any
    if kind == "gzip":
        stream = gzip.GzipFile(fileobj=buffered, mode="rb")
    elif kind == "bzip2":
        stream = bz2.BZ2File(buffered, mode="rb")
    elif kind == "xz":
        stream = lzma.LZMAFile(buffered, mode="rb")  # noqa: SIM115 - the caller closes it
    else:
        return cast(BinaryIO, buffered)
    # A decompressor given a file object leaves it open on close: close the file we opened too.
    return cast(BinaryIO, _Owning(stream, buffered) if owns else stream)


class _Owning:
    """A decompressing stream that also closes the file it reads when it is closed."""

    def __init__(self, stream: Any, under: Any) -> None:
        self._stream = stream
        self._under = under

    def read(self, size: int = -1) -> bytes:
        data: bytes = self._stream.read(size)
        return data

    def close(self) -> None:
        try:
            self._stream.close()
        finally:
            self._under.close()


def open_binary(source: str | os.PathLike[str] | IO[Any]) -> IO[Any]:
    """A decompressed stream for a path, ``"-"`` (stdin) or a file object; close it when done.

    Paths and binary streams give a binary stream (decompressed when the content
    says gzip/bzip2/xz); a text stream without a binary buffer (``io.StringIO``) is
    returned as it is (`iter_lines` reads both). Closing the result closes a file
    opened here, never the caller's stream or stdin.
    """
    if isinstance(source, str | os.PathLike):
        if os.fspath(source) == "-":
            return _decompressing(sys.stdin.buffer)
        if not os.path.isfile(source) and os.path.exists(source):
            # A FIFO, /dev/stdin, a process substitution (/dev/fd/63): it can be read only once, so it
            # is opened once and sniffed while reading, exactly as standard input is.
            return _decompressing(open(source, "rb", buffering=0), owns=True)
        with open(source, "rb") as probe:
            kind = sniff_compression(probe.read(10))
        # Each opener owns (and closes) its file, so nothing leaks when the stream is closed.
        if kind == "gzip":
            return cast(BinaryIO, gzip.open(source, "rb"))
        if kind == "bzip2":
            return cast(BinaryIO, bz2.open(source, "rb"))
        if kind == "xz":
            return cast(BinaryIO, lzma.open(source, "rb"))
        return open(source, "rb")
    buffer = getattr(source, "buffer", None)
    if buffer is not None:  # a text file object: read the bytes underneath
        return _decompressing(buffer)
    if isinstance(source, io.TextIOBase):
        return source
    if hasattr(source, "read"):
        return _decompressing(source)  # type: ignore[arg-type]
    raise InputError(f"cannot read from {type(source).__name__}: expected a path, '-' or a file object")


def iter_chunks(stream: IO[Any], chunk_size: int = CHUNK_SIZE) -> Iterator[list[str]]:
    """The lines of `stream` (``str``, without ``\n``/``\r\n``), a list per chunk read.

    Lists rather than single lines: the caller's loop over a list is cheaper than a
    generator step per line. A text stream without a binary buffer (``io.StringIO``)
    is read as text. A last line without a newline is still given; an empty stream
    gives nothing.
    """
    read = stream.read
    first = read(chunk_size)
    if isinstance(first, str):  # pure text stream (StringIO and friends)
        yield from _text_chunks(first, read, chunk_size)
        return
    rest = b""
    data: bytes = first
    while data:
        cut = data.rfind(b"\n")
        cr = data.rfind(b"\r", cut + 1, len(data) - 1)  # a lone CR ends a line too (not a trailing one:
        cut = max(cut, cr)
        if cut < 0:
            rest += data
        else:
            yield _chunk_lines(rest, data, cut + 1)
            rest = data[cut + 1 :]
        data = read(chunk_size)
    if rest:
        yield _split(rest.decode("utf-8", "replace") + "\n")


def _chunk_lines(rest: bytes, data: bytes, end: int) -> list[str]:
    """The lines of ``rest + data[:end]`` (`data[:end]` ends with a line ending), decoded without copying `data`.

    Joining the two, slicing and decoding copied each 1 MiB chunk twice before it was decoded (a
    tenth of what reading a log costs). Only the line `rest` began is joined: cutting after the
    chunk's first LF keeps a CRLF whole and the UTF-8 decoding the same (an LF byte is never part of
    a multi-byte sequence, so the decoder starts afresh after it either way).
    """
    view = memoryview(data)
    if not rest:
        return _split(str(view[:end], "utf-8", "replace"))
    first = data.find(b"\n", 0, end) + 1 or end
    lines = _split((rest + data[:first]).decode("utf-8", "replace"))
    if first < end:
        lines += _split(str(view[first:end], "utf-8", "replace"))
    return lines


def _text_chunks(first: str, read: Any, chunk_size: int) -> Iterator[list[str]]:
    rest = ""
    data = first
    while data:
        if rest:
            data = rest + data
        cut = data.rfind("\n")
        cr = data.rfind("\r", cut + 1, len(data) - 1)
        cut = max(cut, cr)
        if cut < 0:
            rest = data
        else:
            rest = data[cut + 1 :]
            yield _split(data[: cut + 1])
        data = read(chunk_size)
    if rest:
        yield _split(rest + "\n")


def _split(text: str) -> list[str]:
    """Lines of `text`, which ends with a line ending: LF, CRLF or a lone CR (old Mac, or a damaged file).

    Postfix never writes a bare CR inside a line (it prints control characters as
    ``?``), so a lone CR can only be a line ending.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    lines.pop()  # the "" after the last line ending (text[:-1] would copy the whole chunk)
    return lines


def iter_lines(stream: IO[Any], chunk_size: int = CHUNK_SIZE) -> Iterator[str]:
    """Every line of `stream` as ``str`` without its line ending (see `iter_chunks`)."""
    for chunk in iter_chunks(stream, chunk_size):
        yield from chunk


def lines_of(items: Iterable[str | bytes]) -> Iterator[str]:
    """Normalise an iterable of lines (str or bytes, with or without line endings) to ``str`` lines.

    An item holding several lines (a whole text blob) is split, so that a caller's
    chunking never changes the result.
    """
    for item in items:
        text = item.decode("utf-8", "replace") if isinstance(item, bytes | bytearray) else item
        if "\n" in text or "\r" in text:
            yield from _split(text if text.endswith(("\n", "\r")) else text + "\n")
        else:
            yield text


def batched_lines(items: Iterable[str | bytes], size: int = 4096) -> Iterator[list[str]]:
    """`lines_of` in lists of up to `size` lines (the shape `iter_chunks` gives)."""
    batch: list[str] = []
    append = batch.append
    for line in lines_of(items):
        append(line)
        if len(batch) >= size:
            yield batch
            batch = []
            append = batch.append
    if batch:
        yield batch
