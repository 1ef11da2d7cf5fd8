"""Following a live log: a real growing file, rotated by rename and by copytruncate, stopped by a signal.

No test here waits for time to pass: the writer and the reader take turns in one
thread (a pull asks for exactly the events written so far, which are all in the
file), so each step is determined. Timers only guard against a hang.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import bouncelib

ROOT = Path(__file__).resolve().parent.parent


def _event(i: int) -> str:
    return (f"2025-03-06T12:{i // 60 % 60:02d}:{i % 60:02d}.{i:06d}+00:00 mx postfix/smtp[{1000 + i % 7}]: "
            f"{0xA00000 + i:X}: to=<u{i}@example.net>, relay=none, delay=1, delays=0/0/1/0, dsn=5.4.4, "
            f"status=bounced (Host or domain name not found. Name service error for name=example.net type=A: "
            f"Host not found)\n")  # fmt: skip


def _chatter(i: int) -> str:
    return f"2025-03-06T12:00:00.{i:06d}+00:00 mx postfix/qmgr[99]: {0xB00000 + i:X}: removed\n"


class Writer:
    """A log file as a syslog daemon writes it, and logrotate's two ways of rotating it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.out = open(path, "a", encoding="utf-8")  # noqa: SIM115 - reopened at each rotation by rename
        self.lines = 0

    def write(self, text: str) -> None:
        self.out.write(text)
        self.out.flush()
        self.lines += text.count("\n")

    def _shift(self) -> None:
        older = self.path.with_name(self.path.name + ".1")
        if older.exists():
            os.replace(older, self.path.with_name(self.path.name + ".2"))

    def rename(self) -> None:
        self._shift()
        self.out.close()
        os.replace(self.path, self.path.with_name(self.path.name + ".1"))
        self.out = open(self.path, "a", encoding="utf-8")  # noqa: SIM115

    def close(self) -> None:
        self.out.close()

    def copytruncate(self) -> None:
        self._shift()
        shutil.copyfile(self.path, self.path.with_name(self.path.name + ".1"))
        self.out.truncate(0)


def _guarded(reader: bouncelib.LogReader) -> Iterator[bouncelib.LogRecord]:
    """The reader's records; a watchdog stops it if a step would otherwise hang the suite."""
    watchdog = threading.Timer(120, reader.stop)
    watchdog.start()
    try:
        yield from reader
    finally:
        watchdog.cancel()


def test_every_event_exactly_once_across_100_rotations_of_both_kinds(tmp_path: Path) -> None:
    rng = random.Random(14)
    path = tmp_path / "mail.log"
    reader = bouncelib.read_log(path, follow=True)  # the file does not exist yet
    assert reader.followed is not None
    reader.followed.interval = 0.01
    events = _guarded(reader)
    writer = Writer(path)
    written: list[str] = []
    seen: list[str] = []
    kinds = {"rename": 0, "copytruncate": 0}
    n = 0
    for rotation in range(100):
        kind = "rename" if rotation % 2 == 0 else "copytruncate"
        # Lines before the rotation; part of them read now, the rest only after it (the reader lags behind).
        for _ in range(rng.randrange(1, 12)):
            writer.write(_event(n) + (_chatter(n) if rng.random() < 0.5 else ""))
            written.append(f"u{n}@example.net")
            n += 1
        read_now = rng.randrange(0, len(written) - len(seen) + 1)
        seen.extend(next(events).recipient for _ in range(read_now))  # type: ignore[misc]
        getattr(writer, kind)()
        kinds[kind] += 1
        # After the rotation: sometimes more lines than before it, so that a truncated file grows past the
        # position the reader had reached (a size check alone would not notice the truncation then).
        for _ in range(rng.randrange(0, 25)):
            writer.write(_event(n))
            written.append(f"u{n}@example.net")
            n += 1
        seen.extend(next(events).recipient for _ in range(len(written) - len(seen)))  # type: ignore[misc]
        assert seen == written, f"after rotation {rotation} ({kind})"
    writer.close()
    reader.stop()
    assert list(events) == []  # nothing left over, nothing seen twice
    assert seen == written
    assert len(set(seen)) == len(seen) > 300
    assert kinds == {"rename": 50, "copytruncate": 50}
    assert reader.followed.rotations == 100
    assert reader.followed.recovered > 0  # some lines were read from the copy of a truncated file
    assert reader.stats.lines == writer.lines
    assert reader.stats.as_dict()["kinds"].get("removed", 0) == writer.lines - len(written)


def test_follow_starts_at_the_end_of_an_existing_file_unless_from_start(tmp_path: Path) -> None:
    path = tmp_path / "mail.log"
    path.write_text(_event(0) + _event(1), encoding="utf-8")
    new = bouncelib.read_log(path, follow=True)
    whole = bouncelib.read_log(path, follow=True, from_start=True)
    with path.open("a", encoding="utf-8") as out:
        out.write(_event(2))
    assert next(iter(new)).recipient == "u2@example.net"
    assert [next(whole).recipient for _ in range(3)] == ["u0@example.net", "u1@example.net", "u2@example.net"]
    for reader in (new, whole):
        reader.stop()
        assert list(reader) == []


