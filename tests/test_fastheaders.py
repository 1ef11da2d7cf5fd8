"""The front end's quick readers of header values against the stdlib they stand in for.

`bouncelib._dsn.fastmime.content_type`, `content_boundary` and `content_charset` read the
Content-Type field without the stdlib's re-parse, and `bouncelib._dsn.mime.address_of` reads a
From-like field without its tokenizer; each falls back to the stdlib on any shape it does not read itself. Whatever the
field holds, the answer must be the stdlib's: checked on generated fields made of the characters
that change how the stdlib splits them (quotes, semicolons, backslashes, RFC 2231 stars, brackets,
commas, non-ASCII letters, 8-bit bytes kept as surrogate escapes), and on every part of every corpus email.
"""

from __future__ import annotations

import email.message
import email.utils
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bouncelib._dsn.fastmime import content_boundary, content_charset, content_type
from bouncelib._dsn.mime import address_of, load_message, walk

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

# Pieces a Content-Type field is made of, and the characters that trip a naive split.
_PARAM_BITS = st.sampled_from(
    ["multipart/report", "text/plain", ";", "; ", "=", '"', "boundary", "BOUNDARY", "charset", "Charset",
     "utf-8", "ISO-8859-1", "x", "==_1", "*", "*0*", "\\", "<", ">", " ", "\t", "\n\t", "é", "\udce9", "us-ascii'en'"]
)
_ADDRESS_BITS = st.sampled_from(
    ["bob", "a.b", ".", "..", "@", "example.org", "<", ">", " ", "\t", '"', "(", ")", ",", ";", ":", "[", "]",
     "\\", "Bob Smith", "=?utf-8?q?J=C3=B6rg?=", "é", "\x0c", "\xa0", "\n"]
)


def _outcome(read: Callable[[], object]) -> tuple[str, object]:
    """What `read` returns, or the class of what it raises (the stdlib raises on some 8-bit fields)."""
    try:
        return ("value", read())
    except Exception as exc:  # any exception, compared by class
        return ("raised", type(exc))


def _message(field: str) -> email.message.Message:
    msg = email.message.Message()
    msg["Content-Type"] = field
    return msg


@settings(max_examples=400, deadline=None)
@given(st.lists(_PARAM_BITS, max_size=12).map("".join))
def test_content_parameters_are_the_stdlibs(field: str) -> None:
    msg = _message(field)
    assert _outcome(lambda: content_boundary(msg)) == _outcome(msg.get_boundary)
    assert _outcome(lambda: content_charset(msg)) == _outcome(msg.get_content_charset)
    assert _outcome(lambda: content_type(msg)) == _outcome(msg.get_content_type)


@settings(max_examples=400, deadline=None)
@given(st.lists(_ADDRESS_BITS, max_size=10).map("".join))
def test_address_is_the_stdlibs(field: str) -> None:
    assert address_of(field) == email.utils.parseaddr(field)[1]


@pytest.mark.parametrize(
    ("field", "boundary", "charset"),
    [
        ('multipart/report; report-type=delivery-status;\n\tboundary="=_x;y"', "=_x;y", None),
        ("text/plain; charset=UTF-8", None, "utf-8"),
        ('text/plain; charset="us-ascii"; boundary=<b>', "b", "us-ascii"),
        ("text/plain; charset", None, ""),  # a name without a value is an empty value to the stdlib
        ("text/plain; charset*=utf-8''x", None, "x"),  # RFC 2231: left to the stdlib
    ],
)
def test_known_fields(field: str, boundary: str | None, charset: str | None) -> None:
    msg = _message(field)
    assert (content_boundary(msg), content_charset(msg)) == (boundary, charset)


def test_no_content_type() -> None:
    assert (content_boundary(email.message.Message()), content_charset(email.message.Message())) == (None, None)


@pytest.mark.parametrize(
    ("field", "address"),
    [("Bob <bob@example.org>", "bob@example.org"), ("  bob@example.org\n", "bob@example.org"),
     ('"Smith, Bob" <bob@example.org>', "bob@example.org"), ("bob@example.org (Bob)", "bob@example.org"),
     ("", "")],
)
def test_known_addresses(field: str, address: str) -> None:
    assert address_of(field) == address


def test_every_corpus_part() -> None:
    emails = [*CORPUS.glob("dsn/*/*.eml"), *CORPUS.glob("wild/mail/*.eml"), *CORPUS.glob("negative/*.eml")]
    parts = [p for e in emails for p in walk(load_message(e.read_bytes()))]
    assert len(parts) > 1000
    for part in parts:
        assert content_boundary(part) == part.get_boundary()
        assert content_charset(part) == part.get_content_charset()
        assert content_type(part) == part.get_content_type()
        sender = str(part.get("From") or "")
        assert address_of(sender) == email.utils.parseaddr(sender)[1]
