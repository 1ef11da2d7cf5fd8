"""Which blocklist a reply names, whether it is a DNSBL error answer, and the delisting contacts it gives."""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import urlsplit

from bouncelib._classify._extract import urls_and_emails
from bouncelib._classify._mask import is_list_admin
from bouncelib._classify._match import WORD, Hit, PhraseIndex, skipping, suffix_lookup
from bouncelib._data.blocklists import (
    ALLOW_PATH_WORDS,
    BLOCKLISTS,
    CODE_LISTS,
    DELIST_HOSTS,
    DELIST_PATH_WORDS,
    MISCONFIGURED,
    UMBRELLAS,
    BlocklistRow,
)
from bouncelib._data.concepts import TERMS
from bouncelib._data.contact_words import pattern_of
from bouncelib.models import Blocklist

__all__ = ["ROLE_MAILBOXES", "delist_contacts", "find_blocklist"]

_BY_ID: Final[dict[str, BlocklistRow]] = {row.id: row for row in BLOCKLISTS}
_BY_ZONE: Final[dict[str, BlocklistRow]] = {z: row for row in BLOCKLISTS for z in row.zones}
_DELIST_HOSTS: Final[dict[str, str]] = {h: h for h in DELIST_HOSTS}
# The short names of an umbrella row's lists, as words (also inside a URL: ".../sbl/query/SBLCSS").
# Short names joined by a hyphen are one combined zone of two lists ("sbl-xbl.spamhaus.org", Spamhaus'
# SBL and XBL together): neither alone, so only the operator is named.
_SHORT_NAMES: Final = {
    umbrella: re.compile(r"(?<![\w-])(" + "|".join(names) + r")(?![\w-])") for umbrella, names in UMBRELLAS.items()
}
_MARKERS: Final = PhraseIndex((row.id, marker) for row in BLOCKLISTS for marker in row.markers)

# Postfix reject_rbl_client: "Client host [192.0.2.1] blocked using zen.spamhaus.org";
# other MTAs: "listed in/at/on/by <zone>", "is in a black list at <zone>"; the kind of list may stand
# between the wording and the zone ("listed in the RBL at <zone>", "in a black list <zone>").
# A refusal word of the REFUSED concept before "using" names what the refusal used, whichever word says it
# ("blocked using", Barracuda's "rejected using"); before "by" it does when a word of the LISTING concept
# follows ("refused by the blocklist <zone>"): a list we do not know is still a list (corpus/LABELING.md,
# blocked). Both from `bouncelib._data.concepts` TERMS (one home for the words); the list words longest first,
# the refusal words as one factored alternation (`trie_alternation`).

_Trie = dict[str, "_Trie"]  # a letter -> the letters after it; "" where a word ends


