"""`parse_message`: load an email, run the ordered detectors, classify, build the report.

The pipeline is extract -> classify -> assemble:

1. the loader (`bouncelib._dsn.mime.load_message`) parses with the tolerant, fast
   ``compat32`` policy after normalising LF/CRLF/CR line endings;
2. the detectors of `bouncelib._dsn.registry` run in order; the first that returns
   recipients wins (a detector that raises is logged, recorded as a defect and skipped);
   when none does, a notice that says delivery failed and quotes the refusal but shows no
   address still gives one event without a recipient (`bouncelib._dsn.general.unnamed_failure`);
   a challenge gives a report with no events (`Found.report_kind`); a format module's failed or
   delayed row without a reply text takes the one the RFC 3464 fields or the general reader find
   for that recipient, when it states a reason (`_fill_empty_diagnostics`);
3. each `Found` row's diagnostic text goes through `bouncelib.parse_reply` once, with
   the format's hints (DSN status, remote MTA, SMTP command, action); a format module's row read
   ``onhold`` takes the general reader's reply for that recipient when the words the module did not
   read name a reason (`_with_reasons_read_generally`).

Which wins when the DSN ``Status`` and the reply's words disagree: the ``dsn`` field always
keeps the Status as written; the classifier receives that Status as a *hint* and the reply
text, and its verdict (reason, enhanced status) is used.  Why: a reporting MTA often writes a
generic or mapped Status (Postfix's ``5.0.0``, Sendmail mapping any 550 to ``5.1.1``) while
the remote server's own words say precisely what happened ("mailbox full", "blocked using
Blocklist 1").  Only when the format itself fixes the reason (ARF feedback, auto-replies)
does the format win over the classifier.
"""

from __future__ import annotations

import email.message
import email.utils
import logging
import os
import re
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, Final, NamedTuple

from pydantic import ValidationError

from bouncelib._classify import parse_reply
from bouncelib._classify._model import is_guess
from bouncelib._data import notices as shapes
from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.fastmime import parse_text
from bouncelib._dsn.formats import rfc3464
from bouncelib._dsn.general import DETECTOR as GENERAL_READER
from bouncelib._dsn.general import unnamed_failure
from bouncelib._dsn.general._notice import has_reply
from bouncelib._dsn.mime import address_of, decode_header, load_message
from bouncelib._dsn.registry import GENERAL, detectors
from bouncelib._dsn.report import BounceKind, BounceReport, DsnEvent
from bouncelib.errors import InputError
from bouncelib.models import Reason, Reply

__all__ = ["parse_date", "parse_message", "run_detectors"]

_log = logging.getLogger("bouncelib.dsn")

MessageInput = bytes | bytearray | memoryview | str | email.message.Message | os.PathLike[str]



_MONTHS: dict[str, int] = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
# RFC 5322 section 3.3 date-time in its usual shape: "[Thu, ]10 Apr 2014 14:41:24 +0000 [(UTC)]".
_DATE_RE = re.compile(
    r"\s*(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\s+"
    r"(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4})?"
)


def parse_date(value: object) -> datetime | None:
    """An RFC 5322 date as a tz-aware datetime (``-0000`` / no zone read as UTC); None if unparsable."""
    if not value:
        return None
    if not isinstance(value, str):
        value = str(value)  # a compat32 Header (8-bit bytes in the field)
    m = _DATE_RE.match(value)
    if m is not None and m.group(7) is not None and m.group(2).lower() in _MONTHS:
        # The common shape, without email.utils' general (and slower) tokenizer.
        day, mon, year, hh, mm, ss, zone = m.groups()
        try:
            sign = -1 if zone[0] == "-" else 1
            tz = timezone(sign * timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5])))
            return datetime(int(year), _MONTHS[mon.lower()], int(day), int(hh), int(mm), int(ss or 0), tzinfo=tz)
        except ValueError:
            pass  # out-of-range fields: let the stdlib have its say
    try:
        dt = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt


