"""atheris harness for `bouncelib.parse_log_line` and the log reader's accounting, seeded from ``corpus/``.

Run from the repository root (see fuzz/README.md)::

    .venv/bin/python fuzz/fuzz_log_line.py -max_total_time=3600 -timeout=10 -rss_limit_mb=2048

The input is decoded as the reader decodes files (UTF-8, ``errors="replace"``).  Every line
goes through `parse_log_line`: None (not Postfix) or a record whose validated model survives
a JSON round trip.  The whole input then goes through the streaming parser as a list of
lines, which must satisfy ``lines == records + unrecognised + not_postfix``.
"""

from __future__ import annotations

import logging
import sys

import atheris

sys.path.insert(0, __import__("os").path.dirname(__file__))
from _common import DATA_MODULES, json_round_trip, prepare

with atheris.instrument_imports(include=["bouncelib"], exclude=DATA_MODULES):
    import bouncelib
    import bouncelib._log  # imports its parser, stamps, correlator and reader

logging.disable(logging.CRITICAL)

parse_log_line = getattr(bouncelib, "parse_log_line", bouncelib._log.parse_log_line)
read_log = getattr(bouncelib, "read_log", bouncelib._log.read_log)

SEEDS = ["postfix/**/*.log", "postfix/**/*.txt", "malformed/**/*.log"]


def test_one_input(data: bytes) -> None:
    text = data.decode("utf-8", "replace")
    # The reader's line rule: LF, CRLF or a lone CR ends a line.
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for line in lines[:64]:
        rec = parse_log_line(line, year=2026, tz="UTC")
        if rec is None:
            continue
        if rec.raw != line:
            raise AssertionError("record does not keep the raw line")
        json_round_trip(rec.to_model())
    # An iterator, not the list: read_log takes a short list of strings without "]: " for paths.
    reader = read_log(iter(lines), year=2026, tz="UTC", kinds="all")
    n = sum(1 for _ in reader)
    st = reader.stats
    if st.lines != len(lines):
        raise AssertionError(f"reader counted {st.lines} lines of {len(lines)}")
    if st.lines != st.records + st.unrecognised + st.not_postfix:
        raise AssertionError(f"accounting broken: {st.as_dict()}")
    if n != st.yielded:
        raise AssertionError("yielded count differs from records iterated")


def main() -> None:
    atheris.Setup(prepare("log_line", SEEDS, sys.argv), test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
