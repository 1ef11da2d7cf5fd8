"""parse_log_line: prefixes, tags, queue ids, relays, reply texts, records and models."""

from __future__ import annotations

import pickle
from datetime import datetime, timedelta

import pytest

from bouncelib import RECORD_KEYS, LogEvent, LogRecord, Reason, parse_log_line
from bouncelib._log.stamps import Clock

DELIVERY = (
    "postfix/smtp[2100]: 1A2B3C4D5E: to=<leo@example.com>, relay={relay}, delay=2.1, "
    "delays=0.1/0.01/0.9/1.1, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.27] said: 550 5.1.1 "
    "<leo@example.com>: User unknown (in reply to RCPT TO command))"
)


@pytest.mark.parametrize(
    ("line", "stamp", "host"),
    [
        ("Nov  3 18:05:55 mail postfix/smtpd[1]: connect from a[192.0.2.1]", "2025-11-03T18:05:55+01:00", "mail"),
        ("Jan 02 07:31:13 azazel postfix/smtpd[1]: connect from a[192.0.2.1]", "2025-01-02T07:31:13+01:00", "azazel"),
        ("Okt 15 23:48:15 c3 postfix/smtpd[1]: connect from a[192.0.2.1]", "2025-10-15T23:48:15+02:00", "c3"),
        ("2021-04-21T17:16:28+02:00 s1 postfix/smtpd[1]: connect from a[192.0.2.1]", "2021-04-21T17:16:28+02:00", "s1"),
        ("2025-07-17T00:47:20.613392+02:00 mx postfix/smtpd[1]: connect from a[192.0.2.1]",
         "2025-07-17T00:47:20.613392+02:00", "mx"),
        ("2024-01-02T07:31:13+0100 mx postfix/smtpd[1]: connect from a[192.0.2.1]", "2024-01-02T07:31:13+01:00", "mx"),
        ("2024-07-03T17:18:06.603714476Z Jul 03 19:18:06 mail postfix/smtpd[1]: connect from a[192.0.2.1]",
         "2024-07-03T17:18:06.603714+00:00", "mail"),
        ("2024-12-30T12:16:31.914376+01:00 INFO    postfix/smtpd[1]: connect from a[192.0.2.1]",
         "2024-12-30T12:16:31.914376+01:00", None),
        ("3:03:59 c49364445807 mail.info postfix/smtpd[1]: connect from a[192.0.2.1]", None, "c49364445807"),
        ("Dec  4 14:44:07 postfix/smtpd[1]: connect from a[192.0.2.1]", "2025-12-04T14:44:07+01:00", None),
        ("postfix-0 postfix/smtpd[1]: connect from a[192.0.2.1]", None, "postfix-0"),
        ("postfix/smtpd[1]: connect from a[192.0.2.1]", None, None),
        ("mail_1  | Nov  3 18:05:55 mail postfix/smtpd[1]: connect from a[192.0.2.1]", "2025-11-03T18:05:55+01:00",
         "mail"),
        ("mail.log.1:Nov  3 18:05:55 mail postfix/smtpd[1]: connect from a[192.0.2.1]", "2025-11-03T18:05:55+01:00",
         "mail"),
        # journald of a container's start script relogging the container's syslog line: the inner line decides
        ("Jun 19 23:28:19 mail dms-start[50380]: 2024-06-19T23:28:18.490552+02:00 f1fb815f558f postfix/smtpd[1]: "
         "connect from a[192.0.2.1]", "2024-06-19T23:28:18.490552+02:00", "f1fb815f558f"),
    ],
)  # fmt: skip
def test_prefix_variants(line: str, stamp: str | None, host: str | None) -> None:
    rec = parse_log_line(line, year=2025, tz="Europe/Berlin")
    assert rec is not None
    assert (rec.timestamp.isoformat() if rec.timestamp else None, rec.hostname) == (stamp, host)
    assert rec.kind == "connect"
    assert rec.year_inferred is False


def test_a_wrapped_line_of_another_daemon_stays_not_postfix() -> None:
    # Only a Postfix tag inside the message makes a relogged line Postfix's.
    line = "Jun 19 23:28:19 mail dms-start[50380]: 2024-06-19T23:28:18+02:00 box dovecot[7]: imap-login: Login"
    assert parse_log_line(line) is None
    assert parse_log_line("Jun 19 23:28:19 mail dms-start[50380]: listening on [::]: 25") is None


def test_year_is_inferred_without_year() -> None:
    rec = parse_log_line("Jan  1 00:00:00 mx postfix/smtpd[1]: connect from a[192.0.2.1]", tz="UTC")
    assert rec is not None
    assert rec.timestamp is not None
    assert rec.year_inferred is True
    assert rec.timestamp <= datetime.now(rec.timestamp.tzinfo)


@pytest.mark.parametrize(
    ("tag", "program", "pid"),
    [
        ("postfix/smtp[17]", "postfix/smtp", 17),
        ("postfix-out/smtp[18]", "postfix-out/smtp", 18),
        ("postfix/submission/smtpd[19]", "postfix/submission/smtpd", 19),
        ("postfix-in/submission/smtpd[20]", "postfix-in/submission/smtpd", 20),
        ("server1-1/smtp[21]", "server1-1/smtp", 21),
    ],
)
def test_any_syslog_name(tag: str, program: str, pid: int) -> None:
    rec = parse_log_line(f"2025-01-01T00:00:00Z mx {tag}: warning: something odd")
    assert rec is not None
    assert (rec.program, rec.pid, rec.kind) == (program, pid, "warning")


