"""Round 53 (r53modoff): what the readers of the standards and the general reader find with every format module off.

* A Remote-MTA field's comments (a connection's details in parentheses after the name) are no part of the host name.
* A DSN whose fields name no Remote-MTA takes the server the prose names, with the SMTP stage.
* A Sendmail-style transcript's "while talking to <host>:" heads the turns below it: a recipient's own command and
  answer there are that host's, and a recipient named inside one section does not take the next section's host.
* A server named with its address as the subject of a sentence, by a "host:" label, or in brackets after "server".
* A banner (words set between rules) closes the words read below a recipient.
* Pasted fields whose Final-Recipient is the prose's address with a host name inside its domain are one recipient.

Our own layouts and wordings, not copies of corpus mails.  Each test of a new reading fails without its change.
"""

from __future__ import annotations

import pytest
from general_reading import PLAIN_HEAD, reading

from bouncelib import parse_message
from bouncelib._dsn.registry import format_modules_off


def _off(data: bytes) -> list[tuple[str | None, str | None, str | None]]:
    """(recipient, action, remote host) of each event, format modules off."""
    with format_modules_off():
        records = parse_message(data).to_records()
    return [(r["recipient"], r["action"], r["remote_host"]) for r in records if r["action"] in ("failed", "delayed")]


def _report(prose: str, fields: str) -> bytes:
    return (
        "From: Mail Delivery Subsystem <MAILER-DAEMON@out.example.org>\n"
        "To: lee@example.com\n"
        "Subject: Returned mail: see transcript for details\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="zz"\n\n'
        f"--zz\n\n{prose}\n"
        f"--zz\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; out.example.org\n\n{fields}\n"
        "--zz--\n"
    ).encode()


@pytest.mark.parametrize(
    "remote",
    [
        "dns; in2.example.net (TCP|198.51.100.4|40001|203.0.113.9|25)",
        "dns; in2.example.net\n (in2. -- Server LMTP [Some Store 9.1])",
    ],
)
def test_remote_mta_comments_are_no_part_of_the_name(remote: str) -> None:
    fields = (
        "Final-Recipient: rfc822; robin@example.net\nAction: failed\nStatus: 5.2.2\n"
        f"Remote-MTA: {remote}\nDiagnostic-Code: smtp; 552 5.2.2 robin's store is full\n"
    )
    assert _off(_report("Your message could not be delivered.\n", fields)) == [
        ("robin@example.net", "failed", "in2.example.net")
    ]


def test_remote_mta_with_its_address_in_parentheses_stays_read() -> None:
    # The guard: one comment that is an address is the host's address, as before.
    fields = (
        "Final-Recipient: rfc822; robin@example.net\nAction: failed\nStatus: 5.2.2\n"
        "Remote-MTA: dns; in2.example.net (203.0.113.9)\nDiagnostic-Code: smtp; 552 5.2.2 robin's store is full\n"
    )
    with format_modules_off():
        record = parse_message(_report("Your message could not be delivered.\n", fields)).to_records()[0]
    assert (record["remote_host"], record["remote_ip"]) == ("in2.example.net", "203.0.113.9")


def test_dsn_without_remote_mta_takes_the_host_the_transcript_talks_to() -> None:
    prose = (
        "   ----- The following addresses had permanent fatal errors -----\n"
        "<sam@far.example.net>\n"
        "    (reason: 552 5.3.4 Size of this message is above what we take)\n\n"
        "   ----- Transcript of session follows -----\n"
        "... while talking to gate.far.example.net.:\n"
        ">>> MAIL From:<lee@example.com> SIZE=90000000\n"
        "<<< 552 5.3.4 Size of this message is above what we take\n"
        "554 5.0.0 Service unavailable\n"
    )
    fields = "Final-Recipient: RFC822; sam@far.example.net\nAction: failed\nStatus: 5.3.4\n" + (
        "Diagnostic-Code: SMTP; 552 5.3.4 Size of this message is above what we take\n"
    )
    assert _off(_report(prose, fields)) == [("sam@far.example.net", "failed", "gate.far.example.net")]


