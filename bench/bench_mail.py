"""Throughput and memory of the bounce-email front end on the project's own corpus.

    python bench/bench_mail.py                 # parse_message over corpus/dsn, and a 20k-message mbox
    python bench/bench_mail.py --messages 100000

Two figures: ``parse_message`` emails/s over the corpus cases held in memory (best of five
passes), and ``read_mailbox`` over a temporary mbox made of the cases repeated, with the peak
resident memory before and after, which shows that the mbox is streamed (memory does not grow
with the mailbox).  The Sisimai comparison lives in bench/sisimai_agreement.py.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _peak_mb() -> float:
    # ru_maxrss is in KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    from bouncelib import parse_message, read_mailbox

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--messages", type=int, default=20_000, help="messages in the generated mbox")
    args = ap.parse_args(argv)

    blobs = [p.read_bytes() for p in sorted((ROOT / "corpus" / "dsn").glob("*/*.eml"))]
    if not blobs:
        print("no corpus cases found")
        return 1
    for b in blobs:
        parse_message(b)
    best = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        for b in blobs:
            parse_message(b)
        best = min(best, time.perf_counter() - t0)
    print(f"parse_message: {len(blobs) / best:,.0f} emails/s over {len(blobs)} corpus cases (best of 5)")

    with tempfile.NamedTemporaryFile(suffix=".mbox") as fh:
        written = 0
        while written < args.messages:
            for b in blobs:
                fh.write(b"From MAILER-DAEMON Thu Apr 10 14:41:24 2014\n")
                fh.write(b.replace(b"\r\n", b"\n").replace(b"\nFrom ", b"\n>From ").rstrip(b"\n") + b"\n\n")
                written += 1
                if written >= args.messages:
                    break
        fh.flush()
        size_mb = Path(fh.name).stat().st_size / 1e6
        before = _peak_mb()
        t0 = time.perf_counter()
        n = events = 0
        for report in read_mailbox(fh.name):
            n += 1
            events += len(report.recipients)
        dt = time.perf_counter() - t0
    print(
        f"read_mailbox: {n:,} messages ({size_mb:.0f} MB mbox, {events:,} events) in {dt:.1f}s = {n / dt:,.0f}/s; "
        f"peak RSS {before:.0f} MB before, {_peak_mb():.0f} MB after"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
