"""``bouncelib reply``: the README's first command, and each output format."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from bouncelib.cli import main
from bouncelib.models import RECORD_KEYS

SAMPLE = Path(__file__).resolve().parent.parent / "corpus" / "sample" / "replies.txt"
MOTIVATING = ("550 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using Blocklist 1; To request removal "
              "from this list please forward this message to delist@messaging.microsoft.com (in reply to RCPT TO "
              "command)")


def test_sample_file_as_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reply", "--file", str(SAMPLE)]) == 0
    lines = capsys.readouterr().out.splitlines()
    n = sum(1 for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip())
    assert len(lines) == n
    records = [json.loads(line) for line in lines]
    assert all(tuple(rec) == RECORD_KEYS for rec in records)
    assert records[0]["blocklist"] == "microsoft-eop"
    assert records[0]["delist"] == ["delist@messaging.microsoft.com", "https://sender.office.com/"]
    assert all(rec["reason"] != "undefined" for rec in records)


def test_table_format_for_people(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reply", "--format", "table", MOTIVATING]) == 0
    out = capsys.readouterr().out
    assert out.startswith("550  5.7.1  RCPT  BLOCKED  permanent  soft bounce  provider=microsoft")
    assert "[microsoft-eop]" in out
    assert "delist@messaging.microsoft.com" in out


def test_table_says_not_to_delist_on_receiver_error(capsys: pytest.CaptureFixture[str]) -> None:
    text = "554 5.7.1 Client host [192.0.2.1] blocked using zen.spamhaus.org; Error: open resolver"
    assert main(["reply", "--format", "table", text]) == 0
    assert "do not delist" in capsys.readouterr().out


def test_json_and_csv(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reply", "--format", "json", MOTIVATING]) == 0
    model = json.loads(capsys.readouterr().out)
    assert model["blocklist"]["id"] == "microsoft-eop"
    assert main(["reply", "--format", "csv", MOTIVATING]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0]["reason"] == "blocked"
    assert rows[0]["delist"] == "delist@messaging.microsoft.com https://sender.office.com/"


def test_hints_from_flags(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reply", "--status", "5.2.2", "--command", "RCPT", "Requested action not taken"]) == 0
    rec = json.loads(capsys.readouterr().out)
    assert (rec["reason"], rec["smtp_command"], rec["enhanced_status"]) == ("mailboxfull", "RCPT", "5.2.2")


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("550 5.1.1 User unknown\n\n452 4.2.2 Mailbox full\n"))
    assert main(["reply", "--file", "-"]) == 0
    reasons = [json.loads(line)["reason"] for line in capsys.readouterr().out.splitlines()]
    assert reasons == ["userunknown", "mailboxfull"]


def test_no_input_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reply"]) == 2
    assert "error" in capsys.readouterr().err
