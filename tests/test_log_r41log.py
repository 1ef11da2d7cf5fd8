"""Log meanings written from the tuning part of round r41log (issue 10 point 6: warnings and session failures
logged by a running Postfix), each tested in a line or wording of our own (not the corpus lines that prompted
them)."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_log_line, parse_reply
from bouncelib._log.record import LogRecord


def _line(text: str) -> LogRecord:
    rec = parse_log_line(text, year=2025, tz="UTC")
    assert rec is not None
    return rec


@pytest.mark.parametrize(
    "msg",
    [
        "server certificate verification failed for mx1.example.net[198.51.100.9]:25: num=62:hostname mismatch",
        "server certificate verification failed for mail.example.org[198.51.100.9]:465: num=10:certificate has "
        "expired",
    ],
)
def test_the_clients_failed_check_of_the_server_certificate_is_tls_towards_the_remote_host(msg: str) -> None:
    out = _line(f"Jan  7 08:09:10 relay postfix/smtp[4321]: {msg}").to_record()
    assert (out["kind"], out["reason"], out["hard_bounce"]) == ("tls", "failedstarttls", False)
    assert (out["remote_ip"], out["client_ip"]) == ("198.51.100.9", None)


@pytest.mark.parametrize("program", ["smtpd", "submission/smtpd", "postscreen"])
def test_a_servers_failed_check_of_a_certificate_names_its_client(program: str) -> None:
    # smtpd's "certificate verification failed for H[ip]" is about the certificate its client presented.
    out = _line(f"Jan  7 08:09:10 mx postfix/{program}[55]: certificate verification failed for "
                "laptop.example.org[192.0.2.44]: unable to get local issuer certificate").to_record()
    assert (out["kind"], out["reason"]) == ("tls", "failedstarttls")
    assert (out["client_host"], out["client_ip"], out["remote_ip"]) == ("laptop.example.org", "192.0.2.44", None)


@pytest.mark.parametrize("why", ["No client certificate presented", "Client certificate not trusted"])
def test_a_session_aborted_for_its_tls_requirement_is_a_tls_failure_of_the_client(why: str) -> None:
    rec = _line(f"Jan  7 08:09:10 mx postfix/smtpd[55]: NOQUEUE: abort: TLS from unknown[192.0.2.45]: {why}")
    out = rec.to_record()
    assert (out["kind"], out["status"], out["reason"], out["hard_bounce"]) == ("tls", "failed", "failedstarttls", False)
    assert (out["client_host"], out["client_ip"]) == ("unknown", "192.0.2.45")


@pytest.mark.parametrize(
    "text",
    [
        "421 4.7.1 relay.example.net Error: No client certificate presented",
        "530 5.7.0 A client certificate is required",
        "454 4.7.0 TLS failed: peer did not return a certificate",
        "550 5.7.1 No peer certificate, mail not accepted",
    ],
)
def test_the_tls_clients_certificate_absent_is_failedstarttls(text: str) -> None:
    # A server requiring a certificate from its TLS client (smtpd_tls_req_ccert, TLS 1.3's certificate_required
    # alert) refuses for TLS, whatever the refusal's frame ("refused to talk to me").
    assert parse_reply(text).reason is Reason.FAILEDSTARTTLS
    rec = _line("Jan  7 08:09:10 relay postfix/smtp[4321]: 0A1B2C3D4E: to=<joe@example.net>, "
                "relay=relay.example.net[198.51.100.10]:25, delay=0.1, delays=0/0/0.1/0, dsn=4.7.1, status=deferred "
                f"(host relay.example.net[198.51.100.10] refused to talk to me: {text})")
    assert rec.to_record()["reason"] == "failedstarttls"


@pytest.mark.parametrize(
    ("msg", "reason"),
    [
        ("warning: unknown[192.0.2.61]: SASL CRAM-MD5 authentication failed: no mechanism available, "
         "sasl_username=(unavailable)", "securityerror"),
        ("warning: Recipient address rate limit exceeded: 9 from unknown[192.0.2.61] for service submission",
         "speeding"),
        ("warning: Connection concurrency limit exceeded: 11 from unknown[192.0.2.61] for service smtp",
         "toomanyconn"),
    ],
)
def test_a_servers_warning_about_a_session_names_the_client(msg: str, reason: str) -> None:
    out = _line(f"Jan  7 08:09:10 mx postfix/smtpd[56]: {msg}").to_record()
    assert (out["kind"], out["reason"]) == ("warning", reason)
    assert (out["client_host"], out["client_ip"]) == ("unknown", "192.0.2.61")


@pytest.mark.parametrize(
    ("msg", "host", "ip"),
    [
        ("warning: relay.example.net[198.51.100.31]:587 offered no supported AUTH mechanisms: 'NTLM'",
         "relay.example.net", "198.51.100.31"),
        ("warning: mx2.example.org[2001:db8::25]:25: TLSA lookup error for mx2.example.org", "mx2.example.org",
         "2001:db8::25"),
    ],
)
def test_an_smtp_clients_warning_led_by_its_server_and_port_names_the_remote_host(msg: str, host: str, ip: str) -> None:
    out = _line(f"Jan  7 08:09:10 relay postfix/smtp[4321]: {msg}").to_record()
    assert out["kind"] == "warning"
    assert (out["remote_host"], out["remote_ip"], out["client_ip"]) == (host, ip, None)


@pytest.mark.parametrize(
    ("program", "msg"),
    [
        ("qmgr", "warning: qmgr_active_corrupt: save corrupt file queue active id 9F8E7D6C5B: Permission denied"),
        ("local", "warning: 9F8E7D6C5B: bad record type: 77 in message content"),
    ],
)
def test_the_sending_hosts_own_queue_file_damaged_is_a_system_error(program: str, msg: str) -> None:
    # A queue file whose records cannot be read is the host's own store failing.
    out = _line(f"Jan  7 08:09:10 relay postfix/{program}[77]: {msg}").to_record()
    assert (out["reason"], out["hard_bounce"]) == ("systemerror", False)
