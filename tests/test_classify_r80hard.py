"""Round r80hard (issue 10): the hard-bounce policy in one home (`bouncelib._vocab.is_hard_bounce`), and a hard
reason not read from words that say the *syntax* of the address was judged; tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply
from bouncelib._classify._model import RULE_PREFIX, is_guess
from bouncelib._vocab import GUESS_PREFIX, HARD_REASONS, is_hard_bounce


@pytest.mark.parametrize("reason", sorted(HARD_REASONS))
def test_a_hard_reason_is_hard_whatever_the_class(reason: Reason) -> None:
    # The labels' hardness is the reason's (corpus/LABELING.md): a 450 "user unknown" names a bad address too.
    for permanent in (True, False, None):
        assert is_hard_bounce(reason, permanent)


def test_notaccept_is_hard_only_when_permanent() -> None:
    assert is_hard_bounce(Reason.NOTACCEPT, True)
    assert not is_hard_bounce(Reason.NOTACCEPT, False)
    assert not is_hard_bounce(Reason.NOTACCEPT, None)


def test_a_guessed_reason_is_never_hard() -> None:
    assert RULE_PREFIX == GUESS_PREFIX
    assert is_guess(GUESS_PREFIX + "unbekannt")
    assert not is_hard_bounce(Reason.USERUNKNOWN, True, GUESS_PREFIX + "unbekannt")
    assert is_hard_bounce(Reason.USERUNKNOWN, True, "phrase:user unknown")


def test_a_delivery_still_tried_is_never_hard() -> None:
    assert not is_hard_bounce(Reason.USERUNKNOWN, True, "phrase:user unknown", delayed=True)
    assert not is_hard_bounce(Reason.NOTACCEPT, True, delayed=True)


@pytest.mark.parametrize(
    "text",
    [
        # (Each read as the missing mailbox's or domain's phrase before round r80hard.)
        "550 Invalid recipient: address syntax",
        "553 Domain not found (address syntax)",
        "553 unknown user syntax",
    ],
)
def test_syntax_said_is_the_form_not_a_missing_mailbox(text: str) -> None:
    r = parse_reply(text)
    assert (r.reason, r.hard_bounce) == (Reason.SYNTAXERROR, False)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # An instruction to check the syntax judges nothing: the mailbox said missing stays.
        ("550 5.1.1 No such user here; please check the address syntax", Reason.USERUNKNOWN),
        ("550 5.1.2 Domain not found, verify the syntax of the address", Reason.HOSTUNKNOWN),
    ],
)
def test_syntax_in_an_instruction_keeps_the_missing_mailbox(text: str, reason: Reason) -> None:
    r = parse_reply(text)
    assert (r.reason, r.hard_bounce) == (reason, True)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # (Each read as the unknown domain's or user's phrase, a hard bounce, before round r80hard.)
        ("550 5.6.0 Unknown domain in the message header", None),
        ("554 5.6.1 Invalid content: no such user part in MIME", None),
        ("Message rejected: the header names an unknown domain", "5.6.0"),
    ],
)
def test_a_content_status_is_no_bad_address(text: str, status: str | None) -> None:
    # RFC 3463 X.6.x: the message's content or media failed; the words were said of something in the message.
    r = parse_reply(text, status=status)
    assert (r.reason, r.hard_bounce) == (Reason.CONTENTERROR, False)


def test_an_address_status_keeps_the_missing_mailbox() -> None:
    r = parse_reply("550 5.1.1 Unknown domain or user in the address")
    assert r.hard_bounce
