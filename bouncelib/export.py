"""Flat records and DataFrames from any bouncelib events.

Every front end's event (a Postfix log record, a bounce-email recipient, a bare
`Reply`) flattens to the same record (`bouncelib.models.RECORD_KEYS`), so one
set of columns describes them all.  This module turns an iterable of events into
those records, and the records into a pandas or polars DataFrame with explicit
dtypes, because letting the libraries infer them gives ``float64`` reply codes
as soon as one is missing and plain strings where a fixed category is wanted.

pandas and polars are optional extras (``pip install pandas`` /
``'bouncelib[polars]'``) and are imported only when a frame is asked for.

>>> from bouncelib.export import to_records
>>> from bouncelib import parse_reply
>>> rec = next(to_records([parse_reply("550 5.1.1 user unknown")]))
>>> rec["source"], rec["smtp_code"]
('reply', 550)
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime, timedelta
from itertools import islice
from typing import TYPE_CHECKING, Any, Final, Literal, cast

from bouncelib._data.blocklists import BLOCKLISTS
from bouncelib._data.providers import PROVIDERS
from bouncelib._vocab import DIRECTIONS, LOG_KINDS, SOURCES, STATUS_WORDS, BounceKind, Reason
from bouncelib.models import RECORD_KEYS

if TYPE_CHECKING:
    import pandas as pd
    import polars as pl

__all__ = [
    "CHUNK_SIZE",
    "COLUMN_TYPES",
    "categories",
    "pandas_dtypes",
    "polars_schema",
    "to_pandas",
    "to_polars",
    "to_records",
]

ColumnType = Literal["category", "string", "datetime", "uint16", "int64", "float", "bool", "list"]

#: The logical type of every record column; `to_pandas` / `to_polars` map it to a
#: concrete dtype (see `pandas_dtypes` and `polars_schema`).
COLUMN_TYPES: Final[dict[str, ColumnType]] = {
    "source": "category",
    "timestamp": "datetime",
    "hostname": "string",
    "program": "string",
    "pid": "int64",  # Linux pids go up to 2**22: too big for UInt16
    "queue_id": "string",
    "kind": "category",
    "status": "category",
    "action": "string",
    "sender": "string",
    "recipient": "string",
    "orig_recipient": "string",
    "relay_host": "string",
    "relay_ip": "string",
    "relay_port": "uint16",
    "client_host": "string",
    "client_ip": "string",
    "message_id": "string",
    "size": "int64",
    "delay": "float",
    "dsn": "string",  # never numeric: 5.1.10 is not a float
    "smtp_code": "uint16",
    "enhanced_status": "string",
    "smtp_command": "string",
    "reason": "category",
    "permanent": "bool",
    "hard_bounce": "bool",
    "blocklist": "category",
    "blocklist_name": "string",
    "delist": "list",
    "provider": "category",
    "remote_host": "string",
    "remote_ip": "string",
    "feedback_type": "string",
    "direction": "category",
    "year_inferred": "bool",
    "text": "string",
}

#: Rows converted at a time: bounds the memory held in Python dicts while a frame is built.
CHUNK_SIZE: Final = 65_536

# Fixed vocabularies (bouncelib._vocab and the classifier's tables). Fixed categories keep
# group-bys, concatenations and plots stable across files: a day without a single
# "expired" still has the column.
_KINDS: Final = (*(k.value for k in BounceKind), *LOG_KINDS)


def categories(column: str) -> tuple[str, ...] | None:
    """The fixed categories of a categorical record column, or None when it has no fixed vocabulary.

    ``reason`` is every `Reason`; ``source``, ``status`` and ``kind`` are the
    front ends' vocabularies; ``provider`` and ``blocklist`` are the ids of the
    classifier's tables.  Values outside the fixed list
    are never dropped: `to_pandas` / `to_polars` append them, sorted, after the
    fixed ones.
    """
    if column == "reason":
        return tuple(r.value for r in Reason)
    if column == "source":
        return SOURCES
    if column == "status":
        return STATUS_WORDS
    if column == "kind":
        return _KINDS
    if column == "provider":
        return tuple(p.id for p in PROVIDERS)
    if column == "direction":
        return DIRECTIONS
    if column == "blocklist":
        return tuple(b.id for b in BLOCKLISTS)
    if COLUMN_TYPES.get(column) == "category":
        return None
    raise KeyError(f"not a categorical record column: {column!r}")


def to_records(events: Any) -> Iterator[dict[str, Any]]:
    """Flat records (dicts with exactly the keys of `RECORD_KEYS`) from events, reports or record dicts.

    `events` is any iterable of events (anything with ``.to_record()``), of
    `BounceReport`s (each gives one record per recipient), or of mappings (missing
    keys become None, keys outside `RECORD_KEYS` are left out).  A single event or
    report is accepted too.  Items are read lazily, one at a time.
    """
    if _is_report(events):
        for ev in events.recipients:
            yield _record(ev.to_record())
        return
    if hasattr(events, "to_record"):
        yield _own(events.to_record())
        return
    if not isinstance(events, Iterable) or isinstance(events, str | bytes):
        raise TypeError(f"events: expected bouncelib events, reports or records, not {type(events).__name__}")
    for item in events:
        to_record = getattr(item, "to_record", None)
        if to_record is not None:
            yield _own(to_record())
        elif isinstance(item, Mapping):
            yield _record(item)
        elif _is_report(item):
            for ev in item.recipients:
                yield _record(ev.to_record())
        else:
            raise TypeError(f"not a bouncelib event, report or record: {type(item).__name__}")


def _is_report(obj: Any) -> bool:
    # A BounceReport is a pydantic model and so iterable (over its fields): it must be
    # recognised before being iterated as if it were a list of events.
    return hasattr(obj, "recipients") and not hasattr(obj, "to_record") and not isinstance(obj, Mapping)


_KEYSET: Final = frozenset(RECORD_KEYS)


def _own(rec: dict[str, Any]) -> dict[str, Any]:
    """A record an event just made: ours to keep as it is when it already has the exact keys (the usual case)."""
    if rec.keys() == _KEYSET and type(rec["delist"]) is list:
        return rec
    return _record(rec)


def _record(rec: Mapping[str, Any]) -> dict[str, Any]:
    out = {k: rec.get(k) for k in RECORD_KEYS}
    delist = out["delist"]
    out["delist"] = [] if delist is None else [str(x) for x in delist]
    return out


def _chunks(events: Any, size: int) -> Iterator[list[dict[str, Any]]]:
    it = to_records(events)
    while chunk := list(islice(it, size)):
        yield chunk


_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)
_US: Final = timedelta(microseconds=1)


def _epoch_us(value: Any) -> int | None:
    """Microseconds since the epoch; a naive datetime is taken as UTC (front ends only give aware ones)."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if not isinstance(value, datetime):
        raise TypeError(f"timestamp must be a datetime, not {type(value).__name__}")
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    micros: int = (value - _EPOCH) // _US
    return micros