def trie_alternation(words: set[str]) -> str:
    """A regex matching exactly the strings of `words`, factored by their letters ("block|blocked|bounced"
    is "b(?:lock(?:ed)?|ounced)"). A flat alternation of the 137 refusal words is tried branch after branch at
    every word boundary of the text (149 us for a 200-character reply); factored, one branch per letter is.
    Each word here is followed by " using" or " by" and holds no space, so at most one of them can match
    where the pattern is tried: the order of the branches, all that factoring changes, decides nothing
    (tests/test_classify_r63speed.py compares it with the flat alternation)."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: _Trie) -> str:
    alternatives = [re.escape(ch) + _trie_regex(node[ch]) for ch in sorted(node) if ch]
    if not alternatives:
        return ""
    if "" in node:  # a word ends here and longer ones go on
        return "(?:" + "|".join(alternatives) + ")?"
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"


_REFUSAL_TERMS: Final = frozenset(
    t.words for t in TERMS if t.concept == "REFUSED" and t.words.isascii() and " " not in t.words)
_REFUSAL_WORDS: Final = trie_alternation(set(_REFUSAL_TERMS))
_LIST_WORDS: Final = "|".join(sorted(
    {re.escape(t.words) for t in TERMS if t.concept == "LISTING" and t.words.isascii()}
    | {"rhsbl", "uribl", "black ?list", "block ?list"}, key=lambda w: (-len(w), w)))
# The two forms after a refusal word ("using", "by" before a list word) share one factored alternation of the
# words, tried first: where another wording matches at the same place ("blacklisted by", "rejected by") it ends
# at the same "by" or reads other words, so which is tried first changes no match (the refusal words twice, as
# two branches, cost four times this; tests/test_classify_r63speed.py compares it with the plain order).
_ZONE = re.compile(
    rf"\b(?:(?:{_REFUSAL_WORDS}) (?:using|by(?= (?:the |a |an )?(?:{_LIST_WORDS}) ))|"
    rf"(?:black ?listed|block ?listed|listed) (?:in|at|on|by)|(?:black ?list|block ?list)(?: at)?|rejected by)"
    rf" (?:the |a |an )?(?:(?:{_LIST_WORDS}) (?:at |on )?)?"
    r"([a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,62}){1,8})")
_ZONE_TRIGGERS: Final = frozenset({"using", "listed", "blacklisted", "blocklisted", "blacklist", "blocklist", "list",
                                   "by"})
_MISCONFIGURED_WORDS: Final = frozenset(w for p in MISCONFIGURED for w in WORD.findall(p))
_NUMERIC = re.compile(r"[\d.]+\Z")
_REMOVAL_CONTEXT = re.compile(
    r"remov|delist|de-list|unblock|unlist|reset|forward this message|contact|report details|write to|"
    # Asked to forward the refused mail itself for a second look ("please forward the wrong classified
    # e-mail to our abuse department at FPR@RX.T-ONLINE.DE", T-Online's spam refusal), this email or error
    # included ("For assistance forward this email to <mailbox>", AT&T's DNSBL refusal).
    r"forward (?:the|it|your|this)\b|"
    # Asked to report something back to the mailbox right after ("please report the above error codes back
    # to <mailbox>", T-Online's spam refusal), however far the request starts: what is reported goes there.
    # The request only (please, kindly): "sending a delivery report to <address>" is the noun.
    r"(?:please|kindly) report\b[\w -]{0,40}? to\s*\Z|"
    r"request|send (?:an? )?(?:e-?mail|request)|register|"
    # The same in other languages: contact, turn to, write to, forward this message to (`CONTACT_WORDS`, "ask").
    + pattern_of("ask"))
# A filter's credit line names its maker's site ("Protection provided by MagicSpam 2.0.18-1
# http://www.magicspam.com", "Powered by ..."): an advertisement, not a page about the refusal.
_CREDIT_BEFORE = re.compile(r"\b(?:powered|provided|protected) by\b(?:[^.;:,()]|\.(?=\S)){0,60}\Z")


def _credit_before(before: str) -> bool:
    # (Every match holds "d by": the pattern, starting with "\b", is tried at every character, so it is
    # searched only when that is there.)
    return "d by" in before and _CREDIT_BEFORE.search(before) is not None


# A page offered for withdrawing the sender's own held post ("If you would like to cancel this posting, please
# visit the following URL", GNU Mailman 2 templates/<lang>/postheld.txt): the message's own page, not one to
# learn why or to be unblocked (docs/fields.md: never a URL of the original message). The verbs of its tuning
# translations (ca, cs, da, es, fi, fr, it, ja, nl, pl, pt, ru, sv, tr, zh).
# (Two patterns: the one alternative starting with "\b" made `re` try the whole alternation at every character
# of the 160 before each URL; the others start with a letter it skips to. A match of either is a match of the
# alternation, and the first is searched only when its word is there.)
# (`skipping`: its alternatives grouped by their first letters, which the engine tests once each; round r82speed.)
_WITHDRAW_WRITTEN: Final = (
    r"annuler|cancelar|cancel·lar|cancellare|annuleren|anulować|stornovat|удалить|dra tillbaka|"
    r"trække [\w -]{0,30}tilbage|vazgeçmek|peruuttaa|取り消す|取消")
_WITHDRAW_WORDS = skipping(re.compile(_WITHDRAW_WRITTEN))
_CANCEL = re.compile(r"\bcancel")


def _withdraw_before(before: str) -> bool:
    """Whether `before` (the lowercase text before a URL) holds a verb of withdrawing a held post."""
    return _WITHDRAW_WORDS.search(before) is not None or ("cancel" in before and _CANCEL.search(before) is not None)


# The name a client greeted with, as Postfix logs it ("helo=<www.example.com>") or as SMTP's HELO/EHLO
# argument (RFC 5321 section 4.1.1.1): a host's name, which a site may well start with "www.", not a page.
_GREETING_BEFORE = re.compile(r"\b(?:helo|ehlo)(?:=<?|\s+)\Z")


def _greeting_before(before: str) -> bool:
    # (Every match holds "helo" or "ehlo": the pattern, starting with "\b", is tried at every character, so it is
    # searched only when one of them is there.)
    return ("helo" in before or "ehlo" in before) and _GREETING_BEFORE.search(before) is not None

# Wording that hands the sender the address right after it, even in angle brackets
# ("or to contact <postmaster@rx.t-online.de> for reset"): the bracket is not a recipient's.
# "Email" as the verb right before the mailbox asks the sender to write there too ("If you believe this is an
# error, please email <mailbox>", "email us at", "reach us at"): the verb only, since the noun ("email address",
# "deliver the email to <recipient>") is everywhere in refusals (bench/delist_perturb.py, the "verb" variation).
# Likewise the other wordings of asking the sender to write to the mailbox right after them: "reach out to",
# "get in touch with", "(please) report <what> to" (the imperative, not "a delivery report to"), "mail us at",
# and "Email" opening a sentence ("Questions? Email <mailbox>"): a verb of writing, not the noun.
# So are the imperatives "send mail to", "notify" (not "could not send mail to <recipient>", "we notify <sender>":
# only as a request, after "please" or opening a sentence) and where to direct questions ("Questions to <mailbox>",
# "Direct inquiries to", "Send complaints to"): bench/delist_perturb.py, the "verb" variation.
_EMAIL_VERB = (
    r"(?:(?:please|kindly) e-?mail(?: us)?(?: at)?|e-?mail us(?: at)?|reach us at|reach out (?:to|at)|"
    r"get in touch with|(?:please |\A|[.?!:;)\]] )report\b[\w -]{0,30}? to|\bmail us(?: at)?|"
    r"(?:please |kindly |\A|[.?!:;)\]] )(?:send (?:an? )?(?:e-?)?mail to|notify)|"
    r"\b(?:questions|inquiries|enquiries|complaints)(?: [\w-]{1,20}){0,3}? to|"
    r"(?:\A|[.?!:;)\]] )e-?mail)\s*$")
_ASKED_BEFORE = re.compile(_EMAIL_VERB)
# "Report" capitalised opens an imperative wherever it stands, punctuation or not ("554 HL:IPB Report false
# positives to <mailbox>"): searched in the text as written.
_REPORT_TO = re.compile(r"\bReport\b[\w -]{0,30}? to\s*\Z")
_CONTACT_BEFORE = re.compile(
    r"(?:contact|write to|e-?mail to|forward (?:this message |it )?to|register [\w ]{0,20}to)\s*$|" + _EMAIL_VERB)
# A label naming the mailbox after it as the message's recipient or sender (a DSN's "Original-Recipient:
# rfc822;", Postfix's "to=" / "from=", SMTP's "RCPT TO:" / "MAIL FROM:", "Sender address:", "Recipient:"):
# the recipient's or the sender's address, never a contact, whatever contact wording came before
# (bench/delist_perturb.py, the "recipient" and "sender" variations).
_ADDRESS_LABEL_BEFORE = re.compile(
    r"(?:\b(?:original-|final-)?recipient|\bsender|\brcpt to|\bmail from|\b(?:from|to|orig_to)=|rfc822;)"
    r"(?: address)?\s*[:;=]?\s*<?\Z"
    # The client's own login named as whose the sender address is or who logged in (Postfix smtpd_check.c
    # reject_sender_login_mismatch: "Sender address rejected: not owned by user <login>"; "authenticated as",
    # "logged in as", Postfix's "sasl_username="): the sender's account, never a contact (round r48rep).
    r"|\b(?:owned by (?:(?:auth|sasl|login) )?user|(?:authenticated|logged in|signed in) as|sasl_username=)\s*<?\Z"
    # The identity a check found the client not authorised to use (pypolicyd-spf's SPF refusal: "Sender is not
    # authorized by default to use '<identity>' in 'helo' identity"; "not permitted to use <address>"): the sender's
    # own address or HELO identity, what was checked, never a contact (round r56pd).
    r"|\b(?:(?:authori[sz]ed|allowed|permitted)(?: by default)? to|may not) use\s*['\"<]?\Z")
_POINTER_BEFORE = re.compile(r"\b(?:see|visit|refer to)\s*\Z")
# A URL the reply says the refused message carried (a link of its body that a URI list or a filter matched,
# a tracking or unsubscribe link quoted from it: "Message contains a blocked URL: http://...", "URL in
# message listed: ..."): the message's own, never a contact (docs/fields.md). The clause before the URL
# names what carried it (the message or its body contains, includes, carries it; found, seen, detected in the
# message) or calls the URL a listed or forbidden link; words offering a page between those and the URL
# ("your message contains a virus, see http://...") make it an offered page again.
_CARRIED = re.compile(
    r"\b(?:contain(?:s|ed|ing)?|carr(?:y|ies|ied|ying)|includ(?:es|ed|ing)|(?:found|seen|detected|present) in|"
    r"in (?:the |your |this |that )?(?:message|body|mail|e-?mail|content|text)|"
    # A label naming what follows as the refused message's own ("Original message: http://...").
    r"original (?:message|mail|e-?mail))\b|"
    r"\b(?:blocked|listed|black ?listed|block ?listed|forbidden|prohibited|banned|malicious|suspicious|"
    r"phishing|spam(?:my)?|bad) (?:urls?|uris?|links?|domains?)\b")
# (The words of getting unblocked offer a page too: "Message contains <what> Appeal at: <url>", "to dispute",
# "for removal", "to delist", "to unblock": bench/delist_perturb.py, the "reason" variation.)
_OFFERING = re.compile(
    r"\b(?:see|visit|refer|consult|information|info|details|help|go to|learn|check|read|request|contact|"
    r"appeal|dispute|unblock|delist|removal)\b")
# (A line break ends a clause with nothing after it: the look-behind is its whole condition. So every match starts
# with one character of one set, which the engine skips to: written "[.;!?](?:\s|\Z)|\n", an alternation whose
# first branch starts with a set, it gave the engine nothing to skip to, 14k instructions a search on a written
# reply against 7k. The same matches, start and end. Round r81speed.)
_CLAUSE_END = re.compile(r"[.;!?\n](?:(?<=\n)|\s|\Z)")


def _carried_before(before: str) -> bool:
    """Whether `before` (the lowercase text before a URL, up to 80 characters) says the URL is the message's."""
    clause = before[max((m.end() for m in _CLAUSE_END.finditer(before)), default=0) :]
    last = None
    for m in _CARRIED.finditer(clause):
        last = m
    return last is not None and _OFFERING.search(clause, last.end()) is None


