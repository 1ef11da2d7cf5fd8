"""The HTML report in a real browser (issue 13, finding 9): Debian's chromium + chromium-driver through Selenium.

At 1400 and 390 CSS pixels wide nothing may overflow horizontally (the page, and every table inside its
section), and the numbers read from the DOM must be the summary's.  Skipped where Selenium, chromium or
chromedriver is missing (``.ci/run`` installs them when it can).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

import bouncelib
from bouncelib import trends

ROOT = Path(__file__).resolve().parent.parent
LOG = ROOT / "corpus" / "sample" / "mail.log"

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install selenium)")
_BROWSER = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
_DRIVER = shutil.which("chromedriver")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(_BROWSER is None or _DRIVER is None,
                       reason="chromium and chromedriver are not installed (apt-get install chromium chromium-driver)"),
]  # fmt: skip


@pytest.fixture(scope="module", params=["sample", "generated"])
def page(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, trends.Summary]:
    """The report of the bundled sample (incidents split by a 1-minute gap), and of a generated busy log."""
    folder = tmp_path_factory.mktemp("report")
    gap = timedelta(minutes=1)
    log = LOG
    if request.param == "generated":
        log = folder / "mail.log"
        subprocess.run([sys.executable, str(ROOT / "bench" / "gen_maillog.py"), "--lines", "20000", "--out", str(log)],
                       check=True, timeout=120)  # fmt: skip
        gap = timedelta(hours=24)
    events = list(bouncelib.read_log(str(log), year=2025, tz="UTC"))
    summary = trends.summarize(events)
    path = folder / "report.html"
    path.write_text(bouncelib.report_html(events, title="Sample", gap=gap), encoding="utf-8")
    return path, summary


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    opts = Options()
    opts.binary_location = str(_BROWSER)
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--hide-scrollbars"):  # fmt: skip
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(str(_DRIVER)), options=opts)
    try:
        yield driver
    finally:
        driver.quit()


_OVERFLOW = """
const doc = document.documentElement;
const out = [];
if (doc.scrollWidth > doc.clientWidth) out.push('page ' + doc.scrollWidth + ' > ' + doc.clientWidth);
for (const el of document.querySelectorAll('section, table, .card, svg')) {
  const box = el.getBoundingClientRect();
  if (box.right > doc.clientWidth + 0.5)
    out.push(el.tagName + '#' + (el.closest('section') || {}).id + ' ends at ' + box.right);
}
for (const sec of document.querySelectorAll('section')) {
  if (sec.scrollWidth > sec.clientWidth + 1)
    out.push('section#' + sec.id + ' ' + sec.scrollWidth + ' > ' + sec.clientWidth);
}
return out;
"""


@pytest.mark.parametrize("width", [1400, 390])
def test_no_horizontal_overflow(browser: Any, page: tuple[Path, trends.Summary], width: int) -> None:
    path, _summary = page
    browser.set_window_size(width, 1000)
    browser.get(path.as_uri())
    inner = browser.execute_script("return window.innerWidth")
    if inner != width:  # the window frame takes some pixels: make the viewport itself the width asked for
        browser.set_window_size(width + (width - inner), 1000)
        browser.get(path.as_uri())
    assert browser.execute_script("return window.innerWidth") == width
    assert browser.execute_script(_OVERFLOW) == []


def test_numbers_in_the_dom_are_the_summary(browser: Any, page: tuple[Path, trends.Summary]) -> None:
    path, summary = page
    browser.set_window_size(1400, 1000)
    browser.get(path.as_uri())
    cards = browser.execute_script(
        "return Object.fromEntries([...document.querySelectorAll('[data-card]')]"
        ".map(c => [c.dataset.card, c.querySelector('.n').textContent]))"
    )
    assert cards["events"] == f"{summary.total:,}"
    for outcome in ("delivered", "bounced", "deferred", "rejected"):
        assert cards[outcome] == f"{summary.outcomes[outcome]:,}"
    rows = browser.execute_script(
        "return [...document.querySelectorAll('#reasons table')[0].querySelectorAll('tbody tr')]"
        ".map(r => [...r.cells].map(c => c.textContent))"
    )
    assert [(r[0], int(r[1].replace(",", ""))) for r in rows] == [
        (reason, failures) for reason, failures, *_ in summary.top_reasons(15).rows
    ]
    inbound = browser.execute_script(
        "return [...document.querySelectorAll('#inbound table')[0].querySelectorAll('tbody tr')]"
        ".map(r => [r.cells[0].textContent, r.cells[1].textContent])"
    )
    assert {k: int(v) for k, v in inbound} == dict(summary.inbound_lists.most_common(15))
    # The outbound incidents hold no list our own server used on inbound clients, and vice versa.
    incident_lists = set(browser.execute_script(
        "return [...document.querySelectorAll('#blocklists tbody tr td:first-child .mono')].map(e => e.textContent)"
    ))  # fmt: skip
    assert incident_lists == {i.blocklist for i in summary.blocklist_incidents()}
    assert not incident_lists & set(summary.inbound_lists)
