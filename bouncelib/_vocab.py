"""The closed vocabularies and the policies every bouncelib front end shares.

One home for each: the reasons, the report kinds, the log record kinds, the
words for an outcome (Postfix's status words, RFC 3464 actions, the outcome
classes the summaries count), the SMTP commands a reply can answer, and the
hard-bounce rule.  A front end, an aggregator or an exporter that needs one of
them imports it from here; none writes its own copy.

This module is a leaf: it imports nothing of bouncelib (and only the stdlib), so
tables (`bouncelib._data`), models and front ends can all depend on it without
an import cycle.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any, Final

__all__ = [
    "ACTION_TO_STATUS",
    "COMMANDS",
    "DIRECTIONS",
    "FAILURES",
    "GUESS_PREFIX",
    "HARD_REASONS",
    "LOG_KINDS",
    "OUTCOMES",
    "SOURCES",
    "STATUS_TO_ACTION",
    "STATUS_TO_OUTCOME",
    "STATUS_WORDS",
    "SUCCESS_STATUSES",
    "BounceKind",
    "Reason",
    "is_hard_bounce",
    "normalise_command",
    "outcome",
]


class Reason(StrEnum):
    """Why a message was not delivered (or what else the report says).

    The values are Sisimai's reason names, so users of the de-facto standard
    analyzer find the same vocabulary. `docs/reasons.md` describes each one and is
    generated from `bouncelib._data.reasons`.
    """

    AUTHFAILURE = "authfailure"
    BADREPUTATION = "badreputation"
    BLOCKED = "blocked"
    CONTENTERROR = "contenterror"
    DELIVERED = "delivered"
    EXCEEDLIMIT = "exceedlimit"
    EXPIRED = "expired"
    FAILEDSTARTTLS = "failedstarttls"
    FEEDBACK = "feedback"
    FILTERED = "filtered"
    HASMOVED = "hasmoved"
    HOSTUNKNOWN = "hostunknown"
    MAILBOXFULL = "mailboxfull"
    MAILERERROR = "mailererror"
    MESGTOOBIG = "mesgtoobig"
    NETWORKERROR = "networkerror"
    NORELAYING = "norelaying"
    NOTACCEPT = "notaccept"
    NOTCOMPLIANTRFC = "notcompliantrfc"
    ONHOLD = "onhold"
    POLICYVIOLATION = "policyviolation"
    REJECTED = "rejected"
    REQUIREPTR = "requireptr"
    SECURITYERROR = "securityerror"
    SPAMDETECTED = "spamdetected"
    SPEEDING = "speeding"
    SUPPRESSED = "suppressed"
    SUSPEND = "suspend"
    SYNTAXERROR = "syntaxerror"
    SYSTEMERROR = "systemerror"
    SYSTEMFULL = "systemfull"
    TOOMANYCONN = "toomanyconn"
    UNDEFINED = "undefined"
    USERUNKNOWN = "userunknown"
    VACATION = "vacation"
    VIRUSDETECTED = "virusdetected"


class BounceKind(StrEnum):
    """What sort of message a bounce-email report was read from."""

    DSN = "dsn"
    """A standard delivery status notification (RFC 3464 ``multipart/report``)."""
    VENDOR = "vendor"
    """A bounce in an MTA's or provider's own body format (Postfix, Exim, Office 365 ...)."""
    FEEDBACK = "feedback"
    """A feedback-loop / abuse report (ARF, RFC 5965)."""
    AUTOREPLY = "autoreply"
    """An automatic reply such as a vacation notice (RFC 3834)."""
    CHALLENGE = "challenge"
    """A challenge/response or whitelisting service asking the sender to confirm before the message
    is delivered: nothing failed yet, so no recipient events (`BounceReport.challenge_address`)."""
    NOT_BOUNCE = "not_bounce"
    """No format recognised the message as a report of any kind."""


# ---------------------------------------------------------------- the hard-bounce rule

#: Reasons for which the *address itself* is bad (Sisimai's hard bounces).
HARD_REASONS: Final[frozenset[Reason]] = frozenset({Reason.USERUNKNOWN, Reason.HOSTUNKNOWN, Reason.HASMOVED})

#: How `Reply.rule` starts when the reason is the last-resort model's guess (`bouncelib._classify._model`).
GUESS_PREFIX: Final = "model:"


def is_hard_bounce(reason: Reason, permanent: bool | None, rule: str | None = None, *, delayed: bool = False) -> bool:
    """The hard-bounce policy, its one home: "stop mailing this address".

    Sisimai's rule: an unknown user or domain, a moved mailbox (`HARD_REASONS`); a domain that accepts no mail
    (``notaccept``) only when the refusal is permanent. Never when the reason is the last-resort model's guess
    (`rule` starting with `GUESS_PREFIX`): an operator suppresses an address on a hard bounce, and a guess must
    not remove one (its grouped cross-validated precision on the hard reasons is far below the rules': round
    r80hard). Never for a delivery still being tried (`delayed`: an RFC 3464 ``delayed`` action, a delay
    warning), whatever its last reply said.

    Not evidence here: the reply's class (4xx or 5xx, X.4.x or X.5.x) apart from ``notaccept``. The labels'
    hardness is the reason's (corpus/LABELING.md): "450 4.1.1 User unknown" names a bad address all the same, and
    on the tuning part a hard verdict with a code or a status is as often right under class 4 as under class 5.
    """
    if delayed or (rule is not None and rule.startswith(GUESS_PREFIX)):
        return False
    return reason in HARD_REASONS or (reason is Reason.NOTACCEPT and permanent is True)


# ---------------------------------------------------------------- where a record comes from

#: `source` of the flat record: which front end made it.
SOURCES: Final[tuple[str, ...]] = ("postfix", "journal", "dsn", "reply")

#: Every value of a Postfix log record's ``kind`` (bouncelib._log.record explains each).
LOG_KINDS: Final[tuple[str, ...]] = (
    "delivery", "reject", "action", "expired", "qmgr", "removed", "cleanup", "bounce-notice", "client",
    "pickup", "connect", "disconnect", "session", "remote", "postscreen", "dnsbl", "tls", "warning", "info",
    "unrecognised",
)  # fmt: skip

#: `direction` of the flat record: which way the mail a record is about was going.
#: ``outbound``: our mail to another server (smtp deliveries and their sessions, bounce emails);
#: ``inbound``: another server's or client's mail to us (smtpd, postscreen, dnsblog, tlsproxy, and cleanup
#: refusing a remote client's message); ``local``: everything inside our own system (local, virtual, lmtp,
#: pipe deliveries, the queue manager, pickup, bounce, master, and smtp to a loopback content filter).
DIRECTIONS: Final[tuple[str, ...]] = ("outbound", "inbound", "local")

# ---------------------------------------------------------------- outcome words

#: Postfix's words for what happened: the delivery agents' ``status=`` (postfix/src/global/log_adhoc.c),
#: qmgr's ``expired`` and ``force-expired`` (a message an operator expired with ``postsuper -e``),
#: verify(8)'s ``deliverable``/``undeliverable``, then the smtpd/cleanup actions of reject lines.
#: DSN events use the same words (see `ACTION_TO_STATUS`), so both sources group together.
STATUS_WORDS: Final[tuple[str, ...]] = (
    "sent", "deferred", "bounced", "expired", "force-expired", "deliverable", "undeliverable", "reject",
    "milter-reject", "proxy-reject", "reject_warning", "hold", "discard", "redirect", "filter", "warn",
)  # fmt: skip

#: RFC 3464 section 2.3.3 ``Action`` -> the status word Postfix logs for the same outcome.
ACTION_TO_STATUS: Final[Mapping[str, str]] = {
    "failed": "bounced", "delayed": "deferred", "delivered": "sent", "relayed": "sent", "expanded": "sent",
}  # fmt: skip

#: A Postfix delivery status word -> the RFC 3464 ``Action`` it amounts to.
STATUS_TO_ACTION: Final[Mapping[str, str]] = {
    "sent": "delivered", "deferred": "delayed", "bounced": "failed", "expired": "failed", "force-expired": "failed",
    "deliverable": "deliverable", "undeliverable": "failed",
}  # fmt: skip

#: Status words of a success: nothing to explain, no reason to classify.
SUCCESS_STATUSES: Final[frozenset[str]] = frozenset({"sent", "deliverable"})

#: Statuses of a log's ``tls`` records that report no trouble: a session established, or one of its steps
#: logged at a higher TLS log level ("debug": "setting up TLS connection", "SSL_accept:..."), or a server's offer of
#: STARTTLS noted ("offered": smtp_tls_note_starttls_offer's "Host offered STARTTLS: [H]").
TLS_STEPS: Final[frozenset[str]] = frozenset({"established", "debug", "offered"})

#: What happened to one record, in the order reports show them.
OUTCOMES: Final[tuple[str, ...]] = ("delivered", "bounced", "deferred", "rejected", "complaint", "autoreply", "other")
#: The outcomes that are failures to deliver.  "rejected" is Postfix refusing an *incoming*
#: client (smtpd/postscreen NOQUEUE lines): a failure, but of the other side's mail.
FAILURES: Final[tuple[str, ...]] = ("bounced", "deferred", "rejected")

#: Status words and RFC 3464 actions -> outcome.
STATUS_TO_OUTCOME: Final[Mapping[str, str]] = {
    "sent": "delivered", "deliverable": "delivered", "delivered": "delivered", "relayed": "delivered",
    "expanded": "delivered", "bounced": "bounced", "expired": "bounced", "force-expired": "bounced",
    "undeliverable": "bounced",
    "failed": "bounced", "deferred": "deferred", "delayed": "deferred", "reject": "rejected", "rejected": "rejected",
}  # fmt: skip


def outcome(rec: Mapping[str, Any]) -> str:
    """The outcome (one of `OUTCOMES`) of one flat record.

    Feedback reports are complaints and auto-replies are auto-replies whatever
    their status says; otherwise the status word (which DSN events also use; an
    RFC 3464 action where no status word is given) decides, and a record of a kind
    "reject" is a rejection.
    """
    reason = rec.get("reason")
    kind = rec.get("kind")
    if reason == "feedback" or kind == "feedback":
        return "complaint"
    if reason == "vacation" or kind == "autoreply":
        return "autoreply"
    status = rec.get("status") or rec.get("action")
    if status is not None:
        found = STATUS_TO_OUTCOME.get(str(status))
        if found:
            return found
    if kind == "reject":
        return "rejected"
    if kind == "expired":
        return "bounced"
    if rec.get("source") == "dsn" and kind in ("dsn", "vendor"):
        return "bounced"  # a bounce email whose action was not stated is still a bounce
    return "other"


# ---------------------------------------------------------------- SMTP commands

#: The commands a reply can answer (RFC 5321 section 4.1, RFC 3207 STARTTLS, RFC 4954 AUTH, RFC 3030 BDAT),
#: plus CONNECT for the greeting; "end of DATA" is DATA.
COMMANDS: Final[frozenset[str]] = frozenset(
    {"CONNECT", "HELO", "EHLO", "STARTTLS", "AUTH", "MAIL", "RCPT", "DATA", "BDAT", "QUIT"}
)

# How bounce bodies and logs name them: Postfix "(in reply to end of DATA command)", Exim "after RCPT TO",
# qmail "for TEXT command" (GMX), Sisimai's "CONN" for the connection stage, LMTP's LHLO.
_COMMAND_WORDS: Final[Mapping[str, str]] = {
    "connect": "CONNECT", "conn": "CONNECT", "initial connection": "CONNECT",
    "greeting": "CONNECT", "banner": "CONNECT",
    "helo": "HELO", "ehlo": "EHLO", "lhlo": "EHLO", "starttls": "STARTTLS", "auth": "AUTH",
    "mail": "MAIL", "mail from": "MAIL", "mail_from": "MAIL", "rcpt": "RCPT", "rcpt to": "RCPT", "rcpt_to": "RCPT",
    "data": "DATA", "end of data": "DATA", "end of message": "DATA", "text": "DATA", "bdat": "BDAT", "quit": "QUIT",
}  # fmt: skip


def normalise_command(value: str | None) -> str | None:
    """``"RCPT TO"``, ``"end of DATA"``, ``"mail from"``, ``"CONN"`` -> ``RCPT``, ``DATA``, ``MAIL``, ``CONNECT``.

    Unknown words give None.
    """
    if not value:
        return None
    v = " ".join(value.lower().replace(":", " ").split())
    hit = _COMMAND_WORDS.get(v)
    if hit is None and v:
        hit = _COMMAND_WORDS.get(v.split(" ", 1)[0])
    return hit
