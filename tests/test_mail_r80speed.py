"""Round r80 (r80speed): the mail front end asks the same things of a mail with less work.

- `parse._first_fields` reads the returned message's Message-ID, From, To, Subject and Date in one pass over its
  header list, where five ``Message.get`` calls lowered every name up to five times;
- `Mail.has_delivery_status` answers `parse._kind`'s question (is there a delivery-status part?) from the parts'
  types, without putting the part's text together;
- `Mail.original` and `Mail.original_message` share one search of the body for the returned message's markers
  (`mime.returned_text`), which `parse_message` made twice for every mail that returns no MIME part of its own;
- `fastmime.content_type` looks the Content-Type field up once, and only lowers a name of its length.

Each must answer what the form it replaces answered: checked here on every corpus mail and on generated fields.
The instructions saved are bench material (`bench/instructions_mail.py`), not a test.
"""

from __future__ import annotations

import email.message
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bouncelib._dsn import mime
from bouncelib._dsn.base import Mail
from bouncelib._dsn.fastmime import _content_type_field, content_type
from bouncelib._dsn.mime import load_message, original_message, original_text
from bouncelib._dsn.parse import _ORIGINAL_FIELDS, _first_fields

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
_MAILS = sorted((CORPUS / "dsn").glob("*/*.eml")) + sorted((CORPUS / "wild" / "mail").glob("*.eml"))[::7]


def _mail(path: Path) -> Mail:
    return Mail(load_message(path.read_bytes()))


@pytest.mark.parametrize("path", _MAILS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_one_pass_reads_what_message_get_reads(path: Path) -> None:
    mail = _mail(path)
    for msg in (mail.msg, mail.original_message):
        if msg is None:
            continue
        got = _first_fields(msg, _ORIGINAL_FIELDS)
        for name in _ORIGINAL_FIELDS:
            want = msg.get(name)
            assert (name in got) is (want is not None)
            assert str(got.get(name)) == str(want)
            assert type(got.get(name)) is type(want)  # a value with 8-bit bytes stays the stdlib's Header


_NAMES = st.sampled_from(["Message-ID", "message-id", "MESSAGE-Id", "From", "FROM", "To", "tO", "Subject", "Date",
                          "Received", "X-Date", "Dates", "From ", "İD", ""])


@given(st.lists(st.tuples(_NAMES, st.sampled_from(["", "a", "<a@b>", "x\udce9y", " b "])), max_size=8))
def test_first_fields_is_message_get_on_generated_headers(fields: list[tuple[str, str]]) -> None:
    msg = email.message.Message()
    for name, value in fields:
        msg._headers.append((name, value))  # as a parser stores them, duplicates and odd names included
    got = _first_fields(msg, _ORIGINAL_FIELDS)
    for name in _ORIGINAL_FIELDS:
        assert str(got.get(name)) == str(msg.get(name))


@pytest.mark.parametrize("path", _MAILS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_delivery_status_asked_by_type(path: Path) -> None:
    mail = _mail(path)
    assert mail.has_delivery_status is (mail.delivery_status is not None)


@pytest.mark.parametrize("path", _MAILS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_shared_returned_text_gives_the_same_original(path: Path) -> None:
    mail = _mail(path)
    parts, types, body = mail.parts, mail.content_types, mail.body
    assert mail.original == original_text(parts, types, body)
    alone = original_message(parts, types, body)
    shared = mail.original_message
    assert (alone is None) is (shared is None)
    if alone is not None and shared is not None:
        assert alone.items() == shared.items()


def test_the_body_is_searched_for_markers_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # A notice that returns nothing: parse_message asks for original_message, then for original.
    calls: list[str] = []
    real = mime._original_after_marker

    def counted(body: str) -> str | None:
        calls.append(body)
        return real(body)

    monkeypatch.setattr(mime, "_original_after_marker", counted)
    mail = Mail(load_message(b"From: MAILER-DAEMON@example.org\nSubject: failure\n\nNo copy follows.\n"))
    assert mail.original_message is None
    assert mail.original is None
    assert len(calls) == 1


_FIELD_NAMES = st.sampled_from(["Content-Type", "content-type", "CONTENT-TYPE", "Content-Typ", "Content-Types",
                                "Content-Type ", "Content-Typİ", "Content-\u212aype", "To", "X-Content-Type"])


@given(st.lists(st.tuples(_FIELD_NAMES, st.sampled_from(["text/plain", "multipart/report; boundary=b", "x"])),
                max_size=5))
def test_content_type_field_is_the_stdlib_first_match(fields: list[tuple[str, str]]) -> None:
    msg = email.message.Message()
    for name, value in fields:
        msg._headers.append((name, value))
    assert _content_type_field(msg) == msg.get("content-type")
    assert content_type(msg) == msg.get_content_type()
