"""Round r45logp: a Postfix line's form (header, tag, trailing blanks) must not change its record's facts.

bench/log_perturb.py re-reads the tuning lines under forms another machine's log shows. Lines of our own
here, one per form that broke before the round's change; each fails without it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bouncelib import parse_log_line, read_log

ROOT = Path(__file__).resolve().parent.parent

REJECT = ("NOQUEUE: reject: RCPT from mail.example.net[192.0.2.41]: 550 5.7.1 Client host [192.0.2.41] blocked "
          "using zen.example.org; from=<a@example.net> to=<b@example.com> proto=ESMTP helo=<mail.example.net>")
DELIVERY = ("3F1A2B4C5D: to=<b@example.com>, relay=smtp.example.org[198.51.100.9]:587, delay=0.7, "
            "delays=0.1/0/0.5/0.1, dsn=4.7.0, status=deferred (SASL authentication failed; cannot authenticate "
            "to server smtp.example.org[198.51.100.9]: no mechanism available)")
WARNING = "warning: unknown[203.0.113.8]: SASL PLAIN authentication failed: authentication failure"


def _facts(line: str) -> tuple[object, ...] | None:
    rec = parse_log_line(line, year=2025, tz="UTC")
    if rec is None:
        return None
    return rec.kind, rec.queue_id, rec.recipient, rec.relay_host, rec.relay_ip, rec.status, rec.dsn, rec.text


@pytest.mark.parametrize("msg", [REJECT, WARNING, DELIVERY])
def test_a_tag_without_pid_reads_as_with_pid_when_the_message_holds_a_bracket_colon(msg: str) -> None:
    # "]: " inside the message ("H[ip]: 550 ...") is not the end of a "program[pid]" tag.
    daemon = "smtp" if msg is DELIVERY else "smtpd"
    with_pid = _facts(f"Oct 31 01:28:43 mail postfix/{daemon}[2041]: {msg}")
    assert with_pid is not None
    assert with_pid[0] != "unrecognised"
    assert _facts(f"Oct 31 01:28:43 mail postfix/{daemon}: {msg}") == with_pid


@pytest.mark.parametrize("tag", ["server1-1/smtp", "example.com/smtp", "mta-out/relay/smtp"])
def test_a_tag_without_pid_of_another_syslog_name_is_read_when_its_daemon_is_postfixs(tag: str) -> None:
    with_pid = _facts(f"2021-04-21T17:16:28+02:00 server1 {tag}[977]: {DELIVERY}")
    assert with_pid is not None
    assert with_pid[0] == "delivery"
    assert _facts(f"2021-04-21T17:16:28+02:00 server1 {tag}: {DELIVERY}") == with_pid


@pytest.mark.parametrize("line", [
    "Jul 17 00:47:20 mail foo/smtp: hello there",  # a Postfix daemon's name, but not a message it writes
    "Jul 17 00:47:20 mail cron/backup: 3F1A2B4C5D: to=<b@example.com>, relay=x, status=sent",  # not a daemon
    "see also /etc/postfix/smtp: 3F1A2B4C5D: to=<b@example.com>",  # no stamp before the "tag"
])
def test_other_programs_tags_without_pid_stay_unread(line: str) -> None:
    assert parse_log_line(line, year=2025, tz="UTC") is None


@pytest.mark.parametrize("tail", ["  ", "\t", "\r", " \r"])
@pytest.mark.parametrize("msg", [WARNING, "warning: hostname mail.example.net does not resolve to address 192.0.2.7",
                                 "fatal: no SASL authentication mechanisms"])
def test_trailing_blanks_and_cr_are_not_part_of_the_text(msg: str, tail: str) -> None:
    line = f"Dec 27 23:34:40 mail postfix/submission/smtpd[982]: {msg}"
    assert _facts(line + tail) == _facts(line)


def test_the_reader_strips_trailing_blanks_as_the_parser(tmp_path: Path) -> None:
    line = f"Dec 27 23:34:40 mail postfix/smtpd[982]: {WARNING}  "
    path = tmp_path / "maillog"
    path.write_text(line + "\n", encoding="utf-8")
    (rec,) = read_log(path, kinds="all", year=2025, tz="UTC")
    assert rec.text == parse_log_line(line, year=2025, tz="UTC").text == WARNING[len("warning: "):]  # type: ignore[union-attr]


def test_no_form_perturbation_changes_a_tuning_lines_facts(capsys: pytest.CaptureFixture[str]) -> None:
    """bench/log_perturb.py: every perturbation but the informational one leaves the facts as they were."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import log_perturb
    finally:
        sys.path.remove(str(ROOT / "bench"))
    log_perturb.main([])
    rows = [r.split("|") for r in capsys.readouterr().out.splitlines() if r.startswith("| ") and "---" not in r]
    changed = {r[1].strip(): int(r[3]) for r in rows[1:] if "informational" not in r[1]}
    assert changed
    assert not any(changed.values()), changed


@pytest.mark.parametrize("tag", ["postfix/smtp", "postfix-out/smtp", "server1-1/smtp"])
@pytest.mark.parametrize("msg", [DELIVERY, DELIVERY.replace(" (SASL", ": host [198.51.100.9]: (SASL")])
def test_the_stream_reader_reads_a_pidless_line_as_the_line_parser_does(tmp_path: Path, tag: str, msg: str) -> None:
    # read_log's fast loop used to count a tag without "[pid]" as not Postfix's while parse_log_line read it:
    # the two front ends must agree, and the line must be counted as a record, not as another program's.
    other = "Oct 31 01:28:42 mail dovecot: imap(a): Disconnected: Logged out in=0 out=1"
    line = f"Oct 31 01:28:43 mail {tag}: {msg}"
    log = tmp_path / "mail.log"
    log.write_text(f"{other}\n{line}\n", encoding="utf-8")
    reader = read_log(log, year=2025, tz="UTC", kinds="all", correlate=False)
    got = [(r.kind, r.queue_id, r.recipient, r.relay_host, r.relay_ip, r.status, r.dsn, r.text) for r in reader]
    assert got == [_facts(line)]
    assert reader.stats.not_postfix == 1
