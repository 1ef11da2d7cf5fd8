"""RFC 3464 delivery status notifications (``multipart/report; report-type=delivery-status``).

Covers RFC 6522 reports, RFC 6533 ``message/global-delivery-status``, and the many MTAs that
write the same fields into a ``text/plain`` part instead of a ``message/delivery-status`` part
(the fields are found by their ``Final-Recipient`` / ``Status`` lines).
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable
from typing import Final

from bouncelib._data import notices as shapes
from bouncelib._data.status_codes import is_vague_title
from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.fields import is_ip, rows_from_fields
from bouncelib._dsn.formats._mta import command_in, member_named
from bouncelib._dsn.general import notice_blocks
from bouncelib._dsn.general._notice import unquoted_whole
from bouncelib._dsn.general._recipients import banner_only
from bouncelib._vocab import Reason

__all__ = ["DETECTOR", "gave_up", "given_up_rows"]

# Where DSN fields start in a text part that is not labelled message/delivery-status.
_INLINE: Final = re.compile(r"^[ \t]*(?:Reporting-MTA|Final-Recipient|Original-Recipient)[ \t]*:", re.M | re.I)


_REPLY_LINE: Final = re.compile(r"^[ \t]*([45]\d\d[ -].*)$", re.M)
# Words with which a notice's prose names the SMTP stage of a reply (see `command_in`): a cheap test
# before the prose is read for it.
# ("in reply to" without its space: Postfix may wrap the line right after it.)
_STAGE_WORDS: Final = ("in reply to", " after ", "in response to", ">>> ")


def _words_from_prose(rows: list[Found], mail: Mail, *, pasted: bool) -> list[Found]:
    """Rows whose DSN block has no Diagnostic-Code take the reply the notice's prose gives for that
    recipient (the general reader's recipient blocks); the remote host too, when the fields lack it.

    When the fields were `pasted` into the text (a notice copied into a thread, often cut off
    after the first recipient's fields), the prose's other recipients are added, failed as the
    pasted ones are.
    """
    odd = len(rows) == 1 and not _deliverable(rows[0].recipient)
    if all(_worded(r.diagnostic) for r in rows) and not pasted and not odd:
        _commands_from_prose(rows, mail)
        return rows
    found = notice_blocks(mail)
    blocks = {b.recipient.lower(): b for b in found}
    if odd and len(found) == 1:
        # A Final-Recipient that no one can mail (a spool path, an internal "user@server" name):
        # the one address the notice's prose names is the recipient.
        rows[0].orig_recipient = rows[0].orig_recipient or rows[0].recipient
        rows[0].recipient = found[0].recipient
    for r in rows:
        block = blocks.pop(r.recipient.lower(), None) or blocks.pop(_host_qualified(r.recipient, blocks), None)
        if block is None:
            continue
        if not _worded(r.diagnostic) and _worded(block.diagnostic):
            r.diagnostic = block.diagnostic
        r.remote_mta = r.remote_mta or block.remote_host
        r.smtp_command = r.smtp_command or block.command
    if pasted and blocks and all(r.action == "failed" for r in rows):
        rows += [Found(recipient=b.recipient, orig_recipient=b.orig_recipient, action="failed",
                       diagnostic=b.diagnostic, remote_mta=b.remote_host) for b in blocks.values()]  # fmt: skip
    # A notice quoted whole is read unquoted, as the general reader reads it.
    _words_from_notice(rows, unquoted_whole(mail.body))
    return rows


def _host_qualified(recipient: str, blocks: Iterable[str]) -> str:
    """The prose's address that is `recipient` with its domain written otherwise by a host name inside it (or the
    other way round): the same local part at "neko.example.edu" and at "mailx.neko.example.edu" (Sendmail writes the
    Final-Recipient of a local delivery with its own host's name, the prose the address the message was sent to);
    ``""`` when there is none."""
    local, _at, domain = recipient.lower().rpartition("@")
    if not local:
        return ""
    for key in blocks:
        other_local, _at, other = key.rpartition("@")
        if other_local == local and (domain.endswith(f".{other}") or other.endswith(f".{domain}")):
            return key
    return ""


def _worded(diagnostic: str) -> bool:
    """Whether a Diagnostic-Code holds words, not only a number: a delivery program's exit status
    (``X-Unix; 77``, Sendmail's local mailer) says nothing the prose's reply for the recipient does not say better
    ("<a>... Insufficient permission"), so that reply stands for it.  Nor does the registry's title of a code too vague
    to name a reason ("Delivery not authorized, message refused" for 5.7.1, "Other or undefined security status" for
    5.7.0): a program that glosses its own Status with it says the message was refused, and its prose may say why."""
    return any(c.isalpha() for c in diagnostic) and not is_vague_title(diagnostic)


def _lists_in_prose(rows: list[Found], mail: Mail) -> None:
    """What the prose's recipient lists add to the fields, for any MTA that writes them so:

    * a row that names an alias whose member the prose lists as failed ("a" over "(expanded from: b)",
      Sendmail; "(generated from b)", Exim, which write the alias as ``Final-Recipient``): the member;
    * an address whose own line says its delivery was deferred ("a... Deferred: 450 ..." in a transcript, or
      "a: Deferred: 450 ..." with the colon other MTAs join an address and its words with)
      that no row and no field names: a delayed recipient of the notice (returned mail for one recipient
      also tells of the others of that session still queued; the fields list only the failed ones)."""
    low = mail.body.lower()
    deferred = "deferred" in low and ("..." in low or ": deferred" in low)
    if not deferred and "(expanded from" not in low and "generated from" not in low:
        return  # the cheap test first: most notices have none of these lines
    blocks = notice_blocks(mail)
    # An address whose own lines say what it was expanded from is matched by that alias (below), not by the fields:
    # where the alias they name is no row's (`(expanded from: <a local name>)`), the row stays the fields' own.
    member_named(rows, {b.recipient.lower() for b in blocks if _ALIAS_NOTE.search(b.diagnostic) is None})
    named = {r.recipient.lower() for r in rows}
    for b in blocks:
        if not b.orig_recipient or b.recipient.lower() in named:
            continue
        row = next((r for r in rows if r.recipient.lower() == b.orig_recipient.lower()), None)
        if row is not None:
            row.orig_recipient, row.recipient = row.recipient, b.recipient
            named.add(b.recipient.lower())
    fields = (mail.delivery_status or "").lower()
    for b in blocks:
        low_b = b.recipient.lower()
        if low_b in named or low_b in fields or any(low_b in r.diagnostic.lower() for r in rows):
            continue
        own = shapes.DEFERRED_AFTER.match(mail.body, _after_address(mail.body, b.recipient))
        if own is None:
            continue
        # The block's words are the line's, wrapped lines and all ("Deferred: 452 ..."), else the line's own.
        said = _DEFERRED_WORD.match(b.diagnostic)
        words = b.diagnostic[said.end() :] if said else own.group(1).strip() or b.diagnostic
        rows.append(Found(recipient=b.recipient, action="delayed", diagnostic=words,
                          remote_mta=b.remote_host, smtp_command=b.command))  # fmt: skip
        named.add(low_b)


# An address's own note of the alias it was made from ("(expanded from: b)", Sendmail; "(generated from b)", Exim).
_ALIAS_NOTE: Final = re.compile(r"\((?:expanded from|(?:ultimately )?generated from)\b", re.I)
_DEFERRED_WORD: Final = re.compile(r"\s*deferred\b:?\s*", re.I)


def _after_address(body: str, address: str) -> int:
    """Where the first "address..." of the body ends (Sendmail's transcript form; "address:", the same line as
    an MTA that joins the recipient and its words with a colon writes it), else the body's end."""
    m = re.search(rf"(?<![\w.+-]){re.escape(address)}[>\"']?(?:\.\.\.|:)", body, re.I)
    return m.end() if m is not None else len(body)


def _commands_from_prose(rows: list[Found], mail: Mail) -> None:
    """The SMTP command each reply answered, from the prose when the fields do not say it: Postfix
    and the MTAs that copy its notice write "(in reply to RCPT TO command)" there only, Exim "SMTP
    error from remote mail server after EHLO ...:", a transcript ">>> MAIL From:<s>"; and the
    classifier reads a 5.2.1 "User Unknown" at RCPT otherwise than after DATA, a 550 after EHLO
    otherwise than after RCPT.  The remote host the prose names comes along, where the fields name none."""
    if all(r.smtp_command for r in rows) or not any(w in mail.body for w in _STAGE_WORDS):
        return
    found = notice_blocks(mail)
    blocks = {b.recipient.lower(): b for b in found}
    for r in rows:
        block = blocks.get(r.recipient.lower())
        if block is None and len(rows) == 1 and len(found) == 1:
            # One recipient in the fields, one in the prose: the same one, whatever address each
            # writes (an alias expanded, a local part rewritten, a corpus that redacted them apart).
            block = found[0]
        if block is not None and not r.smtp_command:
            r.smtp_command = command_in(block.diagnostic) or block.command
        if block is not None and block.remote_host and not r.remote_mta:
            # The server the prose's transcript or frame names ("... while talking to mx.example.org.:"), when the
            # fields name none (a Sendmail DSN with no Remote-MTA): read with the stage, at no further cost.  Named by
            # its address only ("while talking to [192.0.2.25]:"), it is the host's address.
            if is_ip(block.remote_host):
                r.remote_ip = r.remote_ip or block.remote_host
            else:
                r.remote_mta = block.remote_host


def _deliverable(address: str) -> bool:
    """Whether `address` looks like a mailbox on the Internet: a local part, "@", a dotted domain."""
    local, at, domain = address.rpartition("@")
    return bool(at and local and "." in domain and "/" not in address)


def _words_from_notice(rows: list[Found], notice: str) -> None:
    """Rows still without words (`_worded`): the notice's reply line about that recipient (naming its address
    or local part), or the notice's only reply line; with no reply line at all, the notice's
    sentence that names the recipient (a delivery agent that explains in prose only: "the address
    "bob@example.org" does not exist", "您发送到“...”的邮件无法被正确投递，因为收件人邮箱已满")."""
    if all(_worded(r.diagnostic) for r in rows):
        return
    lines = [m.group(1).strip() for m in _REPLY_LINE.finditer(notice[:20000])]
    if not lines:
        _sentences_naming(rows, notice)
        return
    for r in rows:
        if _worded(r.diagnostic):
            continue
        local = r.recipient.split("@", 1)[0].lower()
        mine = [ln for ln in lines if r.recipient.lower() in ln.lower() or (len(local) > 2 and local in ln.lower())]
        if mine:
            r.diagnostic = mine[0]
        elif len(lines) == 1 and len(rows) == 1:
            r.diagnostic = lines[0]


# A line that only lists a header-like field ("To: bob@example.org", "收件人：  bob@..."): a summary of
# the returned message, not a sentence about the failure.
_FIELD_LINE: Final = re.compile(r"^\s*[^\s:：]{1,20}\s*[:：]", re.M)


def _sentences_naming(rows: list[Found], notice: str) -> None:
    """Rows without words take the first paragraph of the notice that names their address in a
    sentence: the words the report's fields leave out."""
    paragraphs = [p for p in notice[:20000].split("\n\n") if p.strip()]
    for r in rows:
        if _worded(r.diagnostic) or "@" not in r.recipient:
            continue
        address = r.recipient.lower()
        for p in paragraphs:
            at = p.lower().find(address)
            if at < 0:
                continue
            line = p[p.rfind("\n", 0, at) + 1 :]
            if _FIELD_LINE.match(line):
                continue
            r.diagnostic = " ".join(_with_announced(paragraphs, paragraphs.index(p)).split())[:1000]
            break


def _with_announced(paragraphs: list[str], i: int) -> str:
    """Paragraph `i` and, while the last one read ends by announcing the cause below it ("... for the following
    reason:", `shapes.CAUSE_INTRO`), the paragraph that follows, past a banner that heads it ("***** VIRUS ALERT
    *****"), at most four in all: the words it points at."""
    out = [paragraphs[i]]
    for nxt in paragraphs[i + 1 : i + 4]:
        last = out[-1].rstrip().rsplit("\n", 1)[-1].strip().lower()
        if not (shapes.CAUSE_INTRO.search(last) or banner_only(out[-1])):
            break
        out.append(nxt)
    return "\n\n".join(out)


def gave_up(rows: list[Found], notice: str) -> None:
    """Expired, for a failed row whose last reply was temporary (a 4xx code opens its Diagnostic-Code)
    when the notice's prose says the MTA gave up retrying (`shapes.EXPIRED_NOTICE`: Haraka's
    "Failure Reason: Error: Too many failures (Some recipients temp failed ...)"). The reply code
    decides, not the Status field: an MTA that gives up marks the row 5.x.x whatever the last reply
    was (Haraka turns "451 4.7.1 Greylisted" into Status 5.7.1). `parse_message` asks the same of every
    format module's rows."""
    temporary = [r for r in rows if _last_attempt_not_final(r)]
    if temporary and shapes.EXPIRED_NOTICE.search(notice[:20000].lower()):
        for r in temporary:
            r.reason = Reason.EXPIRED


def given_up_rows(rows: list[Found]) -> None:
    """Failed, for a row reported as delayed whose own words say the mail system gave up on it (its
    first line: "Envelope expired", "retry timeout exceeded"): the recipient left the queue, whatever
    heading the notice wrote above it. OpenSMTPD 6.8 sends its expiry in its delay template ("A message
    is delayed for more than 0 seconds", `Action: delayed`) with "Envelope expired" on each recipient's
    line. The notice's own delay words ("will be retried") say nothing of such a row."""
    for r in rows:
        if r.action != "delayed" or not r.diagnostic:
            continue
        own = r.diagnostic.strip().split("\n", 1)[0].lower()
        if shapes.EXPIRED_NOTICE.search(own):
            r.action = "failed"


# RFC 3798's disposition types for a message the recipient's side threw away or refused, written as a
# DSN Action (GNU Mailutils' Sieve reject: "Action: deleted" beside "Disposition:
# automatic-action/MDN-sent-automatically;deleted" in a message/delivery-status part).
_DISCARDED: Final = frozenset({"deleted", "denied"})


def _refused_by_recipient(rows: list[Found], notice: str) -> list[Found]:
    """Rows whose Action says the recipient's side deleted (or denied) the message, when the notice
    says the message was refused or not delivered ("Message was refused by recipient's mail filtering
    program"): failures. A read receipt's "deleted" says no such thing and stays as it is."""
    discarded = [r for r in rows if r.action in _DISCARDED]
    if not discarded or not shapes.FAILURE.search(notice[:20000].lower()):
        return []
    for r in discarded:
        r.action = "failed"
    return discarded


def _cause_from_prose(rows: list[Found], notice: str) -> None:
    """Such rows without words take the notice's paragraph that says the message was refused, with the
    paragraph below it when a line introduces that one as the reason ("Reason given was as follows:"
    and the filter's own text): before any other sentence of the notice, such as a returned message's
    Received line that names the recipient."""
    paragraphs = [p for p in notice[:20000].split("\n\n") if p.strip()]
    at = next((k for k, p in enumerate(paragraphs) if shapes.FAILURE.search(p.lower())), None)
    if at is None:
        return
    why = " ".join(paragraphs[at].split())
    last = paragraphs[at].strip().splitlines()[-1].strip().lower()
    if at + 1 < len(paragraphs) and shapes.CAUSE_INTRO.search(last):
        why = f"{why} {' '.join(paragraphs[at + 1].split())}"
    for r in rows:
        if not r.diagnostic:
            r.diagnostic = why[:1000]


def _last_attempt_not_final(row: Found) -> bool:
    """Whether a failed row (an Action left out by a module is a failure) with no reason yet ends with a
    temporary reply: a 4xx code opens its words (Sendmail's "452 4.2.2 Over quota" under "Message could not
    be delivered for 5 days"), or its own Status is of class 4 although it failed (RFC 3464: the status of
    the last attempt; Sendmail's 4.4.7 under "Message could not be delivered for 6 minutes" for a local
    mailer's "Deferred: ... exited with EX_TEMPFAIL", whose Diagnostic-Code is the exit code, X-Unix; 75)."""
    if row.action not in (None, "failed") or row.reason is not None:
        return False
    return _first_code(row.diagnostic) == "4" or (row.status or "").strip().startswith("4.")


def _first_code(diagnostic: str) -> str | None:
    """The class digit of the reply code a Diagnostic-Code starts with ("451 4.7.1 ..." -> "4")."""
    m = _LEADING_CODE.match(diagnostic)
    return m.group(1) if m else None


_LEADING_CODE: Final = re.compile(r"\s*([245])\d\d(?:[ -]|$)")


class _Rfc3464:
    name = "rfc3464"

    def parse(self, mail: Mail) -> list[Found] | None:
        text = mail.delivery_status
        if text is not None:
            rows = rows_from_fields(text)
            if rows:
                _cause_from_prose(_refused_by_recipient(rows, mail.body), mail.body)
                _lists_in_prose(rows, mail)
                rows = _words_from_prose(rows, mail, pasted=False)
                gave_up(rows, mail.body)
                given_up_rows(rows)
                return rows
        # The fields pasted into the body (some gateways, and DSNs re-wrapped as plain text), also when
        # the body is quoted whole or indented as a block.
        body = unquoted_whole(mail.body)
        m = _INLINE.search(body)
        if m is None or "status:" not in body[m.start() :].lower():
            return None
        rows = rows_from_fields(textwrap.dedent(body[m.start() :]))
        return _words_from_prose(rows, mail, pasted=True) if rows else None


DETECTOR: Final = _Rfc3464()
