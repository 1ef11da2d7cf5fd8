"""Correlator: queue facts flow into outcome records; memory stays bounded."""

from __future__ import annotations

from datetime import timedelta

from bouncelib import Correlator, LogRecord, parse_log_line


def _rec(line: str) -> LogRecord:
    rec = parse_log_line(line, year=2025, tz="UTC")
    assert rec is not None
    return rec


CLIENT = "Mar  6 12:00:00 mx postfix/smtpd[1]: {q}: client=mail.example.com[198.51.100.80]"
MID = "Mar  6 12:00:01 mx postfix/cleanup[2]: {q}: message-id=<m-{q}@example.com>"
QMGR = "Mar  6 12:00:01 mx postfix/qmgr[3]: {q}: from=<news@example.com>, size=4242, nrcpt=2 (queue active)"
DELIVERY = ("{day} 12:00:02 mx postfix/smtp[4]: {q}: to=<b@example.net>, relay=mx.example.net[192.0.2.81]:25, "
            "delay=1, delays=0/0/0.5/0.5, dsn=5.1.1, status=bounced (550 5.1.1 User unknown)")  # fmt: skip
REMOVED = "Mar  6 12:00:03 mx postfix/qmgr[3]: {q}: removed"


def test_feed_enriches_outcomes_only() -> None:
    corr = Correlator()
    for tpl in (CLIENT, MID, QMGR):
        rec = _rec(tpl.format(q="A1B2C3D4E5"))
        assert corr.feed(rec) == rec  # facts are remembered, the record is not changed
    ev = corr.feed(_rec(DELIVERY.format(q="A1B2C3D4E5", day="Mar  6")))
    assert (ev.sender, ev.size, ev.nrcpt, ev.message_id, ev.client_host, ev.client_ip) == (
        "news@example.com", 4242, 2, "m-A1B2C3D4E5@example.com", "mail.example.com", "198.51.100.80",
    )  # fmt: skip
    assert len(corr) == 1
    corr.feed(_rec(REMOVED.format(q="A1B2C3D4E5")))
    assert len(corr) == 0
    late = corr.feed(_rec(DELIVERY.format(q="A1B2C3D4E5", day="Mar  6")))
    assert late.sender is None  # removed entries are forgotten


def test_own_fields_win_over_queue_facts() -> None:
    corr = Correlator()
    corr.feed(_rec(QMGR.format(q="0B1C2D3E4F")))
    rej = corr.feed(_rec(
        "Mar  6 12:00:02 mx postfix/cleanup[2]: 0B1C2D3E4F: milter-reject: END-OF-MESSAGE from "
        "mail.example.com[198.51.100.50]: 4.7.1 Try again later; from=<other@example.com> to=<j@example.org> "
        "proto=ESMTP helo=<mail.example.com>"
    ))  # fmt: skip
    assert (rej.sender, rej.size, rej.client_ip) == ("other@example.com", 4242, "198.51.100.50")


def test_bounded_by_count() -> None:
    corr = Correlator(max_open=10)
    for i in range(100):
        corr.feed(_rec(QMGR.format(q=f"{i:010X}")))
    assert len(corr) == 10
    assert corr.evicted == 90
    assert corr.feed(_rec(DELIVERY.format(q=f"{99:010X}", day="Mar  6"))).sender == "news@example.com"
    assert corr.feed(_rec(DELIVERY.format(q=f"{0:010X}", day="Mar  6"))).sender is None


def test_bounded_by_age() -> None:
    corr = Correlator(max_age=timedelta(days=1))
    corr.feed(_rec(QMGR.format(q="AAAAAAAAAA")))
    corr.feed(_rec(QMGR.format(q="BBBBBBBBBB").replace("Mar  6", "Mar  9")))
    assert len(corr) == 1
    assert corr.evicted == 1
    assert [qid for qid, _entry in corr.flush()] == ["BBBBBBBBBB"]
    assert len(corr) == 0


def test_the_correlated_fields_are_the_six_queue_facts() -> None:
    from bouncelib._log import correlate

    assert LogRecord._fields[correlate._FIRST : correlate._LAST] == (
        "sender", "size", "nrcpt", "message_id", "client_host", "client_ip",
    )  # fmt: skip
