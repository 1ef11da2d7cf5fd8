"""Sendmail DSNs ("Returned mail: see transcript for details", "Warning: could not send message").

Sendmail sends ``multipart/report`` with a delivery-status part; its text part adds the
session transcript (``>>> RCPT To:<x>`` / ``<<< 550 5.1.1 ...``) from which the SMTP command
and the remote server's exact words come, and "----- The following addresses had permanent
fatal errors -----" lists with ``(reason: ...)`` lines, which are all an old (pre-8.8, or
``SendMimeErrors`` off) Sendmail gives.
"""

from __future__ import annotations

import re
from typing import Final

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._mta import (
    address_blocks,
    cut,
    dsn_rows,
    find_row,
    from_own_margin,
    member_named,
    merge_body,
)

__all__ = ["DETECTOR"]

_SUBJECT: Final = re.compile(
    r"^(?:returned mail|warning: could not send message|mail delivery problem|"
    r"delivery status notification|undeliverable mail)",
    re.I,
)
_LIST: Final = re.compile(
    r"^[ \t]*-+ The following address(?:es)? had (?:permanent fatal errors|transient non-fatal errors)[ \t]*-+[ \t]*$",
    re.M | re.I,
)
# A recipient's line under the list: the address bare, in brackets, or in quotes as a relay or client may rewrite it.
_HEAD: Final = re.compile(r"^[<\"]?([^\s<>()\[\]\"',;:@]+@[^\s<>()\[\]\"',;:]+?)[>\"]?(?:\s|$)")
_TRANSCRIPT: Final = re.compile(r"^[ \t]*-+ Transcript of session follows[ \t]*-+[ \t]*$", re.M | re.I)
# The transcript's lines, also when the whole notice is indented (a relay's or client's copy).
_SEND: Final = re.compile(r"^[ \t]*>>>\s*([A-Za-z]+)(?:[ :]+(?:[Tt][Oo]|[Ff][Rr][Oo][Mm])?:?\s*<?([^>\s]*)>?)?", re.M)
_RECV: Final = re.compile(r"^[ \t]*<<<\s*(.*)$", re.M)
_TALKING: Final = re.compile(r"while talking to ([A-Za-z0-9][A-Za-z0-9.\-]*)", re.I)


def _transcript(body: str) -> list[tuple[str, str | None, str, str | None]]:
    """(command, address, reply, host) for each failing exchange of the transcript."""
    m = _TRANSCRIPT.search(body)
    if m is None:
        return []
    out: list[tuple[str, str | None, str, str | None]] = []
    host: str | None = None
    cmd: str | None = None
    addr: str | None = None
    lines = body[m.end() :].split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        t = _TALKING.search(line)
        if t:
            host = t.group(1).rstrip(".")
        s = _SEND.match(line)
        if s:
            cmd = s.group(1).upper()
            addr = s.group(2) or None
        r = _RECV.match(line)
        if r and cmd:
            reply = [r.group(1).strip()]
            while i + 1 < len(lines) and lines[i + 1].startswith("<<<"):
                i += 1
                reply.append(lines[i][3:].strip())
            text = " ".join(reply)
            if text[:1] in "45":
                out.append((cmd, addr, text, host))
        if line.startswith("--") and i > 0 and "boundary" not in line:
            break
        i += 1
    return out


def _command(cmd: str) -> str:
    return {"MAIL": "MAIL", "RCPT": "RCPT", "DATA": "DATA", "HELO": "HELO", "EHLO": "EHLO"}.get(cmd, cmd)


_QUOTED: Final = re.compile(r"^> ?", re.M)


def _unquote(body: str) -> str:
    """A bounce forwarded by a person ("Begin forwarded message:" then "> " lines): the bounce itself."""
    if "\n> " not in body or ("forwarded message" not in body.lower() and "\n>    ----- " not in body):
        return body
    return _QUOTED.sub("", body)


_FIELD_LINE: Final = re.compile(r"^[A-Za-z][A-Za-z-]*:\s")