# The same said after the URL: the words right behind it make it what the refusal judged or found in the message
# ("the URL https://sender.example/offer is listed on uribl", "http://x.example/y is on a URI blocklist",
# "https://x.example/y in message is blacklisted", "... found in the body"): the subject of a listing or of what
# the message carried, never a page offered to the sender (docs/fields.md: never a URL of the original message).
# Only right behind it (a closing bracket or quote between), so that a page offered before a later sentence
# about a listing keeps counting.
_JUDGED_AFTER = re.compile(
    r"[)>\]'\"]?,?\s*(?:(?:which |that )?(?:is|was|are|were|has been|have been|got|gets) )?(?:"
    r"(?:black|block)?-? ?listed\b|blacklisted\b|blocklisted\b|banned\b|forbidden\b|prohibited\b|"
    r"(?:found|seen|detected|present|contained) in\b|"
    r"on (?:an? |the |our |several |one or more )?[\w -]{0,25}?(?:black|block|deny|deni) ?lists?\b|"
    r"in (?:the |your |this |that )?(?:message|body|mail|e-?mail|content|text)\b)")


def _judged_after(low: str, end: int) -> bool:
    """Whether the words right after a URL ending at `end` make it what the refusal judged (`_JUDGED_AFTER`)."""
    return _JUDGED_AFTER.match(low, end, end + 80) is not None


