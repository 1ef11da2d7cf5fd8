"""read_log: sources, compression, encodings, huge lines, year rollover, DST, accounting, options."""

from __future__ import annotations

import bz2
import functools
import gzip
import io
import lzma
import os
import pickle
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bouncelib import InputError, parse_lines, parse_log_line, read_log
from bouncelib._log.correlate import Correlator
from bouncelib._log.fastpath import AGENT_FIELDS, DELIVERY_GROUPS, QUEUE_LINES

STORY = [
    "2025-03-06T12:00:00+00:00 mx postfix/smtpd[5100]: A1B2C3D4E5: client=mail.example.com[198.51.100.80]",
    "2025-03-06T12:00:01+00:00 mx postfix/cleanup[5101]: A1B2C3D4E5: message-id=<n42@example.com>",
    "2025-03-06T12:00:01+00:00 mx postfix/qmgr[1434]: A1B2C3D4E5: from=<news@example.com>, size=4242, nrcpt=1 "
    "(queue active)",
    "2025-03-06T12:00:01+00:00 mx dovecot: lmtp(4242): Connect from local",
    "2025-03-06T12:00:02+00:00 mx postfix/smtp[5103]: A1B2C3D4E5: to=<bert@example.net>, "
    "relay=mx.example.net[192.0.2.81]:25, delay=1.1, delays=0.5/0/0.3/0.3, dsn=5.1.1, status=bounced "
    "(host mx.example.net[192.0.2.81] said: 550 5.1.1 <bert@example.net>: User unknown (in reply to RCPT TO command))",
    "2025-03-06T12:00:02+00:00 mx postfix/qmgr[1434]: A1B2C3D4E5: removed",
    "2025-03-06T12:00:03+00:00 mx postfix/smtpd[5100]: completely new kind of smtpd line",
]
TEXT = "\n".join(STORY) + "\n"


def _check(reader_events: list[object], stats: object) -> None:
    assert len(reader_events) == 1
    ev = reader_events[0]
    assert (ev.status, ev.recipient, ev.sender, ev.size, ev.nrcpt, ev.message_id) == (  # type: ignore[attr-defined]
        "bounced", "bert@example.net", "news@example.com", 4242, 1, "n42@example.com",
    )  # fmt: skip
    assert (ev.client_host, ev.client_ip) == ("mail.example.com", "198.51.100.80")  # type: ignore[attr-defined]
    assert stats.lines == 7  # type: ignore[attr-defined]
    assert stats.not_postfix == 1  # type: ignore[attr-defined]
    assert stats.unrecognised == 1  # type: ignore[attr-defined]
    assert stats.records == 5  # type: ignore[attr-defined]
    assert stats.lines == stats.records + stats.unrecognised + stats.not_postfix  # type: ignore[attr-defined]


def test_path_and_pathlike(tmp_path: Path) -> None:
    path = tmp_path / "mail.log"
    path.write_text(TEXT)
    for source in (path, str(path)):
        reader = read_log(source)
        _check(list(reader), reader.stats)


@pytest.mark.parametrize("opener", [gzip.open, bz2.open, lzma.open], ids=["gz", "bz2", "xz"])
def test_compressed_by_content(tmp_path: Path, opener: object) -> None:
    path = tmp_path / "rotated.1"  # no telling suffix
    with opener(path, "wt") as fh:  # type: ignore[operator]
        fh.write(TEXT)
    reader = read_log(path)
    _check(list(reader), reader.stats)


def test_file_objects_and_iterables() -> None:
    for source in (io.StringIO(TEXT), io.BytesIO(TEXT.encode()), io.BytesIO(gzip.compress(TEXT.encode())),
                   STORY, iter(STORY), [line.encode() + b"\n" for line in STORY], [TEXT]):  # fmt: skip
        reader = read_log(source)
        _check(list(reader), reader.stats)


def test_stdin_plain_and_gzip(monkeypatch: pytest.MonkeyPatch) -> None:
    for payload in (TEXT.encode(), gzip.compress(TEXT.encode())):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(payload)))
        reader = read_log("-")
        _check(list(reader), reader.stats)


