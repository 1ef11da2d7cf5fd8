"""bouncelib._io: compression sniffed from content, line splitting across chunk boundaries."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import random
from pathlib import Path

import pytest

from bouncelib._io import iter_lines, lines_of, open_binary, sniff_compression
from bouncelib.errors import InputError

TEXT = "first line\nsecond line\r\nthird \xe9 line\n\nlast line without newline"
EXPECTED = ["first line", "second line", "third \xe9 line", "", "last line without newline"]


@pytest.mark.parametrize(
    ("compress", "kind"),
    [(gzip.compress, "gzip"), (bz2.compress, "bzip2"), (lzma.compress, "xz"), (lambda b: b, None)],
    ids=["gzip", "bzip2", "xz", "plain"],
)
def test_sniff_and_open_by_content(tmp_path: Path, compress: object, kind: str | None) -> None:
    data = compress(TEXT.encode())  # type: ignore[operator]
    assert sniff_compression(data[:10]) == kind
    assert sniff_compression(b"BZh is how this plain line starts") is None
    path = tmp_path / "log.txt"  # the suffix says nothing
    path.write_bytes(data)
    with open_binary(path) as fh:
        assert list(iter_lines(fh)) == EXPECTED
    with open_binary(io.BytesIO(data)) as fh:
        assert list(iter_lines(fh)) == EXPECTED


@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 7, 64])
def test_chunk_boundaries_never_change_lines(chunk: int) -> None:
    data = (TEXT + "\r\n").encode()
    assert list(iter_lines(io.BytesIO(data), chunk_size=chunk)) == EXPECTED
    assert list(iter_lines(io.StringIO(TEXT + "\r\n"), chunk_size=chunk)) == EXPECTED


def test_chunks_decode_as_the_whole_input_would() -> None:
    # iter_chunks decodes the line a chunk ends in apart from the rest of the next chunk: any cut
    # (inside a CRLF, a multi-byte character, a bad byte) must give the lines of the whole at once.
    rng = random.Random(5)
    pieces = [b"a", b"\n", b"\r", b"\r\n", b"\xc3\xa9", b"\xc3", b"\xa9", b"\xe2\x82\xac", b" ", b"\xff"]
    for _ in range(3000):
        data = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        text = data.decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n")
        expected = text.split("\n")
        if expected[-1] == "":
            expected.pop()
        chunk = rng.randint(1, 12)
        assert list(iter_lines(io.BytesIO(data), chunk_size=chunk)) == expected, (data, chunk)


def test_bad_utf8_is_replaced_not_dropped() -> None:
    data = b"ok\n\xff\xfe broken \xc3\n\xe2\x82\xac euro\n"
    expected = ["ok", "\ufffd\ufffd broken \ufffd", "\u20ac euro"]
    for chunk in (1, 3, 1024):
        assert list(iter_lines(io.BytesIO(data), chunk_size=chunk)) == expected


def test_text_streams_and_line_iterables() -> None:
    assert list(iter_lines(open_binary(io.StringIO(TEXT)))) == EXPECTED
    wrapper = io.TextIOWrapper(io.BytesIO(gzip.compress(TEXT.encode())))
    assert list(iter_lines(open_binary(wrapper))) == EXPECTED
    assert list(lines_of(["a\n", b"b\r\n", "c", "d\ne\n"])) == ["a", "b", "c", "d", "e"]


def test_unreadable_sources() -> None:
    with pytest.raises(InputError, match="cannot read"):
        open_binary(42)  # type: ignore[arg-type]
    with pytest.raises(FileNotFoundError):
        open_binary("/nonexistent/file")


def test_empty_input() -> None:
    assert list(iter_lines(io.BytesIO(b""))) == []
    assert list(iter_lines(io.BytesIO(b"\n"))) == [""]


class _Trickle(io.RawIOBase):
    """A pipe that hands out at most `step` bytes per read."""

    def __init__(self, data: bytes, step: int) -> None:
        self._data = data
        self._step = step

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: object) -> int:
        chunk, self._data = self._data[: self._step], self._data[self._step :]
        buffer[: len(chunk)] = chunk  # type: ignore[index]
        return len(chunk)


@pytest.mark.parametrize("step", [1, 3, 7])
def test_compressed_pipe_with_short_reads(step: int) -> None:
    for compress in (gzip.compress, bz2.compress, lzma.compress, lambda b: b):
        pipe = _Trickle(compress(TEXT.encode()), step)
        assert list(iter_lines(open_binary(pipe))) == EXPECTED  # type: ignore[arg-type]
