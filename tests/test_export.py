"""The DataFrame contract: one row per event, RECORD_KEYS columns, explicit dtypes, fixed categories."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from bouncelib import Reason, parse_reply
from bouncelib.export import COLUMN_TYPES, categories, to_pandas, to_polars, to_records
from bouncelib.models import RECORD_KEYS, empty_record

CEST = timezone(timedelta(hours=2))


def _rec(**kw: Any) -> dict[str, Any]:
    rec = empty_record(kw.pop("source", "postfix"))
    rec.update(kw)
    return rec


RECORDS = [
    _rec(
        timestamp=datetime(2026, 3, 29, 3, 30, tzinfo=CEST),
        hostname="mx1",
        program="postfix/smtp",
        pid=4_194_000,  # above UInt16: pid must not be squeezed
        queue_id="4JhNR364tmzkR1",
        kind="delivery",
        status="bounced",
        recipient="nobody@example.org",
        relay_host="mx.example.org",
        relay_ip="192.0.2.7",
        relay_port=25,
        size=12_345,
        delay=1.5,
        dsn="5.1.10",
        smtp_code=550,
        enhanced_status="5.1.10",
        reason="userunknown",
        permanent=True,
        hard_bounce=True,
        delist=[],
    ),
    _rec(
        source="dsn",
        timestamp=datetime(2026, 3, 29, 1, 31, tzinfo=UTC),
        kind="dsn",
        status="bounced",
        recipient="user@example.net",
        smtp_code=550,
        reason="blocked",
        blocklist="microsoft-bl1",
        blocklist_name="Microsoft Blocklist 1",
        delist=["delist@messaging.microsoft.com", "https://sender.office.com/"],
        permanent=True,
        hard_bounce=False,
    ),
    # A record that knows almost nothing: every nullable column must stay null, not 0/NaN-float.
    _rec(source="reply"),
]


def test_column_types_cover_exactly_the_record_keys() -> None:
    assert tuple(COLUMN_TYPES) == RECORD_KEYS


def test_reason_categories_are_every_reason() -> None:
    assert categories("reason") == tuple(r.value for r in Reason)
    with pytest.raises(KeyError):
        categories("recipient")


def test_to_records_accepts_events_dicts_and_a_single_event() -> None:
    reply = parse_reply("550 5.1.1 <nobody@example.org>: Recipient address rejected")
    recs = list(to_records([reply, {"source": "postfix", "recipient": "a@example.com"}]))
    assert [r["source"] for r in recs] == ["reply", "postfix"]
    assert all(tuple(r) == RECORD_KEYS for r in recs)
    assert recs[1]["delist"] == []  # missing keys filled
    assert next(iter(to_records(reply)))["smtp_code"] == 550
    with pytest.raises(TypeError, match="not a bouncelib event"):
        list(to_records([42]))


def test_to_records_is_lazy() -> None:
    seen: list[int] = []

    def gen() -> Iterator[dict[str, Any]]:
        for i in range(1_000_000):
            seen.append(i)
            yield _rec(pid=i)

    it = to_records(gen())
    next(it)
    next(it)
    assert len(seen) == 2


def test_pandas_dtypes() -> None:
    pd = pytest.importorskip("pandas")
    df = to_pandas(RECORDS)
    assert list(df.columns) == list(RECORD_KEYS)
    assert len(df) == 3
    assert str(df["timestamp"].dtype) == "datetime64[us, UTC]"
    assert df["timestamp"][0] == pd.Timestamp("2026-03-29T01:30:00Z")  # converted to UTC, not shifted
    assert pd.isna(df["timestamp"][2])
    for col in ("smtp_code", "relay_port"):
        assert str(df[col].dtype) == "UInt16", col
    for col in ("pid", "size"):
        assert str(df[col].dtype) == "Int64", col
    assert df["pid"][0] == 4_194_000
    assert df["smtp_code"].isna().tolist() == [False, False, True]
    assert str(df["hard_bounce"].dtype) == "boolean"
    assert df["dsn"][0] == "5.1.10"  # a string, not the float 5.1
    for col in ("reason", "status", "kind", "source", "provider", "blocklist"):
        assert isinstance(df[col].dtype, pd.CategoricalDtype), col
    assert list(df["reason"].cat.categories) == [r.value for r in Reason]
    assert "expired" in list(df["status"].cat.categories)  # fixed, although no row has it
    assert df["delist"][1] == ["delist@messaging.microsoft.com", "https://sender.office.com/"]
    assert df["delist"][2] == []


def test_pandas_unknown_category_values_are_kept_across_chunks() -> None:
    pytest.importorskip("pandas")
    recs = [_rec(status="sent"), _rec(status="quarantined"), _rec(status="sent"), _rec(status="zz-new")]
    df = to_pandas(recs, chunk_size=1)
    assert df["status"].tolist() == ["sent", "quarantined", "sent", "zz-new"]
    cats = list(df["status"].cat.categories)
    assert cats[: len(categories("status") or ())] == list(categories("status") or ())
    assert cats[-2:] == ["quarantined", "zz-new"]


def test_pandas_chunked_equals_unchunked() -> None:
    pytest.importorskip("pandas")
    a = to_pandas(RECORDS * 5, chunk_size=2)
    b = to_pandas(RECORDS * 5)
    assert a.equals(b)


def test_pandas_empty_has_the_schema() -> None:
    pytest.importorskip("pandas")
    df = to_pandas([])
    assert list(df.columns) == list(RECORD_KEYS)
    assert str(df["timestamp"].dtype) == "datetime64[us, UTC]"
    assert str(df["smtp_code"].dtype) == "UInt16"


def test_polars_dtypes() -> None:
    pl = pytest.importorskip("polars")
    df = to_polars(RECORDS, chunk_size=2)
    assert df.columns == list(RECORD_KEYS)
    assert df.schema["timestamp"] == pl.Datetime("us", "UTC")
    assert df["timestamp"][0] == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert df.schema["smtp_code"] == pl.UInt16
    assert df.schema["relay_port"] == pl.UInt16
    assert df.schema["pid"] == pl.Int64
    assert df["pid"][0] == 4_194_000
    assert df.schema["delist"] == pl.List(pl.String)
    assert df["delist"].to_list()[1] == ["delist@messaging.microsoft.com", "https://sender.office.com/"]
    assert df.schema["reason"] == pl.Enum([r.value for r in Reason])
    for col in ("status", "kind", "source", "provider", "blocklist"):
        assert isinstance(df.schema[col], pl.Enum), col
    assert df["hard_bounce"].to_list() == [True, False, None]
    assert df["smtp_code"].null_count() == 1


def test_polars_unknown_values_extend_the_enum_across_chunks() -> None:
    pytest.importorskip("polars")
    recs = [_rec(status="sent"), _rec(status="quarantined")]
    df = to_polars(recs, chunk_size=1)
    assert df["status"].to_list() == ["sent", "quarantined"]


@pytest.mark.parametrize(("func", "extra"), [(to_pandas, "'.[pandas]'"), (to_polars, "'.[polars]'")])
def test_missing_extra_names_it(monkeypatch: pytest.MonkeyPatch, func: Any, extra: str) -> None:
    for mod in ("pandas", "polars"):
        monkeypatch.setitem(sys.modules, mod, None)  # a None entry makes `import mod` raise ImportError
    with pytest.raises(ImportError, match=re.escape(extra)):
        func(RECORDS)


def test_naive_timestamp_is_read_as_utc() -> None:
    pl = pytest.importorskip("polars")
    df = to_polars([_rec(timestamp=datetime(2026, 1, 1, 12, 0))])
    assert df["timestamp"][0] == datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    assert df.schema["timestamp"] == pl.Datetime("us", "UTC")


def test_reports_and_single_report_give_one_row_per_recipient() -> None:
    from pathlib import Path

    import bouncelib

    eml = Path(__file__).resolve().parent.parent / "corpus" / "dsn" / "postfix" / "outlook-blocklist1.eml"
    if not eml.exists():
        pytest.skip("the DSN corpus is not there")
    report = bouncelib.parse_message(eml)
    recs = list(to_records(report))  # a report is iterable as a pydantic model: it must not be iterated as such
    assert [r["recipient"] for r in recs] == [e.recipient for e in report.recipients]
    assert [r["source"] for r in to_records([report, report])] == ["dsn"] * (2 * len(recs))