@pytest.mark.parametrize(
    "line",
    [
        "Nov  3 18:05:55 mail dovecot[99]: imap-login: Login: user=<a>",
        "Nov  3 18:05:55 mail dovecot: imap-login: Login: user=<a>",
        "Nov  3 18:05:55 mail opendkim[811]: 4B2C1D0E9F: DKIM-Signature field added",
        "Nov  3 18:05:55 mail kernel: [12345.678]: eth0: link up",
        "Nov  3 18:05:55 mail systemd/foo[1]: started",
        "Nov  3 18:05:55 mail postfix/smtpd[abc]: connect from a[192.0.2.1]",
        "",
        "]: ",
        "\x00\xff garbage",
    ],
)
def test_not_postfix(line: str) -> None:
    assert parse_log_line(line) is None


@pytest.mark.parametrize(
    ("qid_text", "qid"),
    [("81571C2D", "81571C2D"), ("EEC614DD82BD4", "EEC614DD82BD4"), ("4JhNR364tmzkR1", "4JhNR364tmzkR1"),
     ("3Pt2mN2VXxznjll", "3Pt2mN2VXxznjll")],
)  # fmt: skip
def test_queue_ids(qid_text: str, qid: str) -> None:
    rec = parse_log_line(f"postfix/qmgr[1]: {qid_text}: removed")
    assert rec is not None
    assert (rec.queue_id, rec.kind) == (qid, "removed")


@pytest.mark.parametrize(
    ("relay", "host", "ip", "port"),
    [
        ("mx.example.com[192.0.2.27]:25", "mx.example.com", "192.0.2.27", 25),
        ("mx.example.com[2001:db8::1b]:25", "mx.example.com", "2001:db8::1b", 25),
        ("[redacted]-br.mail.protection.outlook.com[198.51.100.74]:25", "[redacted]-br.mail.protection.outlook.com",
         "198.51.100.74", 25),
        ("c3.example.org[private/dovecot-lmtp]", "c3.example.org", None, None),
        ("mail.example.org[/var/run/dovecot/lmtp]", "mail.example.org", None, None),
        ("[192.0.2.9]:587", None, "192.0.2.9", 587),
        ("none", None, None, None),
        ("local", "local", None, None),
        ("dovecot", "dovecot", None, None),
    ],
)  # fmt: skip
def test_relay_forms(relay: str, host: str | None, ip: str | None, port: int | None) -> None:
    rec = parse_log_line(DELIVERY.format(relay=relay))
    assert rec is not None
    assert (rec.relay, rec.relay_host, rec.relay_ip, rec.relay_port) == (relay, host, ip, port)


def test_reply_text_runs_to_the_last_parenthesis() -> None:
    line = (
        "postfix/smtp[1]: 7E8F9A0B1C: to=<amy@example.com>, relay=mx.example.com[192.0.2.36]:25, delay=0.9, "
        "delays=0/0/0.5/0.4, dsn=5.7.1, status=bounced (host mx.example.com[192.0.2.36] said: 554 5.7.1 Rejected "
        "(see https://example.com/help (section 3)) for policy reasons (in reply to end of DATA command)) "
    )
    rec = parse_log_line(line)
    assert rec is not None
    assert rec.text is not None
    assert rec.text.endswith("for policy reasons (in reply to end of DATA command)")
    assert rec.text.startswith("host mx.example.com[192.0.2.36] said: 554")


def test_delivery_fields_and_extras() -> None:
    line = (
        "postfix/local[1]: 4JhNR364tmzkR1: to=<judy@example.org>, orig_to=<postmaster@example.org>, relay=local, "
        "conn_use=3, delay=0.05, delays=0.01/0/0/0.04, tls=may, dsn=2.0.0, status=sent (forwarded as 4JhNR36T71zkR2)"
    )
    rec = parse_log_line(line)
    assert rec is not None
    assert (rec.recipient, rec.orig_recipient, rec.delay, rec.dsn, rec.status) == (
        "judy@example.org", "postmaster@example.org", 0.05, "2.0.0", "sent",
    )  # fmt: skip
    assert rec.get("conn_use") == "3"
    assert rec.get("tls") == "may"
    assert rec.get("delays") == "0.01/0/0/0.04"
    assert rec.get("missing", "x") == "x"


def test_unrecognised_keeps_the_line() -> None:
    line = "2025-03-08T14:00:08+00:00 mx postfix/smtpd[1025]: something smtpd never says"
    rec = parse_log_line(line)
    assert rec is not None
    assert rec.kind == "unrecognised"
    assert rec.raw == line
    assert rec.to_record()["text"] == line


def test_reject_postscreen_commas_and_smtpd_spaces_agree() -> None:
    smtpd = parse_log_line(
        "postfix/smtpd[1]: NOQUEUE: reject: RCPT from unknown[198.51.100.40]: 554 5.7.1 Service unavailable; "
        "Client host [198.51.100.40] blocked using zen.spamhaus.org; from=<a@example.com> to=<b@example.org> "
        "proto=ESMTP helo=<x.example.com>"
    )
    screen = parse_log_line(
        "postfix/postscreen[2]: NOQUEUE: reject: RCPT from [198.51.100.40]:40202: 554 5.7.1 Service unavailable; "
        "client [198.51.100.40] blocked using zen.spamhaus.org; from=<a@example.com>, to=<b@example.org>, "
        "proto=ESMTP, helo=<x.example.com>"
    )
    assert smtpd is not None
    assert screen is not None
    for rec in (smtpd, screen):
        assert (rec.kind, rec.sender, rec.recipient, rec.client_ip) == (
            "reject", "a@example.com", "b@example.org", "198.51.100.40",
        )  # fmt: skip
        assert rec.get("helo") == "x.example.com"
        assert rec.get("command") == "RCPT"
        assert rec.text is not None
        assert rec.text.endswith("blocked using zen.spamhaus.org")
    assert screen.get("client_port") == "40202"


