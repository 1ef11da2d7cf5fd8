"""Writers shared by the CLI commands: JSON Lines and CSV of flat records."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import IO, Any

from bouncelib.models import RECORD_KEYS

__all__ = ["jsonable", "write_csv", "write_jsonl"]


def jsonable(value: Any) -> Any:
    """A record value as JSON/CSV wants it (ISO 8601 timestamps, plain strings for enums)."""
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def write_jsonl(records: Iterable[Mapping[str, Any]], out: IO[str]) -> int:
    """Write one JSON object per line; return how many were written."""
    n = 0
    for rec in records:
        out.write(json.dumps({k: jsonable(v) for k, v in rec.items()}, ensure_ascii=False))
        out.write("\n")
        n += 1
    return n


def write_csv(records: Iterable[Mapping[str, Any]], out: IO[str], keys: tuple[str, ...] = RECORD_KEYS) -> int:
    """Write CSV with a header of `keys`; lists (delist) are joined with a space."""
    writer = csv.DictWriter(out, fieldnames=list(keys), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    n = 0
    for rec in records:
        row = {}
        for k in keys:
            v = rec.get(k)
            if isinstance(v, list):
                v = " ".join(str(x) for x in v)
            row[k] = jsonable(v)
        writer.writerow(row)
        n += 1
    return n
