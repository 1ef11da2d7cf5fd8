"""Memory of a followed log over a simulated busy day: RSS must stay flat while lines keep coming.

A writer process appends a generated busy-server log (`gen_maillog`'s conversations,
re-stamped to spread N lines over one day, RFC 3339 in UTC) to a file and rotates it
every `--rotate` lines, by rename and by copytruncate in turn, as logrotate does.
This process follows the file with ``read_log(path, follow=True)`` (classifying
every event, as ``bouncelib log --follow`` does) and prints its resident set size
every million lines, with the correlator's open queue ids and what aged out (a
fifth of qmgr's ``removed`` lines is left out, as when syslog drops lines under
load, so queue state that never closes piles up unless it is aged out).

    python bench/bench_follow.py                  # 10 million lines (a few minutes)
    python bench/bench_follow.py --lines 2000000  # a quicker look
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_maillog

import bouncelib

DAY_START = datetime(2025, 3, 6, tzinfo=UTC)


def write(path: Path, n_lines: int, rotate: int, lost: float) -> None:
    """Append `n_lines` lines to `path`, rotating every `rotate` lines (rename and copytruncate in turn).

    A share `lost` of qmgr's ``removed`` lines is left out, as when syslog drops lines
    under load: those queue ids never close, and the reader must age them out.
    """
    step = timedelta(days=1) / n_lines
    out = open(path, "a", encoding="utf-8")  # noqa: SIM115 - reopened at every rename rotation
    batch: list[str] = []
    rotations = 0
    rng = random.Random(14)
    kept = (msg for _when, msg in gen_maillog.lines(int(n_lines * 1.2))
            if not (msg.endswith(": removed") and rng.random() < lost))  # fmt: skip
    for i, msg in enumerate(itertools.islice(kept, n_lines), 1):
        stamp = (DAY_START + step * i).isoformat(timespec="microseconds")
        batch.append(f"{stamp} mx1 {msg}\n")
        if len(batch) == 5000 or i == n_lines:
            out.write("".join(batch))
            out.flush()
            batch.clear()
        if i % rotate == 0 and i < n_lines:
            rotations += 1
            old = path.with_name(path.name + ".1")
            if rotations % 2:  # logrotate "create": rename, the writer opens a new file
                out.close()
                os.replace(path, old)
                out = open(path, "a", encoding="utf-8")  # noqa: SIM115
            else:  # logrotate "copytruncate": copy, then empty the file the writer keeps open
                shutil.copyfile(path, old)
                out.truncate(0)
    out.close()


def rss_mib() -> float:
    """This process's resident set size (VmRSS), in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main(argv: list[str] | None = None) -> int:
    """Run the writer and the follower; print RSS per million lines."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lines", type=int, default=10_000_000)
    ap.add_argument("--rotate", type=int, default=1_000_000, help="lines between rotations")
    ap.add_argument("--lost", type=float, default=0.2, help="share of qmgr 'removed' lines left out (default 0.2)")
    ap.add_argument("--write", metavar="PATH", help=argparse.SUPPRESS)  # the writer process
    args = ap.parse_args(argv)
    if args.write:
        write(Path(args.write), args.lines, args.rotate, args.lost)
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-follow-") as tmp:
        path = Path(tmp) / "mail.log"
        path.touch()
        reader = bouncelib.read_log(path, follow=True, tz="UTC")
        assert reader.followed is not None
        reader.followed.interval = 0.05
        writer = subprocess.Popen([sys.executable, __file__, "--write", str(path), "--lines", str(args.lines),
                                   "--rotate", str(args.rotate), "--lost", str(args.lost)])  # fmt: skip
        rows: list[tuple[int, float, int, int, int, float]] = []
        start = time.perf_counter()

        def watch() -> None:
            # Samples between the reader's chunks; stops the reader once every line written was read.
            next_mark = 1_000_000
            while True:
                lines = reader.stats.lines
                while lines >= next_mark:
                    rows.append((next_mark, rss_mib(), reader.stats.open_queue_ids, reader.stats.evicted,
                                 reader.stats.yielded, time.perf_counter() - start))  # fmt: skip
                    next_mark += 1_000_000
                if writer.poll() is not None and lines >= args.lines:
                    reader.stop()
                    return
                time.sleep(0.05)

        sampler = threading.Thread(target=watch, daemon=True)
        sampler.start()
        base = rss_mib()
        events = 0
        for rec in reader:
            rec.to_record()  # what `bouncelib log --follow` does with each event
            events += 1
        sampler.join()
        wall = time.perf_counter() - start
        stats = reader.stats
        print(f"python {sys.version.split()[0]}, {args.lines:,} lines over one simulated day, rotation every "
              f"{args.rotate:,} lines (rename and copytruncate in turn), {args.lost:.0%} of 'removed' lines left out")
        print(f"RSS before reading: {base:.1f} MiB")
        print("| lines read | RSS MiB | open queue ids | aged out | events | seconds |")
        print("| ---: | ---: | ---: | ---: | ---: | ---: |")
        for n, rss, open_ids, evicted, yielded, secs in rows:
            print(f"| {n:,} | {rss:.1f} | {open_ids:,} | {evicted:,} | {yielded:,} | {secs:.0f} |")
        print(f"lines {stats.lines:,} (written {args.lines:,}), events {events:,}, rotations "
              f"{reader.followed.rotations}, bytes recovered from copies {reader.followed.recovered:,}, "
              f"{stats.lines / wall:,.0f} lines/s")  # fmt: skip
        if stats.lines != args.lines:
            print("LINES LOST OR DUPLICATED", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