def _zone_row(zone: str) -> BlocklistRow | None:
    row = _BY_ZONE.get(zone)
    if row is not None:
        return row
    # Subscriber-keyed zones: "<key>.zen.dq.spamhaus.net".
    for known, r in _BY_ZONE.items():
        if zone.endswith("." + known):
            return r
    return None


# The values are valid by construction (the table's strings, a zone read as a str, a bool): the model is made
# without validation, as `Blocklist.model_construct` does; every field is given, so the instance equals the
# validated one field for field, and is frozen alike.
_construct: Final = Blocklist.model_construct


def _model(row: BlocklistRow, zone: str | None, misconfigured: bool) -> Blocklist:
    return _construct(
        id=row.id,
        name=row.name,
        zone=zone or (row.zones[0] if len(row.zones) == 1 else None),
        operator=row.operator,
        delist_url=row.delist_url,
        delist_email=row.delist_email,
        receiver_misconfigured=misconfigured,
    )


def find_blocklist(
    low: str, words: set[str], codes: list[tuple[str, str]], status_list: str | None,
    marker_hits: list[Hit[str]] | None = None,
) -> Blocklist | None:
    """The list a reply names, from its zone, its wording, a provider code, or (`status_list`) the
    list a provider's own status code stands for. `marker_hits`: the lists' markers found in `low`
    when the caller looked for them already (with the providers', `bouncelib._classify`), else they
    are looked for here."""
    # Word-set tests first: most replies name no list and no resolver error at all.
    misconfigured = not _MISCONFIGURED_WORDS.isdisjoint(words) and any(p in low for p in MISCONFIGURED)
    zone: str | None = None
    zm = _ZONE.search(low) if not _ZONE_TRIGGERS.isdisjoint(words) else None
    if zm:
        candidate = zm.group(1).rstrip(".-")
        if not _NUMERIC.match(candidate) and "." in candidate:
            zone = candidate
            row = _zone_row(zone)
            if row is not None:
                return _model(row, zone, misconfigured)
    # A provider's own code says which list it consulted ("IB106 ... Spamhaus Block List (PBL)" is
    # GoDaddy's code for the PBL): the provider's documented meaning goes before wording.
    for prov, code in codes:
        list_id = CODE_LISTS.get((prov, code))
        if list_id is not None:
            return _model(_BY_ID[list_id], zone, misconfigured)
    hits = _MARKERS.find(low, words) if marker_hits is None else marker_hits
    if hits:
        # The longest marker names the most specific list ("spamhaus sbl" over "spamhaus").
        best = max(hits, key=lambda h: (h.end - h.start, -h.start))
        list_id = best.key
        if list_id in UMBRELLAS:
            # Only the operator is named ("spamhaus.org"): one of its lists written by its short
            # name ("blocked using ZEN", "SBLCSS") says which.
            named = set(_SHORT_NAMES[list_id].findall(low))
            list_id = next((lid for name, lid in UMBRELLAS[list_id].items() if name in named), list_id)
        return _model(_BY_ID[list_id], zone, misconfigured)
    if status_list is not None:
        return _model(_BY_ID[status_list], zone, misconfigured)
    if zone is not None:
        return _construct(id=zone, name=zone, zone=zone, receiver_misconfigured=misconfigured)
    if misconfigured and "spamhaus" in low:
        return _model(_BY_ID["spamhaus"], None, True)
    return None


