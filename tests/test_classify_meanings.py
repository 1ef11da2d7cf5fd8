"""Meanings written from the tuning part's misses, each tested in more than the wording that prompted it
(replies of MTAs, gateways and providers, real Postfix lines): the next wording of the same meaning is read too."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply

# ------------------------------------------------------------
# Meanings added from the tuning part of round 22's replies of MTAs, gateways and providers the material had few
# of (corpus/replies/real/r22rep-mta-gateways.jsonl), each in more than the wording that prompted it.

@pytest.mark.parametrize(
    ("text", "hints"),
    [
        # Citadel answers AUTH LOGIN with an unknown login name so.
        ("500 No such user.", {"smtp_command": "AUTH"}),
        ("535 5.7.8 User unknown (in reply to AUTH command)", {}),
        ("535 Unknown user", {"smtp_command": "AUTH"}),
    ],
)
def test_an_unknown_user_in_answer_to_auth_is_the_login_refused(text: str, hints: dict[str, str]) -> None:
    reply = parse_reply(text, **hints)
    assert reply.reason is Reason.SECURITYERROR
    assert not reply.hard_bounce


def test_an_unknown_user_at_rcpt_is_still_the_recipient() -> None:
    assert parse_reply("500 No such user.", smtp_command="RCPT").reason is Reason.USERUNKNOWN


@pytest.mark.parametrize(
    "text",
    [
        "550 5.7.0 Malformed Sender header",
        "554 5.6.0 Invalid Reply-To header",
        "550 5.7.1 Missing To header",
        "550 5.6.0 Duplicate Cc header",
    ],
)
def test_a_named_header_field_is_the_header_not_the_party_it_names(text: str) -> None:
    assert parse_reply(text).reason is Reason.NOTCOMPLIANTRFC


@pytest.mark.parametrize(
    "text",
    [
        "550 5.7.1 [UNS] Recipient has unsubscribed from your list.",
        "554 The recipient has unsubscribed; not sending",
        "550 Address unsubscribed from your list, message not sent",
    ],
)
def test_a_recipient_who_unsubscribed_is_a_suppression(text: str) -> None:
    assert parse_reply(text).reason is Reason.SUPPRESSED


@pytest.mark.parametrize(
    "text",
    [
        "MSG-RFC: Your message does not conform to RFC2822 standard",
        "550 5.6.0 Message is not RFC5322 compliant",
    ],
)
def test_the_message_standard_written_without_a_space_is_a_format_violation(text: str) -> None:
    assert parse_reply(text).reason is Reason.NOTCOMPLIANTRFC


@pytest.mark.parametrize(
    "text",
    [
        "550 Internal delivery error",
        "451 4.3.0 Internal processing error, try again",
    ],
)
def test_an_internal_error_with_its_part_named_is_the_receiver_s(text: str) -> None:
    assert parse_reply(text).reason is Reason.SYSTEMERROR


def test_mailchannels_hosts_name_their_operator() -> None:
    reply = parse_reply("host mx2.mailchannels.net[192.0.2.1] said: 550 5.7.1 [S10] Blocked "
                        "(in reply to RCPT TO command)")
    assert reply.provider == "mailchannels"


# ------------------------------------------------------------
# Meanings added from the tuning part's reply misses in round 23, each in more than the wording that prompted it.

@pytest.mark.parametrize(
    "text",
    [
        "recipient does not have an account",
        "550 The user does not have a mailbox on this server",
        "550 Addressee doesn't have an email account here",
    ],
)
def test_a_person_without_an_account_here_is_an_unknown_recipient(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.USERUNKNOWN
    assert reply.rule.startswith("concept:")


def test_having_no_permission_is_not_having_no_account() -> None:
    assert parse_reply("550 The user does not have permission to send").reason is not Reason.USERUNKNOWN


@pytest.mark.parametrize(
    "text",
    [
        "550 5.7.1 [BR] Our system has detected an excessively high number of invalid recipients originating "
        "from your account.",
        "550 Too many invalid recipients",
        "554 Your server sends a large number of unknown users, try cleaning your list",
        "550 The rate of nonexistent recipients from your IP is too high",
    ],
)
def test_a_count_of_unknown_recipients_is_the_senders_reputation_not_a_hard_bounce(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.BADREPUTATION
    assert not reply.hard_bounce


@pytest.mark.parametrize("text", ["550 5.1.1 Invalid recipients", "550 unknown users"])
def test_unknown_recipients_without_a_count_are_still_unknown(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.USERUNKNOWN
    assert reply.hard_bounce


@pytest.mark.parametrize(
    "text",
    [
        "454 4.7.0 Internal error during policy check",
        "421 4.7.20 Temporary error during DKIM verification",
        "451 Temporary failure during SPF check",
        "451 4.3.0 Erreur interne lors de la vérification DMARC",
    ],
)
def test_the_receivers_error_during_a_check_is_its_own_failure_not_the_checks_verdict(text: str) -> None:
    assert parse_reply(text).reason is Reason.SYSTEMERROR


@pytest.mark.parametrize(
    "text",
    [
        "550 5.2.1 <example@prodigy.net>... blank mailhost - invalid address, relay=[192.0.2.1]",
        "554 Improper recipient address. Try supplying a domain name.",
        "501 Recipient address without a domain",
        "553 Invalid address: domain part missing",
    ],
)
def test_an_address_without_its_domain_part_is_its_syntax_not_an_unknown_user(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.SYNTAXERROR
    assert not reply.hard_bounce


def test_a_sender_without_its_domain_part_is_still_the_sender_refused() -> None:
    assert parse_reply("553 Sender address rejected: missing domain").reason is Reason.REJECTED


@pytest.mark.parametrize(
    "text",
    [
        "550 5.7.1 <bob@example.net>: Recipient address rejected: Please see "
        "http://www.openspf.org/Why?s=mfrom;id=alice@example.org;ip=192.0.2.7;r=mx.example.net",
        "550 5.7.1 <bob@example.net>: Recipient address rejected: Please see "
        "http://www.openspf.net/Why?s=helo;id=mail.example.org;ip=192.0.2.7;r=mx.example.net",
        "554 5.7.1 Rejected, see https://openspf.org/Why?id=a%40example.org&ip=192.0.2.7",
    ],
)
def test_a_link_to_spfs_why_page_alone_is_an_spf_refusal(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.AUTHFAILURE
    assert reply.rule.startswith("page:")


def test_words_beside_the_why_page_still_decide() -> None:
    text = "550 5.1.1 <bob@example.net>: User unknown. Please see http://www.openspf.net/Why?s=helo"
    assert parse_reply(text).reason is Reason.USERUNKNOWN


@pytest.mark.parametrize(
    "text",
    [
        "553 Local user only,163 smtp5,HdxpCgA3f+63sTNhtiNZDA--.2001S2 1630777785",
        "Requested action not taken: Local user only",
        "550 Only local users may send mail through this server",
    ],
)
def test_only_local_users_may_send_is_the_sender_refused(text: str) -> None:
    assert parse_reply(text).reason is Reason.REJECTED


@pytest.mark.parametrize(
    "text",
    [
        "550 message sending for this account is disabled",
        "554 Sending from your account has been suspended",
    ],
)
def test_an_accounts_sending_disabled_is_the_sender_refused_not_a_disabled_mailbox(text: str) -> None:
    assert parse_reply(text).reason is Reason.REJECTED


@pytest.mark.parametrize(
    "text",
    [
        "550 5.7.1 This SMTP account is not activated",
        "451 Your SMTP relay account has not been activated; write to support to enable sending",
    ],
)
def test_an_smtp_account_not_switched_on_is_the_sender_refused(text: str) -> None:
    # An SMTP account is the login a client sends through: not activated, the sender may not send (rejected).
    r = parse_reply(text)
    assert r.reason is Reason.REJECTED
    assert r.rule == "concept:ACCOUNT_SENDING+DISABLED"


def test_a_mailbox_not_activated_is_still_the_recipients() -> None:
    assert parse_reply("550 5.2.1 Mailbox not activated").reason is Reason.SUSPEND


def test_a_disabled_account_alone_is_still_the_recipients() -> None:
    assert parse_reply("550 5.2.1 This account is disabled").reason is Reason.SUSPEND


@pytest.mark.parametrize(
    "text",
    [
        "550 RC:LD The email account that you tried to reach does no exists.",
        "550 Recipient mailbox does no exist",
        "550 5.1.1 non-existing user",
    ],
)
def test_a_non_native_negation_of_existence_is_an_unknown_recipient(text: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is Reason.USERUNKNOWN
    assert reply.hard_bounce


# ------------------------------------------------------------
# Meanings added for the tuning misses of round r24log (real Postfix lines of corpus/postfix/real).

@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # A quoted path names a file or folder: its words ("Spam") say nothing of the failure.
        ('Command time limit exceeded: "/usr/bin/procmail". Command output: procmail: Lock failure on '
         '"./.Spam/.lock" procmail: Error while writing to "./.Spam"', Reason.MAILERERROR),
        # The operating system's "Permission denied" on the receiver's own file, not a refusal.
        ("error reading forwarding file: Permission denied", Reason.SYSTEMERROR),
        ("cannot find alias database owner", Reason.SYSTEMERROR),
        ("450 Server configuration problem", Reason.SYSTEMERROR),
        # Postfix's "refused to talk to me" says when, not why: the server's own words decide.
        ("host mx.example.net[192.0.2.1] refused to talk to me: 450 Server configuration problem",
         Reason.SYSTEMERROR),
        # A connection the server dropped: the session went away, no refusal of the sending.
        ("connect to mx.example.net[192.0.2.1]: server dropped connection without sending the initial SMTP greeting",
         Reason.NETWORKERROR),
    ],
)
def test_r24log_meanings(text: str, reason: Reason) -> None:
    assert parse_reply(text).reason is reason


def test_a_greeting_refused_without_words_is_still_the_sending_hosts() -> None:
    assert parse_reply("host mx.example.net[192.0.2.1] refused to talk to me: 554 ").reason is Reason.BLOCKED


def test_the_mailbox_a_spam_refusal_asks_the_mail_forwarded_to_is_a_contact() -> None:
    text = ("550-5.7.0 Message considered as spam or virus, rejected 550-5.7.0 If you feel this to be an error, "
            "please forward the wrong classified e-mail to our abuse department at FPR@RX.T-ONLINE.DE")
    assert parse_reply(text).delist == ["FPR@RX.T-ONLINE.DE"]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # A recipient access rule refused the recipient: the receiver's policy, not the sending host.
        ("554 5.7.1 <a@example.org>: Recipient address rejected: Access denied", Reason.POLICYVIOLATION),
        # The client itself refused: the sending host's (LABELING.md, bare wordings).
        ("554 5.7.1 <unknown[192.0.2.9]>: Client host rejected: Access denied", Reason.BLOCKED),
    ],
)
def test_access_denied_is_said_of_what_the_server_names(text: str, reason: Reason) -> None:
    assert parse_reply(text).reason is reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("550 we dont accept mail from you", Reason.REJECTED),
        ("550 The content isnt allowed", Reason.POLICYVIOLATION),
    ],
)
def test_a_contraction_without_its_apostrophe_is_a_negation(text: str, reason: Reason) -> None:
    assert parse_reply(text).reason is reason


# ------------------------------------------------------------
# Meanings read from the tuning-part misses of the r25rep material (issue 10, parts 1 and 3).

@pytest.mark.parametrize(("text", "reason"), [
    # A thing said to be "not acceptable" is refused: Twisted's SMTPBadSender.
    ("550 Cannot receive from specified address <alice@example.org>: Sender not acceptable", "rejected"),
    # An end-user host told to send through its own relay.
    ("550 5.7.1 Use your SMTP relay", "blocked"),
    ("554 Please use your smarthost", "blocked"),
    # A signature said to fail is the message's DKIM signature.
    ("552 signature invalid: fail (body has been altered)", "authfailure"),
    ("550 Message has an invalid signature", "authfailure"),
    # Bulk mail by another noun, and the GTUBE test pattern.
    ('554 5.7.1 dcc: bulk message found: "bulk Body=many"', "spamdetected"),
    ("554 5.7.1 Gtube pattern", "spamdetected"),
    # A password-protected archive is an attachment, not SMTP AUTH.
    ("552 We do not accept password-protected zip files!", "policyviolation"),
    # A command's argument required or missing.
    ("501 5.5.2 Domain/address argument required for EHLO", "syntaxerror"),
    ("502 5.5.4 Missing parameter", "syntaxerror"),
    ("421 4.7.0 bad command", "syntaxerror"),
    # One try per period is a rate.
    ("450 4.7.1 <bob@example.com>: Recipient address rejected: please do not try more than once per 5 minutes",
     "speeding"),
])
def test_meaning(text: str, reason: str) -> None:
    assert parse_reply(text).reason.value == reason


def test_a_list_that_could_not_be_asked_is_no_listing() -> None:
    # sendmail FEATURE(enhdnsbl) with 't': the receiver's DNS failed; the list is named, nobody is told to delist.
    r = parse_reply("451 4.4.3 Temporary lookup failure of 192.0.2.7 at bl.spamcop.net")
    assert r.reason.value == "systemerror"
    assert r.blocklist is not None
    assert r.blocklist.id == "spamcop"
    assert r.blocklist.receiver_misconfigured
    assert r.delist == []


def test_the_sender_in_a_postfix_suffix_is_still_read() -> None:
    # "MAIL FROM command" is a command only where the text names it so, not the sender's refusal.
    r = parse_reply("550 5.1.0 <alice@example.org>: Sender address rejected: Domain not found "
                    "(in reply to MAIL FROM command)")
    assert r.reason.value == "rejected"


@pytest.mark.parametrize(("text", "reason"), [
    # The only handshake after the greeting is TLS's.
    ("550 5.0.0 Handshake error", "failedstarttls"),
    # A check said not to confirm the sender is its verification failing.
    ("550 5.1.0 Sender validity not confirmed", "rejected"),
    # A scan that could not be made found nothing: the receiver's failure, not a virus.
    ("552 Unable to scan for virus, please contact admin of mx.example.com, if you feel this is an error!",
     "systemerror"),
    ("451 Unable to scan for viruses", "systemerror"),
    # An address given as whom to contact is not the thing refused.
    ("554 5.7.1 <bob@example.com>: Recipient address rejected: Blocked - contact postmaster@example.net for help "
     "- Multiple DNSBLs", "blocked"),
])
def test_meaning_round_two(text: str, reason: str) -> None:
    assert parse_reply(text).reason.value == reason


def test_the_postfix_suffix_still_names_the_recipient() -> None:
    # The "(in reply to RCPT TO command)" suffix keeps its reading: an inactive address is suspended.
    r = parse_reply("host mx1.example.net[192.0.2.9] said: 550 5.1.1 <bob@example.net>: inactive email address "
                    "(in reply to RCPT TO command)")
    assert r.reason.value == "suspend"


def test_sessions_counted_by_their_users() -> None:
    # Citadel's limit of sessions, counted by the users holding them: too many connections, not a syntax error.
    assert parse_reply("500 Too many users are already online (maximum is 30)").reason.value == "toomanyconn"


@pytest.mark.parametrize("text", [
    "Legitimate bounces are never sent to more than one recipient.",
    "552 fail, this bounce message does not have 1 recipient",
])
def test_a_bounce_has_one_recipient(text: str) -> None:
    # LABELING.md: a site's rule that a bounce has one recipient is read as too many recipients.
    r = parse_reply(text)
    assert r.reason.value == "toomanyconn"
    assert r.rule.startswith("concept:")


@pytest.mark.parametrize("text", ["501 5.0.0 HELO requires domain address", "501 helo requires domain name."])
def test_a_command_without_its_argument(text: str) -> None:
    # The HELO given without its domain: the command's form, not a HELO name refused.
    assert parse_reply(text).reason.value == "syntaxerror"
