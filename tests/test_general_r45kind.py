"""Round 45 (r45kind): a robot's refusal of a message that says *why* and not *that* it was refused.

A list server (or any application that takes mail) answers a post it did not distribute with the rule the post broke
("Only subscribed addresses may send messages to this address", "Messages to this address must be OpenPGP-signed")
or with what went wrong with it ("Your message was too big", "Decrypting your message failed"), and no word of
delivery.  Said in answer to a message, that is a refusal: a bounce, whose one event names no address when the notice
shows none (corpus/LABELING.md).  Our own inputs, in other words than the Schleuder notices they were drawn from; each
fails without the change, except the controls (a welcome, an acknowledgement, a moderation hold that state the same
rules), which hold before and after.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_message

_NOTICE = "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n{headers}Subject: {subject}\n\n{body}"


def _read(body: str, *, headers: str = "", subject: str = "Notice") -> tuple[str, list[tuple[str | None, str]]]:
    r = parse_message(_NOTICE.format(headers=headers, subject=subject, body=body).encode())
    return r.kind.value, [(e.recipient, e.action) for e in r.recipients]


@pytest.mark.parametrize(
    "body",
    [
        # The address's rule on who may write to it.
        "Only list members can send mail to this address.\n\nThe list robot\n",
        "Sorry: only registered senders are allowed to post to the list.\n",
        # The address's rule on what a message to it must be.
        "Mail sent to this list must be plain text; HTML parts are not accepted.\n\n-- \nlistbot\n",
        "Postings to this group must carry a subject line.\n",
        # The message over the address's limit.
        "Your posting was too large for this list (limit 40 KB).\n",
        "Your e-mail is larger than the 2 MB this address accepts.\n",
        # A step of the receiving system that failed on the message.
        "Verifying your message failed: the signature does not match.\n",
        "We could not decrypt your e-mail with the list's key.\n",
    ],
)
def test_a_refusal_said_by_its_reason_is_a_bounce(body: str) -> None:
    assert _read(body) == ("vendor", [(None, "failed")])


@pytest.mark.parametrize("sender", ["devel-owner", "devel-request", "devel-bounces"])
def test_the_same_refusal_from_the_lists_role_address(sender: str) -> None:
    # From the list's role or robot address (an application's notice): the paragraph names messages, in the plural.
    kind, events = _read("Only moderators may send messages to this address.\n",
                         headers=f"From: {sender}@lists.example.org\n")
    assert (kind, events) == ("vendor", [(None, "failed")])


def test_the_address_to_contact_is_no_recipient() -> None:
    # "by sending a message to <a>" says how to reach the list's administrators, not where the message failed.
    body = (
        "Messages to this address must be signed with the key of your subscription. Ask an administrator\n"
        "of this list. You can contact the administrators by sending a message to\n<devel-owner@lists.example.org>\n"
    )
    assert _read(body) == ("vendor", [(None, "failed")])


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # A welcome states the list's rules; it refuses nothing.
        ("Welcome to list devel", "Welcome to list devel@lists.example.org.\nOnly subscribers may post to the list, "
         "and messages to this list must be plain text.\n"),
        ("Your subscription", "You are now subscribed to devel.\nPostings to this list must be in English.\n"),
        # An acknowledgement of a message received, with the address's rule.
        ("Ticket received", "We have received your message and will answer within two days.\n"
         "Messages to this address must quote the ticket number.\n"),
        # A held posting: the rule is the reason for a moderator's decision to come.
        ("Held", "Your message to devel awaits moderator approval.\nOnly members may post to the list freely.\n"),
    ],
)
@pytest.mark.parametrize(
    "headers", ["", "From: devel-owner@lists.example.org\n", "From: devel-request@lists.example.org\n"]
)
def test_a_rule_stated_to_tell_it_refuses_nothing(subject: str, body: str, headers: str) -> None:
    kind, events = _read(body, headers=headers, subject=subject)
    assert not any(action == "failed" for _r, action in events), (kind, events)


@pytest.mark.parametrize(
    "text",
    ["Only list admins can post to this group.", "Posting here is restricted to subscribed addresses."],
)
def test_a_post_refused_for_who_sends_is_rejected(text: str) -> None:
    # The list's administrators and subscribed addresses are a class of its people, as its moderators are: posting
    # restricted to them refuses who sends.
    from bouncelib import parse_reply

    assert parse_reply(text).reason.value == "rejected"


@pytest.mark.parametrize(
    "text",
    [
        "Mail to this list must carry a PGP signature.",
        "Postings here must be S/MIME encrypted.",
        "Decryption of your message failed: no secret key.",
    ],
)
def test_a_messages_own_encryption_or_signature_refused_is_a_security_error(text: str) -> None:
    # A message's OpenPGP or S/MIME encryption or signature demanded, or failed on: a security requirement of the
    # receiver, not the session's TLS.
    from bouncelib import parse_reply

    assert parse_reply(text).reason.value == "securityerror"
