"""Log forms written from the tuning part of round r32log (issue 10), each tested in a line of our own (not the
corpus lines that prompted them)."""

from __future__ import annotations

import pytest

from bouncelib import parse_log_line


def test_a_tag_without_pid_is_read_as_its_daemon() -> None:
    # postlog(1) writes no pid unless asked (-i): postfix-script's lines come without one.
    rec = parse_log_line("Mar  3 04:05:06 mx1 postfix/postfix-script: fatal: the Postfix mail system is not running",
                         year=2025, tz="UTC")  # fmt: skip
    assert rec is not None
    assert (rec.kind, rec.program, rec.pid, rec.hostname) == ("warning", "postfix/postfix-script", None, "mx1")
    assert rec.timestamp is not None
    assert rec.timestamp.day == 3
    info = parse_log_line("mx1 postfix-out/postfix-script: refreshing the Postfix mail system", year=2025, tz="UTC")
    assert info is not None
    assert info.kind == "info"
    # Another program's line without a pid stays not Postfix's.
    assert parse_log_line("Mar  3 04:05:06 mx1 cron: (root) CMD (run-parts)", year=2025, tz="UTC") is None


def test_qmgr_settles_a_recipient_itself() -> None:
    rec = parse_log_line(
        "Jan  2 03:04:05 mx qmgr-host postfix/qmgr[77]: 4A1B2C3D4E: to=<ann@example.org>, relay=none, delay=300, "
        "delays=300/0/0/0, dsn=4.3.0, status=deferred (mail transport unavailable)", year=2025, tz="UTC")  # fmt: skip
    assert rec is not None
    assert (rec.kind, rec.status, rec.recipient, rec.dsn) == ("delivery", "deferred", "ann@example.org", "4.3.0")
    assert rec.to_record()["reason"] == "systemerror"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # smtpd's report of a failed client login, pasted without the syslog header.
        ("warning: unknown[198.51.100.9]: SASL CRAM-MD5 authentication failed: bad protocol / cancel",
         "securityerror"),
        # The milter client's trouble with its filter, in milter8.c's words.
        ("warning: milter unix:/run/filter.sock: read error in initial handshake", "systemerror"),
    ],
)
def test_headless_smtpd_warnings_are_read(line: str, reason: str) -> None:
    rec = parse_log_line(line, year=2025, tz="UTC")
    assert rec is not None
    assert rec.kind == "warning"
    assert rec.to_record()["reason"] == reason
