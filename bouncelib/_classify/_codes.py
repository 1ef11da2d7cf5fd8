"""Private code families in a reply (``[TSS04]``, ``IB103``, ``OFR006_102``, ``(000C05A6)``) and the operators.

`find_codes` runs the code patterns of `bouncelib._data.providers.CODE_RULES` over a
reply. A regular expression per family per reply would cost more than the rest of the
classification, so each family is pre-tested on literals every match must contain; those
literals are derived here, once, from the family's pattern (`required_literals`), not
written in the data. A family whose pattern starts at a word boundary with a literal
(``\bib([0-9]{3})\b``: "ib") can only match where a word of the reply starts with that
literal, so it is pre-tested against the starts of the reply's words (one scan of the words
finds them for all such families); the others with one search for any of their literals.
"""

from __future__ import annotations

import re
import re._parser as sre_parse  # the stdlib's own parser of patterns: the literals every match needs
from typing import Any, Final, NamedTuple

from bouncelib._classify._decide import CodeHit
from bouncelib._classify._extract import urls_and_emails
from bouncelib._classify._lists import ROLE_MAILBOXES
from bouncelib._classify._match import ASCII_PUNCT, Hit, PhraseIndex, skipping, suffix_lookup
from bouncelib._data import providers as _prov

__all__ = ["find_codes", "find_provider", "required_literals", "word_start"]


def _run(items: Any) -> list[str]:
    """Literal prefixes the start of a parsed sequence allows (empty strings when it starts otherwise)."""
    prefixes = [""]
    for op, arg in items:
        name = str(op)
        if name == "AT":
            continue
        if name == "LITERAL":
            prefixes = [p + chr(arg) for p in prefixes]
        elif name == "SUBPATTERN":
            return [p + q for p in prefixes for q in _run(arg[3])]
        elif name == "BRANCH":
            options = [q for branch in arg[1] for q in _run(branch)]
            return [p + q for p in prefixes for q in options]
        else:
            return prefixes
    return prefixes


def required_literals(pattern: str) -> tuple[str, ...]:
    """Literals one of which every match of `pattern` contains (the longest run found), or () if none."""
    items = list(sre_parse.parse(pattern))
    best: list[str] = []
    for start in range(len(items)):
        if str(items[start][0]) not in {"LITERAL", "SUBPATTERN", "BRANCH"}:
            continue
        run = _run(items[start:])
        if all(run) and min(map(len, run)) > min(map(len, best), default=0):
            best = run
        if best and min(map(len, best)) >= 3:
            break
    return tuple(dict.fromkeys(best))


def word_start(pattern: str) -> tuple[str, ...]:
    """The starts (up to `_START` characters) of the words a match of `pattern` must start on, or ().

    A pattern ``\\b`` + literal, the literal starting with word characters, matches only where a
    word (a whole run of word characters) starts with those characters (``\\b(?:rtr|rly):``: a word
    starting with "rtr" or "rly").
    """
    items = list(sre_parse.parse(pattern))
    if not items or str(items[0][0]) != "AT" or str(items[0][1]) != "AT_BOUNDARY":
        return ()
    heads = [_WORD_CHARS.match(lit) for lit in _run(items[1:])]
    if not heads or not all(heads):
        return ()
    return tuple(dict.fromkeys(h.group()[:_START] for h in heads if h is not None))


_START: Final = 3
_WORD_CHARS: Final = re.compile(r"\w+")


class _Family(NamedTuple):
    rule: _prov.CodeRule
    pattern: re.Pattern[str]  # the rule's pattern, or for a word-start family the same without its "\b" (`_codes_of`)
    starts: frozenset[str]  # word starts one of which a match needs (empty: see `lead` and `needles`)
    lead: str  # else: what all its literals start with ("[" for "[tss0", "[ph01" ...), "" if nothing
    needles: re.Pattern[str] | None  # and literals one of which a match contains (None: no pre-test)


def _common_start(literals: tuple[str, ...]) -> str:
    """What every one of `literals` starts with ("" for none)."""
    if not literals:
        return ""
    lead = literals[0]
    for lit in literals[1:]:
        while not lit.startswith(lead):
            lead = lead[:-1]
    return lead


def _family(rule: _prov.CodeRule) -> _Family:
    starts = word_start(rule.pattern)
    literals = required_literals(rule.pattern) if not starts else ()
    lead = _common_start(literals)
    # (No search when the family's one literal is its lead: `find_codes` looks for the lead first.)
    needles = re.compile("|".join(map(re.escape, literals))) if literals and literals != (lead,) else None
    # A pattern starting with "\b" gives the engine nothing to skip ahead to: it is tried at every
    # character of the reply. Without it the pattern starts with its literals, and the boundary is
    # checked at each match found (`_codes_of`).
    pattern = rule.pattern.removeprefix("\\b") if starts else rule.pattern
    return _Family(rule, re.compile(pattern), frozenset(starts), lead, needles)


_RULES: Final = tuple(_family(rule) for rule in _prov.CODE_RULES)
_FAMILY_STARTS: Final = frozenset(s for f in _RULES for s in f.starts)


def _trie(literals: frozenset[str]) -> str:
    """An alternation of `literals` grouped by first character, the longer first (so that the engine
    tests a dozen first characters at a place instead of every literal)."""
    by_first: dict[str, list[str]] = {}
    for lit in sorted(literals, key=lambda s: (-len(s), s)):
        by_first.setdefault(lit[0], []).append(re.escape(lit[1:]))
    return "|".join(re.escape(c) + (f"(?:{'|'.join(rest)})" if len(rest) > 1 else rest[0])
                    for c, rest in sorted(by_first.items()))  # fmt: skip


# The families' starts that the reply's words start with, found by one scan of the words joined by
# spaces (a literal space the engine jumps to, then the alternation): cutting the 2- and 3-character
# starts of every word cost more than all the families' searches (3 us for 23 words, a new string
# hashed per cut).
_WORD_STARTS: Final = re.compile(f" ({_trie(_FAMILY_STARTS)})")
# The families each start found stands for: the longest start is tried first at a word, so a start found
# stands for every family needing it or a start it begins with (a family needing "cx" is met by "cxb").
_START_FAMILIES: Final[dict[str, frozenset[int]]] = {
    s: frozenset(i for i, f in enumerate(_RULES) if any(s.startswith(p) for p in f.starts)) for s in _FAMILY_STARTS
}
# The other families grouped by what all their literals start with ("[", "(", "c=" ...): one substring
# search rules out a whole group (a Python step per family cost more than the searches themselves).


