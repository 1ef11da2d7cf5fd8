"""Round r59rej: a sender's address refused, said in words the tables did not have.

Two meanings, each said here in our own wording:

- a part of an address said to be *required* is a part that is missing: "domain required" is the
  domain missing, as "hostname required" already was; said of the envelope sender, the sender's
  address is refused (``rejected``, RFC 3463 X.1.8, LABELING's "need fully-qualified address");
- a refusal said as a *noun* ("rejection", "refusal") says what the verb says: the sender's
  rejection is the sender rejected.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_reply


@pytest.mark.parametrize(
    "text",
    [
        "Sender ops: domain required",
        "553 Sender address ops: domain name required",
        "501 domain required: MAIL FROM:<backup> (sender)",
    ],
)
def test_sender_domain_required_is_the_sender_refused(text: str) -> None:
    r = parse_reply(text)
    assert r.reason.value == "rejected"
    assert r.hard_bounce is False


@pytest.mark.parametrize(
    "text",
    [
        "550 Sender refusal by site policy.",
        "554 Rejection of the sender by the gateway",
    ],
)
def test_a_refusal_said_as_a_noun_refuses_the_sender(text: str) -> None:
    assert parse_reply(text).reason.value == "rejected"


def test_required_for_another_purpose_is_not_a_missing_domain() -> None:
    # "required to" names a condition to meet, not a part that is missing: no sender refusal is read.
    text = "530 Your sender domain is required to send via an encrypted SMTP session"
    assert parse_reply(text).reason.value != "rejected"
