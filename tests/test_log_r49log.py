"""Log meanings written from the tuning part of round r49log (issue 10), each tested in a line or wording of our
own (not the corpus lines that prompted them)."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_log_line, parse_reply
from bouncelib._log.record import LogRecord


def _line(text: str) -> LogRecord:
    rec = parse_log_line(text, year=2025, tz="UTC")
    assert rec is not None
    return rec


@pytest.mark.parametrize(
    "text",
    [
        "jane(1001): No recipient addresses found in message header",
        "No recipient addresses found in header",
        "no recipient address found",
    ],
)
def test_a_message_naming_no_recipient_is_a_malformed_submission(text: str) -> None:
    # sendmail -t with no To:/Cc:/Bcc: address: nobody to deliver to, nothing said about any mailbox; the
    # place looked in ("message header") is no content error of the message.
    reply = parse_reply(text)
    assert reply.reason is Reason.SYNTAXERROR
    assert reply.hard_bounce is False


def test_a_submission_fatal_about_its_message_keeps_the_words_reason() -> None:
    rec = _line("Mar  3 10:11:12 relay2 postfix/sendmail[7788]: fatal: jane(1001): No recipient addresses found in "
                "message header")
    assert (rec.kind, rec.status) == ("warning", "fatal")
    out = rec.to_record()
    assert (out["reason"], out["hard_bounce"]) == ("syntaxerror", False)


def test_a_submission_fatal_about_the_mail_system_stays_a_system_error() -> None:
    rec = _line("Mar  3 10:11:12 relay2 postfix/sendmail[7788]: fatal: parameter inet_interfaces: no local interface "
                "found for 192.0.2.44")
    assert rec.to_record()["reason"] == "systemerror"


def test_a_daemon_fatal_naming_recipients_stays_a_system_error() -> None:
    # Only the submission programs' fatal errors concern the message handed to them.
    rec = _line("Mar  3 10:11:12 relay2 postfix/cleanup[7790]: fatal: no recipient addresses found in message header")
    assert rec.to_record()["reason"] == "systemerror"


def test_a_refused_recipient_quoted_before_no_valid_recipients_is_still_read_by_it() -> None:
    reply = parse_reply("550 <nobody@example.net>: Recipient address rejected: User unknown 554 5.5.1 Error: no valid "
                        "recipients")
    assert reply.reason is Reason.USERUNKNOWN


@pytest.mark.parametrize(
    ("line", "program", "kind", "status"),
    [
        ("Mar  3 10:11:12 relay2 postfix: fatal: usage: postfix [-c config_dir] [-Dv] command", "postfix", "warning",
         "fatal"),
        ("2025-03-03T10:11:12.000+00:00 relay2 postfix-in: warning: see the previous message", "postfix-in", "warning",
         "warning"),
        ("Mar  3 10:11:12 relay2 postfix: Postfix is running with backwards-compatible default settings", "postfix",
         "info", None),
    ],
)
def test_the_postfix_commands_tag_is_read_without_its_pid(
    line: str, program: str, kind: str, status: str | None
) -> None:
    rec = _line(line)
    assert (rec.kind, rec.status, rec.program, rec.pid) == (kind, status, program, None)


@pytest.mark.parametrize(
    "line",
    [
        "postfix: fatal: no stamp before the tag",
        "Mar  3 10:11:12 relay2 cron[31]: restarting postfix: done",
        "Mar  3 10:11:12 relay2 backup: the postfix: directory was saved",
    ],
)
def test_postfix_and_a_colon_inside_other_text_is_no_tag(line: str) -> None:
    assert parse_log_line(line, year=2025, tz="UTC") is None
