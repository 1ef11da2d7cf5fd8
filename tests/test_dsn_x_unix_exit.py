"""An ``X-Unix`` diagnostic's Status is the MTA's translation of a local delivery program's exit code
(round r40wild: Postfix local(8) reporting procmail, dovecot-lda and maildrop)."""

from bouncelib import parse_message

_REPORT = """\
From: Mail Delivery System <MAILER-DAEMON@example.org>
To: alice@example.org
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b"

--b
Content-Type: text/plain

The message could not be delivered.

--b
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: {status}
Diagnostic-Code: x-unix; {text}

--b--
"""


def _reason(status: str, text: str, rcpt: str = "user@mail.example.org") -> str:
    report = parse_message(_REPORT.format(status=status, text=text, rcpt=rcpt))
    [event] = [e for e in report.to_records() if e["action"] == "failed"]
    return str(event["reason"])


def test_exit_code_status_does_not_steer_the_programs_words() -> None:
    # EX_NOPERM is 5.7.0 in Postfix's table: the program's words say the mailbox is full, no sending quota.
    assert _reason("5.7.0", "Quota exceeded (mailbox for user is full)") == "mailboxfull"


def test_a_program_that_could_not_write_did_not_find_the_user_unknown() -> None:
    # EX_CANTCREAT (5.2.0): the "bogus mailbox" is a file of the spool, not the recipient.
    text = 'procmail: Renaming bogus mailbox "/var/mail/ruth" info "/var/mail/BOGUS.ruth.X1" procmail: Couldn\'t create'
    assert _reason("5.2.0", text + ' "/var/mail/ruth"') == "mailererror"


def test_the_exit_code_for_an_unknown_user_keeps_its_reading() -> None:
    assert _reason("5.1.1", "user unknown") == "userunknown"
    assert _reason("4.3.0", "maildrop: maildir over quota.") == "mailboxfull"