_SECTIONS = (
    "   ----- Transcript of session follows -----\n"
    "While talking to mx.one.example.org:\n"
    ">>> RCPT To:<ann@one.example.org>\n"
    "<<< 550 <ann@one.example.org>... no mailbox by that name\n"
    "550 <ann@one.example.org>... User unknown\n"
    "550 <bea@two.example.org>... 550 Host unknown (no such domain)\n"
    "While talking to mx.three.example.org:\n"
    ">>> RCPT To:<cal@three.example.org>\n"
    "<<< 550 <cal@three.example.org>... not known here\n"
    "550 <cal@three.example.org>... User unknown\n\n"
    "   ----- Unsent message follows -----\n"
    "Subject: plans\n"
)


def test_transcript_sections_give_each_recipient_its_own_host() -> None:
    got = {r: host for r, _a, host in _off((PLAIN_HEAD + _SECTIONS).encode())}
    assert got["ann@one.example.org"] == "mx.one.example.org"
    assert got["cal@three.example.org"] == "mx.three.example.org"


def test_a_recipient_inside_one_section_does_not_take_the_next_sections_host() -> None:
    got = {r: host for r, _a, host in _off((PLAIN_HEAD + _SECTIONS).encode())}
    assert got["bea@two.example.org"] is None


@pytest.mark.parametrize(
    ("lines", "host"),
    [
        (
            "There was a problem sending your mail to <dee@far.example.net>.\n\n"
            "inbound.far.example.net [203.0.113.77] refused our RCPT TO:\n"
            "550 5.7.1 <dee@far.example.net>: sender host has no reverse name\n",
            "inbound.far.example.net",
        ),
        (
            "Your message could not reach one of its recipients:\n\n"
            '"dee@far.example.net":\n'
            "SMTP error from remote server after RCPT command:\n"
            "host: inbound.far.example.net\n"
            "5.2.2 <dee@far.example.net>... Quota exceeded\n",
            "inbound.far.example.net",
        ),
        (
            "1 problem:\n\n"
            "Mail Server <inbound.far.example.net> turned down recipient <dee@far.example.net> after RCPT. "
            "Its answer: [550 5.1.1 No such person]\n",
            "inbound.far.example.net",
        ),
    ],
    ids=["named-with-address", "host-label", "server-in-brackets"],
)
def test_server_named_in_the_recipients_lines(lines: str, host: str) -> None:
    assert _off((PLAIN_HEAD + lines).encode()) == [("dee@far.example.net", "failed", host)]


def test_a_banner_closes_the_words_below_the_recipient() -> None:
    text = (
        "***** Notice from the gateway filter *****\n\n"
        "This mail was not delivered.\n"
        "Reason:  Cannot deliver the mail to <eve@far.example.net> (nor to other recipients at that domain).\n\n"
        "*********   Notice ends here   *********\n"
    )
    with format_modules_off():
        record = parse_message((PLAIN_HEAD + text).encode()).to_records()[0]
    assert record["recipient"] == "eve@far.example.net"
    assert "Notice ends" not in (record["text"] or ""), record["text"]


def test_pasted_fields_with_a_host_qualified_recipient_are_the_prose_recipient() -> None:
    text = (
        "   ----- The following addresses had permanent fatal errors -----\n"
        '"|/usr/bin/sorter --deliver #fay"\n'
        "    (expanded from: <fay@dept.example.edu>)\n\n"
        "   ----- Transcript of session follows -----\n"
        '554 "|/usr/bin/sorter --deliver #fay"... Service unavailable\n\n'
        "Reporting-MTA: dns; box7.dept.example.edu\n\n"
        "Final-Recipient: RFC822; fay@box7.dept.example.edu\n"
        "Action: failed\n"
        "Status: 5.5.0\n"
    )
    got = _off((PLAIN_HEAD + text).encode())
    assert [r for r, _a, _h in got] == ["fay@box7.dept.example.edu"], got


