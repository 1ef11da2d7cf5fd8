"""The meanings read for OpenSMTPD 6.8.0p2's own delivery failures, run here in round r41
(corpus/replies/real/r41osmtpd-run.jsonl, corpus/wild/mail/opensmtpd-run-r41-*), each tested in wordings of
our own."""

from __future__ import annotations

import pytest

from bouncelib import parse_reply


@pytest.mark.parametrize(
    "text",
    [
        "bob@example.net: exited abnormally",
        "451 4.3.0 the delivery command exited with status 75",
        "554 5.3.0 local delivery: /usr/local/bin/deliver terminated abnormally",
        "550 5.3.0 Filter script exited with exit code 1",
        "delivery agent returned a non-zero exit status",
    ],
)
def test_a_process_that_exited_with_a_failure_is_the_delivery_program(text: str) -> None:
    assert parse_reply(text).reason.value == "mailererror"


@pytest.mark.parametrize(
    "text",
    [
        'bob@example.net: "mail.lmtp: connect: No such file or directory"',
        "451 4.3.0 lmtp: connect to /run/dovecot/lmtp: No such file or directory",
    ],
)
def test_a_connect_failing_with_enoent_is_a_local_socket(text: str) -> None:
    assert parse_reply(text).reason.value == "systemerror"


def test_a_connect_refused_over_the_network_stays_a_network_error() -> None:
    assert parse_reply("connect to mx.example.net[192.0.2.1]:25: Connection refused").reason.value == "networkerror"


@pytest.mark.parametrize(
    "text",
    [
        'bob@example.net: "mail.maildir: Not a directory"',
        "451 4.3.0 mail.local: /var/mail/bob: Not a directory",
    ],
)
def test_opensmtpds_delivery_programs_failing_on_a_path(text: str) -> None:
    assert parse_reply(text).reason.value == "mailererror"


def test_an_unknown_user_name_is_no_such_recipient() -> None:
    assert parse_reply("550 unknown user name: bob").reason.value == "userunknown"
