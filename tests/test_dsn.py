"""parse_message: inputs, report fields, records."""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

import pytest

from bouncelib import RECORD_KEYS, BounceKind, BounceReport, InputError, parse_message
from bouncelib._output import jsonable

CASE = Path(__file__).resolve().parent.parent / "corpus" / "dsn" / "postfix" / "outlook-blocklist1.eml"


@pytest.fixture(scope="module")
def raw() -> bytes:
    return CASE.read_bytes()


def test_every_input_type_gives_the_same_report(raw: bytes) -> None:
    by_bytes = parse_message(raw)
    assert parse_message(raw.decode("utf-8")) == by_bytes
    assert parse_message(CASE) == by_bytes
    assert parse_message(bytearray(raw)) == by_bytes
    assert parse_message(email.message_from_bytes(raw)) == by_bytes


def test_wrong_input_type_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="not int"):
        parse_message(42)  # type: ignore[arg-type]


def test_report_fields(raw: bytes) -> None:
    r = parse_message(raw)
    assert r.kind is BounceKind.DSN
    assert r.is_bounce
    assert r.reporting_mta == "mail.example.com"
    assert r.original_message_id == "<5346AD12.4000602@example.com>"
    assert r.original_to == "alice@example.net"
    assert r.original_subject == "Paper draft"
    assert r.original_date is not None
    assert r.original_date.tzinfo is not None
    assert r.date is not None
    assert r.date.isoformat() == "2014-04-10T14:41:24+00:00"
    (ev,) = r.recipients
    assert ev.recipient == "alice@example.net"
    assert ev.action == "failed"
    assert ev.status == "5.7.1"
    assert ev.remote_mta == "example-net.mail.protection.outlook.com"
    assert "blocked using Blocklist 1" in ev.reply.text


def test_record_has_the_shared_keys(raw: bytes) -> None:
    (rec,) = parse_message(raw).to_records()
    assert tuple(rec) == RECORD_KEYS
    assert rec["source"] == "dsn"
    assert rec["dsn"] == "5.7.1"
    assert rec["status"] == "bounced"
    assert rec["queue_id"] == "3F2A81C0123"
    assert rec["sender"] == "carlo@example.com"
    assert rec["timestamp"].tzinfo is not None


def test_report_is_frozen_and_survives_json(raw: bytes) -> None:
    r = parse_message(raw)
    with pytest.raises(ValueError, match="frozen"):
        r.kind = BounceKind.VENDOR  # type: ignore[misc]
    assert BounceReport.model_validate_json(r.model_dump_json()) == r
    json.dumps([{k: jsonable(v) for k, v in rec.items()} for rec in r.to_records()])


@pytest.mark.parametrize("data", [b"", b"\x00\xff garbage", b"no headers at all", "", b"Subject: x\n\n"])
def test_garbage_is_not_a_bounce(data: bytes | str) -> None:
    r = parse_message(data)
    assert r.kind is BounceKind.NOT_BOUNCE
    assert r.recipients == ()


@pytest.mark.parametrize(
    "case",
    ["postfix/outlook-blocklist1", "rfc3464/global-utf8-recipient", "qmail/no-host-found", "arf/abuse-with-rcpt"],
)
def test_a_message_parsed_by_the_stdlib_gives_the_same_events(case: str) -> None:
    """A Message given by the caller (either policy) gives the events of its bytes; the two MIME
    parsers themselves are compared over the whole corpus in tests/test_fastmime.py."""
    raw = (CASE.parent.parent / f"{case}.eml").read_bytes()
    ours = parse_message(raw).to_records()
    assert parse_message(email.message_from_bytes(raw, policy=email.policy.default)).to_records() == ours
    assert parse_message(email.message_from_bytes(raw)).to_records() == ours


def test_motivating_case_is_classified() -> None:
    (ev,) = parse_message(CASE).recipients
    assert ev.reason.value == "blocked"
    assert ev.reply.smtp_command == "RCPT"
    assert ev.reply.blocklist is not None
    assert "delist@messaging.microsoft.com" in ev.reply.delist


