"""The documentation runs: page examples (doctest), the cookbook notebook (nbclient), and mkdocs --strict."""

from __future__ import annotations

import doctest
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bouncelib._data.providers import PROVIDERS

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"

# The pages whose `>>>` examples this module runs (other pages have their own doc tests).
PAGES = ["index.md", "quickstart.md", "analysts.md", "report.md", "extending.md", "scale-out.md"]


@pytest.mark.parametrize("page", PAGES)
def test_page_examples_run(page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if page in ("quickstart.md", "analysts.md"):
        for mod in ("pandas", "polars", "matplotlib"):
            pytest.importorskip(mod)
    monkeypatch.chdir(ROOT)  # the examples use paths relative to the repository root
    result = doctest.testfile(
        str(DOCS / page),
        module_relative=False,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
        raise_on_error=False,
        verbose=False,
    )
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in docs/{page}"
    if page != "scale-out.md":  # scale-out shows cluster code that needs a cluster: no `>>>` there
        assert result.attempted > 0


@pytest.mark.slow
def test_cookbook_notebook_runs() -> None:
    for mod in ("nbclient", "nbformat", "ipykernel", "pandas", "polars", "matplotlib"):
        pytest.importorskip(mod)
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(DOCS / "cookbook.ipynb", as_version=4)
    # Outputs are not kept in the repository: the notebook is executed here, from docs/ like a reader would.
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code")
    client = NotebookClient(nb, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(DOCS)}})
    client.execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    # The second code cell is the one-line plot of bounces per day by reason: it must show an image.
    plot_cell = [c for c in nb.cells if c.cell_type == "code"][1]
    assert "plot.bounces_per_day" in plot_cell.source
    assert any("image/png" in o.get("data", {}) for o in plot_cell.outputs)
    # Summary objects render as HTML tables.
    assert any("<table>" in o.get("data", {}).get("text/html", "") for o in outputs)


def test_mkdocs_build_strict(tmp_path: Path) -> None:
    if importlib.util.find_spec("mkdocs") is None or importlib.util.find_spec("material") is None:
        pytest.skip("mkdocs / mkdocs-material are not installed (pip install '.[docs]')")
    res = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert res.returncode == 0, res.stdout + res.stderr
    for page in ("index.html", "analysts/index.html", "scale-out/index.html", "fields/index.html"):
        assert (tmp_path / "site" / page).exists(), page
    assert (tmp_path / "site" / "cookbook.ipynb").exists()


def test_every_page_is_in_the_nav() -> None:
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for md in DOCS.glob("*.md"):
        assert f" {md.name}" in nav, f"docs/{md.name} is not in mkdocs.yml's nav"


def test_fields_page_lists_every_provider_id() -> None:
    # docs/fields.md names the provider ids one by one: a copy of the table's ids, so it is checked
    # against the table (the copy had fallen 14 ids behind).
    text = (DOCS / "fields.md").read_text(encoding="utf-8")
    row = next(line for line in text.splitlines() if line.startswith("| `provider` |"))
    listed = re.findall(r"`([a-z0-9-]+)`", row.split("providers.py`:", 1)[1])
    ids = [p.id for p in PROVIDERS]
    assert listed == ids
    assert f"One of the {len(ids)} ids" in row
