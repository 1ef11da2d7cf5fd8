"""The one pure classifier every front end (DSN part, MTA body, log line) feeds.

`parse_reply` reads the facts out of the text (`_extract`), recognises the
receiving provider and any blocklist (`_lists`), and decides the reason in this
order (docs/classifier.md explains each step):

1. a 2xx reply or a class-2 status: ``delivered``;
2. the recognised provider's own rules: its codes, phrases and status meanings;
3. a blocklist named in the text: ``blocked``;
4. the generic strong phrases (`bouncelib._data.reasons.PHRASES`): the longest
   match hides matches inside it, then `PRIORITY` order; user-unknown wording in
   answer to DATA is ``filtered`` unless a 5.1.x status says the mailbox is bad;
5. the status code: the text's most specific status, then the hint;
6. the command: a refusal at CONNECT/HELO/EHLO is ``blocked``, at MAIL ``rejected``;
7. the weak phrases;
8. ``expired`` for a delayed message, ``onhold`` for any other text nothing
   matched, ``undefined`` for an empty text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Final

from bouncelib._classify._extract import Facts, extract
from bouncelib._classify._lists import delist_contacts, find_blocklist
from bouncelib._classify._match import WORD, Hit, PhraseIndex, outermost, suffix_lookup, words_of
from bouncelib._data import providers as _prov
from bouncelib._data.reasons import DESCRIPTIONS, DIRECTORY_VERDICTS, PHRASES, PRIORITY
from bouncelib._data.status_codes import is_generic, reason_for
from bouncelib._vocab import COMMANDS, Reason, is_hard_bounce, normalise_command
from bouncelib.models import Blocklist, EnhancedStatus, Reply

__all__ = ["DEFAULT_MAX_CHARS", "parse_reply", "reasons"]

#: How much of a reply is examined. Real replies are under 1 KiB; a DSN
#: ``Diagnostic-Code`` rarely reaches 4 KiB. Beyond this the text is kept in
#: `Reply.text` but not read, which bounds the time spent on hostile input.
DEFAULT_MAX_CHARS: Final = 16 * 1024

_RANK: Final[dict[Reason, int]] = {r: i for i, r in enumerate(PRIORITY)}
_STRONG: Final = PhraseIndex((i, p.text) for i, p in enumerate(PHRASES) if not p.weak)
_WEAK: Final = PhraseIndex((i, p.text) for i, p in enumerate(PHRASES) if p.weak)
_PROVIDER_MARKERS: Final = PhraseIndex((p.id, m) for p in _prov.PROVIDERS for m in p.markers)
_HOST_SUFFIXES: Final[dict[str, str]] = {h: p.id for p in _prov.PROVIDERS for h in p.hosts}
_PROVIDER_RULES: Final[dict[str, PhraseIndex[int]]] = {}
for _pid in {r.provider for r in _prov.RULES}:
    _PROVIDER_RULES[_pid] = PhraseIndex((i, r.phrase) for i, r in enumerate(_prov.RULES) if r.provider == _pid)
# Each code family has a literal it cannot appear without: a substring test is far
# cheaper than a regex scan, and most replies carry no provider code at all.
_CODE_RULES: Final = tuple((rule, re.compile(rule.pattern), rule.needles) for rule in _prov.CODE_RULES)
# Pre-tests of the code families: by word for most (the reply's word set is at hand),
# by substring for the families whose codes sit inside longer words (OFR006_102).
_CODE_WORDS: Final[dict[str, frozenset[int]]] = {}
for _i, _rule in enumerate(_prov.CODE_RULES):
    if _rule.token_prefix is not None:
        for _code in _rule.codes:
            _w = WORD.findall(_rule.token_prefix + _code)[0]
            _CODE_WORDS[_w] = _CODE_WORDS.get(_w, frozenset()) | {_i}
_CODE_WORD_SET: Final = frozenset(_CODE_WORDS)
_CODE_SUBSTR: Final = tuple((i, r.needles) for i, r in enumerate(_prov.CODE_RULES) if r.token_prefix is None)
_STATUS_RULES: Final[dict[tuple[str, str], _prov.StatusRule]] = {
    (rule.provider, s): rule for rule in _prov.STATUS_RULES for s in rule.statuses
}
# Reasons so close that a status naming one settles a wording naming the other
# (Sisimai itself later merged each pair).
_SIBLINGS: Final = {
    Reason.MESGTOOBIG: Reason.EXCEEDLIMIT, Reason.EXCEEDLIMIT: Reason.MESGTOOBIG,
    Reason.SPEEDING: Reason.TOOMANYCONN, Reason.TOOMANYCONN: Reason.SPEEDING,
}
_BLOCKING: Final = frozenset({Reason.BLOCKED, Reason.BADREPUTATION, Reason.SPAMDETECTED, Reason.REQUIREPTR})


def reasons() -> dict[str, str]:
    """Every reason bouncelib can return, with what it means.

    >>> reasons()["userunknown"]
    "The recipient's mailbox does not exist at that domain (unknown user)."
    """
    return {r.value: DESCRIPTIONS[r] for r in Reason}


def _provider(remote_host: str | None, low: str, words: set[str]) -> str | None:
    if remote_host:
        pid = suffix_lookup(remote_host, _HOST_SUFFIXES)
        if pid is not None:
            return pid
    hits = _PROVIDER_MARKERS.find(low, words)
    if hits:
        # A marker right after "@" is the domain of an address quoted in the reply
        # (often the bounced sender's): any other marker names the operator better.
        named = [h for h in hits if h.start == 0 or low[h.start - 1] != "@"] or hits
        return min(named, key=lambda h: h.start).key
    return None


def _pick_status(statuses: tuple[str, ...], hint: str | None) -> str | None:
    # A specific status in the text beats the hint; a specific hint beats a generic
    # status in the text (X.0.0); the text's generic status beats a generic hint.
    for s in statuses:
        if not is_generic(s):
            return s
    if hint and not is_generic(hint):
        return hint
    if statuses:
        return statuses[0]
    return hint


def _best(hits: list[tuple[Reason, int, int, str]]) -> tuple[Reason, str] | None:
    if not hits:
        return None
    spans = outermost([Hit(i, s, e) for i, (_, s, e, _) in enumerate(hits)])
    keep = [hits[h.key] for h in spans]
    reason, _, _, rule = min(keep, key=lambda h: (_RANK[h[0]], h[1]))
    return reason, rule


def _decide(facts: Facts, words: set[str], *, provider: str | None, status: str | None, hint: str | None,
            command: str | None, action: str | None, blocklist: Blocklist | None,
            codes: list[tuple[str, str, Reason]]) -> tuple[Reason, str]:
    code = facts.smtp_code
    if (code is not None and code // 100 == 2) or (code is None and status is not None and status[0] == "2"):
        return Reason.DELIVERED, "status:success"
    if code is None and status is None and action and action.lower() in {"delivered", "relayed", "expanded"}:
        return Reason.DELIVERED, "action:" + action.lower()

    # 2. provider rules
    if provider is not None:
        found: list[tuple[Reason, int, int, str]] = []
        index = _PROVIDER_RULES.get(provider)
        if index is not None:
            for h in index.find(facts.words_text, words):
                prow = _prov.RULES[h.key]
                found.append((prow.reason, h.start, h.end, f"provider:{provider}:{prow.phrase}"))
        found.extend((r, 0, 0, f"code:{p}:{c}") for p, c, r in codes if p == provider)
        best = _best(found)
        if best and not (blocklist is not None and best[0] not in {Reason.BLOCKED, Reason.BADREPUTATION}):
            return _sibling(best, status, hint)
        for s in (status, hint):
            srule = _STATUS_RULES.get((provider, s)) if s else None
            if srule is not None:
                return srule.reason, f"provider-status:{provider}:{s}"

    # 3. a named blocklist
    if blocklist is not None:
        return Reason.BLOCKED, f"blocklist:{blocklist.id}"

    # 4. generic strong phrases
    strong = [(PHRASES[h.key].reason, h.start, h.end, "phrase:" + PHRASES[h.key].text)
              for h in _STRONG.find(facts.words_text, words)]
    best = _best(strong)
    status_reason = _status_reason(status, hint)
    if best:
        reason, rule = _sibling(best, status, hint)
        return _in_context(reason, rule, command, status, facts.smtp_code)

    # 5. the status code
    if status_reason is not None and status_reason is not Reason.UNDEFINED:
        return status_reason, f"status:{status if status and reason_for(status) else hint}"

    # 6. the command the refusal answered
    if code is not None or status is not None:
        if command in {"CONNECT", "HELO", "EHLO"}:
            return Reason.BLOCKED, f"command:{command}"
        if command == "MAIL":
            return Reason.REJECTED, f"command:{command}"

    # 7. weak phrases
    weak = [(PHRASES[h.key].reason, h.start, h.end, "weak:" + PHRASES[h.key].text)
            for h in _WEAK.find(facts.words_text, words)]
    best = _best(weak)
    if best:
        return best
    # 8. nothing decided: Sisimai's fallbacks. A delayed message is on its way to
    # expiring; a failure whose text says nothing we recognise is "on hold" (the
    # report lacks the detail to judge); only an empty report is "undefined".
    if action and action.lower() == "delayed":
        return Reason.EXPIRED, "action:delayed"
    if words:
        return Reason.ONHOLD, "unrecognised"
    return Reason.UNDEFINED, "none"


def _status_reason(status: str | None, hint: str | None) -> Reason | None:
    reason = reason_for(status) if status else None
    if reason is None and hint:
        reason = reason_for(hint)
    return reason


def _sibling(best: tuple[Reason, str], status: str | None, hint: str | None) -> tuple[Reason, str]:
    """A status naming a sibling of the worded reason settles which of the two it is."""
    reason = _status_reason(status, hint)
    if reason is not None and _SIBLINGS.get(best[0]) == reason:
        return reason, f"status:{status or hint}"
    return best


def _in_context(reason: Reason, rule: str, command: str | None, status: str | None,
                code: int | None) -> tuple[Reason, str]:
    """Adjust an address-level verdict by the command it answered and its permanence."""
    if reason in {Reason.USERUNKNOWN, Reason.HOSTUNKNOWN}:
        if command == "MAIL" or (status is not None and status[2:] in {"1.7", "1.8"}):
            # At MAIL FROM the address refused is the sender's.
            return Reason.REJECTED, rule + ";sender"
        if command in {"CONNECT", "HELO", "EHLO"} and not (status and status[2:4] == "1."):
            # Before any address is sent the refusal is about our host or HELO name
            # (unless an X.1.x status says an address was at fault after all).
            return Reason.BLOCKED, rule + ";" + command.lower()
    if reason is Reason.USERUNKNOWN and command is None and status is not None and status[2:] == "2.1":
        # "Mailbox disabled" stated, the wording says unknown and no command tells
        # when: the specific status decides (Sisimai's rule as well).
        return Reason.SUSPEND, rule + ";status-2.1"
    if (reason is Reason.USERUNKNOWN and not (status and status[2:].startswith("1."))
            and (command == "DATA" or (command is None and rule[7:] not in DIRECTORY_VERDICTS))):
        # The recipient was accepted at RCPT and refused after the content was
        # seen: a filter speaking, not a missing mailbox. When nothing says which
        # command drew the refusal, and no X.1.x status says the mailbox is bad,
        # the wording alone is read the same way: Sisimai's rule (its Filtered
        # class: user-unknown wording outside RCPT/MAIL and without a mailbox
        # status), which keeps a vague "user unknown" from hard-bouncing an address.
        return Reason.FILTERED, rule + (";after-data" if command else ";no-command")
    transient = code // 100 == 4 if code is not None else (status is not None and status[0] == "4")
    if reason is Reason.HOSTUNKNOWN and transient:
        # A DNS answer the reporting MTA itself treats as temporary: not a verdict on the domain.
        return Reason.NETWORKERROR, rule + ";transient"
    return reason, rule


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


# Positional on purpose: lru_cache builds its key fastest from positional arguments.
@lru_cache(maxsize=8192)
def _parse(  # noqa: PLR0917
    text: str, status: str | None, smtp_code: int | None, smtp_command: str | None,
    remote_host: str | None, remote_ip: str | None, action: str | None, max_chars: int,
) -> dict[str, Any]:
    facts = extract(text, max_chars)
    words = words_of(facts.low)

    hint = None
    if status:
        try:
            hint = str(EnhancedStatus(status))
        except ValueError:
            hint = None
    chosen = _pick_status(facts.statuses, hint)
    code = facts.smtp_code if facts.smtp_code is not None else smtp_code
    command = normalise_command(smtp_command) if smtp_command else None
    if command not in COMMANDS:
        command = facts.command
    host = remote_host or facts.remote_host
    ip = remote_ip or facts.remote_ip

    provider = _provider(host, facts.low, words)
    codes: list[tuple[str, str, Reason]] = []
    low = facts.low
    candidates = {i for w in _CODE_WORD_SET.intersection(words) for i in _CODE_WORDS[w]}
    candidates.update(i for i, needles in _CODE_SUBSTR if any(n in low for n in needles))
    for i in sorted(candidates):
        crule, pattern, needles = _CODE_RULES[i]
        if (provider is not None and crule.provider != provider) or not any(n in low for n in needles):
            continue
        for m in pattern.finditer(facts.low):
            creason = crule.codes.get(m.group(1))
            if creason is not None:
                codes.append((crule.provider, m.group(1), creason))
    if provider is None and codes:
        provider = codes[0][0]
    srule = _STATUS_RULES.get((provider, chosen)) if provider is not None and chosen is not None else None
    blocklist = find_blocklist(facts.low, words, [(p, c) for p, c, _ in codes], srule.blocklist if srule else None)
    reason, rule = _decide(facts if code == facts.smtp_code else facts._replace(smtp_code=code), words,
                           provider=provider, status=chosen, hint=hint, command=command, action=action,
                           blocklist=blocklist, codes=codes)
    permanent = _permanent(code, chosen, action)
    hard = is_hard_bounce(reason, permanent)
    delist = delist_contacts(facts.flat, reason in _BLOCKING or blocklist is not None)
    # The cache holds this private dict (never handed out, `delist` as a tuple):
    # every caller gets its own Reply and its own `delist` list, built by `_reply`.
    return {
        "text": text, "smtp_code": code, "enhanced_status": EnhancedStatus(chosen) if chosen else None,
        "smtp_command": command, "remote_host": host, "remote_ip": ip, "reason": reason,
        "permanent": permanent, "hard_bounce": hard, "blocklist": blocklist, "delist": tuple(delist),
        "provider": provider, "rule": rule,
    }


_FIELDS: Final = tuple(Reply.model_fields)
_new = object.__new__
_set = object.__setattr__


def _reply(result: dict[str, Any]) -> Reply:
    """A new Reply from a cached result, without re-validating the values `_parse` built.

    Pydantic's validation costs about as much as the phrase search of a typical
    reply, and every value here was constructed with its declared type: the model
    is filled the way `BaseModel.model_construct` fills it (every field is given).
    """
    values = result.copy()
    values["delist"] = list(values["delist"])
    reply = _new(Reply)
    _set(reply, "__dict__", values)
    _set(reply, "__pydantic_fields_set__", set(_FIELDS))
    _set(reply, "__pydantic_extra__", None)
    _set(reply, "__pydantic_private__", None)
    return reply


def parse_reply(
    text: str,
    *,
    status: str | None = None,
    smtp_code: int | None = None,
    smtp_command: str | None = None,
    remote_host: str | None = None,
    remote_ip: str | None = None,
    action: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Reply:
    """Classify one SMTP reply or diagnostic text.

    `text` is the reply as a DSN ``Diagnostic-Code``, a bounce body or a Postfix log
    line's parenthesis gives it. The keyword hints come from the caller's context:
    `status` is the DSN's own ``Status:`` (a specific status written in the text
    wins over it; it wins over a generic ``X.0.0`` in the text), `smtp_code` is used
    when the text has no reply code, `smtp_command`, `remote_host` and `remote_ip`
    win over what the text says, `action` (RFC 3464 ``Action:``) decides
    `Reply.permanent` when nothing else does. Only the first `max_chars` characters
    are examined; `Reply.text` keeps the whole input. Never raises for a ``str``.

    >>> r = parse_reply("550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown")
    >>> r.reason.value, r.permanent, r.hard_bounce
    ('userunknown', True, True)
    """
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
    return _reply(_parse(text, status, smtp_code, smtp_command, remote_host, remote_ip, action,
                         max(0, int(max_chars))))
