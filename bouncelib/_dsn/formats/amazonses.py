"""Amazon SES: SNS notifications delivered by email, and SES's own bounce bodies.

Variants covered:

* an SNS "AWS Notification Message" (From no-reply@sns.amazonaws.com) whose
  body is the SES notification JSON, either bare (``{"notificationType":
  "Bounce", ...}``, raw message delivery) or wrapped in the SNS envelope
  (``{"Type": "Notification", "Message": "{...}"}``); ``notificationType`` (or
  ``eventType`` for configuration-set events) ``Bounce``, ``Complaint`` and
  ``Delivery``.  Long lines come folded as ``!`` + newline + space, which is
  undone first.  Field names follow the SES notification contents documented at
  https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html;
* the older SES bounce body with a delivery-status part whose Status is only
  the generic ``5.0.0`` while the body states the real one::

      The following message to <user@example.org> was undeliverable.
      The reason for the problem:
      5.3.0 - Other mail system problem 550-'Unknown user user@example.org'

Current SES bounces ("An error occurred while trying to deliver the mail to the
following recipients:") are plain RFC 3464 and left to the rfc3464 detector.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from email.utils import format_datetime
from typing import Any, Final

from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._vendor import STATUS_RE, clean_address, ds_rows, join_lines, until_marker
from bouncelib.models import Reason

__all__ = ["DETECTOR"]

_OLD_START: Final = re.compile(r"The following message to <([^<>\s]+)> was undeliverable\.")
_OLD_REASON = "The reason for the problem:"
_MAX_JSON = 1_000_000  # an SES notification is a few KB; do not decode megabytes of junk


class AmazonSES:
    """Detector for Amazon SES notifications and SES bounce bodies."""

    name = "amazonses"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Recipients of an SES notification/bounce, or None."""
        sender = mail.from_.lower()
        if "amazonaws.com" in sender or mail.subject.startswith("AWS Notification"):
            return _notification(mail.body)
        if "amazonses.com" in sender:
            return _old_body(mail)
        return None


def _decode(text: str) -> dict[str, Any] | None:
    start = text.find("{")
    if start < 0 or len(text) > _MAX_JSON:
        return None
    try:
        data, _ = json.JSONDecoder(strict=False).raw_decode(text.replace("!\n ", ""), start)
    except (ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def _notification(body: str) -> list[Found] | None:
    data = _decode(body)
    if data is not None and isinstance(data.get("Message"), str):
        data = _decode(data["Message"])  # the SNS envelope carries the SES JSON as a string
    if data is None:
        return None
    kind = data.get("notificationType") or data.get("eventType")
    if kind == "Bounce":
        return _bounce(data.get("bounce"))
    if kind == "Complaint":
        return _complaint(data.get("complaint"))
    if kind == "Delivery":
        return _delivery(data.get("delivery"))
    return None


def _date(value: object) -> str | None:
    """SES writes ISO 8601 (``2016-10-21T00:06:40.502Z``); give it as an RFC 5322 date, like a DSN."""
    if not isinstance(value, str) or not value:
        return None
    try:
        return format_datetime(datetime.fromisoformat(value))
    except ValueError:
        return value


def _dicts(value: object) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _bounce(bounce: object) -> list[Found] | None:
    if not isinstance(bounce, dict):
        return None
    temporary = bounce.get("bounceType") == "Transient"
    out = []
    for rcpt in _dicts(bounce.get("bouncedRecipients")):
        diag = str(rcpt.get("diagnosticCode") or "")
        diag_type, _, text = diag.partition(";") if ";" in diag else ("", "", diag)
        status = STATUS_RE.search(str(rcpt.get("status") or ""))
        out.append(
            Found(
                recipient=clean_address(str(rcpt.get("emailAddress") or "")),
                action=str(rcpt.get("action") or ("delayed" if temporary else "failed")).lower(),
                status=status.group(0) if status else None,
                diagnostic=text.strip(),
                diagnostic_type=diag_type.strip() or None,
                reporting_mta=clean_address(str(bounce.get("reportingMTA") or "")) or None,
                remote_ip=str(bounce.get("remoteMtaIp") or "") or None,
                last_attempt=_date(bounce.get("timestamp")),
                extra={"ses_bounce_type": f"{bounce.get('bounceType')}/{bounce.get('bounceSubType')}"},
            )
        )
    return out or None


def _complaint(complaint: object) -> list[Found] | None:
    if not isinstance(complaint, dict):
        return None
    feedback = str(complaint.get("complaintFeedbackType") or "abuse")
    return [
        Found(
            recipient=clean_address(str(r.get("emailAddress") or "")),
            diagnostic=f"SES complaint ({feedback})",
            reason=Reason.FEEDBACK,  # a complaint is a feedback report, whatever its text says
            feedback_type=feedback,
            last_attempt=_date(complaint.get("timestamp")),
        )
        for r in _dicts(complaint.get("complainedRecipients"))
    ] or None


def _delivery(delivery: object) -> list[Found] | None:
    if not isinstance(delivery, dict):
        return None
    reply = str(delivery.get("smtpResponse") or "")
    status = STATUS_RE.search(reply)
    return [
        Found(
            recipient=clean_address(str(r)),
            action="delivered",
            status=status.group(0) if status else "2.0.0",
            diagnostic=reply,
            reporting_mta=str(delivery.get("reportingMTA") or "") or None,
            remote_ip=str(delivery.get("remoteMtaIp") or "") or None,
            last_attempt=_date(delivery.get("timestamp")),
            reason=Reason.DELIVERED,
        )
        for r in delivery.get("recipients") or []
        if isinstance(r, str)
    ] or None


def _old_body(mail: Mail) -> list[Found] | None:
    body = mail.body
    start = _OLD_START.search(body)
    if start is None or _OLD_REASON not in body:
        return None
    text = join_lines(until_marker(body.split(_OLD_REASON, 1)[1], "\n\n\n", "----").split("\n"))
    status = STATUS_RE.match(text)
    rows = ds_rows(mail) or [Found(recipient=start.group(1), action="failed")]
    for row in rows:
        row.diagnostic = text or row.diagnostic
        # The body's leading "5.3.0 - ..." is more specific than the part's generic 5.0.0.
        if status and (row.status is None or row.status.endswith(".0.0")):
            row.status = status.group(0)
    return rows


DETECTOR: Final = AmazonSES()
