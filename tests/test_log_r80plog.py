"""Round r80plog: a lookup table's failure in the map layer's words, tagged or pasted without the syslog tag.

The corpus rows that showed the miss are postfix-grok-patterns' and SEKOIA's test data (message parts only); the
wordings here use other tables, hosts and queue ids.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_log_line

_HEAD = "Dec  7 12:00:00 mail "


def _record(line: str) -> dict[str, object]:
    rec = parse_log_line(line, year=2025, tz="UTC")
    assert rec is not None
    return dict(rec.to_record())


@pytest.mark.parametrize("line", [
    "warning: 4F2A91C0D7: canonical_maps map lookup problem for user@example.org -- message not accepted, try again",
    "warning: virtual_alias_maps map lookup problem for root@example.net",
    "warning: read TCP map reply from 127.0.0.1:10040: unexpected EOF (Connection reset by peer)",
])  # fmt: skip
def test_a_lookup_table_failure_without_the_tag_is_a_warning_of_the_mail_system(line: str) -> None:
    # Without the syslog tag these lines were dropped (no record); the map layer's words are Postfix's own.
    rec = _record(line)
    assert rec["kind"] == "warning"
    assert rec["reason"] == "systemerror"


@pytest.mark.parametrize("msg", [
    "postfix/smtpd[88]: warning: read TCP map reply from 127.0.0.1:10030: unexpected EOF (Success)",
    "postfix/cleanup[88]: warning: write TCP map request to 10.0.0.7:2525: Broken pipe",
])  # fmt: skip
def test_the_tcp_tables_client_losing_its_server_is_a_systemerror(msg: str) -> None:
    # dict_tcp.c's words: the table's own lookup service went away; before this round no reason was read.
    rec = _record(_HEAD + msg)
    assert rec["kind"] == "warning"
    assert rec["reason"] == "systemerror"


def test_a_line_that_only_mentions_a_map_is_not_read_without_its_tag() -> None:
    assert parse_log_line("the sender_canonical_maps setting was changed", year=2025, tz="UTC") is None


@pytest.mark.parametrize(("line", "kind", "status"), [
    # The queue's bookkeeping after a queue id, as parser rule files quote it without the tag.
    ("5D21A3C0F1: removed", "removed", "removed"),
    ("5D21A3C0F1: from=<list-owner@example.org>, size=1234, nrcpt=2 (queue active)", "qmgr", "active"),
    ("5D21A3C0F1: message-id=<20240101.abc@example.org>", "cleanup", "message-id"),
    ("5D21A3C0F1: sender delay notification: 6E32B4D1A2", "bounce-notice", "sender-delay"),
    ("5D21A3C0F1: client=mail.example.net[198.51.100.9]", "client", "client"),
    ("connect from mail.example.net[198.51.100.9]", "connect", "connect"),
    ("disconnect from mail.example.net[198.51.100.9]", "disconnect", "disconnect"),
    # postscreen's verdicts on a client and its cache.
    ("DENYLISTED [198.51.100.9]:4711", "postscreen", "denylisted"),
    ("ALLOWLIST VETO [198.51.100.9]:4711", "postscreen", "allowlist-veto"),
    ("HANGUP after 1.5 from [198.51.100.9]:4711 in tests after SMTP handshake", "postscreen", "hangup"),
    ("COMMAND COUNT LIMIT from [198.51.100.9]:4711 after RCPT", "postscreen", "command-count-limit"),
    ("BARE NEWLINE from [198.51.100.9]:4711 after DATA", "postscreen", "bare-newline"),
    ("cache lmdb:/var/lib/postfix/psc_cache full cleanup: retained=3 dropped=1 entries", "info", "cache-cleanup"),
    # TLS set up, the server's STARTTLS offer noted, smtpd's access actions, the before-queue filter, master's start.
    ("Verified TLS connection established to mx.example.org[198.51.100.9]:25: TLSv1.3 with cipher "
     "TLS_AES_128_GCM_SHA256 (128/128 bits)", "tls", "established"),
    ("Trusted TLS connection established from mail.example.net[198.51.100.9]: TLSv1.2 with cipher "
     "ECDHE-RSA-AES128-GCM-SHA256 (128/128 bits)", "tls", "established"),
    ("Host offered STARTTLS: [mx.example.org]", "tls", "offered"),
    ("NOQUEUE: hold: RCPT from mail.example.net[198.51.100.9]: <user@example.org>: Recipient address triggers HOLD "
     "action; from=<a@example.net> to=<user@example.org> proto=ESMTP helo=<mail.example.net>", "action", "hold"),
    ("proxy-reject: END-OF-MESSAGE: 554 5.7.1 Rejected by the content filter; from=<a@example.net> "
     "to=<user@example.org> proto=ESMTP helo=<mail.example.net>", "reject", "proxy-reject"),
    ("daemon started -- version 3.8.5, configuration /etc/postfix", "info", None),
])  # fmt: skip
def test_postfix_bookkeeping_pasted_without_its_tag_is_read_by_its_daemon(line: str, kind: str, status: str) -> None:
    # Before this round each of these lines gave no record at all.
    rec = _record(line)
    assert (rec["kind"], rec["status"]) == (kind, status)
    assert rec["reason"] is None or kind in {"reject", "action"}


@pytest.mark.parametrize("line", [
    "removed",  # no queue id: not known to be Postfix's
    "the cache lmdb:/tmp/x full cleanup: retained=3 dropped=1 entries was slow",
    "We connect from home[at the office]",
    "DENYLISTED [198.51.100.9]:4711 because of spam",
])  # fmt: skip
def test_words_that_only_look_like_bookkeeping_are_not_read(line: str) -> None:
    assert parse_log_line(line, year=2025, tz="UTC") is None


def test_a_servers_starttls_offer_is_a_note_not_a_tls_failure() -> None:
    # smtp_tls_note_starttls_offer: the server offered TLS; nothing failed (it was read failedstarttls before).
    rec = _record(_HEAD + "postfix/smtp[2658]: Host offered STARTTLS: [mx.example.org]")
    assert (rec["kind"], rec["status"], rec["reason"]) == ("tls", "offered", None)


def test_a_milters_header_check_action_is_an_action_of_cleanup() -> None:
    # cleanup_milter.c logs "milter-header-ACTION" / "milter-body-ACTION"; it was read "unrecognised".
    rec = _record(_HEAD + "postfix/cleanup[9]: 3A1B2C4D5E: milter-header-hold: header X-Virus: found from "
                  "mail.example.net[198.51.100.9]; from=<a@example.net> to=<user@example.org> proto=ESMTP "
                  "helo=<mail.example.net>: quarantined")
    assert (rec["kind"], rec["status"], rec["recipient"]) == ("action", "milter-header-hold", "user@example.org")