# "a@b\n    (reason: 550 ...)\n    (expanded from: alias@c)": a@b failed, one an alias expanded to.
_EXPANDED: Final = re.compile(r"\(expanded from:\s*<?([^\s<>()]+@[^\s<>()]+?)>?\)")


def _member_of(rows: list[Found], addr: str, words: str) -> None:
    """The delivery-status row that names the alias a listed address was expanded from (Sendmail writes the
    alias as Final-Recipient and the member as X-Actual-Recipient): the listed address, the one that failed."""
    m = _EXPANDED.search(words)
    if m is None or find_row(rows, addr) is not None:
        return
    r = find_row(rows, m.group(1))
    if r is not None:
        r.orig_recipient, r.recipient = r.recipient, addr


class _Sendmail:
    name = "sendmail"

    def parse(self, mail: Mail) -> list[Found] | None:
        body = from_own_margin(_unquote(mail.body))
        if not _SUBJECT.match(mail.subject) and _LIST.search(body) is None and _TRANSCRIPT.search(body) is None:
            return None
        if _LIST.search(body) is None and _TRANSCRIPT.search(body) is None:
            return None
        rows = dsn_rows(mail)
        blocks: list[Found] = []
        text = cut(body, _LIST, ("----- Transcript", "   -----"))
        if text:
            for addr, rest in address_blocks(text, _HEAD):
                _member_of(rows, addr, rest)
                diag = rest.strip()
                if diag.startswith("(reason:"):
                    diag = diag[len("(reason:") :].rstrip(")").strip()
                blocks.append(Found(recipient=addr, diagnostic=diag))
        rows = merge_body(rows, blocks)
        _apply_exchanges(_transcript(body), rows)
        _deferred_in_transcript(body, rows, mail.delivery_status or "")
        _from_transcript_lines(body, rows)
        return rows or None


def _apply_exchanges(exchanges: list[tuple[str, str | None, str, str | None]], rows: list[Found]) -> None:
    """Each SMTP exchange of the transcript to the row it concerns: its command, host and, unless the
    row already holds a reply, the answer."""
    for cmd, who, reply, host in exchanges:
        target: Found | None = None
        for r in rows:
            if who and r.recipient.lower() == who.lower():
                target = r
                break
        if target is None:
            low = reply.lower()
            target = next((r for r in rows if r.recipient.lower() in low), None)
        if target is None and len(rows) == 1:
            target = rows[0]
        if target is None:
            # A failing MAIL/DATA exchange concerns every recipient of the session.
            if cmd in ("MAIL", "DATA", "HELO", "EHLO"):
                for r in rows:
                    r.smtp_command = r.smtp_command or _command(cmd)
                    r.remote_mta = r.remote_mta or host
            continue
        target.smtp_command = target.smtp_command or _command(cmd)
        target.remote_mta = target.remote_mta or host
        if not target.diagnostic or target.diagnostic[:1] not in "45" or target.diagnostic.strip().isdigit():
            target.diagnostic = reply


# Sendmail's transcript line for an address it keeps in the queue: "a@b... Deferred: 450 4.7.1 ..." (or
# "Deferred" alone), as sendmail/deliver.c's giveresponse() writes it; the address bare, in brackets, or in quotes as a
# relay or client may rewrite them (bench/perturb.py's addr-quoted); joined to "Deferred" by the dots or by a colon as
# the other MTAs write it, or with "Deferred" wrapped onto the next line.
_DEFERRED: Final = re.compile(
    r"^[ \t]*[<\"]?([^\s<>()\[\]\"',;:@]+@[^\s<>()\[\]\"',;:]+?)[>\"]?"
    r"(?:\.\.\.|:)[ \t]*(?:\n[ \t]*)?Deferred(?::[ \t]*(.*))?$",
    re.M,
)


