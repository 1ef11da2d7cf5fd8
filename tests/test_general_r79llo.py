"""Round r79llo: the general reader finds a recipient by signs read in no language (bench/leave_language_out.py).

The notices below are written in words no table holds (made-up words), so only the language-free signs can decide:
an application's own address named with the Subject of a reply sent to it, and a list that returns its reader's post
with the record of the rules that stopped it.  Each guard is tested by removing one sign.
"""

from __future__ import annotations

import bouncelib

APP_NOTICE = """\
From: Zorblat Fenwick <noreply@forum.example.org>
To: alice@example.net
Subject: [Zorblat] Qwemby -- plonkety
Date: Mon, 07 Dec 2026 03:10:00 +0000
Message-ID: <r79llo-1@forum.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

Vrendo plak, {address} (fimbo: Re: [Zorblat] Quxby dorf) snorvel gabbet.

Plimsy drov katarn wobbet.
"""


def _events(text: str) -> list[tuple[str | None, str]]:
    report = bouncelib.parse_message(text.encode())
    return [(e.recipient, e.action) for e in report.recipients]


def test_own_address_named_with_reply_subject_fails() -> None:
    address = "replies+4f6a8c0e2b4d@forum.example.org"
    assert _events(APP_NOTICE.format(address=address)) == [(address, "failed")]


def test_full_width_parentheses_and_glued_prefix() -> None:
    address = "replies+4f6a8c0e2b4d@forum.example.org"
    text = APP_NOTICE.format(address=address).replace("(fimbo: Re:", "\uff08fimboRe:").replace("dorf)", "dorf\uff09")
    assert _events(text) == [(address, "failed")]


def test_address_of_another_site_is_not_read() -> None:
    # The reader's mail went to someone else's address: nothing says the application was the one that refused it.
    assert _events(APP_NOTICE.format(address="bob@elsewhere.example.com")) == []


def test_without_the_reply_subject_nothing_is_read() -> None:
    text = APP_NOTICE.format(address="replies+4f6a8c0e2b4d@forum.example.org").replace(
        "(fimbo: Re: [Zorblat] Quxby dorf)", "(fimbo: [Zorblat] Quxby dorf)"
    )
    assert _events(text) == []


def test_a_person_or_a_list_is_not_read_so() -> None:
    address = "replies+4f6a8c0e2b4d@forum.example.org"
    person = APP_NOTICE.format(address=address).replace("noreply@forum.example.org", "carol@forum.example.org")
    assert _events(person) == []
    listed = APP_NOTICE.format(address=address).replace("MIME-Version", "List-Id: <d.forum.example.org>\nMIME-Version")
    assert _events(listed) == []


def test_a_reply_to_no_notification_of_the_site_is_not_read() -> None:
    # The quoted Subject lacks the tag the notice's Subject opens with: nothing says the reader answered one of the
    # site's own notifications (an acknowledgement or a hold of the same shape is told only by its words).
    text = APP_NOTICE.format(address="replies+4f6a8c0e2b4d@forum.example.org")
    text = text.replace("Re: [Zorblat] Quxby", "Re: Quxby")
    assert _events(text) == []


def test_two_addresses_give_none() -> None:
    text = APP_NOTICE.format(address="replies+4f6a8c0e2b4d@forum.example.org").replace(
        "Plimsy drov", "Plimsy replies+99aa@forum.example.org drov"
    )
    assert _events(text) == []


# The notice's Subject says something of its own (mlmmj's "<words> devel@lists.example.org: <the post's Subject>"): a
# Subject that is the post's own, word for word, is a sign of its own (Mailman's bounce_message, round r80recip).
LIST_NOTICE = """\
From: devel-owner@lists.example.org
To: dave@example.net
Subject: Zorblat devel@lists.example.org: Build fails on ARM
Date: Mon, 07 Dec 2026 08:10:45 +0000
Message-ID: <r79llo-2@lists.example.org>
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
{hits}
The build fails on ARM since yesterday.

--b--
"""


def test_list_returning_own_post_with_rule_hits_fails() -> None:
    text = LIST_NOTICE.format(poster="dave@example.net", hits="X-Mailman-Rule-Hits: nonmember-moderation\n")
    assert _events(text) == [("devel@lists.example.org", "failed")]


def test_list_returning_own_post_without_rule_hits_is_not_read() -> None:
    # mlmmj's hold notice returns the post from devel+owner@ as its refusals do: without the list's record of the
    # rules that stopped it, only words could tell a hold from a refusal.
    assert _events(LIST_NOTICE.format(poster="dave@example.net", hits="")) == []


def test_list_returning_someone_elses_post_is_not_read() -> None:
    # A moderator's request: the post is another member's.
    text = LIST_NOTICE.format(poster="erin@example.org", hits="X-Mailman-Rule-Hits: nonmember-moderation\n")
    assert _events(text) == []


def test_list_role_sender_of_another_list_is_not_read() -> None:
    text = LIST_NOTICE.format(poster="dave@example.net", hits="X-Mailman-Rule-Hits: nonmember-moderation\n")
    text = text.replace("From: devel-owner@lists.example.org", "From: users-owner@lists.example.org")
    assert _events(text) == []