def test_an_unfinished_line_waits_for_its_end_and_is_flushed_at_stop(tmp_path: Path) -> None:
    path = tmp_path / "mail.log"
    path.touch()
    reader = bouncelib.read_log(path, follow=True, kinds="all")
    line = _event(5)
    with path.open("a", encoding="utf-8") as out:
        out.write(_event(4) + line[:40])
        out.flush()
        assert next(reader).recipient == "u4@example.net"
        out.write(line[40:] + line[:75])  # the line ends; another one begins
        out.flush()
        assert next(reader).recipient == "u5@example.net"
    reader.stop()
    rest = list(reader)  # the unfinished line is not lost: it comes as a (broken) line of its own
    assert [r.raw for r in rest] == [line[:75]]
    assert reader.stats.lines == 3


def _wait_line(stream: object) -> str:
    line = stream.readline()  # type: ignore[attr-defined]
    assert line, "the follower ended early"
    return str(line)


def test_cli_follow_stops_cleanly_on_sigterm_and_runs_the_alert_command(tmp_path: Path) -> None:
    path = tmp_path / "mail.log"
    alerts = tmp_path / "alerts.jsonl"
    path.touch()  # --from-start: whenever the child gets to open it, it reads it all
    command = (f"{sys.executable} -c \"import sys; open(sys.argv[1], 'a').write(sys.stdin.read())\" "
               f"{alerts}")  # fmt: skip
    proc = subprocess.Popen(
        [sys.executable, "-m", "bouncelib", "log", "--follow", "--from-start", str(path), "--stats",
         "--on", "recipient=u1*", "--exec", command],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip
    guard = threading.Timer(120, proc.kill)
    guard.start()
    try:
        writer = Writer(path)
        for i in range(12):
            writer.write(_event(i))
        got = [json.loads(_wait_line(proc.stdout))["recipient"] for _ in range(12)]
        writer.write(_event(12)[:60])  # unfinished when the signal comes
        writer.close()
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate()
    finally:
        guard.cancel()
    assert proc.returncode == 0, err
    assert got == [f"u{i}@example.net" for i in range(12)]
    assert out == ""
    assert err == "bouncelib log: lines=13, records=12, unrecognised=1, not_postfix=0, yielded=12\n"
    # One command per matching event (u1, u10, u11), each given its record on stdin; all ran before the exit.
    sent = [json.loads(line) for line in alerts.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["recipient"] for r in sent) == ["u10@example.net", "u11@example.net", "u1@example.net"]
    assert {r["reason"] for r in sent} == {"hostunknown"}


@pytest.mark.parametrize(("argv", "error"), [
    (["--follow", "a.log", "b.log"], "--follow takes one FILE (or -)"),
    (["--follow", "-j", "2", "a.log"], "--follow does not go with -j (one stream, read in order)"),
    (["--from-start", "a.log"], "--from-start goes with --follow FILE"),
    (["--unit", "postfix@-", "a.log"], "--unit goes with --journal"),
    (["--journal", "a.log"], "--journal reads the journal, not FILE (journal files: --file F or --directory D)"),
    (["--journal", "--follow", "--file", "x.journal"],
     "journalctl cannot follow journal files: use --directory D with --follow"),
])  # fmt: skip
def test_watch_option_errors(argv: list[str], error: str, capsys: pytest.CaptureFixture[str]) -> None:
    from bouncelib.cli import main

    assert main(["log", *argv]) == 2
    assert capsys.readouterr().err == f"bouncelib log: error: {error}\n"


def test_cli_follow_of_a_pipe_passes_events_on_as_they_come() -> None:
    proc = subprocess.Popen([sys.executable, "-m", "bouncelib", "log", "--follow", "-"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)  # fmt: skip
    guard = threading.Timer(120, proc.kill)
    guard.start()
    try:
        assert proc.stdin is not None
        for i in range(3):
            proc.stdin.write(_event(i))
            proc.stdin.flush()
            # The event arrives while the pipe is still open: nothing waits for a full buffer or the end.
            assert json.loads(_wait_line(proc.stdout))["recipient"] == f"u{i}@example.net"
        proc.stdin.close()
        out, err = proc.stdout.read(), proc.stderr.read()  # type: ignore[union-attr]
        proc.wait()
    finally:
        guard.cancel()
        proc.stdout.close()  # type: ignore[union-attr]
        proc.stderr.close()  # type: ignore[union-attr]
    assert (proc.returncode, out, err) == (0, "", "")


def test_hours_of_quiet_cost_only_polls(tmp_path: Path) -> None:
    # 7 200 polls at the default half second are an hour of quiet; the clock is the poll count, not time.
    from bouncelib._log.follow import FollowedFile, Stopper

    path = tmp_path / "mail.log"
    path.touch()
    polls = 0

    def sleep(_seconds: float) -> None:
        nonlocal polls
        polls += 1
        if polls == 7_200:
            with path.open("a", encoding="utf-8") as out:
                out.write(_event(1))

    stopper = Stopper()
    blocks = FollowedFile(path, stopper, sleep=sleep).blocks()
    assert next(blocks) == _event(1).encode()  # after an hour of nothing, the line comes
    assert polls == 7_200
    stopper.set()
    assert list(blocks) == [None]
