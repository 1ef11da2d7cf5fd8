"""Round 41 (r41gen): the general reader, format modules off, on layout variations of tuning mails (bench/perturb.py).

The first test takes real tuning mails of the wild corpus and a perturbation that changed their reading before this
round; the others are our own inputs, in other words than the mails they were drawn from.  Each fails without its
change.
"""

from __future__ import annotations

import pytest
from general_reading import Reading, assert_perturbation_keeps_failures, reading

from bouncelib import parse_message
from bouncelib._dsn.registry import format_modules_off


def _reading(data: bytes) -> Reading:
    return reading(data, failures_only=True)


@pytest.mark.parametrize(
    ("perturbation", "file", "wanted"),
    [
        # "you are not authorized" / "to use" / "the a address": the recipient words wrapped over two lines.
        ("rewrap", "workshops-bounce-unauthorized-subgroup.eml", ["25w5012-organizers@workshops.example.org"]),
        # "送信情報は下記となります：" over "宛先：　<a>": a label with the full-width colon, not a display name.
        ("addr-angle", "gromox-nouser-ja.eml", ["tanaka@example.org"]),
        ("addr-angle", "gromox-rule-refused-zh.eml", ["zhao.lei@example.org"]),
        # Cyrus's Sieve reject with the returned message left out: its disposition report names the recipient.
        ("original-absent", "cyrus-sieve-reject-size.eml", ["bob@example.net"]),
        # Sympa's notice that a member's address generated non-delivery reports, rewrapped: still no failure.
        ("rewrap", "sympa-user-bouncing-address-en.eml", []),
    ],
)
def test_perturbation_keeps_the_reading(perturbation: str, file: str, wanted: list[str]) -> None:
    assert_perturbation_keeps_failures(perturbation, file, wanted)


_SUMMARY = (
    "From: Mail System <postmaster@mail.example.jp>\nTo: ken@example.net\nSubject: 配信エラー\n\n"
    "ご注意：\n  宛先のメールボックスがいっぱいのため、\"{a}\"へのメールを配信できませんでした。\n\n"
    "メール情報：\n    差出人：　　  ken@example.net\n    宛先：　      {b}\n    件名：　      会議\n"
)


def test_a_label_with_a_full_width_colon_is_no_display_name() -> None:
    # "宛先：　<a>" (To:, CJK punctuation) is a label like "To: <a>": the address in brackets or bare reads alike.
    bare = _reading(_SUMMARY.format(a="yumi@example.org", b="yumi@example.org").encode())
    angled = _reading(_SUMMARY.format(a="<yumi@example.org>", b="<yumi@example.org>").encode())
    assert angled == bare


@pytest.mark.parametrize(
    "body",
    [
        "Your post was refused, since you are not permitted to use the {a} address.\n",
        "Your post was refused, since you are not permitted\nto use\nthe {a} address.\n",
        "Your post was refused, since you\nare not permitted to use the\n{a} address.\n",
    ],
)
def test_the_address_the_sender_may_not_use_however_the_sentence_is_wrapped(body: str) -> None:
    raw = (
        "From: Event Mailer <noreply@events.example.org>\nTo: sam@example.com\nSubject: Message not delivered\n\n"
        "Your message was NOT delivered. " + body.format(a="board@events.example.org")
    )
    assert [r for r, _a, _reason in _reading(raw.encode())] == ["board@events.example.org"]


@pytest.mark.parametrize("wrap", [" ", "\n"])
def test_a_members_address_that_generated_bounces_is_no_failed_recipient(wrap: str) -> None:
    # A list telling its member that mail sent to the member's address caused non-delivery reports: it reports
    # earlier failures it received, none of its own, however a wrap places the member's address.
    raw = (
        "From: Lists <lists@lists.example.org>\nTo: kim@example.net\nSubject: Your address in list users\n\n"
        f"Messages of the list users that were sent to your address{wrap}kim@example.net have caused non-delivery"
        " reports since 2026-10-02.\nIf this goes on, your subscription will be removed.\n"
    )
    with format_modules_off():
        report = parse_message(raw.encode())
    assert [e for e in report.recipients if e.action in ("failed", "delayed")] == []


