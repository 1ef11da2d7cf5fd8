"""Round 48 (r48gen): the reply text the general reader hands the classifier leaves out the words that name the
server which answered ("host mx[ip] said:", "Remote host said:", Exim's "host mx [ip]:", Sendmail's "... while
talking to mx:") and a session transcript's markers (">>> RCPT To:<a>", "<<< "), after reading from them the
server's name and address; and a recipient listed after the paragraph that quotes the server's reply (the
explanation first, then the address alone, then the returned message's summary) takes that reply.

Our own layouts and wordings, not copies of corpus mails.  Each test of a new reading fails without its change; the
last two guard against readings the change must not make (another recipient's reply, a recipient's own words).
"""

from __future__ import annotations

import pytest
from general_reading import PLAIN_HEAD, reading, reply_texts

from bouncelib import parse_message
from bouncelib._dsn.general._recipients import as_reply, framed_server
from bouncelib._dsn.registry import format_modules_off

HEAD = PLAIN_HEAD

FRAMES = [
    ("host mx.example.org[192.0.2.1] said: 550 5.1.1 no such user", "550 5.1.1 no such user"),
    ("host mx.example.org [192.0.2.1] said: 550 5.1.1 no such user", "550 5.1.1 no such user"),
    ("mx.example.org[192.0.2.1] said: 452 4.2.2 mailbox full", "452 4.2.2 mailbox full"),
    ("host mx.example.org said: 552 message too large", "552 message too large"),
    ("said: 554 5.7.1 rejected", "554 5.7.1 rejected"),
    (
        "192.0.2.1 does not like recipient. Remote host said: 550 no mailbox",
        "192.0.2.1 does not like recipient. 550 no mailbox",  # (qmail's words that name the stage stay)
    ),
    ("The remote server said: 550 5.7.1 refused", "550 5.7.1 refused"),
    ("Remote server replied: 550 5.1.1 unknown", "550 5.1.1 unknown"),
    ("SMTP error from remote mail server after RCPT TO:<b@example.org>: host mx.example.org [192.0.2.1]: 550 unknown",
     "SMTP error from remote mail server after RCPT TO:<b@example.org>: 550 unknown"),
    ("... while talking to mx.example.org.: >>> RCPT To:<b@example.org> <<< 550 5.1.1 <b@example.org>... unknown",
     "550 5.1.1 <b@example.org>... unknown"),
    ("While talking to [192.0.2.1]: >>> MAIL From:<s@example.net> SIZE=1200 <<< 250 2.1.0 Sender ok"
     " >>> RCPT To:<b@example.org> <<< 450 4.2.1 try again later", "450 4.2.1 try again later"),
    (">>> DATA <<< 354 go ahead >>> . <<< 554 5.7.9 header error", "554 5.7.9 header error"),
]


@pytest.mark.parametrize(("text", "reply"), FRAMES)
def test_server_frame_is_left_out_of_the_reply(text: str, reply: str) -> None:
    assert as_reply(text) == reply


def test_a_server_frame_that_is_all_the_text_stays() -> None:
    assert as_reply("Remote host said:") == "Remote host said:"


def test_words_about_a_host_that_answered_nothing_stay() -> None:
    # Not the frame of a reply: the host is what the sentence is about.
    text = "Connected to mx.example.org but connection died. (#4.4.2)"
    assert as_reply(text) == text


@pytest.mark.parametrize(
    ("text", "server"),
    [
        ("host mx.example.org[192.0.2.1] said: 550 x", ("mx.example.org", "192.0.2.1")),
        ("host mx.example.org [192.0.2.1]: 550 x", ("mx.example.org", "192.0.2.1")),
        ("mx.example.org[192.0.2.1] said: 550 x", ("mx.example.org", "192.0.2.1")),
        ("host mx.example.org said: 550 x", ("mx.example.org", None)),
        ("Remote host said: 550 x", (None, None)),
        ("550 5.1.1 no such user", (None, None)),
    ],
)
def test_framed_server(text: str, server: tuple[str | None, str | None]) -> None:
    assert framed_server(text) == server


def _records(data: bytes) -> list[dict[str, object]]:
    with format_modules_off():
        return [r for r in parse_message(data).to_records() if r["action"] in ("failed", "delayed")]


def test_the_frame_still_gives_the_server_name_and_address() -> None:
    # A fragment that starts at the server's name (the paste cut "host" off): the frame names the server; the reply
    # text no longer holds it, the event still does.
    data = (HEAD + "Delivery failed.\n\n<fay@example.org>: mx.example.org[192.0.2.1] said: 550 5.1.1 no such user\n")
    rows = _records(data.encode())
    assert [(r["recipient"], r["remote_host"], r["remote_ip"]) for r in rows] == [
        ("fay@example.org", "mx.example.org", "192.0.2.1")
    ]
    assert rows[0]["text"] == "550 5.1.1 no such user"


# The explanation first, then the recipient alone on its line, then what the notice says of the returned message:
# the words below the address say nothing of what happened, the reply above is the recipient's.  (Another recipient,
# written with its reply on its line, comes first: the notice's only reply is not there to stand in for hal's.)
EXPLAINED_FIRST = (
    HEAD
    + "This is the delivery agent at mail.example.net.\n\n"
    "Your message could not be delivered to the following recipients:\n\n"
    "ann@example.org: 550 5.1.1 no such user here\n\n"
    "{reply}\n\n"
    "hal@example.org\n\n"
    "The message subject was: quarterly figures\n"
    "The message date was: Mon, 2 Mar 2026 10:00:00 +0000\n\n"
    "Please do not reply to this notice.\n"
)


@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        ("Reason: 550 5.7.1 relaying denied, authenticate first", "norelaying"),
        ("Error: 552 5.2.2 mailbox of the user is full", "mailboxfull"),
        (
            "Delay reason: SMTP error from remote mail server after end of data:\n"
            "host mx.example.org [192.0.2.9]: mailbox of the user is full.",
            "mailboxfull",
        ),
    ],
)
def test_recipient_listed_after_the_reply_takes_it(reply: str, reason: str) -> None:
    data = EXPLAINED_FIRST.format(reply=reply).encode()
    got = reading(data, failures_only=True)
    assert [(r, why) for r, _a, why in got] == [("ann@example.org", "userunknown"), ("hal@example.org", reason)], got
    texts = reply_texts(data)
    assert "subject was" not in texts[1][1]


def test_a_reply_below_another_recipient_stays_that_recipients() -> None:
    # ann's line quotes no reply: the indented reply under it is ann's, not the reply of the bare address below it.
    data = (
        HEAD + "Your message could not be delivered to some of its recipients.\n\n"
        "ann@example.org:\n    450 4.7.1 too many connections from your host, try again later\n\n"
        "bob@example.org\n\n"
        "The message subject was: quarterly figures\n"
    ).encode()
    texts = dict(reply_texts(data))
    assert "too many connections" in texts["ann@example.org"]
    assert "too many connections" not in texts["bob@example.org"], texts


def test_a_recipient_whose_own_words_say_why_takes_no_reply_above() -> None:
    data = EXPLAINED_FIRST.replace(
        "hal@example.org\n", "hal@example.org... Deferred: Connection refused by [192.0.2.26]\n"
    ).format(reply="Reason: 550 5.7.1 relaying denied, authenticate first").encode()
    texts = dict(reply_texts(data))
    assert "relaying denied" not in texts["hal@example.org"], texts
