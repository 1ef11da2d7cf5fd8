"""Benchmark `bouncelib.read_log` against pflogsumm on the same generated log, in one run.

    python bench/bench_log.py                       # 1M and 5M lines
    python bench/bench_log.py --lines 1000000 --repeat 3
    python bench/bench_log.py --lines 1000000 --mypyc   # also a mypyc-compiled build of the same source
    python bench/bench_log.py --lines 1000000 --repeat 5 --baseline b9007e0   # before/after, in one run

For each size it generates (once, cached in --data) a realistic log with
``bench/gen_maillog.py``, then runs, each in a fresh process so that peak RSS is
the process's own:

* ``read_log``: correlated events (the default kinds), each event's status counted
  (the acceptance figure: lines/s and peak RSS);
* ``read_log + to_record``: the same, every event turned into the shared flat record
  (classification included), for what a JSONL/CSV export costs;
* ``pflogsumm FILE >/dev/null`` when pflogsumm is installed;
* with ``--baseline REV``: ``read_log`` (and ``+ to_record``) of the package as it was at git
  revision REV (exported with ``git archive``), run alternately with the current one, so that a
  change is measured against its parent on the same machine in the same minutes;
* with ``--mypyc``: ``read_log`` again, from a copy of the package whose log modules
  (``bouncelib/_log/{reader,parser,correlate,stamps}.py`` and ``bouncelib/_io.py``,
  unchanged) are compiled by mypyc (it ships with mypy; needs a C compiler). This is
  not what ``pip install bouncelib`` gives today: it measures what compiling the same
  typed source would buy, and the worker checks the compiled modules were loaded.

Figures are wall-clock lines/s (best of --repeat) and the peak RSS of the process.
The machine is shared: check ``uptime`` and repeat when it looks busy.
"""

from __future__ import annotations

import argparse
import hashlib
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
import bouncelib._log.reader
from bouncelib import read_log
path, mode = sys.argv[1], sys.argv[2]
compiled = not bouncelib._log.reader.__file__.endswith(".py")
if mode == "compiled" and not compiled:
    raise SystemExit("the mypyc build was not loaded")
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
                  "maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "compiled": compiled}))
