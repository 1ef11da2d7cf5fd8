"""Log forms and meanings written from the tuning part of round r39log (issue 10), each tested in a line or wording
of our own (not the corpus lines that prompted them)."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_log_line, parse_reply
from bouncelib._log.record import LogRecord


def _line(text: str) -> LogRecord:
    rec = parse_log_line(text, year=2025, tz="UTC")
    assert rec is not None
    return rec


def test_cleanup_bouncing_a_local_submission_is_a_delivery() -> None:
    # cleanup_bounce.c hands each recipient of a refused local submission to bounce_append(), which logs it
    # as a delivery agent would.
    rec = _line("Feb  7 08:09:10 box postfix/cleanup[411]: 7E2D01A2B3: to=<joe@example.org>, relay=none, delay=0.1, "
                "delays=0.1/0/0/0, dsn=5.6.0, status=bounced (improper use of 8-bit data in message body)")
    assert (rec.kind, rec.status, rec.recipient, rec.dsn) == ("delivery", "bounced", "joe@example.org", "5.6.0")
    assert rec.to_record()["reason"] == "contenterror"


@pytest.mark.parametrize("action", ["strip", "pass", "delay"])
def test_every_header_check_action_cleanup_logs_is_read(action: str) -> None:
    rec = _line(f"Feb  7 08:09:10 box postfix/cleanup[411]: 7E2D01A2B3: {action}: header X-Spam-Flag: YES from "
                "relay.example.org[192.0.2.8]; from=<a@example.org> to=<b@example.net> proto=SMTP helo=<relay>")
    assert (rec.kind, rec.status, rec.recipient) == ("action", action, "b@example.net")


def test_an_unknown_cleanup_line_stays_an_explicit_unrecognised_record() -> None:
    rec = _line("Feb  7 08:09:10 box postfix/cleanup[411]: 7E2D01A2B3: tonight=<nothing we know>")
    assert rec.kind == "unrecognised"


@pytest.mark.parametrize(
    "line",
    [
        "Feb  7 08:09:10 box postfix/postscreen[90]: NOQUEUE: reject: CONNECT from [192.0.2.50]:4021: all server "
        "ports busy",
        "Feb  7 08:09:10 box postfix/postscreen[90]: reject: connect from [192.0.2.51]:4022: all screening ports busy",
    ],
)
def test_postscreen_refusing_for_its_own_load_is_the_servers_state(line: str) -> None:
    rec = _line(line)
    assert rec.kind == "reject"
    assert rec.to_record()["reason"] == "systemerror"
    assert rec.reply is not None
    assert rec.reply.reason is Reason.SYSTEMERROR


def test_postscreen_refusal_naming_nothing_still_refuses_the_client() -> None:
    rec = _line("Feb  7 08:09:10 box postfix/postscreen[90]: NOQUEUE: reject: RCPT from [192.0.2.52]:4023: 450 4.3.2 "
                "Service currently unavailable; from=<a@example.org>, to=<b@example.net>, proto=ESMTP, helo=<x>")
    assert rec.to_record()["reason"] == "blocked"


@pytest.mark.parametrize(
    "line",
    [
        # The function name leads the text; its "dnsbl" is not a blocklist.
        "Feb  7 08:09:10 box postfix/postscreen[90]: warning: psc_dnsbl_request: connect to private/dnsblog "
        "service: No such file or directory",
        "Feb  7 08:09:10 box postfix/postscreen[90]: warning: cannot connect to service private/smtpd: Connection "
        "refused",
        "Feb  7 08:09:10 box postfix/postscreen[90]: warning: timeout sending connection to service private/smtpd",
    ],
)
def test_a_daemon_failing_to_reach_its_own_service_is_the_systems_error(line: str) -> None:
    rec = _line(line)
    assert rec.kind == "warning"
    assert rec.to_record()["reason"] == "systemerror"


def test_a_remote_connection_refused_stays_a_network_error() -> None:
    assert parse_reply("connect to mx.example.net[192.0.2.9]:25: Connection refused").reason is Reason.NETWORKERROR


@pytest.mark.parametrize(
    ("line", "status"),
    [
        ("Feb  7 08:09:10 box postfix/postdrop[12]: warning: uid=1000: File too large", "warning"),
        ("Feb  7 08:09:10 box postfix/sendmail[11]: fatal: joe(1000): message file too big", "fatal"),
    ],
)
def test_a_submission_program_refusing_a_big_file_refuses_the_message(line: str, status: str) -> None:
    rec = _line(line)
    assert (rec.kind, rec.status) == ("warning", status)
    assert rec.to_record()["reason"] == "mesgtoobig"


def test_a_local_mailbox_file_too_large_stays_a_full_mailbox() -> None:
    rec = _line("Feb  7 08:09:10 box postfix/local[20]: 7E2D01A2B3: to=<joe@example.org>, relay=local, delay=0.2, "
                "delays=0.1/0/0/0.1, dsn=5.2.2, status=bounced (cannot update mailbox /var/mail/joe for user joe. "
                "error writing message: File too large)")
    assert rec.to_record()["reason"] == "mailboxfull"


def test_a_fatal_line_about_the_system_stays_a_system_error() -> None:
    rec = _line("Feb  7 08:09:10 box postfix/sendmail[11]: fatal: open /etc/postfix/main.cf: No such file or directory")
    assert rec.to_record()["reason"] == "systemerror"


def test_unusable_dane_records_fail_the_required_tls() -> None:
    assert parse_reply("mx.example.net[192.0.2.9]:25: all TLSA records unusable").reason is Reason.FAILEDSTARTTLS
    rec = _line("Feb  7 08:09:10 box postfix/smtp[33]: warning: mx.example.net[192.0.2.9]:25: all trust anchors "
                "unusable")
    assert rec.to_record()["reason"] == "failedstarttls"


def test_mimes_encoding_domain_is_not_a_mail_domain() -> None:
    reply = parse_reply("554 5.6.0 Error: invalid message/* or multipart/* encoding domain")
    assert reply.reason is Reason.CONTENTERROR
    assert not reply.hard_bounce
    # A mail domain said unknown stays hostunknown.
    assert parse_reply("550 5.1.2 Recipient domain unknown").reason is Reason.HOSTUNKNOWN


@pytest.mark.parametrize(
    "text",
    [
        "554 Error: overlong header line",
        "550 Rejected: a text line was excessively long, please rewrap",
    ],
)
def test_a_line_of_the_message_said_too_long_is_a_content_error(text: str) -> None:
    # Found when retraining moved a wild mail (Exim moan.c's "a header line that was excessively long") off the
    # model's guess: the line's length is the message's format (LABELING.md, "Line too long").
    assert parse_reply(text).reason is Reason.CONTENTERROR


def test_a_message_said_too_long_stays_too_big() -> None:
    assert parse_reply("552 5.3.4 Message too long").reason is Reason.MESGTOOBIG
