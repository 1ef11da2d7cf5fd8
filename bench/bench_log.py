"""Benchmark `bouncelib.read_log` against pflogsumm on the same generated log, in one run.

    python bench/bench_log.py                       # 1M and 5M lines
    python bench/bench_log.py --lines 1000000 --repeat 3

For each size it generates (once, cached in --data) a realistic log with
``bench/gen_maillog.py``, then runs, each in a fresh process so that peak RSS is
the process's own:

* ``read_log``: correlated events (the default kinds), each event's status counted
  (the acceptance figure: lines/s and peak RSS);
* ``read_log + to_record``: the same, every event turned into the shared flat record
  (classification included), for what a JSONL/CSV export costs;
* ``pflogsumm FILE >/dev/null`` when pflogsumm is installed.

Figures are wall-clock lines/s (best of --repeat) and the peak RSS of the process.
The machine is shared: check ``uptime`` and repeat when it looks busy.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORKER = r"""
import json, resource, sys, time
from collections import Counter
from bouncelib import read_log
path, mode = sys.argv[1], sys.argv[2]
t0 = time.perf_counter()
c0 = time.process_time()
reader = read_log(path, year=2025, tz="Europe/Berlin")
statuses = Counter()
if mode == "records":
    for ev in reader:
        statuses[ev.to_record()["reason"]] += 1
else:
    for ev in reader:
        statuses[ev.status] += 1
wall = time.perf_counter() - t0
cpu = time.process_time() - c0
print(json.dumps({"wall": wall, "cpu": cpu, "lines": reader.stats.lines, "events": reader.stats.yielded,
                  "maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def _generate(n: int, data: Path) -> Path:
    path = data / f"mail-{n}.log"
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        subprocess.run([sys.executable, str(HERE / "gen_maillog.py"), "--lines", str(n), "--out", str(tmp)],
                       check=True)  # fmt: skip
        tmp.rename(path)
    return path


def _timed(cmd: list[str]) -> tuple[float, int, str, float]:
    """(wall seconds, peak RSS KiB, stdout, CPU seconds) of a child process."""
    t0 = time.perf_counter()
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as proc:
        out = proc.stdout.read() if proc.stdout else ""
        _pid, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{cmd[0]} failed with status {proc.returncode}")
    return wall, usage.ru_maxrss, out, usage.ru_utime + usage.ru_stime


def run(sizes: list[int], repeat: int, data: Path, with_records: bool) -> dict[str, object]:
    """Measure every size; return the figures (also printed as a table)."""
    results: dict[str, object] = {"uptime": os.getloadavg(), "python": sys.version.split()[0]}
    pflogsumm = shutil.which("pflogsumm") or ("/usr/sbin/pflogsumm" if Path("/usr/sbin/pflogsumm").exists() else None)
    for n in sizes:
        path = _generate(n, data)
        row: dict[str, object] = {"lines": n, "bytes": path.stat().st_size}
        modes = ["events", "records"] if with_records else ["events"]
        for mode in modes:
            best = None
            for _ in range(repeat):
                _wall, rss, out, _cpu = _timed([sys.executable, "-c", WORKER, str(path), mode])
                fig = json.loads(out)
                if best is None or fig["wall"] < best["wall"]:
                    best = fig | {"maxrss_kib": rss}
            assert best is not None
            row[f"read_log[{mode}]"] = {
                "lines_per_s": round(best["lines"] / best["wall"]),
                "cpu_lines_per_s": round(best["lines"] / best["cpu"]),
                "events": best["events"],
                "peak_rss_mib": round(best["maxrss_kib"] / 1024, 1),
            }
        if pflogsumm:
            best_wall = None
            for _ in range(repeat):
                wall, rss, _out, cpu = _timed([pflogsumm, str(path)])
                if best_wall is None or wall < best_wall[0]:
                    best_wall = (wall, rss, cpu)
            assert best_wall is not None
            row["pflogsumm"] = {"lines_per_s": round(n / best_wall[0]), "cpu_lines_per_s": round(n / best_wall[2]),
                                "peak_rss_mib": round(best_wall[1] / 1024, 1)}  # fmt: skip
            ours = row["read_log[events]"]  # type: ignore[index]
            theirs = row["pflogsumm"]
            row["speedup_vs_pflogsumm"] = round(ours["lines_per_s"] / theirs["lines_per_s"], 2)  # type: ignore[index]
            row["cpu_speedup_vs_pflogsumm"] = round(ours["cpu_lines_per_s"] / theirs["cpu_lines_per_s"], 2)  # type: ignore[index]
        results[str(n)] = row
        print(json.dumps(row), flush=True)
    return results


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments, run, print a summary table."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lines", type=int, action="append", help="log sizes (default: 1000000 and 5000000)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per measurement; the best counts (default 1)")
    ap.add_argument("--data", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "bouncelib-bench")
    ap.add_argument("--no-records", action="store_true", help="skip the to_record() measurement")
    args = ap.parse_args(argv)
    args.data.mkdir(parents=True, exist_ok=True)
    sizes = args.lines or [1_000_000, 5_000_000]
    print(f"load average {os.getloadavg()}", flush=True)
    results = run(sizes, args.repeat, args.data, not args.no_records)
    print()
    print(f"{'lines':>9}  {'read_log l/s':>12}  {'(cpu l/s)':>10}  {'RSS MiB':>8}  {'+to_record l/s':>14}  "
          f"{'pflogsumm l/s':>13}  {'(cpu l/s)':>10}  {'RSS MiB':>8}  {'speedup':>7}  {'(cpu)':>5}")  # fmt: skip
    for n in sizes:
        row = results[str(n)]
        ev = row["read_log[events]"]  # type: ignore[index]
        rec = row.get("read_log[records]", {})  # type: ignore[attr-defined]
        pf = row.get("pflogsumm", {})  # type: ignore[attr-defined]
        print(f"{n:>9}  {ev['lines_per_s']:>12,}  {ev['cpu_lines_per_s']:>10,}  {ev['peak_rss_mib']:>8}  "
              f"{rec.get('lines_per_s', 0):>14,}  {pf.get('lines_per_s', 0):>13,}  "
              f"{pf.get('cpu_lines_per_s', 0):>10,}  "
              f"{pf.get('peak_rss_mib', 0):>8}  {row.get('speedup_vs_pflogsumm', '-'):>7}  "  # type: ignore[attr-defined]
              f"{row.get('cpu_speedup_vs_pflogsumm', '-'):>5}")  # type: ignore[attr-defined]  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