def test_the_addressee_wrapped_to_the_start_of_a_line_mid_sentence_is_not_labelled() -> None:
    # "... delivered to your address" / "<addressee> was ..." is the sentence written on one line, not a label.
    raw = (
        "From: MAILER-DAEMON@mx.example.org\nTo: lee@example.net\nSubject: Undelivered Mail\n\n"
        "The message could not be delivered. It was sent from your address\nlee@example.net with a forged date.\n"
    )
    assert all(r != "lee@example.net" for r, _a, _reason in _reading(raw.encode()))


_MDN = (
    "From: Mail Sieve Subsystem <postmaster@imap.example.net>\nTo: <ana@example.com>\nMIME-Version: 1.0\n"
    "Subject: Automatically rejected mail\n"
    'Content-Type: multipart/report; report-type=disposition-notification; boundary="b1"\n\n'
    "--b1\nContent-Type: text/plain\n\nYour message was automatically rejected by Sieve.\n\n"
    "The following reason was given:\nThis mailbox takes no mail from outside the company.\n\n"
    "--b1\nContent-Type: message/disposition-notification\n\n"
    "Reporting-UA: imap.example.net; Sieve\nOriginal-Recipient: rfc822; team@example.net\n"
    "Final-Recipient: rfc822; joe@example.net\nDisposition: automatic-action/MDN-sent-automatically; {what}\n\n"
    "--b1--\n"
)


def test_a_disposition_report_of_a_deleted_message_names_the_recipient_that_refused_it() -> None:
    # No returned message: the MDN's Final-Recipient (the alias's member, not its Original-Recipient) refused it,
    # and the paragraph that says so, with the reason below it, is the reply.
    rows = _reading(_MDN.format(what="deleted").encode())
    assert [(r, a) for r, a, _reason in rows] == [("joe@example.net", "failed")]


def test_a_disposition_report_of_a_displayed_message_names_no_failure() -> None:
    # A read receipt's "displayed" says nothing was refused.
    raw = _MDN.format(what="displayed").replace("automatically rejected by Sieve", "displayed on the screen")
    raw = raw.replace("The following reason was given:\nThis mailbox takes no mail from outside the company.\n\n", "")
    assert _reading(raw.encode()) == []


_SENDMAIL = (
    "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>\nTo: <ann@example.org>\n"
    "Subject: Returned mail: see transcript for details\n\n"
    "The original message was received at Sat, 5 Dec 2026 10:00:00 GMT\nfrom localhost [127.0.0.1]\n\n"
    "   ----- The following addresses had permanent fatal errors -----\n<tom@example.net>\n"
    "(reason: Can't create output)\n----- Transcript of session follows -----\n"
    "{program}\n550 5.0.0 <tom@example.net>... Can't create output\n"
)


@pytest.mark.parametrize(
    ("program", "reason"),
    [
        # The delivery program's own line names the cause the module's "(reason: ...)" line does not.
        ('maildrop: maildir over quota while writing "/home/tom/Maildir"', "mailboxfull"),
        # ... and with no cause in the transcript, the module's reading stands: "Can't create output" is
        # sysexits' EX_CANTCREAT in Sendmail's words, the delivery program failing (CANTCREAT, round r41tune).
        ("", "mailererror"),
    ],
)
def test_a_modules_row_that_states_no_reason_takes_the_cause_the_notice_gives(program: str, reason: str) -> None:
    report = parse_message(_SENDMAIL.format(program=program).encode())
    assert report.detector == "sendmail"
    assert [(e.recipient, e.reason.value) for e in report.recipients] == [("tom@example.net", reason)]


@pytest.mark.parametrize("wrap", ["", "\n"])
def test_a_recipients_own_paragraph_wrapped_over_lines_still_says_why(wrap: str) -> None:
    # The recipient named again at the head of a paragraph of its own that says what it is ("a only receives
    # emails from its authorized user"): its words are read, however narrowly the paragraph is wrapped.
    raw = (
        "From: Relay Service <noreply@relay.example.org>\nTo: eve@example.com\nSubject: Undelivered message\n\n"
        "We have seen an attempt to send an email from your email (eve@example.com) to box7@relay.example.org.\n\n"
        f"box7@relay.example.org is a private address that only receives{wrap or ' '}emails from its authorized user."
        "\nThe user has been told of this attempt.\n"
    )
    rows = _reading(raw.encode())
    assert [(r, a) for r, a, _reason in rows] == [("box7@relay.example.org", "failed")]
    assert rows[0][2] == "rejected"
