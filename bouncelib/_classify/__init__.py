"""The one pure classifier every front end (DSN part, MTA body, log line) feeds.

`parse_reply` reads the facts out of the text (`_extract`), recognises the receiving
provider, its private codes and any blocklist (`_codes`, `_lists`), then decides the
reason step by step (`_decide`: success, codes, provider rules, blocklist, strong
phrases, concepts, status, command, weak phrases, reply code; docs/classifier.md).

Replies repeat: the same refusal reaches thousands of recipients, each time with
another address, IP or session id in it. The classification is cached on the text
with those masked (`_mask`), so it runs once per refusal, not once per recipient.
In front of that cache, the answer for an exact text (masked, classified, unmasked)
is memoised too, so that a text seen before is not even masked again.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any, Final

from pydantic import BaseModel

from bouncelib._classify._codes import find_codes, find_provider
from bouncelib._classify._decide import BARE_REFUSAL_RULE, Evidence, decide, names_concept
from bouncelib._classify._extract import extract
from bouncelib._classify._lists import delist_contacts, find_blocklist
from bouncelib._classify._mask import mask, unmask
from bouncelib._classify._match import Hit, PhraseIndex, words_spaced
from bouncelib._classify._model import is_guess
from bouncelib._data import blocklists as _blocklists
from bouncelib._data import providers as _prov
from bouncelib._data.reasons import DESCRIPTIONS
from bouncelib._data.status_codes import is_generic
from bouncelib._vocab import COMMANDS, Reason, is_hard_bounce, normalise_command
from bouncelib.models import EnhancedStatus, Reply

__all__ = ["DEFAULT_MAX_CHARS", "parse_reply", "reasons", "reply_fields"]

#: How much of a reply is examined. Real replies are under 1 KiB; a DSN
#: ``Diagnostic-Code`` rarely reaches 4 KiB. Beyond this the text is kept in
#: `Reply.text` but not read, which bounds the time spent on hostile input.
DEFAULT_MAX_CHARS: Final = 16 * 1024

_STATUS_RULES: Final[dict[tuple[str, str], _prov.StatusRule]] = {
    (rule.provider, s): rule for rule in _prov.STATUS_RULES for s in rule.statuses
}
# The providers' markers (key (0, provider)) and the blocklists' (key (1, list)) in one index: both are
# looked for in every reply's lowercased text, and one look-up of its words finds the candidates of both.
_MARKERS: Final[PhraseIndex[tuple[int, str]]] = PhraseIndex([
    *(((0, p.id), m) for p in _prov.PROVIDERS for m in p.markers),
    *(((1, row.id), m) for row in _blocklists.BLOCKLISTS for m in row.markers),
])
_new_hit = tuple.__new__
# Reasons whose refusal concerns the sender: its contacts are delisting or explanation pages.
_ABOUT_SENDER: Final = frozenset({
    Reason.BLOCKED, Reason.BADREPUTATION, Reason.SPAMDETECTED, Reason.REQUIREPTR, Reason.AUTHFAILURE,
    Reason.POLICYVIOLATION, Reason.SPEEDING, Reason.TOOMANYCONN, Reason.REJECTED, Reason.SECURITYERROR,
    Reason.FAILEDSTARTTLS, Reason.NOTCOMPLIANTRFC, Reason.CONTENTERROR, Reason.VIRUSDETECTED, Reason.NORELAYING,
})  # fmt: skip
_UNRECOGNISED: Final = "unrecognised"
# Reasons whose words say nothing of whom a refusal concerns (a filter, nothing read): with a status of
# RFC 3463's security or policy subject (X.7.XXX, "Security or Policy Status": the sender was not authorised, its
# message refused by policy), the status says the refusal concerns the sender, and its pages are where to learn why.
_UNSAID: Final = frozenset({
    Reason.FILTERED, Reason.ONHOLD, Reason.UNDEFINED,
})  # fmt: skip
# (Not a failure of the receiver's own, `systemerror`: "450 4.7.1 Temporary failure - Unable to validate recipient"
# concerns its lookup of the recipient, whatever the status.)
# A recipient's own block of the sender (the concept UNWANTED: a personal block list, "Envelope blocked - User
# Entry", "has blocked you") is still a block of the sender: the pages the refusal offers concern the sender too.
_SENDER_BLOCKED_BY_RECIPIENT: Final = ("concept:UNWANTED", "concept:RCPT+UNWANTED")
# A refusal whose words say the recipient itself is on a list (the concept rule "concept:RCPT+LISTING": "Recipient
# has been blacklisted") concerns the recipient, whatever reason its other words give: a page it offers is about that
# recipient, not a contact for the sender (docs/fields.md, "delist": in a refusal about the recipient only a
# blocklist's own page counts). (A recipient merely "denied" or "blocked" keeps its reason's reading: that is a
# refusal of this sender's mail to it, bench/delist_perturb.py's "reason" variation.)
_RECIPIENT_LISTED: Final = "concept:RCPT+LISTING"


def _about_sender(reason: Reason, rule: str, status: str | None, permanent: bool | None, guessed: bool) -> bool:
    """Whether a refusal concerns the sender (docs/fields.md, "delist"): its pages and mailboxes are then offered."""
    if rule.startswith(_RECIPIENT_LISTED):
        return False
    # A refusal of the sender's message that names no cause (BARE_REFUSAL_RULE) still concerns the
    # sender: a page it offers is where to learn why (LABELING.md, delist).
    if (reason in _ABOUT_SENDER or rule.startswith(_SENDER_BLOCKED_BY_RECIPIENT)) and not guessed:
        return True
    # A permanent refusal whose words name nothing that any rule or the model reads (rule "unrecognised": neither
    # the recipient nor anything else is named) offers its pages for learning why, as a bare refusal does
    # ("554 ... Delivery will ONLY occur if you click on this link <url>": the sender is asked to act there).
    if rule == BARE_REFUSAL_RULE or (rule == _UNRECOGNISED and permanent is True):
        return True
    # A security or policy status on a refusal whose reason names no one (`_UNSAID`, or a model's guess, whatever it
    # guessed) says who: the sender ("553 Message filtered. Refer to the Troubleshooting page at <url> (#5.7.1)").
    return status is not None and status[2:4] == "7." and (guessed or reason in _UNSAID)


# The concepts by which a notice's words say that something was refused or failed ("could not be posted", "did not
# work", "is not permitted", "undeliverable"): a notice without them (an out-of-office reply, an abuse report's
# preamble) refuses nothing, and a page it points to is no refusing server's offer.
_REFUSAL_CONCEPTS: Final = ("CANNOT", "FAILED", "REFUSED", "ACCESS_DENIED", "UNDELIVERABLE", "SEND_NOT_ALLOWED")


def _bare_notice(reason: Reason, code: int | None, status: str | None, guessed: bool) -> bool:
    """Whether a reply is a notice with neither a reply code nor a status whose reason names no one (`_UNSAID`) or is
    the model's guess of a refusal of the sender (`_ABOUT_SENDER`): an application's own notice to the sender about
    its message (a forum's, an API's, a list manager's), where no code or status can say whom the refusal concerns
    and only its words can. A contact its words offer to the sender is then one (`delist_contacts`, ``notice``)."""
    return code is None and status is None and (reason in _UNSAID or (guessed and reason in _ABOUT_SENDER))
    # (And, the caller checks, whose words say that something was refused or failed: `_REFUSAL_CONCEPTS`.)


def reasons() -> dict[str, str]:
    """Every reason bouncelib can return, with what it means.

    >>> reasons()["userunknown"]
    "The recipient's mailbox does not exist at that domain (unknown user)."
    """
    return {r.value: DESCRIPTIONS[r] for r in Reason}


def _pick_status(statuses: tuple[str, ...], hint: str | None) -> str | None:
    # A specific status in the text beats the hint; a specific hint beats a generic
    # status in the text (X.0.0); the text's generic status beats a generic hint.
    for i, s in enumerate(statuses):
        if not is_generic(s):
            if s.endswith(".0") and s[0] != "2":
                # "554 5.7.0 < #5.7.133 ...": a later status of the same class and subject
                # with a detail refines the "other or undefined" one wrapped around it.
                head = s[:-1]
                refined = next((t for t in statuses[i + 1 :] if t.startswith(head) and t != s), None)
                if refined is not None:
                    return refined
            return s
    if hint and not is_generic(hint):
        return hint
    if statuses:
        return statuses[0]
    return hint


def _permanent(code: int | None, status: str | None, action: str | None) -> bool | None:
    if code is not None:
        return code // 100 == 5
    if status is not None:
        return status[0] == "5"
    if action:
        a = action.lower()
        if a == "failed":
            return True
        if a in {"delayed", "delivered", "relayed", "expanded"}:
            return False
    return None


# One EnhancedStatus per status string: a reply's status is one of a few dozen, and the instance
# is an immutable str, so every Reply can share it (the constructor validates it the first time).
_status_model: Final = lru_cache(maxsize=1024)(EnhancedStatus)
# Evidence is made with tuple.__new__: a NamedTuple's own __new__ is a Python function.
_new_tuple = tuple.__new__


@lru_cache(maxsize=256)  # the hints of a log or a batch of reports are a few statuses, again and again
def _hint_status(status: str | None) -> str | None:
    if not status:
        return None
    try:
        return str(EnhancedStatus(status))
    except ValueError:
        return None


# Positional on purpose: lru_cache builds its key fastest from positional arguments.
@lru_cache(maxsize=8192)
def _classified(  # noqa: PLR0917
    text: str,
    status: str | None,
    smtp_code: int | None,
    smtp_command: str | None,
    remote_host: str | None,
    remote_ip: str | None,
    action: str | None,
    max_chars: int,
    domain: str | None,
) -> dict[str, Any]:
    """Every field of the Reply of `text` (a masked text: the values are masked too)."""
    facts = extract(text, max_chars)
    words, spaced = words_spaced(facts.low)
    hint = _hint_status(status) if status else None  # (most callers give none: no cache key to make)
    chosen = _pick_status(facts.statuses, hint)
    code = facts.smtp_code if facts.smtp_code is not None else smtp_code
    command = normalise_command(smtp_command) if smtp_command else None
    if command not in COMMANDS:
        command = facts.command
    host = remote_host or facts.remote_host
    markers: list[Hit[str]] = []
    lists: list[Hit[str]] = []
    for (table, key), start, end in _MARKERS.find(facts.low, words):  # (most replies: none)
        (lists if table else markers).append(_new_hit(Hit, (key, start, end)))
    provider = find_provider(host, facts.low, words, domain, markers)
    codes = find_codes(facts.low, provider, words, spaced)
    if provider is None and codes:  # (most replies hold no code: no generator to make for them)
        provider = next((c.provider for c in codes if c.provider is not None), None)
    srule = _STATUS_RULES.get((provider, chosen)) if provider is not None and chosen is not None else None
    blocklist = find_blocklist(facts.low, words, [(c.family, c.code) for c in codes] if codes else [],
                               srule.blocklist if srule else None, lists)  # fmt: skip
    if code != facts.smtp_code:
        facts = facts._replace(smtp_code=code)
    ev = _new_tuple(Evidence, (facts, words, code, chosen, hint, command, action, provider, blocklist, codes, []))
    reason, rule = decide(ev)
    permanent = _permanent(code, chosen, action)
    # A model's guess (rule "model:...") is a reason, not evidence to act on: no contact is offered
    # on its word alone (a URL of the text may be anything else), and it never makes a hard bounce
    # (`is_hard_bounce`: an operator suppresses an address on a hard bounce; a guess must not remove one).
    guessed = is_guess(rule)
    about_sender = _about_sender(reason, rule, chosen, permanent, guessed)
    # A network failure (the connection, the route or a lookup failed: no server refused anything) concerns no one's
    # standing, and a page the text points to is no refusing server's offer (LABELING.md, delist: only when the
    # refusal concerns the sender); PHPMailer's "SMTP connect() failed" links its own troubleshooting wiki.
    if reason is Reason.NETWORKERROR and blocklist is None:
        delist = []
    else:
        delist = delist_contacts(facts.flat, about_sender or blocklist is not None, blocklist,
                                 unblocking=not rule.startswith(_RECIPIENT_LISTED),
                                 appeal=guessed or reason in _UNSAID,
                                 notice=_bare_notice(reason, code, chosen, guessed)
                                 and any(names_concept(ev, c) for c in _REFUSAL_CONCEPTS))
    return {
        "text": text, "smtp_code": code, "enhanced_status": _status_model(chosen) if chosen else None,
        "smtp_command": command, "remote_host": host, "remote_ip": remote_ip or facts.remote_ip, "reason": reason,
        "permanent": permanent, "hard_bounce": is_hard_bounce(reason, permanent, rule),
        "blocklist": blocklist,
        "delist": tuple(delist), "provider": provider, "rule": rule,
    }  # fmt: skip


# Texts longer than this skip the exact-text memo (real replies are under 1 KiB): its keys are the
# texts themselves, and 8192 of them up to `max_chars` long would hold too much memory for nothing.
_MEMO_CHARS: Final = 2048


@lru_cache(maxsize=8192)
def _answer(  # noqa: PLR0917
    text: str,
    status: str | None,
    smtp_code: int | None,
    smtp_command: str | None,
    remote_host: str | None,
    remote_ip: str | None,
    action: str | None,
    max_chars: int,
    domain: str | None,
) -> dict[str, Any]:
    """Every field of the Reply of `text` (cut to `max_chars`), shared: the caller copies it."""
    masked, values = mask(text)
    fields = _classified(masked, status, smtp_code, smtp_command, remote_host, remote_ip, action, max_chars, domain)
    return unmask(fields, values) if values else fields


def parse_reply(
    text: str,
    *,
    status: str | None = None,
    smtp_code: int | None = None,
    smtp_command: str | None = None,
    remote_host: str | None = None,
    remote_ip: str | None = None,
    action: str | None = None,
    recipient: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Reply:
    """Classify one SMTP reply or diagnostic text.

    `text` is the reply as a DSN ``Diagnostic-Code``, a bounce body or a Postfix log
    line's parenthesis gives it. The keyword hints come from the caller's context:
    `status` is the DSN's own ``Status:`` (a specific status written in the text
    wins over it; it wins over a generic ``X.0.0`` in the text), `smtp_code` is used
    when the text has no reply code, `smtp_command`, `remote_host` and `remote_ip`
    win over what the text says, `action` (RFC 3464 ``Action:``) decides
    `Reply.permanent` when nothing else does, `recipient` (the refused address) names
    the provider by its domain when neither the host nor the text does. Only the first
    `max_chars` characters are examined; `Reply.text` keeps the whole input. Never
    raises for a ``str``.

    >>> r = parse_reply("550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown")
    >>> r.reason.value, r.permanent, r.hard_bounce
    ('userunknown', True, True)
    """
    fields = dict(_fields_of(text, status, smtp_code, smtp_command, remote_host, remote_ip, action, recipient,
                             max_chars))  # fmt: skip
    fields["text"] = text
    fields["delist"] = list(fields["delist"])
    return _reply(fields)


def reply_fields(
    text: str,
    *,
    status: str | None = None,
    smtp_code: int | None = None,
    smtp_command: str | None = None,
    remote_host: str | None = None,
    remote_ip: str | None = None,
    action: str | None = None,
    recipient: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    memo: bool = True,
) -> Mapping[str, Any]:
    """The fields of ``parse_reply(text, ...)``'s Reply, as the classifier's caches hold them: shared, to be
    read and not changed; ``text`` is the examined cut and ``delist`` a tuple.

    For front ends that need a few fields of many replies (`LogRecord.to_record`) and not the model.
    ``memo=False`` skips the exact-text memo, for a caller that keeps its own memo of exact texts (the
    classification stays cached on the masked text): every text it asks for would miss the memo, and
    its entries would push out other callers' texts.
    """
    return _fields_of(text, status, smtp_code, smtp_command, remote_host, remote_ip, action, recipient, max_chars,
                      memo)  # fmt: skip


def _fields_of(  # noqa: PLR0917 - positional: parse_reply calls it for every reply
    text: str,
    status: str | None,
    smtp_code: int | None,
    smtp_command: str | None,
    remote_host: str | None,
    remote_ip: str | None,
    action: str | None,
    recipient: str | None,
    max_chars: int,
    memo: bool = True,
) -> dict[str, Any]:
    """`reply_fields` with positional arguments: the one body of both entry points."""
    if not isinstance(text, str):
        raise TypeError(f"parse_reply() needs a str, not {type(text).__name__}")
    if smtp_code is not None and not (isinstance(smtp_code, int) and 200 <= smtp_code <= 599):
        # Front ends may hand over what a log field held ("550", "", 0): keep only a real code.
        try:
            smtp_code = int(smtp_code)
        except (TypeError, ValueError):
            smtp_code = None
        if smtp_code is not None and not 200 <= smtp_code <= 599:
            smtp_code = None
    limit = max(0, int(max_chars))
    cut = text[:limit]
    if not cut.isascii():
        # A lone surrogate (no real reply holds one; a str made from bytes with "surrogateescape" may)
        # cannot be encoded for the word tables: read it as U+FFFD. `Reply.text` keeps the input.
        cut = cut.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    domain = recipient.rpartition("@")[2].strip(" <>").lower() or None if isinstance(recipient, str) else None
    answer = _answer if memo and len(cut) <= _MEMO_CHARS else _answer.__wrapped__
    return answer(cut, status, smtp_code, smtp_command, remote_host, remote_ip, action, limit, domain)


_FIELDS: Final = frozenset(Reply.model_fields)
_new = object.__new__
_set = object.__setattr__
# The slots `model_construct` fills besides `__dict__`, set through their slot descriptors: a call to
# each descriptor's __set__ costs less than `object.__setattr__` finding it by name on the type.
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__


def _reply(values: dict[str, Any]) -> Reply:
    """A Reply of `values` (a fresh dict, every field given with its declared type), unvalidated.

    Pydantic's validation (or `BaseModel.model_construct`) costs as much as classifying a
    reply the cache already holds: the model is filled the way `model_construct` fills it.
    """
    reply = _new(Reply)
    _set(reply, "__dict__", values)
    _set_fields_set(reply, set(_FIELDS))
    _set_extra(reply, None)
    _set_private(reply, None)
    return reply
