"""Round r79plog: Postfix log shapes and wordings that logwatch's and SEKOIA's parser test data showed misread.

Each test names a meaning, not one corpus line: the wordings here differ from the corpus rows that taught them.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_log_line, parse_reply

_HEAD = "Dec  7 12:00:00 mail "


def _record(line: str) -> dict[str, object]:
    rec = parse_log_line(line, year=2025, tz="UTC")
    assert rec is not None
    return dict(rec.to_record())


def test_a_soft_bounce_pasted_without_its_syslog_tag_is_still_a_delivery() -> None:
    # soft_bounce=yes logs status=SOFTBOUNCE where a bounce would be; without the tag the line was dropped.
    rec = _record("9AB12C34D5: to=<user@example.org>, relay=none, delay=0.3, delays=0.1/0/0.2/0, dsn=4.1.1, "
                  "status=SOFTBOUNCE (host mx.example.org[192.0.2.9] said: 550 5.1.1 No such user here "
                  "(in reply to RCPT TO command))")
    assert rec["kind"] == "delivery"
    assert rec["status"] == "SOFTBOUNCE"
    assert rec["reason"] == "userunknown"


def test_a_cached_sasl_failure_of_our_client_is_a_remote_security_error() -> None:
    rec = _record(_HEAD + "postfix/smtp[77]: 1A2B3C4D5E: SASL [CACHED] authentication failed; server "
                  "smtp.example.net[198.51.100.4] said: 535 5.7.8 Bad credentials")
    assert rec["kind"] == "remote"
    assert rec["reason"] == "securityerror"


@pytest.mark.parametrize("text", [
    "warning: timeout on private/tlsmgr while reading input attribute data",
    "warning: premature end-of-input on public/showq while reading input attribute name",
    "warning: problem talking to service bounce: Connection reset by peer",
    "warning: 4F2A1B3C: write timeout on cleanup socket",
    "warning: 5D6E7F8091: write queue file: Connection timed out",
])
def test_trouble_with_the_mail_systems_own_daemons_is_a_system_error(text: str) -> None:
    # Time-outs and resets on Postfix's internal sockets are the local mail system, never the network.
    rec = _record(_HEAD + "postfix/smtpd[88]: " + text)
    assert rec["reason"] == "systemerror"


def test_a_remote_connect_time_out_stays_a_network_error() -> None:
    rec = _record(_HEAD + "postfix/smtp[99]: 1A2B3C4D5E: to=<user@example.org>, relay=none, delay=31, "
                  "delays=0/0/31/0, dsn=4.4.1, status=deferred (connect to mx.example.org[192.0.2.7]:25: "
                  "Connection timed out)")
    assert rec["reason"] == "networkerror"


@pytest.mark.parametrize("text", [
    "198.51.100.23: address not listed for hostname host23.example.net",
    "198.51.100.23: hostname host23.example.net verification failed: Name or service not known",
])
def test_a_peer_name_check_behind_the_function_name_is_a_missing_ptr(text: str) -> None:
    # smtpd's reverse-DNS check, its C function named first: not the unknown user or host of its last words.
    rec = _record(_HEAD + "postfix/smtpd[12]: warning: smtpd_peer_init: " + text)
    assert rec["reason"] == "requireptr"
    assert rec["hard_bounce"] is False


def test_the_spf_projects_first_why_page_names_an_spf_failure() -> None:
    # A policy service's refusal at RCPT, as Postfix prefixes it (the page is what names the reason).
    reply = parse_reply("554 5.7.1 <to@example.net>: Recipient address rejected: Please see "
                        "http://spf.pobox.com/why.html?sender=user%40example.org&ip=192.0.2.5&receiver=mx.example.org")
    assert reply.reason.value == "authfailure"
