"""Masking what differs between copies of one refusal, so that the classifier's cache sees them as one.

The same refusal reaches thousands of recipients of a mailing, and each copy names another
recipient, client IP or session id ("550 5.1.1 <ann@example.org>: ...", "[203.0.113.9]",
"q16si3475662wrs.311 - gsmtp"). `mask` replaces those by numbered placeholders; the
classifier runs on the masked text, and `unmask` puts the originals back into the fields
of its answer (the remote IP, the delisting URLs that carry the IP, ...).

What is masked never decides a reason: an address's local part (not its domain, which
can name the provider, and not a role mailbox such as ``postmaster@`` or ``delist@``,
which can be a delisting contact), an IPv4 address (not one of 127.0.0.0/8: a DNSBL's answer
code, which says whether the sender is listed at all), and a long run of letters mixed
with digits or of digits alone (session, queue and message ids; no reply code, status
or provider code is that long), the former with the ".311" a number after it adds (Google's
session ids: without it, every copy of a Google refusal was a new text to classify).
tests/test_classify.py checks over every corpus text that the verdicts with and without
the mask are identical.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Final

__all__ = ["blank", "is_list_admin", "is_role", "mask", "unmask"]

# Local parts that can be a contact or a provider marker ("delist@messaging.microsoft.com").
_ROLES: Final = frozenset({
    "postmaster", "abuse", "delist", "removal", "remove", "unblock", "unlist", "blocklist", "blacklist", "rbl",
    "support", "help", "hostmaster", "webmaster", "admin", "administrator", "noc", "security", "spam",
    "mailer-daemon", "dmarc", "delisting", "unblock-request", "sender-support", "senders", "deliverability",
    "bulksender", "mail-abuse", "complaints", "antispam", "anti-spam", "report", "reports", "info", "contact",
})  # fmt: skip


def is_list_admin(local: str) -> bool:
    """Whether an address's local part (lowercase) is the form of a mailing list's own administrative mailbox:
    its owner ("list-owner", "owner-list": RFC 2369's List-Owner, the contact ezmlm and Mailman give) or its
    request address ("list-request": RFC 2142 section 6, "LIST-REQUEST" for the list's administrative requests,
    the contact Sympa's notices give in every language). The form says whose it is, whatever words surround it."""
    return local.endswith(("-owner", "-request")) or local.startswith("owner-")


def is_role(local: str) -> bool:
    """Whether an address's local part is a role (kept unmasked): one of `_ROLES`, or a mailing list's
    administrative mailbox (`is_list_admin`)."""
    low = local.lower()
    return low in _ROLES or is_list_admin(low)


#: What is masked, as one alternation (local part, IPv4 address, id), scanned leftmost-first the way
#: ``re.sub`` scans it. It is the specification: `mask` finds the same matches without running it,
#: and tests/test_classify.py checks that the two agree on the corpus and on hostile text.
PIECES: Final = (
    r"(?P<local>(?<![\w.+=-])[A-Za-z0-9._+=-]{1,64}(?=@[A-Za-z0-9-]))"
    r"|(?P<ip>(?<![\d.])(?!127\.)\d{1,3}(?:\.\d{1,3}){3}(?![\d.]))"
    r"|(?P<id>\b(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{12,}(?:\.\d+)?\b|\b\d{9,}\b)"
)
# Running PIECES itself costs about 12 us on a 90-character reply: the engine tries the three
# alternatives at every position, and most replies (70 % of the real ones) hold nothing to mask.
# Each alternative is found instead from a cheap anchor the engine can jump to, then checked:
# a local part from its "@" (`_locals`), an IP from the ".d.d.d" it must contain (`_IP_ANCHOR`),
# an id from a digit with six word characters after it or six before it (every id has one:
# 12 or more characters around a digit leave six on one side, and 9 or more digits start with one).
# No match of one alternative can start inside another match of the same alternative (each
# starts where its look-behind sees a character it cannot itself contain), but for the digits
# of a mixed id's ".311", which can be an id of their own: they are checked as a run of their
# own too. So the matches of the three, sorted by position then alternative, and taken
# leftmost-first without overlap, are exactly the ones the alternation's scan takes (a mixed id
# inside an IP address taken before it leaves its ".311" digits to be an id, as the scan does).
_IP_ANCHOR: Final = re.compile(r"\.\d{1,3}\.\d{1,3}\.\d")
_IP: Final = re.compile(r"(?<![\d.])(?!127\.)\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
_ID_ANCHOR: Final = re.compile(r"\d(?:[^\W_]{6}|(?<=[^\W_]{7}))")
# The same anchor for ASCII text (most replies), where \d and [^\W_] are these ASCII classes: the
# engine tests a plain character set at each position instead of Unicode categories (2.2 -> 1.0 us).
_ID_ANCHOR_ASCII: Final = re.compile(r"[0-9](?:[A-Za-z0-9]{6}|(?<=[A-Za-z0-9]{7}))")
# (A str for `str.rstrip`, which finds the run of them before an "@" in C, instead of a Python step per character.)
_LOCAL_CHARS: Final = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._+=-"
_DOMAIN_START: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
_ALNUM: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_LETTERS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_LOCAL, _IPV4, _ID = 0, 1, 2  # the alternatives, in PIECES order (the first wins at one position)
_PLACEHOLDER: Final = re.compile(r"zq(\d+)zq|0\.0\.0\.(\d+)(?![\d.])")
_MAX_VALUES: Final = 200
# `blank`'s one placeholder for every piece, and a run of them.
_ANY: Final = "zq0zq"
_PLACEHOLDERS: Final = re.compile(f"(?:{_ANY})+")
_BARE_LOCAL: Final = re.compile(r"[\w.+'-]+(?=@)")

Found = list[tuple[int, int, int]]  # (start, alternative, end)


def _is_word(c: str) -> bool:
    # The regex engine's \w for str patterns: alphanumeric in Unicode's sense, or "_".
    return c.isalnum() or c == "_"


def _locals(text: str, found: Found) -> None:
    # A local part is the whole run of local-part characters before an "@" followed by a
    # domain character, 1 to 64 long, with no word character, ".", "+", "=" or "-" before it.
    at = text.find("@")
    while at >= 0:
        if at + 1 < len(text) and text[at + 1] in _DOMAIN_START:
            # The run of local-part characters before the "@", up to 65 of them (65 is one too many).
            before = text[max(0, at - 65) : at]
            start = at - (len(before) - len(before.rstrip(_LOCAL_CHARS)))
            if 0 < at - start <= 64 and (start == 0 or not _is_word(text[start - 1])):
                found.append((start, _LOCAL, at))
        at = text.find("@", at + 1)


def _ips(text: str, anchor: re.Match[str] | None, found: Found) -> None:
    # An IPv4 address holds ".d.d.d" right after its first 1-3 digits: each such dot is a
    # candidate, and the 1-3 digits before it the only place the address can start.
    while anchor is not None:
        dot = anchor.start()
        start = dot
        while start > 0 and dot - start < 4 and text[start - 1].isdecimal():
            start -= 1
        if dot - start <= 3:
            m = _IP.match(text, start)
            if m is not None:
                found.append((start, _IPV4, m.end()))
        anchor = _IP_ANCHOR.search(text, dot + 1)


def _is_id(run: str) -> bool:
    return _is_mixed_id(run) or (len(run) >= 9 and run.isdecimal())


def _is_mixed_id(run: str) -> bool:
    """12 or more ASCII letters and digits, at least one of each (the id that may take a ".311" after it)."""
    return (len(run) >= 12 and _ALNUM.issuperset(run) and not _LETTERS.isdisjoint(run)
            and not _LETTERS.issuperset(run))  # fmt: skip


def _suffix_end(text: str, end: int, run_end: int) -> int:
    """Where a mixed id ending at `end` ends with its ".311": `run_end`, the end of the run of word
    characters after its ".", when that run is all digits (PIECES: ``(?:\\.\\d+)?\\b``), else `end`."""
    if run_end > end + 1 and text[end] == "." and text[end + 1 : run_end].isdecimal():
        return run_end
    return end


def _ids(text: str, found: Found) -> None:
    # An id is a whole run of word characters: 12 or more ASCII letters and digits with at least
    # one of each, or 9 or more digits. Check the run around each anchor digit, then skip past it.
    if text.isascii():
        _ascii_ids(text, found)
        return
    n = len(text)
    anchor = _ID_ANCHOR.search(text)
    while anchor is not None:
        start = end = anchor.start()
        # (\w of the regex engine, spelled out here: this loop runs once per character of an id)
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            start -= 1
        while end < n and (text[end].isalnum() or text[end] == "_"):
            end += 1
        run = text[start:end]
        if _is_mixed_id(run) and end < n and text[end] == ".":
            after = end + 1
            while after < n and (text[after].isalnum() or text[after] == "_"):
                after += 1
            found.append((start, _ID, _suffix_end(text, end, after)))  # the next search still reads the ".311"
        elif _is_id(run):
            found.append((start, _ID, end))
        anchor = _ID_ANCHOR.search(text, end)


# ASCII characters outside \w, as spaces: in this translation of an ASCII text the run of word
# characters around a position is found by two str searches, not by a Python step per character.
_ASCII_WORDS: Final = bytes(c if c < 128 and (chr(c).isalnum() or c == 95) else 32 for c in range(256))


def _ascii_ids(text: str, found: Found) -> None:
    """`_ids` of an ASCII text (the same runs, found with the ASCII anchor and str searches)."""
    anchor = _ID_ANCHOR_ASCII.search(text)
    if anchor is None:
        return
    words = text.encode().translate(_ASCII_WORDS).decode()
    while anchor is not None:
        i = anchor.start()
        start = words.rfind(" ", 0, i) + 1
        end = words.find(" ", i)
        if end < 0:
            end = len(text)
        run = text[start:end]
        if _is_mixed_id(run) and text.startswith(".", end):
            after = words.find(" ", end + 1)
            found.append((start, _ID, _suffix_end(text, end, len(text) if after < 0 else after)))
        elif _is_id(run):
            found.append((start, _ID, end))
        anchor = _ID_ANCHOR_ASCII.search(text, end)


def _pieces(text: str) -> Found:
    """The pieces `mask` replaces in `text` (local parts, IPv4 addresses, ids), sorted by where they start."""
    found: Found = []
    if "@" in text:
        _locals(text, found)
    anchor = _IP_ANCHOR.search(text)
    if anchor is not None:
        _ips(text, anchor, found)
    _ids(text, found)
    found.sort()
    return found


def mask(text: str) -> tuple[str, tuple[str, ...]]:
    """`text` with its varying parts replaced by placeholders, and the replaced values in placeholder order.

    Text that already holds something shaped like a placeholder is returned as it is.
    """
    if "zq" in text or "0.0.0." in text:
        return text, ()
    found = _pieces(text)
    if not found:
        return text, ()
    values: dict[str, int] = {}
    parts: list[str] = []
    pos = 0
    for start, kind, end in found:
        if start < pos:
            continue  # inside the match taken before, as the alternation's scan would skip it
        value = text[start:end]
        parts.append(text[pos:start])
        pos = end
        if kind == _LOCAL and is_role(value):
            parts.append(value)
            continue
        k = values.get(value)
        if k is None:
            if len(values) >= _MAX_VALUES:
                parts.append(value)
                continue
            k = values[value] = len(values)
        parts.append(f"0.0.0.{k}" if kind == _IPV4 else f"zq{k}zq")
    parts.append(text[pos:])
    return "".join(parts), tuple(values)


def blank(text: str) -> str:
    """`text` with every piece `mask` replaces and every placeholder it puts, each run of them one space.

    The same text comes out whether `text` was masked or not: an id, a local part or an IP address of the
    unmasked text and the ``zq0zq`` or ``0.0.0.0`` that stands for it in the masked one are both gone, whatever
    their lengths (a pattern bounded in length, a quotation of at most 80 characters, cannot see a difference).
    What the model reads goes through it (`_model.features`), so that its verdict is the same with and without
    the mask by construction, whatever kinds of features it was trained with (round r81mask: the letters of an
    unmasked queue id, "7FD690FE02C0", were word features the masked text's placeholder did not give).

    How: every placeholder is first spelt alike (``zq0zq``), then every piece, role mailboxes and values past
    `mask`'s limit too, is replaced by it, again until none is left (a masked text is shorter: two ids joined by
    a "-" before an "@" are a local part once masked, not before), then each run of placeholders is a space."""
    if "zq" in text or "0.0.0." in text:
        text = _PLACEHOLDER.sub(_ANY, text)
    while True:
        found = _pieces(text)
        if not found:
            break
        parts: list[str] = []
        pos = 0
        for start, _kind, end in found:
            if start < pos:
                continue
            parts.append(text[pos:start])
            parts.append(_ANY)
            pos = end
        parts.append(text[pos:])
        masked = "".join(parts)
        if masked == text:
            break
        text = masked
    if "@" in text:
        # A local part left without its domain ("bob@" once the extractor has put its own placeholder for the
        # address after it, "<bob@mail@example.com>"): the mask took it while the domain stood, so it goes too.
        text = _BARE_LOCAL.sub(_ANY, text)
    return _PLACEHOLDERS.sub(" ", text) if _ANY in text else text


def _restore(value: str, values: tuple[str, ...]) -> str:
    if "zq" not in value and "0.0.0." not in value:
        return value  # no placeholder in it (most fields): no substitution to run
    if value.startswith("0.0.0.") and value[6:].isdecimal():
        return values[int(value[6:])]  # a masked remote IP, the whole value: what the substitution gives
    return _PLACEHOLDER.sub(lambda m: values[int(m.group(1) or m.group(2))], value)


def _marked(value: str) -> bool:
    return "zq" in value or "0.0.0." in value


def unmask(fields: Mapping[str, Any], values: tuple[str, ...]) -> dict[str, Any]:
    """A copy of the classifier's fields with the placeholders of every text field replaced by `values`."""
    out = dict(fields)
    # Most fields hold no placeholder: each is tested with two substring searches before anything is made.
    host, ip = out["remote_host"], out["remote_ip"]
    if host and _marked(host):
        out["remote_host"] = _restore(host, values)
    if ip and _marked(ip):
        out["remote_ip"] = _restore(ip, values)
    delist = out["delist"]
    if delist and _marked("\n".join(delist)):
        # Restored contacts can repeat one the list documents (the text's "tobr@" was masked when compared).
        out["delist"] = tuple(dict.fromkeys(_restore(c, values) for c in delist))
    bl = out["blocklist"]
    if bl is not None and _marked(f"{bl.id}\n{bl.zone or ''}\n{bl.name}"):
        zone = _restore(bl.zone, values) if bl.zone else None
        out["blocklist"] = bl.model_copy(
            update={"id": _restore(bl.id, values), "name": _restore(bl.name, values), "zone": zone}
        )
    return out
