"""The meanings read for round 53's real MTA runs (corpus/wild/mail/*-run-r53-*: Exim and chasquid relaying a
refusal by the recipient's domain, OpenSMTPD's own delivery programs failing on a missing path), each tested in
wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import parse_reply


@pytest.mark.parametrize(
    "text",
    [
        "550 5.4.1 Refused by the destination domain's policy",
        "541 5.4.1 Message rejected by the destination domain",
        "554 Message declined by destination domain",
    ],
)
def test_a_refusal_by_the_recipients_own_domain_is_the_recipients_choice(text: str) -> None:
    # The recipient's side refused it (its domain's own rule), whatever the X.4.1 network status says.
    assert parse_reply(text).reason.value == "filtered"


def test_a_domain_that_does_not_exist_is_not_a_domain_refusal() -> None:
    assert parse_reply("550 5.1.2 The destination domain does not exist").reason.value == "hostunknown"


@pytest.mark.parametrize(
    "text",
    [
        'carol@example.org: "mail.maildir: No such file or directory"',
        "451 4.3.0 mail.mboxfile: /home/carol/mbox.d/inbox: No such file or directory",
        "procmail: /home/carol/.procmailrc: No such file or directory",
    ],
)
def test_a_delivery_program_failing_on_a_missing_path_is_the_program(text: str) -> None:
    assert parse_reply(text).reason.value == "mailererror"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("No such file or directory", "networkerror"),
        ('carol@example.org: "mail.lmtp: connect: No such file or directory"', "systemerror"),
    ],
)
def test_a_missing_path_with_no_delivery_program_named_keeps_its_reading(text: str, reason: str) -> None:
    assert parse_reply(text).reason.value == reason
