"""qmail's "this message has been in the queue too long": the queue lifetime ran out, whatever the last reply.

corpus/LABELING.md's expired rule (round 33: "retry timeout exceeded" is expired whatever the last reply) read
for qmail-send's own words too: qmail retries only what it took as temporary (qmail-remote takes even a refused
greeting, "Connected to <ip> but greeting failed. Remote host said: 501 ...", as temporary), so the sentence
means it retried until the queue lifetime ran out.
"""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT

import bouncelib

sys.path.insert(0, str(ROOT / "bench"))

from label_conventions import convention_for

_GAVE_UP = "I'm not going to try again; this message has been in the queue too long."


@pytest.mark.parametrize("last_try", [
    "Connected to 192.0.2.7 but greeting failed. Remote host said: 554 5.7.1 go away",
    "192.0.2.7 does not like recipient. Remote host said: 452 4.2.2 Over quota",
    "Unable to reach the directory server. (#4.4.3)",
])  # fmt: skip
def test_a_reply_then_the_queue_gave_up_is_expired(last_try: str) -> None:
    reply = bouncelib.parse_reply(f"{last_try} {_GAVE_UP}")
    assert reply.reason.value == "expired"
    assert reply.hard_bounce is False


def test_without_the_sentence_the_last_reply_decides() -> None:
    assert bouncelib.parse_reply("192.0.2.7 does not like recipient. Remote host said: 452 4.2.2 Over quota").reason \
        .value == "mailboxfull"


def test_the_label_convention_says_the_same() -> None:
    found = convention_for(f"Connected to 192.0.2.7 but greeting failed. Remote host said: 451 Greylisted. {_GAVE_UP}")
    assert found is not None
    assert found.reason == "expired"


def test_a_qmail_notice_keeps_the_sentence_with_its_reply() -> None:
    notice = (
        "From: MAILER-DAEMON@mx.example.net\nTo: alice@example.net\nSubject: failure notice\n\n"
        "Hi. This is the qmail-send program at mx.example.net.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        "<bob@example.org>:\n"
        "Connected to 192.0.2.7 but greeting failed.\n"
        "Remote host said: 554 5.7.1 go away\n"
        "Giving up on 192.0.2.7.\n"
        f"{_GAVE_UP}\n\n"
        "--- Below this line is a copy of the message.\n\n"
        "Subject: hello\n\nhi\n"
    ).encode()
    (event,) = bouncelib.parse_message(notice).recipients
    assert event.reason.value == "expired"
    assert "Giving up on" not in (event.reply.text if event.reply else "")
