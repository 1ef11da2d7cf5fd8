"""Round r81kind: more of the kind of a mail read from evidence in no language (a list's bounce address as sender,
a quoted reply Subject tagged with the site's name, Majordomo 2's untranslated Subject).

The bodies below are "lorem ipsum", words no table of bouncelib holds: what decides is what a reader of any language
could see without understanding the notice (leave-language-out, bench/leave_language_out.py)."""

from __future__ import annotations

from general_reading import LOREM
from general_reading import lorem_mail as _mail

from bouncelib import parse_message


def test_a_notice_from_a_lists_bounce_address_reports_no_failure() -> None:
    """Mailman writes its notices to members from the list's bounce address, naming the member's address that bounced
    (a disable warning, in German: the word for the bounces it received, "unzustellbar", says undeliverable to a
    table of failure words)."""
    head = "From: devel-bounces@lists.example.org\nTo: kim@example.org\nSubject: Lorem ipsum\n"
    body = "Lorem ipsum devel@lists.example.org dolor, unzustellbare Lorem kim@example.org ipsum.\n"
    assert parse_message(_mail(head, body)).recipients == ()
    # From a mail system's bounce address that is no list's, the same words read as a failure.
    other = head.replace("devel-bounces@", "bounces@")
    assert [e.action for e in parse_message(_mail(other, body)).recipients] == ["failed"]


def test_a_list_forwarding_a_servers_refusal_from_its_bounce_address_is_still_read() -> None:
    head = "From: devel-bounces@lists.example.org\nTo: devel-owner@lists.example.org\nSubject: Lorem ipsum\n"
    body = "Lorem ipsum:\n\n<kim@example.org>: host mx.example.org said: 550 5.1.1 User unknown\n"
    assert [e.recipient for e in parse_message(_mail(head, body)).recipients] == ["kim@example.org"]


_FORUM = "Example Forum <noreply@forum.example.org>"


def test_a_reply_subject_tagged_with_the_sites_name_quoted_by_the_site_is_a_refusal() -> None:
    """ElkArte's post-by-email refusal: it quotes the Subject of the reader's reply to one of its notifications."""
    head = f"From: {_FORUM}\nTo: ann@example.com\nSubject: Lorem ipsum dolor\n"
    body = "Lorem ipsum Example Forum.\n\nDolor sit amet AW: [Example Forum] Treffen consectetur.\n\n" + LOREM
    report = parse_message(_mail(head, body))
    assert [(e.recipient, e.action) for e in report.recipients] == [(None, "failed")]
    # Another site's tag: no reply to this site's notification.
    assert parse_message(_mail(head, body.replace("[Example Forum]", "[Other Forum]"))).recipients == ()
    # A notice whose own Subject is a reply is a notification of the thread, quoting its posts.
    replying = head.replace("Subject: Lorem ipsum dolor", "Subject: Re: [Example Forum] Treffen")
    assert parse_message(_mail(replying, body)).recipients == ()
    # A person's mail quoting the same Subject is no application's notice.
    person = head.replace(_FORUM, "Bob <bob@forum.example.org>")
    assert parse_message(_mail(person, body)).recipients == ()


def test_majordomo2s_untranslated_subject_says_the_post_was_denied() -> None:
    head = "From: devel-owner@lists.example.org\nTo: jonas@example.de\nSubject: Denied post to devel\n"
    body = "Lorem ipsum devel dolor sit amet\nconsectetur adipiscing:\n\nThe message body is too long (52314 > 40000)\n"
    report = parse_message(_mail(head, body))
    assert [(e.recipient, e.action) for e in report.recipients] == [(None, "failed")]
    # Its held post ("Stalled post to devel") is no failure.
    stalled = head.replace("Denied post", "Stalled post")
    assert parse_message(_mail(stalled, body)).recipients == ()