@pytest.mark.parametrize("qid", ["xxxxxxxxxx", "XXXXXXXXXXXX"])
def test_a_queue_id_anonymised_to_xs_is_no_id_but_the_outcome_is_read(qid: str) -> None:
    rec = parse_log_line(
        f"Apr  4 09:00:01 relay1 postfix/smtp[55]: {qid}: to=<e@example.org>, relay=mx.example.org[192.0.2.9]:25, "
        "delay=12, delays=0.1/0/6/6, dsn=4.4.2, status=deferred (lost connection with mx.example.org[192.0.2.9] "
        "while sending RCPT TO)"
    )
    assert rec is not None
    assert (rec.kind, rec.status, rec.recipient, rec.queue_id) == ("delivery", "deferred", "e@example.org", None)
    assert rec.reply is not None
    assert rec.reply.reason is Reason.NETWORKERROR


@pytest.mark.parametrize("client", ["[]", "[198.51.100.40]"])
def test_a_refusal_whose_client_name_was_cut_away_keeps_its_command_and_reply(client: str) -> None:
    # "RCPT from[...]:": a paste that lost the client's name (and maybe its address) is still smtpd's refusal.
    rec = parse_log_line(
        f"Mar  9 08:10:11 gate postfix/smtpd[7]: NOQUEUE: reject: MAIL from{client}: 550 5.7.1 <c@example.org>: "
        "Relay access denied; from=<d@example.net> to=<c@example.org> proto=SMTP helo=<y>"
    )
    assert rec is not None
    assert rec.kind == "reject"
    assert rec.get("command") == "MAIL"
    assert (rec.sender, rec.recipient) == ("d@example.net", "c@example.org")
    assert rec.client_ip == (client.strip("[]") or None)
    assert rec.reply is not None
    assert rec.reply.reason is Reason.NORELAYING


def test_to_record_has_the_shared_keys() -> None:
    rec = parse_log_line(DELIVERY.format(relay="mx.example.com[192.0.2.27]:25"), year=2025, tz="UTC")
    assert rec is not None
    out = rec.to_record()
    assert tuple(out) == RECORD_KEYS
    assert out["source"] == "postfix"
    assert (out["kind"], out["status"], out["action"], out["recipient"]) == (
        "delivery", "bounced", "failed", "leo@example.com",
    )  # fmt: skip
    assert out["smtp_code"] == 550
    assert out["enhanced_status"] == "5.1.1"
    assert out["relay_ip"] == "192.0.2.27"
    assert out["remote_ip"] == "192.0.2.27"
    assert isinstance(out["delist"], list)


def test_reply_text_goes_through_parse_reply(monkeypatch: pytest.MonkeyPatch) -> None:
    from bouncelib._log import record

    seen: list[tuple[str, object, object]] = []
    real = record.reply_fields  # what parse_reply returns a Reply of; to_record reads it without the model

    def spy(text: str, **hints: object) -> object:
        seen.append((text, hints.get("status"), hints.get("action")))
        return real(text, **hints)  # type: ignore[arg-type]

    monkeypatch.setattr(record, "reply_fields", spy)
    record.classify_cached.cache_clear()
    record._record_fields.cache_clear()  # to_record's memo of the classified fields, in front of it
    rec = parse_log_line(DELIVERY.format(relay="mx.example.com[192.0.2.27]:25"))
    assert rec is not None
    rec.to_record()
    # Postfix's dsn= is the status hint and its status= word the RFC 3464 action.
    assert seen == [(rec.text, "5.1.1", "failed")]
    # A success is not classified at all.
    sent = parse_log_line(
        "postfix/smtp[1]: 1A2B3C4D5E: to=<a@example.com>, relay=mx.example.com[192.0.2.27]:25, delay=1, "
        "delays=0/0/0/1, dsn=2.0.0, status=sent (250 2.0.0 OK 1700000000 q16si - gsmtp)"
    )
    assert sent is not None
    out = sent.to_record()
    assert len(seen) == 1
    assert (out["reason"], out["smtp_code"], out["enhanced_status"]) == ("delivered", 250, "2.0.0")
    record.classify_cached.cache_clear()
    record._record_fields.cache_clear()


def test_to_record_skips_the_classifiers_exact_text_memo() -> None:
    # to_record keeps its own memo of exact texts: the classifier's would only be filled, never hit.
    from bouncelib._classify import _answer
    from bouncelib._log import record

    record._record_fields.cache_clear()
    _answer.cache_clear()
    rec = parse_log_line(DELIVERY.format(relay="mx.example.com[192.0.2.27]:25"))
    assert rec is not None
    out = rec.to_record()
    assert _answer.cache_info().currsize == 0
    reply = rec.reply  # through parse_reply, with its memo
    assert reply is not None
    assert (out["reason"], out["enhanced_status"], out["delist"]) == (
        reply.reason.value,
        str(reply.enhanced_status),
        reply.delist,
    )
    record._record_fields.cache_clear()


def test_records_are_frozen_hashable_picklable_and_validate() -> None:
    rec = parse_log_line(DELIVERY.format(relay="mx.example.com[192.0.2.27]:25"), year=2025, tz="UTC")
    assert isinstance(rec, LogRecord)
    with pytest.raises(AttributeError):
        rec.status = "sent"  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(rec)) == rec
    assert hash(rec) == hash(pickle.loads(pickle.dumps(rec)))
    model = rec.to_model()
    assert isinstance(model, LogEvent)
    assert model.reply is not None
    assert model.reply.smtp_code == 550
    assert model.to_record() == rec.to_record()
    with pytest.raises(ValueError, match="frozen"):
        model.status = "sent"  # type: ignore[misc]