def test_rotation_list_correlates_across_files(tmp_path: Path) -> None:
    older, newer = tmp_path / "mail.log.1.gz", tmp_path / "mail.log"
    older.write_bytes(gzip.compress(("\n".join(STORY[:3]) + "\n").encode()))
    newer.write_text("\n".join(STORY[3:]) + "\n")
    reader = read_log([older, newer])
    _check(list(reader), reader.stats)


def test_non_utf8_bytes_neither_crash_nor_lose_lines() -> None:
    raw = (TEXT.encode().replace(b"bert@example.net", b"b\xe9rt@example.net")
           + b"\xff\xfe\x00 binary garbage\n" + b"latin-1 caf\xe9\r\n")  # fmt: skip
    reader = read_log(io.BytesIO(raw))
    events = list(reader)
    assert reader.stats.lines == 9
    assert reader.stats.lines == reader.stats.records + reader.stats.unrecognised + reader.stats.not_postfix
    assert events[0].recipient == "b\ufffdrt@example.net"


def test_a_relogged_syslog_line_is_read_by_its_inner_tag() -> None:
    # journald of a container's start script relogs the container's own syslog lines as its messages
    wrap = "Jun 19 23:28:19 mail dms-start[50380]: "
    lines = [wrap + line for line in STORY] + [wrap + "listening on [::]: 25"]
    reader = read_log(lines, kinds="all")
    records = list(reader)
    assert [r.kind for r in records if r.kind == "delivery"] == ["delivery"]
    assert records[0].hostname == "mx"
    assert reader.stats.not_postfix == 2  # the wrapped dovecot line and the wrapper's own line
    assert reader.stats.lines == reader.stats.records + reader.stats.unrecognised + reader.stats.not_postfix
    assert [(r.kind, r.raw) for r in records] == [
        (r.kind, r.raw) for r in (parse_log_line(line) for line in lines) if r is not None
    ]


def test_one_megabyte_lines() -> None:
    huge_text = "x" * (1 << 20)
    lines = [
        STORY[2],
        STORY[4].replace("User unknown", "User unknown " + huge_text),
        "y" * (1 << 20),  # not Postfix
        STORY[5],
    ]
    reader = read_log(io.BytesIO(("\n".join(lines) + "\n").encode()))
    events = list(reader)
    assert len(events) == 1
    assert events[0].text is not None
    assert len(events[0].text) > 1 << 20
    assert events[0].sender == "news@example.com"
    assert (reader.stats.lines, reader.stats.not_postfix) == (4, 1)


def test_year_rollover_with_year_given() -> None:
    lines = [
        "Dec 31 23:59:58 mx postfix/smtpd[1]: NOQUEUE: reject: RCPT from unknown[198.51.100.1]: 554 5.7.1 no; "
        "from=<a@example.com> to=<b@example.org> proto=ESMTP helo=<x>",
        "Jan  1 00:00:01 mx postfix/smtpd[1]: NOQUEUE: reject: RCPT from unknown[198.51.100.1]: 554 5.7.1 no; "
        "from=<a@example.com> to=<b@example.org> proto=ESMTP helo=<x>",
        "Dec 31 23:59:59 mx postfix/smtpd[1]: NOQUEUE: reject: RCPT from unknown[198.51.100.1]: 554 5.7.1 no; "
        "from=<a@example.com> to=<b@example.org> proto=ESMTP helo=<x>",
    ]
    years = [e.timestamp.year for e in read_log(lines, year=2024, tz="UTC")]
    # Dec 2024, then Jan 2025 (the month went down), then a Dec 31 line logged late: 2024 again.
    assert years == [2024, 2025, 2024]


def test_year_inferred_from_file_mtime(tmp_path: Path) -> None:
    path = tmp_path / "mail.log"
    path.write_text(
        "Dec 30 10:00:00 mx postfix/smtpd[1]: connect from a[192.0.2.1]\n"
        "Jan  2 10:00:00 mx postfix/smtpd[1]: connect from a[192.0.2.2]\n"
    )
    stamp = datetime(2026, 1, 5, tzinfo=UTC).timestamp()
    os.utime(path, (stamp, stamp))
    recs = list(read_log(path, tz="UTC", kinds="connect"))
    assert [r.timestamp.year for r in recs] == [2025, 2026]
    assert all(r.year_inferred for r in recs)


