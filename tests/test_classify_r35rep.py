"""Meanings written from the tuning part of round r35rep (issue 10), each tested in a wording of our own (not
the corpus texts that prompted them)."""

from __future__ import annotations

from bouncelib import Reason, parse_reply


def test_login_refused_on_an_unencrypted_channel_is_missing_tls() -> None:
    # What is missing is TLS, not the credentials (RFC 4954 section 4, 538).
    r = parse_reply("530 No authentication over an unencrypted connection, please", smtp_command="AUTH")
    assert r.reason is Reason.FAILEDSTARTTLS
    r = parse_reply("504 Refusing AUTH in cleartext")
    assert r.reason is Reason.FAILEDSTARTTLS


def test_an_outside_delivery_program_failing_is_a_mailer_error() -> None:
    r = parse_reply("554 The external program failed", smtp_command="DATA")
    assert r.reason is Reason.MAILERERROR


def test_a_recipient_outside_the_valid_recipient_list_is_unknown() -> None:
    r = parse_reply("550 Recipient <bob@example.org> is not in the validrcptto list")
    assert r.reason is Reason.USERUNKNOWN
    assert r.hard_bounce is True


def test_a_sender_outside_the_required_domain_is_refused() -> None:
    # Not the login the 530 code is otherwise about.
    r = parse_reply("530 The From address must use this domain")
    assert r.reason is Reason.REJECTED


def test_the_sending_of_a_paused_domain_is_refused() -> None:
    r = parse_reply("550 Mail sending for your domain has been paused by the administrator")
    assert r.reason is Reason.REJECTED
    # The same word said of a recipient's mailbox is its state.
    r = parse_reply("550 The mailbox of this recipient is paused")
    assert r.reason is Reason.SUSPEND


def test_the_receivers_own_confusion_or_queue_error_is_a_system_error() -> None:
    # Whatever the status says of the protocol (X.5.1) or the code of the syntax (500).
    assert parse_reply("451 4.5.1 internal confusion, sorry").reason is Reason.SYSTEMERROR
    assert parse_reply("500 Message could not be stored: queueing error").reason is Reason.SYSTEMERROR


def test_a_filters_list_of_test_names_is_not_read_as_words() -> None:
    # The tests named (one of them a DKIM test) scored the message; the reply refuses it as spam.
    r = parse_reply("550 Rejected, spam score 9.1 (BAYES_99,DKIM_INVALID,URIBL_BLOCKED,HTML_MESSAGE)")
    assert r.reason is Reason.SPAMDETECTED
    # Authentication words in prose are still read.
    assert parse_reply("550 Rejected: DKIM signature invalid").reason is Reason.AUTHFAILURE


def test_att_worldnet_names_its_service() -> None:
    r = parse_reply("550 5.1.1 <carol@example.net>... worldnet addressee unknown")
    assert (r.reason, r.provider) == (Reason.USERUNKNOWN, "att")
