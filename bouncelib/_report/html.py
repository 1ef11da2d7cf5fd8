"""The one HTML table renderer: the report page's tables and the Jupyter displays of `bouncelib.trends`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

__all__ = ["table"]

# Inline alignment as well as the class: Jupyter shows the table without the report's stylesheet.
_NUM = ' class="num" style="text-align:right"'


def table(columns: Sequence[tuple[str, bool]], rows: Iterable[Sequence[str]], *, caption: str = "") -> str:
    """An HTML table. `columns` are (title, numeric); `rows` hold already-escaped HTML cells."""
    head = "".join(f"<th{_NUM if num else ''}>{escape(t)}</th>" for t, num in columns)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td{_NUM if num else ""} data-label="{escape(t)}">{cell}</td>'
            for cell, (t, num) in zip(row, columns, strict=True)
        )
        + "</tr>"
        for row in rows
    )
    cap = f'<caption style="text-align:left"><b>{escape(caption)}</b></caption>' if caption else ""
    return f"<table>{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
