"""read_mailbox / iter_messages over mbox, maildir, directories, compressed files; the `mail` CLI."""

from __future__ import annotations

import csv
import gzip
import io
import json
import shutil
from pathlib import Path

import pytest

from bouncelib import BounceKind, read_mailbox
from bouncelib._dsn.mailbox import iter_messages
from bouncelib.cli import main

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
BOUNCE = (CORPUS / "dsn" / "postfix" / "outlook-blocklist1.eml").read_bytes()
PLAIN = (CORPUS / "negative" / "plain-reply.eml").read_bytes()


def _mbox(*msgs: bytes) -> bytes:
    out = b""
    for m in msgs:
        out += b"From MAILER-DAEMON Thu Apr 10 14:41:24 2014\n" + m.rstrip(b"\n") + b"\n\n"
    return out


def test_mbox_yields_one_report_per_message(tmp_path: Path) -> None:
    box = tmp_path / "bounces.mbox"
    box.write_bytes(_mbox(BOUNCE, PLAIN, BOUNCE))
    reports = list(read_mailbox(box))
    assert [r.kind for r in reports] == [BounceKind.DSN, BounceKind.NOT_BOUNCE, BounceKind.DSN]
    assert reports[0].recipients[0].recipient == "alice@example.net"
    assert [n for n, _ in iter_messages(box)] == [f"{box}#1", f"{box}#2", f"{box}#3"]


def test_mboxrd_from_quoting_is_undone(tmp_path: Path) -> None:
    box = tmp_path / "q.mbox"
    box.write_bytes(_mbox(b"Subject: x\n\nline\n>From the start\n"))
    (_name, raw), = iter_messages(box)
    assert b"\nFrom the start" in raw


def test_mbox_is_streamed_from_a_file_object() -> None:
    stream = io.BytesIO(_mbox(PLAIN, BOUNCE))
    assert [r.kind for r in read_mailbox(stream)] == [BounceKind.NOT_BOUNCE, BounceKind.DSN]


def test_maildir_reads_new_and_cur(tmp_path: Path) -> None:
    for sub in ("cur", "new", "tmp"):
        (tmp_path / sub).mkdir()
    (tmp_path / "new" / "1.eml").write_bytes(BOUNCE)
    (tmp_path / "cur" / "2.eml:2,S").write_bytes(PLAIN)
    (tmp_path / "tmp" / "3.eml").write_bytes(BOUNCE)  # being delivered: not read
    kinds = [r.kind for r in read_mailbox(tmp_path)]
    assert kinds == [BounceKind.DSN, BounceKind.NOT_BOUNCE]


def test_directory_and_compressed_files(tmp_path: Path) -> None:
    (tmp_path / "a.eml").write_bytes(BOUNCE)
    (tmp_path / "b.eml.gz").write_bytes(gzip.compress(BOUNCE.replace(b"\n", b"\r\n")))
    reports = list(read_mailbox(tmp_path))
    assert len(reports) == 2
    assert reports[0].to_records() == reports[1].to_records()


def test_single_file(tmp_path: Path) -> None:
    f = tmp_path / "one.eml"
    shutil.copy(CORPUS / "dsn" / "postfix" / "outlook-blocklist1.eml", f)
    (report,) = read_mailbox(f)
    assert report.detector is not None


def test_cli_jsonl_keeps_unrecognized_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    box = tmp_path / "m.mbox"
    box.write_bytes(_mbox(BOUNCE, PLAIN))
    assert main(["mail", str(box)]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["kind"] for x in lines] == ["dsn", "not_bounce"]
    assert lines[0]["recipient"] == "alice@example.net"
    assert lines[1]["text"] == "Re: Undelivered Mail Returned to Sender"
    assert main(["mail", "--skip-unrecognized", str(box)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1


def test_cli_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "b.eml"
    f.write_bytes(BOUNCE)
    assert main(["mail", "--format", "csv", str(f)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0]["recipient"] == "alice@example.net"
    assert rows[0]["dsn"] == "5.7.1"


def test_cli_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "b.eml"
    f.write_bytes(BOUNCE)
    assert main(["mail", "--summary", str(f)]) == 0
    out = capsys.readouterr().out
    assert "blocked" in out
    assert "records: 1" in out or "events: 1" in out


def test_cli_missing_file_is_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["mail", str(tmp_path / "nope.mbox")]) == 1
    err = capsys.readouterr().err
    assert "nope.mbox" in err
    assert "Traceback" not in err


def test_compressed_stream_is_unwrapped() -> None:
    stream = io.BytesIO(gzip.compress(_mbox(BOUNCE, PLAIN)))
    assert [r.kind for r in read_mailbox(stream)] == [BounceKind.DSN, BounceKind.NOT_BOUNCE]
