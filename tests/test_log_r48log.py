"""Round r48log: what the round's real lines taught the log reader (corpus/postfix/real, ids r48log-*)."""

from __future__ import annotations

import pytest

from bouncelib import parse_log_line


def _rec(line: str) -> dict:
    rec = parse_log_line(line, year=2025, tz="UTC")
    assert rec is not None
    return rec.to_record()


@pytest.mark.parametrize(
    ("line", "program", "kind"),
    [
        # postfix(1) itself logs under the bare syslog_name (COMPATIBILITY_README's notice).
        ("Oct  2 18:37:35 telaviv1 postfix[1086537]: Postfix is running with backwards-compatible default settings",
         "postfix", "info"),
        ("Oct  2 18:37:35 telaviv1 postfix[1086537]: See http://www.postfix.org/COMPATIBILITY_README.html for details",
         "postfix", "info"),
        # A multi-instance name, and the command's own fatal.
        ("Jan  1 00:00:00 h postfix-out[12]: fatal: /etc/postfix-out/main.cf, line 3: missing '=' after attribute name",
         "postfix-out", "warning"),
    ],
)
def test_postfix_command_tag(line: str, program: str, kind: str) -> None:
    rec = _rec(line)
    assert (rec["program"], rec["kind"]) == (program, kind)


@pytest.mark.parametrize(
    "line",
    [
        "Jan  1 00:00:00 h postfix-policyd-spf-perl[12]: Policy action=PREPEND Received-SPF: pass",
        "Jan  1 00:00:00 h postfixadmin[12]: login ok",
    ],
)
def test_other_programs_named_postfix_are_not_postfix(line: str) -> None:
    assert parse_log_line(line, year=2025, tz="UTC") is None


def test_fatal_of_postfix_command_is_systemerror() -> None:
    rec = _rec("Jan  1 00:00:00 h postfix[12]: fatal: /etc/postfix/main.cf, line 3: missing '=' after attribute name")
    assert rec["reason"] == "systemerror"


def test_damaged_queue_file_is_own_system() -> None:
    rec = _rec("May 27 16:00:32 host postfix/postfix-script[680]: warning: damaged message: corrupt/25202106C62")
    assert (rec["kind"], rec["reason"]) == ("warning", "systemerror")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # pipe(8)'s sysexits words for the command's own failure: the delivery program failed.
        ("temporary failure", "mailererror"),
        ("service unavailable", "mailererror"),
        # Postfix's own configuration error stays the mail system's.
        ("mail system configuration error", "systemerror"),
    ],
)
def test_pipe_command_failure(text: str, reason: str) -> None:
    rec = _rec("Jun 14 12:02:44 mail postfix/pipe[678062]: 439F6DE204BF: to=<user@example.com>, relay=dovecot, "
               f"delay=0.03, delays=0/0/0/0.02, dsn=4.3.0, status=deferred ({text})")
    assert rec["reason"] == reason
    assert rec["hard_bounce"] is False


def test_same_words_from_a_server_stay_systemerror() -> None:
    rec = _rec("Jun 14 12:02:44 mail postfix/smtp[1]: 439F6DE204BF: to=<user@example.com>, relay=mx.example.com"
               "[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=4.0.0, status=deferred (host mx.example.com[192.0.2.1] "
               "said: 451 temporary failure (in reply to RCPT TO command))")
    assert rec["reason"] == "systemerror"


def test_own_source_address_bind_failure_is_own_system() -> None:
    rec = _rec("Dec  5 09:14:02 mail postfix/smtp[2841]: warning: smtp_connect_addr: bind 203.0.113.7: "
               "Cannot assign requested address")
    assert (rec["kind"], rec["reason"], rec["hard_bounce"]) == ("warning", "systemerror", False)