def _deferred_in_transcript(body: str, rows: list[Found], fields: str) -> None:
    """Addresses the transcript says were deferred that no row reports: delayed recipients of this notice.
    A returned-mail notice for one recipient also tells, in its transcript, of the others of the same
    session that stay queued (the delivery-status part lists only the failed ones). An address the
    delivery-status part names (an alias's member as `X-Actual-Recipient`) is reported there already."""
    m = _TRANSCRIPT.search(body)
    if m is None:
        return
    member_named(rows, {d.group(1).lower() for d in _DEFERRED.finditer(body, m.end())})
    for d in _DEFERRED.finditer(body, m.end()):
        low = d.group(1).lower()
        named = low in fields.lower() or any(low in r.diagnostic.lower() for r in rows)
        if find_row(rows, d.group(1)) is None and not named:
            rows.append(Found(recipient=d.group(1), action="delayed", diagnostic=(d.group(2) or "Deferred").strip()))


def _from_transcript_lines(body: str, rows: list[Found]) -> None:
    """Rows still without words: the transcript line naming the address ("550 x@y... Host unknown",
    "<x@y>... Deferred: Connection refused by mx")."""
    m = _TRANSCRIPT.search(body)
    if m is None:
        return
    # Transcript lines only: not the SMTP exchange (>>>, <<<) and not DSN fields pasted below it.
    # (`said` keeps the lines a local program wrote, "procmail: Quota exceeded ...", that look like fields.)
    said = [ln.strip() for ln in body[m.end() :].split("\n")[:50] if ln.strip() and not ln.lstrip().startswith(_SMTP)]
    lines = [ln for ln in said if not _FIELD_LINE.match(ln)]
    for r in rows:
        low = r.recipient.lower()
        if r.diagnostic and not r.diagnostic.strip().isdigit():
            _mailer_words(r, said)
            continue
        local = low.split("@", 1)[0]
        named = [ln for ln in lines if low in ln.lower()]
        # A pipe or file delivery names the local part only ("|procmail ... #kijitora"... 554).
        named += [ln for ln in lines if len(local) > 2 and local in ln.lower() and ln[:1] in "45"]
        coded = [ln for ln in named if ln[:1] in "45"]
        if not named and len(rows) == 1 and r.diagnostic.strip().isdigit():
            # The one recipient's failure told with a reply code and no address: a local mailer's exit
            # code given Sendmail's words for it (sysexits: "554 5.3.0 Internal error" for 70, "451 4.0.0
            # I/O error" for 74), or a file delivery naming the file it could not write ("550 5.0.0
            # /var/mail/x... Can't create output"). The notice is about this recipient alone, so its
            # transcript's coded line is this recipient's, and it says more than the bare exit code.
            coded = [ln for ln in lines if _CODED_LINE.match(ln)]
        if coded or named:
            r.diagnostic = (coded or named)[0]


def _mailer_words(row: Found, lines: list[str]) -> None:
    """A row whose words are only Sendmail's name for a local mailer's exit ("(reason: Can't create
    output)", sysexits' EX_CANTCREAT) takes the output the mailer wrote just above the transcript's
    coded line for the address: the program's own account of the failure ("procmail: Quota exceeded while
    writing ...", then "550 5.0.0 <x@y>... Can't create output"). Sendmail copies a local mailer's error
    output into the transcript before its own line; the exit code's name says only that the program
    failed, the program's words say why."""
    words = row.diagnostic.strip().lower()
    if not words or words[:1] in "45":
        return
    low = row.recipient.lower()
    for i, ln in enumerate(lines):
        if not (_CODED_LINE.match(ln) and low in ln.lower() and ln.lower().rstrip().endswith(words)):
            continue
        above = i
        while above > 0 and _PROGRAM_OUTPUT.match(lines[above - 1]):
            above -= 1
        if above < i:
            row.diagnostic = "\n".join(lines[above : i + 1])
        return


# A local program's error output as Sendmail copies it into the transcript: the program's name and a
# colon ("procmail: Quota exceeded while writing ...", "mail.local: ...").
_PROGRAM_OUTPUT: Final = re.compile(r"[a-z][\w.-]{1,30}: \S")

_SMTP: Final = (">>>", "<<<")

# A transcript line opening with a reply code and an enhanced status ("554 5.3.0 Internal error").
_CODED_LINE: Final = re.compile(r"[45]\d\d[ -][45]\.\d{1,3}\.\d{1,3}\b")


DETECTOR: Final = _Sendmail()
