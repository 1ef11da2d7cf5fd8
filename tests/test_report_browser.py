"""The HTML report in a real browser (issue 13, finding 9): Debian's chromium + chromium-driver through Selenium.

At 1400 and 390 CSS pixels wide nothing may overflow horizontally (the page, and every table inside its
section), and the numbers read from the DOM must be the summary's.  Skipped where Selenium, chromium or
chromedriver is missing (``.ci/run`` installs them when it can).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
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


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, trends.Summary]:
    events = list(bouncelib.read_log(str(LOG), year=2025, tz="UTC"))
    # The blocklist table with many incidents is the one that overflowed (one row per incident).
    summary = trends.summarize(events)
    html = bouncelib.report_html(events, title="Sample", gap=__import__("datetime").timedelta(minutes=1))
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(html, encoding="utf-8")
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
        "return [...document.querySelectorAll('#blocklists tbody tr .mono')].map(e => e.textContent)"))  # fmt: skip
    assert incident_lists == {i.blocklist for i in summary.blocklist_incidents()}
    assert not incident_lists & set(summary.inbound_lists)