def _to_message(data: MessageInput) -> email.message.Message:
    if isinstance(data, email.message.Message):
        return data
    if isinstance(data, os.PathLike):
        with open(data, "rb") as fh:
            return load_message(fh.read())
    if isinstance(data, (bytearray, memoryview)):
        return load_message(bytes(data))
    if isinstance(data, str) and _looks_like_path(data):
        raise InputError(
            f"parse_message(data=...) got the str {data[:80]!r}, which looks like a file name, not a message: "
            "pass pathlib.Path(...) to read a file (a str is always the message text itself)"
        )
    if isinstance(data, (bytes, str)):
        return load_message(data)
    raise InputError(f"parse_message() takes bytes, str, an email.message.Message or a path, not {type(data).__name__}")


def _looks_like_path(text: str) -> bool:
    """A `str` on one line with no header field (``Name: value``) cannot be a message: it is a mistaken path."""
    return bool(text.strip()) and "\n" not in text and "\r" not in text and ": " not in text and len(text) < 4096


def _to_the_address_that_bounced(mail: Mail) -> bool:
    """Whether the notice is written to the address that could not be reached, not to the sender of a failed
    message: its own words (outside any attached message) say delivery *to you* failed or ran into problems
    (`notices.DELIVERY_TO_YOU_FAILED`: a list manager's warning to a member whose list mail bounced), it quotes no
    reply of its own and it is no delivery report itself (not ``multipart/report``).  A non-delivery report it
    carries as an attachment is about the reader's own address: no message the reader sent failed."""
    if mail.content_types[:1] == ["multipart/report"]:
        return False
    low = mail.body.lower()
    if "to you" not in low:  # the cheap test first: most notices say nothing of delivery "to you"
        return False
    text = " ".join(low.split())
    return shapes.DELIVERY_TO_YOU_FAILED.search(text) is not None and not has_reply(text)


def run_detectors(mail: Mail, defects: list[str] | None = None) -> tuple[str | None, list[Found]]:
    """Run the registry in order; return (detector name, rows) of the first that finds recipients."""
    for det in detectors():
        try:
            rows = det.parse(mail)
        except Exception as exc:
            # Debug only: the report's defects say it, and a library does not print to the user's terminal.
            _log.debug("bounce detector %s raised %s: %s", det.name, type(exc).__name__, exc)
            if defects is not None:
                defects.append(f"detector {det.name} raised {type(exc).__name__}")
            continue
        if rows:
            return det.name, rows
    return None, []


def _fill_empty_diagnostics(mail: Mail, rows: list[Found]) -> None:
    """Give a module's failed or delayed row without a reply text the one the notice states for it.

    A format module that finds a recipient but not its reply (a layout it does not know, a DSN part
    without ``Diagnostic-Code``) would leave the recipient with reason ``undefined`` while the
    notice says why.  The readers that need no module (the RFC 3464 fields, then the general
    reader's prose) are asked for that recipient's reply text; it is taken only when it states a
    reason (not ``undefined`` / ``onhold``), so a notice that gives none stays as it was.  Runs only
    on such rows: other mail pays nothing.
    """
    empty = [r for r in rows if r.report_kind is None and r.reason is None and r.recipient
             and r.action in (None, "failed", "delayed") and not r.diagnostic.strip()]  # fmt: skip
    if not empty:
        return
    found: dict[str, list[Found]] = {}
    for det in (rfc3464.DETECTOR, GENERAL_READER):
        try:
            other = det.parse(mail) or []
        except Exception:  # a reader that fails here leaves the row as the module gave it
            continue
        for o in other:
            if o.report_kind is None and o.diagnostic.strip():
                found.setdefault(o.recipient.lower(), []).append(o)
    for row in empty:
        for o in found.get(row.recipient.lower(), ()):
            reply = parse_reply(o.diagnostic, status=row.status or o.status, action=row.action or o.action)
            # The rules must read a reason in it: the model's guess over another reader's paragraph (Courier's
            # "If your message was also sent to additional recipients ..." under a recipient with no words, round
            # r41) is not the notice stating one.
            if reply.reason not in (Reason.UNDEFINED, Reason.ONHOLD) and not is_guess(reply.rule):
                row.diagnostic = o.diagnostic
                row.diagnostic_type = row.diagnostic_type or o.diagnostic_type
                row.remote_mta = row.remote_mta or o.remote_mta
                break