def test_offset_with_seconds_does_not_break_the_json_round_trip() -> None:
    # fromisoformat() accepts "+00:14:07", JSON keeps only hh:mm: found by a one-hour run of fuzz/fuzz_log_line.py.
    line = (
        "2025-03-06T12:00:02+00:14:07 mx1 postfix/qmgr[42]: 3F2A1B4C5D: from=<a@example.com>, size=1, nrcpt=1"
        " (queue active)"
    )
    rec = parse_log_line(line)
    assert rec is not None
    model = rec.to_model()
    assert type(model).model_validate_json(model.model_dump_json()) == model
    assert model.timestamp is None or model.timestamp.utcoffset().seconds % 60 == 0  # type: ignore[union-attr]


def test_relay_and_delay_memos_give_the_same_records_and_stay_small() -> None:
    from bouncelib._log import parser

    def line(relay: str, delay: str) -> str:
        return (f"Oct 26 01:30:00 mx1 postfix/smtp[123]: 4A1B2C3D4E: to=<a@example.org>, relay={relay}, "
                f"delay={delay}, delays=0.1/0/0.5/0.6, dsn=2.0.0, status=sent (250 ok)")  # fmt: skip

    for relay, delay in (("mx.example.org[192.0.2.25]:25", "1.2"), ("local", "nan"), ("none", "inf"), ("", "x")):
        first, again = parse_log_line(line(relay, delay), year=2025), parse_log_line(line(relay, delay), year=2025)
        assert first == again  # a memo hit gives what the parse gave
    rec = parse_log_line(line("mx.example.org[192.0.2.25]:25", "1.2"), year=2025)
    assert rec is not None
    assert (rec.relay_host, rec.relay_ip, rec.relay_port, rec.delay) == ("mx.example.org", "192.0.2.25", 25, 1.2)
    nan = parse_log_line(line("local", "nan"), year=2025)
    assert nan is not None
    assert nan.delay is None
    assert ("delay", "nan") in nan.extra
    # A hostile relay of a megabyte is parsed but never kept as a memo key.
    huge = "h" * 1_000_000 + "[192.0.2.1]:25"
    big = parse_log_line(line(huge, "1.0"), year=2025)
    assert big is not None
    assert big.relay_ip == "192.0.2.1"
    assert huge not in parser._RELAY_MEMO
    assert all(len(k) <= 300 for k in parser._RELAY_MEMO)


def test_builders_fill_the_named_fields() -> None:
    """Each positional record builder puts every value where keyword construction would."""
    from datetime import UTC, datetime

    from bouncelib._log import record

    head = (datetime(2025, 1, 2, tzinfo=UTC), "mx", "postfix/smtp", 7, "ABCDEF1234")
    common = {"timestamp": head[0], "hostname": "mx", "program": "postfix/smtp", "pid": 7, "queue_id": "ABCDEF1234",
              "raw": "the line", "year_inferred": True}  # fmt: skip
    none = dict.fromkeys(LogRecord._fields) | {"extra": ()}
    facts = ("s@example.com", 10, 1, "m@example.com", "client.example", "192.0.2.1")
    cases = [
        (record.plain_record(head, "info", "st", "text", "the line", True, (("k", "v"),)),
         {"kind": "info", "status": "st", "text": "text", "extra": (("k", "v"),)}),
        (record.queue_record(head, "qmgr", "active", "the line", True, sender="s", size=1, nrcpt=2, message_id="m",
                             text="t", extra=(("k", "v"),)),
         {"kind": "qmgr", "status": "active", "sender": "s", "size": 1, "nrcpt": 2, "message_id": "m", "text": "t",
          "extra": (("k", "v"),)}),
        (record.client_record(head, "connect", "connect", "h", "192.0.2.9", "t", "the line", True, (("k", "v"),)),
         {"kind": "connect", "status": "connect", "client_host": "h", "client_ip": "192.0.2.9", "text": "t",
          "extra": (("k", "v"),)}),
        (record.refusal_record(head, "reject", "reject", "the line", True, sender="s", client_host="h",
                               client_ip="192.0.2.9", recipient="r", text="t", extra=(("k", "v"),)),
         {"kind": "reject", "status": "reject", "sender": "s", "client_host": "h", "client_ip": "192.0.2.9",
          "recipient": "r", "text": "t", "extra": (("k", "v"),)}),
        (record.remote_record(head, "reply", "mx.example", "192.0.2.5", 25, "t", "the line", True),
         {"kind": "remote", "status": "reply", "relay_host": "mx.example", "relay_ip": "192.0.2.5", "relay_port": 25,
          "text": "t"}),
        (record.delivery_record(head, "sent", facts, "r", "o", "relay", "rh", "192.0.2.5", 25, 1.5, "2.0.0", "t",
                                (("k", "v"),), "the line", True),
         {"kind": "delivery", "status": "sent", "sender": facts[0], "size": 10, "nrcpt": 1, "message_id": facts[3],
          "client_host": facts[4], "client_ip": facts[5], "recipient": "r", "orig_recipient": "o", "relay": "relay",
          "relay_host": "rh", "relay_ip": "192.0.2.5", "relay_port": 25, "delay": 1.5, "dsn": "2.0.0", "text": "t",
          "extra": (("k", "v"),)}),
    ]  # fmt: skip
    for built, fields in cases:
        assert built == LogRecord(**(none | common | fields)), fields["kind"]


