"""Meanings written from the tuning misses of the errors mail-sending clients log (round r62cli: the tuning rows of
corpus/replies/real/r62-r62cli-clients.jsonl), each tested in wordings of our own. Every test checks the rule that
decided, so that none passes through a model guess."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


def test_a_version_number_in_a_file_path_is_no_status() -> None:
    # A backtrace line before the error: "5.0.2" between two "/" is a directory's name, not a 2.x.x success status.
    r = parse_reply("/opt/app/gems/5.0.2/lib/mailer.rb:12:in `deliver': Connection refused - connect(2)")
    assert r.enhanced_status is None
    assert r.reason is Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "tls: the wrong certificate was presented by smtp.example.org",
    "wrong server certificate",
])
def test_a_certificate_said_to_be_the_wrong_one(text: str) -> None:
    r = parse_reply(text)
    assert (r.reason, r.rule) == (Reason.FAILEDSTARTTLS, "concept:CERT+WRONG")


def test_a_certificate_named_with_whose_it_is_then_judged() -> None:
    # Five words between the certificate and its verdict ("for the relay host is").
    r = parse_reply("The certificate for the relay host is not valid")
    assert r.reason is Reason.FAILEDSTARTTLS
    assert r.rule.startswith("concept:CERT+")


@pytest.mark.parametrize("text", [
    "Cannot authenticate to smtp.example.org using the stored password",
    "We were not able to authenticate this session",
])
def test_logging_in_said_to_be_impossible(text: str) -> None:
    r = parse_reply(text)
    assert (r.reason, r.rule) == (Reason.SECURITYERROR, "concept:SMTPAUTH+CANNOT")


def test_a_limit_of_what_may_be_sent_in_a_single_span() -> None:
    r = parse_reply("Your account hit its limit of emails that can go out in a single hour")
    assert (r.reason, r.rule) == (Reason.SPEEDING, "concept:LIMIT_WORD+ONE_SPAN")


def test_a_bare_refusal_quoted_by_pythons_smtplib() -> None:
    # The exception's name and the bytes literal's "b" are the client's framing: the reply names no cause.
    r = parse_reply("smtplib.SMTPDataError: (554, b'Your mail was refused')")
    assert (r.reason, r.rule) == (Reason.ONHOLD, "concept:MESSAGE+REFUSED;unstated")
