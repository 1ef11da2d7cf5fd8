"""Round r52sieve: refusals by the recipient's own filter, in our own words."""

from __future__ import annotations

from bouncelib import parse_reply


def test_reason_quoted_after_a_refusal_by_the_recipient_decides() -> None:
    # The recipient refused; the next sentence gives the reason it wrote: a size limit of its own.
    r = parse_reply("Your mail was refused by the recipient. The reason it gave: attachments over 2MB size limit.")
    assert r.reason.value != "filtered"


def test_size_refused_by_a_mail_filtering_program_is_the_recipients_limit() -> None:
    r = parse_reply("Mail bounced by the addressee's mail filtering program: message too large for me.")
    assert r.reason.value == "exceedlimit"
    r = parse_reply("Rejected by recipient's mail filtering program. Explanation: messages over 3MB size limit "
                    "are not accepted.")
    assert r.reason.value == "exceedlimit"


def test_notice_saying_it_could_not_deliver_the_enclosed_mail_fails_over_a_quoted_4xx() -> None:
    from bouncelib import parse_message

    notice = (
        "Subject: Mail delivery problem\n\n"
        "Sorry, we could not deliver the attached mail.\n"
        "carol@example.net via relay.example.net: 450 4.2.1 mailbox busy, come back later\n"
    )
    events = [r for r in parse_message(notice).to_records() if r["recipient"] == "carol@example.net"]
    assert [r["action"] for r in events] == ["failed"]


_MDN = """From: Mail Robot <robot@example.com>
To: <dave@example.org>
Subject: Your note was turned away
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification; boundary="XX"

--XX
Content-Type: text/plain

The mail you sent to <erin@example.com> could not be delivered:
Message too large, share a link to the file instead.
--XX
Content-Type: message/disposition-notification

Final-Recipient: rfc822; erin@example.com
Disposition: {disposition}

--XX--
"""


def test_size_refused_by_an_automatic_action_of_the_recipient_is_its_own_limit() -> None:
    from bouncelib import parse_message

    def reasons(disposition: str) -> list[str]:
        report = parse_message(_MDN.format(disposition=disposition))
        return [r["reason"] for r in report.to_records() if r["recipient"] == "erin@example.com"]

    assert reasons("automatic-action/MDN-sent-automatically; deleted") == ["exceedlimit"]
    # Deleted by the person's own hand, not by a rule acting for them: no evidence of whose limit it is.
    assert reasons("manual-action/MDN-sent-manually; deleted") != ["exceedlimit"]