def _url_counts(url: str) -> bool:
    try:
        parts = urlsplit(url if "://" in url else "http://" + url)
        host = (parts.hostname or "").lower()
    except ValueError:
        return False
    if suffix_lookup(host, _DELIST_HOSTS) is not None:
        return True
    rest = (parts.path + "?" + parts.query).lower()
    return any(w in rest for w in DELIST_PATH_WORDS)


# A contact offered for the sender's block (round r63deli): the sentence holding it asks the sender to write there or go
# there (`_ASK_IN_SENTENCE`, before the contact) and names what for, getting unblocked, delisted, whitelisted or
# removed from a list (`_UNBLOCK_PURPOSE`): "Send the full bounce to <mailbox> to be unblocked", "To request removal
# contact <mailbox>", "Questions about this block go to <mailbox>". The words say the refusal concerns the sender's
# standing, whatever reason the rest of the reply was read as (a recipient's, a failure's, a model's guess).
# With a reason that names no one (a guess, `_UNSAID`) an appeal does the same: "If you think this is an error,
# [contact the staff](<url>)" (Discourse's refusal of an unknown poster, in its it, pt_BR and sv catalogues); not
# after a rule read the recipient's failure, where "if you believe this is an error, contact postmaster" is about
# that recipient (docs/fields.md: in a refusal about the recipient only a blocklist's own page counts).
# (`skipping`: "(?:this|the|your|our) block" spelt out, every alternative then led by a letter, grouped by it: the
# engine skips to those letters and enters one group there, where the group had it try every alternative at
# every character; 0.6 -> 0.3 us a written reply. Round r82speed.)
_UNBLOCK_WRITTEN: Final = (
    r"unblock|de-?list|unlist|white-?list|allow-?list|to be removed|for removal|request(?:ing)? removal|"
    r"removal request|removed from|(?:this|the|your|our) block\b|" + pattern_of("unblock"))
_UNBLOCK_PURPOSE = skipping(re.compile(_UNBLOCK_WRITTEN))
# (The appeal is the sender's judging the refusal wrong, "if you think this is an error / your message was wrongly
# refused", not a disclaimer's "if you received this message in error" about the notice itself: Cyrus's refusal
# "... or postmaster@ if you believe you received this message in error" stays without a contact.)
_APPEAL_PURPOSE = re.compile(
    r"(?:think|believe|feel)s? (?:that )?(?:this|it|that|your \w+)\b[\w ]{0,30}?(?:error|mistake|wrong)|"
    r"false positive|" + pattern_of("appeal"))
# A "\b" opening an alternative, before a letter that no quantifier follows.
_LEADING_BOUNDARY: Final = re.compile(r"(?:(?<=^)|(?<=\|))\\b(\w)(?![?*+{])")


def boundary_after_letter(pattern: str) -> str:
    """`pattern` with each alternative that opens with "\\b" and a letter opening with the letter, the boundary
    checked after it by a look-behind at the two characters ("\\bsee" -> "s(?<!\\ws)ee": the letter is a word
    character, so a boundary before it is a character before it that is none). The same matches; but an alternation
    whose alternatives all open with a literal gives the engine the set of their first characters to skip to, where
    one opening with "\\b" had it try the whole alternation at every character (round r81speed)."""
    return _LEADING_BOUNDARY.sub(lambda m: rf"{m.group(1)}(?<!\w{m.group(1)})", pattern)


