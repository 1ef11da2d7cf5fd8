"""Meanings written from the tuning part of round r57rej (issue 10, the sender refused), each tested in a wording
of our own (not the corpus texts that prompted them)."""

from __future__ import annotations

from bouncelib import Reason, parse_reply


def test_a_value_refused_in_the_from_field_is_the_sender_refused() -> None:
    # What may not stand in the From (or Sender) field is the identity the mail claims: the sender refused.
    r = parse_reply("550 The domain example.net is not permitted in the header From for this account")
    assert (r.reason, r.rule) == (Reason.REJECTED, "concept:ORIGINATOR_FIELD+NOT_ALLOWED_IN")
    r = parse_reply("553 That address is not allowed in the From header here")
    assert (r.reason, r.rule) == (Reason.REJECTED, "concept:ORIGINATOR_FIELD+NOT_ALLOWED_IN")
    # A count or a form refused in that field stays the message's form.
    assert parse_reply("550 Multiple mailboxes are not allowed in the From header").reason is Reason.NOTCOMPLIANTRFC
    assert parse_reply("550 The header From is missing").reason is Reason.NOTCOMPLIANTRFC
    # The same words said of something else keep their reading.
    r = parse_reply("501 Bare line feeds are not allowed in SMTP commands")
    assert r.reason is Reason.SYNTAXERROR


def test_sending_as_someone_refused_to_an_anonymous_client_is_the_missing_login() -> None:
    # A client that has not logged in may not send as anyone: the login is what is missing.
    r = parse_reply("530 Anonymous clients may not send as this address")
    assert (r.reason, r.rule) == (Reason.SECURITYERROR, "concept:ANON_CLIENT+SEND_AS_DENIED")
    # A client that is logged in and still may not send as that address is refused as a sender.
    assert parse_reply("550 Client does not have permissions to send as this sender").reason is Reason.REJECTED
