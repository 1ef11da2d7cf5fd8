"""Round r32's readings of notices that mix outcomes, each on a notice written here for the test (not a corpus mail)."""

from __future__ import annotations

import bouncelib

_SENDMAIL = """\
From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.com>
To: <carol@example.com>
Subject: Returned mail: see transcript for details
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

--b1

   ----- The following addresses had permanent fatal errors -----
gone@example.net
    (reason: 550 5.1.1 No such mailbox here)
    (expanded from: staff@example.com)

   ----- Transcript of session follows -----
... while talking to mx.example.net.:
>>> DATA
<<< 550 5.1.1 No such mailbox here
550 5.1.1 gone@example.net... User unknown
<<< 451 4.3.2 Please come back in a while
later@example.net... Deferred: 451 4.3.2 Please come back in a while

--b1
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.example.com

Final-Recipient: RFC822; staff@example.com
X-Actual-Recipient: rfc822; gone@example.net
Action: failed
Status: 5.1.1
Diagnostic-Code: SMTP; 550 5.1.1 No such mailbox here

--b1--
"""

_EXIM_WARNING = """\
From: Mail Delivery System <Mailer-Daemon@relay.example.com>
To: carol@example.com
Subject: Warning: message 1abcde-000001-AA delayed 2 hours
Content-Type: multipart/report; report-type=delivery-status; boundary=b2
MIME-Version: 1.0

--b2
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 2 hours on the queue on relay.example.com.

The address to which the message has not yet been delivered is:

  member@example.net
    (generated from team@example.com)
    host mx.example.net [192.0.2.9]
    Delay reason: SMTP error from remote mail server after RCPT TO:<member@example.net>:
    452 4.2.2 Mailbox over quota, try later

No action is required on your part.

--b2
Content-type: message/delivery-status

Reporting-MTA: dns; relay.example.com

Action: delayed
Final-Recipient: rfc822;team@example.com
Status: 4.0.0

--b2--
"""

_EXPIRED_AS_DELAY = """\
From: Mailer Daemon <MAILER-DAEMON@relay.example.com>
To: carol@example.com
Subject: Delivery status notification: delayed
MIME-Version: 1.0
Content-Type: multipart/mixed;boundary="b3"

--b3
Content-Type: text/plain; charset=us-ascii

    Hi!

    This is the MAILER-DAEMON, please DO NOT REPLY to this email.

    A message is delayed for more than 0 seconds for the following
    list of recipients:

late@example.net: Envelope expired

    Please note that this is only a temporary failure report.

    Below is a copy of the original message:

--b3
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.example.com

Final-Recipient: rfc822; late@example.net
Action: delayed
Status: 4.4.7

--b3--
"""


def _events(text: str, *, modules: bool = True) -> list[tuple[str | None, str, str]]:
    from contextlib import nullcontext

    from bouncelib._dsn.registry import format_modules_off

    with nullcontext() if modules else format_modules_off():
        report = bouncelib.parse_message(text)
    return [(e.recipient, e.action, e.reason.value) for e in report.recipients]


def test_sendmail_member_failed_and_other_address_deferred() -> None:
    assert [(r, a) for r, a, _ in _events(_SENDMAIL)] == [
        ("gone@example.net", "failed"),
        ("later@example.net", "delayed"),
    ]


def test_exim_warning_names_the_member_not_the_alias() -> None:
    assert [(r, a) for r, a, _ in _events(_EXIM_WARNING)] == [("member@example.net", "delayed")]


def test_envelope_expired_under_a_delay_heading_is_a_failure() -> None:
    for modules in (True, False):
        assert _events(_EXPIRED_AS_DELAY, modules=modules) == [("late@example.net", "failed", "expired")]