_ASK_IN_SENTENCE = re.compile(boundary_after_letter(
    r"contact|write|e-?mail|\bmail\b|\bsend|forward|reach|\bask\b|\bvisit|\bsee\b|go to|apply|request|"
    r"questions|" + pattern_of("ask")))


# Words offering the contact after them in their clause: a pointer or a request to go, read, learn or ask there
# ("see", "visit", "for more information", "for details", "contact"), in English (`_OFFERING`) and in the other
# languages of the `ask` words (`bouncelib._data.contact_words`: "contatta", "kontaktujte", "联系" ...), "contact" as
# a stem (fr "contactez", es "contacta", ro "contactați", as `_REMOVAL_CONTEXT` reads it).
_OFFERED_BY = re.compile(_OFFERING.pattern + "|contact|" + pattern_of("ask"))


# A disclaimer about the notice itself after the contact ("... or postmaster@ if you believe you received this message
# in error"): the contact is offered for a notice that reached the wrong reader, not for the refusal.
_DISCLAIMER = re.compile(r"\breceived\b[\w ]{0,30}?\bin error\b")


def _offered_in_clause(low: str, pos: int, end: int) -> bool:
    """Whether words of the clause before the contact at ``low[pos:end]`` offer it (`_OFFERED_BY`), and no disclaimer
    about the notice follows it in its clause (`_DISCLAIMER`)."""
    start = max((m.end() for m in _CLAUSE_END.finditer(low, max(0, pos - 160), pos)), default=max(0, pos - 160))
    if _OFFERED_BY.search(low, start, pos) is None:
        return False
    stop_match = _CLAUSE_END.search(low, end, end + 160)
    stop = stop_match.start() if stop_match is not None else min(len(low), end + 160)
    return _DISCLAIMER.search(low, end, stop) is None


def _purpose_named(low: str, appeal: bool) -> bool:
    """Whether the reply names getting unblocked (`_UNBLOCK_PURPOSE`), or, where `appeal`, an appeal."""
    return _UNBLOCK_PURPOSE.search(low) is not None or (appeal and _APPEAL_PURPOSE.search(low) is not None)


def _offered_for_unblocking(low: str, pos: int, end: int, appeal: bool) -> bool:
    """Whether the contact at ``low[pos:end]`` is offered for the sender's block (`_UNBLOCK_PURPOSE`)."""
    start = max((m.end() for m in _CLAUSE_END.finditer(low, max(0, pos - 160), pos)), default=max(0, pos - 160))
    if _ASK_IN_SENTENCE.search(low, start, pos) is None:
        return False
    stop_match = _CLAUSE_END.search(low, end, end + 160)
    stop = stop_match.start() if stop_match is not None else min(len(low), end + 160)
    if _UNBLOCK_PURPOSE.search(low, start, pos) is not None or _UNBLOCK_PURPOSE.search(low, end, stop) is not None:
        return True
    return appeal and (_APPEAL_PURPOSE.search(low, start, pos) is not None
                       or _APPEAL_PURPOSE.search(low, end, stop) is not None)


def delist_contacts(flat: str, about_sender: bool, blocklist: Blocklist | None = None, *,
                    unblocking: bool = True, appeal: bool = False, notice: bool = False) -> list[str]:
    """The delisting contacts of a reply (docs/fields.md, "delist"), in order, as written.

    Every URL and mailbox the refusing server offers the sender for getting unblocked or
    learning why, when the refusal concerns the sender (`about_sender`: a block, listing,
    reputation, policy, rate or authentication refusal): a URL counts whatever it points
    to, with its scheme, as a bare ``www.`` address or as a host name with a path; a mailbox counts when it is a role
    mailbox (``delist@``, ``postmaster@`` ...) or removal, contact or registration wording
    precedes it, and never when written in angle brackets (the bounced recipient or the
    sender) unless contact wording leads straight to the bracket. In any other refusal only
    a blocklist's own removal or lookup page counts. Then the named list's documented
    removal page and address.

    `notice`: the reply is a notice with no reply code and no status whose reason names no one or is a guess of a
    refusal of the sender (`bouncelib._classify._bare_notice`): it concerns the sender when its words offer a contact
    (`_offered_in_clause`: "see", "visit", "for more information", "contact" ... before it in its clause).

    Nothing when the reply is a DNSBL error answer: the sender is not listed, there is nothing to
    delist, and its "/returnc/" page is for the receiver's administrator.
    """
    if blocklist is not None and blocklist.receiver_misconfigured:
        return []
    out: list[str] = []
    if "/" in flat or "www." in flat or "WWW." in flat or (
        "@" in flat and (about_sender or notice or _mailbox_may_count(flat, unblocking, appeal))
    ):
        # (Lowered here, not for every reply: most hold no URL and no mailbox.)
        low = flat.lower()
        found = urls_and_emails(flat)
        if not about_sender and notice and unblocking:
            about_sender = any(_offered_in_clause(low, pos, pos + len(item)) for pos, item, _ in found)
        if not about_sender:
            about_sender = _concerns_sender(flat, low, found, unblocking, appeal)
        for pos, item, is_url in found:
            offered = _url_offered if is_url else _mailbox_offered
            if offered(flat, low, pos, item, about_sender) and item not in out:
                out.append(item)
    if blocklist is not None:
        for documented in (blocklist.delist_url, blocklist.delist_email):
            if documented and documented not in out:
                out.append(documented)
    return out