def _leads(family: _Family) -> tuple[str, ...]:
    """What a match of `family` holds, any one of them enough for its pattern to be tried: its lead, or for a
    pattern with none that starts with a set of characters ("[\\[(]tss01...": "[" or "("), each of them; ("",)
    when nothing is known (every reply)."""
    if family.lead:
        return (family.lead,)
    items = list(sre_parse.parse(family.rule.pattern))
    if items and str(items[0][0]) == "IN" and all(str(op) == "LITERAL" for op, _ in items[0][1]):
        return tuple(chr(c) for _, c in items[0][1])
    return ("",)


# (A family with no lead, searched for its needles in every reply, cost about 12k instructions a real reply: Yahoo's
# "[\[(](tss0[1-5]|...)", under both of its leads, is tried only in a reply holding a "[" or a "(".)
_LEAD_FAMILIES: Final[tuple[tuple[str, tuple[int, ...]], ...]] = tuple(
    (lead, tuple(i for i, f in enumerate(_RULES) if not f.starts and lead in _leads(f)))
    for lead in dict.fromkeys(lead for f in _RULES if not f.starts for lead in _leads(f))
)


def _lead_needles(family: _Family) -> dict[str, re.Pattern[str]]:
    """For a family whose pattern starts with a set of characters, its leads (`_leads`: "[" and "(" of Yahoo's
    "[\\[(](tss0[1-6]|...)"), and whose literals stand right after that set: per lead, the lead followed by one of
    the literals ("\\[(?:tss0|tss09|...)"), which every match starting with that lead holds. A pattern led by one
    literal character is searched by a scan to that character; the literals alone ("tss0|...|gl01", led by
    common letters) made the engine test a set of characters at every character of the reply and start an
    attempt at every "t", "i", "p", "b", "d", "g" (round r81speed: 23k instructions a search on a written reply
    holding a "[" or a "(", 2.5k so)."""
    if family.starts or family.lead:
        return {}
    items = list(sre_parse.parse(family.rule.pattern))
    leads = _leads(family)
    after = _run(items[1:]) if leads != ("",) else []
    if not after or not all(after):
        return {}
    alternation = "|".join(map(re.escape, dict.fromkeys(after)))
    return {lead: re.compile(f"{re.escape(lead)}(?:{alternation})") for lead in leads}


# The needles of each (lead, family) that has its own (`_lead_needles`); the others use the family's `needles`.
_LEAD_NEEDLES: Final[dict[tuple[str, int], re.Pattern[str]]] = {
    (lead, i): needle for i, f in enumerate(_RULES) for lead, needle in _lead_needles(f).items()
}
_MARKERS: Final = PhraseIndex((p.id, m) for p in _prov.PROVIDERS for m in p.markers)
_HOSTS: Final[dict[str, str]] = {h: p.id for p in _prov.PROVIDERS for h in p.hosts}


def _starts_found(low: str, words: set[str]) -> list[str]:
    """The families' starts that words of `low` start with (`_WORD_STARTS`), as many times as found."""
    if low.isascii():
        # An ASCII text with its non-word characters made spaces holds its words, each after a space:
        # the same starts as the words joined, without making a list of the set to join (600 ns).
        return _WORD_STARTS.findall(" " + low.encode().translate(ASCII_PUNCT).decode())
    return _WORD_STARTS.findall(" " + " ".join(words))


def _start_positions(low: str, spaced: str | None = None) -> dict[int, list[int]]:
    """For an ASCII `low`: each word-start family that can match, with the positions of the words
    starting with one of its starts (in order).

    ``" " + low`` with its non-word characters made spaces has a space right before each word of
    `low`, at the index the word has in `low`: a match of `_WORD_STARTS` there gives both the start
    and where the word is, so that the family's pattern is then tried at those words alone
    (`_codes_at`) instead of searched for through the whole reply (a search of a pattern that starts
    with a group of literals tests every character; 1 us on a 160-character reply, per family).
    """
    if spaced is None:
        spaced = low.encode().translate(ASCII_PUNCT).decode()
    at: dict[int, list[int]] = {}
    for m in _WORD_STARTS.finditer(" " + spaced):
        pos = m.start()
        for i in _START_FAMILIES[m.group(1)]:
            found = at.get(i)
            if found is None:
                at[i] = [pos]
            else:
                found.append(pos)
    return at


def find_codes(low: str, provider: str | None, words: set[str], spaced: str | None = None) -> tuple[CodeHit, ...]:
    """The documented private codes in `low` (a lowercased reply) of `provider` or of any MTA.

    `words` are the words of `low` (`words_of`), `spaced` the ASCII `low` with its non-word characters made
    spaces if made already (`words_spaced`). With no provider recognised yet, every
    provider's families are tried: the code itself then names the provider (``OFR006_102``
    is Orange's).
    """
    # Which families can match is decided for all of them at once (their pre-tests), then only those
    # run their patterns, in table order: the order decides which code a reply is read by.
    positions: dict[int, list[int]] | None = None
    if low.isascii():
        positions = _start_positions(low, spaced)
        candidates: set[int] = set(positions)
    else:
        found = _starts_found(low, words)
        candidates = set().union(*map(_START_FAMILIES.__getitem__, found)) if found else set()
    for lead, families in _LEAD_FAMILIES:
        if lead in low:
            for i in families:
                if i in candidates:
                    continue  # (under another of its leads already)
                needles = _LEAD_NEEDLES.get((lead, i), _RULES[i].needles)
                if needles is None or needles.search(low) is not None:
                    candidates.add(i)
    if not candidates:
        return ()
    hits: list[CodeHit] = []
    for i in sorted(candidates):
        rule = _RULES[i].rule
        if (rule.provider is not None and provider is not None and rule.provider != provider
                and _prov.PLATFORM_OF.get(provider) != rule.provider):
            continue
        at = positions.get(i) if positions is not None else None
        for code in _codes_at(_RULES[i], low, at) if at is not None else _codes_of(_RULES[i], low):
            reason = rule.codes.get(code)
            if reason is not None:
                hits.append(CodeHit(rule.family, rule.provider, code, reason))
    return tuple(hits)


