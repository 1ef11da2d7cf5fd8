"""Round r80recip: more signs read in no language, for the general reader's recipients (bench/leave_language_out.py).

The notices below are written in words no table holds (made-up words), so only the language-free signs decide: a list
notice whose Subject is the returned post's own (Mailman's bounce_message), a quoted reply Subject whose tag names
the site that writes the notice (its From's name, or its own Subject without brackets), MailScanner's bounce header,
a role mailbox the notice elsewhere names as someone to write to, and a list's own role addresses.  Each guard is
tested by removing one sign.
"""

from __future__ import annotations

import bouncelib


def _events(text: str) -> list[tuple[str | None, str]]:
    report = bouncelib.parse_message(text.encode())
    return [(e.recipient, e.action) for e in report.recipients]


# ---------------------------------------------------------------- a list returns the post under its own Subject
LIST_NOTICE = """\
From: devel-owner@lists.example.org
To: dave@example.net
Subject: {subject}
Date: Mon, 07 Dec 2026 08:10:45 +0000
Message-ID: <r80recip-1@lists.example.org>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b"

--b
Content-Type: text/plain; charset="utf-8"

Zorblat fenwick qwemby "Devel" plonkety vrendo plak.

--b
Content-Type: message/rfc822

From: Dave Example <{poster}>
To: devel@lists.example.org
Subject: Build fails on ARM
Message-ID: <post-1@example.net>

The build fails on ARM since yesterday.

--b--
"""


def test_list_returning_own_post_under_its_subject_fails() -> None:
    text = LIST_NOTICE.format(subject="Build fails on ARM", poster="dave@example.net")
    assert _events(text) == [("devel@lists.example.org", "failed")]


def test_list_notice_with_a_subject_of_its_own_is_not_read() -> None:
    # mlmmj's hold: "<words> devel@lists.example.org: Build fails on ARM", the post returned all the same.
    text = LIST_NOTICE.format(subject="Zorblat devel@lists.example.org: Build fails on ARM", poster="dave@example.net")
    assert _events(text) == []
    # An acknowledgement's own reply ("Re: <the post's Subject>") is no bare Subject either.
    assert _events(LIST_NOTICE.format(subject="Re: Build fails on ARM", poster="dave@example.net")) == []


def test_someone_elses_post_under_its_subject_is_not_read() -> None:
    # A moderator's request returns another member's post.
    assert _events(LIST_NOTICE.format(subject="Build fails on ARM", poster="erin@example.org")) == []


# ---------------------------------------------------------------- the quoted Subject's tag names the site
APP_NOTICE = """\
From: {name} <noreply@forum.example.org>
To: alice@example.net
Subject: {subject}
Date: Mon, 07 Dec 2026 03:10:00 +0000
Message-ID: <r80recip-2@forum.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

Vrendo plak, replies+4f6a8c0e2b4d@forum.example.org (fimbo: Re: [Zorblat Forum] Quxby dorf) snorvel gabbet.

Plimsy drov katarn wobbet.
"""
ADDRESS = "replies+4f6a8c0e2b4d@forum.example.org"


def test_site_name_bare_in_the_subject() -> None:
    # Finnish Discourse: "Esimerkkifoorumi Sähköpostiongelma - ...", the site's name with no brackets.
    text = APP_NOTICE.format(name="Qwemby", subject="Zorblat Forum Qwemby -- plonkety")
    assert _events(text) == [(ADDRESS, "failed")]


def test_site_name_after_the_words_of_the_subject() -> None:
    # Arabic Discourse: the tag stands after the Subject's words.
    text = APP_NOTICE.format(name="Qwemby", subject="Qwemby plonkety [Zorblat Forum] - dorf")
    assert _events(text) == [(ADDRESS, "failed")]


def test_site_name_of_the_sender() -> None:
    text = APP_NOTICE.format(name="Zorblat Forum", subject="Qwemby -- plonkety")
    assert _events(text) == [(ADDRESS, "failed")]


def test_tag_that_names_no_site_of_the_notice_is_not_read() -> None:
    text = APP_NOTICE.format(name="Qwemby", subject="Qwemby -- plonkety")
    assert _events(text) == []
    # A word of the tag inside a longer word of the Subject is not the tag's words.
    text = APP_NOTICE.format(name="Qwemby", subject="Zorblat Forumdorf -- plonkety")
    assert _events(text) == []


# ---------------------------------------------------------------- MailScanner's bounce header
SCANNER_NOTICE = """\
{header}From: "MailScanner" <postmaster>
To: alice@example.org
Subject: {{Bounce}} Zorblat fenwick
X-ExampleNet-MailScanner: generated

Zorblat fenwick qwemby plonkety vrendo:
  Fimbo: bob@example.net
  Snorvel: Angebot Fruehjahr 2026
  Gabbet: Mon Mar  2 09:14:07 2026
Plimsy drov katarn wobbet: spam, spamhaus-ZEN.

Quxby dorf plak.
"""


def test_mailscanner_bounce_header_fails_the_summarised_recipient() -> None:
    text = SCANNER_NOTICE.format(header="X-MailScanner-Bounce: yes\n")
    assert _events(text) == [("bob@example.net", "failed")]


def test_without_the_header_nothing_is_read() -> None:
    # MailScanner's filename and virus reports to the sender look the same and refuse nothing.
    assert _events(SCANNER_NOTICE.format(header="")) == []
    assert _events(SCANNER_NOTICE.format(header="X-MailScanner-Bounce: no\n")) == []


# ---------------------------------------------------------------- an address named elsewhere as a contact
TWO_LANGUAGES = """\
From: MAILER-DAEMON@host.example.net
To: alice@example.net
Subject: Mail Delivery Failure Notice
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Your mail could not be delivered to all recipients.

    <bob@example.org>

while connected with mx.example.org, the server replied
    552 5.2.2 <bob@example.org> Quota exceeded (mailbox for user is full)

Zorblat fenwick, qwemby to <postmaster@host.example.net>.
(If you need help, write to <postmaster@host.example.net>.)
"""


def test_contact_named_twice_is_no_recipient() -> None:
    assert _events(TWO_LANGUAGES) == [("bob@example.org", "failed")]


# ---------------------------------------------------------------- a list's own role addresses
ROLE_NOTICE = """\
From: devel-bounces+8a3f0c1d@lists.example.org
To: alice@example.org
Subject: Zorblat devel
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Your message could not be delivered.

Zorblat fenwick qwemby plonkety:

     {address}
"""


def test_role_address_of_the_senders_list_is_no_recipient() -> None:
    # The failure stays, naming no recipient.
    assert _events(ROLE_NOTICE.format(address="devel-owner@lists.example.org")) == [(None, "failed")]


def test_role_address_of_another_list_stays() -> None:
    # Another list's owner (or any other address) is read as before.
    assert _events(ROLE_NOTICE.format(address="users-owner@lists.example.org")) == [
        ("users-owner@lists.example.org", "failed")
    ]
