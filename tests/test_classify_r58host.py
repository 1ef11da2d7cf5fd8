"""Round 58 (r58host): refusals of the sending host and of its rate, in words written for these tests (not copied
from the corpus).

* A quota counted by the hour, the day or the month is an allowance of what may be sent in that span, a rate
  (`speeding`), not a mailbox's storage, which is not counted per period; a quota of storage stays the mailbox's.
* The argument of HELO/EHLO is the client's own name: a name refused as invalid in answer to HELO/EHLO refuses the
  client's greeting (`blocked`); a name missing, or the command out of its place, stays the command's syntax.
  OpenSMTPD's log line of a refused command (`failed-command command="..."`) names the command.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_reply


@pytest.mark.parametrize("text", [
    "452 Hourly quota exceeded for this sender, wait a while",
    "550 Your daily quota exceeded",
    "421 Monthly quota exceeded - please come back next month",
])
def test_a_quota_counted_per_period_is_a_rate(text: str) -> None:
    r = parse_reply(text)
    assert r.reason == "speeding"
    assert r.rule.endswith(";per-period")


@pytest.mark.parametrize("text", [
    "552 Quota exceeded for this mailbox",
    "550 Disk quota exceeded, daily cleanup pending",
])
def test_a_quota_of_storage_stays_the_mailboxs(text: str) -> None:
    assert parse_reply(text).reason == "mailboxfull"


@pytest.mark.parametrize("text", [
    'smtp failed-command command="EHLO box" result="501 5.5.4 Bad argument: not a valid host name"',
    "host mx.example.org[192.0.2.9] said: 501 5.5.4 Invalid parameters: malformed domain (in reply to HELO command)",
])
def test_a_helo_name_refused_as_invalid_is_the_host_refused(text: str) -> None:
    r = parse_reply(text)
    assert r.reason == "blocked"
    assert r.rule.endswith("-name")


def test_a_failed_command_log_line_names_the_command() -> None:
    r = parse_reply('smtp failed-command command="HELO box" result="501 5.5.4 Bad argument: not a valid host name"')
    assert r.smtp_command == "HELO"


@pytest.mark.parametrize("text", [
    "host mx.example.org[192.0.2.9] said: 501 5.5.2 HELO missing argument (in reply to HELO command)",
    'smtp failed-command command="EHLO box" result="500 5.5.1 Invalid command: Command unrecognized"',
])
def test_a_missing_helo_name_or_an_unknown_command_stays_syntax(text: str) -> None:
    assert parse_reply(text).reason == "syntaxerror"