def _codes_at(family: _Family, low: str, starts: list[int]) -> list[str]:
    """`_codes_of` of a word-start family, its pattern tried only at `starts`, the positions (in order)
    of the words of `low` starting with one of its starts.

    `_codes_of` takes the leftmost match at a word boundary, then the next from where it ended: a
    match at a boundary starts a word (its literal is of word characters), one of those words, and a
    search finds at a position what a match tried there finds. So these are the same matches.
    """
    found: list[str] = []
    match = family.pattern.match
    end = 0
    for pos in starts:
        if pos < end:
            continue  # inside the code taken before
        m = match(low, pos)
        if m is not None:
            found.append(m.group(1))
            end = m.end()
    return found


def _codes_of(family: _Family, low: str) -> list[str]:
    """The code (group 1) of every match of the family's rule pattern in `low`, as ``finditer`` finds them.

    A word-start family's pattern is run without its leading "\b": the leftmost match at a word
    boundary is the leftmost match of the rule's pattern (the boundary takes no character), and
    the next search starts where a match ended or after where one was refused, as ``finditer``'s.
    """
    if not family.starts:
        return [m.group(1) for m in family.pattern.finditer(low)]
    found: list[str] = []
    search = family.pattern.search
    m = search(low)
    while m is not None:
        at = m.start()
        if at and (low[at - 1].isalnum() or low[at - 1] == "_"):  # inside a word: no boundary before it
            m = search(low, at + 1)
        else:
            found.append(m.group(1))
            m = search(low, m.end())
    return found


def find_provider(
    remote_host: str | None, low: str, words: set[str], recipient: str | None = None,
    marker_hits: list[Hit[str]] | None = None,
) -> str | None:
    """The receiving operator: by the remote host's name, else a marker in the reply, else the mailbox's domain.

    The recipient's domain (the `recipient` hint, else the one domain the reply's addresses
    share) names the operator whose mailbox it is: ``@gmail.com`` is Google's. It comes last
    because a company domain hosted anywhere says nothing, and a host or a marker says more.
    `marker_hits`: the providers' markers found in `low` when the caller looked for them already
    (`bouncelib._classify` looks for them and the blocklists' in one pass), else they are looked for here.
    """
    if remote_host:
        pid = suffix_lookup(remote_host, _HOSTS)
        if pid is not None:
            return pid
    # A host the text names as the one that answered, of no operator known ("host localout.isp-example.net
    # [192.0.2.7]: 452 too many recipients", a sending ISP's relay): the domain of an address quoted in the
    # reply then names the mailbox's operator, not the one whose server wrote the reply, which is that host's.
    answered = bool(remote_host) and _EXAMPLE_HOST.search(remote_host or "") is None
    pid = _by_marker(low, _MARKERS.find(low, words) if marker_hits is None else marker_hits, answered)
    if pid is None:
        pid = _by_url(low)
    if pid is None:
        pid = _by_format(low)
    if pid is None:
        # A server names itself first in its reply (RFC 5321 section 4.2: a 220 or 421 greeting starts
        # with its domain; many servers do so in every reply): "421 mxcmd09.ad.aruba.it bizsmtp ...".
        own = _OWN_NAME.match(low) or _QUOTED_OWN_NAME.search(low)
        pid = None if own is None else suffix_lookup(own.group(1) or own.group(2), _HOSTS)
    if pid is None and ("/" in low or "@" in low):
        pid = _by_offered(low)
    if pid is not None:
        return pid
    if recipient and "@" in recipient:
        return suffix_lookup(recipient.rpartition("@")[2].strip(">"), _HOSTS)
    if "@" in low and not answered:
        # (Not the domain of the address the text says is the sender's: "<user@gmail.com>: Sender address
        # rejected" names the sender's mailbox, not the one refused; nor a message id's.)
        named = [(m.start(1), suffix_lookup(m.group(1), _HOSTS)) for m in _ADDRESS_DOMAIN.finditer(low)]
        if not any(pid for _, pid in named):
            return None  # (no address names a provider: none does, whichever are the sender's)
        senders = _sender_spans(low)
        found = {pid for start, pid in named if not any(a <= start < b for a, b in senders)}
        if len(found) == 1:
            return found.pop()
    return None


# A reserved name (RFC 2606), as the corpus and the docs anonymise a host to: no operator's.
_EXAMPLE_HOST: Final = re.compile(r"(?:^|\.)(?:example(?:\.[a-z]{2,3})?|test|invalid|localhost)\.?$")


def _sender_spans(low: str) -> list[tuple[int, int]]:
    """Where `low` names the sender's domain (`_SENDER_DOMAIN`) or quotes the sender's address (`_SENDER_ADDRESS`)."""
    spans = []
    pos = 0
    while (m := _SENDER_DOMAIN.search(low, pos)) is not None:
        start = m.start()
        if start and (low[start - 1].isalnum() or low[start - 1] == "_"):
            pos = start + 1  # not at a word's start: as `\b` would, try again from the next character
            continue
        if (low[m.start(1) - 1] == "[" and m.group(1).count(".") >= 3
                and _SERVER_TAG_END.match(low, m.end(1)) is not None):
            # Not the bracketed host name that closes the reply: the answering server's own name, which Exchange
            # appends to each of its replies ("... to send as this sender [SRV01.namprd17.prod.outlook.com]",
            # newer versions with a time and an id after it), whatever word stands before it. A server's full
            # name has four labels or more (a host in a site's zone); a domain named as the sender's, fewer.
            pos = m.end()
            continue
        spans.append((m.start(1), m.end(1)))
        pos = m.end()
    if "sender address" in low:
        spans += [(m.start(1), m.end(1)) for m in _SENDER_ADDRESS.finditer(low)]
    if " as " in low and "sender" in low:
        spans += [(m.start(1), m.end(1)) for m in _AS_SENDER.finditer(low)]
    if "id" in low and "@" in low:
        spans += [(m.start(1), m.end(1)) for m in _MESSAGE_ID.finditer(low)]
    if "helo command rejected" in low:
        spans += [(m.start(1), m.end(1)) for m in _HELO_ARG.finditer(low)]
    return spans


