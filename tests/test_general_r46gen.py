"""Round 46 (r46gen): the reply text the general reader hands the classifier leaves out the reporting MTA's frame
around the remote server's reply: a heading between rules ("----- Transcript of session follows -----"), a label
that announces the reply ("Delay reason:", "The error that the other server returned was:", "Technical details of
temporary failure:"), Sendmail's "The original message was received at ... from ..." line.

Our own inputs, in other words than the mails they were drawn from, and tuning wild mails.  Each fails without
its change.
"""

from __future__ import annotations

import pytest
from general_reading import PLAIN_HEAD, WILD, reply_texts

from bouncelib._dsn.general._recipients import as_reply

HEAD = PLAIN_HEAD

FRAMES = [
    ("----- Transcript of session follows -----\n550 5.1.1 <bob@example.org>... No such user", "550 5.1.1"),
    ("Delay reason: SMTP error from remote mail server after RCPT TO:<bob@example.org>: 451 Try later", "SMTP error"),
    ("The error that the other server returned was: 550 5.1.1 No such user", "550 5.1.1"),
    ("The response from the remote server was: 552 5.2.2 Mailbox full", "552 5.2.2"),
    ("Technical details of temporary failure: The recipient server did not accept our requests to connect.", "The"),
    ("====== bob@example.org ======\nfilter: cannot open /var/spool/filter: Permission denied", "filter:"),
    ("Diagnostic code: smtp;550 5.1.1 unknown user", "550 5.1.1"),
    ("Reason: 550 5.1.1 unknown user", "550 5.1.1"),
    ("Hi. This is the qmail-send program at mx.example.org.\nI'm afraid I wasn't able to deliver", "I'm afraid"),
    ("This is the mail system at host mx.example.org.\n\nI'm sorry to have to inform you", "I'm sorry"),
]


@pytest.mark.parametrize(("text", "start"), FRAMES)
def test_frame_is_left_out_of_the_reply(text: str, start: str) -> None:
    assert as_reply(text).startswith(start)


def test_reason_inside_the_text_stays() -> None:
    assert as_reply("(reason: 452 4.2.2 Over quota)") == "(reason: 452 4.2.2 Over quota)"


def test_a_frame_that_is_all_the_text_stays() -> None:
    assert as_reply("----- Transcript of session follows -----") == "----- Transcript of session follows -----"


@pytest.mark.parametrize("modules_off", [True, False])
def test_sendmail_received_line_and_headings_are_no_reply(modules_off: bool) -> None:
    data = (WILD / "sendmail-flat-user-unknown-article.eml").read_bytes()
    texts = reply_texts(data, modules_off=modules_off)
    assert [r for r, _t in texts] == ["user@example.com"]
    text = texts[0][1]
    assert "original message" not in text
    assert "-----" not in text
    assert "Transcript" not in text
    assert "user unknown" in text


@pytest.mark.parametrize(
    ("file", "start"),
    [
        ("gmail-old-500internal.eml", "500 Internal Server Error"),
        ("gmail-addressnotfound-unrouteable.eml", "550 Unrouteable address"),
        ("sendmail-1991-flat-user-unknown-zen.eml", "550 <lsimpson@"),  # "While talking to ...:" left out (r48gen)
        ("exim-run-r41-callout-defer-delay.eml", "H=127.0.0.1"),
        ("exim-osm-pipe-output-warning.eml", "The following text was generated during the delivery attempt: WARNING"),
    ],
)
def test_tuning_wild_mails_reply_without_frame(file: str, start: str) -> None:
    texts = reply_texts((WILD / file).read_bytes())
    assert texts
    assert all(t.startswith(start) for _r, t in texts), texts


def test_multiline_reply_cut_by_a_wrap_goes_on_to_its_last_line() -> None:
    body = (
        "This is the mail delivery agent at relay.example.org.\n\n"
        "I was unable to deliver your message to the following\n"
        "addresses:\n\n"
        "erin@example.org\n\n"
        "Reason: 550-Sender verification is required before\n"
        "you may send mail.\n"
        "550-Your address could not be verified and is not\n"
        "allowed to\n"
        "550 deliver mail through this gateway.\n"
    )
    texts = reply_texts((HEAD + body).encode())
    assert [r for r, _t in texts] == ["erin@example.org"]
    assert texts[0][1].startswith("550-Sender verification")
    assert texts[0][1].endswith("550 deliver mail through this gateway.")