_GENERAL_NAMES: frozenset[str] = frozenset(d.name for d in GENERAL)
_MSGID_RE = re.compile(r"<[^<>\s]+>")
_MBOX_SEPARATOR = re.compile(rb"\nFrom \S+ +\w{3} \w{3} +\d{1,2} \d\d:\d\d:\d\d(?: \S+)? \d{4}\s*$", re.M)


def _more_than_one(data: object) -> bool:
    """True when raw input that starts like an mbox holds another "From " separator line."""
    if isinstance(data, os.PathLike):
        try:
            with open(data, "rb") as fh:
                data = fh.read()
        except OSError:
            return False
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    if not isinstance(data, (bytes, bytearray, memoryview)):
        return False
    raw = bytes(data).replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return _MBOX_SEPARATOR.search(raw) is not None


def _original_headers(mail: Mail) -> email.message.Message | None:
    try:
        sub = mail.original_message
    except Exception:
        sub = None
    if sub is not None:
        return sub
    text = mail.original
    if not text:
        return None
    # Only the header block: the body of the returned message is irrelevant here.
    text = text.lstrip("\n")
    end = text.find("\n\n")  # not split(): the returned message's body is not copied
    head = text if end < 0 else text[:end]
    try:
        return parse_text(head + "\n\n")
    except Exception:
        return None


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    text = decode_header(value)
    return text or None


def _kind(mail: Mail, rows: list[Found]) -> BounceKind:
    reasons = {r.reason for r in rows}
    if Reason.FEEDBACK in reasons:
        return BounceKind.FEEDBACK
    if Reason.VACATION in reasons:
        return BounceKind.AUTOREPLY
    if mail.has_delivery_status:  # no detector may have asked for the part's text: none is made here
        return BounceKind.DSN
    return BounceKind.VENDOR


def _exit_status(row: Found) -> str | None:
    """The status to read an ``X-Unix`` diagnostic with.  Under that type the Status is the MTA's
    translation of a local delivery program's exit code (Postfix ``sys_exits.c``: 73 "can't create user
    output file" 5.2.0, 77 "permission denied" 5.7.0, 75 "temporary failure" 4.3.0), not a reading of
    the program's words.  The table's statuses are a subject with no detail (X.Y.0); read under one,
    the words keep the class (permanent or not) and lose the subject, which would steer them
    (dovecot-lda's "Quota exceeded (mailbox for user is full)" under 5.7.0 is no sending quota).  The
    addressing exit codes (67 "user unknown" 5.1.1, 68 "host name unknown" 5.1.2) and a status with a
    detail (local(8)'s own 5.2.2 for its mailbox size limit) are the MTA's finding and stay."""
    status = row.status
    return f"{status[0]}.0.0" if _exit_code_status(row) and status else status


def _exit_code_status(row: Found) -> bool:
    """Whether `row` is an ``X-Unix`` diagnostic under a generic exit-code status (X.Y.0, Y not 1)."""
    return ((row.diagnostic_type or "").lower() == "x-unix"
            and re.fullmatch(r"[245]\.[02-7]\.0", row.status or "") is not None)  # fmt: skip


def _classify(row: Found) -> Reply:
    text = row.diagnostic or ""
    try:
        return parse_reply(
            text,
            status=_exit_status(row),
            smtp_code=row.smtp_code,
            smtp_command=row.smtp_command,
            remote_host=row.remote_mta,
            remote_ip=row.remote_ip,
            action=row.action,
            recipient=row.recipient,
        )
    except Exception as exc:
        _log.warning("parse_reply raised %s on %r", type(exc).__name__, text[:200])
        return Reply(text=text)


def _coerced(fields: dict[str, Any]) -> dict[str, Any]:
    out = dict(fields)
    for key in ("recipient", "orig_recipient", "action", "status", "diagnostic_type", "reporting_mta",
                "remote_mta", "remote_ip", "feedback_type", "queue_id", "message_id", "sender"):
        v = out[key]
        out[key] = None if v is None else str(v)
    if not isinstance(out["reason"], Reason):
        try:
            out["reason"] = Reason(str(out["reason"]))
        except ValueError:
            out["reason"] = out["reply"].reason
    return out


def _msg_defects(mail: Mail) -> list[str]:
    out: list[str] = []
    for part in mail.parts:
        for d in getattr(part, "defects", ()) or ():
            name = type(d).__name__
            if name not in out:
                out.append(name)
    return out