def test_multi_year_log_keeps_counting() -> None:
    months = ["Nov", "Dec", "Jan", "Jun", "Dec", "Feb"]
    lines = [f"{m}  1 10:00:00 mx postfix/smtpd[1]: connect from a[192.0.2.1]" for m in months]
    years = [r.timestamp.year for r in read_log(lines, year=2023, tz="UTC", kinds="connect")]
    assert years == [2023, 2023, 2024, 2024, 2024, 2025]


def test_dst_repeated_hour_keeps_order_and_every_line() -> None:
    clock = ["01:59:59", "02:15:00", "02:59:59", "02:00:00", "02:15:00", "02:59:59", "03:00:00"]
    lines = [f"Oct 26 {t} mx postfix/smtpd[1]: connect from a[192.0.2.{i}]" for i, t in enumerate(clock)]
    recs = list(read_log(lines, year=2025, tz="Europe/Berlin", kinds="connect"))
    assert [r.client_ip for r in recs] == [f"192.0.2.{i}" for i in range(7)]
    instants = [r.timestamp.astimezone(UTC) for r in recs]
    assert instants == sorted(instants)
    assert len(set(instants)) == 7
    assert [r.timestamp.utcoffset().total_seconds() / 3600 for r in recs] == [2, 2, 2, 1, 1, 1, 1]


def test_kinds_option_and_errors() -> None:
    everything = read_log(STORY, kinds="all")
    assert [r.kind for r in everything] == ["client", "cleanup", "qmgr", "delivery", "removed", "unrecognised"]
    assert [r.kind for r in read_log(STORY, kinds="qmgr,cleanup")] == ["cleanup", "qmgr"]
    assert [r.kind for r in read_log(STORY, kinds={"unrecognised"})] == ["unrecognised"]
    with pytest.raises(InputError, match="unknown record kind"):
        read_log(STORY, kinds="bogus")
    with pytest.raises(InputError):
        list(read_log(b"bytes are not a source"))  # type: ignore[arg-type]
    with pytest.raises(OSError, match="No such file"):
        list(read_log("/nonexistent/mail.log"))


def test_without_correlation_nothing_is_joined() -> None:
    (ev,) = read_log(STORY, correlate=False)
    assert (ev.sender, ev.size, ev.message_id, ev.client_ip) == (None, None, None, None)


def test_parse_lines_pickles_and_matches_read_log() -> None:
    bound = functools.partial(parse_lines, year=2025, tz="UTC")
    again = pickle.loads(pickle.dumps(bound))
    assert list(again(STORY)) == list(read_log(STORY, year=2025, tz="UTC"))
    assert [r.kind for r in parse_lines(STORY, kinds="all")][:2] == ["client", "cleanup"]



def test_next_and_for_share_one_stream() -> None:
    lines = [line.replace("A1B2C3D4E5", qid) for qid in ("A1B2C3D4E5", "B1B2C3D4E5", "C1B2C3D4E5") for line in STORY]
    reader = read_log(lines)
    assert next(reader).queue_id == "A1B2C3D4E5"
    assert [e.queue_id for e in reader] == ["B1B2C3D4E5", "C1B2C3D4E5"]
    assert reader.stats.lines == len(lines)
    assert reader.stats.lines == reader.stats.records + reader.stats.unrecognised + reader.stats.not_postfix


