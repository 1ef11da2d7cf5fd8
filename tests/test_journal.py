"""The systemd journal as input: journalctl's JSON and export formats, and a real journal read through journalctl.

The real-journal tests build journal files from export-format text with Debian's
``systemd-journal-remote`` and read them back with ``journalctl --file`` /
``--directory`` (what ``bouncelib log --journal`` runs). They skip, saying how to
install it, where the binary is missing; ``.ci/run`` installs it when it can.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import struct
import subprocess
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

import bouncelib
from bouncelib._log.journal import ExportDecoder, JsonDecoder, entry_line, sniff_journal
from bouncelib.cli import main
from bouncelib.errors import InputError

JOURNAL_REMOTE = next((p for p in ("/usr/lib/systemd/systemd-journal-remote", "/lib/systemd/systemd-journal-remote")
                       if os.access(p, os.X_OK)), None)  # fmt: skip
needs_journal = pytest.mark.skipif(
    JOURNAL_REMOTE is None or shutil.which("journalctl") is None,
    reason="systemd-journal-remote and journalctl are needed to build a real journal: "
    "apt-get install systemd-journal-remote (Debian/Ubuntu)",
)

BOUNCE = ("A1B2C3D4E5: to=<bert@example.net>, relay=mx.example.net[192.0.2.25]:25, delay=1.2, "
          "delays=0.1/0/0.5/0.6, dsn=5.1.1, status=bounced (host mx.example.net[192.0.2.25] said: 550 5.1.1 "
          "<bert@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO command))")  # fmt: skip
QMGR = "A1B2C3D4E5: from=<news@example.com>, size=1234, nrcpt=1 (queue active)"
BLOCKED = ("B2C3D4E5F6: to=<carol@example.org>, relay=example-org.mail.protection.outlook.com[198.51.100.7]:25, "
           "delay=2, delays=0/0/1/1, dsn=5.7.1, status=bounced (host example-org.mail.protection.outlook.com"
           "[198.51.100.7] said: 550 5.7.1 Service unavailable, Client host [203.0.113.9] blocked using Spamhaus. "
           "To request removal from this list see https://www.spamhaus.org/query/ip/203.0.113.9 (in reply to "
           "MAIL FROM command))")  # fmt: skip
T0 = 1741262402123456  # 2025-03-06T12:00:02.123456Z


def _entry(us: int, ident: str, pid: int, message: str | bytes, host: str = "mx") -> bytes:
    """One entry in export format (a binary MESSAGE when it is bytes or holds a newline)."""
    out = [f"__REALTIME_TIMESTAMP={us}", f"__MONOTONIC_TIMESTAMP={us - T0 + 1}",
           "_BOOT_ID=0123456789abcdef0123456789abcdef", f"_HOSTNAME={host}", f"SYSLOG_IDENTIFIER={ident}",
           f"_PID={pid}", "PRIORITY=6"]  # fmt: skip
    head = ("\n".join(out) + "\n").encode()
    data = message if isinstance(message, bytes) else message.encode()
    if isinstance(message, bytes) or b"\n" in data:
        return head + b"MESSAGE\n" + struct.pack("<Q", len(data)) + data + b"\n\n"
    return head + b"MESSAGE=" + data + b"\n\n"


EXPORT = (_entry(T0, "postfix/qmgr", 5101, QMGR) + _entry(T0 + 1, "postfix/smtp", 5103, BOUNCE)
          + _entry(T0 + 2, "dovecot", 77, "imap-login: Login: user=<bert>")
          + _entry(T0 + 3, "postfix/smtp", 5103, BLOCKED)
          + _entry(T0 + 4, "postfix/cleanup", 5104, b"C3D4E5F6A7: weird \xff bytes\nand a second line"))  # fmt: skip


def _summary(reader: bouncelib.LogReader) -> list[tuple[object, ...]]:
    return [(r.timestamp, r.hostname, r.program, r.pid, r.kind, r.status, r.sender, r.recipient,
             r.to_record()["source"]) for r in reader]  # fmt: skip


EXPECTED = [
    (datetime(2025, 3, 6, 12, 0, 2, 123457, tzinfo=UTC), "mx", "postfix/smtp", 5103, "delivery", "bounced",
     "news@example.com", "bert@example.net", "journal"),
    (datetime(2025, 3, 6, 12, 0, 2, 123459, tzinfo=UTC), "mx", "postfix/smtp", 5103, "delivery", "bounced",
     None, "carol@example.org", "journal"),
]  # fmt: skip


def test_export_text_is_read_by_content() -> None:
    reader = bouncelib.read_log(io.BytesIO(EXPORT))
    assert _summary(reader) == EXPECTED
    # Every entry is a line: the dovecot one is not Postfix's, the binary cleanup one is unrecognised.
    assert reader.stats.as_dict() | {"kinds": None} == {
        "lines": 5, "records": 3, "unrecognised": 1, "not_postfix": 1, "yielded": 2, "open_queue_ids": 1,
        "evicted": 0, "kinds": None, "errors": [],
    }  # fmt: skip


def _json_lines(export: bytes) -> bytes:
    """The same entries as ``journalctl -o json`` writes them (byte arrays for binary values)."""
    out = []
    for block in export.split(b"\n\n"):
        if not block:
            continue
        fields: dict[str, object] = {}
        rest = block + b"\n"
        while rest:
            nl = rest.index(b"\n")
            line = rest[:nl]
            if b"=" in line:
                k, _, v = line.partition(b"=")
                fields[k.decode()] = v.decode()
                rest = rest[nl + 1 :]
            else:
                size = struct.unpack("<Q", rest[nl + 1 : nl + 9])[0]
                fields[line.decode()] = list(rest[nl + 9 : nl + 9 + size])
                rest = rest[nl + 10 + size :]
        out.append(json.dumps(fields).encode())
    return b"\n".join(out) + b"\n"


def test_json_output_gives_the_same_records_as_export(tmp_path: Path) -> None:
    path = tmp_path / "postfix.json"
    path.write_bytes(_json_lines(EXPORT))
    export = list(bouncelib.read_log(io.BytesIO(EXPORT), kinds="all"))
    assert list(bouncelib.read_log(path, kinds="all")) == export
    assert any("weird \ufffd bytes\nand a second line" in r.raw for r in export)


def test_a_text_stream_of_json_entries() -> None:
    # A text file object (no bytes underneath) holding journalctl's JSON: read to its end, not forever.
    assert _summary(bouncelib.read_log(io.StringIO(_json_lines(EXPORT).decode()))) == EXPECTED


def test_decoders_take_any_split_of_the_stream() -> None:
    whole = ExportDecoder().feed(EXPORT)
    dec = ExportDecoder()
    bytewise = [line for i in range(len(EXPORT)) for line in dec.feed(EXPORT[i : i + 1])] + dec.end()
    assert bytewise == whole
    text = _json_lines(EXPORT)
    jdec = JsonDecoder()
    assert [line for i in range(0, len(text), 7) for line in jdec.feed(text[i : i + 7])] + jdec.end() == whole


def test_an_export_entry_without_the_fields_we_read_is_still_a_line() -> None:
    dec = ExportDecoder()
    assert dec.feed(b"__CURSOR=s=1\n_BOOT_ID=x\n\n" + _entry(T0, "postfix/qmgr", 1, "A1: removed")) == [
        "", "2025-03-06T12:00:02.123456+00:00 mx postfix/qmgr[1]: A1: removed"]


def test_a_truncated_export_keeps_what_it_read() -> None:
    cut = EXPORT[: EXPORT.index(b"Recipient address") + 9]  # inside the second entry's message
    dec = ExportDecoder()
    lines = dec.feed(cut) + dec.end()
    assert len(lines) == 2
    assert lines[1].endswith("said: 550 5.1.1 <bert@example.net>: Recipient")


def test_broken_json_entries_stay_lines() -> None:
    text = (b'{"MESSAGE":"A1B2C3D4E5: removed","SYSLOG_IDENTIFIER":"postfix/qmgr","_PID":"7"}\n'
            b'{"MESSAGE":"trunc\n\x00\xff\n')
    reader = bouncelib.read_log(io.BytesIO(text), kinds="all")
    records = list(reader)
    assert [r.kind for r in records] == ["removed"]
    assert records[0].timestamp is None  # no __REALTIME_TIMESTAMP: no time, rather than a made-up one
    assert reader.stats.lines == 3
    assert reader.stats.not_postfix == 2


def test_message_field_variants() -> None:
    # A byte array, a repeated field (an array of values), and null (journalctl hides values past its threshold).
    line = JsonDecoder().feed(json.dumps({"MESSAGE": list(b"A1: removed"), "SYSLOG_IDENTIFIER": "postfix/qmgr",
                                          "_PID": ["7", "8"], "__REALTIME_TIMESTAMP": str(T0)}).encode() + b"\n")
    assert line == ["2025-03-06T12:00:02.123456+00:00 postfix/qmgr[7]: A1: removed"]
    nulled = JsonDecoder().feed(b'{"MESSAGE":null,"SYSLOG_IDENTIFIER":"postfix/smtp","_PID":"9"}\n')
    assert nulled == ["postfix/smtp[9]: "]
    assert bouncelib.parse_log_line(nulled[0]).kind == "unrecognised"  # type: ignore[union-attr]


def test_a_container_line_inside_the_message_keeps_its_own_tag() -> None:
    line = entry_line({"__REALTIME_TIMESTAMP": str(T0), "_HOSTNAME": "docker1", "SYSLOG_IDENTIFIER": "mailserver",
                       "_PID": "1", "MESSAGE": "Mar  6 12:00:02 mx postfix/qmgr[7]: A1B2C3D4E5: removed"})
    rec = bouncelib.parse_log_line(line)
    assert rec is not None
    assert (rec.kind, rec.program, rec.pid, rec.hostname) == ("removed", "postfix/qmgr", 7, "mx")
    assert rec.timestamp == datetime(2025, 3, 6, 12, 0, 2, 123456, tzinfo=UTC)  # the journal's instant wins


@pytest.mark.parametrize("head", [
    b"Mar  6 12:00:02 mx postfix/smtp[1]: A1: removed\n",
    b"2025-03-06T12:00:02+00:00 mx postfix/smtp[1]: A1: removed\n",
    b'{"log":"Mar  6 12:00:02 mx postfix/smtp[1]: A1: removed\\n","stream":"stdout"}\n',  # docker json-file
    b"MAILER-DAEMON=x\n",
    b"__CURSOR=\n\n",  # found by tests/property/test_log_props.py: a field name alone is not a journal
    b"__REALTIME_TIMESTAMP=1\nfoo=bar\n\n",  # no MESSAGE in the first entry
    b"",
])  # fmt: skip
def test_text_logs_are_not_taken_for_a_journal(head: bytes) -> None:
    assert sniff_journal(head) is None


def test_journal_records_validate_and_keep_their_source() -> None:
    rec = next(iter(bouncelib.read_log(io.BytesIO(EXPORT))))
    model = rec.to_model()
    assert model.to_record()["source"] == "journal"
    assert model.to_record() == rec.to_record()


# ---------------------------------------------------------------- a real journal, through journalctl


def _journal(tmp_path: Path, export: bytes, name: str = "postfix.journal") -> Path:
    """Journal files written by systemd-journal-remote from export text (appends when the file exists)."""
    assert JOURNAL_REMOTE is not None
    src = tmp_path / "entries.export"
    src.write_bytes(export)
    out = tmp_path / name
    subprocess.run([JOURNAL_REMOTE, f"--output={out}", str(src)], check=True, capture_output=True, timeout=60)
    return out


@needs_journal
def test_read_journal_from_a_real_journal_file(tmp_path: Path) -> None:
    journal = _journal(tmp_path, EXPORT)
    reader = bouncelib.read_journal(file=journal)
    assert _summary(reader) == EXPECTED
    # The default filter keeps the Postfix identifiers only: the dovecot entry is not even read.
    assert reader.stats.lines == 4


@needs_journal
def test_read_journal_filters_by_time(tmp_path: Path) -> None:
    journal = _journal(tmp_path, EXPORT)
    later = bouncelib.read_journal(file=journal, since=datetime(2025, 3, 6, 12, 0, 2, 123458, tzinfo=UTC))
    assert [r.recipient for r in later] == ["carol@example.org"]


@needs_journal
def test_log_journal_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    journal = _journal(tmp_path, EXPORT)
    assert main(["log", "--journal", "--file", str(journal), "--format", "csv"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].startswith("journal,2025-03-06T12:00:02.123457+00:00,mx,postfix/smtp,5103,A1B2C3D4E5,delivery")
    assert len(out) == 3


@needs_journal
def test_a_failing_journalctl_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["log", "--journal", "--file", str(tmp_path / "missing.journal")]) == 2
    err = capsys.readouterr().err
    assert err == "bouncelib log: error: journalctl failed: Failed to open files: No such file or directory\n"


def test_a_missing_journalctl_is_one_line(monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    monkeypatch.setenv("PATH", "/nonexistent")
    assert main(["log", "--journal"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("bouncelib log: error: journalctl was not found: install systemd")
    assert err.count("\n") == 1
    with pytest.raises(InputError, match="was not found"):
        bouncelib.read_journal()


@needs_journal
def test_journal_follow_sees_entries_as_they_are_written(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    folder.mkdir()
    _journal(folder, _entry(T0, "postfix/qmgr", 5101, QMGR))
    reader = bouncelib.read_journal(directory=folder, follow=True, since="2025-03-06 00:00:00 UTC")
    # A watchdog, not a timing assertion: a broken follow ends the test instead of hanging it.
    watchdog = threading.Timer(120, reader.stop)
    watchdog.start()
    try:
        events = iter(reader)
        _journal(folder, _entry(T0 + 10, "postfix/smtp", 5103, BOUNCE))
        first = next(events)
        _journal(folder, _entry(T0 + 20, "postfix/smtp", 5103, BLOCKED))
        second = next(events)
        reader.stop()
        assert list(events) == []
    finally:
        watchdog.cancel()
    assert (first.recipient, first.sender, first.to_record()["source"]) == ("bert@example.net", "news@example.com",
                                                                              "journal")  # fmt: skip
    assert second.to_record()["blocklist"] is not None
    assert reader.stats.lines == 3


@needs_journal
def test_log_journal_since_and_until_days(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    journal = _journal(tmp_path, EXPORT)  # every entry on 2025-03-06, about noon UTC
    for bounds, expected in ((["--since", "2025-03-07"], 0), (["--until", "2025-03-05"], 0),
                             (["--since", "2025-03-06", "--until", "2025-03-06"], 2)):  # fmt: skip
        assert main(["log", "--journal", "--file", str(journal), *bounds]) == 0
        assert len(capsys.readouterr().out.splitlines()) == expected, bounds
