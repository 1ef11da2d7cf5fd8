"""From inputs to the report page: ``bouncelib report`` and `bouncelib.report_html`.

The page is built from one `bouncelib.trends.Summary` pass over the events, so
the report costs one read of the input plus counting (no DataFrame, no plotting
library), and its numbers are the same as the notebook helpers'.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from datetime import UTC, timedelta, tzinfo
from pathlib import Path
from typing import Any, Literal

from bouncelib._dsn.mailbox import read_mailbox
from bouncelib._log.reader import read_log
from bouncelib._report.page import render
from bouncelib.trends import Summary

__all__ = ["detect_input", "iter_events", "report_html"]

InputKind = Literal["log", "mail"]

_COMPRESSED = (b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00", b"(\xb5/\xfd")


def detect_input(path: str | os.PathLike[str]) -> InputKind:
    """Whether `path` is a mailbox/email ("mail") or a Postfix log ("log"), by looking at it.

    A directory is a maildir or a folder of email files; a file whose first line
    is an mbox ``From `` line or an RFC 5322 header field is mail; anything else
    (including compressed files: rotated logs are compressed, mailboxes rarely) is a log.
    """
    p = Path(path)
    if str(path) == "-":
        return "log"
    if p.is_dir():
        return "mail"
    with p.open("rb") as fh:
        head = fh.read(4096)
    if head.startswith(_COMPRESSED):
        return "log"
    first = head.lstrip(b"\r\n").split(b"\n", 1)[0].rstrip(b"\r")
    if first.startswith(b"From "):
        return "mail"
    name, sep, _rest = first.partition(b":")
    if sep and name and all(33 <= c <= 126 for c in name) and b"postfix" not in first and b"[" not in name:
        return "mail"
    return "log"


def iter_events(
    paths: Sequence[str],
    *,
    kind: Literal["auto", "log", "mail"] = "auto",
    year: int | None = None,
    tz: tzinfo | str | None = None,
    readers: list[Any] | None = None,
) -> Iterator[Any]:
    """The events of every input: logs are read together by `read_log` (in the order given), mail one by one.

    The log reader is appended to `readers` when given (for its counts, and the files it could not read).
    """
    kinds = [kind if kind != "auto" else detect_input(p) for p in paths]
    logs = [p for p, k in zip(paths, kinds, strict=True) if k == "log"]
    mails = [p for p, k in zip(paths, kinds, strict=True) if k == "mail"]
    if logs:
        reader = read_log(logs if len(logs) > 1 else logs[0], year=year, tz=tz)
        if readers is not None:
            readers.append(reader)
        yield from reader
    for p in mails:
        for report in read_mailbox(p):
            yield from report.recipients


def report_html(
    events: Any,
    *,
    title: str = "Bounce report",
    inputs: Sequence[str] = (),
    tz: tzinfo = UTC,
    top: int = 15,
    gap: timedelta = timedelta(days=1),
) -> str:
    """The self-contained HTML page of ``bouncelib report`` for any events (see docs/report.md).

    `events` are log records, bounce-email events or reports, record dicts, or a
    pandas/polars DataFrame of records; the page is counted by one
    `bouncelib.trends.Summary` pass.
    """
    summary = Summary(tz=tz).update(events)
    return render(summary, title=title, inputs=inputs, top=top, gap=gap)
