"""Round 42 (r42gen): the general reader's recipients and reasons (format modules off; the last test: the Sendmail
module), on layout variations of tuning mails (bench/perturb.py).

The first test takes real tuning mails of the wild corpus and a perturbation that changed their reading before this
round; the others are our own inputs, in other words than the mails they were drawn from.  Each fails without its
change.
"""

from __future__ import annotations

import pytest
from general_reading import Reading, assert_perturbation_keeps_failures, reading

from bouncelib import parse_message


def _reading(data: bytes) -> Reading:
    return reading(data, failures_only=True)


@pytest.mark.parametrize(
    ("perturbation", "file", "wanted"),
    [
        # "you are not authorized to use" / "" / "the a address": a blank line inside the sentence.
        ("blank-added", "workshops-bounce-unauthorized-subgroup.eml", ["25w5012-organizers@workshops.example.org"]),
        # qmail's "... to the following addresses." moved below the list: not the list manager's refusal's cause.
        ("recipients-before", "qmail-ezmlm-checksub-reject-posts-cs.eml", ["devel@lists.example.org"]),
        ("recipients-before", "qmail-ezmlm-checksub-subscribers-only-pl.eml", ["devel@lists.example.org"]),
        # Courier's "Your message to the following recipients cannot be delivered:" below "<a>:".
        ("recipients-before", "courier-run-local-procmail-exit-nouser.eml", ["r29alice-proc67@example.com"]),
        # Postfix's "said: 554 5.7.1", a blank line, then the reply's words.
        ("blank-added", "mtes-postfix-ovh-internal-sender-fr.eml", ["agent@developpement-durable.example.org"]),
        # A Russian notice with a blank line inside its one sentence: no paragraph above the recipient's.
        ("blank-added", "bounce-ru-notdelivered.eml", ["mihail@example.org"]),
    ],
)
def test_perturbation_keeps_the_reading(perturbation: str, file: str, wanted: list[str]) -> None:
    assert_perturbation_keeps_failures(perturbation, file, wanted)


_REFUSED = (
    "From: Mail Delivery <mailer@lists.example.net>\nTo: ana@example.net\nSubject: failure notice\n\n"
    "This notice comes from the list server at lists.example.net.\n\n{body}"
)


def test_a_blank_line_inside_the_sentence_naming_the_recipient() -> None:
    # "you are not allowed to write to" / "" / "the a address": the sentence goes on in lower case after the blank.
    one = (
        "Your message was NOT delivered, because you are not allowed to write to\n"
        "the board@lists.example.net address. Members of the board may\nforward it.\n"
    )
    two = one.replace("\n", "\n\n", 1)
    assert [r for r, _a, _x in _reading(_REFUSED.format(body=one).encode())] == ["board@lists.example.net"]
    assert [r for r, _a, _x in _reading(_REFUSED.format(body=two).encode())] == ["board@lists.example.net"]


def test_a_blank_line_after_a_finished_sentence_does_not_join_it() -> None:
    # A sentence that ended ("... to write to.") is not continued by a lower-case line after a blank one.
    body = (
        "Your message was NOT delivered, because you are not allowed to write to.\n\n"
        "the board@lists.example.net address. Members of the board may\nforward it.\n"
    )
    assert [r for r, _a, _x in _reading(_REFUSED.format(body=body).encode())] != ["board@lists.example.net"]


_SELF = (
    "From: Mail Delivery System <MAILER-DAEMON@relay.example.com>\nTo: pat@example.org\n"
    "Subject: Mail delivery failed\n\n"
    "Created by the mail relay.\n\n"
    "pat@example.org:\n    host mx.example.org said: 550 5.1.1 no mailbox by that name\n\n"
    "Your message could not be passed on to every recipient, and the relay has given up. The following\n"
    "addresses failed:\n\n\n"
    "------ This is a copy of the message's headers. ------\n\n"
    "From: pat@example.org\nTo: pat@example.org\nSubject: note to self\n"
)


def test_the_addressee_over_a_heading_written_below_it() -> None:
    # The list's heading ("The following addresses failed:") below the list: the addressee listed there is the
    # failed recipient (a message sent to oneself), as under the heading.
    assert _reading(_SELF.encode()) == [("pat@example.org", "failed", "userunknown")]


_TWO_PARAGRAPHS = (
    "From: List Robot <robot@lists.example.net>\nTo: ana@example.net\nSubject: failure notice\n\n"
    "<board@lists.example.net>:\n{reply}\n\n"
    "This is the list server. Your message could not be delivered to the following addresses.\n"
    "It is a permanent error; nothing more will be tried.\n\n"
    "--- Below this line is a copy of the message.\n\nFrom: ana@example.net\nTo: board@lists.example.net\n\nhi\n"
)


