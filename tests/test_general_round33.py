"""Round 33 of issue 11: three layout shapes read from the tuning part of the round's wild mails.

Each mail here is written for the test (a shape, not a copy): the real ones are in corpus/wild/mail.
"""

from __future__ import annotations

from bouncelib import parse_message

MIME = "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"


def _records(text: str) -> list[dict[str, object]]:
    return [r for r in parse_message(text.encode()).to_records() if r["action"] in ("failed", "delayed")]


def test_exims_host_line_answer_with_no_address_is_the_servers_refusal() -> None:
    # Exim names the server that answered by its host name and address, a colon, then the reply (here on the
    # next line); the paste leaves the failed address out.  The reply's class says failed or delayed.
    refused = MIME + (
        "SMTP error from remote mail server after sending the message body:\n"
        "host in.mx.example.net [192.0.2.44]:\n"
        "554 5.7.1 Message content refused by local rule\n"
    )
    (row,) = _records(refused)
    assert (row["recipient"], row["action"], row["smtp_code"]) == (None, "failed", 554)
    deferred = MIME + "Temporary SMTP error after RCPT:\nhost in.mx.example.net [192.0.2.44]: 451 4.3.0 try later\n"
    (row,) = _records(deferred)
    assert (row["recipient"], row["action"], row["smtp_code"]) == (None, "delayed", 451)


def test_the_paragraph_a_to_the_following_addresses_banner_points_at_is_the_cause() -> None:
    # qmail's banner says it failed "to the following addresses." and goes on in the same paragraph; the
    # next paragraph is the recipient's, here its cause alone (the paste lost the address).
    body = MIME + (
        "Hi. This is the delivery program at relay.example.org.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        "The recipient's mailbox has used up its quota and cannot take more mail.\n"
    )
    (row,) = _records(body)
    assert (row["recipient"], row["action"], row["reason"]) == (None, "failed", "mailboxfull")


def test_exchanges_diagnostic_type_in_front_of_the_remote_reply_is_not_part_of_it() -> None:
    # Exchange's "Remote Server returned '< #5.2.2 smtp;552 ...>'": the reply starts at its code.
    head = "From: postmaster@ex.example.com\nTo: ann@example.com\nSubject: Undeliverable: report\n"
    body = (
        "Delivery has failed to these recipients or groups:\n\nbo@example.net\n\n"
        "Diagnostic information for administrators:\n\nGenerating server: EX1.example.com\n\n"
        "bo@example.net\nRemote Server returned '< #5.2.2 smtp;552 5.2.2 Mailbox over quota>'\n\n"
        "Original message headers:\n\nFrom: ann@example.com\nTo: bo@example.net\n"
    )
    (row,) = _records(head + MIME + body)
    assert (row["recipient"], row["smtp_code"], row["enhanced_status"], row["reason"]) == (
        "bo@example.net",
        552,
        "5.2.2",
        "mailboxfull",
    )


def test_a_final_recipient_with_no_type_and_no_address_names_no_recipient() -> None:
    # RFC 3464's Final-Recipient is "type; address": a bare word in its place (a poster's redaction, a template's
    # placeholder) is no address; the failure stands, with no recipient named.  A typed local name stays one.
    fields = MIME + (
        "Reporting-MTA: dns; mx.example.net\n\n"
        "Final-Recipient: withheld\nAction: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 no such user here\n"
    )
    (row,) = _records(fields)
    assert (row["recipient"], row["action"], row["reason"]) == (None, "failed", "userunknown")
    (typed,) = _records(fields.replace("Final-Recipient: withheld", "Final-Recipient: rfc822; withheld"))
    assert typed["recipient"] == "withheld"


def test_the_address_a_reply_calls_the_mail_from_address_is_the_senders() -> None:
    # A list server's refusal quoted by Exim names the envelope sender: "for your MAIL FROM address <a>" (the
    # address on a line of its own after the wrap) is no recipient; the notice names none.
    body = MIME + (
        "SMTP error from remote mail server after MAIL FROM:<pat@example.com>:\n"
        "    host lists.example.org [192.0.2.9]: 550 5.7.1\n"
        "Sorry, for your MAIL FROM address\n"
        "<pat@example.com> our policy check said no\n"
    )
    rows = _records(body)
    assert [r["recipient"] for r in rows] == [None]
    assert rows[0]["smtp_code"] == 550


def test_a_line_ending_with_the_code_and_status_goes_on_with_the_reply_below() -> None:
    # "host h [ip]: 554 5.7.1" at a line's end: the reply's words are on the next line.
    body = MIME + (
        "SMTP error from remote mail server after end of data:\n"
        "host in.mx.example.net [192.0.2.44]: 554 5.7.1\n"
        "Message rejected as spam by content filter\n"
    )
    (row,) = _records(body)
    assert "spam by content filter" in str(row["text"])
    assert row["reason"] == "spamdetected"
