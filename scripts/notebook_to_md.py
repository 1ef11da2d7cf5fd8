"""Execute docs/cookbook.ipynb and write it, with its outputs, as docs/cookbook-run.md for the documentation site.

    python scripts/notebook_to_md.py

The site then shows the notebook rendered (text, tables, figures) without a notebook plugin. Figures go
to docs/img/cookbook-N.png. tests/test_docs.py checks that the page's code is the notebook's code.
"""

from __future__ import annotations

import base64
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
NOTEBOOK = DOCS / "cookbook.ipynb"
PAGE = DOCS / "cookbook-run.md"

HEAD = """# The cookbook notebook, run

This page is [`cookbook.ipynb`](cookbook.ipynb) executed (by `python scripts/notebook_to_md.py`), with the
outputs it printed and drew. Download the notebook to run it yourself in Jupyter.

"""


def main() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(DOCS)}}).execute()
    out = [HEAD]
    figure = 0
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            out.append(cell.source.strip() + "\n\n")
            continue
        if cell.cell_type != "code":
            continue
        out.append("```python\n" + cell.source.strip() + "\n```\n\n")
        for o in cell.outputs:
            data = o.get("data", {})
            if o.output_type == "stream":
                out.append("```text\n" + o.text.rstrip() + "\n```\n\n")
            elif "image/png" in data:
                figure += 1
                name = f"img/cookbook-{figure}.png"
                (DOCS / name).write_bytes(base64.b64decode(data["image/png"]))
                out.append(f"![figure {figure}]({name})\n\n")
            elif "text/html" in data:
                out.append('<div class="nb-output">\n' + data["text/html"].strip() + "\n</div>\n\n")
            elif "text/plain" in data:
                out.append("```text\n" + data["text/plain"].rstrip() + "\n```\n\n")
    PAGE.write_text("".join(out).rstrip() + "\n", encoding="utf-8")
    print(f"wrote {PAGE.relative_to(ROOT)} ({figure} figures)")


if __name__ == "__main__":
    main()
