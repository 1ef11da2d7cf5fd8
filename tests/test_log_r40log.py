"""Log meanings written from the tuning part of round r40log (issue 10, lines logged by a running Postfix), each
tested in a line or wording of our own (not the corpus lines that prompted them)."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_log_line, parse_reply
from bouncelib._log.record import LogRecord


def _line(text: str) -> LogRecord:
    rec = parse_log_line(text, year=2025, tz="UTC")
    assert rec is not None
    return rec


def test_a_fatal_line_is_never_a_hard_bounce() -> None:
    # Words of an unknown recipient in a process's fatal error ("no recipient"): the process gave up, no
    # address was judged. (Round r49log: a submission's message naming no recipient is malformed, syntaxerror,
    # as corpus/postfix/real's label of that line says; still no hard bounce.)
    rec = _line("Mar  3 10:11:12 box postfix/sendmail[77]: fatal: joe(1000): No recipient addresses found in message "
                "header")
    out = rec.to_record()
    assert (out["reason"], out["hard_bounce"]) == ("syntaxerror", False)


@pytest.mark.parametrize(
    "text",
    [
        "warning: lmdb:/etc/postfix/sender_access is unavailable. open database /etc/postfix/sender_access.lmdb: "
        "No such file or directory",
        "error: open database /etc/postfix/relay_domains.db: No such file or directory",
        "warning: proxy:ldap:/etc/postfix/ldap-users.cf lookup error for \"joe@example.org\"",
    ],
)
def test_a_daemons_own_lookup_table_failing_is_a_system_error(text: str) -> None:
    rec = _line(f"Mar  3 10:11:12 box postfix/trivial-rewrite[88]: {text}")
    out = rec.to_record()
    assert (out["kind"], out["reason"], out["hard_bounce"]) == ("warning", "systemerror", False)


def test_a_missing_file_said_of_a_connection_is_still_the_network() -> None:
    # The table rule names tables only: a socket or host the words connect to keeps its reading.
    rec = _line("Mar  3 10:11:12 box postfix/smtpd[88]: warning: connect to 127.0.0.1:10023: Connection refused")
    assert rec.to_record()["reason"] == "networkerror"


@pytest.mark.parametrize("program", ["sendmail", "cleanup", "postdrop"])
def test_a_stream_that_fails_to_close_is_the_systems_own_failure(program: str) -> None:
    rec = _line(f"Mar  3 10:11:12 box postfix/{program}[99]: warning: mail_stream_finish: close error")
    assert rec.to_record()["reason"] == "systemerror"
    assert parse_reply("451 4.3.0 queue file close error").reason is Reason.SYSTEMERROR


@pytest.mark.parametrize(
    "output",
    [
        "maildrop: execvp /usr/bin/courier-maildrop: No such file or directory",
        "mlmmj-receive: execve /usr/bin/mlmmj-process: No such file or directory",
        "/usr/local/bin/hook: line 3: /var/spool/hook/in: No such file or directory",
    ],
)
def test_a_delivery_commands_own_complaint_is_the_command_failing(output: str) -> None:
    rec = _line("Mar  3 10:11:12 box postfix/pipe[42]: 1A2B3C4D5E: to=<joe@example.org>, relay=maildrop, delay=0.1, "
                f"delays=0/0/0/0.1, dsn=4.3.0, status=deferred (temporary failure. Command output: {output} )")
    assert rec.to_record()["reason"] == "mailererror"


def test_a_command_that_reports_the_mailbox_full_is_still_a_full_mailbox() -> None:
    rec = _line("Mar  3 10:11:12 box postfix/local[42]: 1A2B3C4D5E: to=<joe@example.org>, relay=local, delay=0.1, "
                "delays=0/0/0/0.1, dsn=4.3.0, status=deferred (temporary failure. Command output: deliver: mailbox "
                "quota exceeded for joe )")
    assert rec.to_record()["reason"] == "mailboxfull"


@pytest.mark.parametrize(
    "text",
    [
        "451 4.3.5 <ann@example.org>: Recipient address rejected: Server configuration error",
        "450 4.3.5 <mx.example.net[192.0.2.4]>: Client host rejected: Server configuration error",
        "451 4.3.5 <bob@example.net>: Sender address rejected: server configuration problem",
    ],
)
def test_the_server_naming_its_own_configuration_is_a_system_error_whatever_check_it_was(text: str) -> None:
    reply = parse_reply(text)
    assert (reply.reason, reply.hard_bounce) == (Reason.SYSTEMERROR, False)