def test_records_of_one_reply_share_no_mutable_value() -> None:
    # to_record() memoises the classified fields of a reply: each record still gets its own delist list.
    line = ("postfix/smtpd[1]: NOQUEUE: reject: RCPT from unknown[192.0.2.9]: 554 5.7.1 Service unavailable; "
            "Client host [192.0.2.9] blocked using zen.spamhaus.org; from=<a@example.org> to=<b@example.net> "
            "proto=ESMTP helo=<x>")  # fmt: skip
    rec = parse_log_line(line, year=2025, tz="UTC")
    assert rec is not None
    first, again = rec.to_record(), rec.to_record()
    assert first == again
    assert first["delist"]
    assert first["delist"] is not again["delist"]
    first["delist"].append("changed")
    assert rec.to_record()["delist"] == again["delist"]


def test_a_fatal_line_is_our_system_failing_whatever_its_words_name() -> None:
    # smtpd aborts because SASL is not set up: the words are about authentication, the failure is local.
    fatal = parse_log_line("Feb 09 05:33:28 mx postfix/smtps/smtpd[24431]: fatal: no SASL authentication mechanisms",
                           year=2025, tz="UTC")  # fmt: skip
    assert fatal is not None
    assert fatal.reply is not None
    assert fatal.reply.reason is Reason.SYSTEMERROR
    # The same words in a warning about a client are that client's failed login.
    warning = parse_log_line("Feb 09 05:33:28 mx postfix/smtpd[24431]: warning: unknown[192.0.2.1]: SASL LOGIN "
                             "authentication failed: authentication failure", year=2025, tz="UTC")  # fmt: skip
    assert warning is not None
    assert warning.reply is not None
    assert warning.reply.reason is Reason.SECURITYERROR


def test_memoised_records_equal_the_records_of_their_replies() -> None:
    # to_record() memoises the classified fields of each reply text and copies a template per event:
    # every record must be what the reply itself says, the first time (memo empty) and again (memo full).
    from pathlib import Path

    from bouncelib import read_log
    from bouncelib._log import record

    records = [r for path in sorted(Path(__file__).parent.parent.glob("corpus/postfix/*.log"))
               for r in read_log(path, kinds="all", year=2025, tz="UTC")]  # fmt: skip
    record._record_fields.cache_clear()
    first = [r.to_record() for r in records]
    again = [r.to_record() for r in records]
    assert first == again
    checked = 0
    for rec, out in zip(records, first, strict=True):
        assert tuple(out) == RECORD_KEYS
        reply = rec.reply
        if reply is None or rec.status in {"sent", "deliverable"}:
            continue
        fields = reply.record_fields()
        if fields["enhanced_status"] is None:
            fields["enhanced_status"] = rec.dsn
        if fields["remote_host"] is None and rec.kind in record._RELAY_IS_REMOTE:
            fields["remote_host"], fields["remote_ip"] = rec.relay_host, rec.relay_ip
        assert {k: out[k] for k in fields} == fields
        checked += 1
    assert checked > 50
    # Each record owns its delist list: changing one changes no other record of the same reply.
    for out in first:
        out["delist"].append("changed")
    assert all("changed" not in r.to_record()["delist"] for r in records)


@pytest.mark.parametrize(
    ("program", "kind", "relay_ip", "client_ip", "direction"),
    [
        ("postfix/smtpd", "reject", None, "192.0.2.1", "inbound"),
        ("postfix-in/postscreen", "postscreen", None, "192.0.2.1", "inbound"),
        ("postfix/smtp", "delivery", "192.0.2.1", None, "outbound"),
        ("postfix/smtp", "delivery", "127.0.0.1", None, "local"),
        ("postfix/error", "delivery", None, None, "outbound"),
        ("postfix/cleanup", "reject", None, "192.0.2.1", "inbound"),
        ("postfix/cleanup", "reject", None, "127.0.0.1", "local"),
        ("postfix/cleanup", "cleanup", None, "192.0.2.1", "local"),
        ("postfix/local", "delivery", None, None, "local"),
        ("postfix/qmgr", "expired", None, None, "local"),
    ],
)
def test_direction_of_a_memoised_daemon_is_the_rule(
    program: str, kind: str, relay_ip: str | None, client_ip: str | None, direction: str
) -> None:
    # The side a daemon faces is memoised per program (and to_record() inlines the lookup): the
    # first answer (memo empty), the next (memo full) and the record's must all follow the rule.
    from bouncelib._log import record

    record._SIDES.clear()
    assert record.direction_of(program, kind, relay_ip, client_ip) == direction
    assert record.direction_of(program, kind, relay_ip, client_ip) == direction
    rec = LogRecord(None, None, program, 1, None, kind, None, None, None, None, None, None, client_ip, None, None,
                    None, None, relay_ip, None, None, None, None, (), "", False)  # fmt: skip
    record._SIDES.clear()
    assert rec.to_record()["direction"] == rec.to_record()["direction"] == direction


def test_our_own_authentication_server_unreachable_is_a_system_error() -> None:
    # smtpd cannot reach its SASL server (saslauthd, Dovecot's auth socket): no client did anything wrong.
    line = parse_log_line("Mar 02 10:00:00 mx postfix/smtpd[77]: warning: SASL authentication failure: cannot "
                          "connect to saslauthd server: Connection refused", year=2025, tz="UTC")  # fmt: skip
    assert line is not None
    assert line.reply is not None
    assert line.reply.reason is Reason.SYSTEMERROR


def test_a_delivery_line_cut_short_keeps_its_text_past_an_inner_parenthesis() -> None:
    # The line ends without the ")" that closes the reply: syslog cut it (or a paste did). The reply's own
    # "(mx7)" is not its end.
    line = ("Apr 22 15:04:49 mail postfix/smtp[2228]: DB8CABDC1DB3: to=<a@example.com>, relay=mx.example.net"
            "[192.0.2.7]:25, delay=3, delays=3/0/0.2/0, dsn=4.0.0, status=deferred (host mx.example.net[192.0.2.7] "
            "refused to talk to me: 554-mx.example.net (mx7) ESMTP not available 554-Bad DNS PTR resource record")
    rec = parse_log_line(line, year=2025, tz="UTC")
    assert rec is not None
    assert rec.text is not None
    assert rec.text.endswith("Bad DNS PTR resource record")
    # A whole line ends with the ")" that closes the reply.
    whole = parse_log_line(line + ")", year=2025, tz="UTC")
    assert whole is not None
    assert whole.text == rec.text