class _Original(NamedTuple):
    """What the returned message's headers say (all None when the notice does not include them)."""

    message_id: str | None = None
    from_: str | None = None
    to: str | None = None
    subject: str | None = None
    date: datetime | None = None


_ORIGINAL_FIELDS: Final = frozenset({"message-id", "from", "to", "subject", "date"})


def _first_fields(msg: email.message.Message, names: frozenset[str]) -> dict[str, Any]:
    """``msg.get(name)`` of each of `names` (lower case) that `msg` holds, read in one pass over its header list:
    ``Message.get`` lowers every name it passes on each call, and a returned message often holds a few dozen
    fields (its Received and DKIM lines) before the ones asked for."""
    raw = vars(msg).get("_headers")  # the list Message.get itself reads
    if not isinstance(raw, list):
        return {name: msg.get(name) for name in names}
    out: dict[str, Any] = {}
    for k, v in raw:
        key = k.lower()
        if key in names and key not in out:
            out[key] = msg.policy.header_fetch_parse(k, v)
    return out


def _original(mail: Mail) -> _Original:
    orig = _original_headers(mail)
    if orig is None:
        return _Original()
    fields = _first_fields(orig, _ORIGINAL_FIELDS)
    o_id = None
    mid = fields.get("message-id")
    if mid:
        m = _MSGID_RE.search(str(mid))
        o_id = m.group(0) if m else str(mid).strip() or None
    return _Original(o_id, _clean(fields.get("from")), _clean(fields.get("to")), _clean(fields.get("subject")),
                     parse_date(fields.get("date")))  # fmt: skip


def _sender(rows: list[Found], original_from: str | None) -> str | None:
    """The bounced message's sender: what a format read (X-Postfix-Sender ...), else the returned From."""
    sender = next((r.extra.get("sender") for r in rows if r.extra.get("sender")), None)
    if sender is None and original_from:
        try:
            sender = address_of(original_from) or None  # the bare address
        except RecursionError:  # the stdlib recurses once per "(" of a comment: 100k of them crashed it
            sender = None
    return sender


# An address set whole in quotes or brackets ('"a@b"', "'a@b'", "<a@b>"), as it was written: the address.
# Not a quoted local part ('"bob smith"@example.org'), whose closing quote stands before the "@".  A grave accent
# opens a quote too, in the typewriter style that closes it with an apostrophe ("`a@b'", Exchange 5.5's Internet
# Mail Service): a format module that kept the opening mark, with or without the closing one, kept a quote.
_QUOTED_WHOLE = re.compile(
    r"""(?:(["'])([^"'\s@<>]+@[^"'\s@<>]+)\1|<([^"'\s@<>]+@[^"'\s@<>]+)>|`([^"'`\s@<>]+@[^"'`\s@<>]+)'?)\Z"""
)


def _shown(address: object) -> object:
    """The recipient, or None when the text does not show one: an empty address, or one whose local part
    is only dots or an ellipsis (``<…@example.org>``, ``...@example.org``).  No address has such a local
    part (RFC 5322's dot-atom neither starts with a dot nor is dots alone): it is a poster's masking.
    An address a format module kept in the quotes or brackets it was written in is the address without them.
    A value of the wrong type (a faulty detector's) is left to `_coerced`."""
    if not address or not isinstance(address, str):
        return address or None
    quoted = _QUOTED_WHOLE.match(address)
    if quoted is not None:
        address = quoted.group(2) or quoted.group(3) or quoted.group(4)
    local, at, _domain = address.rpartition("@")
    return None if at and local and not local.strip(".\u2026") else address


