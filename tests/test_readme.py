"""The README's main command: `bouncelib log --summary corpus/sample/mail.log` tells the operator what to do."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bouncelib.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_readme_names_the_main_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"^pip install .*$", readme, flags=re.M)
    assert commands == [
        "pip install . && bouncelib log --summary corpus/sample/mail.log",
        'pip install ".[test]" && python -m pytest',
    ]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci


def test_sample_summary_shows_the_motivating_blocklisting(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["log", "--summary", str(ROOT / "corpus" / "sample" / "mail.log")]) == 0
    out = capsys.readouterr().out
    # The Outlook "Blocklist 1" rejection of the brief: which list, and whom to write to.
    assert "microsoft-eop (Microsoft Blocklist 1" in out
    assert "delist: delist@messaging.microsoft.com" in out
    assert re.search(r"^\s+\d+\s+spamhaus-zen", out, flags=re.M)