def test_stamps_within_a_minute_equal_stamps_read_alone() -> None:
    """The clock's same-minute shortcuts (the minute's start plus the second) give what the full path gives.

    Every second from 01:58 to 03:02 on the night the Berlin clocks go back (the hour from 02:00
    comes twice), read in order, against a fresh clock that reads the same stamps without the
    shortcut (each stamp's minute first seen at that stamp): same instant, offset, fold and wall clock.
    """
    start = datetime(2025, 10, 26, 1, 58)
    prefixes = [(start + timedelta(seconds=s)).strftime("Oct %d %H:%M:%S mx") for s in range(0, 65 * 60, 7)]
    prefixes += prefixes[len(prefixes) // 2 :]  # the repeated hour, read a second time
    shortcut = Clock(year=2025, tz="Europe/Berlin")
    full = Clock(year=2025, tz="Europe/Berlin")
    for prefix in prefixes:
        got, host, inferred = shortcut.read(prefix)
        full._minute = full._minute_text = None  # forget the minute: the full path for every stamp
        want = full.read(prefix)
        assert (got, host, inferred) == want
        assert got is not None
        assert want[0] is not None
        assert (got.utcoffset(), got.fold, got.isoformat()) == (want[0].utcoffset(), want[0].fold, want[0].isoformat())


def test_same_minute_shortcut_ends_when_the_year_rule_runs() -> None:
    """A stamp the year rule moved on (here an impossible date in a new month) ends the minute shortcut."""
    clock = Clock(year=2025, tz="UTC")
    first = clock.read("Dec 31 23:59:58 mx")[0]
    assert first is not None
    assert first.year == 2025
    assert clock.read("Feb 30 00:00:00 mx")[0] is None  # the month went down: 2026 from here on
    again = clock.read("Dec 31 23:59:59 mx")[0]
    assert again is not None
    assert again.year == 2026


def test_proxy_reject_without_client_is_a_reject() -> None:
    # smtpd_proxy names the command and the before-queue filter's reply, no client.
    rec = parse_log_line("Apr  2 10:00:01 mx postfix/smtpd[71]: proxy-reject: END-OF-MESSAGE: 554 5.7.1 Rejected "
                         "by content filter; from=<a@example.com> to=<b@example.net> proto=ESMTP helo=<x.example.com>",
                         year=2025, tz="UTC")
    assert rec is not None
    assert (rec.kind, rec.status, rec.get("command")) == ("reject", "proxy-reject", "END-OF-MESSAGE")
    assert (rec.text, rec.recipient, rec.sender) == ("554 5.7.1 Rejected by content filter", "b@example.net",
                                                     "a@example.com")


def test_smtp_sasl_login_failure_is_remote_trouble() -> None:
    rec = parse_log_line("Apr  2 10:00:01 mx postfix/smtp[72]: 1A2B3C: SASL authentication failed; server "
                         "relay.example.net[192.0.2.5] said: 535 5.7.8 Error: authentication failed: bad password",
                         year=2025, tz="UTC")
    assert rec is not None
    assert (rec.kind, rec.status, rec.relay_host, rec.relay_ip) == ("remote", "auth-failed", "relay.example.net",
                                                                     "192.0.2.5")
    out = rec.to_record()
    assert (out["reason"], out["smtp_code"]) == ("securityerror", 535)


@pytest.mark.parametrize("text", [
    "process /usr/libexec/postfix/cleanup pid 77 killed by signal 9",
    "process /usr/lib/postfix/sbin/qmgr pid 8 exit status 2",
    "/usr/libexec/postfix/smtp: bad command startup -- throttling",
])
def test_master_reporting_a_failed_daemon_is_a_system_error(text: str) -> None:
    # master(8) on a child daemon: our mail system failed ("throttling" is master's, not a rate limit).
    rec = parse_log_line(f"Apr  2 10:00:01 mx postfix/master[9]: warning: {text}", year=2025, tz="UTC")
    assert rec is not None
    assert rec.to_record()["reason"] == "systemerror"


@pytest.mark.parametrize("text", [
    "192.0.2.161: hostname broadband-192-0-2-161.isp.example verification failed: Name or service not known",
    "192.0.2.8: hostname mx.example.org verification failed: Temporary failure in name resolution",
    "203.0.113.31: address not listed for hostname mail.example.com",
    "hostname mail.example.net does not resolve to address 192.0.2.7",
])
def test_smtpd_client_name_check_failure_is_requireptr(text: str) -> None:
    # smtpd_peer.c's three wordings of a failed forward-confirmed reverse-DNS check of the client:
    # the DNS error after them ("Name or service not known") says nothing about a recipient's host.
    rec = parse_log_line(f"Jul 10 10:09:06 mx postfix/submission/smtpd[16080]: warning: {text}", year=2025, tz="UTC")
    assert rec is not None
    out = rec.to_record()
    assert (out["reason"], out["hard_bounce"]) == ("requireptr", False)


def test_sent_delivery_names_the_relay_hosts_operator() -> None:
    # The operator that accepted the message is the relay host's, as for a refusal from it.
    rec = parse_log_line("Jul 10 10:09:09 mx postfix/smtp[22621]: 25E6CDF04F4: to=<a@example.com>, "
                         "relay=mxs.mail.ru[94.100.176.20]:25, delay=33, delays=32/0/0.01/0.76, dsn=2.0.0, "
                         "status=sent (250 OK id=1SoTcj-0001fx-Bs)", year=2025, tz="UTC")
    assert rec is not None
    assert (rec.to_record()["reason"], rec.to_record()["provider"]) == ("delivered", "mailru")
    local = parse_log_line("Jul 10 10:09:09 mx postfix/lmtp[7]: 25E6CDF04F5: to=<a@example.com>, "
                           "relay=mx.example.com[private/dovecot-lmtp], delay=0.1, delays=0/0/0/0.1, dsn=2.0.0, "
                           "status=sent (250 2.0.0 <a@example.com> Saved)", year=2025, tz="UTC")
    assert local is not None
    assert local.to_record()["provider"] is None


def test_postscreen_refusal_without_a_named_reason_refuses_the_client() -> None:
    # postscreen screens the connecting client only: its vague refusal blocks the sending host,
    # the same words from smtpd stay a receiving-side failure.
    tail = ": NOQUEUE: reject: RCPT from [192.0.2.9]:40001: 450 4.3.2 Service currently unavailable; " \
           "from=<a@example.org>, to=<b@example.com>, proto=ESMTP, helo=<mx.example.org>"
    ps = parse_log_line("Jun  1 08:00:00 mx postfix/postscreen[5]" + tail, year=2025, tz="UTC")
    assert ps is not None
    assert ps.to_record()["reason"] == "blocked"
    assert ps.reply is not None
    assert ps.reply.reason is Reason.BLOCKED
    sd = parse_log_line("Jun  1 08:00:00 mx postfix/smtpd[5]" + tail.replace("[192.0.2.9]:40001", "x[192.0.2.9]"),
                        year=2025, tz="UTC")
    assert sd is not None
    assert sd.to_record()["reason"] == "systemerror"


@pytest.mark.parametrize(
    ("line", "kind", "program", "status"),
    [
        ("0278038B0: to=<a@example.org>, relay=none, delay=0.09, delays=0.08/0.01/0/0, dsn=4.4.2, status=deferred "
         "(lost connection with 127.0.0.1[127.0.0.1] while receiving the initial server greeting)",
         "delivery", "postfix/smtp", "deferred"),
        ("A15004400: to=<a@example.org>, relay=local, delay=0, status=bounced (unknown user: \"a\")",
         "delivery", "postfix/local", "bounced"),
        ("681A74425: lost connection with mx1.example.net[192.0.2.15] while sending RCPT TO",
         "remote", "postfix/smtp", "lost-connection"),
        ("8007B41CD: host mx.example.net[192.0.2.1] refused to talk to me: 450 Server configuration problem",
         "remote", "postfix/smtp", "refused"),
    ],
)
def test_a_delivery_agents_message_without_its_header_is_read(line: str, kind: str, program: str, status: str) -> None:
    """A rule file or a thread quoting only the message after the tag: a queue id then words only a
    delivery agent writes."""
    rec = parse_log_line(line, year=2025, tz="UTC")
    assert rec is not None
    assert (rec.kind, rec.program, rec.status, rec.timestamp, rec.pid) == (kind, program, status, None, None)


@pytest.mark.parametrize("line", [
    "A15004400: to=<a@example.org> is what we wrote to the list",
    "Nov  3 18:05:55 mail dovecot[99]: 1A2B3C4D5E: lost connection with a client",
    "we lost connection with mx.example.net[192.0.2.1] while sending mail",
])
def test_other_header_less_lines_stay_unread(line: str) -> None:
    assert parse_log_line(line, year=2025, tz="UTC") is None


def test_an_address_probe_that_failed_once_did_not_expire() -> None:
    """verify(8)'s status=undeliverable after a temporary failure: one probe, never retried."""
    rec = parse_log_line(
        "Jun  5 15:09:21 mx postfix/smtp[7]: F2295F3894: to=<a@example.org>, relay=none, delay=30, "
        "delays=0.02/0/30/0, dsn=4.4.1, status=undeliverable (connect to mx.example.org[192.0.2.85]:25: "
        "Connection timed out)", year=2025, tz="UTC")
    assert rec is not None
    row = rec.to_record()
    assert (row["reason"], row["action"]) == ("networkerror", "failed")
    assert rec.reply is not None
    assert rec.reply.reason is Reason.NETWORKERROR


def test_our_own_refusal_names_no_provider() -> None:
    """smtpd's refusal of a recipient at gmail.com is our server's reply, not Google's."""
    rec = parse_log_line(
        "May 14 15:33:19 mx postfix/smtpd[1688]: NOQUEUE: reject: RCPT from unknown[192.0.2.44]: 450 4.1.8 "
        "<a@gmail.com>: Sender address rejected: Domain not found; from=<a@gmail.com> to=<b@example.org> "
        "proto=ESMTP helo=<x>", year=2025, tz="UTC")
    assert rec is not None
    assert rec.to_record()["provider"] is None
    assert rec.reply is not None
    assert rec.reply.provider is None


def test_the_name_a_dns_lookup_failed_for_names_no_provider() -> None:
    rec = parse_log_line(
        "postfix/error[3180]: DF27F16456B: to=<a@example.org>, relay=none, delay=9, delays=9/0.15/0/0, dsn=4.4.3, "
        "status=deferred (delivery temporarily suspended: Host or domain name not found. Name service error for "
        "name=yahoo.co.id type=MX: Host not found, try again)", year=2025, tz="UTC")
    assert rec is not None
    assert rec.to_record()["provider"] is None


@pytest.mark.parametrize(
    ("line", "host", "ip"),
    [
        ("Jan 18 17:38:34 mail postfix/submission/smtpd[15140]: warning: Connection concurrency limit exceeded: 51 "
         "from unknown[198.51.100.33] for service submission", "unknown", "198.51.100.33"),
        ("Mar 1 10:00:00 mx postfix/smtpd[9]: warning: Illegal address syntax from mail.example.net[2001:db8::e] in "
         "RCPT command: <>", "mail.example.net", "2001:db8::e"),
    ],
)
def test_an_smtp_servers_warning_names_its_client_after_from(line: str, host: str, ip: str) -> None:
    rec = parse_log_line(line, year=2025, tz="UTC")
    assert rec is not None
    assert (rec.kind, rec.client_host, rec.client_ip) == ("warning", host, ip)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Apr  2 09:00:01 mx postfix/tlsproxy[88]: CONNECT from [198.51.100.9]:51234", "connect"),
        ("Apr  2 09:00:03 mx postfix/tlsproxy[88]: DISCONNECT [198.51.100.9]:51234", "disconnect"),
    ],
)
def test_tlsproxy_session_start_and_end_are_connect_and_disconnect(line: str, kind: str) -> None:
    # tlsproxy(8)'s session lines are a session's start and end, as smtpd's; only its handshake lines are TLS.
    rec = parse_log_line(line)
    assert rec is not None
    assert (rec.kind, rec.status, rec.client_ip) == (kind, kind, "198.51.100.9")
    tls = parse_log_line("Apr  2 09:00:02 mx postfix/tlsproxy[88]: Anonymous TLS connection established from "
                         "[198.51.100.9]:51234: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)")  # fmt: skip
    assert tls is not None
    assert tls.kind == "tls"


