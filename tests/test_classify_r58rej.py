"""Meanings written from the tuning part of round r58rej (issue 10, the sender refused), each tested in a wording
of our own (not the corpus texts that prompted them)."""

from __future__ import annotations

from bouncelib import Reason, parse_reply


def test_an_adverb_of_duration_does_not_part_a_subject_from_its_predicate() -> None:
    # "temporarily", "permanently", "currently" say how long a state holds: the state is still said of the subject.
    r = parse_reply("Your sending account was temporarily suspended by the operator")
    assert (r.reason, r.rule) == (Reason.REJECTED, "concept:ACCOUNT_SENDING+DISABLED")
    r = parse_reply("The sending mail account has been permanently deactivated")
    assert (r.reason, r.rule) == (Reason.REJECTED, "concept:ACCOUNT_SENDING+DISABLED")
    # Without the adverb the reading is the same.
    assert parse_reply("Your sending account was suspended by the operator").reason is Reason.REJECTED
    # Other words between still count: too far apart, no pair.
    r = parse_reply("The sending account that you configured for the newsletter tool yesterday was suspended")
    assert r.rule != "concept:ACCOUNT_SENDING+DISABLED"


def test_the_parameters_of_a_quoted_mail_command_are_not_words_of_the_refusal() -> None:
    # An MTA's frame quotes the MAIL command with the SIZE= and BODY= it declared; the reply after it says why.
    r = parse_reply("SMTP error from remote mail server after MAIL FROM:<me@example.org> SIZE=4096: 550 Denied")
    assert r.reason is Reason.REJECTED
    assert r.rule == "concept:SENDER+REFUSED"
    r = parse_reply("SMTP error from remote mail server after pipelined MAIL FROM:<> SIZE=77 BODY=8BITMIME: 550 No")
    assert r.reason is not Reason.MESGTOOBIG
    # A size the reply itself refuses is still the message's size.
    r = parse_reply("SMTP error from remote mail server after MAIL FROM:<me@example.org> SIZE=99999999: "
                    "552 5.3.4 Message size exceeds fixed limit")
    assert r.reason is Reason.MESGTOOBIG


def test_a_sender_verify_callout_named_whole_is_the_sender_check() -> None:
    # The check of the sender named with its callout, the address it called between it and the verdict.
    r = parse_reply("550 Sender verify callout for <someone@example.net> failed")
    assert (r.reason, r.rule) == (Reason.REJECTED, "concept:SENDER_CHECK+FAILED")
    r = parse_reply("451 Sender address verification callout to <someone@example.net> could not complete")
    assert r.reason is Reason.REJECTED