"""
# The modules on read_log's hot path, compiled by --mypyc (the rest of the package stays interpreted).
COMPILED = ("_log/reader.py", "_log/parser.py", "_log/correlate.py", "_log/stamps.py", "_io.py")


def _generate(n: int, data: Path) -> Path:
    path = data / f"mail-{n}.log"
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        subprocess.run([sys.executable, str(HERE / "gen_maillog.py"), "--lines", str(n), "--out", str(tmp)],
                       check=True)  # fmt: skip
        tmp.rename(path)
    return path


def _mypyc_build(data: Path) -> Path | None:
    """A copy of the package with the hot modules compiled by mypyc (cached by source hash), or None."""
    import bouncelib

    src = Path(bouncelib.__file__).resolve().parent
    digest = hashlib.sha256()
    for py in sorted(src.rglob("*.py")):
        digest.update(py.read_bytes())
    build = data / f"mypyc-{digest.hexdigest()[:16]}"
    if (build / "ok").exists():
        return build
    shutil.rmtree(build, ignore_errors=True)
    # Only the package: no pyproject.toml beside it, so mypyc builds with its defaults.
    shutil.copytree(src, build / "bouncelib", ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    cmd = [sys.executable, "-m", "mypyc", *(f"bouncelib/{m}" for m in COMPILED)]
    print(f"building the mypyc copy in {build} (about a minute) ...", flush=True)
    done = subprocess.run(cmd, cwd=build, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        print(f"mypyc build failed, skipping it:\n{done.stdout[-2000:]}{done.stderr[-2000:]}", flush=True)
        return None
    (build / "ok").write_text("built\n")
    return build


def _timed(cmd: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> tuple[float, int, str, float]:
    """(wall seconds, peak RSS KiB, stdout, CPU seconds) of a child process."""
    t0 = time.perf_counter()
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
                          cwd=cwd) as proc:  # fmt: skip
        out = proc.stdout.read() if proc.stdout else ""
        _pid, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{cmd[0]} failed with status {proc.returncode}")
    return wall, usage.ru_maxrss, out, usage.ru_utime + usage.ru_stime


def _baseline_tree(rev: str, data: Path) -> Path:
    """The package at git revision `rev`, exported once into `data`."""
    commit = subprocess.run(["git", "rev-parse", rev], cwd=HERE, capture_output=True, text=True,
                            check=True).stdout.strip()  # fmt: skip
    tree = data / f"baseline-{commit[:12]}"
    if not (tree / "bouncelib").exists():
        tree.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "archive", commit, "bouncelib"], cwd=HERE.parent, capture_output=True,
                                 check=True)  # fmt: skip
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
    return tree


def run(sizes: list[int], repeat: int, data: Path, with_records: bool, *,
        mypyc: bool = False, baseline: str | None = None) -> dict[str, object]:  # fmt: skip
    """Measure every size; return the figures (also printed as a table)."""
    results: dict[str, object] = {"uptime": os.getloadavg(), "python": sys.version.split()[0]}
    envs: dict[str, tuple[dict[str, str] | None, Path | None]] = {}
    if baseline is not None:
        tree = _baseline_tree(baseline, data)
        envs["baseline"] = (os.environ | {"PYTHONPATH": str(tree)}, tree)
        results["baseline"] = baseline
    compiled_env = None
    build = _mypyc_build(data) if mypyc else None
    if build is not None:
        # "python -c" puts its working directory first on sys.path: run it in the build, not in a checkout.
        paths = [str(build), *filter(None, [os.environ.get("PYTHONPATH")])]
        compiled_env = os.environ | {"PYTHONPATH": os.pathsep.join(paths)}
    pflogsumm = shutil.which("pflogsumm") or ("/usr/sbin/pflogsumm" if Path("/usr/sbin/pflogsumm").exists() else None)
    for n in sizes:
        path = _generate(n, data)
        row: dict[str, object] = {"lines": n, "bytes": path.stat().st_size}
        modes = ["events", "records"] if with_records else ["events"]
        if compiled_env is not None:
            envs["compiled"] = (compiled_env, build)
        # (label, worker mode, environment): the baseline runs alternate with the current ones.
        runs = [(m, m, (None, None)) for m in modes]
        if baseline is not None:
            runs += [(f"baseline-{m}", m, envs["baseline"]) for m in modes]
        if compiled_env is not None:
            runs.append(("compiled", "compiled", envs["compiled"]))
        bests: dict[str, dict[str, float]] = {}
        for _ in range(repeat):
            for label, mode, (env, cwd) in runs:
                _wall, rss, out, _cpu = _timed([sys.executable, "-c", WORKER, str(path.resolve()), mode], env, cwd)
                fig = json.loads(out)
                if label not in bests or fig["wall"] < bests[label]["wall"]:
                    bests[label] = fig | {"maxrss_kib": rss}
        for label, best in bests.items():
            row[f"read_log[{label}]"] = {
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
            ours = row["read_log[events]"]
            theirs = row["pflogsumm"]
            row["speedup_vs_pflogsumm"] = round(ours["lines_per_s"] / theirs["lines_per_s"], 2)  # type: ignore[index]
            row["cpu_speedup_vs_pflogsumm"] = round(ours["cpu_lines_per_s"] / theirs["cpu_lines_per_s"], 2)  # type: ignore[index]
            if "read_log[compiled]" in row:
                comp = row["read_log[compiled]"]
                if comp["events"] != ours["events"]:  # type: ignore[index]
                    raise SystemExit("the mypyc build yielded a different number of events")
                row["compiled_speedup_vs_pflogsumm"] = round(comp["lines_per_s"] / theirs["lines_per_s"], 2)  # type: ignore[index]
                row["compiled_cpu_speedup_vs_pflogsumm"] = round(
                    comp["cpu_lines_per_s"] / theirs["cpu_lines_per_s"], 2)  # type: ignore[index]  # fmt: skip
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
    ap.add_argument("--mypyc", action="store_true", help="also measure a mypyc-compiled build of the hot modules")
    ap.add_argument("--baseline", metavar="REV", help="also measure the package at this git revision, alternately")
    args = ap.parse_args(argv)
    args.data.mkdir(parents=True, exist_ok=True)
    sizes = args.lines or [1_000_000, 5_000_000]
    print(f"load average {os.getloadavg()}", flush=True)
    results = run(sizes, args.repeat, args.data, not args.no_records, mypyc=args.mypyc, baseline=args.baseline)
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
        for mode in ("events", "records"):
            base = row.get(f"read_log[baseline-{mode}]")  # type: ignore[attr-defined]
            now = row.get(f"read_log[{mode}]")  # type: ignore[attr-defined]
            if base and now:
                ratio = now["lines_per_s"] / base["lines_per_s"]
                print(f"{'':>9}  {mode} vs baseline {args.baseline}: wall {ratio:.3f}x, "
                      f"cpu {now['cpu_lines_per_s'] / base['cpu_lines_per_s']:.3f}x "
                      f"(baseline {base['lines_per_s']:,} l/s, {base['cpu_lines_per_s']:,} cpu l/s)")  # fmt: skip
        comp = row.get("read_log[compiled]")  # type: ignore[attr-defined]
        if comp:
            print(f"{'':>9}  mypyc build: {comp['lines_per_s']:,} l/s ({comp['cpu_lines_per_s']:,} cpu), "
                  f"RSS {comp['peak_rss_mib']} MiB, speedup {row.get('compiled_speedup_vs_pflogsumm', '-')} "  # type: ignore[attr-defined]
                  f"(cpu {row.get('compiled_cpu_speedup_vs_pflogsumm', '-')})")  # type: ignore[attr-defined]  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
