# ruff: noqa: PLW0108 - the lambdas defer building each multi-megabyte input until its case runs
"""Pathological inputs for every entry point, shared by tests/test_hostile.py and bench/bench_pathological.py.

Each `Case` builds its input once (`build`), runs one entry point on it (`run`) and checks the
*outcome* (`check`): the right events, the raw text kept, a defect recorded.  ``bound_s`` is the
documented time bound (docs/robustness.md); the test only enforces a 10 s safety cap so that a
hang fails instead of blocking the suite, and the bench prints the measured time against the bound.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import bouncelib
from bouncelib.limits import limits

MB = 1 << 20


@dataclass(frozen=True)
class Case:
    name: str
    entry: str
    build: Callable[[], Any]
    run: Callable[[Any], Any]
    check: Callable[[Any, Any], None]
    bound_s: float = 1.0
    needs_log: bool = False


def _log() -> Any:
    import bouncelib._log as log  # the log front end (exported from bouncelib once it lands)

    return log


# -- parse_reply ------------------------------------------------------------------------------------


def _reply_keeps_text(inp: str, r: bouncelib.Reply) -> None:
    assert isinstance(r, bouncelib.Reply)
    assert r.text == inp
    assert type(r).model_validate_json(r.model_dump_json()) == r


def _reply_550_511(inp: str, r: bouncelib.Reply) -> None:
    _reply_keeps_text(inp, r)
    assert r.smtp_code == 550
    assert str(r.enhanced_status) == "5.1.1"


REPLY_CASES = [
    Case(
        "reply: 1 MB line after the codes",
        "parse_reply",
        lambda: "550 5.1.1 " + "x" * MB,
        bouncelib.parse_reply,
        _reply_550_511,
    ),
    Case(
        "reply: 1 MB of spaces inside",
        "parse_reply",
        lambda: "550 5.1.1 user" + " " * MB + "unknown",
        bouncelib.parse_reply,
        _reply_550_511,
    ),
    Case(
        "reply: 100k x 'blocked using '",
        "parse_reply",
        lambda: "554 5.7.1 " + "blocked using " * 100_000,
        bouncelib.parse_reply,
        _reply_keeps_text,
    ),
    Case(
        "reply: 100k x '550 5.1.1 '",
        "parse_reply",
        lambda: "550 5.1.1 " * 100_000,
        bouncelib.parse_reply,
        _reply_550_511,
    ),
    Case(
        "reply: 100k x 'a@'",
        "parse_reply",
        lambda: "550 5.1.1 " + "a@" * 100_000,
        bouncelib.parse_reply,
        _reply_550_511,
    ),
    Case(
        "reply: 100k x 'http://'",
        "parse_reply",
        lambda: "550 5.7.1 see " + "http://" * 100_000,
        bouncelib.parse_reply,
        _reply_keeps_text,
    ),
    Case(
        "reply: 100k unbalanced '('",
        "parse_reply",
        lambda: "550 5.1.1 " + "(" * 100_000 + "user unknown",
        bouncelib.parse_reply,
        _reply_550_511,
    ),
    Case(
        "reply: 100k unbalanced ')'",
        "parse_reply",
        lambda: "550 5.1.1 user unknown" + ")" * 100_000,
        bouncelib.parse_reply,
        _reply_550_511,
    ),
    Case(
        "reply: 100k x 'host h[' (said: prefixes)",
        "parse_reply",
        lambda: "host mx.example.org[" * 100_000 + "203.0.113.5] said: 550 5.1.1 user unknown",
        bouncelib.parse_reply,
        _reply_keeps_text,
    ),
    Case(
        "reply: NUL bytes",
        "parse_reply",
        lambda: "550 5.1.1 \x00user\x00 unknown\x00" * 1000,
        bouncelib.parse_reply,
        _reply_550_511,
    ),
    Case(
        "reply: 200k x '5.' (status-like)",
        "parse_reply",
        lambda: "550 " + "5." * 200_000,
        bouncelib.parse_reply,
        _reply_keeps_text,
    ),
]

# -- parse_log_line / read_log ---------------------------------------------------------------------------

_PRE = "Mar  3 09:14:07 mx1 postfix/smtp[4242]: 3F2A1B4C5D: "
_DELIVERY = (
    _PRE + "to=<bob@example.org>, relay=mx.example.org[203.0.113.25]:25, delay=1.2, "
    "delays=0.1/0.01/0.5/0.6, dsn=5.1.1, status=bounced (host mx.example.org[203.0.113.25] said: "
    "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command))"
)


def _line(inp: str) -> Any:
    return _log().parse_log_line(inp, year=2026, tz="UTC")


def _line_record(inp: str, rec: Any) -> None:
    assert rec is not None, "a Postfix line must give a record"
    assert rec.raw == inp
    model = rec.to_model()
    assert type(model).model_validate_json(model.model_dump_json()) == model


def _line_bounced(inp: str, rec: Any) -> None:
    _line_record(inp, rec)
    assert rec.kind == "delivery"
    assert rec.status == "bounced"
    assert rec.recipient == "bob@example.org"


def _read(lines: list[str]) -> tuple[list[Any], Any]:
    reader = _log().read_log(iter(lines), year=2026, tz="UTC", kinds="all")
    return list(reader), reader.stats


def _accounting(n_lines: int, records: int | None = None) -> Callable[[Any, Any], None]:
    def check(inp: Any, out: Any) -> None:
        recs, st = out
        assert st.lines == n_lines
        assert st.lines == st.records + st.unrecognised + st.not_postfix
        assert len(recs) == st.records + st.unrecognised
        if records is not None:
            assert st.records == records

    return check


def _ten_k_recipients(inp: Any, out: Any) -> None:
    recs, st = out
    assert st.lines == 10_000
    got = [r.recipient for r in recs if r.kind == "delivery"]
    assert got == [f"user{i}@example.org" for i in range(10_000)]


LOG_CASES = [
    Case(
        "log: 1 MB reply in a delivery line",
        "parse_log_line",
        lambda: _DELIVERY.replace("User unknown", "User unknown " + "x" * MB),
        _line,
        _line_bounced,
    ),
    Case(
        "log: 1 MB line of '('",
        "parse_log_line",
        lambda: _PRE + "to=<bob@example.org>, status=bounced " + "(" * MB,
        _line,
        _line_bounced,
    ),
    Case("log: 100k x 'to=<'", "parse_log_line", lambda: _PRE + "to=<" * 100_000, _line, _line_record),
    Case(
        "log: 100k x 'relay=a['",
        "parse_log_line",
        lambda: _PRE + "to=<bob@example.org>, relay=" + "a[" * 100_000 + ", status=bounced (x)",
        _line,
        _line_bounced,
    ),
    Case(
        "log: 100k unbalanced ')' after the reply",
        "parse_log_line",
        lambda: _DELIVERY + ")" * 100_000,
        _line,
        _line_bounced,
    ),
    Case(
        "log: 1 MB syslog tag",
        "parse_log_line",
        lambda: "Mar  3 09:14:07 mx1 " + "postfix/" * 130_000 + "smtp[1]: x",
        _line,
        lambda i, r: None if r is None else _line_record(i, r),
    ),
    Case(
        "log: NUL bytes",
        "parse_log_line",
        lambda: _DELIVERY.replace("User unknown", "User\x00 unknown\x00"),
        _line,
        _line_bounced,
    ),
    Case(
        "log: 10k recipients of one queue id",
        "read_log",
        lambda: [_DELIVERY.replace("bob@example.org", f"user{i}@example.org") for i in range(10_000)],
        _read,
        _ten_k_recipients,
    ),
    Case(
        "log: 1 MB line between two lines",
        "read_log",
        lambda: [_DELIVERY, "Mar  3 09:14:08 mx1 postfix/smtp[4242]: warning: " + "y" * MB, _DELIVERY],
        _read,
        _accounting(3, records=3),
    ),
    Case(
        "log: 100k blank and garbage lines",
        "read_log",
        lambda: ["", "\x00", "]: ", "((((", "junk"] * 20_000,
        _read,
        _accounting(100_000),
    ),
]
for _c in LOG_CASES:
    object.__setattr__(_c, "needs_log", True)

# -- parse_message / read_mailbox -------------------------------------------------------------------------

_HDR = (
    "From: MAILER-DAEMON@mx1.example.com (Mail Delivery System)\nTo: alice@example.com\n"
    "Subject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n"
)


def _dsn(n: int, *, notice: str = "Delivery failed.\n", notice_type: str = "text/plain; charset=us-ascii") -> str:
    blocks = "".join(
        f"\nFinal-Recipient: rfc822; user{i}@example.org\nAction: failed\nStatus: 5.1.1\n"
        f"Diagnostic-Code: smtp; 550 5.1.1 <user{i}@example.org>: User unknown\n"
        for i in range(n)
    )
    return (
        _HDR + 'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\n\n'
        f"--B\nContent-Type: {notice_type}\n\n{notice}\n--B\nContent-Type: message/delivery-status\n\n"
        f"Reporting-MTA: dns; mx1.example.com\n{blocks}\n--B--\n"
    )


def _msg(inp: Any) -> bouncelib.BounceReport:
    return bouncelib.parse_message(inp)


def _report_ok(inp: Any, r: bouncelib.BounceReport) -> None:
    assert isinstance(r, bouncelib.BounceReport)
    assert type(r).model_validate_json(r.model_dump_json()) == r


def _recipients(n: int) -> Callable[[Any, bouncelib.BounceReport], None]:
    def check(inp: Any, r: bouncelib.BounceReport) -> None:
        _report_ok(inp, r)
        assert [e.recipient for e in r.recipients] == [f"user{i}@example.org" for i in range(n)]
        assert all(e.reply is not None and e.reply.smtp_code == 550 for e in r.recipients)

    return check


def _found(*addresses: str) -> Callable[[Any, bouncelib.BounceReport], None]:
    def check(inp: Any, r: bouncelib.BounceReport) -> None:
        _report_ok(inp, r)
        assert [e.recipient for e in r.recipients] == list(addresses)

    return check


def _not_bounce(inp: Any, r: bouncelib.BounceReport) -> None:
    _report_ok(inp, r)
    assert r.kind == bouncelib.BounceKind.NOT_BOUNCE
    assert r.recipients == ()


def _nested(depth: int, inner: str) -> str:
    opens = "".join(f'Content-Type: multipart/mixed; boundary="n{i}"\n\n--n{i}\n' for i in range(depth))
    closes = "".join(f"\n--n{i}--" for i in reversed(range(depth)))
    return _HDR + opens + inner + closes + "\n"


def _nested_dsn_beside(depth: int) -> str:
    # A real DSN whose first part holds `depth` levels of nesting: the DSN beside it must still be read.
    deep = _nested(depth, "Content-Type: text/plain\n\nbottom\n").removeprefix(_HDR)
    return _dsn(1).replace("--B\nContent-Type: text/plain; charset=us-ascii\n\nDelivery failed.\n", "--B\n" + deep, 1)


def _defect(name: str, n: int | None = None) -> Callable[[Any, bouncelib.BounceReport], None]:
    def check(inp: Any, r: bouncelib.BounceReport) -> None:
        _report_ok(inp, r)
        assert name in r.defects
        if n is not None:
            assert [e.recipient for e in r.recipients] == [f"user{i}@example.org" for i in range(n)]

    return check


def _subject_len(at_least: int) -> Callable[[Any, bouncelib.BounceReport], None]:
    def check(inp: Any, r: bouncelib.BounceReport) -> None:
        _report_ok(inp, r)
        assert r.subject is not None
        assert len(r.subject) >= at_least

    return check


def _with_limits(fn: Callable[[Any], Any], **kw: int) -> Callable[[Any], Any]:
    def run(inp: Any) -> Any:
        with limits(**kw):
            return fn(inp)

    return run


def _fallback_after_noise() -> bytes:
    # A bounce only flufl.bounce reads (smail wording), followed by 500k short lines.
    body = (
        "Failed addresses follow:\n---------------------\n user0@example.org ... unknown user\n"
        "---------------------\nMessage text follows:\n"
    )
    return (_HDR + "\n" + body + "x\n" * 500_000).encode()


MAIL_CASES = [
    Case("mail: 10k recipients", "parse_message", lambda: _dsn(10_000).encode(), _msg, _recipients(10_000)),
    Case(
        "mail: 10k recipients, CR-only",
        "parse_message",
        lambda: _dsn(10_000).replace("\n", "\r").encode(),
        _msg,
        _recipients(10_000),
    ),
    Case(
        "mail: 10k recipients, mixed endings",
        "parse_message",
        lambda: "".join(ln + ("\r\n", "\n", "\r")[i % 3] for i, ln in enumerate(_dsn(10_000).split("\n"))).encode(),
        _msg,
        _recipients(10_000),
    ),
    Case(
        "mail: 1,000-level multipart nesting",
        "parse_message",
        lambda: _nested(1000, "Content-Type: text/plain\n\nhi\n").encode(),
        _msg,
        _not_bounce,
    ),
    Case(
        "mail: 1,000-level nesting beside a DSN",
        "parse_message",
        lambda: _nested_dsn_beside(1000).encode(),
        _msg,
        _recipients(1),
    ),
    Case(
        "mail: 1,000-level message/rfc822 nesting",
        "parse_message",
        lambda: (_HDR + "Content-Type: message/rfc822\n\n" * 1000 + "Subject: x\n\nhi\n").encode(),
        _msg,
        _not_bounce,
    ),
    Case(
        "mail: 100k boundary lines",
        "parse_message",
        lambda: (_HDR + "Content-Type: multipart/mixed; boundary=B\n\n" + "--B\n" * 100_000).encode(),
        _msg,
        _defect("TooManyPartsDefect"),
    ),
    Case(
        "mail: 1 MB Subject",
        "parse_message",
        lambda: (_HDR.replace("Subject: ", "Subject: " + "s" * MB) + "\nhi\n").encode(),
        _msg,
        _subject_len(MB),
    ),
    Case(
        "mail: 1 MB folded header",
        "parse_message",
        lambda: (_HDR + "X-Long: a\n" + " b\n" * (MB // 3) + "\nhi\n").encode(),
        _msg,
        _report_ok,
    ),
    Case(
        "mail: 100k header lines",
        "parse_message",
        lambda: (_HDR + "X-A: b\n" * 100_000 + "\nhi\n").encode(),
        _msg,
        _report_ok,
    ),
    Case("mail: 1 MB of NUL bytes", "parse_message", lambda: b"\x00" * MB, _msg, _not_bounce),
    Case(
        "mail: NULs inside a 1k-recipient DSN",
        "parse_message",
        lambda: (
            _dsn(1000).replace("Action: failed\n", "Action: failed\x00\n").replace("Delivery", "Deli\x00very").encode()
        ),
        _msg,
        _recipients(1000),
    ),
    Case(
        "mail: bogus charset on 1 MB of 8-bit text",
        "parse_message",
        lambda: _dsn(10, notice="\u00e9\u00fc" * (MB // 4), notice_type="text/plain; charset=x-bogus").encode(),
        _msg,
        _recipients(10),
    ),
    Case(
        "mail: undeclared charset, Latin-1 bytes",
        "parse_message",
        lambda: _dsn(10, notice="r\u00e9sum\u00e9 " * 50_000, notice_type="text/plain").encode("latin-1"),
        _msg,
        _recipients(10),
    ),
    Case(
        "mail: 100k undecodable RFC 2047 words",
        "parse_message",
        lambda: _dsn(10).replace("Subject: Undelivered Mail", "Subject: " + "=?x-bogus?B?!!?= " * 100_000).encode(),
        _msg,
        _recipients(10),
    ),
    Case(
        "mail: 1 MB single-line body",
        "parse_message",
        lambda: (_HDR + "\n" + "a" * MB + "\n").encode(),
        _msg,
        _not_bounce,
    ),
    Case(
        "mail: 1 MB broken base64 notice",
        "parse_message",
        lambda: _dsn(
            10, notice="!@#$" * (MB // 4), notice_type="text/plain\nContent-Transfer-Encoding: base64"
        ).encode(),
        _msg,
        _recipients(10),
    ),
    Case(
        "mail: 1 MB broken quoted-printable notice",
        "parse_message",
        lambda: _dsn(
            10, notice="=Z" * (MB // 2), notice_type="text/plain\nContent-Transfer-Encoding: quoted-printable"
        ).encode(),
        _msg,
        _recipients(10),
    ),
    Case(
        "mail: 1 MB base64 of a 10-recipient notice",
        "parse_message",
        lambda: _dsn(
            10,
            notice=base64.encodebytes(b"x" * (3 * MB // 4)).decode(),
            notice_type="text/plain\nContent-Transfer-Encoding: base64",
        ).encode(),
        _msg,
        _recipients(10),
    ),
    Case(
        "mail: fallback bounce + 500k short lines",
        "parse_message",
        _fallback_after_noise,
        _msg,
        _found("user0@example.org"),
    ),
    Case(
        "mail: 100k blank lines in the notice",
        "parse_message",
        lambda: _dsn(10, notice="Delivery failed.\n" + "\n" * 100_000 + "end\n").encode(),
        _msg,
        _recipients(10),
    ),
    Case(
        "mail: 100k-character whitespace line in the notice",
        "parse_message",
        lambda: _dsn(10, notice="\t " * 50_000 + "\n" + " " * 100_000 + "x\n").encode(),
        _msg,
        _recipients(10),
    ),
    Case(
        "mail: fallback bounce + a 100k-character line",
        "parse_message",
        lambda: _fallback_after_noise().replace(b"x\n" * 500_000, b"a-b." * 25_000 + b"\n"),
        _msg,
        _found("user0@example.org"),
    ),
    Case(
        "mail: 300k-character Final-Recipient",
        "parse_message",
        lambda: _dsn(2).replace("rfc822; user1@example.org", "rfc822; " + "a" * 300_000).encode(),
        _msg,
        _found("user0@example.org", "a" * 300_000),  # the field's text is kept as the recipient
    ),
    Case(
        "mail: 20k-label Remote-MTA",
        "parse_message",
        lambda: (
            _dsn(2).replace("Action: failed\n", "Action: failed\nRemote-MTA: dns; " + "5." * 20_000 + "\n").encode()
        ),
        _msg,
        _recipients(2),
    ),
    Case(
        "mail: 100k '(' in the returned From",
        "parse_message",
        lambda: (
            _dsn(2)
            .replace(
                "\n--B--",
                "\n--B\nContent-Type: text/rfc822-headers\n\nFrom: " + "(" * 100_000 + "\nSubject: x\n\n--B--",
            )
            .encode()
        ),
        _msg,
        _recipients(2),
    ),
    Case(
        "mail: str input with lone surrogates",
        "parse_message",
        lambda: _dsn(3).replace("Delivery failed.", "Delivery \ud800\udfff\udc80 failed."),
        _msg,
        _recipients(3),
    ),
    Case(
        # r42kind: an absence sentence repeated with no end of the absence (ABSENT_UNTIL's bounded gap, the text's top).
        "mail: 100k 'I am on vacation' with no 'until'",
        "parse_message",
        lambda: ("From: bob@example.org\nSubject: x\n\n" + "I am on vacation and " * 100_000).encode(),
        _msg,
        _not_bounce,
    ),
    Case(
        # r42kind: a plain sender's notice whose 100k-word Subject says a message failed, with no such body sentence.
        "mail: 100k-word failure Subject from a plain sender",
        "parse_message",
        lambda: (
            "From: mail@example.org\nSubject: " + "message could not be delivered " * 20_000 + "\n\nhello\n"
        ).encode(),
        _msg,
        _not_bounce,
    ),
    Case(
        "mail: depth limit 3 keeps nested text",
        "parse_message",
        lambda: _nested(10, "Content-Type: text/plain\n\nhi\n").encode(),
        _with_limits(_msg, mime_depth=3),
        _not_bounce,
    ),
    Case(
        "mail: mime_parts=2 keeps the rest as text",
        "parse_message",
        lambda: (_HDR + "Content-Type: multipart/mixed; boundary=B\n\n" + "--B\n\nx\n" * 10 + "--B--\n").encode(),
        _with_limits(_msg, mime_parts=2),
        _defect("TooManyPartsDefect"),
    ),
]


def _mbox(inp: bytes) -> list[bouncelib.BounceReport]:
    import io

    return list(bouncelib.read_mailbox(io.BytesIO(inp)))


def _mbox_reports(n: int, recipients: int = 2) -> Callable[[Any, Any], None]:
    def check(inp: Any, reps: list[bouncelib.BounceReport]) -> None:
        assert len(reps) == n
        for r in reps:
            assert [e.recipient for e in r.recipients] == [f"user{i}@example.org" for i in range(recipients)]

    return check


MBOX_CASES = [
    Case(
        "mbox: 2,000 messages of 5 recipients",
        "read_mailbox",
        lambda: "".join(f"From MAILER-DAEMON Tue Mar  3 09:14:07 2026\n{_dsn(5)}\n" for _ in range(2000)).encode(),
        _mbox,
        _mbox_reports(2000, recipients=5),
        bound_s=2.0,
    ),
    Case(
        "mbox: 1 MB line in a message",
        "read_mailbox",
        lambda: ("From MAILER-DAEMON Tue Mar  3 09:14:07 2026\n" + _dsn(2, notice="n" * MB)).encode(),
        _mbox,
        _mbox_reports(1),
    ),
    Case(
        "mbox: 10k '>From ' body lines",
        "read_mailbox",
        lambda: ("From MAILER-DAEMON Tue Mar  3 09:14:07 2026\n" + _dsn(2, notice=">From x\n" * 10_000)).encode(),
        _mbox,
        _mbox_reports(1),
    ),
]

ALL_CASES = REPLY_CASES + LOG_CASES + MAIL_CASES + MBOX_CASES
