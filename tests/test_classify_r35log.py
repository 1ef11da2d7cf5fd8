"""Meanings written from the tuning part of round r35log (issue 10), each tested in a wording of our own (not
the corpus texts that prompted them)."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_log_line, parse_reply


@pytest.mark.parametrize(
    "text",
    [
        "warning: SASL authentication problem: could not open the password table /var/lib/sasl/users.db",
        "SASL authentication problem: internal error while reading the user table",
    ],
)
def test_the_authentication_service_failing_on_its_own_files_is_the_receivers_system(text: str) -> None:
    assert parse_reply(text).reason is Reason.SYSTEMERROR


def test_a_refused_login_stays_a_security_error() -> None:
    # The SASL library's failure level is a login refused, not the service broken.
    assert parse_reply("warning: SASL authentication failure: Password verification failed").reason is (
        Reason.SECURITYERROR
    )


def test_a_sasl_problem_line_of_smtpd_is_a_system_error() -> None:
    rec = parse_log_line("Mar  3 10:00:00 mx postfix/smtpd[70]: warning: SASL authentication problem: unable to "
                         "open the secrets file /etc/sasl2/secrets.db: No such file or directory")  # fmt: skip
    assert rec is not None
    assert rec.kind == "warning"
    assert rec.to_record()["reason"] == "systemerror"
