"""Round 33 (issue 10): meanings for the doubtful wordings settled in corpus/LABELING.md, in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import parse_reply
from bouncelib._vocab import Reason


@pytest.mark.parametrize(
    "text",
    [
        # The null reverse-path refused: RFC 5321 4.5.5 requires it of notifications, a kind of message.
        "550 Null senders are refused on this host",
        "553 5.7.1 Mail with an empty envelope sender is prohibited here",
        # A recipient (a list) that takes no reports: the site's rule on that kind of message.
        "550 <news@example.org> does not accept bounces",
    ],
)
def test_the_null_reverse_path_refused_is_the_sites_policy(text: str) -> None:
    assert parse_reply(text).reason is Reason.POLICYVIOLATION


@pytest.mark.parametrize(
    "text",
    [
        "421 4.7.0 too many failed recipients in this session, goodbye",
        "550 Dropped: too many rejected recipients",
    ],
)
def test_a_count_of_recipients_refused_in_the_session_is_the_client_refused(text: str) -> None:
    assert parse_reply(text).reason is Reason.BLOCKED


def test_unauthenticated_mail_from_the_clients_network_is_the_host_refused() -> None:
    assert parse_reply("554 No unauthenticated mail accepted from your network").reason is Reason.BLOCKED
    # Said of the sender domain it stays its SPF/DKIM/DMARC.
    dmarc = "550 5.7.26 Unauthenticated email from example.org is not accepted due to the domain's DMARC policy"
    assert parse_reply(dmarc).reason is Reason.AUTHFAILURE


def test_the_queue_gave_up_whatever_the_mailbox_said() -> None:
    r = parse_reply("452 4.2.2 Over quota: retry timeout exceeded", action="failed")
    assert r.reason is Reason.EXPIRED
    # A delay notice has not given up.
    assert parse_reply("452 4.2.2 Over quota", action="delayed").reason is Reason.MAILBOXFULL