def _by_marker(low: str, hits: list[Hit[str]], answered: bool = False) -> str | None:
    """The provider of the leftmost marker that names the receiving operator; `answered`: the text names the
    host that answered, which is no known operator's (an address's domain then names no one)."""
    hits = _not_in_other_roles(low, _not_in_addresses(low, hits)) if hits else hits
    if not hits:
        return None
    # A marker right after "@" is the domain of an address quoted in the reply
    # (often the bounced sender's): any other marker names the operator better.
    named = [h for h in hits if h.start == 0 or low[h.start - 1] != "@"] or ([] if answered else hits)
    if not named:
        return None
    # At one start the longer marker is the more specific ("yahoo.co.jp" over "yahoo");
    # the key breaks what is left so that no set order decides.
    return min(named, key=lambda h: (h.start, h.start - h.end, h.key)).key


def _not_in_addresses(low: str, hits: list[Hit[str]]) -> list[Hit[str]]:
    """The markers outside the names of mailboxes and hosts that are not the receiver's."""
    if hits:
        # A marker inside an address's local part names nobody: the mailbox's owner chose it (a VERP
        # bounce address carries another address there, "bounce+x-user=hotmail.it@mail.example.com").
        hits = [h for h in hits if _LOCAL_PART_REST.match(low, h.end) is None]
        # Nor does the name Postfix looked up in the DNS ("Name service error for name=yahoo.co.id
        # type=MX: Host not found", dns_lookup.c): no server of that operator answered anything.
        if "name=" in low:
            looked_up = [(m.start(1), m.end(1)) for m in _LOOKED_UP.finditer(low)]
            hits = [h for h in hits if not any(a <= h.start < b for a, b in looked_up)]
    if hits:
        # A marker inside the host name of the connecting client ("connect from mail-wr1-f49.google.com[...]",
        # "Client host [c-73-1.hsd1.va.comcast.net] blocked") names the sender's operator, not the receiver's.
        hits = [h for h in hits if not _in_client_host(low, h.start)]
    return hits


def _not_in_other_roles(low: str, hits: list[Hit[str]]) -> list[Hit[str]]:
    """The markers outside names the text gives another role: the sender's, an example's."""
    if hits and ("from" in low or " for " in low or " of " in low or "sender" in low or " by " in low
                 or "you" in low or "impersonat" in low or "helo" in low or ("id" in low and "@" in low)):
        # Nor the domain the text says the message came from: the sender's ("Email rejected per DMARC policy
        # for mail.ru", "Unauthenticated email from yahoo.com is not accepted due to domain's DMARC policy",
        # "This sender is not authorized to send from gmail.com"): its owner sent the mail, another refused it.
        # Nor the domain an authentication check was made for ("SPF check for [orange.fr] does not pass",
        # "DKIM signature for yahoo.com is not valid"): the sender's domain, whose owner the receiver checked.
        # Nor the domain named as the sender's ("Sender domain yahoo.com does not publish SPF", "Header From
        # domain gmail.com fails DMARC", "<user@gmail.com>: Sender address rejected").
        senders = _sender_spans(low)
        hits = [h for h in hits if not any(a <= h.start < b for a, b in senders)]
    if hits and any(map(low.__contains__, _EXAMPLE_WORDS)):
        # Nor a name the text gives as an example or a third party ("replace $serviceName with your email
        # service provider, e.g. "Zoho"", "providers such as Gmail, Yahoo or Outlook"): a name in a list led
        # by "e.g.", "for example", "such as", "like" is one of several, chosen by the writer, not its signature.
        hits = [h for h in hits if _EXAMPLE_BEFORE.search(low, max(0, h.start - 80), h.start) is None]
    return hits


def _by_url(low: str) -> str | None:
    """A URL's host in the reply: a server links its own operator's help and postmaster pages
    ("http://realip.naver.com", "https://support.forpsi.com/kb/a4081"). Blocklists' pages name no
    receiving operator: their domains are in no provider's hosts."""
    if "://" in low or "www." in low:
        for url_host in _URL_HOST.findall(low):
            pid = suffix_lookup(url_host, _HOSTS)
            if pid is not None:
                return pid
    return None


def _by_offered(low: str) -> str | None:
    """The operator whose page or role mailbox the reply offers, in any form a delisting contact may take
    (docs/fields.md, "delist"): a URL written as a host name with a path ("see help.isp-example.com/blocked.html",
    no scheme, no "www."), or a role mailbox ("write to postmaster@isp-example.com"; RFC 2142's role names, as
    `bouncelib._classify._lists` reads them), through the providers' domains (`Provider.hosts`): a server offers
    its own operator's help pages and mailboxes. Not a mailbox in brackets or the text names as the sender's
    (an envelope address, "<postmaster@...>", "Sender postmaster@..."), nor one the reply speaks of
    ("postmaster@...: ...")."""
    senders: list[tuple[int, int]] | None = None
    for pos, item, is_url in urls_and_emails(low, lowercase=True):
        if is_url:
            host = _OFFERED_HOST.match(item)
            pid = None if host is None else suffix_lookup(host.group(1), _HOSTS)
        else:
            local, _, domain = item.partition("@")
            if (local not in ROLE_MAILBOXES or (pos and low[pos - 1] in "<[") or low.startswith(":", pos + len(item))
                    or _SENDER_BEFORE.search(low, max(0, pos - 16), pos) is not None):
                continue
            pid = suffix_lookup(domain, _HOSTS)
            if pid is not None:
                senders = _sender_spans(low) if senders is None else senders
                if any(a <= pos + len(local) + 1 < b for a, b in senders):
                    continue
        if pid is not None:
            return pid
    return None


# Words right before a mailbox that make it the sender's ("Sender postmaster@...", "mail from postmaster@...").
_SENDER_BEFORE: Final = re.compile(r"(?:\bsender|\bfrom|\bby)(?: address)?\W{0,3}\Z")
# The host name of a URL as `urls_and_emails` gives it (with or without its scheme).
_OFFERED_HOST: Final = re.compile(r"(?:[a-z][a-z0-9+.-]*://)?(?:[^/@\s]*@)?([a-z0-9.-]+)")


