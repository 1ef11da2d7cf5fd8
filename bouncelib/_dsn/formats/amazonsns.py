"""Amazon SES event notifications delivered by email through Amazon SNS.

An SNS email subscription (From ``no-reply@sns.amazonaws.com``, Subject "AWS
Notification Message", header ``X-Amz-Sns-Message-Id``) whose body is the SES
notification JSON, either bare (``{"notificationType": "Bounce", ...}``, raw
message delivery) or wrapped in the SNS envelope (``{"Type": "Notification",
"Message": "{...}"}``), followed by SNS's unsubscribe footer.  Types read:
``notificationType`` (or ``eventType`` for configuration-set events) ``Bounce``,
``Complaint``, ``Delivery`` and ``DeliveryDelay``.  Long lines come folded as
``!`` + newline + space, which is undone first.  Field names follow the SES
notification contents documented at
https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html; a
complaint is a feedback report and a delivery a success whatever the text says,
and the bounce sub-types below state their outcome themselves.
"""

from __future__ import annotations

import json
from datetime import datetime
from email.utils import format_datetime
from typing import Any, Final

from bouncelib._data.formats import SES_BOUNCE_SUBTYPES
from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.formats._bodyscan import STATUS_RE, clean_address
from bouncelib._vocab import Reason

__all__ = ["DETECTOR"]

_SNS_ID = "X-Amz-Sns-Message-Id"
_MAX_JSON = 1_000_000  # a notification is a few KB; do not decode megabytes of junk


class AmazonSNS:
    """Detector for SES notifications received as SNS emails."""

    name = "amazonsns"

    def parse(self, mail: Mail) -> list[Found] | None:
        """Recipients of an SES notification, or None."""
        if not (
            "amazonaws.com" in mail.from_.lower() or mail.subject.startswith("AWS Notification") or mail.header(_SNS_ID)
        ):
            return None
        data = _decode(mail.body)
        if data is not None and isinstance(data.get("Message"), str):
            data = _decode(data["Message"])  # the SNS envelope carries the SES JSON as a string
        if data is None:
            return None
        kind = data.get("notificationType") or data.get("eventType")
        rows = _rows(kind, data)
        source = data["mail"].get("source") if isinstance(data.get("mail"), dict) else None
        for row in rows or []:
            if isinstance(source, str) and source:
                row.extra["sender"] = source  # the envelope sender SES sent from
        return rows


def _decode(text: str) -> dict[str, Any] | None:
    if len(text) > _MAX_JSON:
        return None
    text = text.replace("!\n ", "")
    start = text.find("{")
    if start < 0:
        return None
    try:
        data, _ = json.JSONDecoder(strict=False).raw_decode(text, start)
    except (ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def _rows(kind: object, data: dict[str, Any]) -> list[Found] | None:
    block = data.get({"DeliveryDelay": "deliveryDelay"}.get(str(kind), str(kind).lower()))
    if not isinstance(block, dict):
        return None
    when = _date(block.get("timestamp"))
    mta = clean_address(str(block.get("reportingMTA") or "")) or None
    if kind in ("Bounce", "DeliveryDelay"):
        delayed = kind == "DeliveryDelay" or block.get("bounceType") == "Transient"
        subtype = SES_BOUNCE_SUBTYPES.get(str(block.get("bounceSubType")))
        key = "bouncedRecipients" if kind == "Bounce" else "delayedRecipients"
        return [_recipient(r, block, delayed, subtype) for r in _dicts(block.get(key))] or None
    if kind == "Complaint":
        feedback = str(block.get("complaintFeedbackType") or "abuse")
        return [
            Found(
                recipient=clean_address(str(r.get("emailAddress") or "")),
                diagnostic=f"SES complaint ({feedback})",
                reason=Reason.FEEDBACK,
                feedback_type=feedback,
                last_attempt=when,
            )
            for r in _dicts(block.get("complainedRecipients"))
        ] or None
    if kind == "Delivery":
        reply = str(block.get("smtpResponse") or "")
        status = STATUS_RE.search(reply)
        return [
            Found(
                recipient=clean_address(r),
                action="delivered",
                status=status.group(0) if status else "2.0.0",
                diagnostic=reply,
                reporting_mta=mta,
                remote_ip=str(block.get("remoteMtaIp") or "") or None,
                last_attempt=when,
                reason=Reason.DELIVERED,
            )
            for r in block.get("recipients") or []
            if isinstance(r, str)
        ] or None
    return None


def _recipient(rcpt: dict[str, Any], block: dict[str, Any], delayed: bool, reason: Reason | None) -> Found:
    diag = str(rcpt.get("diagnosticCode") or block.get("delayType") or "")
    diag_type, _, text = diag.partition(";") if ";" in diag else ("", "", diag)
    status = STATUS_RE.search(str(rcpt.get("status") or ""))
    return Found(
        recipient=clean_address(str(rcpt.get("emailAddress") or "")),
        action=str(rcpt.get("action") or ("delayed" if delayed else "failed")).lower(),
        status=status.group(0) if status else None,
        diagnostic=text.strip(),
        diagnostic_type=diag_type.strip() or None,
        reporting_mta=clean_address(str(block.get("reportingMTA") or "")) or None,
        remote_ip=str(block.get("remoteMtaIp") or "") or None,
        reason=reason,
        last_attempt=_date(block.get("timestamp")),
        extra={"ses_type": str(block.get("bounceType") or block.get("delayType") or "")},
    )


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


DETECTOR: Final = AmazonSNS()
