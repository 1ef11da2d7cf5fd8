"""Round r33gen: layout features the format modules read that the general reader and the RFC 3464
reader now read too (issue 11), each checked with every format module switched off.

The mails are shapes written for these tests, not copies of real ones.
"""

from __future__ import annotations

from bouncelib import parse_message
from bouncelib._dsn.registry import format_modules_off

HEAD = (
    "From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.net>\nTo: <pat@example.com>\n"
    "Subject: Returned mail: see transcript for details\nMIME-Version: 1.0\n"
    'Content-Type: multipart/report; report-type=delivery-status; boundary="BB"\n\n'
)


def _dsn(prose: str, fields: str) -> bytes:
    return (
        f"{HEAD}--BB\nContent-Type: text/plain\n\n{prose}\n--BB\nContent-Type: message/delivery-status\n\n"
        f"Reporting-MTA: dns; relay.example.net\n\n{fields}\n--BB--\n"
    ).encode()


def _events(raw: bytes) -> list[tuple[str | None, str | None, str]]:
    with format_modules_off():
        report = parse_message(raw)
    return [(e.recipient, e.action, e.reply.text) for e in report.recipients]


def test_alias_row_names_the_member_listed_over_its_expanded_from_line() -> None:
    prose = (
        "   ----- These addresses failed -----\n"
        "member@example.org\n"
        "    (reason: 550 5.1.1 no such mailbox here)\n"
        "    (expanded from: team@relay.example.net)\n"
    )
    fields = (
        "Final-Recipient: rfc822; team@relay.example.net\nAction: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 no such mailbox here\n"
    )
    got = _events(_dsn(prose, fields))
    assert [(r, a) for r, a, _t in got] == [("member@example.org", "failed")]


def test_alias_row_names_the_member_over_a_generated_from_line() -> None:
    prose = (
        "Delivery to this address has been put off for a while:\n\n"
        "  member@example.org\n"
        "    (generated from team@relay.example.net)\n"
        "    Delay reason: 452 mailbox storage exhausted for now\n"
    )
    fields = (
        "Final-Recipient: rfc822; team@relay.example.net\nAction: delayed\nStatus: 4.0.0\n"
        "Diagnostic-Code: smtp; 452 mailbox storage exhausted for now\n"
    )
    got = _events(_dsn(prose, fields))
    assert [(r, a) for r, a, _t in got] == [("member@example.org", "delayed")]


def test_alias_expanded_to_many_in_a_transcript_is_no_recipient() -> None:
    raw = (
        b"From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.net>\nTo: pat@example.com\n"
        b"Subject: Returned mail: see transcript for details\n\n"
        b"   ----- These addresses failed -----\n"
        b"member@example.org\n    (reason: 550 no such mailbox here)\n\n"
        b"   ----- Transcript of session follows -----\n"
        b"team@relay.example.net... expanded to multiple addresses\n"
        b"... while talking to [192.0.2.8]:\n>>> DATA\n"
        b"<<< 550 no such mailbox here\n"
        b"550 5.1.1 member@example.org... User unknown\n"
    )
    assert [r for r, _a, _t in _events(raw)] == ["member@example.org"]


def test_transcript_line_deferring_an_unlisted_address_is_a_delayed_recipient() -> None:
    prose = (
        "   ----- These addresses failed -----\n"
        "gone@example.org\n    (reason: 550 no such mailbox here)\n\n"
        "   ----- Transcript of session follows -----\n"
        "<<< 451 4.7.1 try again in a few minutes\n"
        "later@example.org... Deferred: 451 4.7.1 try again in a few minutes\n"
        "<<< 550 no such mailbox here\n"
    )
    fields = (
        "Final-Recipient: rfc822; gone@example.org\nAction: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 no such mailbox here\n"
    )
    got = _events(_dsn(prose, fields))
    assert ("gone@example.org", "failed") in [(r, a) for r, a, _t in got]
    (later,) = [e for e in got if e[0] == "later@example.org"]
    assert later[1] == "delayed"
    assert later[2].startswith("451 4.7.1")


