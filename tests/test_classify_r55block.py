"""Meanings written from the tuning part of round r55block (issue 10, the sending host refused, a poor
reputation, spam), each tested in a wording of our own (not the corpus texts that prompted them)."""

from __future__ import annotations

from bouncelib import Reason, parse_reply


def test_a_verdict_that_cannot_tell_spam_from_forgery_is_the_hosts_standing() -> None:
    # A weighted score of the sending host (lists, HELO, DNS) says "spam or forged": neither the content
    # judged nor a failed SPF/DKIM check.
    r = parse_reply("554 5.7.1 Your mail looks like spam or forged; fix your DNS and leave the blocklists")
    assert (r.reason, r.rule) == (Reason.BADREPUTATION, "concept:SPAM+AUTHMECH")
    r = parse_reply("450 4.7.1 Message seems forged or spam, please retry later")
    assert r.reason is Reason.BADREPUTATION
    assert r.hard_bounce is False
    # Forgery alone stays an authentication failure, spam alone the content judged.
    assert parse_reply("550 5.7.1 This message looks forged").reason is Reason.AUTHFAILURE
    assert parse_reply("550 5.7.1 This message looks like spam").reason is Reason.SPAMDETECTED


def test_a_list_named_as_the_agent_of_the_refusal_decides_over_the_words_of_its_name() -> None:
    # "blocked by <list>": the named list refused; the "reputation" in its name is a name.
    r = parse_reply("550 Mail refused by Trend Micro Email Reputation Service for 198.51.100.7")
    assert r.reason is Reason.BLOCKED
    assert r.blocklist is not None
    assert r.blocklist.id == "trendmicro-ers"
    assert r.rule == "blocklist:trendmicro-ers"
    # A poor reputation said beside a list named only by its lookup page stays the reputation.
    r = parse_reply("554 Refused for the poor reputation of 198.51.100.8, see https://talosintelligence.com/")
    assert r.reason is Reason.BADREPUTATION


def test_a_spammer_named_of_no_other_party_is_the_sending_host_judged() -> None:
    # A spammer is the one that sends: said alone, the sending host is refused, not one message judged.
    r = parse_reply("550 5.7.1 Our records say: known spammer, connection refused")
    assert (r.reason, r.rule) == (Reason.BLOCKED, "concept:SPAMMER")
    assert parse_reply("554 Rejected: reported as a spam source").reason is Reason.BLOCKED
    # The sender's address named as refused stays the sender's; spam alone stays the content judged.
    assert parse_reply("553 Sender address rejected, you look like a spammer").reason is Reason.REJECTED
    assert parse_reply("554 5.7.1 Rejected as spam").reason is Reason.SPAMDETECTED
