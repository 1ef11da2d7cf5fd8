"""``bouncelib log``: formats, filters, summary, stdin, -j, and one-line errors."""

from __future__ import annotations

import csv
import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bouncelib import RECORD_KEYS
from bouncelib.cli import main

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "postfix"
STORY = CORPUS / "queue-story.log"
ARGS = ["--year", "2025", "--tz", "UTC"]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    rc = main(["log", *ARGS, *argv])
    out, err = capsys.readouterr()
    return rc, out, err


def test_jsonl_default(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _err = _run(capsys, str(STORY))
    rows = [json.loads(line) for line in out.splitlines()]
    assert rc == 0
    assert [r["kind"] for r in rows] == ["delivery", "delivery", "delivery", "expired"]
    assert all(tuple(r) == RECORD_KEYS for r in rows)
    bounced = next(r for r in rows if r["status"] == "bounced")
    assert (bounced["sender"], bounced["message_id"], bounced["smtp_code"]) == (
        "news@example.com", "newsletter-42@example.com", 550,
    )  # fmt: skip


def test_csv_and_filters(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _err = _run(capsys, "--format", "csv", "--status", "bounced,expired", str(STORY))
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rc == 0
    assert [r["status"] for r in rows] == ["bounced", "expired"]
    assert tuple(rows[0]) == RECORD_KEYS
    rc, out, _err = _run(capsys, "--kind", "qmgr", "--kind", "removed", str(STORY))
    assert {json.loads(line)["kind"] for line in out.splitlines()} == {"qmgr", "removed"}


def test_unrecognised_and_stats(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = _run(capsys, "--unrecognised", "--stats", str(CORPUS / "misc.log"))
    rows = [json.loads(line) for line in out.splitlines()]
    assert rc == 0
    texts = [r["text"].split(": ", 1)[1] for r in rows]
    assert texts == ["something smtpd never says", "F2A3B4C5D6: something qmgr never says"]
    assert "lines=16" in err
    assert "not_postfix=6" in err


def test_summary(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _err = _run(capsys, "--summary", str(CORPUS / "rejects.log"), str(CORPUS / "delivery.log"))
    assert rc == 0
    for heading in ("By status", "By kind", "reasons", "Blocklists that hit", "remote hosts", "providers", "Per day"):
        assert heading in out
    assert "lines: 35" in out
    assert "2025-03-04" in out


def test_stdin_gzip(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(gzip.compress(STORY.read_bytes()))))
    rc, out, _err = _run(capsys, "-")
    assert rc == 0
    assert len(out.splitlines()) == 4


def test_jobs_keep_file_order(capsys: pytest.CaptureFixture[str]) -> None:
    files = [str(CORPUS / "rejects.log"), str(STORY), str(CORPUS / "delivery.log")]
    rc, serial, _err = _run(capsys, *files)
    rc2, parallel, _err = _run(capsys, "-j", "2", *files)
    assert rc == rc2 == 0
    # queue-story's ids appear in no other file, so reading files apart changes nothing here
    assert parallel == serial


@pytest.mark.parametrize(
    ("argv", "rc", "message"),
    [
        (["/nonexistent/mail.log"], 1, "no such file: /nonexistent/mail.log"),
        (["--tz", "Mars/Olympus", str(STORY)], 2, "Mars/Olympus"),
        (["--kind", "bogus", str(STORY)], 2, "unknown record kind"),
        (["--year", "20250", str(STORY)], 2, "argument --year: 20250 is too large: it must be at most 9999"),
    ],
)
def test_errors_are_one_line(capsys: pytest.CaptureFixture[str], argv: list[str], rc: int, message: str) -> None:
    code = main(["log", *argv])
    out, err = capsys.readouterr()
    assert code == rc
    assert out == ""
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_truncated_gzip_is_an_error_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Issue 13, finding 6: a broken file in a rotation is named, its readable lines are kept, the files after
    # it are still read, and the exit status says something went wrong.
    bad = tmp_path / "mail.log.1.gz"
    bad.write_bytes(gzip.compress(STORY.read_bytes() * 2000)[:-20])
    good = tmp_path / "mail.log"
    good.write_bytes(STORY.read_bytes())
    code = main(["log", "--year", "2025", "--tz", "UTC", "--no-correlate", str(bad), str(good)])
    out, err = capsys.readouterr()
    assert code == 1
    assert err == (f"bouncelib log: error: {bad}: Compressed file ended before the end-of-stream marker was reached"
                   " (the lines before it were read)\n")  # fmt: skip
    alone = main(["log", "--year", "2025", "--tz", "UTC", "--no-correlate", str(good)])
    one = capsys.readouterr().out
    assert alone == 0
    # Every event of the intact copy, plus those of the broken one read before the cut.
    assert out.endswith(one)
    assert len(out.splitlines()) > len(one.splitlines())


def test_python_dash_m(tmp_path: Path) -> None:
    res = subprocess.run(
        [sys.executable, "-m", "bouncelib", "log", *ARGS, "--format", "csv", str(STORY)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert res.returncode == 0, res.stderr
    assert res.stdout.splitlines()[0].startswith("source,timestamp,")
    assert len(res.stdout.splitlines()) == 5