def test_pasted_fields_keep_a_prose_recipient_of_another_domain() -> None:
    # The guard: the same local part at an unrelated domain is another recipient, added as before.
    text = (
        "   ----- The following addresses had permanent fatal errors -----\n"
        "<fay@other.example.com>\n"
        "    (reason: 550 5.1.1 unknown user)\n\n"
        "Reporting-MTA: dns; box7.dept.example.edu\n\n"
        "Final-Recipient: RFC822; fay@box7.dept.example.edu\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
    )
    got = sorted(r or "" for r, _a, _h in _off((PLAIN_HEAD + text).encode()))
    assert got == ["fay@box7.dept.example.edu", "fay@other.example.com"], got


# -- second step: a DSN Action outside RFC 3464's values, the words under a list's heading, a gave-up Subject --


def test_dsn_action_expired_is_a_failure_that_expired() -> None:
    fields = (
        "Final-Recipient: rfc822; gil@slow.example.net\nAction: expired\nStatus:\n"
        "Diagnostic-Code: Connection refused\n"
    )
    with format_modules_off():
        records = parse_message(_report("Your message could not be delivered.\n", fields)).to_records()
    assert [(r["recipient"], r["action"], r["reason"]) for r in records] == [
        ("gil@slow.example.net", "failed", "expired")
    ]


_LISTED_UNDER_REPLY = (
    "Your mail\n"
    "   Subject: budget\n\n"
    "was refused, the answer being\n\n"
    "550 5.1.1 No mailbox here by that name\n\n"
    "Addresses concerned:\n"
    "    hana@far.example.net\n"
    "    ivo@far.example.net\n"
    "\n\n"
    "Further details\n"
    "---------------\n"
    "Gateway:   <gw.example.org>\n"
)


def test_every_address_of_a_list_under_its_heading_shares_the_reply_above() -> None:
    with format_modules_off():
        records = parse_message((PLAIN_HEAD + _LISTED_UNDER_REPLY).encode()).to_records()
    got = [(r["recipient"], r["reason"], r["smtp_code"]) for r in records]
    assert got == [("hana@far.example.net", "userunknown", 550), ("ivo@far.example.net", "userunknown", 550)], got


def test_a_heading_underlined_by_a_rule_is_no_recipients_words() -> None:
    text = (
        "Delivery to the address below failed for good:\n\n"
        "    jo@far.example.net\n"
        "\n"
        "Message details\n"
        "===============\n"
        "Queued at:  gw.example.org\n"
    )
    with format_modules_off():
        records = parse_message((PLAIN_HEAD + text).encode()).to_records()
    assert [r["recipient"] for r in records] == ["jo@far.example.net"]
    assert "Message details" not in (records[0]["text"] or ""), records[0]["text"]


def test_a_final_subject_that_says_how_long_it_could_not_send_is_expiry() -> None:
    data = (
        b"From: Mail Delivery Subsystem <MAILER-DAEMON@gw.example.org>\n"
        b"To: lee@example.com\n"
        b"Subject: Returned mail: Cannot send message for 3 days\n\n"
        b"   ----- Transcript of session follows -----\n"
        b"<kai@far.example.net>... Deferred: Connection refused by mx.far.example.net\n\n"
        b"   ----- Unsent message follows -----\n"
        b"Subject: notes\n"
    )
    assert reading(data, failures_only=True) == [("kai@far.example.net", "failed", "expired")]


def test_dsn_without_remote_mta_takes_a_transcripts_address_as_the_hosts_address() -> None:
    prose = (
        "   ----- Transcript of session follows -----\n"
        "... while talking to [198.51.100.61]:\n"
        ">>> RCPT To:<uma@far.example.net>\n"
        "<<< 550 5.1.1 <uma@far.example.net>... nobody here by that name\n"
    )
    fields = "Final-Recipient: RFC822; uma@far.example.net\nAction: failed\nStatus: 5.1.1\n" + (
        "Diagnostic-Code: SMTP; 550 5.1.1 <uma@far.example.net>... nobody here by that name\n"
    )
    with format_modules_off():
        record = parse_message(_report(prose, fields)).to_records()[0]
    assert (record["remote_host"], record["remote_ip"]) == (None, "198.51.100.61")
