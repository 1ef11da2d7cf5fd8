"""atheris harness for `bouncelib.parse_message` (bounce emails), seeded from ``corpus/``.

Run from the repository root (see fuzz/README.md)::

    .venv/bin/python fuzz/fuzz_message.py -max_total_time=3600 -timeout=10 -rss_limit_mb=2048

Each input is given to `parse_message` as bytes and, every other time, as ``str`` (lone
surrogates included) so both input types are covered.  The oracle: no exception, a valid
`BounceReport` whose JSON reads back equal, and one record per recipient event.
"""

from __future__ import annotations

import logging
import sys

import atheris

sys.path.insert(0, __import__("os").path.dirname(__file__))
from _common import DATA_MODULES, json_round_trip, prepare

with atheris.instrument_imports(include=["bouncelib", "email", "flufl"], exclude=DATA_MODULES):
    import bouncelib
    import bouncelib._dsn.fastmime
    import bouncelib._dsn.mime
    from bouncelib._dsn.registry import detectors

    detectors()  # import every format module now, so they are instrumented

# Detectors that raise are logged at WARNING and recorded as defects: keep the run quiet.
logging.disable(logging.CRITICAL)

SEEDS = ["dsn/**/*.eml", "negative/**/*.eml", "malformed/**/*.eml", "malformed/**/*.mbox"]


def test_one_input(data: bytes) -> None:
    if data[:1] == b"\x00" and len(data) > 1:
        # A leading NUL selects the str form: decoded with surrogateescape like a file read as text.
        text = data[1:].decode("utf-8", "surrogateescape")
        try:
            report = bouncelib.parse_message(text)
        except bouncelib.InputError as exc:
            # The documented refusal of a one-line str without a header field (it looks like a path).
            if "\n" in text.strip() or "pathlib.Path" not in str(exc):
                raise
            return
    else:
        report = bouncelib.parse_message(data)
    if not isinstance(report, bouncelib.BounceReport):
        raise AssertionError(f"parse_message returned {type(report).__name__}")
    json_round_trip(report)
    for ev in report.recipients:
        rec = ev.to_record()
        if set(rec) != set(bouncelib.RECORD_KEYS):
            raise AssertionError("record keys differ from RECORD_KEYS")


def main() -> None:
    atheris.Setup(prepare("message", SEEDS, sys.argv), test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