class _Vocab:
    """The categories of one column as chunks arrive: fixed ones first, unseen values appended."""

    def __init__(self, fixed: tuple[str, ...] | None) -> None:
        self.values: list[str] = list(fixed or ())
        self._known = set(self.values)

    def update(self, column: list[Any]) -> None:
        new = {str(v) for v in column if v is not None} - self._known
        if new:
            self.values.extend(sorted(new))
            self._known |= new


def _vocabs() -> dict[str, _Vocab]:
    return {k: _Vocab(categories(k)) for k, t in COLUMN_TYPES.items() if t == "category"}


def _columns(chunk: list[dict[str, Any]]) -> dict[str, list[Any]]:
    return {k: [rec[k] for rec in chunk] for k in RECORD_KEYS}


# ---------------------------------------------------------------- pandas


def _pandas() -> Any:
    try:
        return importlib.import_module("pandas")
    except ImportError as exc:
        raise ImportError(
            "bouncelib.to_pandas needs pandas, which is not installed: pip install pandas "
            "(or bouncelib's extra, in its checkout: pip install '.[pandas]')"
        ) from exc


def pandas_dtypes() -> dict[str, Any]:
    """The pandas dtype of every column `to_pandas` returns (categoricals with their fixed categories)."""
    pd = _pandas()
    out: dict[str, Any] = {}
    for key, typ in COLUMN_TYPES.items():
        if typ == "category":
            out[key] = pd.CategoricalDtype(list(categories(key) or ()))
        else:
            out[key] = _PANDAS_SIMPLE[typ]
    return out


_PANDAS_SIMPLE: Final[dict[str, str]] = {
    "string": "str",
    "datetime": "datetime64[us, UTC]",
    "uint16": "UInt16",
    "int64": "Int64",
    "float": "Float64",
    "bool": "boolean",
    "list": "object",
}