def _by_format(low: str) -> str | None:
    """A provider's own code format, whatever the code's number ("AS(7555)", "(G1F)", "- 4.16.50"): the
    leftmost (at one start, the first in the table), each format tried only where a literal every match
    holds is in the reply; a format whose literals are too short to rule anything out ("bl", "es": half
    the replies hold one) is searched directly."""
    first: tuple[int, int, str] | None = None
    for index, pid, pattern, at_word, test in _SHORT_FORMATS:
        if test is not None and test.search(low) is None:
            continue
        start = _first_at_word(pattern, low) if at_word else _first(pattern, low)
        if start >= 0 and (first is None or (start, index) < first[:2]):
            first = (start, index, pid)
    # (Most replies hold none: a scan led by rarer characters rules them out, then one scan names them.)
    found = _FORMAT_LITERALS.findall(low) if _ANY_FORMAT_LITERAL.search(low) is not None else None
    if found:
        # Only the formats the literals found may stand for (`_LITERAL_FORMATS`), not every long format's
        # literals searched again (9 us on the fifth of the real replies holding "reject" or "visit").
        tried = (_LITERAL_FORMATS[found[0]] if len(found) == 1
                 else frozenset().union(*map(_LITERAL_FORMATS.__getitem__, found)))  # fmt: skip
        for index, pid, _literals, pattern, at_word in map(_LONG_FORMATS.__getitem__, tried):
            start = _first_at_word(pattern, low) if at_word else _first(pattern, low)
            if start >= 0 and (first is None or (start, index) < first[:2]):
                first = (start, index, pid)
    return None if first is None else first[2]


# The name of Postfix's DNS lookup error: "Name service error for name=H type=MX: ..." (dns_lookup.c).
_LOOKED_UP: Final = re.compile(r"\bname=(\S+) type=")
# The domain a text names as the message's origin: the sender's domain, not the refusing server's, written alone or
# as the domain of the sender's mailbox ("Sender postmaster@isp-example.com rejected", "mail from abuse@..."; "mail
# from" only before a mailbox: "during MAIL FROM [host]" names the command, and the host is the server's).
# Each alternative starts with a letter (no leading `\b`, checked at each match by `_sender_spans`), so that
# the engine skips ahead to those letters instead of trying the pattern at every character (3.5 -> 2.4 us a reply);
# `skipping` groups them by those letters, which the engine then tests once each (4.4 -> 3.0 us a search of a written
# reply; round r82speed).
_CHECKED: Final = ("(?: [a-z]+)? (?:check|record|signature|policy|alignment|validation|verification)s? "
                   "(?:for|of)(?: domain)?")
_NAMED: Final = "(?: address)?(?: domain)?(?: name)?(?: is)?:?"
# What a reply says in the second person is the client's own: the domain, host or greeting it calls "your ...", the
# name it says the client claims to be ("you are", "impersonating ... server"), an identity named right after the
# sender is refused permission ("sender not allowed <address>"). That is the sending side, not the refusing operator
# ("Your domain gmail.com is not allowed in header From", "Sorry I don't believe that you are yahoo.com", "seems to
# be impersonating another mail server (gmail.com)", "envelope sender not allowed xyz@yahoo.com").
_YOURS: Final = (r"your(?: own)?(?: sending| sender| mail| e-?mail)? (?:domain|host|hostname|host name|server|"
                 r"mail server|helo|ehlo)(?: name)?(?: is)?:?|you are|"
                 r"impersonating(?: another| a| the)?(?: mail| e-?mail)? (?:server|host|domain)|"
                 r"sender(?: address| domain)? not (?:allowed|permitted|authori[sz]ed)")
_SENDER_DOMAIN_WRITTEN: Final = (
    r"(?:dmarc policy for|spf" + _CHECKED + "|dkim" + _CHECKED + "|dmarc" + _CHECKED + "|"
    r"e-?mail from|mail from(?= [<\[(]?[^\s@<>\[\]()]{1,64}@)|messages? from|send(?:ing)? (?:e-?mail |mail )?from|"
    r"come from|comes from|coming from|came from|sent by|relayed by|submitted by|attempt(?:ed)? by|"
    r"envelope[- ]sender" + _NAMED + "|sender(?:'s)?" + _NAMED + "|header[- ]from" + _NAMED + "|envelope[- ]from"
    + _NAMED + "|" + _YOURS + r") [<\[(]?(?:[^\s@<>\[\]()]{1,64}@)?([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})"
)
_SENDER_DOMAIN: Final = skipping(re.compile(_SENDER_DOMAIN_WRITTEN), head=True)
# A domain (or an address's) said to be used *as* the sender's ("not allowed to use the domain hotmail.com as a sender
# domain", SmarterMail in PHPMailer/PHPMailer issue 304): the sender's, named before its role; group 1 the domain.
_AS_SENDER: Final = re.compile(r"(?<![\w.-])(?:[^\s@<>\[\]()]{1,64}@)?([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})>? as "
                               r"(?:a |the )?sender\b")
# An address quoted before Postfix's (and its imitators') "Sender address rejected": the sender's; group 1 its domain.
_SENDER_ADDRESS: Final = re.compile(r"<[^<>@\s]*@([a-z0-9.-]+)>:? sender address rejected")
# The name quoted before Postfix's "Helo command rejected" (smtpd_check.c: "<name>: Helo command rejected: ..."):
# the greeting the client gave, its own claimed name; group 1 the name.
_HELO_ARG: Final = re.compile(r"<([a-z0-9.-]+)>:? helo command rejected")
# The domain of a message's id ("Message-ID <CAF12@mail.gmail.com>", "(id CAF12@mail.gmail.com)"): the system that
# wrote the message, the sender's; group 1 the domain.
_MESSAGE_ID: Final = re.compile(r"(?:\bmessage[- ]?id|\bmsg[- ]?id|\(id)\b:?\s*[<(]?[^\s<>@()]+@([a-z0-9.-]+)")
# What may follow the host name in the bracketed tag closing a reply: a time and an id, then the bracket, the end.
_SERVER_TAG_END: Final = re.compile(r"(?: [^\[\]]{0,80})?\]\W{0,3}$")
# The reply's first word after the code (and status) when it is a host name: the server's own; also in DNS's
# absolute form, with the root's dot after it ("smtp-in.example.org. said: ...", as maddy logs the MX it asked);
# also as a list of replies writes any host of a domain, "*." before it ("554 *.terra.com cmsmtp ...", tuning
# zone-mta config/bounces.txt): group 2, the operator's domain, of two labels or more then.
_OWN_NAME: Final = re.compile(r"\s*(?:[2-5]\d\d[ -]+)?(?:[2-5]\.\d{1,3}\.\d{1,3}\s+)?"
                              r"(?:((?:[a-z0-9-]{1,63}\.){2,8}[a-z]{2,63})|\*\.((?:[a-z0-9-]{1,63}\.){1,7}[a-z]{2,63}))"
                              r"\.?(?=[\s,;:]|$)")