# A size written with its unit ("40 KB", "10 MB", "1000 bytes", "40 Ko"): a notice naming one speaks of the message's
# size, a limit of the list and not the sender's standing, whatever its other words (GNU Mailman 2's refuse.txt with
# its "too big" reason, corpus/replies/real/r32-mm2-refuse.jsonl da, es, nl, pt_BR, sv: labelled without a contact).
_SIZE_NAMED = re.compile(r"\d ?(?:[kmg]i?b|[kmg]o|bytes?|octets?)\b")


def _mailbox_may_count(flat: str, unblocking: bool, appeal: bool) -> bool:
    """Whether a mailbox of `flat` (a reply not known to concern the sender) may still be offered: one of a desk
    (`_DESK_AT`), one offered for unblocking (`_purpose_named`) or a list's desk where no rule read the cause."""
    if _DESK_AT.search(flat) is not None:
        return True
    if not unblocking:
        return False
    low = flat.lower()  # once, for both tests below
    return _purpose_named(low, appeal) or (appeal and _names_list_admin(low))


def _concerns_sender(flat: str, low: str, found: list[tuple[int, str, bool]], unblocking: bool, appeal: bool) -> bool:
    """Whether the contacts a reply offers say by themselves that it concerns the sender (`delist_contacts`)."""
    # A reply that asks the sender to write to an abuse or delisting desk says by that that the refusal
    # concerns the sender's standing, whatever its other words: every contact it offers then counts.
    # So does a reply that offers a form for asking to be let through (`ALLOW_PATH_WORDS`).
    if any(_allow_form(item) if is_url else _mailbox_offered(flat, low, pos, item, about_sender=False)
           for pos, item, is_url in found):
        return True
    # So does a reply that offers a contact for getting unblocked (`_offered_for_unblocking`), unless the caller
    # knows the refusal is about the recipient's own listing (`unblocking` false).
    if not unblocking:
        return False
    if any(_offered_for_unblocking(low, pos, pos + len(item), appeal) for pos, item, _ in found):
        return True
    # And so does a notice whose cause no rule read (`appeal`: a reason that names no one, or a guess) that
    # offers a mailing list's own administrative mailbox (`is_list_admin`): the list manager refused the
    # sender's post and names whom to ask why, in whatever language it says so.
    return appeal and _SIZE_NAMED.search(low) is None and any(
        not is_url and _list_desk_offered(flat, low, pos, item) for pos, item, is_url in found)


def _names_list_admin(low: str) -> bool:
    """Whether the lowercase text `low` may hold a mailing list's administrative mailbox (`is_list_admin`)."""
    return "-owner@" in low or "-request@" in low or "owner-" in low


def _list_desk_offered(flat: str, low: str, pos: int, item: str) -> bool:
    """Whether the mailbox ``item`` at ``pos`` is a mailing list's own administrative mailbox offered to the sender:
    of that form (`is_list_admin`), written bare (a bracketed one is a recipient's or a sender's unless contact
    wording leads to it, `_mailbox_offered`) and neither labelled as an address of the message nor followed by a
    colon."""
    return is_list_admin(item.split("@", 1)[0].lower()) and _mailbox_offered(flat, low, pos, item, True)


def _allow_form(url: str) -> bool:
    """Whether the path or query of `url` names a form for asking to be let through (`ALLOW_PATH_WORDS`)."""
    try:
        parts = urlsplit(url if "://" in url else "http://" + url)
    except ValueError:
        return False
    rest = (parts.path + "?" + parts.query).lower()
    return any(w in rest for w in ALLOW_PATH_WORDS)


