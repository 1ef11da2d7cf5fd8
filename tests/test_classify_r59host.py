"""Round r59host: refusals of the sending host for its conduct, and AOL's RTR:BL code.

- A count of the server's own failures or refusals of this client (failed logins, authentication failures,
  refused messages: "too many", "excessive") is the session refused for the client's conduct, as too many
  errors or bad recipients are (LABELING.md): `blocked`, not a verdict on the credentials or the sender.
- AOL's "RTR:BL" is, by AOL's own page, a block of the IP for its poor reputation: `badreputation`.

The wordings here are our own.
"""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    "text",
    [
        "421 4.7.0 Too many failed login attempts from 192.0.2.44, come back later",
        "554 Excessive authentication failures seen from your address; connection closed",
        "550 Your server keeps sending us a large number of rejected messages. Blocked for one hour.",
        "421 Too many auth failures from this host",
    ],
)
def test_counted_client_failures_are_a_refusal_of_the_sending_host(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.BLOCKED
    assert reply.hard_bounce is False


def test_one_failed_login_stays_an_authentication_error() -> None:
    # Without a count it is the credentials that were refused (LABELING: SMTP AUTH refused is securityerror).
    assert parse_reply("535 5.7.8 Authentication failed: bad credentials").reason is Reason.SECURITYERROR


@pytest.mark.parametrize("text", ["554 RTR:BL blocked for 192.0.2.71", "421 (RTR:BL) try again much later"])
def test_aol_rtr_bl_is_the_ip_reputation(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.BADREPUTATION
    assert reply.provider == "aol"
