"""Round r46tune (issue 10): meanings of tuning misses of reason, read whatever the wording; tested in wordings of
our own, with counter-cases."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("421 SMTP authentication failed: daily sending quota exceeded", Reason.SPEEDING),
        ("535 Authentication failed: mailbox storage quota exhausted", Reason.MAILBOXFULL),
        ("454 Authentication failed: account suspended for abuse", Reason.SUSPEND),
    ],
)
def test_a_bare_failure_is_explained_by_the_cause_after_its_colon(text: str, reason: Reason) -> None:
    assert parse_reply(text).reason is reason


@pytest.mark.parametrize(
    "text",
    ["535 5.7.8 Authentication failed", "535 Authentication failed: invalid credentials",
     "535 Authentication failed: authentication failed", "535 Authentication failed. Please try later."],
)
def test_a_bare_failure_with_no_other_cause_stays_what_it_says(text: str) -> None:
    assert parse_reply(text).reason is Reason.SECURITYERROR


@pytest.mark.parametrize(
    "text",
    ["Mail from the sender xxx.xxx.xxx.xxx is banned", "550 sender x.x.x.x has been banned",
     "554 Sender 198.51.xxx.xxx banned"],
)
def test_an_anonymised_ip_is_read_as_an_ip(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.BLOCKED
    assert reply.rule.startswith("concept:CLIENT")


def test_an_anonymised_ip_beside_a_host_name_names_where_the_reply_came_from() -> None:
    reply = parse_reply("550 host mx.example.net[xxx.xxx.xxx.xxx] said: 550 5.1.1 no such mailbox here")
    assert reply.reason is Reason.USERUNKNOWN


def test_x_letters_in_a_dotted_name_are_no_ip() -> None:
    assert "CLIENT" not in parse_reply("553 the sender xxx.example.xxx.org is not allowed").rule


@pytest.mark.parametrize("text", ["qqt failed", "qqt fault"])
def test_qmails_queueing_program_failing_is_the_receivers_system(text: str) -> None:
    assert parse_reply(text).reason is Reason.SYSTEMERROR


def test_qq_alone_is_no_queueing_program() -> None:
    assert parse_reply("550 qq mailbox not found").reason is Reason.USERUNKNOWN
