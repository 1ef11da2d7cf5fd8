"""The malformed corpus (corpus/malformed/): broken input gives the documented outcome, never an exception."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import bouncelib

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "malformed"


def _log_api() -> tuple[Any, Any, Any]:
    """parse_log_line, read_log and the line splitter (skip while the log front end has not landed)."""
    log = pytest.importorskip("bouncelib._log")
    io = pytest.importorskip("bouncelib._io")
    return log.parse_log_line, log.read_log, io.iter_lines


def _cases(sub: str, suffix: str) -> list[Any]:
    return [pytest.param(p, id=p.name) for p in sorted((CORPUS / sub).glob(f"*{suffix}"))]


def _expected(path: Path, request: pytest.FixtureRequest) -> dict[str, Any]:
    exp: dict[str, Any] = json.loads(path.with_suffix(".expected.json").read_text("utf-8"))
    assert exp["why"], f"{path.name}: say why the case exists"
    if "xfail" in exp:
        request.applymarker(pytest.mark.xfail(reason=exp["xfail"], strict=True))
    return exp


def _event(ev: bouncelib.DsnEvent) -> dict[str, Any]:
    rec = ev.to_record()
    return {k: rec[k] for k in ("recipient", "action", "status", "dsn", "reason", "smtp_code")}


def test_corpus_is_there() -> None:
    assert len(_cases("mail", ".eml")) >= 20
    assert len(_cases("mbox", ".mbox")) >= 8
    assert len(_cases("log", ".log")) >= 3


@pytest.mark.parametrize("path", _cases("mail", ".eml"))
def test_mail_case(path: Path, request: pytest.FixtureRequest) -> None:
    exp = _expected(path, request)
    data = path.read_bytes()
    report = bouncelib.parse_message(data)
    assert report.kind.value == exp["kind"]
    assert list(report.defects) == exp["defects"]
    assert report.subject == exp["subject"]
    assert [_event(e) for e in report.recipients] == exp["recipients"]
    # Same outcome whichever form the message arrives in (bytes, str as read with surrogateescape, path).
    as_text = bouncelib.parse_message(data.decode("utf-8", "surrogateescape"))
    from_path = bouncelib.parse_message(path)
    for other in (as_text, from_path):
        assert other.kind == report.kind
        assert [_event(e) for e in other.recipients] == exp["recipients"]
    assert type(report).model_validate_json(report.model_dump_json()) == report


@pytest.mark.parametrize("path", _cases("mbox", ".mbox"))
def test_mbox_case(path: Path, request: pytest.FixtureRequest) -> None:
    exp = _expected(path, request)
    got = [
        {"kind": r.kind.value, "recipients": [e.recipient for e in r.recipients]} for r in bouncelib.read_mailbox(path)
    ]
    assert got == exp["reports"]


@pytest.mark.parametrize("path", _cases("log", ".log"))
def test_log_case(path: Path, request: pytest.FixtureRequest) -> None:
    parse_log_line, read_log, iter_lines = _log_api()
    exp = _expected(path, request)
    reader = read_log(path, year=2026, tz="UTC", kinds="all")
    records = list(reader)
    st = reader.stats
    assert {k: getattr(st, k) for k in ("lines", "records", "unrecognised", "not_postfix")} == exp["stats"]
    assert st.lines == st.records + st.unrecognised + st.not_postfix
    assert len(records) == st.records + st.unrecognised  # kinds="all": nothing read is held back
    per_line = []
    for rec in records:
        assert rec.raw, "a record keeps its raw line"
        model = rec.to_model()
        assert type(model).model_validate_json(model.model_dump_json()) == model
    # Line by line, stateless: the kind (None = not Postfix) and a few fields of each line.
    with path.open("rb") as fh:
        for i, line in enumerate(iter_lines(fh), 1):
            r = parse_log_line(line, year=2026, tz="UTC")
            if r is None:
                per_line.append({"line": i, "kind": None})
                continue
            per_line.append({
                "line": i, "kind": r.kind, "status": r.status, "queue_id": r.queue_id, "recipient": r.recipient,
                "timestamp": r.timestamp.isoformat() if r.timestamp else None,
            })  # fmt: skip
    assert per_line == exp["lines"]
