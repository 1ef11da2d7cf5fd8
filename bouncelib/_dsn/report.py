"""The typed result of reading one bounce email: `BounceReport` with one `DsnEvent` per recipient.

A report is a fact about a message that already exists, so it is frozen like every
bouncelib model.  Each recipient event embeds the classified `Reply` and flattens
to the shared record (`bouncelib.models.RECORD_KEYS`) with ``source="dsn"``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import model_validator

from bouncelib._vocab import ACTION_TO_STATUS, BounceKind, Reason, is_hard_bounce
from bouncelib.models import EnhancedStatus, Reply, _Frozen, empty_record

__all__ = ["BounceKind", "BounceReport", "DsnEvent"]


class DsnEvent(_Frozen):
    """One recipient of a bounce email: what happened to it and why."""

    kind: BounceKind
    """The kind of the report this event comes from."""
    detector: str | None = None
    """The format module that recognised the message (``rfc3464``, ``postfix``, ``office365`` ...)."""
    recipient: str | None
    """The final recipient address (RFC 3464 ``Final-Recipient``, or the address the body names);
    None when the report names none (a feedback report with a redacted recipient)."""
    orig_recipient: str | None = None
    """``Original-Recipient`` (the address as the sender wrote it), when stated."""
    action: str | None = None
    """failed, delayed, delivered, relayed or expanded (RFC 3464 section 2.3.3), lower case."""
    status: str | None = None
    """The DSN ``Status`` field (or the code a vendor body states), exactly as written."""
    diagnostic_type: str | None = None
    """The ``Diagnostic-Code`` type: ``smtp``, ``X-Postfix`` ..."""
    last_attempt: datetime | None = None
    """``Last-Attempt-Date`` (or the body's date), tz-aware; None when absent or unparsable."""
    reporting_mta: str | None = None
    """The MTA that wrote the report."""
    remote_mta: str | None = None
    """The remote MTA that gave the reply, as the report names it."""
    remote_ip: str | None = None
    """The remote MTA's address when the report gives it."""
    feedback_type: str | None = None
    """ARF ``Feedback-Type`` for feedback reports."""
    queue_id: str | None = None
    """The reporting MTA's queue id (``X-Postfix-Queue-ID``) when stated."""
    message_id: str | None = None
    """``Message-ID`` of the original (returned) message."""
    sender: str | None = None
    """The original sender (``From`` of the returned message, or ``X-Postfix-Sender``)."""
    timestamp: datetime | None = None
    """When the event happened: the last attempt, else the report's ``Date``; tz-aware."""
    reason: Reason
    """The final reason: the format's own when it fixes one (feedback, vacation), else the reply's."""
    reply: Reply
    """The event's one verdict: the diagnostic text as classified by `bouncelib.parse_reply` (code, enhanced
    status, reason ...), with what the report itself settles applied (see `_one_verdict`), so that
    ``ev.reply.reason == ev.reason`` and ``ev.reply.hard_bounce == ev.hard_bounce`` always hold."""

    @model_validator(mode="before")
    @classmethod
    def _one_verdict(cls, data: Any) -> Any:
        """Apply the report's own facts to the reply: a reason the format fixes (feedback, vacation, a carrier's
        own code) replaces the classifier's (``rule`` becomes ``format:<detector>``), and an RFC 3464 action
        gives the permanence the text did not (``failed`` is permanent); the hard-bounce rule is then applied
        to that reason and permanence.  A ``delayed`` event is never permanent nor a hard bounce, whatever its
        reply says."""
        if not isinstance(data, dict) or not isinstance(data.get("reply"), Reply) or data.get("reason") is None:
            return data
        reply: Reply = data["reply"]
        reason = Reason(data["reason"])
        action = str(data.get("action") or "").lower()
        permanent = reply.permanent
        if action == "delayed":
            # Still queued and being tried, whatever code the last attempt got (a 550 included): never
            # permanent, never a hard bounce; the reason still names the cause of the delay.
            permanent = False
        elif permanent is None:
            permanent = {"failed": True}.get(action)
        # (A reason the classifier only guessed, rule "model:...", never makes a hard bounce: `is_hard_bounce`.)
        hard = is_hard_bounce(reason, permanent, reply.rule if reason is reply.reason else None,
                              delayed=action == "delayed")
        if reason is reply.reason and permanent == reply.permanent and hard == reply.hard_bounce:
            return data
        update: dict[str, Any] = {"permanent": permanent, "hard_bounce": hard}
        if reason is not reply.reason:
            update |= {"reason": reason, "rule": f"format:{data.get('detector') or 'report'}"}
        return {**data, "reply": reply.model_copy(update=update)}

    @property
    def enhanced_status(self) -> EnhancedStatus | None:
        """The enhanced status code decided for this recipient (see docs/mail.md for the rule)."""
        return self.reply.enhanced_status

    @property
    def hard_bounce(self) -> bool:
        """True when this address should not be mailed again (the reply's verdict, see `reply`); never for a
        delay, which is still being tried."""
        return self.reply.hard_bounce

    def to_record(self) -> dict[str, Any]:
        """The shared flat record (`bouncelib.models.RECORD_KEYS`) with ``source="dsn"``."""
        rec = empty_record("dsn")
        rec.update(self.reply.record_fields())
        rec.update(
            {
                "timestamp": self.timestamp,
                "hostname": self.reporting_mta,
                "program": self.detector,
                "queue_id": self.queue_id,
                "kind": self.kind.value,
                "status": ACTION_TO_STATUS.get(self.action or "", self.action),
                "action": self.action,
                "sender": self.sender,
                "recipient": self.recipient,
                "orig_recipient": self.orig_recipient,
                "relay_host": self.remote_mta,
                "relay_ip": self.remote_ip,
                "message_id": self.message_id,
                "dsn": self.status,
                "reason": self.reason.value,
                "hard_bounce": self.hard_bounce,
                "feedback_type": self.feedback_type,
            }
        )
        if rec["permanent"] is None and self.action in ("failed", "delayed"):
            # RFC 3464 2.3.3: "failed" will not be retried (permanent), "delayed" will be.
            rec["permanent"] = self.action == "failed"
        if rec["remote_host"] is None:
            rec["remote_host"] = self.remote_mta
        if rec["remote_ip"] is None:
            rec["remote_ip"] = self.remote_ip
        return rec


class BounceReport(_Frozen):
    """Everything bouncelib read from one email."""

    kind: BounceKind
    """DSN, vendor bounce, feedback report, auto-reply or not a bounce."""
    detector: str | None = None
    """The format module that recognised the message; None for ``not_bounce``."""
    subject: str | None = None
    """The report's own Subject."""
    from_: str | None = None
    """The report's own From."""
    date: datetime | None = None
    """The report's own Date, tz-aware."""
    reporting_mta: str | None = None
    """The MTA that wrote the report (``Reporting-MTA`` or what the body names)."""
    original_message_id: str | None = None
    """``Message-ID`` of the returned original message."""
    original_from: str | None = None
    """``From`` of the original message."""
    original_to: str | None = None
    """``To`` of the original message."""
    original_subject: str | None = None
    """``Subject`` of the original message."""
    original_date: datetime | None = None
    """``Date`` of the original message, tz-aware."""
    challenge_address: str | None = None
    """For a ``challenge``: the address the sender is asked to write to (or reply to) to confirm, when
    the mail gives one."""
    defects: tuple[str, ...] = ()
    """Problems met while reading (MIME defects, unparsable dates, a detector that failed ...)."""
    recipients: tuple[DsnEvent, ...] = ()
    """One event per recipient the report speaks about, in the order written."""

    @property
    def is_bounce(self) -> bool:
        """True unless the message was recognised as nothing at all, or as a challenge (which asks the
        sender to confirm: nothing has failed)."""
        return self.kind not in (BounceKind.NOT_BOUNCE, BounceKind.CHALLENGE)

    def to_records(self) -> list[dict[str, Any]]:
        """`DsnEvent.to_record` of every recipient."""
        return [e.to_record() for e in self.recipients]
