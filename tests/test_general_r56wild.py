"""Round r56wild: answers of applications that take mail (a code-review tool's mail receiver, a forum's post-by-email)
to a mail they could not take, read by the general reader with every format module switched off (issue 11).

The mails are shapes written for these tests, not copies of real ones.
"""

from __future__ import annotations

from bouncelib import parse_message
from bouncelib._data import notices
from bouncelib._dsn.registry import format_modules_off


def _events(raw: str) -> list[tuple[str | None, str | None]]:
    with format_modules_off():
        report = parse_message(raw.encode())
    return [(e.recipient, e.action) for e in report.recipients]


def _reply(subject: str, body: str, sender: str = "Review robot <robot@review.example.org>") -> str:
    return (
        f"From: {sender}\nTo: dana@example.com\n"
        f"Subject: {subject}\nDate: Mon, 07 Dec 2026 08:00:05 +0000\n\n{body}"
    )


def test_a_mail_said_not_processed_where_it_was_sent_is_a_failure() -> None:
    assert notices.FAILURE.search("your e-mail to the review tool was not processed, as it had no text")
    assert notices.FAILURE.search("the mail to tickets has not been processed because of an error")
    # a queue's promise is no failure
    assert notices.FAILURE.search("your message has not been processed yet; we answer within a day") is None


def test_the_returned_headers_under_their_own_heading_name_the_refused_address() -> None:
    body = (
        "Your mail to the review tool was not processed: nothing here takes mail at that address.\n\n"
        "-- Original Message Body ---------------\n\nPlease look at change 42.\n\n"
        "-- Original Message Headers ------------\n\n"
        "from: Dana <dana@example.com>\nto: reveiw@review.example.org\nsubject: change 42\n\n"
    )
    assert _events(_reply("Mail not taken", body)) == [("reveiw@review.example.org", "failed")]


def test_a_german_notice_that_it_could_not_pass_on_the_readers_message_is_a_failure() -> None:
    body = (
        "Guten Tag. Das Forum meldet sich.\n\n"
        "Wir müssen dir sagen, dass ich deine Nachricht zum Gartenfest nicht zustellen oder veröffentlichen konnte.\n\n"
    )
    assert notices.FAILURE.search(body.lower())
    assert notices.FAILURE.search("ihre nachricht zum gartenfest haben wir erhalten und leiten sie weiter") is None
    # an application that takes no replies wrote it: a notice, with no address to name
    assert _events(_reply("Problem", body, "Forum <noreply@forum.example.org>")) == [(None, "failed")]


def test_the_body_that_says_the_readers_message_lacked_what_is_required_is_a_refusal() -> None:
    said = "the message you sent to tickets did not contain a subject line the tracker understands."
    assert notices.FAILURE.search(said)
    assert notices.FAILURE.search("the message you sent to tickets contained a subject line.") is None


_OWN = (
    "From: Dana Writer <dana@example.com>\nTo: desk@tickets.example.org\nSubject: Printer jammed\n"
    "Date: Mon, 07 Dec 2026 08:00:00 +0000\n\nThe printer on floor 2 is jammed.\n"
)


def _tracker_answer(notice: str, returned: str = _OWN) -> bytes:
    """A help desk's answer with no Subject: its notice, then the mail it got as a second plain text part."""
    return (
        "From: Desk robot <robot@tickets.example.org>\nTo: dana@example.com\n"
        "Date: Mon, 07 Dec 2026 08:00:05 +0000\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="XX"\n\n'
        f"--XX\nContent-Type: text/plain; charset=us-ascii\n\n{notice}\n"
        f"--XX\nContent-Type: text/plain; charset=us-ascii\n\n{returned}\n--XX--\n"
    ).encode()


def _tracker_events(raw: bytes) -> list[tuple[str | None, str | None]]:
    with format_modules_off():
        report = parse_message(raw)
    return [(e.recipient, e.action) for e in report.recipients]


# A usage manual the answer carries below its first paragraph, long enough to hold failure words of its own.
_MANUAL = "\n\n".join(
    [*(f"Section {k}. Mail the desk to open a ticket, or reply to add to one." for k in range(9)),
     "Section 9. Mail sent to a closed ticket is bounced."]
)


def test_an_answer_returning_the_readers_mail_and_refusing_its_sender_is_a_failure_without_subject() -> None:
    raw = _tracker_answer("You are not a registered user of this help desk. Sign up first.")
    assert _tracker_events(raw) == [("desk@tickets.example.org", "failed")]


def test_the_first_paragraph_refusing_the_readers_mail_outweighs_a_manual_below_it() -> None:
    raw = _tracker_answer(f"Mails to this help desk must include a Subject line.\n\n{_MANUAL}")
    assert _tracker_events(raw) == [("desk@tickets.example.org", "failed")]


def test_an_acknowledgement_returning_the_readers_mail_refuses_nothing() -> None:
    assert _tracker_events(_tracker_answer("Thank you, your ticket 42 is open. We answer within a day.")) == []
    # nor does a refusal returning somebody else's mail (a moderator's copy)
    other = _OWN.replace("Dana Writer <dana@example.com>", "Eve <eve@example.net>")
    assert _tracker_events(_tracker_answer("You are not a registered user of this help desk.", other)) == []
