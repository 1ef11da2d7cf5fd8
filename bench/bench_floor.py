"""Why `read_log` is not 5x pflogsumm: the floors of a pure-Python log reader, measured in one run.

    python bench/bench_floor.py                      # 1M generated lines (cached in --data)
    python bench/bench_floor.py --lines 1000000 --repeat 3 --mypyc

On one generated busy-server log (``bench/gen_maillog.py``) it measures, each in a
fresh process, best wall time of --repeat:

* ``pflogsumm FILE`` (Debian's package), the yardstick; the 5x target is derived from it;
* ``io``: bouncelib's chunk reader alone (read 1 MiB, decode, split into lines):
  the least any reader of this log must do before looking at a line;
* ``dispatch``: ``io`` plus, per line, what it takes just to know whose line it is
  (``partition("]: ")``, ``rpartition(" ")``, one dict lookup of the tag). No stamp,
  no queue id, no correlation, no record;
* ``read_log``: the real thing, correlated events (what bench_log.py measures);
* ``transport``: for a 2-process split of the file, what handing the second half's
  events to the parent costs (pickle dump + load of those events), against the
  time `read_log` needs for that half;
* with ``--mypyc``: ``dispatch`` again, compiled by mypyc (ships with mypy; needs a
  C compiler), to show the floor a compiled build of the same loop would have.

It prints each as lines/s and as a share of the time budget the 5x target allows.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

# The per-line minimum, written once and run either interpreted or compiled by mypyc.
DISPATCH_SRC = '''
from bouncelib._io import iter_chunks, open_binary


def run(path: str) -> int:
    tags: dict[str, int] = {}
    n = 0
    for lines in iter_chunks(open_binary(path)):
        for line in lines:
            head, sep, msg = line.partition("]: ")
            if not sep:
                continue
            pre, _, tag = head.rpartition(" ")
            if tags.get(tag) is None:
                tags[tag] = len(tags)
            n += 1
    return n
'''

WORKER = r'''
import json, pickle, sys, time
from bouncelib import read_log
from bouncelib._io import iter_chunks, open_binary
mode, path = sys.argv[1], sys.argv[2]
if mode.startswith("dispatch"):
    import floor_dispatch
t0 = time.perf_counter()  # after the imports: only the reading is timed
out = {}
if mode == "io":
    out["lines"] = sum(len(c) for c in iter_chunks(open_binary(path)))
elif mode in ("dispatch", "dispatch-compiled"):
    if mode == "dispatch-compiled" and floor_dispatch.__file__.endswith(".py"):
        raise SystemExit("the compiled module was not loaded")
    floor_dispatch.run(path)
elif mode == "read_log":
    reader = read_log(path, year=2025, tz="Europe/Berlin")
    out["events"] = sum(1 for _ in reader)
    out["lines"] = reader.stats.lines
elif mode == "transport":
    events = list(read_log(path, year=2025, tz="Europe/Berlin"))
    out["parse"] = time.perf_counter() - t0
    t1 = time.perf_counter()
    blob = pickle.dumps(events, protocol=pickle.HIGHEST_PROTOCOL)
    t2 = time.perf_counter()
    pickle.loads(blob)
    out["dump"], out["load"] = t2 - t1, time.perf_counter() - t2
    out["events"], out["mib"] = len(events), len(blob) / 2**20
out["wall"] = time.perf_counter() - t0
print(json.dumps(out))
'''


def _run(args: list[str], env: dict[str, str] | None = None, cwd: str | None = None) -> tuple[float, str]:
    t0 = time.perf_counter()
    done = subprocess.run(args, capture_output=True, text=True, env=env, cwd=cwd, check=False)
    wall = time.perf_counter() - t0
    if done.returncode != 0:
        raise SystemExit(f"{args[:3]} failed: {done.stderr[-2000:]}")
    return wall, done.stdout


def _best(args: list[str], repeat: int, env: dict[str, str] | None = None, cwd: str | None = None) -> dict[str, float]:
    best: dict[str, float] | None = None
    for _ in range(repeat):
        _wall, out = _run(args, env, cwd)
        fig = json.loads(out)
        if best is None or fig["wall"] < best["wall"]:
            best = fig
    assert best is not None
    return best


def _half(path: Path, data: Path) -> Path:
    """The second half of `path` (from the first line break after the middle), cached beside it."""
    half = data / f"{path.stem}.second-half.log"
    if not half.exists():
        blob = path.read_bytes()
        cut = blob.index(b"\n", len(blob) // 2) + 1
        half.write_bytes(blob[cut:])
    return half


def main(argv: list[str] | None = None) -> int:
    """Measure and print the floors."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lines", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=2, help="runs per measurement; the best counts (default 2)")
    ap.add_argument("--data", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "bouncelib-bench")
    ap.add_argument("--target", type=float, default=5.0, help="the speed-up over pflogsumm aimed for (default 5)")
    ap.add_argument("--mypyc", action="store_true", help="also time the dispatch loop compiled by mypyc")
    args = ap.parse_args(argv)
    args.data.mkdir(parents=True, exist_ok=True)
    path = args.data / f"mail-{args.lines}.log"
    if not path.exists():
        subprocess.run([sys.executable, str(HERE / "gen_maillog.py"), "--lines", str(args.lines), "--out", str(path)],
                       check=True)  # fmt: skip
    print(f"load average {os.getloadavg()}, {args.lines:,} lines, {path.stat().st_size / 2**20:.0f} MiB", flush=True)
    work = Path(tempfile.mkdtemp(prefix="bouncelib-floor-"))
    try:
        (work / "floor_dispatch.py").write_text(DISPATCH_SRC)
        env = os.environ | {"PYTHONPATH": os.pathsep.join(filter(None, [str(work), os.environ.get("PYTHONPATH")]))}
        pflogsumm = shutil.which("pflogsumm")
        if pflogsumm is None and Path("/usr/sbin/pflogsumm").exists():
            pflogsumm = "/usr/sbin/pflogsumm"
        if pflogsumm is None:
            raise SystemExit("pflogsumm is not installed (apt-get install pflogsumm): there is no yardstick")
        pf = min(_run([pflogsumm, str(path)])[0] for _ in range(args.repeat))
        budget = pf / args.target
        rows = [(mode, _best([sys.executable, "-c", WORKER, mode, str(path)], args.repeat, env)["wall"])
                for mode in ("io", "dispatch", "read_log")]  # fmt: skip
        if args.mypyc:
            build = subprocess.run([sys.executable, "-m", "mypyc", "floor_dispatch.py"], cwd=work, capture_output=True,
                                   text=True, check=False)  # fmt: skip
            if build.returncode == 0:
                fig = _best([sys.executable, "-c", WORKER, "dispatch-compiled", str(path)], args.repeat, env, str(work))
                rows.append(("dispatch, mypyc", fig["wall"]))
            else:
                print(f"mypyc build failed, skipped: {build.stderr[-500:]}")
        half = _best([sys.executable, "-c", WORKER, "transport", str(_half(path, args.data))], args.repeat, env)
        n = args.lines
        print(f"\npflogsumm: {n / pf:,.0f} lines/s ({pf:.2f} s); {args.target:g}x is {n / budget:,.0f} lines/s, "
              f"a budget of {budget:.2f} s ({budget / n * 1e6:.2f} us per line)\n")  # fmt: skip
        print(f"{'what':<18} {'seconds':>8} {'lines/s':>11} {'x pflogsumm':>11} {'share of budget':>15}")
        for name, secs in rows:
            print(f"{name:<18} {secs:>8.2f} {n / secs:>11,.0f} {pf / secs:>11.2f} {secs / budget:>14.0%}")
        print(f"\n2-process split, second half ({half['events']:,} events, {half['mib']:.0f} MiB pickled): "
              f"read_log {half['parse']:.2f} s; handing the events over costs {half['dump']:.2f} s to pickle "
              f"+ {half['load']:.2f} s to unpickle ({(half['dump'] + half['load']) / half['parse']:.0%} of parsing "
              f"the half)")  # fmt: skip
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
