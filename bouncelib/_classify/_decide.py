"""Deciding the reason of a reply from its evidence, step by step (docs/classifier.md explains each).

Every step looks at one kind of evidence and either decides (a reason and the rule that
decided) or passes. The steps run in this order; the first that decides wins:

1. ``success``: a 2xx reply, a class-2 status or a delivered/relayed/expanded action;
2. ``codes``: a private code of the recognised provider or of an MTA (``[TSS04]``, ``IB103``,
   ``(000C05A6)``): the operator documented what it means;
3. ``provider``: the recognised provider's own wording and its own meaning of a status code;
4. ``blocklist``: the reply names a blocklist (unless its words say reputation);
5. ``words``: the strong phrases of `bouncelib._data.reasons.PHRASES` (longest match, then
   `PRIORITY`) and the concept pairs of `bouncelib._data.concepts` (a subject and a predicate
   in one sentence: "no such mailbox here", "mailbox storage exhausted", "relaying not
   permitted"), the higher in `PRIORITY` of the two;
6. ``status``: the most specific RFC 3463 status (text, else hint);
7. ``command``: a refusal at CONNECT, HELO or EHLO is about the sending host, at MAIL about
   the sender;
8. ``weak``: vague phrases ("access denied", "policy");
9. ``fallback pairs``: `bouncelib._data.concepts.FALLBACK_RULES`, pairs whose subject is in nearly
   every reply ("HTML mail is not accepted here");
10. ``reply code``: the RFC 5321 meaning of a basic code that has one (530/535, 500-504);
11. ``status subject``: a status whose detail says nothing more still names the part that failed
    (X.4.0 the network, X.5.0 the protocol, a permanent X.7.0/X.7.1 the receiver's policy);
12. ``model``: the last resort, a naive Bayes model over the words (`bouncelib._classify._model`,
    trained on the tuning part), when it is sure enough and the text does not say the reason was
    left unstated;
    then ``near words``: a concept pair read with the words one letter from a term of another language (Galician
    "enderezo", Portuguese "endereço"; `bouncelib._classify._concepts.near_terms`), when the model is unsure too;
13. ``onhold`` when the text says something nothing recognised (after a 421, and a temporary reply that only
    says something failed, ``systemerror``), ``undefined`` when empty.

Conventions are applied only where the text carries their evidence (`in_context`): unknown-user
wording is ``filtered`` only in answer to DATA, a DNS failure is ``hostunknown`` only when
permanent, and a reply is ``expired`` only when the queue lifetime ran out (the words say so,
or a report marks as *failed* a delivery whose last reply was temporary).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise
from typing import Any, Final, NamedTuple

from bouncelib._classify._concepts import (
    CAUSE_WORDS_FIRST,
    OR_WORDS_ANY,
    ConceptHit,
    Terms,
    concept_reasons,
    concept_terms,
    examples_offered,
    near_terms,
    reasons_of,
)
from bouncelib._classify._extract import Facts
from bouncelib._classify._match import Hit, PhraseIndex, outermost
from bouncelib._classify._model import guess
from bouncelib._data import providers as _prov
from bouncelib._data.blocklists import BLOCKLISTS, DOMAIN_LISTS
from bouncelib._data.concepts import (
    ADDRESS_FORMAT_WORDS,
    ADDRESS_WORD,
    BARE_FAILURE_WORDS,
    BARE_REFUSAL_FILLERS,
    CONTENT_WORDS,
    DOMAIN_NAME_WORDS,
    FALLBACK_RULES,
    FORM_PHRASES,
    FORM_WORDS,
    IDENTIFIER_WORDS,
    MAILBOX_NAME_WORDS,
    RULES,
    TERMS,
    WEAK_BEFORE_FILLERS,
    WEAK_REFUSALS,
    WEAK_RULES,
    WEAK_STATES,
    ConceptRule,
)
from bouncelib._data.reasons import (
    DIRECTORY_VERDICTS,
    EXPLANATION_PAGES,
    PHRASES,
    PRIORITY,
    REPLY_CODE_MEANINGS,
    RETRY_ADVICE,
)
from bouncelib._data.status_codes import reason_for
from bouncelib._vocab import HARD_REASONS, Reason
from bouncelib.models import Blocklist, EnhancedStatus

__all__ = ["CodeHit", "Evidence", "decide"]

_RANK: Final[dict[Reason, int]] = {r: i for i, r in enumerate(PRIORITY)}


# The term tables are built in one pass over the terms each: asking every term for each concept or each wording
# (a comprehension inside a comprehension) cost seconds at import, with 21,000 terms.
def _terms_by_concept() -> dict[str, frozenset[str]]:
    words: dict[str, list[str]] = {}
    for t in TERMS:
        words.setdefault(t.concept, []).append(t.words)
    return {c: frozenset(ws) for c, ws in words.items()}


def _by_first_word(terms: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for term in terms:
        if " " in term:
            words = tuple(term.split())
            by_first.setdefault(words[0], []).append(words)
    return {first: tuple(ws) for first, ws in by_first.items()}


def _concepts_by_words() -> dict[str, frozenset[str]]:
    concepts: dict[str, set[str]] = {}
    for t in TERMS:
        concepts.setdefault(t.words, set()).add(t.concept)
    return {w: frozenset(cs) for w, cs in concepts.items()}


TERM_CONCEPTS: Final[dict[str, frozenset[str]]] = _terms_by_concept()
# Each concept's terms with a space either side (" no such user "), and all of them in one string, "\0" between
# them, so that `_inside_term` asks once whether a phrase is inside any of them (a phrase holds no "\0").
_PADDED_TERMS: Final[dict[str, tuple[str, ...]]] = {c: tuple(f" {t} " for t in ts) for c, ts in TERM_CONCEPTS.items()}
_JOINED_TERMS: Final[dict[str, str]] = {c: "\0".join(ts) for c, ts in _PADDED_TERMS.items()}
# Each concept's terms of two words or more by their first word (`_heads_past`): a term that begins on a phrase's
# last words and reaches past it.
_TERMS_BY_FIRST: Final[dict[str, dict[str, tuple[tuple[str, ...], ...]]]] = {
    c: _by_first_word(ts) for c, ts in TERM_CONCEPTS.items()
}
# A term's words -> the concepts it names.
_WORD_CONCEPTS: Final[dict[str, frozenset[str]]] = _concepts_by_words()
_WORDS: Final = re.compile(r"[^\W_]+")
_STRONG: Final = PhraseIndex((i, p.text) for i, p in enumerate(PHRASES) if not p.weak)
_WEAK: Final = PhraseIndex((i, p.text) for i, p in enumerate(PHRASES) if p.weak)
_PROVIDER_RULES: Final[dict[str, PhraseIndex[int]]] = {
    pid: PhraseIndex((i, r.phrase) for i, r in enumerate(_prov.RULES) if r.provider == pid)
    for pid in {r.provider for r in _prov.RULES}
}
_STATUS_RULES: Final[dict[tuple[str, str], _prov.StatusRule]] = {
    (rule.provider, s): rule for rule in _prov.STATUS_RULES for s in rule.statuses
}
# Reasons Sisimai later merged (speeding and toomanyconn): a status naming one settles which
# of the two the words meant ("421 4.7.0 Too many messages" is a rate, X.7.0 not X.5.3). Size
# wording is left to the words: servers write X.2.3 (a per-mailbox limit) for their global
# message size limit too ("552 5.2.3 Message size exceeds fixed maximum message size").
_SIBLINGS: Final = {
    Reason.SPEEDING: Reason.TOOMANYCONN,
    Reason.TOOMANYCONN: Reason.SPEEDING,
}
# One way, the status narrowing the words (round r42tune): an address said only to be no user here ("551 not our
# customer", NOT_A_USER) under X.1.6 (RFC 3463: "at one time valid, but mail is no longer being accepted for that
# address") is a mailbox that moved, as Sisimai labels sendmail's "551 not our customer" with 5.1.6; without it,
# unknown. Words saying the user does not exist are not narrowed: sendmail writes 5.1.6 for any 551 without a
# status of its own ("551 User does not exist.", a sendmail 8.17 run), and the words then say more than the code.
_NARROWED: Final = {("concept:NOT_A_USER", Reason.HASMOVED)}
# A blocklist's name decides unless the words say the refusal is about reputation or authentication.
_OVER_BLOCKLIST: Final = frozenset({Reason.BLOCKED, Reason.BADREPUTATION, Reason.AUTHFAILURE})
# Reasons a failed report of a *temporary* reply turns into "expired": the sending MTA retried
# a condition that could pass (no answer, a timeout, a busy server) until its queue lifetime ran out.
_RETRIED: Final = frozenset({Reason.NETWORKERROR, Reason.ONHOLD, Reason.UNDEFINED})
# A retry time that ran out decides over any cause of the last temporary failure, the recipient's mailbox
# too ("mailbox is full: retry timeout exceeded"): the cause only says why the message had not gone through
# when the MTA gave up (corpus/LABELING.md: expired "whatever the last reply"; round 33's convention, which
# reads the Sisimai half's labels of that Exim wording as expired too).
# RFC 5321 section 4.2.3 codes whose meaning is a reason when nothing else says one.
_REPLY_CODES: Final[dict[int, Reason]] = {
    500: Reason.SYNTAXERROR, 501: Reason.SYNTAXERROR, 502: Reason.SYNTAXERROR, 503: Reason.SYNTAXERROR,
    504: Reason.SYNTAXERROR, 530: Reason.SECURITYERROR, 535: Reason.SECURITYERROR, 538: Reason.FAILEDSTARTTLS,
    554: Reason.ONHOLD,
}  # fmt: skip
# Codes whose meaning is read last, when neither the words, the status, the other codes nor the model said
# anything: "421 <domain> Service not available, closing transmission channel" (RFC 5321 section 4.2.3) is the
# receiving service going away (LABELING.md: service unavailable alone is systemerror), e.g. a milter's
# shutdown (Sendmail::PMilter 1.00 Context.pm: "421 4.7.0 Closing communications channel"). Its words often
# say more (a recipient not routed, too many connections), so it comes after the model.
_LAST_REPLY_CODES: Final[dict[int, Reason]] = {421: Reason.SYSTEMERROR}
_SUCCESS_ACTIONS: Final = frozenset({"delivered", "relayed", "expanded"})
_FAILED_ACTIONS: Final = frozenset({"failed", "delayed"})
# qmail-send's sentence when it gives up on a message (qmail-send.c), appended to the last reply.
_QUEUE_TOO_LONG: Final = ("in the queue too long", "not going to try again")
# Words saying the sender *is on a list* (then a named list decides), not only that its reputation is poor.
_LISTING: Final = frozenset({"listed", "blacklisted", "blocklisted", "blacklist", "blocklist", "rbl", "dnsbl"})
_LISTED_IN: Final = ("blocked using", "found in", "black list", "block list", "listing in")
_HOST_COMMANDS: Final = frozenset({"CONNECT", "HELO", "EHLO"})
# RFC 5321 section 4.2.1's x0z replies of class 5: the syntax of the command or its sequence.
_SYNTAX_CODES: Final = frozenset({500, 501, 502, 503, 504})
# A domain list asked about the HELO name or the sender's domain (the MAIL command, the word "sender") refuses the
# sender (`blocked`, the written case blocklists:postfix-dbl-sender). (Round r67entune read the sender's domain as a
# domain the message carries, `spamdetected`; taken out at merge: LABELING.md's "domain the message carries" is read
# both ways and the written case says `blocked`.)
_SENDER_COMMANDS: Final = frozenset({"CONNECT", "HELO", "EHLO", "MAIL"})
_HOST_WORDS: Final = frozenset({"helo", "ehlo", "sender", "client", "hostname"})
# Statuses whose subject and detail say the form of what was sent: X.1.3 (bad destination mailbox address
# syntax), X.5.4 (invalid command arguments), RFC 3463. Not X.1.7 (bad sender's mailbox address syntax): servers
# write it for a sender refused as much as for its form ("550 5.1.7 Invalid sender address"), and only a 501 tells
# the form there (tests/test_status.py). Round r55user had added it for one tuning reply ("535 5.1.7 From email not
# valid"); taken out at merge, as it read every "invalid sender" under 550 5.1.7 as syntax.
_FORM_SUBJECTS: Final = frozenset({(1, 3), (5, 4)})
# A quota named as storage or as the recipient's: a mailbox's quota, not a sending limit.
_STORAGE_QUOTA: Final = ("disk quota", "storage quota", "recipient address rejected", "mailbox quota")
# The bare words of a quota (QUOTA terms that name no storage): any other QUOTA term ("storage", "disk space",
# "mailbox size", "Speicherplatz") names the storage, the mailbox's (round r35tune: "Disk storage has been
# exceeded" read as "Disk quota has been exceeded" is).
_BARE_QUOTA: Final = frozenset({"quota", "cuota", "cota", "kontingent", "kvot", "kota", "kvota", "kuota", "kvotas",
                                "kvoot", "kvote"})
# An address said to lack its domain part is badly formed too (RFC 5321 section 4.1.2: a Mailbox is
# Local-part "@" a domain or address literal), not an unknown one: the concept NO_DOMAIN_PART says so
# anywhere; these looser words ("no domain", "must contain a domain") only under a syntax status or a 501.
_NO_DOMAIN_PART: Final = ("domain part", "contain a domain", "have a domain", "no domain")
# The address-syntax statuses of RFC 3463 section 3.2 (X.1.3 destination, X.1.7 sender): `_syntax_codes`.
_SYNTAX_STATUSES: Final = frozenset({(1, 3), (1, 7)})
# The statuses of a command's malformed or missing argument (RFC 3463 section 3.6: X.5.2 syntax error, X.5.4 invalid
# command arguments): `_malformed_login`.
_ARGUMENT_STATUSES: Final = frozenset({(5, 2), (5, 4)})
# The parties and places whose naming says what an address-syntax status was about (`_syntax_codes`).
_SYNTAX_SUBJECTS: Final = frozenset(("SENDER", "RCPT", "DOMAIN", "HOSTNAME"))
# The concepts that name whose storage is short (a recipient, a mailbox, an account; a quota said exceeded): with
# any of them the storage is the mailbox's, whatever the status (`_system_storage`).
_STORAGE_OWNERS: Final = frozenset(("RCPT", "MAILBOX", "OVER_QUOTA"))
# The words inside a QUOTA term that name its owner ("mailbox size", "domain size limit", "account size") or an
# allotment to one ("storage quota"): the one-word terms of those concepts and of DOMAIN, and the bare quota words.
_OWNER_WORDS: Final = frozenset(
    t.words for t in TERMS if t.concept in _STORAGE_OWNERS | {"DOMAIN"} and " " not in t.words
) | _BARE_QUOTA
_ADDRESS_VERDICTS: Final = frozenset({Reason.USERUNKNOWN, Reason.HOSTUNKNOWN, Reason.REJECTED})


class CodeHit(NamedTuple):
    """A private code found in the reply: its family, the provider writing it (None for an MTA's), its meaning."""

    family: str
    provider: str | None
    code: str
    reason: Reason


class Evidence(NamedTuple):
    """What is known about one reply when its reason is decided."""

    facts: Facts
    words: set[str]
    code: int | None
    status: str | None
    hint: str | None
    command: str | None
    action: str | None
    provider: str | None
    blocklist: Blocklist | None
    codes: tuple[CodeHit, ...]
    # The concept terms of `concept_text`, found by the first step that reads them (`_concept_hits`): empty
    # until then, then holding them and the set of every concept they name (`_present`). The fallback pairs
    # read the same terms with other rules, and finding them again (splitting the sentences, looking up every
    # word) cost more than reading them; the steps asking about a concept the set lacks answer at once.
    terms: list[Any]

    @property
    def transient(self) -> bool:
        """True for a 4xx reply (or a class-4 status when there is no reply code)."""
        if self.code is not None:
            return self.code // 100 == 4
        return self.status is not None and self.status[0] == "4"


Verdict = tuple[Reason, str]


_new_hit = tuple.__new__  # a NamedTuple's own __new__ is a Python function: one call frame per hit


def _best(hits: list[tuple[Reason, int, int, str]]) -> Verdict | None:
    """The winning phrase among `hits` (reason, start, end, rule): outermost spans, then `PRIORITY`."""
    if not hits:
        return None
    if len(hits) == 1:
        reason, _, _, rule = hits[0]  # (most replies: one phrase, nothing to compare it with)
        return reason, rule
    spans = outermost([_new_hit(Hit, (i, s, e)) for i, (_, s, e, _) in enumerate(hits)])
    keep = [hits[h.key] for h in spans]
    reason, _, _, rule = min(keep, key=lambda h: (_RANK[h[0]], h[1]))
    return reason, rule


def status_reason(ev: Evidence) -> Reason | None:
    """The fallback reason of the chosen status, else of the hint."""
    reason = reason_for(ev.status) if ev.status else None
    if reason is None and ev.hint:
        reason = reason_for(ev.hint)
    return reason


def _sibling(best: Verdict, ev: Evidence) -> Verdict:
    """A status naming a sibling of the worded reason settles which of the two it is, and one narrowing what
    vague words say (`_NARROWED`) says which it is."""
    reason = status_reason(ev)
    if reason is not None and (_SIBLINGS.get(best[0]) == reason or (best[1], reason) in _NARROWED):
        return reason, f"status:{ev.status or ev.hint}"
    return best


# ------------------------------------------------------------------ the steps


def _success(ev: Evidence) -> Verdict | None:
    if ev.action is not None and ev.action.lower() in _FAILED_ACTIONS:
        # A report of a failed or delayed delivery quoting a 2xx ("because: 250 Message received
        # OK"): the last reply was fine and the delivery still failed; that reply explains nothing.
        return None
    if (ev.code is not None and ev.code // 100 == 2) or (ev.code is None and ev.status is not None
                                                          and ev.status[0] == "2"):  # fmt: skip
        return Reason.DELIVERED, "status:success"
    if ev.code is None and ev.status is None and ev.action and ev.action.lower() in _SUCCESS_ACTIONS:
        return Reason.DELIVERED, "action:" + ev.action.lower()
    return None


def _codes(ev: Evidence) -> Verdict | None:
    for hit in ev.codes:
        if (hit.provider is not None and hit.provider != ev.provider
                and _prov.PLATFORM_OF.get(ev.provider or "") != hit.provider):
            continue
        if ev.blocklist is not None and hit.reason not in _OVER_BLOCKLIST:
            return None  # Apple's "[CS01] local policy" citing Spamhaus SBL: the listing is the cause
        return hit.reason, f"code:{hit.family}:{hit.code}"
    return None


def _provider(ev: Evidence) -> Verdict | None:
    if ev.provider is None:
        return None
    # A brand on another's platform (AOL on Yahoo's) answers in the platform's own wording.
    index = _PROVIDER_RULES.get(ev.provider) or _PROVIDER_RULES.get(_prov.PLATFORM_OF.get(ev.provider, ""))
    if index is not None:
        found = []
        for h in index.find(ev.facts.words_text, ev.words):
            row = _prov.RULES[h.key]
            found.append((row.reason, h.start, h.end, f"provider:{row.provider}:{row.phrase}"))
        best = _best(found)
        if best is not None and best[0] is Reason.BLOCKED and not _names(ev, "LISTING"):
            # A provider's block template whose words state a sending limit, not a list (Hotmail's RP-001:
            # "some messages from [ip] weren't sent. ... We have limits for how many messages can be sent per
            # hour and per day"): the words decide (LABELING.md: a rate limit is `speeding`).
            words = _words_say(ev)
            if words is not None and words[0] is Reason.SPEEDING:
                return words
        if best is not None and (ev.blocklist is None or best[0] in _OVER_BLOCKLIST):
            return _sibling(best, ev)
    platform = _prov.PLATFORM_OF.get(ev.provider)
    for s in (ev.status, ev.hint):
        rule = (_STATUS_RULES.get((ev.provider, s)) or _STATUS_RULES.get((platform or "", s))) if s else None
        if rule is not None:
            # A reputation status given for a sending limit the words state, with no word of reputation
            # (Google writes 4.7.28 for "an unusual rate of unsolicited mail", its reputation refusal, and for
            # "this sender exceeded the quota for sending messages that have the same Message-ID"): the words
            # decide, as they do over any status (LABELING.md: a rate limit is `speeding`).
            if rule.reason is Reason.BADREPUTATION and not _names(ev, "REPUTATION"):
                words = _words_say(ev)
                if words is not None and words[0] is Reason.SPEEDING:
                    return words
            return rule.reason, f"provider-status:{rule.provider}:{s}"
    return None


def _blocklist(ev: Evidence) -> Verdict | None:
    if ev.blocklist is None:
        return None
    if ev.blocklist.receiver_misconfigured:
        # A DNSBL *error* answer (Spamhaus "open resolver", 127.255.255.25x): the receiver's
        # lookup failed and its MTA misread it as a listing. The receiving system is at fault.
        return Reason.SYSTEMERROR, f"blocklist:{ev.blocklist.id};receiver-misconfigured"
    if (ev.blocklist.id in DOMAIN_LISTS and ev.command not in _SENDER_COMMANDS
            and not _HOST_WORDS.intersection(ev.words)):  # fmt: skip
        # A domain list names a domain the message carries (a link, its From): the content is
        # judged spam. Asked about the HELO name or the sender's domain it refuses the sender.
        return Reason.SPAMDETECTED, f"blocklist:{ev.blocklist.id};domain"
    if (_LISTING.intersection(ev.words) or any(w in ev.facts.words_text for w in _LISTED_IN)
            or _names(ev, "LISTING") or _refused_using(ev) or _refused_by_list(ev)):  # fmt: skip
        if ev.command == "MAIL" and not _names(ev, "CLIENT") and _said_of(ev, "ADDR", "LISTING", 3):
            # In answer to MAIL FROM, an e-mail address said listed and no host named ("550 5.7.1
            # <alice@example.org> has been blacklisted by mx.example.net.", spfmilter, round r67entune): what is
            # listed is the sender's address, LABELING.md's sender refused (`rejected`), not the sending host.
            return Reason.REJECTED, f"blocklist:{ev.blocklist.id};sender-address"
        return Reason.BLOCKED, f"blocklist:{ev.blocklist.id}"
    # "Rejected due to the sending MTA's poor reputation", the list only named by its lookup page
    # (Cisco's SenderBase): the refusal is about reputation, not a listing.
    phrase = _best(_strong_hits(ev))
    if phrase is not None and phrase[0] is Reason.BADREPUTATION:
        return phrase
    hits = _concept_hits(ev)
    if hits and hits[0].reason is Reason.BADREPUTATION:
        return Reason.BADREPUTATION, _concept_rule(hits[0])
    if _said_of(ev, "MESSAGE", "SPAM"):
        # The list named as one of the checks that judged *the message* spam ("Your message was
        # identified as spam on its content and on the server that sent it. Triggered: spamhaus-ZEN,
        # SpamAssassin"), nothing saying the sending host is listed: the verdict is on the message.
        return Reason.SPAMDETECTED, f"blocklist:{ev.blocklist.id};message-spam"
    return Reason.BLOCKED, f"blocklist:{ev.blocklist.id}"


# An identifier of a server's component codes spells its meaning in CamelCase after a dot or colon
# (Exchange: "RESOLVER.ADR.RecipNotFound", "STOREDRV.Deliver.Exception:QuotaExceededException",
# "SMTPSEND.DNS.NonExistentDomain"). A brand ("SpamCop") has no dot before it and stays one word.
# (Written from its "." or ":" rather than a look-behind, and as one pattern for each of the two: a
# pattern starting with one literal character lets the engine skip to each such character, where
# the class [.:] was tested at every character of the reply. A match holds no "." or ":" after its
# first character, so the matches of the two never overlap: in order of position they are those of
# ``[.:]([A-Z]...)``.)
_AFTER_DOT: Final = re.compile(r"\.([A-Z][a-z]+(?:[A-Z][a-z]*)+)")
_AFTER_COLON: Final = re.compile(r":([A-Z][a-z]+(?:[A-Z][a-z]*)+)")
_HUMP: Final = re.compile(r"[A-Z][a-z]*")
# The name of an error class a program raised spells its meaning too, wherever it stands ("...: MinimumTls
# RequirementNotMetError: Expected at least TLS1_0", a sending service quoting its TLS library's error; Java's
# and Python's "...Exception"/"...Error" class names): the name ends in "Error" or "Exception", and one written
# right after "." or ":" is already an identifier above (the look-behind keeps it from being read twice).
# (The look-behind checks the capital with the character before it, so that the engine skips to the capitals: led
# by the look-behind, the pattern was tried at every character, 61k instructions a search. Round r81speed.)
_ERROR_CLASS: Final = re.compile(r"([A-Z](?<![A-Za-z0-9.:][A-Z])[a-z]+(?:[A-Z][a-z]*)*[a-z](?:Error|Exception))\b")


def _identifiers(flat: str) -> list[str]:
    """The CamelCase identifiers of `flat` after a "." or ":", and the error class names, in order."""
    dots = _AFTER_DOT.findall(flat) if "." in flat else []
    colons = _AFTER_COLON.findall(flat) if ":" in flat else []
    errors = _ERROR_CLASS.findall(flat) if "Error" in flat or "Exception" in flat else []
    if errors:
        found = [*_ERROR_CLASS.finditer(flat)]
        if dots:
            found += _AFTER_DOT.finditer(flat)
        if colons:
            found += _AFTER_COLON.finditer(flat)
        return [m.group(1) for m in sorted(found, key=lambda m: m.start())]
    if dots and colons:
        both = sorted((*_AFTER_DOT.finditer(flat), *_AFTER_COLON.finditer(flat)), key=lambda m: m.start())
        return [m.group(1) for m in both]
    return dots or colons


# The same identifiers in a reply written wholly in capitals ("STOREDRV.SUBMISSION.EXCEPTION:OUTBOUNDSPAMEXCEPTION",
# a relay that capitalised the text): no capital marks where a word starts, so each identifier of ten letters
# or more is split into the words of the concept terms and `IDENTIFIER_WORDS`, the fewest that make it up,
# and read only when they make up all of it ("STOREDRV" is no such word and stays unread).
_CAPS_IDENTIFIER: Final = re.compile(r"[.:]([A-Z]{10,})(?![A-Za-z])")
# An error class name in capitals ("...: MINIMUMTLSREQUIREMENTNOTMETERROR"), wherever it stands, as `_ERROR_CLASS`.
_CAPS_ERROR_CLASS: Final = re.compile(r"(?<![A-Z0-9.:])([A-Z]{5,}(?:ERROR|EXCEPTION))(?![A-Za-z])")
_LONGEST_PIECE: Final = 16


_IDENTIFIER_VOCABULARY: Final = IDENTIFIER_WORDS | frozenset(
    w for t in TERMS for w in t.words.split() if w.isascii() and w.isalpha() and len(w) >= 3)


def _capital_identifier_words(identifier: str) -> str | None:
    """The words `identifier` (in capitals) is made of, fewest first, or None if it is not made of known words."""
    low = identifier.lower()
    vocabulary = _IDENTIFIER_VOCABULARY
    best: list[list[str] | None] = [[]] + [None] * len(low)
    for i in range(len(low)):
        here = best[i]
        if here is None:
            continue
        for j in range(i + 3, min(len(low), i + _LONGEST_PIECE) + 1):
            there = best[j]
            if low[i:j] in vocabulary and (there is None or len(there) > len(here) + 1):
                best[j] = [*here, low[i:j]]
    words = best[-1]
    return " ".join(words) if words is not None and len(words) > 1 else None


def concept_text(ev: Evidence) -> str:
    """The text the concept pairs read: `Facts.words_text`, then the words of each CamelCase
    identifier, one per line (a sentence of its own: "RecipNotFound" reads "recip not found")."""
    return concept_text_of(ev.facts.words_text, ev.facts.flat)


def concept_text_of(words_text: str, flat: str) -> str:
    """`concept_text` of a reply's `Facts.words_text` and `Facts.flat` (bench/train_model.py reads it too)."""
    found = _identifiers(flat)
    if not found:
        if flat.isupper() and (":" in flat or "." in flat or "ERROR" in flat or "EXCEPTION" in flat):
            found_caps = [*_CAPS_IDENTIFIER.finditer(flat)]
            if "ERROR" in flat or "EXCEPTION" in flat:
                found_caps = sorted((*found_caps, *_CAPS_ERROR_CLASS.finditer(flat)), key=lambda m: m.start())
            split = [w for m in found_caps if (w := _capital_identifier_words(m.group(1)))]
            return words_text + "".join("\n" + w for w in split)
        return words_text
    return words_text + "".join("\n" + " ".join(_HUMP.findall(f)).lower() for f in found)


def _terms_of(ev: Evidence, text: str | None = None) -> Terms:
    """The concept terms of `concept_text(ev)`, found once per reply (kept in `Evidence.terms`); `text` is
    `concept_text(ev)` when the caller has it already."""
    cache = ev.terms
    if not cache:
        terms = concept_terms(concept_text(ev) if text is None else text)
        cache.append(terms)
        cache.append(frozenset().union(*[concepts for _w, _s, found in terms for _p, _e, concepts in found]))
    found_terms: Terms = cache[0]
    return found_terms


def _present(ev: Evidence) -> frozenset[str]:
    """Every concept a term of `concept_text(ev)` names (found with the terms, once per reply): a step asking
    about concepts none of which the reply names has nothing to read (most replies name a handful)."""
    if not ev.terms:
        _terms_of(ev)
    present: frozenset[str] = ev.terms[1]
    return present


# The concepts one of whose terms a rule needs to match: its predicate, or its subject when it has none (a
# pair is read from its predicate's term; `reasons_of`). A reply naming none of them matches no rule.
_NEEDED: Final = frozenset(r.predicate or r.subject for r in RULES)
_NEEDED_FALLBACK: Final = frozenset(r.predicate or r.subject for r in FALLBACK_RULES)


def _concept_hits(ev: Evidence, *, fallback: bool = False) -> list[ConceptHit]:
    """`concept_reasons(concept_text(ev), fallback=fallback)`, the terms found once per reply."""
    terms = _terms_of(ev)
    if ev.terms[1].isdisjoint(_NEEDED_FALLBACK if fallback else _NEEDED):
        return []
    return reasons_of(terms, fallback=fallback)


# Words `sentences` makes that its text need not hold: the contractions it spells out ("can't" and "cant" ->
# "cannot", "won't" -> "will not", "wasn't" -> "was not"). Every other word of a sentence is a run of characters
# of the text it splits (`concept_text`): the text is only cut at punctuation and spaces, or a character at a time.
_SPELT_WORDS: Final = frozenset(("not", "cannot", "will"))


def _key_words(terms: frozenset[str]) -> tuple[str, ...] | None:
    """One word of each term that the text must hold for the term to be found (its longest word `sentences`
    cannot make), or None when a term has none (all its words may come from a spelt-out contraction)."""
    keys = set()
    for term in terms:
        own = [w for w in term.split() if w not in _SPELT_WORDS]
        if not own:
            return None
        keys.add(max(own, key=lambda w: (len(w), w)))
    return tuple(sorted(keys))


# Each concept's key words (`_key_words`): when none is in the text, no term of the concept can be found, and
# `_names` answers without splitting the sentences. (The replies decided before the words are read, by a code,
# a provider or a list, asked only whether the queue gave up, QUEUE_LIFETIME, and paid a whole split for it.)
_KEY_WORDS: Final[dict[str, tuple[str, ...] | None]] = {c: _key_words(ts) for c, ts in TERM_CONCEPTS.items()}


def names_concept(ev: Evidence, concept: str) -> bool:
    """Whether a term of `concept` occurs in the reply (`_names`, for the delisting contacts' reading)."""
    return _names(ev, concept)


def _names(ev: Evidence, concept: str) -> bool:
    """Whether a term of `concept` (`bouncelib._data.concepts`) occurs in the reply."""
    if not ev.terms:  # (the terms not found yet: a substring search may spare finding them)
        keys = _KEY_WORDS.get(concept)
        if keys is not None:
            text = concept_text(ev)
            # (A loop, not `any` over a generator: a handful of keys, most replies hold none.)
            for key in keys:
                if key in text:
                    break
            else:
                return False
            _terms_of(ev, text)  # (found from the text just made, not from a second `concept_text`)
    return concept in _present(ev)


def _refused_using(ev: Evidence) -> bool:
    """Whether a refusal word is followed by "using" (Postfix's reject_rbl_client "Client host [..] blocked
    using <list>", Barracuda's "Client host [..] rejected using Barracuda Reputation"): the named list is what
    the refusal used, whichever word of the REFUSED concept says it (`bouncelib._data.concepts`)."""
    if "REFUSED" not in _present(ev):
        return False
    for words, start, found in _terms_of(ev):
        for _pos, end, concepts in found:
            after = end - start + 1
            if "REFUSED" in concepts and after < len(words) and words[after] == "using":
                return True
    return False


# Each list's names as words (its markers as the concept text spells them), to find the list named right after
# "by" ("Your email messages have been blocked by Trend Micro Email Reputation Service", Trend Micro KB 1056643).
_LIST_NAMES: Final[dict[str, tuple[tuple[str, ...], ...]]] = {
    row.id: tuple(tuple(re.findall(r"[0-9a-z]+", m.lower())) for m in row.markers) for row in BLOCKLISTS
}


def _refused_by_list(ev: Evidence) -> bool:
    """Whether a refusal word is followed by "by" and the named list's own name: the list is the agent that
    refused (as "blocked using <list>" says it, `_refused_using`), and the words of its name ("Email Reputation
    Service") name it, they do not say the refusal is about reputation."""
    if ev.blocklist is None or "REFUSED" not in _present(ev):
        return False
    names = _LIST_NAMES.get(ev.blocklist.id, ())
    for words, start, found in _terms_of(ev):
        for _pos, end, concepts in found:
            after = end - start + 1
            if "REFUSED" in concepts and words[after : after + 1] == ["by"]:
                rest = tuple(words[after + 1 :])
                if any(name and rest[: len(name)] == name for name in names):
                    return True
    return False


def _said_of(ev: Evidence, subject: str, predicate: str, window: int = 6) -> bool:
    """Whether a term of `predicate` stands at most `window` words from a term of `subject` in one sentence."""
    present = _present(ev)
    if subject not in present or predicate not in present:
        return False
    for _words, _start, found in _terms_of(ev):
        subjects = [(pos, end) for pos, end, concepts in found if subject in concepts]
        if not subjects:
            continue
        for pos, end, concepts in found:
            if predicate in concepts and any(
                (pos - s_end if s_pos < pos else s_pos - end) <= window for s_pos, s_end in subjects
            ):
                return True
    return False


# Each phrase's reason and rule name, made once: a hit costs a tuple look-up instead of two rows' attributes
# and a new string.
_PHRASE_RULES: Final = tuple((p.reason, ("weak:" if p.weak else "phrase:") + p.text) for p in PHRASES)


def _strong_hits(ev: Evidence) -> list[tuple[Reason, int, int, str]]:
    return _phrase_hits(_STRONG, ev)


def _phrase_hits(index: PhraseIndex[int], ev: Evidence) -> list[tuple[Reason, int, int, str]]:
    """(reason, start, end, rule) of each phrase of `index` found in the reply."""
    found = []
    text = ev.facts.words_text
    for key, start, end in index.find(text, ev.words):
        reason, rule = _PHRASE_RULES[key]
        found.append((reason, start, end, rule))
    if found and (not text.isascii() or not OR_WORDS_ANY.isdisjoint(ev.words)
                  or not CAUSE_WORDS_FIRST.isdisjoint(ev.words)):
        # A phrase in causes offered as examples and alternatives ("e.g. because the mailbox is full or ..."), or
        # in a list of causes said to be only possible ("possible causes are: ..."): none of them is this
        # message's (corpus/LABELING.md, "Two causes offered as alternatives").
        found = [f for f in found if not examples_offered(text[: f[1]], text[f[1] :])]
    return found


def _concept_rule(hit: ConceptHit) -> str:
    return f"concept:{hit.rule.subject}" + (f"+{hit.rule.predicate}" if hit.rule.predicate else "")


def _page(ev: Evidence) -> Verdict | None:
    """The reason of a page the reply points to instead of words (`EXPLANATION_PAGES`), as a phrase."""
    low = ev.facts.low
    if "/why" not in low and "smtplf" not in low:  # (the table's pages: most replies pay two searches)
        return None
    for page, reason, _source in EXPLANATION_PAGES:
        if page in low:
            return reason, f"page:{page}"
    return None


def _words_say(ev: Evidence) -> Verdict | None:
    """What the words say: the best strong phrase and the best concept pair, the higher in `PRIORITY`.

    A phrase names a wording someone wrote; a concept pair names a meaning, which also
    catches the next wording of it. When both speak, the more specific reason wins (a
    greylisting named beside "Sender address rejected" is a temporary block). A clause naming
    the cause ("due to ...") decides the concept reading, and wins over the phrase.
    """
    text = ev.facts.words_text
    if "-'" in text and (template := _STATUS_TEMPLATE.search(text)) is not None:
        # Exchange's template quoting the remote reply: the reply's own words first, read alone; the status
        # description Exchange put before it speaks only when they say nothing.
        quoted = ev._replace(facts=ev.facts._replace(words_text=text[template.end() :]), terms=[])
        said = _words_of(quoted)
        if said is not None:
            return said
    return _words_of(ev)


def _words_of(ev: Evidence) -> Verdict | None:
    phrase = _best(_strong_hits(ev)) or _page(ev)
    hits, from_cause = _concept_reading(ev)
    concept = (hits[0].reason, _concept_rule(hits[0])) if hits else None
    decisive = bool(hits) and (hits[0].rule.decisive or from_cause or _part_of_pair(phrase, hits[0])
                               or (phrase is not None and phrase[1] in _SUBJECT_ONLY)
                               or _inside_term(phrase, hits[0], ev.facts.words_text))
    best = (concept if phrase is None or (concept is not None and (decisive or _RANK[concept[0]] < _RANK[phrase[0]]))
            else phrase)  # fmt: skip
    if best is phrase and phrase is not None and phrase[1].removeprefix("phrase:") in RETRY_ADVICE:
        # The request to retry later names no cause (RETRY_ADVICE): a status saying the address is bad says more
        # ("550 5.1.1 ... Please try again later" is the unknown address it was appended to). Vague words do not:
        # beside the advice, "mailbox unavailable" or "Recipient address rejected" is a state said to pass, and
        # "Service unavailable - try again later" is the service failing for now, the advice's own case.
        named = _status(ev)
        if named is not None and named[0] in HARD_REASONS:
            return named
    if best is phrase and phrase is not None and phrase[1].removeprefix("phrase:") in REPLY_CODE_MEANINGS:
        # RFC 5321's meaning of the reply code written as its text (REPLY_CODE_MEANINGS): a size status says
        # whose storage ran over, the system's (X.3.4) or the mailbox's own limit (X.2.3).
        named = _status(ev)
        if named is not None and named[0] in (Reason.MESGTOOBIG, Reason.EXCEEDLIMIT):
            return named
    return in_context(_sibling(best, ev), ev) if best is not None else None


# Exchange 2000/2003's notice line "The reason for the problem: 4.1.0 - Unknown address error 451-'DNS temporary
# failure (#4.3.0)'": the status, the description Exchange gives every status of that class, then the remote
# server's own reply quoted after its code and "-'" (round r53sys: ben.hamilton.id.au's delay notice; the same
# layout in dbmailserver.com's and blackpearlmail's pages). The description is a paraphrase chosen by the
# status's class (corpus/LABELING.md, "A notice quoting the remote server's reply").
_STATUS_TEMPLATE: Final = re.compile(r"\b[245]\.\d{1,3}\.\d{1,3} - [a-z][a-z ]{2,60}? [245]\d\d-'")


def _concept_reading(ev: Evidence) -> tuple[list[ConceptHit], bool]:
    """The concept pairs that speak, best first, and whether a clause naming the cause gave them."""
    hits = _cause(ev.facts.words_text)
    from_cause = bool(hits)
    if from_cause and hits[0].reason is Reason.SPAMDETECTED:
        # Spam given as the cause of a refusal of a *party* ("Your IP is blocked due to spam", "Sender
        # address rejected: Blocked due to spam"): why the sending host or the sender was refused, not a
        # message judged spam; the refusal of the party is the reason.
        party = next((h for h in _concept_hits(ev) if h.rule.subject in _REFUSED_PARTIES
                      and h.reason in (Reason.BLOCKED, Reason.REJECTED)), None)  # fmt: skip
        if party is not None:
            hits = [party]
    if from_cause and hits[0].rule.subject == "POLICY" and hits[0].rule.predicate is None:
        # A cause that names only a policy ("Rejecting due to security policy - Sender ... has been blacklisted",
        # spamilter's every refusal) is the frame; the clause after its dash says which rule of it refused what,
        # and a pair read there (a party and what about it) is the cause.
        rule_said = _policy_rule(ev.facts.words_text)
        if rule_said is not None:
            hits = [rule_said]
    if from_cause and hits[0].reason is not Reason.SUPPRESSED:
        # A suppression the cause clause explains ("recipient address suppressed due to customer policy",
        # SparkPost's generation rejection): the sending platform refused to try, and what put the address
        # on its list (a policy, a complaint, a bounce) is history; the suppression is the reason.
        suppressed = next((h for h in _concept_hits(ev) if h.reason is Reason.SUPPRESSED), None)
        if suppressed is not None:
            hits = [suppressed]
    if not from_cause:
        hits = _concept_hits(ev)
        if hits and _frames_a_cause(hits[0].rule):
            cause = _colon_cause(ev.facts.words_text, hits[0])
            if cause is not None:
                hits, from_cause = [cause], True
        if hits and hits[0].rule.cause_follows:
            cause = _next_sentence_cause(ev, hits)
            if cause is not None:
                hits, from_cause = [cause], True
    return hits, from_cause


# Phrases that are only a word for a party of the delivery, the sending host or the sender ("your ip"): they
# name who, and a pair that says what about something ("Relay from your IP ... is denied": the relaying) is the
# more precise reading. (Not a thing's word: an "attachment" or a "procmail" named is what was refused or failed.)
_PARTIES: Final = frozenset(("CLIENT", "SENDER"))
_PREDICATES: Final = frozenset(r.predicate for r in RULES if r.predicate is not None)
_SUBJECT_ONLY: Final = frozenset(
    rule for p, (_, rule) in zip(PHRASES, _PHRASE_RULES, strict=True)
    if (c := _WORD_CONCEPTS.get(" ".join(_WORDS.findall(p.text.lower())), frozenset())) & _PARTIES
    and not c & _PREDICATES
)


def _part_of_pair(phrase: Verdict | None, hit: ConceptHit) -> bool:
    """Whether the phrase is one of the pair's own terms ("blacklisted" in "sender address is
    blacklisted"): the pair says the same and what it is said of, so it is the more precise."""
    if phrase is None or hit.rule.predicate is None:
        return False
    text = phrase[1].removeprefix("phrase:")
    return text in TERM_CONCEPTS.get(hit.rule.predicate, ()) or text in TERM_CONCEPTS.get(hit.rule.subject, ())


def _inside_term(phrase: Verdict | None, hit: ConceptHit, words_text: str) -> bool:
    """Whether the phrase is part of a longer term of the pair's own concepts that the text holds ("lookup
    failure" inside "user lookup failure", "dkim" inside "dkim signing failed"), or whose last words begin such a
    term of syntax that reaches past it (`_heads_past`: "invalid mailbox" before "mailbox syntax"): the longer
    match says more, as a phrase inside a longer phrase is dropped."""
    if phrase is None or phrase[0] is hit.reason or not phrase[1].startswith("phrase:"):
        return False
    inner = f" {phrase[1].removeprefix('phrase:')} "
    words = ""
    for concept in (hit.rule.subject, hit.rule.predicate):
        # (One substring search of all the concept's terms rules out most pairs: a term padded one at a
        # time cost a new string per term, hundreds for REFUSED or RCPT, on three replies of four.)
        if concept is None:
            continue
        if concept in _HEADED and _heads_past(inner.split(), concept, words_text):
            return True
        if inner not in _JOINED_TERMS.get(concept, ""):
            continue
        for term in _PADDED_TERMS[concept]:
            if len(term) > len(inner) and inner in term:
                words = words or f" {' '.join(_WORDS.findall(words_text))} "
                if term in words:
                    return True
    return False


# The concepts whose terms end on the head of what a reply judges, the syntax of a thing ("mailbox syntax"): words
# before such a term qualify it ("invalid mailbox syntax"). Not every term reaching past a phrase is its head: in
# "user unknown error" the error is of an unknown user, and the phrase's verdict stands.
_HEADED: Final = frozenset(("SYNTAX",))


def _heads_past(phrase: list[str], concept: str, words_text: str) -> bool:
    """Whether a term of `concept` begins on the phrase's last words and reaches past it, in the text ("invalid
    mailbox" and "mailbox syntax" in "Invalid mailbox syntax", "bad destination mailbox" and "mailbox address
    syntax"): the phrase's words are then a modifier of the term's head, and the term names what was judged (the
    address's syntax, not the mailbox)."""
    firsts = _TERMS_BY_FIRST.get(concept, {})
    words = ""
    for k in range(1, len(phrase)):
        for term in firsts.get(phrase[-k], ()):
            if len(term) > k and list(term[:k]) == phrase[-k:]:
                words = words or f" {' '.join(_WORDS.findall(words_text))} "
                if f" {' '.join(phrase + list(term[k:]))} " in words:
                    return True
    return False


_CAUSE_MARKERS: Final = (" due to ", " because of ", " because ")
# The text an exception carries, quoted after the exception it belongs to ("Failed to process message due to a
# permanent exception with message Cannot open mailbox ...", Exchange's store driver after the exception's class,
# "QuotaExceededException"): what the failing step printed, a symptom, not the cause the clause names (round
# r57sys: pastebin.com/bN5U408y, a mailbox over its shutoff quota read as "cannot open" the system's own files).
_WITH_MESSAGE: Final = " with message "
# The parties a refusal may be of, whose refusal a cause clause of spam explains rather than replaces.
_REFUSED_PARTIES: Final = frozenset(("CLIENT", "SENDER", "SENDING", "ACCOUNT_SENDING"))
# Words pointing the reader to a page, whose title follows ("For more information, go to Message bounced due to
# a policy rule"): a "due to" in that title explains nothing of the reply.
_POINTERS: Final = (" go to ", " visit ", " see ")


def _names_cause(text: str) -> bool:
    """Whether a marker of `_CAUSE_MARKERS` is in `text` (" because of " holds " because ")."""
    return " due to " in text or " because " in text


def _cause(text: str) -> list[ConceptHit]:
    """The concepts of the clause that names the cause ("... temporarily rejected due to a
    temporary system problem"): what follows "due to" / "because" explains what precedes it,
    unless it is in the title of a page the sentence points to."""
    for marker in _CAUSE_MARKERS:
        if marker in text:  # (`in` costs a third of a `str.find` call, and most replies have none)
            i = text.find(marker)
            start = max(text.rfind(". ", 0, i), text.rfind(";", 0, i), text.rfind("\n", 0, i)) + 1
            before = " " + text[start:i] + " "
            if any(p in before for p in _POINTERS):
                return []
            clause = text[i + len(marker) :]
            end = min((j for j in (clause.find(". "), clause.find(";"), clause.find(" - "), clause.find(_WITH_MESSAGE))
                       if j >= 0), default=-1)  # fmt: skip
            clause = clause[:end] if end >= 0 else clause
            # Causes given as examples and alternatives ("e.g. because the mailbox is full or ..."): none is this one.
            if examples_offered(text[:i], clause):
                return []
            return concept_reasons(clause)
    return []


def _policy_rule(text: str) -> ConceptHit | None:
    """The rule a policy named as the cause applied, said after a dash that ends the cause clause ("due to
    security policy - Helo hostname/ip mismatch"): the best pair of that clause (a subject and a predicate,
    not one more policy word), up to the end of its sentence. None when there is no such clause or pair."""
    for marker in _CAUSE_MARKERS:
        if marker in text:
            i = text.find(marker) + len(marker)
            dash = text.find(" - ", i)
            stop = min((j for j in (text.find(". ", i), text.find(";", i)) if j >= 0), default=len(text))
            if dash < 0 or dash > stop:
                return None
            rest = text[dash + 3 :]
            end = min((j for j in (rest.find(". "), rest.find(";")) if j >= 0), default=-1)
            found = concept_reasons(rest[:end] if end >= 0 else rest)
            # A pair first (a party and what about it); else a concept that means a reason alone ("Blacklisted
            # host": a listing), anything but one more policy word.
            pair = next((h for h in found if h.rule.predicate is not None and h.rule.subject != "POLICY"), None)
            return pair or next((h for h in found if h.rule.subject != "POLICY"), None)
    return None


# Pairs after which a colon introduces the cause: a bare failure ("Authentication failed: ..."), and a refusal
# of the client's login that ends its clause right before the colon, the frame a restriction writes its own
# text into (Postfix's check_sasl_access: "SASL login name rejected: <the table's text>"): the login was
# refused for what the text says, not for its credentials.
_LOGIN_FRAME: Final = ("SMTPAUTH", "REFUSED")


def _frames_a_cause(rule: ConceptRule) -> bool:
    """Whether a clause after the colon that follows `rule`'s pair states its cause (`_LOGIN_FRAME`)."""
    return rule.predicate == "FAILED" or (rule.subject, rule.predicate) == _LOGIN_FRAME


def _colon_cause(text: str, failure: ConceptHit) -> ConceptHit | None:
    """The cause a bare failure states after its colon ("Authentication failed: Maximum credits exceeded",
    "TLS negotiation failed: ..."): a pair saying only that something FAILED names no cause (RFC 3463's X.0
    "other or undefined"), and the clause it introduces says what the failure was; that clause's best pair
    decides, as a "due to" clause does, unless it is one more bare failure. None when no colon follows the
    failure in its sentence or the clause reads nothing."""
    if ": " not in text:
        return None
    start = 0
    while (i := text.find(": ", start)) >= 0:
        before = text[:i]
        sentence = before[max(before.rfind(". "), before.rfind(";"), before.rfind("\n")) + 1 :]
        if any(h.rule == failure.rule for h in concept_reasons(sentence)) and (
            failure.rule.predicate == "FAILED" or _ends_with_pair(sentence, failure)
        ):
            clause = text[i + 2 :]
            end = min((j for j in (clause.find(". "), clause.find(";"), clause.find("\n")) if j >= 0), default=-1)
            found = concept_reasons(clause[:end] if end >= 0 else clause)
            if found and found[0].reason is Reason.USERUNKNOWN and failure.rule.subject == "SMTPAUTH":
                # A login failed for an account or user that does not exist ("Authentication failed: No such
                # account"): the name is the login's, not a recipient's (RFC 4954 section 6, 535 5.7.8 credentials
                # invalid), so the failed authentication is the reason, as `_login_name` reads it after AUTH.
                return None
            if found and found[0].rule.predicate != "FAILED" and found[0].reason is not failure.reason:
                return found[0]
            return None
        start = i + 2
    return None


def _ends_with_pair(sentence: str, hit: ConceptHit) -> bool:
    """Whether the pair of `hit` ends `sentence`: read in it, and no longer read without its last word (the
    refusal is the clause's last word, the frame a restriction's text follows)."""
    shorter = sentence.rstrip().rpartition(" ")[0]
    return not any(h.rule == hit.rule for h in concept_reasons(shorter))


def _next_sentence_cause(ev: Evidence, hits: list[ConceptHit]) -> ConceptHit | None:
    """The best pair read in the sentence right after the one of `hits[0]`, a failure named without its cause
    (`ConceptRule.cause_follows`): Exim writes "Could not complete recipient verify callout for <...>." and
    then "The mail server(s) for the domain may be temporarily unreachable". None when that sentence names
    no cause (or only another failure without one)."""
    terms = _terms_of(ev)
    at = hits[0].at
    for k, (words, start, _found) in enumerate(terms):
        if start <= at < start + len(words):
            if k + 1 == len(terms):
                return None
            nxt_words, nxt, _ = terms[k + 1]
            return next((h for h in hits if nxt <= h.at < nxt + len(nxt_words) and not h.rule.cause_follows),
                        None)
    return None


def _status(ev: Evidence) -> Verdict | None:
    reason = status_reason(ev)
    if reason is None or reason is Reason.UNDEFINED:
        return None
    source = ev.status if ev.status and reason_for(ev.status) else ev.hint
    return in_context((reason, f"status:{source}"), ev)


def _command(ev: Evidence) -> Verdict | None:
    if ev.code is None and ev.status is None:
        return None
    # RFC 5321 section 4.2.1: a 50z reply (500-504: syntax error, command unrecognised, parameters, not
    # implemented, bad sequence) says the command itself was wrong, which the command it answered does not
    # outweigh ("503 5.5.0 Sender already specified" to a MAIL is the sequence, not a refused sender); the reply
    # code decides it later (`_REPLY_CODES`), after the words' weaker readings.
    if ev.code in _SYNTAX_CODES and ev.command == "MAIL":
        return None
    if ev.command in _HOST_COMMANDS:
        return Reason.BLOCKED, f"command:{ev.command}"
    if ev.command == "MAIL":
        return Reason.REJECTED, f"command:{ev.command}"
    return None


def _weak_pair(ev: Evidence) -> tuple[Reason, int, int, str] | None:
    """The first of `WEAK_RULES` said in a sentence, as a phrase hit: a vague predicate (a one-word term, a REFUSED
    one an act of `WEAK_REFUSALS`, or a longer vague state of `WEAK_STATES`: "not available") at most `window`
    words from its subject (the words between counted plus one). Said after its subject, only articles,
    auxiliaries (`BARE_REFUSAL_FILLERS`: "mailbox is unavailable", not "destination host unavailable") and the
    address the subject names ("Email address - <addr> - is not available here") between; said before it, the
    act done to it ("rejected recipient <addr>", "refused the recipient"), only articles and the address
    (`WEAK_BEFORE_FILLERS`: "rejected by the recipient" names who refused, not what was refused), and nothing
    said of the subject after it ("Message rejected: Email address is not verified", SES: the address begins a
    clause of its own)."""
    present = _present(ev)
    if present.isdisjoint(_WEAK_SUBJECTS):
        return None
    for rule in WEAK_RULES:
        if rule.subject not in present or rule.predicate not in present:
            continue
        for words, start, found in _terms_of(ev):
            subjects = [(pos, end) for pos, end, concepts in found if rule.subject in concepts]
            for pos, end, concepts in found if subjects else ():
                if rule.predicate not in concepts:
                    continue
                if pos == end:  # a one-word predicate: a REFUSED one only if it is an act of WEAK_REFUSALS
                    if rule.predicate == "REFUSED" and words[pos - start] not in WEAK_REFUSALS:
                        continue
                elif (joined := " ".join(words[pos - start : end - start + 1])) not in WEAK_STATES and (
                        joined not in WEAK_REFUSALS):  # an act of refusing written in more than one word (CJK)
                    continue
                for s_pos, s_end in subjects:
                    if 0 < pos - s_end <= rule.window and all(
                        words[i - start] in BARE_REFUSAL_FILLERS or words[i - start] == ADDRESS_WORD
                        for i in range(s_end + 1, pos)
                    ):
                        return rule.reason, pos, end, f"weak:{rule.subject}+{rule.predicate}"
                    if 0 < s_pos - end <= rule.window and all(
                        words[i - start] in WEAK_BEFORE_FILLERS for i in range(end + 1, s_pos)
                    ) and all(words[p - start] == ADDRESS_WORD for p, _e, _c in found if p > s_end):
                        return rule.reason, pos, end, f"weak:{rule.predicate}+{rule.subject}"
    return None


# The subjects of `WEAK_RULES`: a reply naming none of them has no weak pair to read.
_WEAK_SUBJECTS: Final = frozenset(rule.subject for rule in WEAK_RULES)


def _weak(ev: Evidence) -> Verdict | None:
    hits = _phrase_hits(_WEAK, ev)
    if (not hits and not _present(ev).isdisjoint(_WEAK_SUBJECTS) and not _names_cause(ev.facts.words_text)
            and not _names(ev, "UNSTATED") and (pair := _weak_pair(ev))):  # fmt: skip
        # A cause given ("recipient rejected due to ...") says the refusal is not the vague one the pair reads,
        # and a reason said to be unknown ("rejected for unknown reason", UNSTATED) calls no address bad.
        hits = [pair]
    best = _best(hits)
    if best is None:
        return None
    if best[0] is Reason.BLOCKED and any(h[0] in _ADDRESS_VERDICTS for h in hits):
        # Vague words of a refused access said of an address the server names as the refused thing
        # (Postfix's "Recipient address rejected: Access denied", a recipient access rule): the
        # sending host was not refused, and the words say nothing more; later steps (the status's
        # subject, X.7.1 the receiver's policy) decide. "Client host rejected: Access denied" names
        # no address and stays the host's (LABELING.md, "Doubtful wordings").
        return None
    if best[0] is Reason.BLOCKED and _message_blocked(ev):
        # "Message blocked" and nothing more that speaks (LABELING.md, "Doubtful wordings": a provider's tag, "If
        # this is a false positive ...", a URL): the vague word is said of the message, not of the sending host,
        # and names no cause. Later steps decide: an X.7.x status the site's unnamed policy, none onhold, as
        # "Message rejected" (round r51tune).
        return None
    if (sd := _subject(ev.status)) is not None and sd[0] == 7 and any(h[0] in _ADDRESS_VERDICTS for h in hits):
        # Vague words of a refused address ("Recipient address rejected", Postfix's prefix for every
        # recipient restriction) under a security or policy status (X.7.x): the status says why, and it
        # is no verdict on the address (never a hard bounce on such evidence). The vague words beside it
        # ("Recipient address rejected: Access denied", a recipient access rule) are said of that address,
        # not of the sending host: they pass too, and the status's subject decides.
        return None
    return in_context(best, ev)


def _message_blocked(ev: Evidence) -> bool:
    """Whether a sentence says the message was blocked: a MESSAGE term, then the one word "blocked" (a REFUSED
    term) with only `BARE_REFUSAL_FILLERS` between ("Message blocked", "Your mail was blocked by the receiver")."""
    for words, start, found in _terms_of(ev):
        for (_pos, end, concepts), (n_pos, n_end, n_concepts) in pairwise(found):
            if ("MESSAGE" in concepts and "REFUSED" in n_concepts and n_pos == n_end
                    and words[n_pos - start] == "blocked"
                    and all(words[i - start] in BARE_REFUSAL_FILLERS for i in range(end + 1, n_pos))):  # fmt: skip
                return True
    return False


def _fallback_pairs(ev: Evidence) -> Verdict | None:
    if _bare_invalid_email(ev):
        return Reason.SYNTAXERROR, "concept:EMAIL_NAME+INVALID;address-as-written"
    # The reason said to be left unstated ("refused your mail for some reasons", UNSTATED): a kind
    # of message refused is then not a policy, only a refusal nobody explained.
    if _present(ev).isdisjoint(_NEEDED_FALLBACK) or _names(ev, "UNSTATED") or _bare_refusal(ev):
        return None
    hits = [h for h in _concept_hits(ev, fallback=True) if h.rule.predicate is not None or not _protocol_code(ev)]
    return in_context((hits[0].reason, _concept_rule(hits[0])), ev) if hits else None


# RFC 5321 section 4.2.2's syntax and sequence codes ("500 Syntax error, command unrecognized", "503 Bad sequence
# of commands"): a fallback subject alone (HELO: the reply is about the greeting, nothing said of it) is not read
# there, where the code itself says the command was out of place or malformed ("503 Polite people say HELO first").
_PROTOCOL_CODES: Final = frozenset((500, 501, 502, 503, 504))


def _protocol_code(ev: Evidence) -> bool:
    return ev.code in _PROTOCOL_CODES


def _bare_invalid_email(ev: Evidence) -> bool:
    """Whether the text only says that an e-mail is invalid ("Invalid email", "Email no válido", "E-mail je
    neplatný", "无效的电子邮件"): one sentence of an EMAIL_NAME term and an INVALID term, at most one word between them
    and no other word, with no reply code, status, command or report around it. A form's verdict on what was typed
    in its e-mail field: the word "e-mail" names the address there (no message is invalid in a form), and an
    address said invalid and nothing more is the address as written judged, syntaxerror (corpus/LABELING.md
    "Invalid (e-mail) address", as `_bare_invalid_address` reads "Invalid e-mail address"). Round r78web."""
    if ev.code is not None or ev.status is not None or ev.command is not None or ev.action is not None:
        return False
    present = _present(ev)
    if "EMAIL_NAME" not in present or "INVALID" not in present:
        return False
    speaking = [(words, start, found) for words, start, found in _terms_of(ev) if found]
    if len(speaking) != 1 or len(speaking[0][2]) != 2:
        return False
    words, start, ((pos1, end1, first), (pos2, end2, second)) = speaking[0]
    if ("EMAIL_NAME" in first) == ("EMAIL_NAME" in second):
        return False
    if "INVALID" not in (second if "EMAIL_NAME" in first else first):
        return False
    # The two terms and at most one word between them make the whole sentence.
    return pos1 == start and end2 == start + len(words) - 1 and pos2 - end1 <= 2


def _bare_refusal(ev: Evidence) -> bool:
    """Whether the reply only says that the message was refused ("554 Your message was refused",
    "Mensagem recusada"): one sentence of concept terms, a MESSAGE term and a one-word REFUSED term (an
    act, not a rule such as "not allowed"), the rest numbers or `BARE_REFUSAL_FILLERS`. It names no
    kind of message and no cause (LABELING.md): the status may still tell, else onhold."""
    present = _present(ev)
    if "MESSAGE" not in present or "REFUSED" not in present:
        return False
    speaking = [(words, start, found) for words, start, found in _terms_of(ev) if found]
    if len(speaking) != 1:
        return False
    words, start, found = speaking[0]
    # A one-word tag that is a concept's term too ("554 ERROR: Mail refused", SendGrid: the ERROR concept) is
    # a filler here: it says there was a failure, which the refusal says already, and names no cause.
    # The reporting MTA's note after the reply, of the command it answered ("(in reply to RCPT TO command)",
    # Postfix's smtp(8)): when the refusal came, not why (round r51tune).
    last = max((i for i in range(len(words) - 2) if words[i : i + 3] == ["in", "reply", "to"]), default=len(words))
    found = [f for f in found if not (f[0] == f[1] and words[f[0] - start] in BARE_REFUSAL_FILLERS)
             and f[0] - start < last]  # fmt: skip
    if len(found) != 2 or "MESSAGE" not in found[0][2] or "REFUSED" not in found[1][2] or found[1][0] != found[1][1]:
        return False
    if any(words[i - start] in CONTENT_WORDS for i in range(found[0][0], found[0][1] + 1)):
        return False  # the content judged, a content rule: the fallback pair reads it (CONTENT_WORDS)
    covered = {i - start for pos, end, _c in found for i in range(pos, end + 1)}
    # The framing before the reply (`_reply_start`): who answered, or the client's exception, not what it says.
    first = _reply_start(ev, words, found[0][0] - start)
    # A word with a digit in it is a number or an identifier the server wrote beside the refusal (a queue or
    # session id, "550 2efb645ddd8af6f-15f8b Mail rejected", a public issue's Gmail-relayed reply; round
    # r53policy): a name for the transaction, no cause, as a number is.
    return all(i in covered or any(c.isdigit() for c in w) or w in BARE_REFUSAL_FILLERS
               for i, w in enumerate(words) if first <= i < last)  # fmt: skip


def _reply_start(ev: Evidence, words: list[str], subject: int) -> int:
    """Where the reply's own words start in a sentence whose subject term is at index `subject`: after the
    reporting MTA's framing ("host mx.example.net[192.0.2.1] said: 554 Mail refused", Postfix; round r39tune2,
    bench/reply_perturb.py's prefix: who answered, not what the reply says) and after a client's exception around
    the reply it quotes ("smtplib.SMTPDataError: (550, b'... Mail rejected')", Python's smtplib: the exception's
    name, the reply code, the text as a bytes literal b'...'; round r62cli): the words before the reply code name
    the client's error, not the server's cause, and the "b" of the bytes literal is no word of the reply."""
    first = 1 + max((i for i, w in enumerate(words) if w == "said" and i < subject), default=-1)
    code = str(ev.code) if ev.code is not None else None
    at = max((i for i, w in enumerate(words) if w == code and i < subject), default=-1)
    if at >= first:
        first = at + 1 + int(at + 1 < len(words) and words[at + 1] == "b")
    return first


def _reply_code(ev: Evidence) -> Verdict | None:
    reason = _REPLY_CODES.get(ev.code) if ev.code is not None else None
    if reason is None or reason is Reason.ONHOLD:
        return None
    return reason, f"reply-code:{ev.code}"


# RFC 3463 section 3.2's subjects whose class of problem is one reason, for a status whose detail says
# no more ("X.4.0 Other or undefined network or routing status", "X.7.1 Delivery not authorized, message
# refused"), read when nothing else spoke: the status still says which part of the delivery failed. A
# permanent security or policy status is the receiver's policy refusing the message (RFC 3463 X.7.1: "the
# result of per-host or per-recipient filtering"), a temporary one may be greylisting or a busy filter
# as well, so it says nothing on its own. The address subject (X.1.0) may be the sender's or the
# recipient's, the mailbox subject (X.2.0) full, disabled or unknown: neither names one reason. A temporary
# protocol status (4.5.x) is no syntax error either: RFC 5321 section 4.2.1 answers what the client wrote wrong
# with 5yz (500-504, 555), which retrying the same command cannot mend; servers write 4.5.0 for their own failures
# while they took the message (amavisd-new's "451 4.5.0 Local delivery ... failed", "451 4.5.0 Writing ... failed",
# Amavis/Out/Local.pm and BSMTP.pm; round r82en).
_SUBJECT_REASONS: Final[dict[tuple[str, int], Reason]] = {
    ("4", 4): Reason.NETWORKERROR, ("5", 4): Reason.NETWORKERROR,
    ("5", 5): Reason.SYNTAXERROR,
    ("5", 7): Reason.POLICYVIOLATION,
}  # fmt: skip


def _status_subject(ev: Evidence) -> Verdict | None:
    for status in (ev.status, ev.hint):
        sd = _subject(status)
        if status is not None and sd is not None and sd[0] != 0:
            reason = _SUBJECT_REASONS.get((status[0], sd[0]))
            return (reason, f"status-subject:{status}") if reason is not None else None
    return None


# "Deferred" and nothing more ("451 4.7.1 deferred", rspamd's soft reject when its export pipeline
# fails): like "Try again later" alone, it names no cause and asks for a retry (LABELING.md, systemerror).
# So does the session deferred and nothing more (round r53sys: EarthLink's "421 4.2.1 Connection deferred",
# ELNK_103 "the server is temporarily unavailable"). Words, read before the status, as the request to retry
# later is (`_words_say`): a status of another reason (4.2.1's disabled mailbox) yields to them, one saying the
# address is bad (HARD_REASONS) does not.
_BARE_DEFERRAL: Final = re.compile(
    r"^\s*(?:\d{3}[ -]+)?(?:[45]\.\d{1,3}\.\d{1,3}\s+)?(?:(?:the |your )?(?:message|mail|connection|session) )?"
    r"(?:temporarily )?deferred\.?\s*$")


def _bare_deferral(ev: Evidence) -> Verdict | None:
    if not _BARE_DEFERRAL.match(ev.facts.words_text):
        return None
    named = _status(ev)
    return named if named is not None and named[0] in HARD_REASONS else (Reason.SYSTEMERROR, "bare:deferred")


#: The rule of a refusal of the message that says nothing more (`_bare_refusal`): onhold, decided.
BARE_REFUSAL_RULE: Final = "concept:MESSAGE+REFUSED;unstated"


def _bare_refused(ev: Evidence) -> Verdict | None:
    # After the status's subject (X.7.x: the site's policy): "554 Your message was refused" names no
    # kind of message and no cause (LABELING.md), and the model, which reads the words of a refusal
    # as the commonest refusal, is not asked.
    return (Reason.ONHOLD, BARE_REFUSAL_RULE) if _bare_refusal(ev) else None


def _model(ev: Evidence) -> Verdict | None:
    # A reply saying its reason was left unstated ("rejected for some reason") gives the model only
    # the words of a refusal, which it would read as the commonest refusal: it stays unrecognised.
    if _names(ev, "UNSTATED"):
        return None
    # The sending MTA's own words that it keeps trying ("Delivery attempts will continue for some time", a
    # delay warning's closing lines), with no reply code quoted: they say the delivery is retried, not why.
    if ev.code is None and _STILL_TRYING.search(ev.facts.words_text):
        return None
    if ev.facts.words_text.isascii() and _LONG_WORD.search(ev.facts.words_text) is None:
        # The model tells a reason only by a word of four letters or more (`guess`), one of the runs of letters
        # of the text (its framing only takes words away): a text with none, a bare "550" or "421 4.4.2",
        # gives it nothing to tell by. (Not asked: its features alone cost as much as the steps before.)
        return None
    return guess(ev.facts.words_text, ev.status, ev.code, ev.command, terms=_terms_of(ev))


STEPS: Final[tuple[Callable[[Evidence], Verdict | None], ...]] = (
    _success, _codes, _provider, _blocklist, _words_say, _bare_deferral, _status, _command, _weak, _fallback_pairs,
    _reply_code, _status_subject, _bare_refused,
)  # fmt: skip


def decide(ev: Evidence) -> Verdict:
    """The reason of a reply and the rule that decided it."""
    for step in STEPS:
        verdict = step(ev)
        if verdict is not None:
            return _gave_up(_tls_connection(verdict, ev), ev)
    if not ev.words:
        return _gave_up((Reason.UNDEFINED, "none"), ev)
    verdict = _gave_up((Reason.ONHOLD, "unrecognised"), ev)
    # The model guesses only a reason the words might state: a queue lifetime run out is known already.
    if verdict[0] is Reason.ONHOLD:
        # (The words near a term of another language after the model: a reading of words nobody wrote, asked
        # only when the model is unsure too, so that no verdict read today moves.)
        return (_greeting_refused(ev) or _protocol_named(ev) or _model(ev) or _near_words(ev)
                or _last_reply_code(ev) or _temporary_failure(ev) or verdict)
    return verdict


# A failure the words read of a connection, a size or a domain in a text that names TLS (or a certificate) is the
# TLS session's (round r81client): "Impossible d'initier la session STARTTLS" (the session that could not start is
# the TLS one: CANNOT's nearest subject is "session", CONNECTION), "TLS oturumuna bağlantı kurulamadı", "SSL received
# a record that exceeded the maximum permissible length" (NSS's SSL_ERROR_RX_RECORD_TOO_LONG: the record too long is
# a TLS record, no message's size), "requested domain name does not match the server's certificate" (RFC 6125: the
# certificate's identity, no unknown domain). RFC 3207 and LABELING.md ("TLS required and not negotiated":
# `failedstarttls`). In the tuning replies and Postfix lines no text naming TLS is labelled networkerror, mesgtoobig
# or hostunknown but for a URL's scheme ("ssl://host:465", which `_TLS_NAMED` does not read).
_TLS_SESSION_READINGS: Final = frozenset({Reason.NETWORKERROR, Reason.MESGTOOBIG, Reason.HOSTUNKNOWN})


def _tls_connection(verdict: Verdict, ev: Evidence) -> Verdict:
    if verdict[0] not in _TLS_SESSION_READINGS or not verdict[1].startswith(("concept:", "phrase:")):
        return verdict
    if _TLS_NAMED.search(ev.facts.flat) is not None or _names(ev, "CERT"):
        return Reason.FAILEDSTARTTLS, verdict[1] + ";tls-named"
    return verdict


# The names of the client's protocol steps are the same word in every language (round r81client): a mail
# program's catalogue translates "Cannot establish a TLS session", "STARTTLS failed", "TLS is required but the
# server does not support it" and keeps "TLS"; it translates "authentication failed" and keeps "AUTH", "SASL" and
# the mechanism's name; it keeps the system call that failed ("SMTP connect() failed", PHPMailer's
# `smtp_connect_failed` in every language file; an errno's symbolic name). A text that names such a step and in
# which nothing else was read (no phrase, pair, status or code) is about that step failing: the reader of an
# error report names the step that failed, not the ones that worked. TLS, STARTTLS, SSL or X.509 named:
# `failedstarttls` (LABELING.md: "TLS required and not negotiated"; RFC 3207); SMTP AUTH or SASL or a SASL
# mechanism named (RFC 4954; written in capitals, as the protocol writes them, so that the English words
# "plain" and "login" are not read): `securityerror` (LABELING.md: "SMTP AUTH required or credentials refused");
# connect() or a socket errno named (POSIX connect(2)'s ECONNREFUSED, ETIMEDOUT, EHOSTUNREACH, ENETUNREACH,
# ECONNRESET): `networkerror`. Asked before the model, after every reading of words: in the tuning replies and
# Postfix lines a text naming TLS is labelled failedstarttls 421 times in 437, the other 16 read by their words
# ("too many new TLS sessions", "no commands allowed to pipeline after STARTTLS"); one naming AUTH or a mechanism
# (and no TLS) securityerror 119 times in 171 (31 failedstarttls: "AUTH command failed: encryption required",
# read by its words where they are known), one naming connect() or an errno networkerror 15 times in 15. A URL's scheme ("ssl://host")
# names the transport asked for, not a step that failed. The name may be glued to a word of a script of another
# alphabet (Korean's particle in "SSL이", Japanese "TLSセッション"): only Latin letters and digits around it part it
# from a longer word.
_TLS_NAMED: Final = re.compile(
    r"(?<![A-Za-z0-9_/.@-])(?:starttls|tls|ssl|tlsv1(?:\.[0-3])?|sslv[23]|x\.?509)(?![A-Za-z0-9_@]|://|\.\w)", re.I)
_AUTH_NAMED: Final = re.compile(
    r"(?<![A-Za-z0-9_/.@-])(?:AUTH|SASL|XOAUTH2|OAUTHBEARER|CRAM-MD5|DIGEST-MD5|SCRAM-SHA-1|SCRAM-SHA-256|NTLM|GSSAPI|PLAIN"
    r"|LOGIN)(?![A-Za-z0-9_@-]|://|\.\w)")
_CONNECT_NAMED: Final = re.compile(
    r"(?<![A-Za-z0-9_/.@-])(?:(?i:connect)\(\)|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH)(?![A-Za-z0-9_@-])")


#: The scripts the reader reads a character at a time (Han, kana, Hangul: `_concepts.sentences`).
_CHARACTER_AT_A_TIME: Final = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def _protocol_named(ev: Evidence) -> Verdict | None:
    """The client's step a text names when nothing else was read in it (`_TLS_NAMED` and the two after it)."""
    flat = ev.facts.flat
    if _TLS_NAMED.search(flat) is not None:
        return Reason.FAILEDSTARTTLS, "named:tls"
    # A certificate named (CERT's words, in every language its catalogues gave) is the server's, checked in the
    # TLS handshake, unless it is said required: a *client* certificate the server asks for is the client's
    # authentication (AOSP Email's "Client certificate required", labelled securityerror). In the tuning replies
    # a certificate named with no TLS name is labelled failedstarttls 243 times in 257, the 14 others required.
    # Said required, the word of it stands at most one word from the certificate's ("Certificat client requis",
    # "È necessario un certificato client", "Vyžaduje sa certifikát klienta"; round r82client): a word of
    # REQUIRED further off is said of something else ("il nome di dominio richiesto non corrisponde al
    # certificato", the domain name asked for; "must be corrected"), and the certificate is the server's. In the
    # tuning replies whose words are not read before this step, 4 of 4 with REQUIRED that near are labelled
    # securityerror, and none naming a certificate with REQUIRED further off is labelled securityerror.
    if _names(ev, "CERT"):
        # (Chinese, Japanese and Korean are read a character at a time: one word is two of them, "需要用戶端憑證".)
        if _said_of(ev, "CERT", "REQUIRED", 4 if _CHARACTER_AT_A_TIME.search(flat) is not None else 2):
            return Reason.SECURITYERROR, "named:certificate-required"
        return Reason.FAILEDSTARTTLS, "named:certificate"
    if _AUTH_NAMED.search(flat) is not None:
        return Reason.SECURITYERROR, "named:auth"
    if _CONNECT_NAMED.search(flat) is not None:
        return Reason.NETWORKERROR, "named:connect"
    if "@" in flat and _MALFORMED_ADDRESS.search(flat) is not None:
        return Reason.SYNTAXERROR, "address-malformed"
    return None


# An address quoted as written that is no address (RFC 5321 section 4.1.2: Local-part "@" Domain, one "@"): two
# "@" in one token ("user@example.com@", "user@@example.com") or none after it ("bob@"). A program that reports
# an address it was given quotes it so (Horde IMP's "Invalid email address (%s)" in every language): the text
# is about that address's form, LABELING.md's "ill-formed quoted address" (`syntaxerror`). Asked last of the
# names, when no word was read: in the tuning replies and Postfix lines such an address is labelled syntaxerror
# 27 times in 31, the others read by their words ("Sender address rejected", "domain missing or malformed" in a
# header). Each alternative opens on "@" or one character before it, so a long word is not scanned again from
# each of its letters.
_MALFORMED_ADDRESS: Final = re.compile(r"@[\w.-]*@|[\w.+-]@(?=[\s)>\"',;:]|$)")


# A reply code given as what the server answered ("response: 554", "the server said 554"), not a port ("port
# 587") nor a server's own reply starting with its code.
_QUOTED_CODE: Final = re.compile(r"\b(?:response|reply|replied|said|answered)\W{0,3}(5[0-5]\d)\b")


def _near_words(ev: Evidence) -> Verdict | None:
    """A concept pair read with the words near a term of another language (`near_terms`, round r79fuzzy): a
    last resort, asked only when no step decided, and only a pair that needs a near word (a pair the terms read
    alone was passed over by the steps before, for their reasons)."""
    terms = _terms_of(ev)
    near = near_terms(terms)
    if near is None:
        return None
    known = {(h.rule, h.at) for h in reasons_of(terms)}
    hit = next((h for h in reasons_of(near) if (h.rule, h.at) not in known), None)
    return in_context((hit.reason, _concept_rule(hit) + ";near-words"), ev) if hit is not None else None


def _greeting_refused(ev: Evidence) -> Verdict | None:
    # A permanent reply quoted as the server's answer to the connection or its greeting ("bad greeting ...,
    # response: 554", "Could not connect to SMTP host: ..., response: 554", JavaMail's words for a greeting that
    # was not 220): the server answered, so the connection itself worked, and RFC 5321 section 4.3.2 gives 554 as
    # the only failure at connection establishment ("554 No SMTP service here", section 3.1): the receiver
    # refused the sending host, LABELING.md's "connection/greeting refused" (`blocked`; round r67entune, from the
    # tuning replies of JavaMail and Spring quoted in threads). Only when no command was answered after it and
    # no status X.4.1/X.4.2 says the connection failed.
    if (ev.code is None or ev.code // 100 != 5 or ev.command not in (None, "CONNECT")
            or _subject(ev.status) in ((4, 1), (4, 2))):  # fmt: skip
        return None
    quoted = _QUOTED_CODE.search(ev.facts.words_text)
    if quoted is None or quoted.group(1) != str(ev.code):
        return None
    if _names(ev, "GREETING") or _names(ev, "CONNECTION"):
        return Reason.BLOCKED, f"reply-code:{ev.code};at-connection"
    return None


def _refused_at_connection(reason: Reason, rule: str, ev: Evidence, sd: Subject) -> Verdict | None:
    # A connection said failed while the server's permanent answer to it is quoted (`_greeting_refused`).
    verdict = _greeting_refused(ev)
    return (verdict[0], rule + ";replied") if verdict is not None else None


def _temporary_failure(ev: Evidence) -> Verdict | None:
    # Last, when nothing read the words: a temporary reply that only says something failed ("450 random
    # failure") is the receiving side's failure, retried (LABELING.md: "Temporary failure" alone, systemerror).
    # The words of the text read (`Facts.words_text`), not of the whole reply: an MTA's frame around a bare code
    # ("SMTP error from remote mail server after RCPT TO:<a>: 451", Exim) says no more than that it failed.
    if ev.transient and not ev.words.isdisjoint(BARE_FAILURE_WORDS) and not BARE_FAILURE_WORDS.isdisjoint(
        _WORDS.findall(ev.facts.words_text)
    ):
        return Reason.SYSTEMERROR, "temporary:failure"
    return None


def _last_reply_code(ev: Evidence) -> Verdict | None:
    reason = _LAST_REPLY_CODES.get(ev.code) if ev.code is not None else None
    return (reason, f"reply-code:{ev.code}") if reason is not None else None


def _gave_up(verdict: Verdict, ev: Evidence) -> Verdict:
    """A sending MTA that gave up retrying a temporary failure: the queue lifetime ran out.

    Evidence of giving up: a report marking as *failed* a delivery whose last reply was
    temporary, or qmail's own "I'm not going to try again; this message has been in the
    queue too long". Without words saying so, only when the last reply names no cause beyond
    "no answer": a timeout, a lost connection, or nothing recognised (an LDAP failure, a DNS
    answer or a full mailbox keeps its reason).
    """
    reason, rule = verdict
    if reason is not Reason.EXPIRED and _says_it_gave_up(ev):
        return Reason.EXPIRED, rule + ";gave-up"
    if reason not in _RETRIED or rule.endswith(";transient") or rule.startswith(("code:", "provider")):
        return verdict
    if reason is Reason.NETWORKERROR and ev.code is not None and _names(ev, "LOOP"):
        # A server that answered that the message loops (RFC 3463 X.4.6 "450 4.4.6 Routing loop
        # detected") named a cause beyond no answer: the route loops however long it was retried.
        return verdict
    failed = ev.action is not None and ev.action.lower() == "failed" and ev.transient
    if failed:
        return Reason.EXPIRED, rule + ";gave-up"
    for words in _QUEUE_TOO_LONG:  # (a loop: a generator for `any` cost more than the two searches)
        if words in ev.facts.words_text:
            return Reason.EXPIRED, rule + ";gave-up"
    return verdict


def _says_it_gave_up(ev: Evidence) -> bool:
    """Whether the sending MTA says in words that it stopped retrying ("retry timeout exceeded",
    "could not be delivered for 5 days", qmail's "this message has been in the queue too long",
    `QUEUE_LIFETIME`): the retry time ran out ("450 ... Greylisted ...: retry timeout exceeded",
    "mailbox is full: retry timeout exceeded").  Whatever the last reply's code (corpus/LABELING.md,
    "the queue gave up"): an MTA retries only what it took as temporary, and its words say it retried
    (qmail-remote takes a refused greeting or HELO, "Connected to ... but greeting failed" / "but my
    name was rejected. Remote host said: 501 ...", as temporary; Postfix skips a 5xx greeting and
    tries later, smtp_skip_5xx_greeting).  A delay notice is never ``expired``.
    """
    if ev.action is not None and ev.action.lower() == "delayed":
        return False
    return _names(ev, "QUEUE_LIFETIME")


# ------------------------------------------------------------------ conventions, where their evidence is


@lru_cache(maxsize=256)
def _subject(status: str | None) -> tuple[int, int] | None:
    """(subject, detail) of a status, or None (memoised: a few statuses recur in every reply)."""
    if status is None:
        return None
    s = EnhancedStatus(status)
    return s.subject, s.detail


def _says_temporary(text: str) -> bool:
    """ "try again" said of the condition ("Host not found, try again"), not an instruction to fix
    the address and resend ("Check for typos or unnecessary spaces and try again"); or the resolver's
    own word that the lookup failed for now (glibc's "Temporary failure in name resolution")."""
    if "temporary failure in name resolution" in text:
        return True
    return "try again" in text and "typo" not in text and "check the" not in text and "check for" not in text


Subject = tuple[int, int] | None


def _sender_or_host(reason: Reason, rule: str, ev: Evidence, sd: Subject) -> Verdict | None:
    if ev.command == "MAIL" or sd in {(1, 7), (1, 8)}:
        return Reason.REJECTED, rule + ";sender"  # at MAIL FROM the address refused is the sender's
    if ev.command in _HOST_COMMANDS and not (sd and sd[0] == 1):
        # Before any address is sent the refusal is about our host or HELO name.
        return Reason.BLOCKED, rule + ";" + ev.command.lower()
    return None


def _host_stage(reason: Reason, rule: str, ev: Evidence, sd: Subject) -> Verdict | None:
    # A site's prohibition in answer to the connection or to HELO/EHLO, before any address or message was
    # sent (Exim's default ACL text "550 Administrative prohibition" to HELO): what was refused is the
    # sending host or its greeting (corpus/LABELING.md: HELO/EHLO name refused, connection refused: blocked).
    if ev.command in _HOST_COMMANDS and not (sd and sd[0] in (1, 6)):
        return Reason.BLOCKED, rule + ";" + ev.command.lower()
    return None


def _login_name(reason: Reason, rule: str, ev: Evidence, sd: Subject) -> Verdict | None:
    # In answer to AUTH the "user" not found is the login name, not a recipient (Citadel's
    # "500 No such user." to AUTH LOGIN): the authentication is refused, the address is not judged.
    if ev.command == "AUTH":
        return Reason.SECURITYERROR, rule + ";auth"
    return None


# FORM_PHRASES as words ("cannot validate" holds "not valid" as a substring, and says nothing of a form).
_FORM_PHRASE: Final = re.compile(r"\b(?:" + "|".join(map(re.escape, FORM_PHRASES)) + r")\b")


def _form_word(ev: Evidence) -> bool:
    return bool(FORM_WORDS.intersection(ev.words)) or (
        "valid" in ev.facts.words_text and _FORM_PHRASE.search(ev.facts.words_text) is not None
    )


# An address quoted in angle brackets that no address can be (RFC 5321 section 4.1.2: a Mailbox is Local-part "@"
# Domain): two "@" in a row, or nothing before or after the "@". A source route ("<@a,@b:user@c>") is a path.
_ILL_FORMED_ADDRESS: Final = re.compile(r"<[^<>\s]*@@[^<>\s]*>|<@[^<>\s,:]*>|<[^<>\s@]+@>")
# The same ill-formed address however it is quoted (in parentheses, full-width ones, or bare after a colon): a
# complete address with one more "@" after its domain and nothing after it ("(user@example.com@)"), or two "@" in a
# row. Unquoted, RFC 5321 section 4.1.2 allows one "@" only (a quoted local part holds none of these characters).
_ILL_FORMED_QUOTED: Final = re.compile(
    r"(?:^|[\s(（<:])[^\s()（）<>\"@:,]+@[^\s()（）<>\"@:,]+@(?=[\s)）>.,;]|$)"
    r"|(?:^|[\s(（<:])[^\s()（）<>\"@:,]+@@[^\s()（）<>\"@:,]+"
)


def _malformed(reason: Reason, rule: str, ev: Evidence, sd: Subject) -> Verdict | None:
    # "Invalid address" is a form or an existence: X.1.3 ("bad destination mailbox address
    # syntax") or a 501 ("syntax error in parameters or arguments", RFC 5321 section 4.2.3)
    # says form, and so does X.5.4 ("invalid command arguments", RFC 3463: the 501's meaning in a status; "5.5.4
    # Invalid address" with its 501 cut off, round r49hard: bench/hard_perturb.py's no-code). "User unknown" under
    # them stays unknown (no form word).
    if (sd in _FORM_SUBJECTS or ev.code == 501) and (
        _form_word(ev) or any(p in ev.facts.words_text for p in _NO_DOMAIN_PART) or _names(ev, "NO_DOMAIN_PART")
    ):
        said = ";reply-501" if sd is None or (ev.code == 501 and sd != (1, 3)) else f";status-{sd[0]}.{sd[1]}"
        return Reason.SYNTAXERROR, rule + said
    # The reply quotes the address it judged, and that address is ill-formed ("553 <bob@@example.org> Invalid
    # email address.", SubEthaSMTP's MailCommand, round r55user): a FORM word is then said of its form, not of a
    # mailbox looked up and missing.
    # So too an address said invalid in whichever language (the pair ADDR+UNKNOWN: "ungültige E-Mail-Adresse") beside
    # the address it judged, written ill-formed however it is quoted ("Ongeldig e-mailadres (user@example.com@).",
    # Horde IMP's catalogue with its variable filled in; round r66web).
    if (
        "@" in ev.facts.low
        and (_form_word(ev) or rule == "concept:ADDR+UNKNOWN")
        and (_ILL_FORMED_ADDRESS.search(ev.facts.low) or _ILL_FORMED_QUOTED.search(ev.facts.low))
    ):
        return Reason.SYNTAXERROR, rule + ";address-form"
    return None


# A FORM word said of a domain's name, before it or after it with only a verb between ("invalid domain name",
# "the domain name is not valid"): `DOMAIN_NAME_WORDS`.
_FORM_SAID: Final = "|".join(map(re.escape, (*FORM_PHRASES, *sorted(FORM_WORDS))))
_NAME_SAID: Final = "|".join(map(re.escape, DOMAIN_NAME_WORDS))
_FORM_OF_NAME: Final = re.compile(
    rf"\b(?:{_FORM_SAID}) (?:{_NAME_SAID})\b|\b(?:{_NAME_SAID}) (?:is |was |are )?(?:{_FORM_SAID})\b"
)
_MAILBOX_NAME_SAID: Final = "|".join(map(re.escape, MAILBOX_NAME_WORDS))
_FORM_OF_MAILBOX_NAME: Final = re.compile(
    rf"\b(?:{_FORM_SAID}) (?:{_MAILBOX_NAME_SAID})\b|\b(?:{_MAILBOX_NAME_SAID}) (?:is |was |are )?(?:{_FORM_SAID})\b"
)
# A FORM word said of an address's format ("invalid address format", "invalid sender address format", "the address
# format is incorrect"): `ADDRESS_FORMAT_WORDS`. "Incorrect" and "wrong" say a format is bad as the FORM words do.
_FORMAT_BAD: Final = "|".join(map(re.escape, (*FORM_PHRASES, *sorted(FORM_WORDS), "incorrect", "wrong")))
_FORMAT_SAID: Final = "|".join(map(re.escape, ADDRESS_FORMAT_WORDS))
_FORM_OF_ADDRESS_FORMAT: Final = re.compile(
    rf"\b(?:{_FORMAT_BAD}) (?:[\w-]+ ){{0,2}}(?:{_FORMAT_SAID})\b"
    rf"|\b(?:{_FORMAT_SAID}) (?:is |was |are )?(?:{_FORMAT_BAD})\b"
)


def _malformed_name(reason: Reason, rule: str, ev: Evidence, sd: Subject) -> Verdict | None:
    # "Invalid domain name": the name as written is wrong (its form), not a domain that was looked up and is not
    # there (hostunknown's "domain not found", "no such domain"). Only of the name (`DOMAIN_NAME_WORDS`): "invalid
    # domain" alone also says a domain not served. A mailbox's name the same way (`MAILBOX_NAME_WORDS`: "553 Mailbox
    # name invalid"): "invalid mailbox" alone says a mailbox not served. An address's format too
    # (`ADDRESS_FORMAT_WORDS`: "550 5.1.2 Invalid address format"): "invalid address" alone may say one not served.
    if (
        ("domain name" in ev.facts.words_text and _FORM_OF_NAME.search(ev.facts.words_text))
        or ("mailbox name" in ev.facts.words_text and _FORM_OF_MAILBOX_NAME.search(ev.facts.words_text))
        or ("address format" in ev.facts.words_text and _FORM_OF_ADDRESS_FORMAT.search(ev.facts.words_text))
    ):
        return Reason.SYNTAXERROR, rule + ";name-form"
    return None


def _syntax_codes(reason: Reason, rule: str, ev: Evidence, sd: Subject) -> Verdict | None:
    # No words decided, the status did, and the reply code says the same: a 501 ("syntax error in parameters or
    # arguments", RFC 5321 section 4.2.2) with X.1.3 or X.1.7 ("bad destination / sender's mailbox address
    # syntax", RFC 3463 section 3.2) is the address's form twice over ("501 5.1.3 Null address valid only as
    # source: <>", "501 5.1.7 there are too many <'s in this", ZMailer smtpcmds.c). The status table's reading of
    # X.1.7 (rejected: what servers mostly mean by it alone) is for a status that nothing else confirms (round
    # r52tune3); its X.1.3 is syntaxerror already (round r53syntax: RFC 3463's meaning, and the tuning part's).
    # Words that name a party or its domain say what was judged, though no
    # rule read them ("501 5.1.7 sender <a> contains a domain with no valid MX records", Apache James: a
    # well-formed sender refused): the status table's reading stands.
    if (rule.startswith("status:") and ev.code == 501 and sd in _SYNTAX_STATUSES
            and _present(ev).isdisjoint(_SYNTAX_SUBJECTS)):  # fmt: skip
        return Reason.SYNTAXERROR, rule + ";reply-501"
    return None


def _system_storage(reason: Reason, rule: str, ev: Evidence, sd: Subject) -> Verdict | None:
    # Storage said short with no owner named ("452 4.3.1 insufficient storage space", ZMailer smtpcmds.c: the
    # spool's free space) under X.3.1, "mail system full" (RFC 3463 section 3.4; the mailbox's is X.2.2): the
    # status says whose, the mail system's (round r52tune3). A mailbox, recipient or account named, or a quota
    # (an allotment to one: `_BARE_QUOTA`), keeps the mailbox's reading.
    if sd != (3, 1) or not rule.startswith("concept:QUOTA+"):
        return None
    present = _present(ev)
    if not present.isdisjoint(_STORAGE_OWNERS):
        return None
    for words, start, found in _terms_of(ev):
        for p, e, concepts in found:
            if "QUOTA" in concepts and not _OWNER_WORDS.isdisjoint(words[p - start : e - start + 1]):
                return None
    return Reason.SYSTEMFULL, rule + ";status-3.1"


def _senders_null_mx(reason: Reason, rule: str, ev: Evidence, sd: Subject) -> Verdict | None:
    # A null MX on the *sender's* domain (RFC 7505 section 4.2: X.7.27): the sender is refused,
    # since no reply could reach it; the recipient's null MX is X.1.10. The words may name the sender's
    # domain without either ("501 Domain in MAIL FROM has null MX record": SENDER's "mail from"), and the
    # recipient's X.1.10 still wins over them (round r49hard: bench/hard_perturb.py's no-status).
    if sd == (7, 27) or ev.command == "MAIL" or (sd != (1, 10) and _names(ev, "SENDER")):
        return Reason.REJECTED, rule + ";sender"
    return None


def _transient_not_accepting(reason: Reason, rule: str, ev: Evidence, sd: Subject) -> Verdict | None:
    # A temporary X.3.2 and no words of a domain that takes no mail (round r53sys): RFC 3463 X.3.2 "System not
    # accepting network messages" is the host's state ("an imminent shutdown, excessive load, or system
    # maintenance"), useful for transient errors too; told to come back later, the system is down for now, its
    # own state (systemerror), while `notaccept` is a domain that takes no mail at all (RFC 7505, RFC 7504's 521).
    if sd == (3, 2) and ev.transient and rule.startswith("status:"):
        return Reason.SYSTEMERROR, rule + ";transient"
    return None


def _sending_quota(reason: Reason, rule: str, ev: Evidence, sd: Subject) -> Verdict | None:
    # A quota under a routing (X.4.x) or policy (X.7.x) status is a limit on what the
    # sender may send ("550 5.7.1 Email quota exceeded"); a full mailbox is X.2.x or X.3.x.
    # A quota said to be of storage ("Disk quota has been exceeded") or given as why the
    # recipient is refused ("Recipient address rejected: Quota exceeded") is the mailbox's.
    if any(w in ev.facts.words_text for w in _STORAGE_QUOTA):
        return None
    # The same meanings in other words: a QUOTA term naming storage, or the recipient said refused beside it
    # ("mailbox rejected: Quota exceeded", "Recipient address refused: ..."), as "recipient address rejected".
    if any("QUOTA" in concepts and " ".join(words[p - start : e - start + 1]) not in _BARE_QUOTA
           for words, start, found in _terms_of(ev) for p, e, concepts in found):  # fmt: skip
        return None
    if _recipient_refused(ev):
        return None
    # The mailbox said full ("571 5.7.1 Mailbox full", Plesk's qmail in talk.plesk.com thread 260521): a
    # sending allowance runs out, it is never full; RFC 3463 X.2.2's own words are the mailbox's.
    if _said_of(ev, "RCPT", "FULL", 2):
        return None
    if sd is not None and sd[0] in (4, 7):
        return Reason.SPEEDING, rule + f";status-{sd[0]}.x"
    # A quota counted by the hour, the day or the month ("Hourly quota exceeded for sender", "daily quota
    # reached"): what may be sent in a span of time, a rate (Sisimai's Speeding: "a sending rate limit";
    # mtpolicyd's Quota plugin counts a client's mails per month); a mailbox's storage is not counted per period.
    if _names(ev, "PERIODIC"):
        return Reason.SPEEDING, rule + ";per-period"
    return None


def _list_limit(reason: Reason, rule: str, ev: Evidence, sd: Subject) -> Verdict | None:
    # A mailing list's manager refusing a post for its size applies the list's own limit (RFC 3463
    # X.2.3, "message length exceeds administrative limit"), not the system's: the notice names
    # the list, often a sentence before the size ("Your message to the X mailing list was
    # rejected: the message is larger than the 40 KB maximum size").
    # A list named by its own word (LIST_NAMED): English "list" alone is too common ("removal from
    # this list").
    # So is a list named by its people: its moderator or owner (LIST_ROLE: Mailman 2's "held until the list
    # moderator can review it"), who only a mailing list has.
    if _names(ev, "LIST_NAMED") or _names(ev, "LIST_ROLE"):
        return Reason.EXCEEDLIMIT, rule + ";mailing-list"
    # So is the recipient's own Sieve filter refusing a message for its size ("Your message was automatically
    # rejected by Sieve ...: Mail size is larger than 1MB"): the limit is the recipient's (RFC 3463 X.2.3).
    if _names(ev, "SIEVE"):
        return Reason.EXCEEDLIMIT, rule + ";sieve"
    # So is a refusal whose writer speaks as "I" (FIRST_PERSON: "non accetto messaggi con più di 30000 caratteri",
    # "send me a URL instead"): the recipient's own rule or a list's manager, whose limit it is (X.2.3).
    if _names(ev, "FIRST_PERSON"):
        return Reason.EXCEEDLIMIT, rule + ";first-person"
    return None


def _after_data(reason: Reason, rule: str, ev: Evidence, sd: Subject) -> Verdict | None:
    # Accepted at RCPT, refused after the content was seen: a filter speaking, not a missing
    # mailbox (Sisimai's Filtered). Only an explicit DATA says so: no command word says nothing.
    if (ev.command == "DATA" and not (sd and sd[0] == 1)
            and rule.removeprefix("phrase:") not in DIRECTORY_VERDICTS):  # fmt: skip
        return Reason.FILTERED, rule + ";after-data"
    return None


def _transient_dns(reason: Reason, rule: str, ev: Evidence, sd: Subject) -> Verdict | None:
    # A DNS answer the reporting MTA itself treats as temporary ("Host not found, try again",
    # 4.4.3): a lookup that failed this time, not a verdict on the domain. A permanent class
    # is the MTA's own verdict and stands; X.1.2 says the domain is bad, whatever the class.
    unclassed = ev.code is None and ev.status is None
    if sd != (1, 2) and (ev.transient or (unclassed and _says_temporary(ev.facts.words_text))):
        return Reason.NETWORKERROR, rule + ";transient"
    return None


_DNS_WORDS: Final = re.compile(r"\b(?:lookup|dns|mx|resolve|resolved|resolving|nameserver|name server)\b")


def _senders_dns(reason: Reason, rule: str, ev: Evidence, sd: Subject) -> Verdict | None:
    # A DNS lookup failing in answer to MAIL FROM, or under X.1.8 ("bad sender's system address"): the
    # receiver was looking up the sender's domain (sendmail FEATURE(badmx): "450 4.1.2 <alice@example.org>...
    # MX lookup failure for example.org"; its proto.m4 "451 4.1.8 Domain of sender address ... does not
    # resolve"), a check of the sender, as an unknown host at MAIL is (`_sender_or_host`).
    if (ev.command == "MAIL" or sd == (1, 8)) and _DNS_WORDS.search(ev.facts.words_text):
        return Reason.REJECTED, rule + ";sender"
    return None


_CONNECTION_REFUSED: Final = frozenset(("phrase:connection refused", "concept:CONNECTION+REFUSED"))


def _refused_in_a_reply(reason: Reason, rule: str, ev: Evidence, sd: Subject) -> Verdict | None:
    # "Connection refused" *answered with a reply code* ("550 5.7.1 Connection refused"): a server
    # that speaks SMTP refused the client, where a refused TCP connection has no reply to quote
    # (Postfix's "connect to host[ip]:25: Connection refused" names no code; a code the format
    # module or a hint supplies is not the server's answer). A status X.4.1 or X.4.2 ("no answer from
    # host", "bad connection", RFC 3463) says the connection itself failed: an MTA's own report of
    # it ("421 Connection refused" in OpenSMTPD's delay notice, status 4.4.1).
    # The same said apart ("connection was refused", CONNECTION+REFUSED) is the same refusal. An operating
    # system's error number beside it ("[Errno 111] Connection refused", python-slimta's relay; "os error 111")
    # quotes the reporting MTA's own failed connect to the next hop, not a server's answer.
    if (rule in _CONNECTION_REFUSED and ev.code is not None and str(ev.code) in ev.words
            and sd not in ((4, 1), (4, 2)) and "connect to" not in ev.facts.words_text
            and "errno" not in ev.words and "os error" not in ev.facts.words_text):  # fmt: skip
        return Reason.BLOCKED, rule + ";replied"
    return None


# Words that fit a command's line as well as a message's: "line too long", "invalid character"; characters
# a site refuses (CHARS+REFUSED: "NUL characters are not allowed in SMTP commands", Exim).
_LINE_OR_CHAR: Final = ("phrase:line too long", "phrase:invalid character", "concept:CHARS+REFUSED",
                        "concept:ADDR_CHARS+REFUSED", "concept:ADDR_CHARS+UNKNOWN")
# The same meaning in the words of the ENCODING concept ("lines too long", "line is too long", "line length
# exceeded"): a line over the limit is a command's or a message's by the same evidence, whatever its wording
# (round r35tune: the phrase row's "line too long" alone took the convention).
_LONG_LINE: Final = ("line too long", "lines too long", "line is too long", "lines are too long", "line length")
# A line said to be the message's own ("554 5.5.2 content line too long (%ld); RFC 2821 section 4.5.3.1",
# smtpf cmd.c readClientData; RFC 5321 section 4.5.3.1.6 text line): its content, whatever the status says.
_CONTENT_LINE: Final = ("content line", "message line", "body line", "text line", "data line")


def _command_line(reason: Reason, rule: str, ev: Evidence, sd: Subject) -> Verdict | None:
    # A line or character refused *as a command* (RFC 5321 section 4.2.2: "500 Syntax error, command
    # unrecognized (This may include errors such as command line too long)") is the client's syntax,
    # not the message's content (X.6.x): said so ("command line"), or with a protocol status (RFC 3463
    # X.5.x) or a 501 (an argument). A bare "500 Line too long" stays content: servers answer a text
    # line over RFC 5321 section 4.5.3.1.6's limit so too.
    long_line = rule == "concept:ENCODING" and any(t in ev.facts.words_text for t in _LONG_LINE)
    if (rule in _LINE_OR_CHAR or long_line) and (
        (sd and sd[0] == 5) or ev.code == 501 or "command line" in ev.facts.words_text
    ) and not any(w in ev.facts.words_text for w in _CONTENT_LINE):
        return Reason.SYNTAXERROR, rule + ";command"
    return None


def _relay_login(reason: Reason, rule: str, ev: Evidence, sd: Subject) -> Verdict | None:
    # A login asked for *relaying* ("is not permitted to relay through this server without
    # authentication", "Invalid credentials for relay"): the act refused is the relay, the login
    # only how it would be allowed (corpus/LABELING.md, "Doubtful wordings").
    if _said_of(ev, "SMTPAUTH", "RELAY"):
        return Reason.NORELAYING, rule + ";relay"
    return None


def _temporary_login_failure(reason: Reason, rule: str, ev: Evidence, sd: Subject) -> Verdict | None:
    # RFC 4954 section 6's "454 4.7.0 Temporary authentication failure": the server failed while
    # checking the credentials (its authentication backend), it did not refuse them; whichever word says the
    # failure passes ("transient authentication failure", TRANSIENT_QUAL, round r39tune).
    if rule == "concept:SMTPAUTH+FAILED" and _said_of(ev, "TRANSIENT_QUAL", "SMTPAUTH", 2):
        return Reason.SYSTEMERROR, rule + ";temporary"
    # (The authentication service said out of order, "454 4.7.0 auth service unavailable", is the rule
    # SMTPAUTH+OWN_FAULT of the concept tables.)
    return None


def _encryption_required(reason: Reason, rule: str, ev: Evidence, sd: Subject) -> Verdict | None:
    # Authentication said to require encryption ("the requested authentication mechanism requires encryption",
    # RFC 4954 section 6: "538 5.7.11 Encryption required for requested authentication mechanism"): the login
    # waits for a TLS session that was not started, failedstarttls, whichever of the two the one "requires" stands
    # nearer (an encryption word right beside it: "... потребує шифрування", the thing required).
    if rule == "concept:SMTPAUTH+REQUIRED" and _said_of(ev, "TLS", "REQUIRED", 1):
        return Reason.FAILEDSTARTTLS, rule + ";encryption-required"
    return None


def _malformed_login(reason: Reason, rule: str, ev: Evidence, sd: Subject) -> Verdict | None:
    # A login's argument refused with 501 ("syntax error in parameters or arguments", RFC 5321 section 4.2.3;
    # RFC 4954 section 4: "501 5.5.2 Cannot Base64-decode Client responses"): "501 5.5.2 Invalid authentication
    # string" (python-slimta) is the argument's form, not credentials refused, as `_malformed` reads an address.
    if rule == "concept:SMTPAUTH+UNKNOWN" and ev.code == 501:
        return Reason.SYNTAXERROR, rule + ";reply-501"
    # Something of AUTH said required under a 501 and a syntax status (X.5.2 syntax error, X.5.4 invalid command
    # arguments, RFC 3463 section 3.6): the command's argument is missing ("501 5.5.2 AUTH mechanism must be
    # specified", sendmail 8.17's binary, Debian sendmail-bin, round r55user), not a login the server asks for.
    if rule == "concept:SMTPAUTH+REQUIRED" and ev.code == 501 and sd in _ARGUMENT_STATUSES:
        return Reason.SYNTAXERROR, rule + ";reply-501"
    return None


# The rules that read an address said invalid (the pair, and the userunknown phrase "invalid address").
_ADDRESS_SAID_INVALID: Final = frozenset({"concept:ADDR+UNKNOWN", "phrase:invalid address"})


# A hard reason (the address is bad: HARD_REASONS) read while the words say *syntax*: the form of what was written
# was judged, not a mailbox or a domain looked up and missing. RFC 3463 X.1.3 "Bad destination mailbox address
# syntax", RFC 5321 section 4.2.2's 501 "Syntax error in parameters or arguments" and 553 "mailbox name not allowed
# (e.g., mailbox syntax incorrect)" say it in that word, and corpus/LABELING.md makes a malformed address
# syntaxerror whatever the status. Said as an instruction ("check the address syntax") it judges nothing. On the
# tuning part no reply saying "syntax" is labelled a hard reason (round r80hard: 99 syntaxerror of 106); the
# phrases of a missing mailbox ("bad destination mailbox", "invalid mailbox") read it so when the syntax row
# written from the same catalogue is left out (bench/leave_source_out.py: postigo.net's 553 page).
_SYNTAX_WORD: Final = re.compile(r"\bsyntax\b")
_CHECK_WORD: Final = re.compile(r"\b(?:check|verify|correct)\b")


def _syntax_said(reason: Reason, rule: str, ev: Evidence, sd: Subject) -> Verdict | None:
    text = ev.facts.words_text
    if "syntax" in text and _SYNTAX_WORD.search(text) and not _CHECK_WORD.search(text):
        return Reason.SYNTAXERROR, rule + ";syntax-word"
    return None


def _content_status(reason: Reason, rule: str, ev: Evidence, sd: Subject) -> Verdict | None:
    # A hard reason read from words under a status of subject 6, RFC 3463 section 3.7 "Message content or media
    # status" ("invalid message/* or multipart/* encoding domain", Postfix cleanup's 5.6.0): the status says the
    # message's content failed, not the address, and a word of the text ("domain", "unknown") was said of
    # something in the message. The status's reason (contenterror for X.6.x) stands. On the tuning part none of the
    # 57 replies under an X.6.x status is labelled a hard reason (round r80hard).
    if sd is not None and sd[0] == 6 and ev.status is not None:
        return reason_for(ev.status) or Reason.CONTENTERROR, rule + ";content-status"
    return None


def _bare_invalid_address(reason: Reason, rule: str, ev: Evidence, sd: Subject) -> Verdict | None:
    # An address said invalid and nothing more: no reply code, no status, no command, no recipient, no message
    # said sent or refused, no sending said failed, no word of a mailbox looked up and missing ("Ungültige
    # E-Mail-Adresse", KMail's title for an address it checked before sending anything). That is the address as
    # written judged, docs/reasons.md's syntaxerror "bad address syntax" (corpus/LABELING.md "Invalid (e-mail)
    # address"); a server's reply to a message sent to it (a code, an X.1.1 status) or "unknown", "not found"
    # beside it stays the mailbox's (userunknown).
    if (
        rule not in _ADDRESS_SAID_INVALID
        or ev.code is not None
        or ev.status is not None
        or ev.command is not None
        or ev.action is not None  # a delivery report's recipient: a message was sent to it
        or not _said_of(ev, "ADDR", "INVALID", 3)
        # A recipient's address ("Invalid recipient": LABELING), or a sending that failed ("cannot send").
        or _names(ev, "RCPT") or _names(ev, "RCPTS") or _names(ev, "CANNOT")
    ):
        return None
    for _words, _start, found in _terms_of(ev):
        addresses = [(pos, end) for pos, end, concepts in found if "ADDR" in concepts]
        for pos, end, concepts in found:
            if "UNKNOWN" in concepts and "INVALID" not in concepts:
                return None  # a word of a missing mailbox ("unknown", "does not exist") beside the invalid one
            # A message named apart from the address (sent to it, not delivered); "e-mail" of "adresse e-mail",
            # "dirección de correo" is the address's own name.
            if "MESSAGE" in concepts and all((pos - a_end if a_pos < pos else a_pos - end) > 2
                                             for a_pos, a_end in addresses):
                return None
    return Reason.SYNTAXERROR, rule + ";address-as-written"


def _mailbox_status(reason: Reason, rule: str, ev: Evidence, sd: Subject) -> Verdict | None:
    # No recipient accepted for the message is the client's command sequence, unless an X.1.x status gives the
    # server's verdict on the mailboxes ("554 5.1.1 Error (DATA): no valid recipients", amavisd-new):
    # corpus/LABELING.md, "No valid recipients".
    if rule == "concept:NONE_ACCEPTED" and sd is not None and sd[0] == 1:
        return Reason.USERUNKNOWN, rule + ";mailbox-status"
    # A recipient denied by an access rule, unless an X.1.x status gives the server's verdict on the mailbox
    # ("550 5.1.1 recipient <...> denied", smtpf passing on the forward host's 5.1.1, RFC 3463: bad destination
    # mailbox address), or X.4.1 beside the refused recipient, Exchange Online's directory finding no such
    # recipient (`_refused_recipient_network_status`).
    if rule == "concept:RCPT+ACCESS_DENIED" and sd is not None and (sd[0] == 1 or sd == (4, 1)):
        return Reason.USERUNKNOWN, rule + ";mailbox-status"
    return None


# Words that say an argument is absent or a command out of its place, not a name given and judged: "HELO requires
# domain address", "HELO missing argument", "send HELO first" stay the command's syntax.
_NO_HELO_NAME: Final = ("requires", "required", "missing", "first", "expected", "needed", "empty", "no argument")
# What names the argument judged (not the command itself: "500 Invalid command" to EHLO is a server without EHLO).
_HELO_NAME_WORDS: Final = frozenset(
    ("argument", "arguments", "parameter", "parameters", "domain", "hostname", "name", "fqdn"))


def _helo_argument(reason: Reason, rule: str, ev: Evidence, sd: Subject) -> Verdict | None:
    # The argument of HELO/EHLO is the client's own name (RFC 5321 section 4.1.1.1: "the fully-qualified domain name
    # of the SMTP client"): a name given and refused as invalid in answer to HELO/EHLO ("501 5.5.4 Invalid command
    # arguments: Invalid domain name", OpenSMTPD's smtp_session.c) refuses the client's greeting, as Exim's
    # "Syntactically invalid HELO argument(s)" does (corpus/LABELING.md: HELO/EHLO name refused, `blocked`). A name
    # missing, or the command out of sequence, is still the command's syntax.
    if (ev.command in ("HELO", "EHLO") and _form_word(ev) and _HELO_NAME_WORDS.intersection(ev.words)
            and not any(w in ev.facts.words_text for w in _NO_HELO_NAME)):
        return Reason.BLOCKED, rule + ";" + ev.command.lower() + "-name"
    return None


def _recipient_restriction(reason: Reason, rule: str, ev: Evidence, sd: Subject) -> Verdict | None:
    # Exchange's recipient resolver refusing for a restriction of the recipient (RESOLVER.RST.
    # AuthRequired: a group, mailbox or public folder that accepts only its organisation's
    # authenticated senders): the authentication is the organisation's, not SMTP AUTH, and the
    # setting is the recipient's own; its NDR texts say so ("5.7.133 Sender not authenticated for
    # group", "... for mailbox", "... for public folder").
    if "resolver.rst." in ev.facts.words_text or _NOT_AUTHENTICATED_FOR.search(ev.facts.words_text):
        return Reason.FILTERED, rule + ";recipient-restriction"
    return None


def _per_client_count(reason: Reason, rule: str, ev: Evidence, sd: Subject) -> Verdict | None:
    # Postfix's anvil limits count per client and time unit ("Error: too many recipients from
    # 192.0.2.7", "too many new TLS sessions from ..."): a rate, not the recipients of one message
    # or the connections open at once ("too many connections from" stays toomanyconn).
    # Whichever words name the count ("too many recipients", "recipient count limit": RECIPIENTS_COUNT), the
    # count said "from" the sending host (a CLIENT term, the IP) is the client's own over time.
    if _PER_CLIENT.search(ev.facts.words_text) or _count_from_client(ev):
        return Reason.SPEEDING, rule + ";per-client"
    return None


def _count_from_client(ev: Evidence) -> bool:
    """Whether a RECIPIENTS_COUNT term naming recipients (a word of RCPT or RCPTS in it: not the connections the
    concept also counts) is followed by "from" and a CLIENT term (the sending host's address)."""
    if "RECIPIENTS_COUNT" not in _present(ev) or "CLIENT" not in _present(ev):
        return False
    for words, start, found in _terms_of(ev):
        clients = {pos for pos, _end, concepts in found if "CLIENT" in concepts}
        for _pos, end, concepts in found:
            after = end - start + 1
            if ("RECIPIENTS_COUNT" in concepts and after + 1 < len(words) and words[after] == "from"
                    and start + after + 1 in clients and _RECIPIENT_WORDS.intersection(words[:after])):  # fmt: skip
                return True
    return False


def _own_file(reason: Reason, rule: str, ev: Evidence, sd: Subject) -> Verdict | None:
    # A file too big that the receiving system failed to write itself ("cannot update mailbox ... error writing
    # message: File too large": strerror(EFBIG) after Postfix local(8) reached mailbox_size_limit, postconf(5)):
    # the file a delivery writes is the recipient's mailbox, at its size limit (mailboxfull), not a message sent.
    if rule == "concept:FILE+TOOBIG" and _said_of(ev, "OWN_FILES", "FILE", 3):
        return Reason.MAILBOXFULL, rule + ";own-file"
    return None


def _local_socket(reason: Reason, rule: str, ev: Evidence, sd: Subject) -> Verdict | None:
    # A connection to a Unix-domain socket ("connect to host[private/dovecot-lmtp]: No such file or
    # directory", Postfix's lmtp(8) to its own delivery agent): no network lies between a host and its own
    # socket; the receiving system's delivery agent is missing or down (LABELING.md, systemerror).
    if _LOCAL_SOCKET.search(ev.facts.low):
        return Reason.SYSTEMERROR, rule + ";local-socket"
    return None


def _refused_recipient_network_status(reason: Reason, rule: str, ev: Evidence, sd: Subject) -> Verdict | None:
    # X.4.1 ("no answer from host") beside a reply refusing the recipient: the host answered, so the
    # status cannot mean what RFC 3463 says; Exchange Online writes "550 5.4.1 Recipient address
    # rejected: Access denied" for Directory-Based Edge Blocking, no such recipient in the tenant. The refusal
    # is read as a meaning, the recipient or its address said refused in any of their words ("Recipient
    # address denied", "email account refused"), not as Exchange's one wording.
    if rule.startswith("status:") and sd == (4, 1) and _recipient_refused(ev):
        return Reason.USERUNKNOWN, rule + ";recipient-refused"
    return None


def _recipient_refused(ev: Evidence) -> bool:
    """Whether the words say the recipient, or its address, was refused ("Recipient address rejected", "All
    recipient addresses rejected")."""
    return any(_said_of(ev, subject, "REFUSED", 2) for subject in ("RCPT", "RCPTS", "ADDR"))


_LONG_WORD: Final = re.compile("[A-Za-z]{4}")
_STILL_TRYING: Final = re.compile(
    r"\b(?:attempts? will continue|will (?:continue|keep) (?:to )?(?:try|retry|attempt)|will be retried|will retry)\b")
_RECIPIENT_WORDS: Final = frozenset(
    t.words for t in TERMS if t.concept in ("RCPT", "RCPTS") and t.words.isascii() and " " not in t.words)
_PER_CLIENT: Final = re.compile(
    r"\btoo many (?:recipients|messages|new tls sessions|mail transactions)\b[^.;]{0,30}? from \S")
_NOT_AUTHENTICATED_FOR: Final = re.compile(r"\bnot authenticated for (?:the )?(?:group|mailbox|public folder)")
# Also a Postfix daemon's own services, named by their socket's class ("connect to private/dnsblog service",
# "cannot connect to service private/smtpd", "timeout sending connection to service private/smtpd": postscreen).
# And any connect that failed with ENOENT ("mail.lmtp: connect: No such file or directory", OpenSMTPD's
# mail.lmtp to a missing LMTP socket): connect(2) gives ENOENT only for a Unix-domain socket's path, never over
# a network (round r41osmtpd).
_LOCAL_SOCKET: Final = re.compile(
    r"\bconnect(?:ion)? to (?:\S*\[(?:private/|public/|/)[^\]]*\]|(?:the )?(?:service )?(?:private|public)/\w)"
    r"|\bconnect(?:\(\))?(?: to [^\s:;]{1,200})?: no such file or directory\b")


_Convention = Callable[[Reason, str, Evidence, Subject], Verdict | None]
#: The conventions that may adjust each reason, in the order they are tried (the first that speaks
#: decides); a reason not listed is never adjusted, at the cost of one lookup.
_CONVENTIONS: Final[dict[Reason, tuple[_Convention, ...]]] = {
    # A malformed address before whose it is (LABELING.md: "a malformed address ... syntaxerror, whatever the
    # status"): "501 5.1.7 Bad recipient address syntax" (simplesmtp 0.3.35) is the form, not the sender.
    Reason.USERUNKNOWN: (_login_name, _malformed, _malformed_name, _syntax_codes, _sender_or_host, _after_data,
                         _bare_invalid_address, _syntax_said, _content_status),
    Reason.HOSTUNKNOWN: (_sender_or_host, _malformed, _malformed_name, _transient_dns, _syntax_said, _content_status),
    Reason.REJECTED: (_malformed, _syntax_codes),
    Reason.NOTACCEPT: (_transient_not_accepting, _senders_null_mx),
    Reason.MAILBOXFULL: (_sending_quota, _system_storage),
    Reason.MESGTOOBIG: (_list_limit, _own_file),
    Reason.NETWORKERROR: (_local_socket, _refused_in_a_reply, _refused_recipient_network_status, _senders_dns,
                          _refused_at_connection),
    Reason.CONTENTERROR: (_command_line,),
    Reason.SECURITYERROR: (_relay_login, _temporary_login_failure, _recipient_restriction, _malformed_login,
                           _encryption_required),
    Reason.TOOMANYCONN: (_per_client_count,),
    # (An address's characters said invalid under X.1.3 or a 501, "553 5.1.3 Invalid characters in address": the
    # address's syntax, as `_malformed` reads any other wording of it.)
    Reason.POLICYVIOLATION: (_command_line, _malformed, _host_stage, _mailbox_status),
    Reason.SYNTAXERROR: (_mailbox_status, _helo_argument),
}


def in_context(verdict: Verdict, ev: Evidence) -> Verdict:
    """Adjust a verdict by the command it answered, its status and its permanence (`_CONVENTIONS`)."""
    conventions = _CONVENTIONS.get(verdict[0])
    if conventions is None:
        return verdict
    reason, rule = verdict
    sd = _subject(ev.status)
    for convention in conventions:
        adjusted = convention(reason, rule, ev, sd)
        if adjusted is not None:
            return adjusted
    return verdict