def test_a_message_an_operator_expired_is_expired() -> None:
    # "postsuper -e" ends a message's queue life before its time; qmgr returns it as for an expired one.
    rec = parse_log_line("May  6 11:20:00 mx postfix/qmgr[12]: 5F2A81C0B3: from=<ann@example.org>, "
                         "status=force-expired, returned to sender")  # fmt: skip
    assert rec is not None
    assert (rec.kind, rec.status, rec.queue_id) == ("expired", "force-expired", "5F2A81C0B3")
    out = rec.to_record()
    assert (out["reason"], out["action"]) == ("expired", "failed")


@pytest.mark.parametrize(
    ("line", "action"),
    [
        ("May  6 11:21:00 mx postfix/smtp[40]: 7C3D2E1F00: replace: header Subject: old words: Subject: new words",
         "replace"),
        ("May  6 11:21:00 mx postfix/smtp[40]: 7C3D2E1F00: prepend: header To: bo@example.net: X-Checked: yes",
         "prepend"),
    ],
)
def test_smtp_header_checks_are_actions(line: str, action: str) -> None:
    # smtp(8)'s own header checks (smtp_header_checks) log as cleanup's do, with no client to name.
    rec = parse_log_line(line)
    assert rec is not None
    assert (rec.kind, rec.status, rec.queue_id) == ("action", action, "7C3D2E1F00")


