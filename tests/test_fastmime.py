"""The fast MIME splitter against the stdlib parser, over every email of the corpus (h11's habit of
testing against the stdlib, ``h11/tests/test_against_stdlib_http.py``).

`bouncelib._dsn.fastmime.parse_text` promises the ``compat32`` Message tree that
``email.message_from_bytes(data, policy=compat32)`` builds. Both are given what
`bouncelib._dsn.mime.load_message` gives them: the bytes with CRLF and CR-only line ends turned
into LF. Compared is what the detectors read: every part's header fields (names and raw values, in
order, and the mbox ``From`` line), the part tree (content types in walk order, with their place
in the tree), and each leaf part's decoded payload bytes. Defect lists, preambles and epilogues are
not compared.

A case where the two disagree is marked ``xfail(strict=True)`` with the difference as its reason:
fastmime is not changed by this test, and a case that starts to agree fails, to be unmarked.
"""

from __future__ import annotations

import email
import email.message
import email.policy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bouncelib._dsn.fastmime import parse_text

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
EMAILS = sorted(
    [
        *CORPUS.glob("dsn/*/*.eml"),
        *CORPUS.glob("negative/*.eml"),
        *CORPUS.glob("wild/mail/*.eml"),
        *(p for p in CORPUS.glob("malformed/mail/*") if not p.name.endswith(".json")),
    ]
)

# A message/delivery-status part is a series of field blocks separated by blank lines.
_LAST_BLOCK_NEWLINE = (
    "the last block of the message/delivery-status part has a body (a line that is not a field ends its "
    "fields): the stdlib drops the line break before the boundary from that body, fastmime keeps it"
)
_TWO_BLANK_LINES = (
    "two blank lines end the message/delivery-status part: the stdlib makes an empty last block "
    "(no fields, empty body) of the second, fastmime makes no block of it"
)
DIFFERENCES = {
    "dsn/mcafee/user-unknown.eml": _TWO_BLANK_LINES,
    # ZoneMTA ends its delivery-status part with a blank line before the boundary's own line break.
    "wild/mail/zonemta-delay-tss04.eml": _TWO_BLANK_LINES,
    "wild/mail/zonemta-failure-nosuchuser.eml": _TWO_BLANK_LINES,
    "wild/mail/stalwart-failed-rcpt.eml": _TWO_BLANK_LINES,
    "wild/mail/stalwart-mixed-delay-failure.eml": _TWO_BLANK_LINES,
    # maddy's dsn.go writes each recipient's fields with a blank line after them, then the boundary.
    "wild/mail/maddy-dsn-two.eml": _TWO_BLANK_LINES,
    "wild/mail/r62wild-maddy-dsn-google-storage.eml": _TWO_BLANK_LINES,
    "wild/mail/r62wild-maddy-dsn-spamhaus.eml": _TWO_BLANK_LINES,
    "wild/mail/maddy-dsn-userunknown.eml": _TWO_BLANK_LINES,
    "dsn/surfcontrol/service-unavailable.eml": (
        "a blank line opens the message/delivery-status part: the stdlib makes an empty first block and "
        "reads Action/Final-Recipient/Status as the second block's fields; fastmime makes one block "
        "without fields whose body holds those lines"
    ),
    # Twisted's relay bounce writes the returned message into its message/delivery-status part, whose blocks
    # then have bodies of their own.
    "wild/mail/twisted-relay-bounce.eml": (
        "a message/delivery-status block's body followed by another block (Twisted puts the returned message "
        "there): the stdlib keeps the line break that ends that body, fastmime drops it"
    ),
    "wild/mail/twisted-relay-bounce-reply.eml": (
        "as twisted-relay-bounce.eml: a message/delivery-status block's body followed by another block keeps "
        "its line break in the stdlib, not in fastmime"
    ),
    "dsn/messagelabs/relay-auth-multiline.eml": _LAST_BLOCK_NEWLINE,
    "malformed/mail/base64-delivery-status-truncated.eml": _LAST_BLOCK_NEWLINE,
    # fetchmail 6.4 writes a multi-line LMTP reply into Diagnostic-Code without folding it: its later lines
    # ("550 5.1.1 User unknown") are no fields, so they are the last block's body.
    "wild/mail/fetchmail-lmtp-cyrus-nouser-r42.eml": _LAST_BLOCK_NEWLINE,
}


def _case(path: Path) -> Any:
    name = path.relative_to(CORPUS).as_posix()
    if name in DIFFERENCES:
        return pytest.param(path, id=name, marks=pytest.mark.xfail(strict=True, reason=DIFFERENCES[name]))
    return pytest.param(path, id=name)


def _walk(msg: email.message.Message, place: tuple[int, ...] = ()) -> Iterator[tuple[tuple[int, ...], Any]]:
    """`Message.walk` with each part's place in the tree (child indexes from the top)."""
    yield place, msg
    if msg.is_multipart():
        for i, sub in enumerate(msg.get_payload()):
            yield from _walk(sub, (*place, i))


def _both(path: Path) -> tuple[email.message.Message, email.message.Message]:
    data = path.read_bytes().replace(b"\r\n", b"\n").replace(b"\r", b"\n")  # as load_message does
    stdlib = email.message_from_bytes(data, policy=email.policy.compat32)
    fast = parse_text(data.decode("ascii", "surrogateescape"))  # what email.message_from_bytes decodes
    return stdlib, fast


def test_the_corpus_is_all_here() -> None:
    folders = {p.relative_to(CORPUS).parts[0] for p in EMAILS}
    assert folders == {"dsn", "negative", "wild", "malformed"}
    assert len(EMAILS) >= 200
    assert set(DIFFERENCES) <= {p.relative_to(CORPUS).as_posix() for p in EMAILS}


@pytest.mark.parametrize("path", [_case(p) for p in EMAILS])
def test_fastmime_reads_what_the_stdlib_reads(path: Path) -> None:
    stdlib, fast = _both(path)
    # The part tree: content types in walk order, each at its place.
    assert [(place, m.get_content_type()) for place, m in _walk(fast)] == [
        (place, m.get_content_type()) for place, m in _walk(stdlib)
    ]
    # Every part's header fields, raw and in order, and the mbox From line.
    assert [(place, m.get_unixfrom(), list(m.raw_items())) for place, m in _walk(fast)] == [
        (place, m.get_unixfrom(), list(m.raw_items())) for place, m in _walk(stdlib)
    ]
    # Each leaf part's payload, transfer-decoded.
    assert [(place, m.get_payload(decode=True)) for place, m in _walk(fast) if not m.is_multipart()] == [
        (place, m.get_payload(decode=True)) for place, m in _walk(stdlib) if not m.is_multipart()
    ]
