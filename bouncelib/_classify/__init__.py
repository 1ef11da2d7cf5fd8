"""The one pure classifier every front end (DSN part, MTA body, log line) feeds."""

from __future__ import annotations

import re

from bouncelib.models import EnhancedStatus, Reason, Reply

__all__ = ["parse_reply"]

_CODE = re.compile(r"\b([245]\d\d)[ -]+(?:([245]\.\d{1,3}\.\d{1,3})\b)?")


def parse_reply(
    text: str,
    *,
    status: str | None = None,
    smtp_code: int | None = None,
    smtp_command: str | None = None,
    remote_host: str | None = None,
    remote_ip: str | None = None,
    action: str | None = None,
) -> Reply:
    """Classify one SMTP reply / diagnostic text (placeholder implementation)."""
    m = _CODE.search(text)
    code = int(m.group(1)) if m else smtp_code
    esc = EnhancedStatus(m.group(2)) if m and m.group(2) else None
    return Reply(text=text, smtp_code=code, enhanced_status=esc, reason=Reason.UNDEFINED)