# The same where a program quotes the reply inside its own message: the code, then (after the program's
# separator, Python's "(421, b'...')" of smtplib's SMTPResponseException) the status and the server's name
# ("SMTP sender refused, unable to reconnect. (421, b'4.4.2 mx01.mail.example.net Error: timeout exceeded')").
# A full host name of three labels or more, not a domain alone: "553 example.net does not exist" is a sender's.
# (The look-behind after the code's first digit, which it checks together with the character before: led by the
# look-behind, the pattern gave the engine nothing to skip to and was tried at every character, 25k instructions a
# search on a written reply; led by the digit, at the digits 2-5 alone. Round r81speed.)
_QUOTED_OWN_NAME: Final = re.compile(r"[2-5](?<![\w.][2-5])\d\d(?:[ -]+|,\s?b?['\"])(?:[2-5]\.\d{1,3}\.\d{1,3}\s+)?"
                                     r"((?:[a-z0-9-]{1,63}\.){2,8}[a-z]{2,63})\.?(?=[\s,;:'\"]|$)")
def _in_client_host(low: str, start: int) -> bool:
    """Whether `start` lies inside a host name that the text names as the SMTP client (after "from" or
    "client host", Postfix's and most MTAs' words for the connecting host)."""
    i = start
    while i and (low[i - 1].isalnum() or low[i - 1] in ".-"):
        i -= 1
    if i == start or "." not in low[i:start]:
        return False  # the marker starts the name: a domain written on its own, not inside a host's name
    if _CLIENT_BEFORE.search(low, max(0, i - 16), i) is not None:
        return True
    # A host the text says is listed is the one refused, the sender's ("Host c-73-1.hsd1.va.comcast.net
    # [192.0.2.70] is blacklisted by ips.backscatterer.org", Haraka's backscatterer plugin): no receiver
    # reports its own host as listed.
    j = start
    while j < len(low) and (low[j].isalnum() or low[j] in ".-"):
        j += 1
    if _LISTED_AFTER.match(low, j) is not None:
        return True
    # Nor is a host the text says received the answer ("MTA p3plsmtpa08-03.prod.phx3.secureserver.net received
    # this response from the destination host", GoDaddy's relay reporting): it asked, another answered.
    return _RECEIVED_ANSWER_AFTER.match(low, j) is not None


_CLIENT_BEFORE: Final = re.compile(r"(?:(?<!mail )\bfrom|\bclient host) ?[\[<(]?\Z")
# After a host's name (and its address): the text says that host received a server's answer.
_RECEIVED_ANSWER_AFTER: Final = re.compile(
    r"\s?(?:\[[0-9a-f.:]{3,45}\]\s?)?(?:has )?(?:received|got) (?:this|the following|the|an?) "
    r"(?:\w+ )?(?:response|reply|answer|error)\b"
)
# A word that leads an example or a third party's name, and what may stand between it and the name (other
# names of the list, each followed by a comma, "or", "and" or "/"; quotes and brackets).
# ("like" not after "look(s)", "seem(s)", "sound(s)": "it looks like gmail.com refused" names who refused.)
# (The pre-test is by substrings: `_EXAMPLE_BEFORE` finds none of its words where none of these is, and a
# pattern led by `\b` is tried at every character.)
_EXAMPLE_WORDS: Final = ("like", "e.g.", "eg.", "such as", "for example", "for instance")
_EXAMPLE_BEFORE: Final = re.compile(
    r"(?:\be\.?g\.|\bfor (?:example|instance)|\bsuch as|(?<!looks )(?<!seems )(?<!sounds )(?<!look )(?<!seem )\blike)"
    r"[\s,:\"'(\[]*"
    r"(?:[\w.&'-]+[\"')\]]*\s*(?:,|/|\bor\b|\band\b)[\s\"'(\[]*){0,5}\Z"
)
# After a host's name (and its address in brackets): the text says that host is on a list.
_LISTED_AFTER: Final = re.compile(r"\s?(?:\[[0-9a-f.:]{3,45}\]\s?)?(?:is|was) (?:black|block|deny|)listed\b")
# The host of a URL written with its scheme or as a bare "www." address.
# (Led by a look-ahead for its first characters, "h" or "w": `re` skips to those, where it tried the look-behind
# at every character, 5.5 -> 2.5 us on a reply holding a URL.)
_URL_HOST: Final = re.compile(r"(?=[hw])(?:https?://|(?<![\w.-])(?=www\.))([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})")
# Every provider's code formats: (provider, the literals one of which a match holds, the pattern).
_FORMATS: Final[tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...]] = tuple(
    (p.id, required_literals(f), re.compile(f)) for p in _prov.PROVIDERS for f in p.formats
)
# Those whose literals rule most replies out (three characters or more), with their place in the table, and
# the others, searched on every reply that reaches this step (a literal pre-test that half the replies
# pass cost more than the search: the formats' step 5.4 -> 3.7 us on the real replies).
def _rules_out(literals: tuple[str, ...]) -> bool:
    # Two letters are in half the replies ("es", "bl"); three characters, or two with a sign ("(g"), are rare.
    return bool(literals) and all(len(lit) >= 3 or not lit.isalpha() for lit in literals)


