"""Wordings and codes that a bounce *format* fixes the meaning of, kept apart from the detectors.

Most detectors only extract; the classifier decides.  A few formats state their
verdict in their own fixed vocabulary, which the classifier cannot read from the
reply text alone: a mailing-list manager's refusal notice, Lotus Domino's router
sentences, Amazon SES's ``bounceSubType``. (Exchange 5.5-2003's IMS error codes are a code family
of `bouncelib._data.providers.CODE_RULES`: they name a reason in any reply that carries them.)
Those vocabularies live here as typed rows with their source; each detector
looks its own rows up with `format_reason`.
"""

from __future__ import annotations

from typing import Final, Literal, NamedTuple

from bouncelib._vocab import Reason

__all__ = ["FORMAT_PHRASES", "SES_BOUNCE_SUBTYPES", "FormatPhrase", "format_reason"]

_R = Reason


class FormatPhrase(NamedTuple):
    """A fixed sentence of one format and the outcome it states."""

    format: str
    """The detector (`bouncelib._dsn.base.Detector.name`) whose messages carry it."""
    phrase: str
    """Written as the format writes it; matched case-sensitively as a substring."""
    reason: Reason
    source: str
    where: Literal["body", "subject", "diagnostic"] = "diagnostic"
    """Which text of the message the phrase is looked for in."""


_FML = "fml 4.0 (https://www.fml.org/software/fml/) fixed notices; outcomes as in Sisimai lhost/FML.pm"
_DOMINO = "HCL Domino router delivery-failure text (https://help.hcl-software.com/domino/); Sisimai lhost/Domino.pm"

FORMAT_PHRASES: Final[tuple[FormatPhrase, ...]] = (
    # fml: the body (more specific) first, then the Subject.
    *(FormatPhrase(format="fml", phrase=p, reason=_R.REJECTED, source=_FML, where="body") for p in (
        " header may cause mail loop", "NOT MEMBER article from ", "reject mail from ", "reject spammers:",
        "You are not a member of this mailing list")),
    *(FormatPhrase(format="fml", phrase=p, reason=_R.SYSTEMERROR, source=_FML, where="body") for p in (
        " has detected a loop condition so that", "Duplicated Message-ID", "Loop Back Warning:")),
    FormatPhrase(format="fml", phrase="Security alert:", reason=_R.SECURITYERROR, source=_FML, where="body"),
    *(FormatPhrase(format="fml", phrase=p, reason=_R.REJECTED, source=_FML, where="subject") for p in (
        " are not member", "NOT MEMBER article from ", "reject mail ", "Spam mail from a spammer is rejected")),
    *(FormatPhrase(format="fml", phrase=p, reason=_R.SYSTEMERROR, source=_FML, where="subject") for p in (
        "fml system error message", "Loop Alert: ", "Loop Back Warning: ", "WARNING: UNIX FROM Loop")),
    FormatPhrase(format="fml", phrase="Security Alert", reason=_R.SECURITYERROR, source=_FML, where="subject"),
    # Domino's own fixed sentences (English and Japanese servers).
    FormatPhrase(format="domino", phrase="not listed in Domino Directory", reason=_R.USERUNKNOWN, source=_DOMINO),
    FormatPhrase(format="domino", phrase="not listed in public Name & Address Book", reason=_R.USERUNKNOWN,
                 source=_DOMINO),
    FormatPhrase(format="domino", phrase="Domino ディレクトリには見つかりません", reason=_R.USERUNKNOWN,
                 source=_DOMINO),
    FormatPhrase(format="domino", phrase="Cannot route mail to user", reason=_R.FILTERED, source=_DOMINO),
    FormatPhrase(format="domino", phrase="Several matches found in Domino Directory", reason=_R.SYSTEMERROR,
                 source=_DOMINO),
)  # fmt: skip


def format_reason(fmt: str, text: str, where: str = "diagnostic") -> Reason | None:
    """The reason the first of `fmt`'s phrases for `where` found in `text` states, else None."""
    for row in FORMAT_PHRASES:
        if row.format == fmt and row.where == where and row.phrase in text:
            return row.reason
    return None


#: Amazon SES bounce notifications' ``bounceSubType`` values that state the outcome
#: (https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html#bounce-types).
SES_BOUNCE_SUBTYPES: Final[dict[str, Reason]] = {
    "MailboxFull": _R.MAILBOXFULL,
    "MessageTooLarge": _R.MESGTOOBIG,
    "Suppressed": _R.SUPPRESSED,  # on SES's global suppression list: SES did not even try
    "OnAccountSuppressionList": _R.SUPPRESSED,
}