@pytest.mark.parametrize(
    "line",
    [
        "Jun  9 08:00:00 gw postfix/smtpd[31]: proxy-accept: END-OF-MESSAGE: 250 2.0.0 Ok: queued as 9A8B7C6D5E; "
        "from=<cy@example.org> to=<di@example.net> proto=ESMTP helo=<out.example.org>",
        "Jun  9 08:00:00 gw postfix/smtpd[31]: NOQUEUE: proxy-accept: END-OF-MESSAGE: 250 2.0.0 from MTA(smtp:"
        "[127.0.0.1]:10025): 250 2.0.0 Ok: queued as 9A8B7C6D5E; from=<cy@example.org> to=<di@example.net> "
        "proto=ESMTP helo=<out.example.org>",
    ],
)
def test_the_before_queue_filters_acceptance_is_read_as_its_refusal_is(line: str) -> None:
    # smtpd_proxy.c's verdicts name the command and the filter's reply, no client: the reply is the
    # text whether or not it holds " from " (the filter's "from MTA(...)").
    rec = parse_log_line(line)
    assert rec is not None
    assert (rec.kind, rec.status, rec.recipient) == ("action", "proxy-accept", "di@example.net")
    assert rec.text is not None
    assert rec.text.startswith("250 2.0.0 ")


@pytest.mark.parametrize(("msg", "client_ip", "remote"), [
    ("setting up TLS connection from mail.example.net[192.0.2.8]", "192.0.2.8", None),
    ("setting up TLS connection to mx.example.org[198.51.100.3]:25", None, "mx.example.org"),
    ("initializing the client-side TLS engine", None, None),
    ('mail.example.net[192.0.2.8]: TLS cipher list "aNULL:-aNULL:HIGH"', "192.0.2.8", None),
    ("SSL_connect:SSLv3/TLS write client hello", None, None),
    ("SSL_accept:SSLv3 read client certificate A", None, None),
    ("read from 55D0C1A2B3C4 [55D0C1A2D5E6] (5 bytes => 5 (0x5))", None, None),
])  # fmt: skip
def test_tls_session_steps_are_tls_debug_lines_with_no_verdict(msg: str, client_ip: str | None,
                                                                 remote: str | None) -> None:
    # Postfix's TLS chatter at a higher tls_loglevel: steps of a session, not its outcome.
    rec = parse_log_line(f"Mar  2 10:00:00 mx postfix/smtpd[4242]: {msg}", year=2025)
    assert rec is not None
    d = rec.to_record()
    assert (rec.kind, rec.status, d["reason"]) == ("tls", "debug", None)
    assert d["client_ip"] == client_ip
    assert d["remote_host"] == remote
