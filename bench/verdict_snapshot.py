"""Every verdict the classifier gives on every text we have, saved once and compared after a change.

    python bench/verdict_snapshot.py save /tmp/verdicts.json    # before changing the classifier
    python bench/verdict_snapshot.py check /tmp/verdicts.json   # after: exit 1 and the first differences

A speed change must not change a single verdict. A difference in a text of the frozen test part is
counted and named by its key, never printed (see `_test_keys`). The snapshot holds every field of
``parse_reply(...).model_dump()`` for every text of ``corpus/replies/*.jsonl`` and
``corpus/replies/real/*.jsonl`` (files starting with ``_`` skipped), the reply of every line of
``corpus/postfix/real/lines.jsonl`` (its ``text`` classified bare, and the line's whole
``to_record()``), every record of ``corpus/postfix/*.log`` read by ``read_log`` (``to_record()``),
the Sisimai diagnostics of the shared folder (bare and with their status, code, command and host
hints), every report of ``parse_message`` over ``corpus/dsn/*/*.eml``, one refusal to 1,000
recipients (the masked cache), and the figures of ``bench/accuracy.py --json``.

Each text is classified twice, the second time from the cache: the two answers must be equal.

The snapshot is taken under several string-hash seeds (``PYTHONHASHSEED``, one process each):
a verdict that depends on the order of a set differs between seeds. The file keeps every answer
seen for a case; ``check`` passes when, under each seed, every case gives one of the answers the
saved snapshot has for it, and lists the cases the saved snapshot itself holds several answers for.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from shared_dir import sisimai_dir  # noqa: E402 - found through the sys.path entry above
from split import part_of  # noqa: E402

from bouncelib import parse_log_line, parse_message, parse_reply, read_log  # noqa: E402


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            yield json.loads(line)


def _reply(text: str, **hints: Any) -> dict[str, Any]:
    first = parse_reply(text, **hints).model_dump(mode="json")
    again = parse_reply(text, **hints).model_dump(mode="json")
    if first != again:
        raise SystemExit(f"cached answer differs from the first for {text!r}: {first} != {again}")
    return first


def _cases() -> Iterator[tuple[str, Any]]:
    for path in sorted((ROOT / "corpus" / "replies").glob("*.jsonl")):
        for i, row in enumerate(_jsonl(path)):
            yield f"replies/{path.name}:{i}", _reply(row["text"])
    for path in sorted((ROOT / "corpus" / "replies" / "real").glob("*.jsonl")):
        if path.name.startswith("_"):
            continue
        for i, row in enumerate(_jsonl(path)):
            yield f"replies/real/{path.name}:{i}", _reply(row["text"])
    for i, row in enumerate(_jsonl(ROOT / "corpus" / "postfix" / "real" / "lines.jsonl")):
        rec = parse_log_line(row["line"], year=2025, tz="UTC")
        if rec is None:
            yield f"postfix/real:{i}", None
            continue
        yield f"postfix/real:{i}:record", rec.to_record()
        if rec.text is not None:
            yield f"postfix/real:{i}:text", _reply(rec.text)
    for path in sorted((ROOT / "corpus" / "postfix").glob("*.log")):
        options_path = path.with_suffix(".options.json")
        options = json.loads(options_path.read_text()) if options_path.exists() else {"year": 2025, "tz": "UTC"}
        for i, rec in enumerate(read_log(path, kinds="all", **options)):
            yield f"postfix/{path.name}:{i}", rec.to_record()
    sisimai = sisimai_dir()
    if sisimai is not None:
        for row in _jsonl(sisimai / "labels.jsonl"):
            for j, r in enumerate(row["recipients"]):
                text = r.get("diagnostic")
                if not text:
                    continue
                yield f"sisimai/{row['id']}:{j}", _reply(text)
                hints = {"status": r.get("status"), "smtp_code": r.get("replycode"),
                         "smtp_command": r.get("smtp_command"), "remote_host": r.get("rhost"),
                         "action": r.get("action"), "recipient": r.get("address")}  # fmt: skip
                yield f"sisimai/{row['id']}:{j}:hints", _reply(text, **hints)
    for path in sorted((ROOT / "corpus" / "dsn").glob("*/*.eml")):
        yield f"dsn/{path.parent.name}/{path.name}", parse_message(path).model_dump(mode="json")
    for i in range(1000):
        text = (
            f"host mx{i % 7}.example.net[192.0.2.{i % 250 + 1}] said: 550 5.1.1 <user{i}@example.net>: "
            "Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)"
        )
        yield f"many:{i}", _reply(text)
    accuracy = subprocess.run([sys.executable, str(HERE / "accuracy.py"), "--json"], check=True,
                              capture_output=True, text=True, cwd=ROOT)  # fmt: skip
    yield "accuracy", json.loads(accuracy.stdout)


def _test_keys() -> set[str]:
    """The snapshot's keys whose text lies in the frozen test part (by its source, as the split does).

    ``check`` prints only the key of such a difference, never its text or its answers: whoever
    tunes the classifier may count the test part's moves but not read them.
    """
    keys: set[str] = set()
    replies = ROOT / "corpus" / "replies"
    for folder, prefix in ((replies, "replies/"), (replies / "real", "replies/real/")):
        for path in sorted(folder.glob("*.jsonl")):
            for i, row in enumerate(_jsonl(path)):
                if part_of(row.get("source") or "") == "test":
                    keys.add(f"{prefix}{path.name}:{i}")
    for i, row in enumerate(_jsonl(ROOT / "corpus" / "postfix" / "real" / "lines.jsonl")):
        if part_of(row.get("source") or "") == "test":
            keys.update({f"postfix/real:{i}", f"postfix/real:{i}:record", f"postfix/real:{i}:text"})
    sisimai = sisimai_dir()
    if sisimai is not None:
        for row in _jsonl(sisimai / "labels.jsonl"):
            if part_of(f"sisimai:{row['content_group']}") == "test":
                for j in range(len(row["recipients"])):
                    keys.update({f"sisimai/{row['id']}:{j}", f"sisimai/{row['id']}:{j}:hints"})
    return keys


def _snapshot() -> dict[str, Any]:
    # json round trip: datetimes and tuples as the file will hold them.
    return json.loads(json.dumps(dict(_cases()), default=str))


def _seeded(seed: int) -> dict[str, Any]:
    """The snapshot taken in a fresh process under `seed`."""
    env = os.environ | {"PYTHONHASHSEED": str(seed)}
    out = subprocess.run([sys.executable, __file__, "_dump"], env=env, check=True, capture_output=True, text=True)
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def _report(diffs: dict[str, tuple[int, Any]], saved: dict[str, list[Any]], hidden: set[str]) -> list[str]:
    """The lines `check` prints: the first 20 differences whole, then the test-part ones by key only."""
    lines = []
    for k in sorted(k for k in diffs if k not in hidden)[:20]:
        seed, now = diffs[k]
        lines.append(f"{k} (seed {seed}):\n  saved: {saved.get(k)}\n  now:   {now}")
    if test_moved := sorted(k for k in diffs if k in hidden):
        # A test-part difference is counted and named, never shown: its text is not to be read.
        lines.append(f"{len(test_moved)} of the differences are test-part texts (not shown): {test_moved}")
    return lines


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def main(argv: list[str] | None = None) -> int:
    """Save or check a snapshot."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("action", choices=("save", "check", "_dump"))
    ap.add_argument("file", type=Path, nargs="?")
    ap.add_argument("--seeds", type=int, default=4, help="hash seeds 0..N-1 (default 4)")
    args = ap.parse_args(argv)
    if args.action == "_dump":
        json.dump(_snapshot(), sys.stdout)
        return 0
    if args.file is None:
        ap.error("FILE is needed")
    runs = [_seeded(seed) for seed in range(args.seeds)]
    if args.action == "save":
        seen: dict[str, dict[str, Any]] = {}
        for run in runs:
            for k, v in run.items():
                seen.setdefault(k, {})[_key(v)] = v
        args.file.write_text(json.dumps({k: list(v.values()) for k, v in seen.items()}, sort_keys=True), "utf-8")
        several = sorted(k for k, v in seen.items() if len(v) > 1)
        print(f"saved {len(seen)} cases under {args.seeds} seeds to {args.file}; several answers: {several}")
        return 0
    saved: dict[str, list[Any]] = json.loads(args.file.read_text(encoding="utf-8"))
    diffs: dict[str, tuple[int, Any]] = {}
    for seed, run in enumerate(runs):
        for k in saved.keys() | run.keys():
            if k not in diffs and _key(run.get(k)) not in {_key(v) for v in saved.get(k, [None])}:
                diffs[k] = (seed, run.get(k))
    for line in _report(diffs, saved, _test_keys()):
        print(line)
    several = sorted(k for k, v in saved.items() if len(v) > 1)
    print(f"{len(saved)} cases, {args.seeds} seeds, {len(diffs)} differ; saved with several answers: {several}")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
