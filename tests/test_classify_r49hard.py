"""Round r49hard (issue 10): hard/soft verdicts that must not rest on the form of a reply (bench/hard_perturb.py);
tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("550 5.1.1 Delivery refused. Please try again later.", Reason.USERUNKNOWN),
        ("554 5.1.2 Cannot deliver, try again later", Reason.HOSTUNKNOWN),
        ("550 5.1.6 We could not deliver this; please try later", Reason.HASMOVED),
    ],
)
def test_retry_advice_does_not_undo_a_status_saying_the_address_is_bad(text: str, reason: Reason) -> None:
    # The request to retry names no cause; the status names the bad address it was appended to.
    r = parse_reply(text)
    assert (r.reason, r.hard_bounce) == (reason, True)


@pytest.mark.parametrize(
    "text",
    [
        "451 4.7.1 Service unavailable - try again later",  # the service failing for now: the advice's own case
        "550 Requested mailbox unavailable, try again later",  # vague words beside the advice: a passing state
        "421 4.3.0 try again later",
    ],
)
def test_retry_advice_stays_a_temporary_failure_when_nothing_names_the_address(text: str) -> None:
    r = parse_reply(text)
    assert (r.reason, r.hard_bounce) == (Reason.SYSTEMERROR, False)
