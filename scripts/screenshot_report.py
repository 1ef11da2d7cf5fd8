#!/usr/bin/env python3
"""Render a ``bouncelib report`` page in headless Chromium and save a screenshot, to look at it.

Needs Chromium (Debian: ``apt-get install -y chromium``).  The browser runs with
a throw-away profile and with every background network feature off, so the
screenshot also shows that the page needs nothing from the network::

    python scripts/screenshot_report.py                       # the docs' sample log
    python scripts/screenshot_report.py /var/log/mail.log -o /tmp/report.png --keep-html /tmp/report.html
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("inputs", nargs="*", default=[os.path.relpath(ROOT / "docs" / "sample" / "mail.log.gz")],
                    help="files for bouncelib report (default: docs/sample/mail.log.gz)")  # fmt: skip
    ap.add_argument("-o", "--output", default="report.png", help="the PNG to write (default report.png)")
    ap.add_argument("--keep-html", help="also keep the HTML page at this path")
    ap.add_argument("--width", type=int, default=1280)
    ap.add_argument("--height", type=int, default=2400)
    args = ap.parse_args()
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        print("screenshot_report: chromium is not installed (apt-get install -y chromium)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(args.keep_html) if args.keep_html else Path(tmp) / "report.html"
        rc = subprocess.run(
            [sys.executable, "-m", "bouncelib", "report", *args.inputs, "-o", str(html)], check=False
        ).returncode
        if rc:
            return rc
        png = Path(args.output).resolve()
        png.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                browser,
                *FLAGS,
                f"--user-data-dir={Path(tmp) / 'profile'}",
                f"--window-size={args.width},{args.height}",
                f"--screenshot={png}",
                html.resolve().as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    print(f"screenshot_report: wrote {png}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
