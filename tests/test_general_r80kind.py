"""Round r80kind: the kind of a mail read from evidence in no language (the sender, the Reply-To, the Subject's tag).

The bodies below are "lorem ipsum", words no table of bouncelib holds: what decides is what a reader of any language
could see without understanding the notice (leave-language-out, bench/leave_language_out.py)."""

from __future__ import annotations

from general_reading import LOREM
from general_reading import lorem_mail as _mail

from bouncelib import parse_message


def test_a_letter_from_the_null_sender_in_words_no_table_reads_is_a_failure() -> None:
    head = "From: Mailer-Daemon <noreply@helpdesk.example.org>\nTo: ann@example.com\nSubject: Lorem ipsum\n"
    report = parse_message(_mail(head))
    assert [(e.recipient, e.action) for e in report.recipients] == [(None, "failed")]
    # ... and under a Subject that says it failed, when no sentence of the body does (Zammad's "[undeliverable]").
    head = head.replace("Lorem ipsum", "[undeliverable] Lorem ipsum")
    assert [e.action for e in parse_message(_mail(head)).recipients] == ["failed"]


def test_the_null_senders_reading_needs_its_name_a_letter_and_no_list() -> None:
    # Another role of the mail system (MailScanner signs "postmaster" its warnings that it removed an attachment).
    head = "From: MailScanner <postmaster@mx.example.org>\nTo: ann@example.com\nSubject: Lorem ipsum\n"
    assert parse_message(_mail(head)).recipients == ()
    # A list's bounce address: its probes and warnings tell of no message of the reader's.
    head = "From: devel-bounces@lists.example.org\nTo: ann@example.com\nSubject: Lorem ipsum\n"
    assert parse_message(_mail(head)).recipients == ()
    # A line is no letter; words a concept rule reads were read (and named no failure of delivery).
    head = "From: MAILER-DAEMON@mx.example.org\nTo: ann@example.com\nSubject: Lorem ipsum\n"
    assert parse_message(_mail(head, "Lorem ipsum dolor sit amet.\n")).recipients == ()
    assert parse_message(_mail(head, LOREM + "\nThe mailbox is full.\n")).recipients == ()


def test_a_reply_to_a_confirmation_address_with_a_cookie_is_a_challenge() -> None:
    confirm = "members-confirm-1764943200.4204.hkgjdcnbkalhilpfmngo@lists.example.org"
    head = (f"From: members-owner@lists.example.org\nReply-To: {confirm}\nTo: ann@example.com\n"
            "Subject: Lorem ipsum members@lists.example.org\n")  # fmt: skip
    report = parse_message(_mail(head, LOREM + f"\n{confirm}\n"))
    assert (report.kind.value, report.challenge_address) == ("challenge", confirm)
    # Mailman's subscription confirmation address is no such cookie: nobody's message waits there.
    head = head.replace(confirm, "devel-confirm+0123456789abcdef0123456789abcdef@lists.example.org")
    assert parse_message(_mail(head)).kind.value != "challenge"


def test_a_mail_from_a_lists_probe_address_reports_no_failure() -> None:
    head = ("From: devel-bounces+8a3f0c1d2e4b5a697f8e0d1c2b3a4958@lists.example.org\nTo: ann@example.com\n"
            "Subject: Lorem ipsum\n")  # fmt: skip
    body = "Your message could not be delivered to the following recipients.\n\n<kim@example.org>\n"
    assert parse_message(_mail(head, body)).recipients == ()
    # The same notice from another sender is a bounce.
    assert [e.recipient for e in parse_message(_mail(head.replace("+8a3f0c1d2e4b5a697f8e0d1c2b3a4958", ""), body))
            .recipients] == ["kim@example.org"]  # fmt: skip


_FORUM = "Example Forum <noreply@forum.example.org>"
_REPLY = "replies+7d1f3b5a9c2e4f6a8b0c2d4e6f8a1b3c@forum.example.org"
_ANSWER = f"Lorem ipsum {_REPLY} (dolor Re: [Example Forum] Release plan) sit amet.\n\n" + LOREM


def test_a_reply_address_of_the_forum_answered_under_the_sites_name_written_bare() -> None:
    """Discourse's Finnish catalogue opens its Subject with the site's name without brackets."""
    head = f"From: {_FORUM}\nTo: ann@example.com\nSubject: Example Forum lorem ipsum\n"
    assert [(e.recipient, e.action) for e in parse_message(_mail(head, _ANSWER)).recipients] == [(_REPLY, "failed")]
    # Another site's name, in the Subject and the From's name: no sign that the reader answered one of this site's
    # notifications.
    head = "From: Other Forum <noreply@forum.example.org>\nTo: ann@example.com\nSubject: Other Forum lorem ipsum\n"
    assert parse_message(_mail(head, _ANSWER)).recipients == ()


def test_a_subject_that_says_it_failed_names_the_forums_reply_address_without_its_tag() -> None:
    """bench/kind_perturb.py's subject-translated: the tag is gone, the Subject says the failure itself."""
    head = f"From: {_FORUM}\nTo: ann@example.com\nSubject: Unzustellbar: Release plan\n"
    assert [(e.recipient, e.action) for e in parse_message(_mail(head, _ANSWER)).recipients] == [(_REPLY, "failed")]


def test_mailscanners_bounce_mark_makes_its_report_a_failure_for_the_one_address_it_names() -> None:
    head = "From: MailScanner <postmaster>\nTo: ann@example.com\nSubject: Lorem ipsum\n"
    body = LOREM + "\n  Ad: bob@example.net\n  Ipsum: Lorem\n"
    assert parse_message(_mail(head, body)).recipients == ()
    report = parse_message(_mail("X-MailScanner-Bounce: yes\n" + head, body))
    assert [(e.recipient, e.action) for e in report.recipients] == [("bob@example.net", "failed")]