# A format that starts with a group of short literals, then a rest ("(?:bl|es|dm|rl)" then "[0-9]{6}\b"): the rest
# is in every match, and where it starts with a digit `re` tries it at the digits alone, not at every "e".
_LITERAL_HEAD: Final = re.compile(r"(?:\\b)?\(\?:[a-z0-9|]+\)(?P<rest>[^()|\\?*+{].*|\\d.*)\Z")


# A set of characters repeated ("[0-9]{6}"), at the start of a pattern: written as one of them, then the rest of
# the repeat ("[0-9][0-9]{5}"), the same matches, which `re` skips to (a pattern starting with the repeat is
# tried at every character: 5.2 against 0.8 us on a 140-character reply).
_REPEATED_SET: Final = re.compile(r"(\[[^\]]+\]|\\d)\{(\d+)\}")


def _class_first(pattern: str) -> str:
    m = _REPEATED_SET.match(pattern)
    if m is None or int(m.group(2)) < 2:
        return pattern
    return f"{m.group(1)}{m.group(1)}{{{int(m.group(2)) - 1}}}{pattern[m.end():]}"


def _short_format(
    index: int, pid: str, pattern: re.Pattern[str]
) -> tuple[int, str, re.Pattern[str], bool, re.Pattern[str] | None]:
    """(index, provider, pattern, whether it must start a word, a pre-test) of a format searched on every reply.
    A format starting at a word boundary with word characters (Comcast's ``\\b(?:bl|es|dm|rl)[0-9]{6}\\b``) runs
    without its leading ``\\b``, the boundary checked at each match (`_first_at_word`): with it the engine has
    nothing to skip ahead to and tries the pattern at every character (half of this step's cost on the real
    replies). Its literals are in half the replies; what follows them (six digits) in few: that is searched
    first (the pre-test), the format only where it is found."""
    head = _LITERAL_HEAD.match(pattern.pattern)
    test = re.compile(_class_first(head.group("rest"))) if head is not None and pattern.groups == 0 else None
    if word_start(pattern.pattern):
        return index, pid, re.compile(pattern.pattern.removeprefix("\\b")), True, test
    return index, pid, pattern, False, test


def _first(pattern: re.Pattern[str], low: str) -> int:
    m = pattern.search(low)
    return -1 if m is None else m.start()


def _first_at_word(pattern: re.Pattern[str], low: str) -> int:
    """Where the leftmost match of ``\\b`` + `pattern` starts in `low` (-1: none), `pattern` starting with a word
    character: a match of `pattern` with no word character before it (the boundary takes no character, so
    the leftmost such match is the leftmost match with the boundary)."""
    m = pattern.search(low)
    while m is not None:
        at = m.start()
        if at == 0 or not (low[at - 1].isalnum() or low[at - 1] == "_"):
            return at
        m = pattern.search(low, at + 1)
    return -1


def _set_end(pattern: str, i: int) -> int:
    """Where the character set opening at `i` in `pattern` ends (after its "]"; a "]" first in it is a member)."""
    i += 2 if pattern.startswith("[^", i) else 1
    if pattern.startswith("]", i):
        i += 1
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i + 1


