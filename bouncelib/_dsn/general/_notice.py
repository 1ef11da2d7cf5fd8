"""The notice: the words the mail system wrote, cut from the returned message, and what they say.

A bounce is a short notice followed by (a copy of) the message it returns.  Everything the
general reader looks at comes from the notice only: addresses in the returned message are
the sender's correspondents, not failed recipients.  `read_notice` finds it, sets aside the
RFC 3464 fields some MTAs paste into the text, drops quoted lines (a person quoting a bounce
is not a bounce) and decides the verdict: failed, delayed, delivered or challenge.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from typing import Final, Literal

from bouncelib._data import notices as shapes

__all__ = [
    "Notice",
    "Verdict",
    "has_reply",
    "quoted_whole",
    "read_notice",
    "refused_by_rule",
    "reports_no_outcome",
    "says_failed_or_delayed",
    "unquoted_whole",
    "verdict",
]

Verdict = Literal["failed", "delayed", "delivered", "challenge"]

# Bounds on the work for one mail: a notice is a few dozen lines; beyond that is the returned
# message or hostile input.
MAX_NOTICE: Final = 20_000
MAX_LINE: Final = 2_000


@dataclass(frozen=True, slots=True)
class Notice:
    """The notice of one bounce, as the general reader sees it."""

    lines: tuple[str, ...]
    """The prose lines, quoted lines blanked, pasted RFC 3464 fields taken out."""
    fields: str
    """The pasted RFC 3464 fields (``Final-Recipient: ...``), ``""`` when there are none."""
    returned: str = ""
    """The start of what follows the notice (the returned message, when the body holds it as text)."""

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def read_notice(body: str) -> Notice:
    """The notice at the top of `body`, up to where the returned message starts."""
    text = body[:MAX_NOTICE]
    if '\\"' in text:
        # A JSON notice nested in JSON (a sending platform's bounce notification, as Amazon SNS wraps
        # SES's): its escaped quotes read as quotes, so '"emailAddress":"a"' labels a as elsewhere.
        text = text.replace('\\"', '"')
    text = unquoted_whole(text)
    cut = shapes.ORIGINAL_STARTS.search(text)
    if cut is not None and not text[: cut.start()].strip():
        # Nothing above the marker: a mail client forwarded the notice inline ("-----Original Message-----",
        # then its "From:/Sent:/To:/Subject:" lines): the notice is the message the marker introduces.
        forwarded = _after_forward_headers(text[cut.end() :])
        if forwarded is not None:
            text = forwarded
            cut = shapes.ORIGINAL_STARTS.search(text)
    returned = ""
    if cut is not None:
        text, returned = text[: cut.start()], text[cut.end() : cut.end() + 4000]
    lines: list[str] = []
    fields: list[str] = []
    in_fields = valueless = False
    field_indent = 0
    for raw in text.split("\n"):
        line = raw[:MAX_LINE].rstrip()
        stripped = line.lstrip()
        if stripped.startswith(">") and not stripped.startswith(">>> "):
            # A quoted bounce is someone talking about a bounce; keep the line count, drop the words.
            # (">>> " is an SMTP transcript's command line, Sendmail's and Courier's.)
            lines.append("")
            continue
        if shapes.DSN_FIELD.match(stripped):
            in_fields, field_indent = True, len(line) - len(stripped)
        elif in_fields and stripped and len(line) - len(stripped) <= field_indent and ":" not in stripped[:40]:
            # Prose again after the fields (a field goes on in lines indented deeper), unless the field
            # above ended at its colon: its value is this line, folded without indentation by a wrap
            # ("X-Original-Message-ID:" over "<id@mail.gmail.com>").
            in_fields = valueless
        valueless = in_fields and stripped.endswith(":")
        if in_fields:
            fields.append(line)
            lines.append("")
        else:
            lines.append(line)
    # Fields pasted indented as a block (a paste set off, a notice indented whole) are the same fields:
    # their common indentation is the layout's, a deeper one still continues a field.
    return Notice(lines=tuple(lines), fields=textwrap.dedent("\n".join(fields)), returned=returned)


_QUOTE_MARK: Final = re.compile(r"^[ \t]*> ?")


def _after_forward_headers(text: str) -> str | None:
    """The text after the header lines a forward marker is followed by (two "Label: value" lines or more,
    up to the first blank line), or None when no such header block follows it."""
    lines = text.split("\n")[1:]  # past the rest of the marker's own line ("-----")
    k = start = 0
    while k < len(lines) and shapes.FORWARD_HEADER_LINE.match(lines[k]):
        k += 1
    if k - start < 2 or (k < len(lines) and lines[k].strip()):
        return None
    return "\n".join(lines[k:])


def quoted_whole(text: str) -> bool:
    """Whether the notice at the top of `text` (up to where the returned message starts) is quoted
    whole: every line with words starts with ">", and there are some.  (An SMTP transcript's ">>> "
    command lines stand between unquoted "<<< " answers: a transcript is no quote.)"""
    if text.lstrip()[:1] != ">":
        return False  # the cheap test first: most notices start with words
    cut = shapes.ORIGINAL_STARTS.search(text)
    some = False
    for line in (text[: cut.start()] if cut is not None else text).split("\n"):
        stripped = line.lstrip()
        if not stripped:
            continue
        if not stripped.startswith(">"):
            return False
        some = True
    return some


def unquoted_whole(text: str) -> str:
    """`text` with the quote marks of a notice quoted whole taken off (a paste set as a quote, a
    relay's or client's inline copy): with no words of the quoter's own, the marks are the notice's
    layout, not someone talking about it.  Any other text is given back as it is."""
    if not quoted_whole(text):
        return text
    cut = shapes.ORIGINAL_STARTS.search(text)
    notice, rest = (text[: cut.start()], text[cut.start() :]) if cut is not None else (text, "")
    return "\n".join(_QUOTE_MARK.sub("", line) for line in notice.split("\n")) + rest


def verdict(notice: Notice, subject: str) -> Verdict | None:
    """What the notice reports, or None when it reports no delivery outcome at all.

    A challenge asks the sender to confirm and quotes no server reply. A list's notice that it received
    bounces from an address (a probe) reports no outcome of its own. Giving up for good
    outweighs "will retry" words quoted from earlier attempts; a delay warning outweighs the
    "could not be delivered" that delay notices also write ("... for more than 4 hours"); a
    failure outweighs a success sentence (OpenSMTPD 5.7 wrote "successfully delivered" above
    "Envelope expired").
    """
    # One space for every run of white space: notices wrap their sentences anywhere.
    text = " ".join(notice.text.lower().split())
    subject = subject.lower()
    said = f"{subject} {text}"
    # A message a mail server already refused failed, whatever the notice then advises ("whitelist it"): a
    # challenge holds the message, nothing refused it yet.
    if (
        (shapes.CHALLENGE.search(text) or shapes.CHALLENGE_SUBJECT.search(subject))
        and not has_reply(text)
        and shapes.REFUSED_BY_SERVER.search(text) is None
        # A subscription (or its end) to confirm is a list's notice to a member: no message of the sender is held.
        and shapes.SUBSCRIPTION_TO_CONFIRM.search(text) is None
    ):
        return "challenge"
    if _no_outcome(text, said):
        return None
    # A decision on a list, a request or a document, not on a message, is no failure of delivery.
    # (Only where one of its verbs stands: the pattern's address part costs a scan of every long word.)
    if any(verb in said for verb in ("rejected", "refused", "declined", "denied")):
        said = shapes.NOT_A_MESSAGE_REJECTED.sub(" ", said)
    # A part of the message held back is no failure of the message (the cheap test first: most notices name no part).
    if any(stem in said for stem in ("part", "teile", "portion", "delen", "část", "cast")):
        said = shapes.PART_OF_MESSAGE.sub(" ", said)
    permanent = shapes.PERMANENT.search(said) is not None
    if not permanent and shapes.DELAY.search(said):
        return "delayed"
    if permanent or shapes.FAILURE.search(said) or refused_by_rule(text, said):
        return "failed"
    if shapes.SUCCESS.search(said):
        return "delivered"
    return None


def _no_outcome(text: str, said: str) -> bool:
    """Whether the notice (`text`, lower-cased and folded; `said`: the Subject and the text) says no message of its
    reader failed: a list's probe or "subscription disabled" notice (it tells of bounces it received), a notice to the
    address that could not be reached (no report to the sender of a failed message), a warning that says the message
    was accepted after all, a list's notice that a posting waits for its moderators' approval (a person's decision
    to come, not a server's retry).  Not when it quotes a server's refusal."""
    received = (
        shapes.BOUNCES_RECEIVED.search(said)
        or shapes.REACHABILITY_PROBE.search(text)
        or shapes.DELIVERY_TO_YOU_FAILED.search(text)
    )
    held = shapes.MODERATION_HOLD.search(text)
    return bool(received or held or shapes.ACCEPTED_ANYWAY.search(text)) and not has_reply(text)


def reports_no_outcome(notice: Notice, subject: str) -> bool:
    """Whether `verdict` finds the notice says no message of its reader failed (`_no_outcome`): a reader that looks
    past `verdict`'s None for other signs of a failure must not overrule that."""
    text = " ".join(notice.text.lower().split())
    return _no_outcome(text, f"{subject.lower()} {text}")


def refused_by_rule(text: str, said: str) -> bool:
    """Whether the notice (`text`, lower-cased) answers a message with a rule of the address it was sent to ("Only
    subscribed addresses may send messages to this address"), and is no welcome or acknowledgement that states the
    rule to tell it (`said`: the Subject and the text)."""
    return shapes.RULE_STATED.search(text) is not None and shapes.RULE_STATED_ELSEWHERE.search(said) is None


def says_failed_or_delayed(text: str) -> bool:
    """Whether a sentence, line or paragraph says the message failed or is delayed (`FAILURE`,
    `DELAY`), as written: white space is not folded."""
    low = text.lower()
    return shapes.FAILURE.search(low) is not None or shapes.DELAY.search(low) is not None


def has_reply(text: str) -> bool:
    """Whether the text quotes an SMTP reply with a code (challenges never do)."""
    return any(m.group(0).strip()[:1] in "45#" for m in shapes.REPLY_CODE.finditer(text))