def test_a_faulty_detector_is_a_defect_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    from bouncelib._dsn import parse as engine
    from bouncelib._dsn.base import Found, Mail

    class Raises:
        name = "raises"

        def parse(self, mail: Mail) -> list[Found] | None:
            raise IndexError("boom")

    class WrongTypes:
        name = "wrong"

        def parse(self, mail: Mail) -> list[Found] | None:
            return [Found(recipient=123, reason="nonsense")]  # type: ignore[arg-type]

    monkeypatch.setattr(engine, "detectors", lambda: (Raises(), WrongTypes()))
    r = parse_message(b"Subject: x\n\nhi\n")
    assert "detector raises raised IndexError" in r.defects
    assert any(d.startswith("detector wrong gave an invalid row") for d in r.defects)
    (ev,) = r.recipients
    assert ev.recipient == "123"
    assert ev.detector == "wrong"


@pytest.mark.parametrize(
    "value",
    [
        "Thu, 10 Apr 2014 14:41:24 +0000 (UTC)",
        "2 Aug 2025 21:45:00 -0000",
        "Tue,  4 Mar 2025 09:12:40 +0100 (CET)",
        "Mon, 17 Mar 2025 09:56 +0530",
        "Fri, 9 May 2025 22:03:14 EDT",
        "29 Apr 09 23:34:45 +0900",
    ],
)
def test_parse_date_agrees_with_the_stdlib(value: str) -> None:
    from email.utils import parsedate_to_datetime

    from bouncelib._dsn.parse import parse_date

    ref = parsedate_to_datetime(value)
    got = parse_date(value)
    assert got is not None
    assert got.tzinfo is not None
    assert got.replace(tzinfo=None) == ref.replace(tzinfo=None)
    if ref.tzinfo is not None:
        assert got.utcoffset() == ref.utcoffset()


@pytest.mark.parametrize("value", ["", "yesterday", "31 Feb 2025 10:00:00 +0000", "Thu, 99 Foo 2014 25:61:00 +0000"])
def test_parse_date_gives_none_for_nonsense(value: str) -> None:
    from bouncelib._dsn.parse import parse_date

    assert parse_date(value) is None


def test_eight_bit_date_in_the_returned_message() -> None:
    raw = CASE.read_bytes().replace(b"Date: Thu, 10 Apr 2014 14:41:20 +0000", b"Date: Thu, 10 Apr 2014 \xe9 14:41")
    report = parse_message(raw)  # compat32 hands the field over as a Header object
    assert report.original_date is None
    assert report.recipients


def test_an_mbox_given_as_one_message_is_flagged(raw: bytes) -> None:
    sep = b"From MAILER-DAEMON Thu Apr 10 14:41:24 2014\n"
    one = parse_message(sep + raw)
    assert not any("more than one message" in d for d in one.defects)
    two = parse_message(sep + raw + b"\n" + sep + raw)
    assert any("read_mailbox" in d for d in two.defects)
    assert two.recipients[0].recipient == "alice@example.net"


_NOTICE_WITH_REPLY = b"""From: MAILER-DAEMON@mx.example.org (Mail Delivery System)
To: alice@example.org
Subject: Undelivered Mail Returned to Sender

This is the mail system at host mx.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<bob@example.net>: host mx.example.net[192.0.2.7] said: 550 5.1.1
    <bob@example.net>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)
"""

_NOTICE_WITHOUT_REASON = b"""From: MAILER-DAEMON@mx.example.org (Mail Delivery System)
To: alice@example.org
Subject: Delivery Status Notification

Delivery to the following recipients failed permanently:

   * bob@example.net
"""


@pytest.mark.parametrize(("raw", "reason"), [(_NOTICE_WITH_REPLY, "userunknown"), (_NOTICE_WITHOUT_REASON, None)])
def test_a_module_row_without_reply_text_takes_the_one_the_notice_states(
    monkeypatch: pytest.MonkeyPatch, raw: bytes, reason: str | None
) -> None:
    # A format module that finds the recipient but not its reply: the general reader's text for that
    # recipient gives the reason, not "undefined"; a notice that states the failure and no reason is
    # onhold (corpus/LABELING.md: undefined is for no text at all), its reply text left empty.
    from bouncelib._dsn import parse as engine
    from bouncelib._dsn.base import Found, Mail
    from bouncelib._dsn.registry import GENERAL

    class NoReply:
        name = "noreply"

        def parse(self, mail: Mail) -> list[Found] | None:
            return [Found(recipient="bob@example.net", action="failed")]

    monkeypatch.setattr(engine, "detectors", lambda: (NoReply(), *GENERAL))
    (ev,) = parse_message(raw).recipients
    assert ev.detector == "noreply"
    if reason is None:
        assert ev.reply.text == ""
        assert ev.reason.value == "onhold"
    else:
        assert "User unknown" in ev.reply.text
        assert ev.reason.value == reason
        assert ev.hard_bounce is True
