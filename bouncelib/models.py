"""The typed vocabulary every bouncelib front end speaks.

Everything here is frozen: a classified reply or an event is a fact about
something that already happened, and tools that cache, hash or group events
must be able to rely on them not changing under their feet.

`RECORD_KEYS` is the one flat schema that every event of every front end
(`Reply`, Postfix log records, DSN recipients) returns from `.to_record()`, so
that a pandas/polars frame or a CSV file built from mixed sources has one set
of columns.
"""

from __future__ import annotations

import re
from typing import Any, Final

from pydantic import BaseModel, ConfigDict, GetCoreSchemaHandler
from pydantic_core import CoreSchema, core_schema

from bouncelib._data import status_codes
from bouncelib._vocab import Reason

__all__ = [
    "RECORD_KEYS",
    "Blocklist",
    "EnhancedStatus",
    "Reason",
    "Reply",
    "empty_record",
]


# RFC 3463 section 2: class "." subject "." detail, subject and detail 1-3 digits.
_STATUS_RE: Final = re.compile(r"[245]\.\d{1,3}\.\d{1,3}\Z")


class EnhancedStatus(str):
    """An RFC 3463 enhanced mail system status code such as ``5.7.1``.

    It *is* the string (``str(status) == "5.7.1"``, it compares equal to it and is
    serialised as it), with the parts and the IANA registry's descriptions
    reachable from it::

        >>> s = EnhancedStatus("5.7.1")
        >>> s.class_, s.subject, s.detail
        (5, 7, 1)
        >>> s.permanent
        True
    """

    __slots__ = ()

    def __new__(cls, value: str) -> EnhancedStatus:
        text = str(value).strip()
        if not _STATUS_RE.match(text):
            raise ValueError(f"not an RFC 3463 enhanced status code: {value!r}")
        return super().__new__(cls, text)

    @property
    def class_(self) -> int:
        """2 (success), 4 (persistent transient failure) or 5 (permanent failure)."""
        return int(self.split(".", 1)[0])

    @property
    def subject(self) -> int:
        """The subject: 1 addressing, 2 mailbox, 3 mail system, 4 network, 5 protocol, 6 content, 7 security."""
        return int(self.split(".")[1])

    @property
    def detail(self) -> int:
        """The detail number within the subject."""
        return int(self.split(".")[2])

    @property
    def permanent(self) -> bool:
        """True for class 5."""
        return self.class_ == 5

    @property
    def description(self) -> str | None:
        """The IANA "SMTP Enhanced Status Codes" registry's title for ``X.subject.detail``, if registered."""
        return status_codes.describe(self)

    @property
    def class_description(self) -> str:
        """What the class digit means (RFC 3463 section 3.1)."""
        return status_codes.describe_class(self.class_)

    @property
    def subject_description(self) -> str | None:
        """What the subject digit means (RFC 3463 section 3.2)."""
        return status_codes.describe_subject(self.subject)

    def __repr__(self) -> str:
        return f"EnhancedStatus({str(self)!r})"

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return core_schema.no_info_after_validator_function(
            cls,
            core_schema.str_schema(),
            serialization=core_schema.plain_serializer_function_ser_schema(str, when_used="always"),
        )