def test_refused_connection_takes_not_the_answer_above_it() -> None:
    prose = (
        "   ----- Transcript of session follows -----\n"
        "... while talking to [192.0.2.8]:\n>>> DATA\n"
        "<<< 451 come back later\n"
        "busy@example.org... Deferred: 451 come back later\n"
        "<<< 554 5.5.1 nothing to deliver here\n"
        "slow@example.org... Deferred: Connection refused by [192.0.2.9]\n"
        "Will keep trying for a while\n"
    )
    fields = (
        "Final-Recipient: rfc822; busy@example.org\nAction: delayed\nStatus: 4.0.0\n"
        "Diagnostic-Code: smtp; 451 come back later\n\n"
        "Final-Recipient: rfc822; slow@example.org\nAction: delayed\nStatus: 4.4.1\n"
    )
    (slow,) = [e for e in _events(_dsn(prose, fields)) if e[0] == "slow@example.org"]
    assert slow[1] == "delayed"
    assert "Connection refused" in slow[2]
    assert "554" not in slow[2]


def test_swedish_contact_address_is_someone_to_write_to() -> None:
    raw = (
        "From: devs-help@lists.example.org\nTo: pat@example.com\nSubject: failure notice\n\n"
        "Hi. This is the qmail-send program at lists.example.org.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n\n"
        "<devs@lists.example.org>:\n"
        "Vi tar inte emot dina inlägg. Kontakta devs-owner@lists.example.org om du undrar varför.\n"
    ).encode()
    assert [r for r, _a, _t in _events(raw)] == ["devs@lists.example.org"]


def test_in_out_transcript_gives_the_error_answer_and_its_command() -> None:
    raw = (
        b"From: MAILER-DAEMON@mx.example.net (Mail Delivery System)\nTo: postmaster@mx.example.net\n"
        b"Subject: Postfix SMTP server: errors from client.example.org[192.0.2.7]\n\n"
        b"Transcript of session follows.\n\n"
        b" Out: 220 mx.example.net ESMTP\n"
        b" In:  MAIL FROM:<sender@example.org>\n"
        b" Out: 250 2.1.0 Ok\n"
        b" In:  RCPT TO:<dana@example.net>\n"
        b" Out: 250 2.1.5 Ok\n"
        b" In:  DATA\n"
        b" Out: 354 End data with <CR><LF>.<CR><LF>\n"
        b" Out: 452 4.3.1 Insufficient system storage\n"
        b" In:  QUIT\n"
        b" Out: 221 2.0.0 Bye\n"
    )
    with format_modules_off():
        (event,) = parse_message(raw).recipients
    assert event.recipient == "dana@example.net"
    assert event.reply.text == "452 4.3.1 Insufficient system storage"
    assert event.reply.smtp_command == "DATA"


def test_deferred_words_wrapped_under_the_address_still_make_it_delayed() -> None:
    prose = (
        "   ----- These addresses failed -----\n"
        "gone@example.org\n    (reason: 550 no such mailbox here)\n\n"
        "   ----- Transcript of session follows -----\n"
        "<<< 451 4.7.1 try again in a few minutes\n"
        "later@example.org...\n"
        "    Deferred: 451 4.7.1 try again in a few minutes\n"
        "<<< 550 no such mailbox here\n"
    )
    fields = (
        "Final-Recipient: rfc822; gone@example.org\nAction: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 no such mailbox here\n"
    )
    got = _events(_dsn(prose, fields))
    assert [(r, a) for r, a, _t in got] == [("gone@example.org", "failed"), ("later@example.org", "delayed")]


def test_alias_line_under_a_reason_wrapped_in_two_still_names_the_member() -> None:
    prose = (
        "   ----- These addresses failed -----\n"
        "member@example.org\n"
        "    (reason: 550 5.1.1 the mailbox you wrote to is not\n"
        "    known here)\n"
        "    (expanded from: team@relay.example.net)\n"
    )
    fields = "Final-Recipient: rfc822; team@relay.example.net\nAction: failed\nStatus: 5.1.1\n"
    got = _events(_dsn(prose, fields))
    assert [(r, a) for r, a, _t in got] == [("member@example.org", "failed")]
