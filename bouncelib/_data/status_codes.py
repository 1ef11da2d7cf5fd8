"""RFC 3463 class/subject meanings and the IANA "SMTP Enhanced Status Codes" registry.

Each row of `CODES` is one registry entry (``X.subject.detail``: the registry lists
the subject and detail, valid for classes 2, 4 and 5 unless noted) with its title,
the document that defined it, and the reason bouncelib falls back to when a reply
carries that code and no wording decides (see docs/classifier.md: words win).

`PSEUDO` lists the private ``X.0.9nn`` codes that Sisimai writes into its own
output (never seen on the wire). They are accepted as a *hint* only, so that
bouncelib reads a status that went through Sisimai the way Sisimai meant it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final, NamedTuple

from bouncelib._vocab import Reason

__all__ = [
    "CLASSES",
    "CODES",
    "PSEUDO",
    "SUBJECTS",
    "StatusCode",
    "describe",
    "describe_class",
    "describe_subject",
    "is_generic",
    "is_vague_title",
    "reason_for",
]

IANA: Final = "https://www.iana.org/assignments/smtp-enhanced-status-codes"

#: RFC 3463 section 3.1: the class digit.
CLASSES: Final[dict[int, str]] = {
    2: "Success",
    4: "Persistent Transient Failure",
    5: "Permanent Failure",
}

#: RFC 3463 section 3.2: the subject digit.
SUBJECTS: Final[dict[int, str]] = {
    0: "Other or Undefined Status",
    1: "Addressing Status",
    2: "Mailbox Status",
    3: "Mail System Status",
    4: "Network and Routing Status",
    5: "Mail Delivery Protocol Status",
    6: "Message Content or Media Status",
    7: "Security or Policy Status",
}


class StatusCode(NamedTuple):
    """One IANA registry entry, keyed by ``subject.detail`` (the class varies)."""

    code: str  # "1.1" for X.1.1
    title: str
    reason: Reason | None  # fallback reason when no wording decides; None = too vague
    source: str


_R = Reason
_3463 = "RFC 3463 section 3"

CODES: Final[tuple[StatusCode, ...]] = (
    StatusCode("0.0", "Other undefined Status", None, _3463 + ".1"),
    StatusCode("1.0", "Other address status", None, _3463 + ".2"),
    StatusCode("1.1", "Bad destination mailbox address", _R.USERUNKNOWN, _3463 + ".2"),
    StatusCode("1.2", "Bad destination system address", _R.HOSTUNKNOWN, _3463 + ".2"),
    StatusCode("1.3", "Bad destination mailbox address syntax", _R.SYNTAXERROR, _3463 + ".2"),
    StatusCode("1.4", "Destination mailbox address ambiguous", None, _3463 + ".2"),
    StatusCode("1.5", "Destination address valid", None, _3463 + ".2"),
    StatusCode("1.6", "Destination mailbox has moved, No forwarding address", _R.HASMOVED, _3463 + ".2"),
    StatusCode("1.7", "Bad sender's mailbox address syntax", _R.REJECTED, _3463 + ".2"),
    StatusCode("1.8", "Bad sender's system address", _R.REJECTED, _3463 + ".2"),
    StatusCode("1.9", "Message relayed to non-compliant mailer", None, "RFC 3886 section 3.3"),
    StatusCode("1.10", "Recipient address has null MX", _R.NOTACCEPT, "RFC 7505 section 4.2"),
    StatusCode("2.0", "Other or undefined mailbox status", None, _3463 + ".3"),
    StatusCode("2.1", "Mailbox disabled, not accepting messages", _R.SUSPEND, _3463 + ".3"),
    StatusCode("2.2", "Mailbox full", _R.MAILBOXFULL, _3463 + ".3"),
    StatusCode("2.3", "Message length exceeds administrative limit", _R.EXCEEDLIMIT, _3463 + ".3"),
    StatusCode("2.4", "Mailing list expansion problem", _R.SYSTEMERROR, _3463 + ".3"),
    StatusCode("3.0", "Other or undefined mail system status", _R.SYSTEMERROR, _3463 + ".4"),
    StatusCode("3.1", "Mail system full", _R.SYSTEMFULL, _3463 + ".4"),
    StatusCode("3.2", "System not accepting network messages", _R.NOTACCEPT, _3463 + ".4"),
    StatusCode("3.3", "System not capable of selected features", _R.SYSTEMERROR, _3463 + ".4"),
    StatusCode("3.4", "Message too big for system", _R.MESGTOOBIG, _3463 + ".4"),
    StatusCode("3.5", "System incorrectly configured", _R.SYSTEMERROR, _3463 + ".4"),
    StatusCode("3.6", "Requested priority was changed", None, "RFC 6710 section 5"),
    StatusCode("4.0", "Other or undefined network or routing status", None, _3463 + ".5"),
    StatusCode("4.1", "No answer from host", _R.NETWORKERROR, _3463 + ".5"),
    StatusCode("4.2", "Bad connection", _R.NETWORKERROR, _3463 + ".5"),
    StatusCode("4.3", "Directory server failure", _R.SYSTEMERROR, _3463 + ".5"),
    StatusCode("4.4", "Unable to route", _R.HOSTUNKNOWN, _3463 + ".5"),
    StatusCode("4.5", "Mail system congestion", _R.SYSTEMERROR, _3463 + ".5"),
    StatusCode("4.6", "Routing loop detected", _R.NETWORKERROR, _3463 + ".5"),
    StatusCode("4.7", "Delivery time expired", _R.EXPIRED, _3463 + ".5"),
    StatusCode("5.0", "Other or undefined protocol status", None, _3463 + ".6"),
    StatusCode("5.1", "Invalid command", _R.SYNTAXERROR, _3463 + ".6"),
    StatusCode("5.2", "Syntax error", _R.SYNTAXERROR, _3463 + ".6"),
    StatusCode("5.3", "Too many recipients", _R.TOOMANYCONN, _3463 + ".6"),
    StatusCode("5.4", "Invalid command arguments", _R.SYNTAXERROR, _3463 + ".6"),
    StatusCode("5.5", "Wrong protocol version", _R.SYNTAXERROR, _3463 + ".6"),
    StatusCode("5.6", "Authentication Exchange line is too long", _R.SYNTAXERROR, "RFC 4954 section 6"),
    StatusCode("6.0", "Other or undefined media error", _R.CONTENTERROR, _3463 + ".7"),
    StatusCode("6.1", "Media not supported", _R.CONTENTERROR, _3463 + ".7"),
    StatusCode("6.2", "Conversion required and prohibited", _R.CONTENTERROR, _3463 + ".7"),
    StatusCode("6.3", "Conversion required but not supported", _R.CONTENTERROR, _3463 + ".7"),
    StatusCode("6.4", "Conversion with loss performed", _R.CONTENTERROR, _3463 + ".7"),
    StatusCode("6.5", "Conversion Failed", _R.CONTENTERROR, _3463 + ".7"),
    StatusCode("6.6", "Message content not available", _R.CONTENTERROR, "RFC 4468 section 5"),
    StatusCode("6.7", "Non-ASCII addresses not permitted for that sender/recipient", _R.CONTENTERROR,
               "RFC 6531 section 3.7.4"),
    StatusCode("6.8", "UTF-8 string reply is required, but not permitted by the SMTP client", _R.CONTENTERROR,
               "RFC 6531 section 3.7.4"),
    StatusCode("6.9", "UTF-8 header message cannot be transferred to one or more recipients, so the message must "
               "be rejected", _R.CONTENTERROR, "RFC 6531 section 3.7.4"),
    StatusCode("7.0", "Other or undefined security status", None, _3463 + ".8"),
    # 5.7.1 is used for almost every kind of refusal (spam, blocklists, relaying,
    # DMARC ...): on its own it says nothing more than "refused".
    StatusCode("7.1", "Delivery not authorized, message refused", None, _3463 + ".8"),
    StatusCode("7.2", "Mailing list expansion prohibited", _R.REJECTED, _3463 + ".8"),
    StatusCode("7.3", "Security conversion required but not possible", _R.SECURITYERROR, _3463 + ".8"),
    StatusCode("7.4", "Security features not supported", _R.SECURITYERROR, _3463 + ".8"),
    StatusCode("7.5", "Cryptographic failure", _R.SECURITYERROR, _3463 + ".8"),
    StatusCode("7.6", "Cryptographic algorithm not supported", _R.SECURITYERROR, _3463 + ".8"),
    StatusCode("7.7", "Message integrity failure", _R.SECURITYERROR, _3463 + ".8"),
    StatusCode("7.8", "Authentication credentials invalid", _R.SECURITYERROR, "RFC 4954 section 6"),
    StatusCode("7.9", "Authentication mechanism is too weak", _R.SECURITYERROR, "RFC 4954 section 6"),
    StatusCode("7.10", "Encryption Needed", _R.FAILEDSTARTTLS, "RFC 5248 section 2.4"),
    StatusCode("7.11", "Encryption required for requested authentication mechanism", _R.FAILEDSTARTTLS,
               "RFC 4954 section 6"),
    StatusCode("7.12", "A password transition is needed", _R.SECURITYERROR, "RFC 4954 section 6"),
    StatusCode("7.13", "User Account Disabled", _R.SUSPEND, "RFC 5248 section 2.4"),
    StatusCode("7.14", "Trust relationship required", _R.SECURITYERROR, "RFC 5248 section 2.4"),
    StatusCode("7.15", "Priority Level is too low", _R.POLICYVIOLATION, "RFC 6710 section 5"),
    StatusCode("7.16", "Message is too big for the specified priority", _R.MESGTOOBIG, "RFC 6710 section 5"),
    StatusCode("7.17", "Mailbox owner has changed", _R.HASMOVED, "RFC 7293 section 7"),
    StatusCode("7.18", "Domain owner has changed", _R.HASMOVED, "RFC 7293 section 7"),
    StatusCode("7.19", "RRVS test cannot be completed", None, "RFC 7293 section 7"),
    StatusCode("7.20", "No passing DKIM signature found", _R.AUTHFAILURE, "RFC 7372 section 3.1"),
    StatusCode("7.21", "No acceptable DKIM signature found", _R.AUTHFAILURE, "RFC 7372 section 3.1"),
    StatusCode("7.22", "No valid author-matched DKIM signature found", _R.AUTHFAILURE, "RFC 7372 section 3.1"),
    StatusCode("7.23", "SPF validation failed", _R.AUTHFAILURE, "RFC 7372 section 3.2"),
    StatusCode("7.24", "SPF validation error", _R.AUTHFAILURE, "RFC 7372 section 3.2"),
    StatusCode("7.25", "Reverse DNS validation failed", _R.REQUIREPTR, "RFC 7372 section 3.3"),
    StatusCode("7.26", "Multiple authentication checks failed", _R.AUTHFAILURE, "RFC 7372 section 3.4"),
    StatusCode("7.27", "Sender address has null MX", _R.REJECTED, "RFC 7505 section 4.2"),
    StatusCode("7.28", "Mail flood detected", _R.BADREPUTATION, IANA),
    StatusCode("7.29", "ARC validation failure", _R.AUTHFAILURE, "RFC 8617 section 6.1"),
    StatusCode("7.30", "REQUIRETLS support required", _R.FAILEDSTARTTLS, "RFC 8689 section 5"),
)

_SISIMAI_TESTS = "sisimai/go-sisimai fact/*_test.go expectations (X.0.9nn pseudo codes)"

#: Sisimai's private detail codes (subject 0, detail 9nn) and the reason each stands for.
PSEUDO: Final[dict[str, tuple[Reason, str]]] = {
    "0.900": (_R.UNDEFINED, _SISIMAI_TESTS),
    "0.901": (_R.ONHOLD, _SISIMAI_TESTS),
    "0.902": (_R.SYNTAXERROR, _SISIMAI_TESTS),
    "0.910": (_R.FILTERED, _SISIMAI_TESTS),
    "0.911": (_R.USERUNKNOWN, _SISIMAI_TESTS),
    "0.912": (_R.HOSTUNKNOWN, _SISIMAI_TESTS),
    "0.918": (_R.REJECTED, _SISIMAI_TESTS),
    "0.921": (_R.SUSPEND, _SISIMAI_TESTS),
    "0.922": (_R.MAILBOXFULL, _SISIMAI_TESTS),
    "0.932": (_R.NOTACCEPT, _SISIMAI_TESTS),
    "0.934": (_R.MESGTOOBIG, _SISIMAI_TESTS),
    "0.939": (_R.MAILERERROR, _SISIMAI_TESTS),
    "0.944": (_R.NETWORKERROR, _SISIMAI_TESTS),
    "0.947": (_R.EXPIRED, _SISIMAI_TESTS),
    "0.971": (_R.BLOCKED, _SISIMAI_TESTS),
    "0.973": (_R.REQUIREPTR, _SISIMAI_TESTS),
    "0.976": (_R.FAILEDSTARTTLS, _SISIMAI_TESTS),
    "0.980": (_R.SPAMDETECTED, _SISIMAI_TESTS),
}

_BY_CODE: Final[dict[str, StatusCode]] = {row.code: row for row in CODES}


def _tail(code: str) -> str:
    """``"5.1.1"`` -> ``"1.1"``; leading zeros dropped (``5.01.001`` reads as 1.1)."""
    _, subject, detail = code.split(".")
    return f"{int(subject)}.{int(detail)}"


def describe(code: str) -> str | None:
    """Title of the IANA registry entry for ``X.s.d``, or None.

    >>> describe("5.1.1")
    'Bad destination mailbox address'
    """
    try:
        row = _BY_CODE.get(_tail(code))
    except ValueError:
        return None
    return row.title if row else None


def describe_class(klass: int) -> str:
    """RFC 3463 section 3.1 meaning of the class digit."""
    return CLASSES.get(klass, "Unknown")


def describe_subject(subject: int) -> str | None:
    """RFC 3463 section 3.2 meaning of the subject digit."""
    return SUBJECTS.get(subject)


_GENERIC_TAILS: Final = frozenset({"0.0", *PSEUDO})


def is_generic(code: str) -> bool:
    """True for codes that say nothing specific: ``X.0.0`` and Sisimai's ``X.0.9nn``.

    A generic status never overrides wording, and a specific status found in the
    reply text is preferred to it.
    """
    if code[2:] in _GENERIC_TAILS:  # the common, normalised spelling: no parsing needed
        return True
    try:
        tail = _tail(code)
    except ValueError:
        return True
    return tail == "0.0" or tail in PSEUDO


@lru_cache(maxsize=1024)  # pure, and called for every reply with a status
def reason_for(code: str) -> Reason | None:
    """The fallback reason of a status code (registry or Sisimai pseudo code), or None."""
    try:
        tail = _tail(code)
    except ValueError:
        return None
    pseudo = PSEUDO.get(tail)
    if pseudo is not None:
        return pseudo[0]
    row = _BY_CODE.get(tail)
    return row.reason if row else None


# The titles of the codes the registry leaves too vague to name a reason (``reason`` None), but for the two
# that report no refusal (1.5 "Destination address valid", 3.6 "Requested priority was changed").
_VAGUE_TITLES: Final = frozenset(
    " ".join(row.title.lower().split()) for row in CODES if row.reason is None and row.code not in ("1.5", "3.6")
)


def is_vague_title(text: str) -> bool:
    """True when `text` is only the registry title of a code too vague to name a reason ("Delivery not
    authorized, message refused", "Other or undefined security status"), as a program writes it to gloss
    its own status: it says the message was refused, not why.

    >>> is_vague_title("Delivery not authorized, message refused."), is_vague_title("Bad destination mailbox address")
    (True, False)
    """
    return len(text) < 80 and " ".join(text.lower().strip(" \t.;").split()) in _VAGUE_TITLES