class _Frozen(BaseModel):
    """Base of every bouncelib model: immutable, typo-proof, hashable."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    def __hash__(self) -> int:
        # Pydantic's generated hash fails on list fields (delist); hashing the JSON
        # form keeps "frozen means hashable" true for every model.
        return hash((type(self).__name__, self.model_dump_json()))


class Blocklist(_Frozen):
    """A blocklist (DNSBL or a provider's own list) that a reply says blocked the sender."""

    id: str
    """Stable id: an id of bouncelib's blocklist table (``spamhaus-zen``), or the DNS zone as written."""
    name: str
    """Human name, e.g. ``Microsoft Blocklist 1`` or ``Spamhaus ZEN``."""
    zone: str | None = None
    """The DNS zone queried, when the list is a DNSBL and the text or table names it."""
    operator: str | None = None
    """Who runs the list."""
    delist_url: str | None = None
    """The list's documented removal or lookup page (from the table, not from the text)."""
    delist_email: str | None = None
    """The list's documented removal address, where it has one."""
    receiver_misconfigured: bool = False
    """True when the reply is a DNSBL *error answer* (e.g. Spamhaus "open resolver",
    ``/returnc/`` URLs): the receiver's DNS setup is broken and the sender is **not**
    listed, so nobody should file a delisting request."""


class Reply(_Frozen):
    """One SMTP reply or diagnostic text, classified.

    Returned by `bouncelib.parse_reply`; embedded in every log and DSN event.
    """

    text: str
    """The input, untouched."""
    smtp_code: int | None = None
    """The basic reply code (RFC 5321 section 4.2), e.g. 550."""
    enhanced_status: EnhancedStatus | None = None
    """The RFC 3463 code found in the text (or given as a hint), e.g. ``5.7.1``."""
    smtp_command: str | None = None
    """The command the reply answered: CONNECT, HELO, EHLO, STARTTLS, AUTH, MAIL, RCPT, DATA, BDAT or QUIT."""
    remote_host: str | None = None
    """The remote server's host name, when the text names it."""
    remote_ip: str | None = None
    """The remote server's IP address, when the text names it."""
    reason: Reason = Reason.UNDEFINED
    """Why the delivery failed, in Sisimai's vocabulary."""
    permanent: bool | None = None
    """SMTP-level verdict: True for 5xx / class 5, False for 4xx / class 4 (and success), None when unknown."""
    hard_bounce: bool = False
    """Address-level verdict: "this recipient address is bad, stop sending to it" (see docs/classifier.md)."""
    blocklist: Blocklist | None = None
    """The list that blocked the sender, if the reply names one."""
    delist: list[str] = []
    """Every removal/delisting contact written in the text (URLs and e-mail addresses), in order."""
    provider: str | None = None
    """The receiving operator when recognisable: microsoft, google, yahoo, apple, gmx, ..."""
    rule: str | None = None
    """Which table row decided the reason (for debugging and for `docs/`), e.g. ``phrase:userunknown:3``."""

    def to_record(self) -> dict[str, Any]:
        """The shared flat record (`RECORD_KEYS`), with ``source="reply"``."""
        rec = empty_record("reply")
        rec.update(self.record_fields())
        return rec

    def record_fields(self) -> dict[str, Any]:
        """The part of the shared record that a classified reply fills in (used by every event)."""
        return {
            "smtp_code": self.smtp_code,
            "enhanced_status": str(self.enhanced_status) if self.enhanced_status else None,
            "smtp_command": self.smtp_command,
            "reason": self.reason.value,
            "permanent": self.permanent,
            "hard_bounce": self.hard_bounce,
            "blocklist": self.blocklist.id if self.blocklist else None,
            "blocklist_name": self.blocklist.name if self.blocklist else None,
            "delist": list(self.delist),
            "provider": self.provider,
            "remote_host": self.remote_host,
            "remote_ip": self.remote_ip,
            "text": self.text,
        }


#: The one flat schema of ``.to_record()`` for every event of every front end.
#: Values are plain Python scalars (str, int, float, bool, None), ``datetime``
#: (tz-aware) for ``timestamp`` and ``list[str]`` for ``delist``.
RECORD_KEYS: Final[tuple[str, ...]] = (
    "source",  # "postfix", "journal", "dsn" or "reply"
    "timestamp",
    "hostname",
    "program",
    "pid",
    "queue_id",
    "kind",
    "status",
    "action",
    "sender",
    "recipient",
    "orig_recipient",
    "relay_host",
    "relay_ip",
    "relay_port",
    "client_host",
    "client_ip",
    "message_id",
    "size",
    "delay",
    "dsn",
    "smtp_code",
    "enhanced_status",
    "smtp_command",
    "reason",
    "permanent",
    "hard_bounce",
    "blocklist",
    "blocklist_name",
    "delist",
    "provider",
    "remote_host",
    "remote_ip",
    "feedback_type",
    "direction",  # "outbound", "inbound" or "local": which way the mail was going (docs/fields.md)
    "year_inferred",  # True when a year-less log stamp got its year from the inference rule
    "text",
)


def empty_record(source: str) -> dict[str, Any]:
    """A record with every key of `RECORD_KEYS` present: None, ``delist=[]``, and the given source."""
    rec: dict[str, Any] = dict.fromkeys(RECORD_KEYS)
    rec["source"] = source
    rec["delist"] = []
    if source == "dsn":
        # A bounce email always reports on mail *we* sent (or relayed) that another server refused,
        # and its dates carry their year.
        rec["direction"] = "outbound"
        rec["year_inferred"] = False
    return rec