def _url_offered(flat: str, low: str, pos: int, item: str, about_sender: bool) -> bool:
    """Whether the URL ``item`` at ``pos`` is offered to the sender (`delist_contacts`)."""
    # A URL cut short by "..." is an example of a form, not an address to visit ("envoyer l'adresse
    # de la page (http://adresse.du.site/...)": send the address of the page instead).
    return (
        (about_sender or _url_counts(item))
        and not flat.startswith(("...", "\u2026"), pos + len(item))
        and not _credit_before(low[max(0, pos - 80) : pos])
        and not _withdraw_before(low[max(0, pos - 160) : pos])
        and not _greeting_before(low[max(0, pos - 8) : pos])
        and not _carried_before(low[max(0, pos - 80) : pos])
        and not _judged_after(low, pos + len(item))
    )


def _mailbox_offered(flat: str, low: str, pos: int, item: str, about_sender: bool) -> bool:
    """Whether the mailbox ``item`` at ``pos`` is offered to the sender (`delist_contacts`)."""
    local = item.split("@", 1)[0].lower()
    # In a refusal whose words do not say it concerns the sender, only a delisting or abuse desk's mailbox
    # that the reply asks the sender to write to (`_DESK_LOCAL`) is offered.
    desk_only = not about_sender
    if desk_only and _DESK_LOCAL.match(local) is None:
        return False
    bracketed = pos > 0 and flat[pos - 1] in "<["
    lead_at = max(0, pos - 31)
    asking = _CONTACT_BEFORE if bracketed else _ASKED_BEFORE
    led = asking.search(low[lead_at : pos - bracketed]) is not None
    led = led or _REPORT_TO.search(flat, lead_at, pos - bracketed) is not None
    if _ADDRESS_LABEL_BEFORE.search(low[max(0, pos - 30) : pos]) is not None:
        return False
    # A mailbox followed by a colon is what the rest of the reply speaks of (Postfix's "<address>:
    # Recipient address rejected", written bare by others): the recipient's or the sender's address,
    # unless contact wording or a pointer ("Blocked - see <mailbox>: <recipient>") leads straight to it.
    after = pos + len(item) + bracketed
    if flat.startswith(":", after) and not flat.startswith("://", after):
        lead = low[max(0, pos - 31) : pos - bracketed]
        if _CONTACT_BEFORE.search(lead) is None and _POINTER_BEFORE.search(lead) is None:
            return False
    if desk_only:
        return led or (not bracketed and _REMOVAL_CONTEXT.search(low[max(0, pos - 90) : pos]) is not None)
    return (led or not bracketed) and (
        led or local in ROLE_MAILBOXES or is_list_admin(local)
        or _REMOVAL_CONTEXT.search(low[max(0, pos - 90) : pos]) is not None
    )


# The mailbox of a desk that handles the sender's standing (an abuse desk, a delisting or unblocking desk, a
# blocklist's): a reply that asks the sender to write there offers it about the refusal, whatever reason its words
# gave ("421 Try again later (<ip>). Please contact abuse@<provider>": the sender's IP refused for now, the abuse desk
# to ask why). Postmaster, support and help mailboxes are no such desk: they answer for any failure. (Role names
# only: other local parts reach the classifier masked, `bouncelib._classify._mask`.)
_DESK_LOCAL: Final = re.compile(
    r"(?:mail-)?abuse\Z|delist(?:ing)?\Z|unblock(?:-request)?\Z|unlist\Z|blocklist\Z|blacklist\Z|rbl\Z|removal\Z")
# Where such a mailbox may be in a text (a look-up before the mailboxes are read).
_DESK_AT: Final = re.compile(
    r"(?<![\w.+=-])(?:(?:mail-)?abuse|delist(?:ing)?|unblock(?:-request)?|unlist|blocklist|blacklist|rbl|removal)@",
    re.IGNORECASE)
# Role mailboxes a refusal offers as a contact (RFC 2142 section 4 and providers' delisting addresses).
# A mailing list's administrative mailbox is one too, read from its form (`is_list_admin`: the owner address,
# "list-owner@" / "owner-list@", RFC 2369's List-Owner, which ezmlm, Mailman and Sendmail's owner- aliases give
# for questions; the request address, "list-request@", RFC 2142 section 6, which Sympa's notices give): the form
# says it is the list's own desk, in whatever language the words offering it are written (kept unmasked:
# `bouncelib._classify._mask.is_role`).
ROLE_MAILBOXES: Final = frozenset({
    "delist", "removal", "remove", "unblock", "unlist", "blocklist", "blacklist", "rbl", "postmaster", "abuse",
    "hostmaster", "support", "delisting", "unblock-request", "sender-support", "deliverability", "mail-abuse",
    "antispam", "anti-spam", "spam", "noc", "security", "help",
})  # fmt: skip
