"""corpus/postfix: every case read by read_log matches its reviewed ``.expected.jsonl`` sidecar."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from bouncelib import Correlator, parse_log_line, read_log
from bouncelib._vocab import LOG_KINDS

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "postfix"
CASES = sorted(CORPUS.glob("*.log"))


@pytest.fixture(scope="module")
def postfix_regen(regen: Callable[[str], ModuleType]) -> ModuleType:
    """corpus/postfix/regen.py: the sidecar writer, and each case's read_log options."""
    return regen("postfix")


def _sidecar(case: Path) -> list[dict[str, Any]]:
    text = case.with_suffix(".expected.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_case_matches_sidecar(case: Path, postfix_regen: ModuleType) -> None:
    assert postfix_regen.expected(case) == _sidecar(case)


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_case_accounting(case: Path) -> None:
    stats = _sidecar(case)[-1]["stats"]
    lines = case.read_text(encoding="utf-8").split("\n")
    if lines[-1] == "":
        lines.pop()
    assert stats["lines"] == len(lines)
    assert stats["lines"] == stats["records"] + stats["unrecognised"] + stats["not_postfix"]
    assert stats["yielded"] == stats["records"] + stats["unrecognised"]  # kinds="all"


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_fast_path_agrees_with_parser(case: Path, postfix_regen: ModuleType) -> None:
    """The reader's counts (fast path) name the same kinds as the records the full parser builds."""
    reader = read_log(case, kinds="all", **postfix_regen.options(case))
    kinds = Counter(rec.kind for rec in reader)
    kinds.pop("unrecognised", None)
    assert kinds == Counter(reader.stats.kinds)
    # ...and the default reader (events only) counts the same kinds.
    default = read_log(case, **postfix_regen.options(case))
    list(default)
    assert default.stats.kinds == reader.stats.kinds


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_stateless_parser_agrees(case: Path, postfix_regen: ModuleType) -> None:
    opts = postfix_regen.options(case)
    records = {rec.raw: rec for rec in read_log(case, kinds="all", **opts)}
    for line in case.read_text(encoding="utf-8").splitlines():
        alone = parse_log_line(line, year=opts["year"], tz=opts["tz"])
        if line not in records:
            assert alone is None, line
            continue
        rec = records[line]
        assert alone is not None, line
        assert (alone.kind, alone.status, alone.queue_id, alone.recipient, alone.relay, alone.text) == (
            rec.kind, rec.status, rec.queue_id, rec.recipient, rec.relay, rec.text,
        )  # fmt: skip


def test_corpus_covers_every_kind() -> None:
    seen = {row.get("kind") for case in CASES for row in _sidecar(case)}
    assert set(LOG_KINDS) <= seen


def test_corpus_has_no_private_addresses() -> None:
    """Documentation addresses only (RFC 5737 / RFC 3849), loopback, and private socket paths."""
    allowed = ("192.0.2.", "198.51.100.", "203.0.113.", "127.0.")
    not_ips = {"4.16.55.1"}  # Yahoo's error code in a [TSS04] reply
    for case in CASES:
        for ip in re.findall(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])", case.read_text()):
            assert ip.startswith(allowed) or ip in not_ips, (case.name, ip)


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_reader_and_standalone_correlator_agree(case: Path, postfix_regen: ModuleType) -> None:
    """The reader's fast path leaves the same queue entries as feeding every record to a Correlator."""
    opts = postfix_regen.options(case)
    reader = read_log(case, **opts)
    list(reader)
    corr = Correlator()
    for rec in read_log(case, kinds="all", correlate=False, **opts):
        corr.feed(rec)
    assert reader.correlator is not None
    mine = {qid: entry.facts for qid, entry in reader.correlator.flush()}
    assert mine == {qid: entry.facts for qid, entry in corr.flush()}