def _event(row: Found, common: dict[str, Any], defects: list[str]) -> DsnEvent:
    """One recipient's event: the row's facts, its classified reply, and what the whole notice says."""
    if row.action is None and common["kind"] in (BounceKind.DSN, BounceKind.VENDOR):
        # A bounce that states no action returns the message: it failed (Sisimai does the same).
        row.action = "failed"
    reply = _classify(row)
    last = parse_date(row.last_attempt)
    if row.last_attempt and last is None:
        defects.append(f"unparsable date {row.last_attempt[:60]!r}")
    reason = row.reason if row.reason is not None else reply.reason
    if row.reason is not None and is_guess(reply.rule):
        # The format read the reason: the classifier's guess (never a hard bounce) is not what decided it.
        reply = reply.model_copy(update={"rule": f"format:{common.get('detector') or 'report'}"})
    # (A model's guess is no reading either, nor a status read for its subject alone ("4.5.0" beside
    # "X-Unix; 71"): the diagnostic type below is better evidence than they.)
    unclassified = (reply.rule in {"none", "unrecognised", "action:delayed"} or is_guess(reply.rule)
                    or (reply.rule or "").startswith("status-subject:"))  # fmt: skip
    if row.reason is None and (row.diagnostic_type or "").lower() == "x-unix" and (
            unclassified or reason in (Reason.SYSTEMERROR, Reason.ONHOLD, Reason.UNDEFINED)):
        # RFC 3464 "X-Unix; 71": a local delivery program's exit status, i.e. the mailer failed.  The
        # generic names an MTA gives such a status (Postfix sys_exits.c: "service unavailable",
        # "temporary failure", "permission denied", "unknown mail system error 1") say that the program
        # failed, not that the receiving system did: the program is the one who failed.  Words naming a
        # cause ("user unknown", "File too large") keep their reason.
        reason = Reason.MAILERERROR
    elif row.reason is None and reason in (Reason.USERUNKNOWN, Reason.HOSTUNKNOWN) and _exit_code_status(row) \
            and not (row.status or "").endswith(".0.0"):
        # The program's exit code is its own word on the recipient: one that says it could not write
        # (73, 5.2.0) or was not allowed (77, 5.7.0) did not find the user unknown, whatever its output
        # calls a mailbox file ("procmail: Renaming bogus mailbox "/var/mail/ruth""): the program failed.
        reason = Reason.MAILERERROR
    elif row.reason is None and reason is Reason.MESGTOOBIG and row.extra.get("refused-by") == "recipient-filter":
        # The format says the recipient's own filter refused the message (an RFC 3798 automatic-action deletion,
        # a Sieve reject): a size it refuses is the recipient's limit (RFC 3463 X.2.3), not the system's.
        reason = Reason.EXCEEDLIMIT
    if reason is Reason.UNDEFINED and row.action in ("failed", "delayed"):
        # A notice that states this recipient's failure (or delay) and no reason gives too little
        # to judge: onhold.  Undefined is for no text at all (corpus/LABELING.md).
        reason = Reason.ONHOLD
    fields: dict[str, Any] = {
        **common,
        "recipient": _shown(row.recipient),
        "orig_recipient": row.orig_recipient,
        "action": row.action,
        "status": row.status,
        "diagnostic_type": row.diagnostic_type,
        "last_attempt": last,
        "reporting_mta": row.reporting_mta or common["reporting_mta"],
        "remote_mta": row.remote_mta,
        "remote_ip": row.remote_ip,
        "feedback_type": row.feedback_type,
        "queue_id": row.extra.get("queue_id"),
        "timestamp": last or common["timestamp"],
        "reason": reason,
        "reply": reply,
    }
    try:
        return DsnEvent(**fields)
    except ValidationError as exc:
        # A detector handed over a value of the wrong type (a bug there): keep the event with
        # the offending fields as text, or dropped to None, and say so in the defects.
        defects.append(f"detector {common['detector']} gave an invalid row: {exc.errors()[0]['loc']}")
        return DsnEvent(**_coerced(fields))


