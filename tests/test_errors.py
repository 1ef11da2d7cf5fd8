"""The exact user-visible error messages, pinned in (input, exact message) tables.

The email-validator habit (``tests/test_syntax.py`` there): a message is part of the interface, so
a change to one shows up here as a change to a table row. Only the caller's mistakes raise (bad
content never does, see ``bouncelib.errors``); the CLI turns its errors into one line on stderr.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bouncelib import InputError, parse_message, parse_reply, read_log
from bouncelib._vocab import STATUS_WORDS
from bouncelib.cli import main
from bouncelib.export import to_records

KNOWN_KINDS = (
    "delivery, reject, action, expired, qmgr, removed, cleanup, bounce-notice, client, pickup, connect, "
    "disconnect, session, remote, postscreen, dnsbl, tls, warning, info, unrecognised"
)
LOG_LINE = "Jan  1 00:00:00 mx postfix/smtp[1]: 3F2A1B4C5D: to=<a@example.org>, status=sent (250 ok)"
NOT_BYTES = "read_log() takes a path, '-', a file object or an iterable of lines, not bytes"


def _raised(call: Callable[[], object], kind: type[Exception]) -> str:
    """The message of the error that `call` raises, which must be a `kind` itself (not a subclass)."""
    with pytest.raises(kind) as info:
        call()
    assert type(info.value) is kind
    return str(info.value)


# -- parse_reply: anything but a str --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "message"),
    [
        (b"550 5.1.1 <nobody@example.org>: User unknown", "parse_reply() needs a str, not bytes"),
        (None, "parse_reply() needs a str, not NoneType"),
        (550, "parse_reply() needs a str, not int"),
        (["550 5.1.1 User unknown"], "parse_reply() needs a str, not list"),
    ],
)
def test_parse_reply_wrong_type(text: Any, message: str) -> None:
    assert _raised(lambda: parse_reply(text), TypeError) == message


# -- read_log: record kinds, and sources it cannot read ------------------------------------------------
@pytest.mark.parametrize(
    ("kinds", "message"),
    [
        ("bogus", f"unknown record kind(s): bogus; known: {KNOWN_KINDS}"),
        ("delivery,zzz, aaa", f"unknown record kind(s): aaa, zzz; known: {KNOWN_KINDS}"),
        (["delivery", "Delivery"], f"unknown record kind(s): Delivery; known: {KNOWN_KINDS}"),
        (("all", "reject"), f"unknown record kind(s): all; known: {KNOWN_KINDS}"),
    ],
)
def test_read_log_unknown_kinds(kinds: Any, message: str) -> None:
    assert _raised(lambda: list(read_log([LOG_LINE], kinds=kinds)), InputError) == message


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (LOG_LINE.encode(), NOT_BYTES),
        (bytearray(LOG_LINE.encode()), NOT_BYTES),
        (42, "read_log(source=...) takes a path, '-', a file object or an iterable of lines, not int"),
        (None, "read_log(source=...) takes a path, '-', a file object or an iterable of lines, not NoneType"),
        (2.5, "read_log(source=...) takes a path, '-', a file object or an iterable of lines, not float"),
    ],
)
def test_read_log_unsupported_source(source: Any, message: str) -> None:
    # read_log is lazy: the source is looked at when the records are asked for.
    assert _raised(lambda: list(read_log(source)), InputError) == message


# -- parse_message: an input it cannot read ------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "message"),
    [
        (42, "parse_message() takes bytes, str, an email.message.Message or a path, not int"),
        (None, "parse_message() takes bytes, str, an email.message.Message or a path, not NoneType"),
        ([b"Subject: x\n\nhi\n"], "parse_message() takes bytes, str, an email.message.Message or a path, not list"),
    ],
)
def test_parse_message_unsupported_type(data: Any, message: str) -> None:
    assert _raised(lambda: parse_message(data), InputError) == message


# -- to_records: an item that is no event, report or record ---------------------------------------------
@pytest.mark.parametrize(
    ("events", "message"),
    [
        ([42], "not a bouncelib event, report or record: int"),
        (["550 5.1.1 User unknown"], "not a bouncelib event, report or record: str"),
        ([None], "not a bouncelib event, report or record: NoneType"),
    ],
)
def test_to_records_not_an_event(events: Any, message: str) -> None:
    assert _raised(lambda: list(to_records(events)), TypeError) == message


BAD_TZ = "unknown time zone 'Mars/Olympus' (an IANA name such as Europe/Berlin, or UTC)"
LOG_STATUSES = (*STATUS_WORDS, "milter-hold", "proxy-accept")


# -- the CLI: one line on stderr and an exit status, never a traceback -------------------------------------
# (argv run in `workdir`, exit status, the whole of stderr)
CLI_ERRORS: list[tuple[list[str], int, str]] = [
    (["log", "missing.log"], 1, "bouncelib log: error: no such file: missing.log"),
    (["log", "mail.log", "missing.log"], 1, "bouncelib log: error: no such file: missing.log"),
    (["log", "--summary", "missing.log"], 1, "bouncelib log: error: no such file: missing.log"),
    (["log", "folder"], 1, "bouncelib log: error: is a directory: folder"),
    (["log", "--year", "1969", "mail.log"], 2,
     "bouncelib log: error: argument --year: 1969 is too small: it must be at least 1970"),
    (["log", "--year", "10000", "mail.log"], 2,
     "bouncelib log: error: argument --year: 10000 is too large: it must be at most 9999"),
    (
        ["log", "--kind", "bogus", "mail.log"],
        2,
        f"bouncelib log: error: unknown record kind(s): bogus; known: {KNOWN_KINDS}",
    ),
    (
        ["log", "--kind", "delivery,zzz", "--kind", "aaa", "mail.log"],
        2,
        f"bouncelib log: error: unknown record kind(s): aaa, zzz; known: {KNOWN_KINDS}",
    ),
    (["mail", "missing.eml"], 1, "bouncelib mail: error: no such file: missing.eml"),
    (["report", "missing.log"], 1, "bouncelib report: error: no such file: missing.log"),
    (
        ["report", "-o", "out.html", "mail.log", "missing.log"],
        1,
        "bouncelib report: error: no such file: missing.log",
    ),
    # Issue 13, finding 8: every option is checked, with the same one-line format in every sub-command.
    (["log", "--status", "bogus", "mail.log"], 2,
     "bouncelib log: error: unknown status 'bogus'; the events' statuses are: " + ", ".join(LOG_STATUSES)),
    (["log", "-j", "0", "mail.log"], 2,
     "bouncelib log: error: argument -j/--jobs: 0 is too small: it must be at least 1"),
    (["log", "--summary", "--top", "-1", "mail.log"], 2,
     "bouncelib log: error: argument --top: -1 is too small: it must be at least 0"),
    (["log", "--tz", "Mars/Olympus", "mail.log"], 2, "bouncelib log: error: argument --tz: " + BAD_TZ),
    (["log", "--format", "json", "mail.log"], 2,
     "bouncelib log: error: --format json is for --summary; records are written as jsonl or csv"),
    (["log", "--summary", "--since", "last week", "mail.log"], 2,
     "bouncelib log: error: argument --since: 'last week' is not a day: use today, yesterday, an ISO date "
     "(2026-01-31) or date-time"),
    (["report", "--gap", "-5", "mail.log"], 2,
     "bouncelib report: error: argument --gap: -5 must be a number greater than 0"),
    (["report", "--top", "-1", "mail.log"], 2,
     "bouncelib report: error: argument --top: -1 is too small: it must be at least 0"),
    (["report", "--tz", "Mars/Olympus", "mail.log"], 2, "bouncelib report: error: argument --tz: " + BAD_TZ),
    (["mail", "--top", "x", "missing.eml"], 2, "bouncelib mail: error: argument --top: 'x' is not a whole number"),
    (["reply", "--bogus"], 2, "bouncelib reply: error: unrecognized arguments: --bogus"),
    (["reply", "--file", "missing.txt"], 1, "bouncelib reply: error: no such file: missing.txt"),
    (["reply", "--status", "bogus", "550 x"], 2,
     "bouncelib reply: error: argument --status: 'bogus' is not an enhanced status code such as 5.1.1"),
    (["reply", "--command", "FOO", "550 x"], 2, "bouncelib reply: error: argument --command: 'FOO' is not an SMTP "
     "command (CONNECT, HELO, EHLO, STARTTLS, AUTH, MAIL, RCPT, DATA, BDAT, QUIT)"),
]


@pytest.mark.parametrize(("argv", "status", "stderr"), [pytest.param(*row, id=" ".join(row[0])) for row in CLI_ERRORS])
def test_cli_error_line(
    argv: list[str], status: int, stderr: str, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == status
    out, err = capsys.readouterr()
    assert err == stderr + "\n"
    assert out == ""
    assert not (workdir / "out.html").exists()


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory holding ``mail.log`` (one delivery line) and ``folder/``, and nothing else."""
    (tmp_path / "mail.log").write_text(LOG_LINE + "\n", encoding="utf-8")
    (tmp_path / "folder").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path