def _branch_starts(pattern: str, i: int) -> tuple[list[int], int]:
    """Where each branch of the alternation starting at `i` in `pattern` starts, and where the alternation ends
    (at the ")" closing its group, or at the pattern's end). Escapes and character sets are stepped over."""
    depth, cuts = 0, [i]
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _set_end(pattern, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                break
            depth -= 1
        elif c == "|" and depth == 0:
            cuts.append(i + 1)
        i += 1
    return cuts, i


def _without_leading_boundary(pattern: str) -> str | None:
    """`pattern` without the ``\\b`` that starts every match (``\\bx``; each branch's of an alternation,
    ``\\bx|\\by``; or each branch's of a leading group, ``(?:\\bx|\\by)z``), or None when it has none to take off.
    (Hornetsecurity's "\\be-mail rejected ...|\\bspam ... rejected|\\bvirus ..." with the first branch's only taken
    off was still tried at every character: 1.3 us a written reply. Round r82speed.)"""
    cuts, _end = _branch_starts(pattern, 0)
    if pattern.startswith("\\b"):
        if not all(pattern.startswith("\\b", cut) for cut in cuts):
            return None
    elif pattern.startswith("(?:"):
        cuts, end = _branch_starts(pattern, 3)
        if end == len(pattern) or not all(pattern.startswith("\\b", cut) for cut in cuts):
            return None
    else:
        return None
    for cut in reversed(cuts):
        pattern = pattern[:cut] + pattern[cut + 2 :]
    return pattern


# A pattern led by a look-behind for one character of a set, then one character of another (Microsoft's
# "(?<![0-9.])[45]\.(?:2\.12[12]|...)", an enhanced status not inside a longer number): the same with the second
# character first and the look-behind checking both after it ("[45](?<![0-9.][45])"), which gives the same matches
# (the look-behind reads the same character before, and none at the text's start). Led by the look-behind, the
# engine tried it at every character (1.5 us a written reply); led by the set, at the characters of the set.
_BEHIND_FIRST: Final = re.compile(r"\(\?<!(\[[^\]\\]+\])\)(\[[^\]\\]+\]|[a-z0-9])")


def _lead_first(pattern: str) -> str:
    """`pattern` with a leading one-character look-behind moved behind the character after it (`_BEHIND_FIRST`)."""
    m = _BEHIND_FIRST.match(pattern)
    return pattern if m is None else f"{m.group(2)}(?<!{m.group(1)}{m.group(2)}){pattern[m.end():]}"


def _long_format(
    index: int, pid: str, literals: tuple[str, ...], pattern: re.Pattern[str]
) -> tuple[int, str, tuple[str, ...], re.Pattern[str], bool]:
    """(index, provider, literals, pattern, whether it must start a word) of a format tried where its literals
    are. A format that starts at a word boundary with word characters (Mandrill's ``\\breject[_ ]reason``, Trend
    Micro's ``\\brejected:``, Google's ``(?:\\bgo to|\\bvisit|...)``) runs without the boundary, which is checked at
    each match (`_first_at_word`): with it `re` has no literal to skip ahead to and tries the pattern at every
    character (their literals, "reject", "go to", are in a fifth of the real replies)."""
    bare = _without_leading_boundary(pattern.pattern) if word_start(pattern.pattern) else None
    if bare is None:
        led = _lead_first(pattern.pattern)
        return index, pid, literals, pattern if led == pattern.pattern else re.compile(led), False
    return index, pid, literals, re.compile(bare), True


_LONG_FORMATS: Final = tuple(_long_format(i, pid, lits, pat) for i, (pid, lits, pat) in enumerate(_FORMATS)
                             if _rules_out(lits))  # fmt: skip
_SHORT_FORMATS: Final = tuple(_short_format(i, pid, pat) for i, (pid, lits, pat) in enumerate(_FORMATS)
                              if not _rules_out(lits))  # fmt: skip
# (Grouped by first character: an alternation of the bare literals cost twice as much per reply.)
_FORMAT_LITERALS: Final = re.compile(_trie(frozenset(lit for _, _, lits, _, _ in _LONG_FORMATS for lit in lits)))

# How many times each character stands in a reply: per reply over the 4,370 real replies of corpus/replies/real,
# lowercased and masked (106 characters on average; counted in round r43speed). A character left out is rarer.
_PER_REPLY: Final = {
    " ": 13.8, "e": 9.9, "a": 6.1, "t": 5.9, "s": 5.6, "i": 5.3, "o": 5.2, "r": 5.1, "n": 4.5, "l": 3.6,
    "m": 3.2, "d": 3.2, ".": 3.0, "c": 2.5, "u": 2.2, "p": 2.2, "5": 1.6, "0": 1.6, "g": 1.4, "h": 1.3,
    "z": 1.1, "f": 1.0, "b": 0.9, "v": 0.9, "q": 0.9, "y": 0.9, ":": 0.8, "1": 0.8, "x": 0.7, "k": 0.6,
    "4": 0.6, "/": 0.5, "w": 0.5, "2": 0.4, "j": 0.4, "-": 0.4, ",": 0.3, "@": 0.3, "7": 0.3, "'": 0.3,
    "3": 0.2, ")": 0.2, "(": 0.2, "<": 0.1, ">": 0.1, '"': 0.1, "[": 0.1, "]": 0.1, "=": 0.1,
}


def _leaders(literals: frozenset[str]) -> frozenset[str]:
    """The characters, fewest in a reply all told (`_PER_REPLY`), such that each of `literals` holds one: the
    places where a scan led by them starts an attempt (branch and bound over the literals' characters)."""
    best: list[tuple[float, frozenset[str]]] = [(float("inf"), frozenset())]

    def extend(chosen: frozenset[str], cost: float) -> None:
        if cost >= best[0][0]:
            return
        left = [lit for lit in literals if chosen.isdisjoint(lit)]
        if not left:
            best[0] = (cost, chosen)
            return
        fewest = min(left, key=lambda lit: (len(set(lit)), lit))
        for c in sorted(set(fewest), key=lambda c: (_PER_REPLY.get(c, 0.0), c)):
            extend(chosen | {c}, cost + _PER_REPLY.get(c, 0.0))

    extend(frozenset(), 0.0)
    return best[0][1]


def _led_by_rare(literals: frozenset[str]) -> str:
    """A pattern that matches where one of `literals` is: each literal entered at its rarest leader
    (`_leaders`), the characters before that checked by a look-behind once the rest has matched. A literal
    holding another is left out (where it is, the other is)."""
    kept = frozenset(lit for lit in literals if not any(o != lit and o in lit for o in literals))
    leaders = _leaders(kept)
    by_leader: dict[str, list[str]] = {}
    for lit in sorted(kept, key=lambda s: (-len(s), s)):
        at = min((i for i, c in enumerate(lit) if c in leaders), key=lambda i: (_PER_REPLY.get(lit[i], 0.0), i))
        behind = f"(?<={re.escape(lit)})" if at else ""
        by_leader.setdefault(lit[at], []).append(re.escape(lit[at + 1 :]) + behind)
    return "|".join(re.escape(c) + (f"(?:{'|'.join(rest)})" if len(rest) > 1 else rest[0])
                    for c, rest in sorted(by_leader.items()))  # fmt: skip


# Whether the reply holds one of those literals at all (`_FORMAT_LITERALS` finds one), by a scan that starts
# attempts at ten characters ("[", "j", "_", "s", ...: 12 a reply) where the literals' first characters are at
# 50 a reply: 2.1 -> 0.7 us on a real reply holding none (four in five), findall only where it finds one.
# (`skipping` groups the alternatives after each leader by their next characters: 1.0 -> 0.9 us; round r82speed.)
_ANY_FORMAT_LITERAL_WRITTEN: Final = _led_by_rare(frozenset(lit for _, _, lits, _, _ in _LONG_FORMATS for lit in lits))
_ANY_FORMAT_LITERAL: Final = skipping(re.compile(_ANY_FORMAT_LITERAL_WRITTEN))


def _literal_formats(found: str) -> frozenset[int]:
    """The positions in `_LONG_FORMATS` of the formats that `found`, a literal `_FORMAT_LITERALS.findall`
    returned, may stand for: those with a literal that a text may hold where `found` was matched.

    `findall` gives one literal per place, the longest there (`_trie` puts the longer first), and resumes
    after it. A literal of the text is then missed only if it starts at the same place (it is a prefix of
    `found`), inside `found` (it is a substring of `found`) or inside `found` and running on past its end
    (a proper prefix of it is a suffix of `found`). Every format with a literal of those kinds is tried: a
    format tried in a text holding none of its literals finds nothing (each match holds one of them,
    `required_literals`), so trying one too many costs a search and changes no answer."""
    tails = tuple(found[j:] for j in range(len(found)))  # (`startswith` tests them all in one call)
    return frozenset(
        i for i, (_, _, literals, _, _) in enumerate(_LONG_FORMATS) for lit in literals
        if lit in found or lit.startswith(tails)
    )


_LITERAL_FORMATS: Final[dict[str, frozenset[int]]] = {
    lit: _literal_formats(lit) for _, _, lits, _, _ in _LONG_FORMATS for lit in lits
}
# What follows a marker inside an address's local part: more of the local part, then "@".
_LOCAL_PART_REST: Final = re.compile(r"[^\s<>@()\[\]\"',;:]*@[a-z0-9-]")
_ADDRESS_DOMAIN: Final = re.compile(r"@([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})")