# Queue lines at the edges of the fast path's patterns (bouncelib._log.fastpath.QUEUE_LINES): each is
# read either by a pattern or by the parser, and the facts must be those the parser's records give.
EDGE_QUEUE_LINES = [
    # smtpd logs "NOQUEUE: client=" for a proxied session: no queue file, so no queue entry either.
    "Mar 19 12:13:57 mx postfix/smtpd[18613]: NOQUEUE: client=mail.example.com[198.51.100.16]",
    # A client without the closing bracket: the parser reads no address, and so must the fast path.
    "Mar 19 12:13:57 mx postfix/smtpd[18613]: 4C1D2E3F40: client=mail.example.com[198.51.100.16",
    "Mar 19 12:13:57 mx postfix/smtpd[18613]: 4C1D2E3F41: client=a[b[198.51.100.17], sasl_method=PLAIN",
    "Mar 19 12:13:57 mx postfix/smtpd[18613]: 4C1D2E3F42: client=unknown[]",
    # Long queue ids (enable_long_queue_ids).
    "Mar 19 12:13:58 mx postfix/smtpd[18613]: 4ZBpGq0xYRz9sHZ: client=mail.example.com[198.51.100.18]",
    "Mar 19 12:13:58 mx postfix/cleanup[18614]: 4ZBpGq0xYRz9sHZ: message-id=<a>b@example.com> ",
    "Mar 19 12:13:58 mx postfix/qmgr[1434]: 4ZBpGq0xYRz9sHZ: from=<a>b@example.com>, size=42, nrcpt=2 (queue active)",
    # A sender holding ">" and ", size=": everything up to the first ">, size=".
    "Mar 19 12:13:59 mx postfix/qmgr[1434]: 4C1D2E3F43: from=<x>, size=1>, size=42, nrcpt=1 (queue active)",
    "Mar 19 12:13:59 mx postfix/qmgr[1434]: 4C1D2E3F44: from=<>, size=042, nrcpt=7",
    "Mar 19 12:13:59 mx postfix/qmgr[1434]: 4C1D2E3F45: from=<s@example.com>, size=12345678901234567890, "
    "nrcpt=1234567890 (queue active)",
    "Mar 19 12:13:59 mx postfix/cleanup[18614]: 4C1D2E3F46: message-id=",
    "Mar 19 12:13:59 mx postfix/cleanup[18614]: 4C1D2E3F47: message-id=<unclosed@example.com",
    "Mar 19 12:14:00 mx postfix/qmgr[1434]: 4C1D2E3F48: removed",
    # Not queue ids: too long, lower-case hex, NOQUEUE.
    "Mar 19 12:14:00 mx postfix/cleanup[18614]: 4C1D2E3F494C1D2E3F494C1D: message-id=<toolong@example.com>",
    "Mar 19 12:14:00 mx postfix/cleanup[18614]: 4c1d2e3f4a: message-id=<lower@example.com>",
    "Mar 19 12:14:00 mx postfix/qmgr[1434]: NOQUEUE: removed",
]


def test_fast_path_queue_facts_agree_with_the_parser_at_the_edges() -> None:
    """The reader (fast path) leaves the queue entries and counts that the parser's records give."""
    reader = read_log(EDGE_QUEUE_LINES, year=2025, tz="UTC")
    list(reader)
    alone = Correlator()
    records = list(read_log(EDGE_QUEUE_LINES, year=2025, tz="UTC", kinds="all", correlate=False))
    for rec in records:
        alone.feed(rec)
    assert reader.correlator is not None
    assert {q: e.facts for q, e in reader.correlator.flush()} == {q: e.facts for q, e in alone.flush()}
    kinds: dict[str, int] = {}
    for rec in records:
        kinds[rec.kind] = kinds.get(rec.kind, 0) + 1
    assert reader.stats.unrecognised == kinds.pop("unrecognised", 0)
    assert reader.stats.kinds == kinds


def test_queue_patterns_number_their_groups() -> None:
    """`fastpath.queue_line` reads groups by number: the queue id first, then each shape's fields in order."""
    layout = {
        "smtp": ("qid", *DELIVERY_GROUPS),
        "smtpd": ("qid", "host", "ip"),
        "cleanup": ("qid", "mid"),
        "qmgr": ("qid", "sender", "size", "nrcpt"),
        "bounce": ("qid",),
    }
    for daemon, names in layout.items():
        index = QUEUE_LINES[daemon].__self__.groupindex  # type: ignore[attr-defined]
        assert [index[name] for name in names] == list(range(1, len(names) + 1)), daemon
    assert tuple(range(2, 2 + len(DELIVERY_GROUPS))) == AGENT_FIELDS