def to_pandas(events: Any, *, chunk_size: int = CHUNK_SIZE) -> pd.DataFrame:
    """A pandas DataFrame with one row per event and one column per `RECORD_KEYS` key.

    Dtypes: ``timestamp`` is ``datetime64[us, UTC]``; ``smtp_code`` and
    ``relay_port`` are ``UInt16``, ``pid`` and ``size`` ``Int64``, ``delay``
    ``Float64``, ``permanent`` and ``hard_bounce`` ``boolean`` (all nullable);
    ``reason``, ``status``, ``kind``, ``source``, ``provider`` and ``blocklist``
    are categoricals with fixed categories (see `categories`); ``delist`` holds a
    list of strings per row; everything else is pandas' string dtype.

    Events are converted `chunk_size` at a time, so the only thing that grows with
    the input is the frame itself.  Needs the ``bouncelib[pandas]`` extra.
    """
    pd = _pandas()
    np = importlib.import_module("numpy")
    vocabs = _vocabs()
    frames = []
    for chunk in _chunks(events, chunk_size):
        cols = _columns(chunk)
        data: dict[str, Any] = {}
        for key in RECORD_KEYS:
            typ = COLUMN_TYPES[key]
            vals = cols[key]
            if typ == "category":
                vocab = vocabs[key]
                vocab.update(vals)
                data[key] = pd.Categorical([None if v is None else str(v) for v in vals], categories=list(vocab.values))
            elif typ == "datetime":
                micros = [_epoch_us(v) for v in vals]
                nat = np.iinfo(np.int64).min  # NaT's integer representation
                arr = np.array([nat if m is None else m for m in micros], dtype=np.int64).view("M8[us]")
                data[key] = pd.Series(arr).dt.tz_localize("UTC")
            elif typ == "list":
                data[key] = pd.Series(vals, dtype=object)
            else:
                data[key] = pd.Series(vals, dtype=_PANDAS_SIMPLE[typ])
        frames.append(pd.DataFrame(data))
    if not frames:
        empty = {k: pd.Series([], dtype=d) for k, d in pandas_dtypes().items()}
        return pd.DataFrame(empty)
    # Later chunks may have met values earlier ones had not: give every chunk the
    # final categories (a superset: codes stay valid) so concat keeps categoricals.
    for frame in frames:
        for key, vocab in vocabs.items():
            if len(frame[key].cat.categories) != len(vocab.values):
                frame[key] = frame[key].cat.set_categories(vocab.values)
    return frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)


# ---------------------------------------------------------------- polars


def _polars() -> Any:
    try:
        return importlib.import_module("polars")
    except ImportError as exc:
        raise ImportError(
            "bouncelib.to_polars needs polars, which is not installed: pip install polars "
            "(or bouncelib's extra, in its checkout: pip install '.[polars]')"
        ) from exc


def polars_schema() -> dict[str, Any]:
    """The polars dtype of every column `to_polars` returns (``Enum`` with the fixed categories)."""
    pl = _polars()
    return {
        key: _polars_dtype(pl, key, typ, categories(key) if typ == "category" else None)
        for key, typ in COLUMN_TYPES.items()
    }


def _polars_dtype(pl: Any, key: str, typ: str, cats: Iterable[str] | None) -> Any:
    simple = {
        "string": pl.String,
        "datetime": pl.Datetime("us", "UTC"),
        "uint16": pl.UInt16,
        "int64": pl.Int64,
        "float": pl.Float64,
        "bool": pl.Boolean,
        "list": pl.List(pl.String),
    }
    if typ == "category":
        return pl.Enum(list(cats or ()))
    return simple[typ]


def to_polars(events: Any, *, chunk_size: int = CHUNK_SIZE) -> pl.DataFrame:
    """A polars DataFrame with one row per event and one column per `RECORD_KEYS` key.

    Dtypes: ``timestamp`` is ``Datetime("us", "UTC")``; ``smtp_code`` and
    ``relay_port`` ``UInt16``, ``pid`` and ``size`` ``Int64``, ``delay``
    ``Float64``, ``permanent`` and ``hard_bounce`` ``Boolean`` (nulls where
    unknown); ``reason``, ``status``, ``kind``, ``source``, ``provider`` and
    ``blocklist`` are ``Enum`` with fixed categories (see `categories`);
    ``delist`` is ``List(String)``; everything else ``String``.

    Events are converted `chunk_size` at a time.  Needs the ``bouncelib[polars]`` extra.
    """
    pl = _polars()
    vocabs = _vocabs()
    frames = []
    for chunk in _chunks(events, chunk_size):
        cols = _columns(chunk)
        series = []
        for key in RECORD_KEYS:
            typ = COLUMN_TYPES[key]
            vals = cols[key]
            if typ == "category":
                vocabs[key].update(vals)
                dtype = pl.Enum(list(vocabs[key].values))
                series.append(pl.Series(key, [None if v is None else str(v) for v in vals], dtype=dtype))
            elif typ == "datetime":
                micros = [_epoch_us(v) for v in vals]
                series.append(pl.Series(key, micros, dtype=pl.Int64).cast(pl.Datetime("us", "UTC")))
            else:
                series.append(pl.Series(key, vals, dtype=_polars_dtype(pl, key, typ, None)))
        frames.append(pl.DataFrame(series))
    final = {key: pl.Enum(list(v.values)) for key, v in vocabs.items()}
    if not frames:
        schema = polars_schema()
        schema.update(final)
        return _polars_frame(pl.DataFrame(schema=schema))
    # Earlier chunks' Enums are prefixes of the final ones: the cast keeps every value.
    frames = [f.with_columns([pl.col(k).cast(dt) for k, dt in final.items()]) for f in frames]
    return _polars_frame(frames[0] if len(frames) == 1 else pl.concat(frames, rechunk=True))


def _polars_frame(frame: Any) -> pl.DataFrame:
    # polars is imported at run time through importlib (so that it stays optional): tell mypy what came back.
    return cast("pl.DataFrame", frame)
