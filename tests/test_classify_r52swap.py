"""Round r52swap (issue 10): wordings that moved under bench/synonym_swap.py, read as meanings (who/what + what
about it) instead of one remembered wording; tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    "text",
    [
        "550 Your access to submit mail to this mail host has been refused.",
        "554 Your access to submit e-mail here was denied",
        "550 access to submit messages to our system is rejected",
    ],
)
def test_access_to_submit_refused_is_the_reputation_refusal(text: str) -> None:
    # SUBMIT_ACCESS+REFUSED (Cisco's reputation filter), whatever the sender submits and whichever word refuses.
    r = parse_reply(text)
    assert r.reason is Reason.BADREPUTATION
    assert r.rule == "concept:SUBMIT_ACCESS+REFUSED"


@pytest.mark.parametrize(
    "text",
    [
        "550 Unauthenticated sender not permitted",
        "554 unauthenticated senders are refused",
        "530 Unauthenticated senders denied",
    ],
)
def test_an_unauthenticated_sender_refused_is_the_missing_login(text: str) -> None:
    # "unauthenticated sender(s)" is an SMTPAUTH term: the refusal is of the missing SMTP AUTH, not of the sender's
    # address (which SENDER+REFUSED, `rejected`, would read), in either number.
    assert parse_reply(text).reason is Reason.SECURITYERROR


def test_the_sender_said_unauthenticated_stays_the_domain_authentication() -> None:
    # The other order is Gmail's, the sender domain's SPF/DKIM/DMARC (AUTHMECH).
    assert parse_reply("550 This mail was refused: the sender is unauthenticated.").reason is Reason.AUTHFAILURE


@pytest.mark.parametrize("size", ["too large", "too big", "too long"])
def test_a_line_too_big_beside_the_standard_cited_is_the_line(size: str) -> None:
    # LINE+TOOBIG is decisive: the line named is what is too big, not the message ("too large" is mesgtoobig's
    # phrase) nor a breach of the standard its number names ("RFC 5322" is notcompliantrfc's phrase).
    r = parse_reply(f"554 5.6.0 A text line {size}, read RFC 5322 section 2.1.1")
    assert r.reason is Reason.CONTENTERROR


@pytest.mark.parametrize("status", ["", "5.7.1 "])
def test_trend_micro_s_customised_reputation_block_is_the_host_blocked(status: str) -> None:
    # Trend Micro ERS's tag after Postfix's vague "Recipient address rejected:" names the block of the sending host;
    # without a status the vague words alone would read an unknown address (a hard bounce).
    r = parse_reply(f"554 {status}<bob@example.org>: Recipient address rejected: ERS-Customized-Block")
    assert r.reason is Reason.BLOCKED
    assert not r.hard_bounce
    assert r.provider == "trendmicro"


def test_a_multi_line_503_after_postfix_s_prefix_is_read_from_its_first_line() -> None:
    # The reply's own first line ("said: 503-...") is no follow-up answer to the next command: its words are read.
    text = (
        "host mx.example.org[192.0.2.8] said: 503-every recipient was refused, the error was:\n"
        "503-Unrouteable address\n503 a valid RCPT must come before DATA"
    )
    assert parse_reply(text).reason is parse_reply(text.split(" said: ", 1)[1]).reason is Reason.HOSTUNKNOWN
