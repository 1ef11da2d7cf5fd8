"""Round 44 (r44wild): general reader rules drawn from the tuning misses of round 44's wild mails.

Each of the first four tests fails without its change:

* words that say sending to an address failed ("we were not able to send your email to a", "unable to send mail to
  a") make it the recipient, although "send ... mail to" also opens an instruction to write to someone;
* a grave accent written as the opening quote ("`a@b' on <date>", Exchange 5.5's Internet Mail Service) is no part
  of the address, for the general reader and for a format module that kept it (`parse._shown`);
* a quoted local part that holds an "@" ('"a@b"@c') is read whole, not as the address inside the quotes.

The guards keep what the changes must not do (they pass before them too): an instruction to send mail to a
postmaster names no recipient, and a quoted local part without an "@" stays as it is.  Inputs are our own.
"""

from __future__ import annotations

from general_reading import reading

from bouncelib._dsn.parse import _shown


def _recipients(raw: str) -> list[tuple[str | None, str]]:
    return [(r, a) for r, a, _reason in reading(raw.encode(), failures_only=True)]


def test_words_saying_sending_failed_name_the_recipient() -> None:
    raw = (
        "From: Forwarding Service <noreply@relay.example.net>\nTo: bob@example.com\nSubject: We could not forward\n"
        "Auto-Submitted: auto-generated\n\n"
        "Sorry, we were not able to send your email to ann@example.org. Her provider answered with a temporary\n"
        "error and we will try again tomorrow.\n"
    )
    assert _recipients(raw) == [("ann@example.org", "delayed")]


def test_unable_to_send_mail_to_names_the_recipient() -> None:
    raw = (
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\nTo: bob@example.com\n"
        "Subject: Undeliverable mail\n\n"
        "This system was unable to send mail to carol@example.org because the message could not be delivered:\n"
        "the remote server refused the connection.\n"
    )
    assert _recipients(raw) == [("carol@example.org", "failed")]


def test_a_grave_accent_opening_a_quote_is_no_part_of_the_address() -> None:
    raw = (
        "From: System Administrator <postmaster@example.net>\nTo: bob@example.com\nSubject: Undeliverable: hello\n\n"
        "Your message did not reach some or all of the intended recipients.\n\n"
        "The following recipient(s) could not be reached:\n\n"
        "    `dave@example.org' on 3/2/99 10:11 AM\n"
        "        The recipient name is not recognized\n"
    )
    assert _recipients(raw) == [("dave@example.org", "failed")]
    assert _shown("`dave@example.org'") == "dave@example.org"
    assert _shown("`dave@example.org") == "dave@example.org"


def test_a_quoted_local_part_holding_an_at_sign_is_read_whole() -> None:
    raw = (
        "From: System Administrator <postmaster@example.net>\nTo: bob@example.com\nSubject: Undeliverable: hello\n\n"
        "Your message did not reach some or all of the intended recipients.\n\n"
        "The following recipient(s) could not be reached:\n\n"
        '  "erin@other.example.org"@example.net on 3/2/99 10:11 AM\n'
        "  The e-mail account does not exist at the organization this message was sent to.\n"
    )
    assert _recipients(raw) == [('"erin@other.example.org"@example.net', "failed")]


def test_an_instruction_to_send_mail_to_the_postmaster_names_no_recipient() -> None:
    raw = (
        "From: MAILER-DAEMON@mx.example.net\nTo: bob@example.com\nSubject: Undelivered Mail Returned to Sender\n\n"
        "Your message could not be delivered to frank@example.org: mailbox unavailable.\n"
        "For further assistance, please send mail to postmaster@mx.example.net.\n"
    )
    assert _recipients(raw) == [("frank@example.org", "failed")]


def test_a_quoted_local_part_without_an_at_sign_stays() -> None:
    assert _shown('"grace smith"@example.org') == '"grace smith"@example.org'
