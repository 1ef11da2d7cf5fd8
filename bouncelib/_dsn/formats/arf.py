"""ARF feedback reports (RFC 5965): ``multipart/report; report-type=feedback-report``.

The recipient is ``Original-Rcpt-To`` (RFC 5965 section 3.2, optional and often removed by
the reporting provider), else the addresses of the returned message's ``To``; when neither
is there the event has no recipient (None) rather than a made-up one.  The reason is fixed:
``feedback``, with the ``Feedback-Type`` (abuse, fraud, virus, other, not-spam, opt-out,
auth-failure ...) on each event.  The diagnostic is the human-readable first part.
"""

from __future__ import annotations

import email.utils
import re
from typing import Final

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.fields import clean_address, parse_fields
from bouncelib._dsn.mime import decode_payload
from bouncelib._vocab import Reason

__all__ = ["DETECTOR"]

_FEEDBACK_TYPE: Final = re.compile(r"^Feedback-Type:", re.M | re.I)
_TO: Final = re.compile(r"^To:[ \t]*(.*(?:\n[ \t]+.*)*)", re.M | re.I)


def _original_to(mail: Mail) -> list[str]:
    text = mail.original or ""
    head = text.lstrip("\n").split("\n\n", 1)[0]
    m = _TO.search(head)
    if not m:
        return []
    return [a for _n, a in email.utils.getaddresses([" ".join(m.group(1).split())]) if "@" in a]


def _hotmail(mail: Mail) -> list[Found] | None:
    """Hotmail/Outlook.com JMRP complaints: no feedback-report part, the complained-about message
    attached, its recipient in ``X-HmXmrOriginalRecipient``."""
    if not mail.subject.lower().startswith("complaint about message from"):
        return None
    orig = mail.original_message
    if orig is None:
        return None
    addr = clean_address(orig.get("X-HmXmrOriginalRecipient") or "") or (_original_to(mail) or [""])[0]
    first = " ".join(mail.body.strip().split("\n\n", 1)[0].split())[:1000]
    ip = orig.get("X-HmXmrOriginalIP") or mail.subject.rsplit(" ", 1)[-1]
    return [Found(recipient=addr, diagnostic=first, reason=Reason.FEEDBACK, feedback_type="abuse", remote_ip=ip)]


def _mislabelled_report(mail: Mail) -> str | None:
    """The report fields of a ``report-type=feedback-report`` message whose fields part is not
    labelled ``message/feedback-report`` (text/plain, or pasted in the first part)."""
    if "feedback-report" not in mail.header("Content-Type").lower():
        return None
    for part, ctype in zip(mail.parts, mail.content_types, strict=True):
        if ctype.startswith("text/") and not part.is_multipart():
            text = decode_payload(part)
            m = _FEEDBACK_TYPE.search(text)
            if m:
                return text[m.start() :]
    return None


class _Arf:
    name = "arf"

    def parse(self, mail: Mail) -> list[Found] | None:
        report = mail.feedback_report
        if report is None:
            report = _mislabelled_report(mail)
        if report is None:
            return _hotmail(mail)
        fields, blocks = parse_fields(report)
        for b in blocks:  # fields after a blank line (some providers) belong to the report too
            for k, v in b.items():
                fields.setdefault(k, v)
        # Original-Rcpt-To may repeat: the stdlib-free field reader keeps the first, so scan again.
        rcpts = [
            clean_address(m.group(1))
            for m in re.finditer(
                r"^(?:Original-Rcpt-To|Removal-Recipient|Redacted-Address):[ \t]*(.+)$", report, re.M | re.I
            )
        ]
        # "Original-Rcpt-To: user@" / "Redacted-Address: user@" (AOL): the domain part is withheld;
        # the returned message's To may still name the address.
        full = [a for a in rcpts if a and "@" in a.rstrip("@")]
        addresses = full or _original_to(mail) or [""]
        ftype = (fields.get("feedback-type") or "other").split()[0].lower()
        source_ip = fields.get("source-ip", "").split()[0] if fields.get("source-ip") else None
        first = " ".join(mail.body.strip().split("\n\n", 1)[0].split())[:1000]
        if ftype == "auth-failure" and fields.get("authentication-results"):
            # For authentication-failure reports the failed check is the substance of the report.
            first = f"{first} {fields['authentication-results']}".strip()
        rows: list[Found] = []
        for addr in addresses:
            row = Found(
                recipient=addr,
                diagnostic=first,
                reason=Reason.FEEDBACK,
                feedback_type=ftype,
                remote_ip=source_ip,
                reporting_mta=(fields.get("reporting-mta") or "").split(";")[-1].strip() or None,
                last_attempt=fields.get("arrival-date") or fields.get("received-date"),
            )
            rows.append(row)
        return rows


DETECTOR: Final = _Arf()
