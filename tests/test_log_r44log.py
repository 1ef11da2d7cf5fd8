"""Round r44log: Postfix lines of TLS-policy plugins, own lookup tables and daemons, pasted without a header.

Every case here is a wording of our own (other destinations, hosts, ids, errors) of a meaning the round's
real lines showed; each fails without the round's change.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_log_line, parse_reply

HEAD = "Mar  3 10:00:00 mx1 postfix/smtp[4242]: "


def _record(line: str) -> dict[str, object]:
    rec = parse_log_line(line, year=2025, tz="UTC")
    assert rec is not None, line
    return rec.to_record()


@pytest.mark.parametrize("text", [
    "client TLS configuration problem",
    "TLS policy lookup for example.org/mx2.example.org: client TLS configuration problem",
    "non DNSSEC destination",
    "no TLSA records found",
])
def test_tls_that_cannot_be_set_up_as_the_policy_requires_is_failedstarttls(text: str) -> None:
    assert parse_reply(text).reason.value == "failedstarttls"


@pytest.mark.parametrize(("message", "reason"), [
    # The policy table's entry unusable for the destination: TLS as required cannot be set up.
    ('warning: smtp_tls_policy_maps, next-hop destination "example.net": invalid attribute name: "policy_ttl"',
     "failedstarttls"),
    ('warning: smtp_tls_policy_maps, next-hop destination "example.net": malformed attribute/value pair "x": '
     "missing '=' after attribute name", "failedstarttls"),
    # The table itself failing: the sending system's own lookup.
    ('warning: smtp_tls_policy_maps, next-hop destination "example.net": policy table lookup error', "systemerror"),
    ("warning: relay_domains: proxy:pgsql:/etc/postfix/relay.cf: table lookup problem", "systemerror"),
    # A daemon's trouble with another daemon of the same system.
    ("warning: private/lmtp socket: malformed response", "systemerror"),
    ("warning: transport relay failure -- see a previous warning/fatal/panic logfile record for the problem "
     "description", "systemerror"),
])
def test_own_tables_daemons_and_tls_policy_warnings(message: str, reason: str) -> None:
    rec = _record(HEAD.replace("smtp[", "qmgr[") + message if "socket" in message or "transport" in message
                  else HEAD + message)
    assert rec["kind"] == "warning"
    assert rec["reason"] == reason
    assert rec["hard_bounce"] is False


def test_a_domain_and_its_host_joined_by_a_slash_are_no_delisting_page() -> None:
    rec = _record(HEAD + "warning: TLS policy lookup for example.com/mx.example.com: client TLS configuration problem")
    assert rec["reason"] == "failedstarttls"
    assert rec["delist"] == []
    # A real path after a host stays a contact.
    reply = parse_reply("554 5.7.1 Client host blocked; see example.com/blocked/check?ip=192.0.2.1")
    assert "example.com/blocked/check?ip=192.0.2.1" in reply.delist


@pytest.mark.parametrize(("line", "kind", "reason"), [
    ("to=<someone@example.org>, relay=mx.example.org[192.0.2.9]:25, delay=1.1, delays=0.1/0/0.5/0.5, dsn=2.0.0, "
     "status=sent (250 2.0.0 accepted)", "delivery", "delivered"),
    ("to=<someone@example.org>, relay=none, delay=3, delays=0.1/0/2.9/0, dsn=4.7.5, status=deferred "
     "(non DNSSEC destination)", "delivery", "failedstarttls"),
    ("connect to mx.example.org[198.51.100.7]:25: Connection refused", "remote", "networkerror"),
    ("warning: TLS policy lookup for example.org/mx.example.org: client TLS configuration problem", "warning",
     "failedstarttls"),
    ('warning: smtp_tls_policy_maps, next-hop destination "example.org": attribute "match" has empty value',
     "warning", "failedstarttls"),
    ("warning: table socketmap:unix:/run/policy.sock:query lookup error: Connection refused", "warning",
     "systemerror"),
])
def test_postfix_messages_pasted_without_header_are_read(line: str, kind: str, reason: str) -> None:
    rec = _record(line)
    assert rec["kind"] == kind
    assert rec["reason"] == reason


def test_other_headerless_text_stays_none() -> None:
    # Nothing of Postfix's own grammar: not known to be a Postfix line.
    assert parse_log_line("connect to the database failed", year=2025, tz="UTC") is None
    assert parse_log_line("to=<a@example.org> was mentioned", year=2025, tz="UTC") is None


@pytest.mark.parametrize("message", [
    "> mx.example.net[198.51.100.3]:25: RCPT TO:<someone@example.net>",
    "< unknown[192.0.2.44]: QUIT",
    "smtpd_check_rewrite: trying: permit_inet_interfaces",
    "milter8_conversation: milter inet:127.0.0.1:8892: EOH",
    "public/cleanup socket: wanted attribute: queue_id",
    "input attribute value: 1",
])
def test_a_daemons_verbose_trace_is_debug_info_not_unrecognised(message: str) -> None:
    rec = _record("Mar  3 10:00:00 mx1 postfix/smtpd[77]: " + message)
    assert (rec["kind"], rec["status"], rec["reason"]) == ("info", "debug", None)


def test_a_tag_pasted_without_its_colon_before_a_severity_is_still_read() -> None:
    rec = _record("postfix/cleanup warning: database /etc/postfix/virtual.db is older than source file")
    assert rec["kind"] == "warning"
    assert rec["program"] == "postfix/cleanup"
    # Any other word after a colonless tag is not a Postfix message.
    assert parse_log_line("postfix/cleanup says hello", year=2025, tz="UTC") is None
