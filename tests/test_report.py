"""``bouncelib report``: the page's content, its self-containment, the CLI, and a real render in headless Chromium."""

from __future__ import annotations

import gzip
import re
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bouncelib._report.build import detect_input, report_html
from bouncelib._report.svg import nice_ticks, stacked_bars
from bouncelib.cli import main
from bouncelib.models import empty_record

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "docs" / "sample" / "mail.log.gz"
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def rec(hours: float, status: str, **kw: Any) -> dict[str, Any]:
    r = empty_record("postfix")
    r.update(timestamp=T0 + timedelta(hours=hours), status=status, kind="delivery", **kw)
    return r


RECORDS = [
    rec(0, "sent", recipient="a@example.com"),
    rec(1, "bounced", recipient="x@example.org", reason="userunknown", remote_host="mx.example.org", smtp_code=550),
    rec(
        26,
        "bounced",
        recipient="p@example.net",
        reason="blocked",
        remote_host="example-net.mail.protection.outlook.com",
        blocklist="microsoft-bl1",
        blocklist_name="Microsoft Blocklist 1",
        delist=["delist@messaging.microsoft.com", "https://sender.office.com/"],
        text="550 5.7.1 Service unavailable; Client host [198.51.100.23] blocked using Blocklist 1 <&>",
    ),
]


def test_page_has_every_section_and_the_delist_links() -> None:
    page = report_html(RECORDS, title="Mail of <example>", inputs=["mail.log"])
    assert page.startswith("<!DOCTYPE html>")
    for anchor in ('id="trends"', 'id="reasons"', 'id="blocklists"', 'id="hosts"'):
        assert anchor in page
    assert "Mail of &lt;example&gt;" in page  # escaped title
    assert '<a href="mailto:delist@messaging.microsoft.com">' in page
    assert '<a href="https://sender.office.com/">' in page
    assert "Microsoft Blocklist 1" in page
    assert "p@example.net" in page
    assert "example-net.mail.protection.outlook.com" in page
    assert "&lt;&amp;&gt;" in page  # reply text escaped
    assert page.count("<svg") >= 2  # bounce trend + rate (+ reason bars)


def test_page_is_self_contained() -> None:
    page = report_html(RECORDS)
    # Nothing the browser would fetch: no scripts, stylesheets, images, fonts or CSS urls.
    assert not re.search(r"<script|<link|<img|<iframe|@import|url\(|src=", page, re.IGNORECASE)


def test_empty_input_still_renders() -> None:
    page = report_html([])
    assert "No dated bounces" in page
    assert "No reply named a blocklist" in page


def test_svg_chart_scales_bars_to_the_axis() -> None:
    days = [T0.date(), T0.date() + timedelta(days=1)]
    svg = stacked_bars(days, {"a": [10, 0], "b": [5, 20]})
    heights = [float(h) for h in re.findall(r'<rect [^>]*height="([\d.]+)"', svg)]
    assert len(heights) == 3  # the zero is not drawn
    assert heights[0] == pytest.approx(2 * heights[1])
    assert nice_ticks(23) == [0, 5, 10, 15, 20, 25]
    assert nice_ticks(0.3)[-1] >= 0.3


def test_detect_input(tmp_path: Path) -> None:
    log = tmp_path / "mail.log"
    log.write_text("2026-03-02T10:00:00+00:00 mx postfix/qmgr[7]: 4A1B2C3D4E: removed\n")
    mbox = tmp_path / "bounces.mbox"
    mbox.write_text("From MAILER-DAEMON Mon Mar  2 10:00:00 2026\nSubject: x\n\nbody\n")
    eml = tmp_path / "one.eml"
    eml.write_text("Return-Path: <>\nSubject: Undelivered Mail Returned to Sender\n\nbody\n")
    tag_only = tmp_path / "tag.log"
    tag_only.write_text("postfix/smtp[813]: warning: no MX host for example.com has a valid address record\n")
    gz = tmp_path / "mail.log.1.gz"
    gz.write_bytes(gzip.compress(b"Mar  2 10:00:00 mx postfix/qmgr[7]: 4A1B2C3D4E: removed\n"))
    assert detect_input(log) == "log"
    assert detect_input(mbox) == "mail"
    assert detect_input(eml) == "mail"
    assert detect_input(tag_only) == "log"
    assert detect_input(gz) == "log"
    assert detect_input(tmp_path) == "mail"


@pytest.fixture
def sample_log(tmp_path: Path) -> Path:
    """The docs' sample log, uncompressed (compressed input is the log reader's tests' business)."""
    path = tmp_path / "mail.log"
    path.write_bytes(gzip.decompress(SAMPLE.read_bytes()))
    return path


def test_cli_on_the_sample_log(tmp_path: Path, sample_log: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.html"
    assert main(["report", str(sample_log), "-o", str(out), "--title", "Sample"]) == 0
    page = out.read_text()
    assert "<title>Sample</title>" in page
    # The sample has three weeks of traffic with bounces on most days.
    assert page.count("<rect") > 20
    assert "example-com.mail.protection.outlook.com" in page
    assert "wrote" in capsys.readouterr().err


def test_cli_missing_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(tmp_path / "nope.log"), "-o", str(tmp_path / "r.html")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "nope.log" in err
    assert not (tmp_path / "r.html").exists()


def test_cli_on_a_bounce_email(tmp_path: Path) -> None:
    eml = ROOT / "corpus" / "dsn" / "postfix" / "outlook-blocklist1.eml"
    if not eml.exists():
        pytest.skip("the DSN corpus is not there")
    out = tmp_path / "r.html"
    assert main(["report", str(eml), "-o", str(out)]) == 0
    page = out.read_text()
    assert "Sources: dsn 1." in page
    assert "delist@messaging.microsoft.com" in page


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def screenshot(html: Path, png: Path, profile: Path, width: int = 1280, height: int = 2200) -> None:
    """Render `html` in headless Chromium (no network, no profile state) and save a PNG."""
    browser = _chromium()
    assert browser
    cmd = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
        f"--window-size={width},{height}",
        f"--screenshot={png}",
        html.as_uri(),
    ]
    subprocess.run(cmd, capture_output=True, timeout=120, check=True)


@pytest.mark.skipif(_chromium() is None, reason="chromium is not installed (apt-get install chromium)")
def test_renders_in_headless_chromium(tmp_path: Path, sample_log: Path) -> None:
    from PIL import Image

    page = tmp_path / "report.html"
    assert main(["report", str(sample_log), "-o", str(page)]) == 0
    png = tmp_path / "report.png"
    screenshot(page, png, tmp_path / "profile")
    img = Image.open(png).convert("RGB")
    assert img.size == (1280, 2200)
    colours = img.getcolors(maxcolors=1 << 20) or []
    counts = {rgb: n for n, rgb in colours}
    # The header band (CSS) and the bars (inline SVG, first palette colour) were painted.
    assert counts.get((0x14, 0x21, 0x3D), 0) > 10_000
    assert counts.get((0x00, 0x72, 0xB2), 0) > 2_000
    assert len(counts) > 50  # text was drawn (anti-aliasing gives many shades)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__, "-q"]))
