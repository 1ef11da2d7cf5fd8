"""The labelling conventions of corpus/LABELING.md that settle doubtful wordings, as text rules.

    python bench/label_conventions.py            # every label that disagrees with a convention
    python bench/label_conventions.py --apply    # relabel them (replies, Postfix lines, wild mails)

Several people labelled the material over several rounds, and some doubtful situations got
different reasons in different files ("451 4.7.1 Try again later" was ``blocked`` in one file and
``systemerror`` in another).  Each `Convention` names one such situation by its *wording* and the
reason corpus/LABELING.md gives it.  The rules read the case's text only -- never bouncelib's
verdict, never which part of the split the case is in.

Material: ``corpus/replies/real/*.jsonl`` (``text``), ``corpus/postfix/real/lines.jsonl`` (the
reply inside ``line``), ``corpus/wild/mail/labels.jsonl`` (the mail's text; applied only where every
failed or delayed recipient of the mail has one label, since a rule cannot tell which recipient of a
mixed mail a wording belongs to), and the shared Sisimai half, whose labels are not ours to edit:
`sisimai_agreement.our_conventions` reads them through `convention_for` instead.

``--apply`` sets the reason and the ``hard_bounce`` that follows from it (LABELING.md) and prints
every change as ``id: old -> new (material)``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

# A reply code, an enhanced status and an address or host in angle brackets, at the start of a reply.
_HEAD = r"^(?:\d{3}[ -:]+)?(?:[245]\.\d{1,3}\.\d{1,3} )?(?:<[^>]*>:? )?"


@dataclass(frozen=True)
class Convention:
    """One doubtful situation, found by its wording, and the reason LABELING.md gives it."""

    name: str
    reason: str
    pattern: re.Pattern[str]
    unless: re.Pattern[str] | None = None
    #: Only when the refusal does not answer DATA (unknown-user wording at DATA is ``filtered``).
    not_at_data: bool = False

    def applies(self, text: str, command: str | None = None, reads: tuple[str, ...] | None = None) -> bool:
        """Whether `text` (whitespace folded) is this situation: the whole text or the remote reply in it.

        `reads` are the texts to search, the whole text and its remote reply (`readings`), when the caller
        has them already: `convention_for` asks every convention of one text.
        """
        if self.not_at_data and (command == "DATA" or _AT_DATA.search(text)):
            return False
        if self.unless and self.unless.search(text):
            return False
        return any(self.pattern.search(t) for t in (reads or readings(text)))


# "Message blocked/rejected/refused" alone (a provider's tag, a false-positive note or a URL after it).
_BARE_REFUSAL = (_HEAD + r"(?:\[\w+\] )?(?:the |your |this )?(?:message|mail|e-?mail) (?:was |has been )?"
                 r"(?:blocked|rejected|refused|denied)\.?(?: if this is an? (?:false positive|error)[^.]*\.)?"
                 r"(?: see \S+)?$")  # fmt: skip

_AT_DATA = re.compile(r"in reply to (?:end of )?data command|after (?:end of )?data\b|final data", re.I)


def _c(name: str, reason: str, pattern: str, unless: str | None = None, *, not_at_data: bool = False) -> Convention:
    return Convention(name, reason, re.compile(pattern, re.I), re.compile(unless, re.I) if unless else None,
                      not_at_data)  # fmt: skip


CONVENTIONS: tuple[Convention, ...] = (
    # Round 33: the queue gave up (Exim's "retry timeout exceeded", "retry time not reached for any host
    # after a long failure period", "message expired", "could not be delivered for 5 days", qmail-send's "I'm
    # not going to try again; this message has been in the queue too long"): expired,
    # whatever the last reply ("mailbox is full: retry timeout exceeded"). LABELING.md's expired rule; first,
    # so that no convention on the last reply's words reads it instead.
    _c("the queue gave up", "expired",
       r"retry timeout exceeded|retry time not reached for any host after a long failure period"
       r"|\bmessage expired\b|could not be delivered for \d+ days|in the queue too long"),
    # Greylisting named: a temporary refusal of the sending host (LABELING.md, "blocked"), unless the
    # text says the MTA gave up retrying (Exim's "retry timeout exceeded", Haraka's "Too many failures") or
    # that the greylisting filter itself failed (couriergrey's "Greylisting DB could not be opened": the
    # receiver's own failure, systemerror, not a verdict on the sending host).
    _c("greylisting named", "blocked", r"\bgr[ae]y-?list",
       r"retry timeout exceeded|retry time not reached for any host|message expired|too many failures|"
       r"in the queue too long|"
       r"gr[ae]y-?listing (?:db|database) could not be opened"),
    # "Try again later" and nothing more: the words name no cause (LABELING.md, "systemerror"),
    # even where the source says a greylisting filter wrote it: the reader cannot know, and the
    # next step (retry) is the same.
    _c("bare try again later", "systemerror",
       _HEAD + r"(?:recipient address rejected: )?(?:temporar(?:il)?y rejected: )?(?:reconnect to+ fast\. )?"
       r"(?:please )?try again later[.!]?$"),
    _c("bare temporarily denied", "systemerror", _HEAD + r"this mail is temporarily denied\.?$"),
    _c("bare temporary failure", "systemerror", _HEAD + r"temporary failure\.?$"),
    # Round 30: "Deferred" alone (rspamd's "451 4.7.1 deferred"): no cause named, a retry asked.
    _c("bare deferred", "systemerror", _HEAD + r"(?:(?:the |your )?(?:message|mail) )?(?:temporarily )?deferred\.?$"),
    # "Too busy": the receiving server's load, not the sender's rate.
    _c("server too busy", "systemerror", r"\btoo busy\b", r"\brate\b|from (?:your|this) (?:ip|host)"),
    # "Service (currently) unavailable" / "service not available" alone: RFC 3463 X.3.2 "system not
    # accepting network messages", RFC 5321's 421; nothing names the client or a list.
    # A log line of Postfix's postscreen says more than its reply: postscreen judged the client.
    _c("bare service unavailable", "systemerror",
       _HEAD + r"(?:[\w.-]+\.[a-z]{2,} )?(?:e?smtp |mail )?service (?:is )?(?:currently |temporarily )?"
       r"(?:unavailable|not available)(?:, closing transmission channel)?\.?(?: \[[^\]]*\])?$",
       r"postfix/postscreen\["),
    # Spectrum AUP#I-1300 to 1340: Spectrum's own page says it limits concurrent and total
    # connections per sender ("reduce your number of connections"): toomanyconn.
    _c("spectrum connection limit", "toomanyconn", r"AUP#In?-13[0-4]0\b"),
    # Postfix anvil limits per client and time unit ("too many recipients from 192.0.2.7"):
    # a rate; "too many connections" stays toomanyconn.
    _c("too many per client", "speeding",
       r"too many (?:recipients|messages|new tls sessions|mail transactions)\b[^.;]{0,30}? from "),
    # Exchange Online 5.4.1 "Recipient address(es) rejected: Access denied": Directory-Based Edge
    # Blocking, the recipient does not exist in the tenant (Microsoft's NDR page).
    _c("exchange online dbeb", "userunknown",
       r"5\.4\.1\b.{0,80}?recipient address(?:es)? rejected ?: access denied"),
    # Relaying refused, even when the text adds that authentication would allow it.
    _c("relaying refused", "norelaying",
       r"not permitted to relay|relay(?:ing)? (?:access )?denied|relay through this server without auth"
       r"|invalid credentials for relay|\brelay check\b",
       r"suspended|abuse|message expired|retry timeout exceeded"),
    # Unknown-user words decide over an X.2.1 status (LABELING.md: the words before the code).
    _c("unknown user with x.2.1", "userunknown", r"5\.2\.1\b.{0,80}?\b(?:user|addressee) unknown",
       not_at_data=True),
    # A size over the server's own (fixed, administrative) limit: mesgtoobig; a recipient's: exceedlimit.
    _c("size over the system limit", "mesgtoobig",
       r"(?:message|mail) (?:size|length) exceeds? (?:the )?(?:fixed maximum message size|fixed limit"
       r"|administrative limit|maximum message size)",
       r"recipient'?s|user'?s|mailbox|quota"),
    # Unknown-user words in answer to end of DATA (LABELING.md: filtered), unless an X.1.x status
    # says the mailbox is bad: an LMTP server answers each recipient after DATA (RFC 2033), and
    # "5.1.1" is its verdict on the mailbox (RFC 3463), as every such label of the Sisimai half says.
    _c("unknown user at end of data", "filtered",
       r"(?:user unknown|unknown user|no such user|user not found|invalid mailbox)[^()]{0,200}"
       r"\(in reply to end of data command\)",
       r"\b[45]\.1\.\d{1,3}\b"),
    _c("unknown mailbox with x.1.x at end of data", "userunknown",
       r"\b[45]\.1\.[1-6]\b.{0,200}?(?:user unknown|unknown user|no such user|user not found|invalid mailbox)"
       r"[^()]{0,200}"
       r"\(in reply to end of data command\)"),
    # Too many recipients, including the limit some sites put on bounces (null sender).
    _c("too many recipients for a bounce", "toomanyconn",
       r"bounce (?:message )?has too many recipients|bounces are never sent to more than one recipient"),
    # Postfix smtpd_sender_login_maps: the sender address belongs to a SASL login and the client
    # did not log in -- authentication is missing (securityerror).
    _c("sender not logged in", "securityerror", r"sender address rejected: not logged in"),
    # Exchange recipient delivery restrictions (groups, mailboxes, public folders that accept only
    # authenticated senders of the organisation): the recipient's own setting.
    _c("exchange recipient restriction", "filtered",
       r"RESOLVER\.RST\.(?:AuthRequired|SenderNotAuthenticatedFor\w+)|sender (?:was )?not authenticated for"),
    # Further same-wording conflicts found across files.
    # Round 30: with or without "message", after an "Error:" tag (QQ's "550 Error: content rejected").
    _c("bare message content rejected", "policyviolation", _HEAD + r"(?:error: )?(?:message )?content rejected\.?$"),
    _c("bare protocol error", "syntaxerror", _HEAD + r"protocol error\.?$"),
    _c("bare command rejected", "policyviolation", _HEAD + r"command rejected\.?$"),
    _c("bare invalid recipient", "userunknown", _HEAD + r"invalid recipient\.?$", not_at_data=True),
    _c("sender not fully qualified", "rejected", r"sender address rejected: need fully[- ]qualified address"),
    _c("client host access denied", "blocked", r"client host rejected: access denied"),
    _c("restricted characters", "policyviolation", r"restricted characters in address"),
    # RFC 4954's 454 4.7.0 "Temporary authentication failure": the server failed during AUTH (its
    # authentication backend), the credentials were not refused.
    _c("temporary authentication failure", "systemerror", r"temporary authentication failure"),
    # Round 25 (issue 10), conflicts between tuning-part labels, settled by docs/reasons.md's meanings.
    # A sender-authentication check (SPF, DKIM, DMARC) that could not finish for a temporary DNS
    # failure: the check failed, on the sender domain's records, not the route between the hosts
    # (Sisimai's networkerror: "SMTP connection failed due to DNS look up failure").
    _c("authentication check's temporary dns failure", "authfailure",
       r"\b(?:dmarc|spf|dkim)\b[^.]{0,80}?\b(?:temp(?:orary)? (?:dns )?(?:lookup )?(?:failure|error)s?|temperror"
       r"|dns (?:lookup )?(?:failure|error)s?)\b"
       r"|temporary (?:dmarc|spf|dkim) (?:dns )?(?:lookup )?(?:failure|error)"
       r"|temporary dns (?:failure|error)s? prevents? authentication"),
    # "<sender> is not allowed/authorised to send from <domain/address>": the sender address is
    # refused (rejected); authfailure only when the text names SPF/DKIM/DMARC or the *host* is the
    # one not allowed (SPF's question: may this IP send for that domain).
    _c("sender not allowed to send from", "rejected",
       r"not (?:authori[sz]ed|allowed|permitted) to send (?:mail |e-?mail |messages? )?(?:from|as)\b",
       r"\b(?:spf|dkim|dmarc)\b|designated|\d{1,3}(?:\.\d{1,3}){3}\]? is not|\bhost\b[^.]{0,40} is not"),
    # Round 53: Amazon SES's "Email address is not verified. The following identities failed the check in region
    # ...": the From, Source, Sender or Return-Path identity is not verified for the sending account (SES's
    # troubleshooting page): the sender refused (rejected), as every file of ours labels it; Sisimai's
    # lhost-postfix-77 reads it as norelaying.
    _c("sending identity not verified", "rejected", r"identities failed the check|email address is not verified"),
    # A malformed address (sender or recipient): syntaxerror, whatever the status (X.1.7, "bad
    # sender's mailbox address syntax", and X.1.3 both are syntax in RFC 3463). A sender *refused*
    # (unknown domain, not allowed) stays rejected.
    _c("malformed address syntax", "syntaxerror",
       r"(?:sender|recipient|destination(?: mailbox)?) address (?:<[^>]*> )?(?:syntax|is malformed|malformed"
       r"|is not a valid rfc ?5321 address|does not conform to rfc.?2821 syntax)"
       r"|(?:bad|malformed|invalid) (?:sender|recipient) address syntax|malformed (?:sender|recipient) address"),
    # Round 32: "No valid recipients" (DATA refused because no RCPT was accepted: Postfix smtpd's "554 5.5.1
    # Error: no valid recipients", Net::Server::Mail's synopsis, go-guerrilla's FailNoRecipientsDataCmd, spamdyke's
    # REJECTION_ZERO_RECIPIENTS "at least one valid recipient"): the client's command sequence, syntaxerror; the
    # recipients' own refusals were given at RCPT (a transcript that quotes one, "550 <a>: User unknown 554 Error: no
    # valid recipients", is read by it). Under an X.1.x status the server's verdict on the mailboxes
    # (amavisd-new's "554 5.1.1 Error (DATA): no valid recipients"): userunknown.
    _c("no valid recipients at data", "syntaxerror",
       r"\bno (?:valid )?recipients\b|\bat least one (?:valid )?recipient\b|\bzero recipients\b",
       r"\b[45]\.1\.\d{1,3}\b|\bfor this mm\b|could not be delivered for|\bexpired\b|retry timeout"
       r"|user unknown|unknown user|no such user|user not found|recipient address rejected"
       r"|\.\.\. deferred:"),  # Sendmail's transcript line of the recipient's own answer ("a... Deferred: 452 ...")
    _c("no valid recipients with x.1.x", "userunknown",
       r"\b[45]\.1\.\d{1,3}\b.{0,80}?\bno (?:valid )?recipients\b"),
    # Exim's "Unrouteable address" (route.c: no router accepted the address; for a remote domain
    # the DNS router found no host): hostunknown. For the sender (sender verify) it stays rejected.
    _c("unrouteable address", "hostunknown", r"\bunrout(?:e)?able address\b", r"sender|verif"),
    # The mailbox's state named (disabled, terminated, inactive, ...): suspend, also at DATA (the
    # DATA rule is for unknown-user words) and for Yahoo's "disabled or discontinued" (the words
    # say the account was switched off, not that it never existed). Not when the account is the
    # sender's own login refused at AUTH ("authentication failure - this account has been locked"):
    # that is the submission's security, not the recipient's mailbox.
    _c("mailbox state disabled", "suspend",
       r"\b(?:user|account|mailbox) (?:is|has been) (?:terminated|disabled|deactivated|suspended|locked"
       r"|frozen|inactive)\b",
       r"\bsending\b|\babuse\b|retry timeout exceeded|message expired|\bauthenticat"),
    # "You are not allowed to connect": the sending host refused at connection (blocked); a
    # source's note that reputation was behind it is not in the words.
    _c("not allowed to connect", "blocked", r"\byou are not allowed to connect\b", r"reputation"),
    # "Message blocked / rejected / refused" and nothing more (a tag, "if this is a false
    # positive", a URL): no cause named. Under an X.7.x status (RFC 3463: security or policy) the
    # site's unnamed policy, policyviolation; with no status that tells, onhold.
    _c("bare message refused, x.7", "policyviolation", _BARE_REFUSAL, r"^(?!.*\b[45]\.7\.\d)"),
    # Round 30: under X.3.0 the status tells (RFC 3463: "something about the [destination] system has
    # caused the generation of this DSN"; docs/reasons.md's systemerror status), as the status is the
    # fallback before onhold (issue 10). Only with no status, or X.0.0 ("other undefined status"), onhold.
    _c("bare message refused, x.3.0", "systemerror", _BARE_REFUSAL, r"^(?!.*\b[45]\.3\.0\b)"),
    _c("bare message refused", "onhold", _BARE_REFUSAL, r"\b[45]\.[1-7]\.\d"),
    # Round 30: Yahoo's deferral codes "temporarily deferred - 4.16.5x" are the operator's own codes,
    # documented by Yahoo Mail Help (postmaster-21/-22) as complaints about mail from the network or mail
    # that looks like spam: badreputation, also where the reply says nothing more ("451 Message
    # temporarily deferred - 4.16.50" at the greeting), as the operator's page decides its own code
    # (Spectrum's AUP codes above).
    _c("yahoo deferral code", "badreputation", r"temporarily deferred\b[^;]{0,40}? - 4\.16\.5\d\b"),
    # Round 30: a reply that names two causes as alternatives and does not choose ("550 Mailbox
    # unavailable or access denied") says nothing about why: onhold (a third-party list's reading
    # of it as a rate limit is not in the words).
    _c("mailbox unavailable or access denied", "onhold",
       _HEAD + r"mailbox (?:is )?unavailable or access denied\.?$"),
    # Round 30: the session of the sending host cut off for its conduct ("too many errors", SFR: "blocks
    # further communication"; Postfix smtpd_hard_error_limit; "too many nonmail commands", "too many
    # NOOPs"): no command is malformed, the client is refused (blocked). "Too many unrecognized
    # commands" names malformed commands: syntaxerror.
    _c("session cut for the client's conduct", "blocked",
       r"\btoo many (?:errors|non-?mail commands|noops?(?: commands)?)\b", r"unrecogni[sz]ed|after auth"),
    # Round 30: the receiving system's own delivery agent unreachable on a local socket (Postfix's
    # "connect to host[private/dovecot-lmtp]: No such file or directory / Connection refused", also
    # inside "unverified address: ..."): no network lies between a host and its own Unix-domain
    # socket (docs/reasons.md networkerror: "between the sending and receiving hosts"); the
    # receiving system failed (systemerror: "a configuration error, ... a service unavailable").
    _c("local delivery socket unreachable", "systemerror",
       r"connect to \S*\[(?:private/|public/|/)[^\]]*\]: (?:no such file or directory|connection refused"
       r"|permission denied|connection timed out|resource temporarily unavailable)"),
    # Round 33: Exchange Online's 4.7.500-699 "Server busy. Please try again later from [ip]" (ASxxx):
    # Microsoft's page for that code range says it is IP throttling of a source IP whose sending pattern
    # changed, part of its anti-spam filtering, until the IP has a sending history: badreputation (the
    # operator's page decides its own code, as Yahoo's 4.16.5x). "Too busy" alone stays systemerror.
    _c("exchange online 4.7.5xx server busy", "badreputation", r"\b4\.7\.[56]\d\d\b[^.]{0,20}?\bserver busy\b"),
    # Round 33: a count of failed recipients in the session ("Rejected for too many bad recipients",
    # exim4-config's acl_check_rcpt; "Too many failed recipients - count = 4", the Exim wiki's RCPT ACL;
    # qmail's "too many bad recipients"): the session refused for the client's conduct, a defence against
    # address harvesting (sendmail's BadRcptThrottle), as "too many errors": blocked. A block kept for a
    # time span after such counts (GoDaddy's IB112/IB113 "blocked for the day") is not this situation.
    _c("session cut for failed recipients", "blocked",
       r"\btoo many (?:bad|failed|invalid|unknown|non-?existent) (?:recipients|rcpts?)\b",
       r"\bblocked for\b|\bIB1\d\d\b"),
    # Round 33: unauthenticated mail refused from the client's network ("Unauthenticated mail not allowed
    # from this range", MXroute's Expert Spam Filtering: SMTP authentication required from IP ranges that
    # typically send spam, a whitelist form for the mail server's IP; "unauthenticated e-mail from
    # 192.0.2.5 is restricted"): the sending host refused for its network, blocked. SPF/DKIM/DMARC named
    # is authfailure.
    _c("unauthenticated mail from the client's network", "blocked",
       r"\bunauthenticated (?:e-?mail|mail|messages?)\b[^.]{0,40}?\bfrom (?:this (?:ip |network )?range\b"
       r"|\[?\d{1,3}(?:\.\d{1,3}){3})",
       r"\b(?:spf|dkim|dmarc)\b"),
    # Round 33: SendGrid's "550 Unauthenticated Senders Not Allowed": SendGrid's page says mail was handed
    # over before SMTP AUTH: securityerror (LABELING.md: SMTP AUTH required), not authfailure (SPF/DKIM).
    _c("smtp auth missing, unauthenticated senders", "securityerror",
       r"\bunauthenticated senders? (?:are )?not allowed\b"),
    # Round 33: the null reverse-path or bounces refused as such ("Bounces not accepted here", "NULL sender
    # is not allowed", "Empty sender address prohibited", "mailing lists do not accept null senders",
    # "<rcpt> does not accept bounces", "A valid sender header is required for bounces"): RFC 5321 4.5.5
    # and 6.1 require the null reverse-path of notifications about a previous message, so no sender address
    # is refused (rejected) but a kind of message, by the site's rule: policyviolation. Counts of
    # recipients or messages and words citing an RFC keep their own readings.
    # Not "requires non-null sender" (Postfix smtpd.c's XVERP check: a parameter needing a sender, syntaxerror).
    _c("null reverse-path refused", "policyviolation",
       r"(?<!non-)\bnull[- ]?senders?\b|\bnull reverse[- ]?path\b|\bempty (?:envelope )?sender(?: address)?\b"
       r"|\bbounces? (?:messages? )?(?:are )?not accepted\b|\bdoes not accept bounces\b"
       r"|\bnot allowed to send bounce|\brequired for bounces\b|\binvalid bounce\b",
       r"too many recipients|more than one recipient|multiple recipients|only one recipient|have 1 recipient"
       r"|\bexceed|\brfc ?\d{3,4}\b"
       # Exim's callout: the sender's own servers refusing bounces make its sender verification fail (rejected).
       r"|\bsender verif"),
)


def fold(text: str) -> str:
    """`text` with every run of whitespace made one space."""
    return " ".join(text.split())


_SAID = re.compile(r"(?:said|refused to talk to me):\s*(.*?)(?:\s*\(in reply to [^)]*\))?\s*$", re.S)
_REJECT = re.compile(r"(?:reject|milter-reject): \S+ from [^:]*\]:(?:\d+:)? (.*?)(?:;(?: (?:from|proto)=.*)?)?$")


def reply_of(text: str) -> str:
    """The remote reply inside a Postfix log line or a "host X said:" report; `text` otherwise."""
    folded = fold(text)
    for pat in (_REJECT, _SAID):
        m = pat.search(folded)
        if m:
            return m.group(1)
    return folded


def readings(folded: str) -> tuple[str, ...]:
    """The texts a convention searches: the whole (folded) text and the remote reply in it, once each."""
    return tuple(dict.fromkeys((folded, reply_of(folded))))


def convention_for(text: str, command: str | None = None) -> Convention | None:
    """The first convention `text` is an instance of, None when it is none of them."""
    folded = fold(text)
    reads = readings(folded)
    return next((conv for conv in CONVENTIONS if conv.applies(folded, command, reads)), None)


def _hard(reason: str, permanent: bool | None) -> bool:
    from bouncelib._vocab import Reason, is_hard_bounce

    return is_hard_bounce(Reason(reason), permanent)


def _relabel_rows(path: Path, text_key: str, apply: bool, material: str) -> list[str]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    changes = []
    for row in rows:
        ex = row["expect"]
        conv = convention_for(row[text_key], ex.get("smtp_command"))
        if conv is None or "reason" not in ex or ex["reason"] == conv.reason:
            continue
        changes.append(f"{row['id']}: {ex['reason']} -> {conv.reason} ({material}; {conv.name})")
        ex["reason"] = conv.reason
        if "hard_bounce" in ex:
            ex["hard_bounce"] = _hard(conv.reason, ex.get("permanent"))
    if apply and changes:
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return changes


def _relabel_wild(path: Path, apply: bool) -> list[str]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    changes = []
    for row in rows:
        failed = [r for r in row["recipients"] if r["action"] in ("failed", "delayed")]
        if not failed or len({r["reason"] for r in failed}) != 1:
            continue
        conv = convention_for((path.parent / row["file"]).read_text(encoding="utf-8", errors="replace"))
        if conv is None or failed[0]["reason"] == conv.reason:
            continue
        for r in failed:
            changes.append(f"{row['file']}#{r['address']}: {r['reason']} -> {conv.reason} (wild; {conv.name})")
            r["reason"] = conv.reason
            r["hard_bounce"] = r["action"] == "failed" and _hard(conv.reason, _permanent(r))
        if apply:
            _relabel_sidecar(path.parent / row["file"].replace(".eml", ".expected.jsonl"), failed)
    if apply and changes:
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return changes


def _relabel_sidecar(side: Path, failed: list[dict[str, Any]]) -> None:
    """The same relabelling in the mail's ``.expected.jsonl`` (what tests/test_corpus_wild.py checks)."""
    if not side.exists():
        return
    new = {(r.get("address") or "").lower(): r for r in failed}
    rows = [json.loads(line) for line in side.read_text(encoding="utf-8").splitlines() if line.strip()]
    for want in rows:
        r = new.get((want.get("recipient") or "").lower())
        if r is not None and "reason" in want:
            want["reason"] = r["reason"]
            if "hard_bounce" in want:
                want["hard_bounce"] = r["hard_bounce"]
    side.write_text("".join(json.dumps(w, ensure_ascii=False) + "\n" for w in rows), encoding="utf-8")


def _permanent(r: dict[str, Any]) -> bool | None:
    code, status = r.get("smtp_code"), r.get("status")
    if code:
        return str(code).startswith("5")
    return str(status).startswith("5") if status else None


def relabel(apply: bool = False, root: Path = ROOT) -> list[str]:
    """Every label of our material that disagrees with a convention (relabelled when `apply`)."""
    changes = []
    for path in sorted((root / "corpus" / "replies" / "real").glob("*.jsonl")):
        if not path.name.startswith("_"):
            changes += _relabel_rows(path, "text", apply, f"replies/{path.name}")
    lines = root / "corpus" / "postfix" / "real" / "lines.jsonl"
    if lines.exists():
        changes += _relabel_rows(lines, "line", apply, "postfix")
    wild = root / "corpus" / "wild" / "mail" / "labels.jsonl"
    if wild.exists():
        changes += _relabel_wild(wild, apply)
    return changes


def main(argv: list[str] | None = None) -> int:
    """List (or apply) the relabellings."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--apply", action="store_true", help="rewrite the label files")
    args = ap.parse_args(argv)
    changes = relabel(args.apply)
    print("\n".join(changes) or "every label follows the conventions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