def parse_message(data: MessageInput) -> BounceReport:
    """Read one email and report what it says about the delivery of a message.

    ``data`` is the raw message (``bytes`` or ``str``), an `email.message.Message`, or a path
    (`os.PathLike`, e.g. `pathlib.Path`) to a file holding one message.  A ``str`` is always the
    message text: a one-line ``str`` without a header field (``"bounce.eml"``) raises `InputError`
    saying to pass ``pathlib.Path``.  Never raises on malformed mail: what could not be read is
    listed in ``defects``; a message that no format recognises is ``kind="not_bounce"``.

    >>> r = parse_message(b"From: a@example.org\\nSubject: hello\\n\\nhi\\n")
    >>> r.kind.value, r.recipients
    ('not_bounce', ())
    """
    msg = _to_message(data)
    mail = Mail(msg)
    defects = _msg_defects(mail)
    if msg.get_unixfrom() and _more_than_one(data):
        # An mbox with more than one message given as one: only the first is read here.
        defects.append("input holds more than one message (mbox): read it with read_mailbox()")
    name, rows = (None, []) if _to_the_address_that_bounced(mail) else run_detectors(mail, defects)
    if not rows:
        rows = unnamed_failure(mail)
        name = GENERAL_READER.name if rows else None
    elif name not in _GENERAL_NAMES:
        _fill_empty_diagnostics(mail, rows)
        # The message's fate, as the notice tells it for every format: the queue gave up (rfc3464.gave_up).
        rfc3464.gave_up(rows, mail.body)
        # ... and a recipient's own line that says so, under a delay's heading (rfc3464.given_up_rows).
        rfc3464.given_up_rows(rows)
    defects.extend(mail.defects)
    date = parse_date(mail.header("Date"))
    orig = _original(mail)

    def report(kind: BounceKind, **found: Any) -> BounceReport:
        # What the notice itself says; `defects` is read when called, after every row added its own.
        return BounceReport(
            kind=kind, subject=mail.subject or None, from_=mail.from_ or None, date=date,
            original_message_id=orig.message_id, original_from=orig.from_, original_to=orig.to,
            original_subject=orig.subject, original_date=orig.date, defects=tuple(defects), **found,
        )  # fmt: skip

    if not rows:
        return report(BounceKind.NOT_BOUNCE)
    challenge = next((r for r in rows if r.report_kind is BounceKind.CHALLENGE), None)
    if challenge is not None:
        # A challenge/response mail: the message waits for the sender to confirm; nobody bounced.
        return report(BounceKind.CHALLENGE, detector=name, challenge_address=challenge.recipient or None)
    kind = _kind(mail, rows)
    reporting = next((r.reporting_mta for r in rows if r.reporting_mta), None)
    common = {"kind": kind, "detector": name, "reporting_mta": reporting, "message_id": orig.message_id,
              "sender": _sender(rows, orig.from_), "timestamp": date}  # fmt: skip
    events = tuple(_event(row, common, defects) for row in rows)
    if name not in _GENERAL_NAMES and any(e.reason is Reason.ONHOLD for e in events):
        events = _with_reasons_read_generally(mail, rows, events, common, defects)
    return report(kind, detector=name, reporting_mta=reporting, recipients=events)


def _with_reasons_read_generally(
    mail: Mail, rows: list[Found], events: tuple[DsnEvent, ...], common: dict[str, Any], defects: list[str]
) -> tuple[DsnEvent, ...]:
    """A format module's row whose reply states no reason (``onhold``: "(reason: Can't create output)") takes
    the reply the general reader finds for that recipient when that one states a reason: the module read the
    line it knows, the notice says why elsewhere (a transcript's "procmail: Quota exceeded while writing ...").
    Runs only on such rows; the module's other facts (action, status, hosts) stay."""
    try:
        general = {o.recipient.lower(): o for o in GENERAL_READER.parse(mail) or () if o.recipient}
    except Exception:  # the general reader failing here leaves the module's reading
        return events
    out = list(events)
    for k, (row, event) in enumerate(zip(rows, events, strict=True)):
        other = general.get((row.recipient or "").lower())
        if event.reason is not Reason.ONHOLD or row.reason is not None or other is None:
            continue
        if not other.diagnostic.strip() or other.diagnostic == row.diagnostic or other.action != row.action:
            continue
        # Only when the words the module did not read name a reason on their own: the same reply written with its
        # host and stage ("host mx said: 554 ... (in reply to end of DATA command)") is no new reading.
        said = " ".join(other.diagnostic.split())
        kept = row.diagnostic
        extra = said.replace(" ".join(kept.split()), " ") if kept.strip() else said
        read = parse_reply(extra, action=row.action)
        # The rules must name it: the model's guess over another reader's fixed paragraph is no reason stated
        # (as in _fill_empty_diagnostics).
        if read.reason in (Reason.ONHOLD, Reason.UNDEFINED) or is_guess(read.rule):
            continue
        row.diagnostic = other.diagnostic
        again = _event(row, common, [])
        if again.reason in (Reason.ONHOLD, Reason.UNDEFINED):
            row.diagnostic = kept
            continue
        out[k] = again
    return tuple(out)