def test_the_list_heading_below_is_not_one_recipients_cause() -> None:
    # The reply under the address names no reason the rules read as a failure phrase; the paragraph below it
    # introduces the list ("... to the following addresses."): the list's heading, not this recipient's cause.
    reply = "Die Liste nimmt nur Beiträge ihrer Mitglieder an."
    below = _reading(_TWO_PARAGRAPHS.format(reply=reply).encode())
    text = _TWO_PARAGRAPHS.format(reply=reply)
    head, _sep, rest = text.partition("<board@lists.example.net>:")
    block, _sep2, tail = rest.partition("\n\nThis is the list server.")
    intro, _sep3, copy = ("This is the list server." + tail).partition("\n\n--- Below")
    above = _reading(f"{head}{intro}\n\n<board@lists.example.net>:{block}\n\n--- Below{copy}".encode())
    assert [r for r, _a, _x in below] == ["board@lists.example.net"]
    assert below == above


_CODE_ALONE = (
    "From: MAILER-DAEMON@relay.example.com (Mail Delivery System)\nTo: ana@example.net\n"
    "Subject: Undelivered Mail Returned to Sender\n\n"
    "This is the mail system at host relay.example.com.\n\n"
    "<lee@example.org>: host\n    mx.example.org[192.0.2.7] said: 550 5.7.1\n{gap}"
    "    <lee@example.org>: Recipient address rejected: this mailbox takes mail from colleagues only\n"
    "    (in reply to RCPT TO command)\n"
)


def test_a_bare_code_goes_on_across_a_blank_line() -> None:
    # A reply's bare code is never all of it: the words after one blank line are its words (not 5.7.1 alone).
    joined = _reading(_CODE_ALONE.format(gap="").encode())
    assert joined == [("lee@example.org", "failed", "rejected")]
    assert _reading(_CODE_ALONE.format(gap="\n").encode()) == joined


_ONE_SENTENCE = (
    "From: robot@mail.example.ru\nTo: ana@example.net\nSubject: Письмо не доставлено\n\n"
    "Уведомление создано автоматически. Сообщаем, что Ваше письмо отклонено и не может{gap}\n"
    "быть доставлено адресату oleg@example.org. Подробности у администратора.\n"
)


def test_no_paragraph_above_when_a_blank_line_cuts_the_sentence() -> None:
    # The line above the blank ends mid-sentence and the recipient's line goes on in lower case: one paragraph.
    joined = _reading(_ONE_SENTENCE.format(gap="").encode())
    assert [r for r, _a, _x in joined] == ["oleg@example.org"]
    assert _reading(_ONE_SENTENCE.format(gap="\n").encode()) == joined


_SENDMAIL = (
    "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.com>\nTo: ana@example.net\n"
    "Subject: Returned mail: see transcript for details\n\n"
    "The original message was received at Sat, 5 Dec 2026 10:00:00 GMT\nfrom localhost\n\n"
    "   ----- The following addresses had permanent fatal errors -----\n"
    "{o}gone@example.org{c}\n    (reason: 550 5.1.1 mailbox unavailable)\n\n"
    "   ----- Transcript of session follows -----\n"
    "... while talking to mx.example.org.:\n>>> RCPT To:<later@example.org>\n"
    "<<< 451 4.3.0 try again later\n"
    "{o}later@example.org{c}... Deferred: 451 4.3.0 try again later\n"
    ">>> RCPT To:<gone@example.org>\n<<< 550 5.1.1 mailbox unavailable\n"
    "550 5.1.1 {o}gone@example.org{c}... User unknown\n"
)


@pytest.mark.parametrize("quote", ['""', "<>", "  "])
def test_sendmail_reads_addresses_in_quotes_as_in_brackets(quote: str) -> None:
    # The Sendmail module's list and "... Deferred" lines: a relay or client may write the brackets as quotes.
    o, c = quote[0].strip(), quote[1].strip()
    report = parse_message(_SENDMAIL.format(o=o, c=c).encode())
    rows = sorted((e.recipient, e.action) for e in report.recipients)
    assert rows == [("gone@example.org", "failed"), ("later@example.org", "delayed")]


@pytest.mark.parametrize("join", [": Deferred", "...\n    Deferred"])
def test_sendmail_reads_deferred_joined_by_a_colon_or_wrapped(join: str) -> None:
    # "a... Deferred: ..." written "a: Deferred: ..." or with "Deferred" wrapped onto the next line.
    text = _SENDMAIL.format(o="", c="").replace("later@example.org... Deferred", f"later@example.org{join}")
    assert join in text
    rows = sorted((e.recipient, e.action) for e in parse_message(text.encode()).recipients)
    assert rows == [("gone@example.org", "failed"), ("later@example.org", "delayed")]
