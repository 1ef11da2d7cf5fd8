"""The general reader: bounce notices from any MTA, read by the shapes they share.

It runs after every format module (a module knows its layout better) and before flufl.bounce,
the last fallback.  It reads the notice only (`_notice.read_notice`), decides what it reports
(`_notice.verdict`: failed, delayed, delivered, or a challenge), finds each recipient with the
text that is about it (`_recipients.find_blocks`) and hands over the reply text as written:
the classifier (`bouncelib.parse_reply`) decides the reason, as for every other detector.

RFC 3464 fields pasted into the text (Postfix and Exim pastes) are read as fields: their
``Action`` and ``Status`` are facts and win over the prose; their recipients are added when the
prose did not name them.

A challenge (a challenge/response or whitelisting service asking the sender to confirm) gives
one row with `Found.report_kind` set to ``challenge`` and the address to confirm (or ``""``):
`parse_message` turns it into a report with no recipient events.

Deliberately strict about what is a recipient (a recipient invented is worse than one missed):
see `_recipients`.  A human reply (``Re:`` from a person) is never read: quoting a bounce
does not make a mail one.
"""

from __future__ import annotations

import email.message
import email.utils
import re
from typing import Final

from bouncelib._classify import parse_reply
from bouncelib._classify._concepts import concept_reasons, concept_terms
from bouncelib._data import notices as shapes
from bouncelib._data.concepts import ADDRESS_WORD
from bouncelib._dsn.base import Found, Mail
from bouncelib._dsn.fields import rows_from_fields
from bouncelib._dsn.formats._bodyscan import header_in
from bouncelib._dsn.general._notice import (
    Notice,
    Verdict,
    has_reply,
    quoted_whole,
    read_notice,
    reports_no_outcome,
    says_failed_or_delayed,
    verdict,
)
from bouncelib._dsn.general._recipients import (
    Block,
    as_reply,
    continuation,
    find_blocks,
    framed_server,
    listed_items,
)
from bouncelib._dsn.mime import decode_header, load_message, part_text
from bouncelib._vocab import BounceKind, Reason

__all__ = ["DETECTOR", "GeneralReader", "notice_blocks", "unnamed_failure"]

_REPLY_PREFIXES: Final = "re|aw|antw|sv|vs|odp|rif|ynt"
_REPLY_SUBJECT: Final = re.compile(rf"^\s*(?:{_REPLY_PREFIXES})\s*:", re.I)
# A forward, as mail clients mark it in English, German, French, Spanish, Portuguese.
_FORWARD_PREFIXES: Final = "fwd?|wg|tr|rv|enc"
_FORWARD_SUBJECT: Final = re.compile(rf"^\s*(?:{_FORWARD_PREFIXES})\s*:", re.I)
# A sender that names a role of the mail system, not a person: mailer daemons, postmasters, the
# "System Administrator" that Exchange signs its non-delivery reports with (in its translations too), and
# the "Mail Administrator" of Sendmail-based ISP gateways ("Mail System Error - Returned Mail").
_DAEMON_FROM: Final = re.compile(
    r"mailer-daemon|postmaster|mail delivery|mail system|daemon|bounce|system ?administrator|mail administrator|"
    r"administrateur syst|administrador del sistema|amministratore di sistema",
    re.I,
)

# An application's sender that takes no replies: "noreply@", "no-reply@", "do-not-reply@", "donotreply@", and
# the "mailer@" that sends a service's mail (addy.io's notices).
_NO_REPLY_FROM: Final = re.compile(r"(?<![\w.+-])(?:no-?reply|do-?not-?reply|mailer)@", re.I)
# A list manager's own role addresses ("devel-owner@", "owner-devel@", "majordomo@"): the list software writes from
# them (Majordomo 2's acknowledgements of a post it refused or held), an application's notice, no member's mail.
# So is its robot's, where commands go and from which Mailman and Sympa send their notices ("devel-request@", RFC 2369's
# List-Help/List-Subscribe convention).  ("devel-bounces@" is a role of the mail system already: `_DAEMON_FROM`.)
# And the robot a list server takes commands at and writes its notices from, named after the software by default
# (Sympa's "sympa@", L-Soft's "LISTSERV@", Mailman's site list "mailman@", Ecartis's and ListProc's): with the
# Auto-Submitted header a relay may drop gone, the address still says an application wrote the notice.
_LIST_ROLE_FROM: Final = re.compile(
    r"(?<![\w.+-])(?:owner-[\w.-]+|[\w.-]+-(?:owner|request)|majordomo|sympa|listserv|mailman|ecartis|listproc)@",
    re.I,
)
# A sentence about a message (not a parcel, a payment): the word for it in the notice languages, one or more of them
# ("Only admins may send messages to this address": a rule on messages, as the refusal of one it answers).
# Portuguese "mensagem", Russian "сообщение" and "письмо" (a letter, the everyday word for an e-mail), in their case
# forms; Japanese "メッセージ" and "メール" run into the next word with no space ("メッセージサイズ"), so no word bound.
# A "post office" is a place (a parcel waiting at one), not a posting.
_A_MESSAGE: Final = re.compile(
    r"\b(?:messages?|e-?mails?|mail|post(?:ing)?s?(?! office)|nachricht(?:en)?|courriels?|mensajes?|messaggi|"
    # Spanish "correo electrónico", the electronic mail (not "correo" alone: the post, a postal service's name).
    r"correos? electrónicos?|"
    r"messaggio|mensage(?:m|ns)|сообщени(?:е|я|ю|ем|и|й|ям|ями|ях)|письм(?:о|а|у|ом|е|ам|ами|ах)|"
    # ... and the message in the words of the Subjects of Zammad's oversized-mail reply ("[undeliverable] Zpráva je
    # příliš velká", app/views/mailer/email_oversized/<locale>.txt.erb): Czech, Slovak, Polish, Danish and Norwegian,
    # Swedish, Turkish and Romanian, Ukrainian, Croatian, Serbian, Slovenian, Lithuanian; and its body's mail
    # ("e-mailul tău", "e-postanız", "ваш електронний лист", "이메일을").
    r"zpráv[aěuyo]|správ[aeuy]|wiadomoś(?:ć|ci)|besked(?:en|er)?|meddelande(?:t|n)?|mesaj(?:ul|ı|ınız)?|"
    r"повідомлення|poruk[aeu]|порук[аеу]|sporočil[oa]?|laišk(?:as|ą|ai)|e-?mailul|e-?posta(?:nız|sı)?|лист[аи]?|"
    # ... and Norwegian "melding" (a message) and "e-posten" (the e-mail; "e-post" is read as "post" above), in their
    # definite and plural forms: the mail of round r66wild's Norwegian send-failure report.
    r"melding(?:en|er|ene)?|e-?posten|"
    # ... and Hungarian "levél" / "üzenet" (a letter, a message) in their case and possessive forms (not "level"
    # bare, an English word), Catalan "correu" (mail; "Correus", the postal service, is not matched) and
    # "missatge": the mail of round r66wild's Hungarian and Catalan send-failure reports.
    r"levél|levele(?:t|d|k|ket)?|levelét|üzenet(?:e|et|ét|ek|ed)?|correu|missatges?|"
    # ... and Basque "mezua" (the message) and its plural, round r66wild's Basque report.
    r"mezua(?:k)?)\b|"
    r"メッセージ|メール|메시지|이메일",
    re.I,
)


# A delivery status notification named as such in its Subject ("Delivery Status Notification (Failure)", Gmail's and
# Exchange's headline): a notice on a message's delivery by its name, as a Subject that says "message" is.
_DSN_HEADLINE: Final = re.compile(r"\bdelivery status notification\b")


def _from_a_person(mail: Mail) -> bool:
    """A person talking about a bounce, not a bounce: a reply ("Re:") that no role of the mail system
    sent, or a forward ("Fwd:") that quotes the notice whole ("> ", a client forwarding inline).  A
    notice quoted whole by anything else (a relay's copy, a paste set as a quote) is the notice: see
    `read_notice`."""
    if _DAEMON_FROM.search(mail.from_):
        return False
    if _REPLY_SUBJECT.match(mail.subject):
        # ... unless an application wrote it: a reply from a sender that takes no replies, or one that says it was
        # generated automatically (RFC 3834 "auto-generated"), is an application's answer to the message it names in
        # its Subject (Moodle's inbound-mail notices, "Re: <the subject of the mail it could not take>"), no person.
        return not _service_notice(mail)
    return _FORWARD_SUBJECT.match(mail.subject) is not None and quoted_whole(mail.body)


def _addresses(*values: str) -> set[str]:
    # The address pattern, not email.utils.getaddresses: header values here only need their
    # addresses, and the stdlib's RFC 5322 tokenizer costs more than the rest of the reader.
    return {m.group(0).lower() for v in values if "@" in v for m in shapes.ADDRESS.finditer(v)}


def _own_addresses(mail: Mail) -> set[str]:
    """The bounce's addressee and the returned message's sender: never a failed recipient.

    Not the bounce's From: a recipient's own filter (TMDA, a delivery agent) writes the
    notice from the very address that refused the message.
    """
    values = [mail.header("To"), mail.header("Return-Path"), mail.header("Reply-To")]
    try:
        orig = mail.original_message
    except Exception:  # a broken returned message: its sender is simply unknown
        orig = None
    if orig is not None:
        values += [str(orig.get(k) or "") for k in ("From", "Return-Path", "Sender", "Reply-To")]
    return _addresses(*values)


def _alone_addresses(lines: tuple[str, ...] | list[str], skip: set[str]) -> list[tuple[str, bool]]:
    """The addresses that stand alone on a line (outside `skip`), each with whether the line before it
    (past blank ones) ends with a colon, i.e. introduces it."""
    found: list[tuple[str, bool]] = []
    before = ""
    for line in lines:
        text = line.strip().strip("<>\"'")
        if shapes.ADDRESS.fullmatch(text) is not None and text.lower() not in skip:
            found.append((text, before.endswith(":")))
        if line.strip():
            before = line.strip()
    return found


def _challenge(mail: Mail, notice: Notice) -> Found:
    """The row of a challenge: the address the sender is asked to write to, when the text gives one."""
    challenged = {a.lower() for _n, a in email.utils.getaddresses([mail.header("To")]) if "@" in a}
    sender = {a.lower() for _n, a in email.utils.getaddresses([mail.from_]) if "@" in a}
    alone = _alone_addresses(notice.lines, challenged | sender)
    # An address a line ending in a colon introduces ("please e-mail:", "escriba a:") is the one the sender is told
    # to write to, before an address merely named on a line of its own (the list's, "sent to the list\n<list>").
    introduced = [a for a, intro in alone if intro]
    if alone:
        address = (introduced or [alone[0][0]])[0]
    else:
        reply_to = email.utils.parseaddr(mail.header("Reply-To"))[1]
        folded = " ".join(notice.text.split())
        told = shapes.SEND_A_MESSAGE_TO.search(folded)
        named = shapes.ADDRESS.match(folded, told.end() + folded.startswith("<", told.end())) if told else None
        if named is not None:
            # "Send a message to <a> with the following subject": the address the text names, even the
            # challenge's own From (Sympa's confirmations come from the robot they ask to be written to).
            address = named.group(0).rstrip(".")
        elif shapes.REPLY_TO_THIS.search(folded.lower()):
            # "Do this by replying to this mail": a reply goes to Reply-To, else to the From.
            address = reply_to if "@" in reply_to else email.utils.parseaddr(mail.from_)[1]
        else:
            address = reply_to if "@" in reply_to and reply_to.lower() not in sender else ""
    return Found(recipient=address, diagnostic=" ".join(notice.text.split())[:500], report_kind=BounceKind.CHALLENGE)


def notice_blocks(mail: Mail) -> list[Block]:
    """The recipients the notice's prose names, each with its reply text: for readers of the
    RFC 3464 fields, whose blocks often lack the ``Diagnostic-Code`` the prose quotes."""
    if _from_a_person(mail):
        return []
    notice = read_notice(mail.body)
    return find_blocks(notice.lines, _own_addresses(mail), _addresses(mail.header("To")))


def _confirms_own_message(mail: Mail, notice: Notice) -> bool:
    """Whether the notice asks its reader to confirm the reader's own message: it gives a confirmation command with a
    token (`CONFIRM_COMMAND`) and returns a message the reader sent (the returned message's From is the notice's To).
    Two signs that agree, read in no language: a subscription to confirm returns no message, a moderator's request
    returns someone else's.  Such a notice says what its Subject would ("Confirm your message"), so it is a challenge
    with that Subject gone or worded in a language no table holds."""
    if shapes.CONFIRM_COMMAND.search(notice.text) is None:
        return False
    return _returns_own_message(mail, notice)


# A confirmation address of the qmail family's challenge/response software, in the Reply-To the sender is asked to
# answer: "<name>-confirm-<time>.<pid>.<cookie>@" (TMDA's confirm requests, TMDAretro 1.1.13
# templates/confirm_request.txt; ezmlm-idx's post confirmation, bruceg/ezmlm-idx lang/*/messages, text/post-confirm).
# The command word "confirm" is the software's, the same in every locale; Mailman's subscription confirmations
# ("devel-confirm+<hex>@") and ezmlm's ("-sc.<time>.<cookie>-") are written otherwise: no message waits there.
_CONFIRM_ADDRESS: Final = re.compile(r"[\w.+]*-confirm-\d{6,}\.\d+\.[0-9a-z]{6,}@", re.I)


def _confirm_address_to_reply(mail: Mail, notice: Notice) -> bool:
    """Whether the notice asks its sender to reply to a confirmation address with a cookie (`_CONFIRM_ADDRESS` in its
    Reply-To), quoting no server's refusal: a challenge, read in no notice language (round r80kind: ezmlm-idx's "confirm
    post" in the catalogues of German, Italian, Spanish, with their words switched off)."""
    reply_to = mail.header("Reply-To")
    return bool(reply_to) and _CONFIRM_ADDRESS.search(reply_to) is not None and not has_reply(notice.text)


def _returns_own_message(mail: Mail, notice: Notice) -> bool:
    """Whether the notice returns a message its reader sent: the returned message's From is the notice's To."""
    try:
        orig = mail.original_message
    except Exception:  # a broken returned message: its sender is unknown
        return False
    sent = header_in(notice.returned, "From") if orig is None else str(orig.get("From") or "")
    senders = _addresses(sent or "")
    return bool(senders) and senders <= _addresses(mail.header("To"))


# Why an application that takes mail did not take the reader's: the reader refused (no user of it, no access), a rule
# of the service on what it takes (a Subject it requires), content it cannot use (no plain text part).
_OWN_MESSAGE_REFUSED: Final = frozenset({Reason.REJECTED, Reason.POLICYVIOLATION, Reason.CONTENTERROR})


def _refuses_own_message(mail: Mail, notice: Notice) -> bool:
    """Whether the notice returns its reader's own message and its first paragraph says why that message or its sender
    is not taken where it was sent (`_OWN_MESSAGE_REFUSED`, as the concept rules read it): an application's answer to
    a mail it did not take, whose words say so with no Subject to help ("You are not a registered user", "Emails to
    Roundup trackers must include a Subject: line!", Roundup 2.6.0's roundup/mailgw.py and its catalogues).  An
    acknowledgement returns the reader's message too, but says nothing refused."""
    # (A single-part mail that cuts no returned message off its notice returns none: the cheap test first.)
    if len(mail.content_types) < 2 and not notice.returned:
        return False
    first = next((p for p in _paragraphs(notice.text) if p.strip()), "")
    if not first or not any(
        hit.reason in _OWN_MESSAGE_REFUSED for hit in concept_reasons(" ".join(first.split())[:600])
    ):
        return False
    return _returns_own_message(mail, notice)


# What a sentence says went wrong with the reader's mail, in any language the concepts are written in: it failed, it
# was refused, it could not be done.
_MAIL_FAILED_CONCEPTS: Final = frozenset({"FAILED", "REFUSED", "CANNOT"})


# The Subject of the reader's mail, quoted in parentheses after the address it went to ("(titled Re: [Forum] The
# update fails)", "(med ämnet Re: ...)"): a reply's Subject, the reader's own words, which may say anything ("fails")
# and are no words of the notice.  (A Subject holding parentheses of its own is left as it is.)
_QUOTED_REPLY_SUBJECT: Final = re.compile(
    rf"\([^()\n]{{0,40}}?(?<![^\W\d_])(?:{_REPLY_PREFIXES})[ \t]?:[^()\n]*\)", re.I
)


def _mail_to_address_failed(mail: Mail, notice: Notice, own: set[str]) -> str | None:
    """The address an application's notice says the reader's mail was sent to and did not work, or None.

    The notice's first paragraph names one address, not the reader's own, in a sentence that speaks of the reader's
    mail (MESSAGE) and says it failed, was refused or could not be done (`_MAIL_FAILED_CONCEPTS`), as the concept
    reader reads those words in any language it holds ("your e-mail to <a> (titled ...) did not succeed / was
    rejected / was not processed", a forum's answer to a mail sent to its reply address); the notice is an
    application's (`_service_notice`), not a person's.  The words that decide are the concepts', so a language whose
    words for a mail and a failure are known is read whatever the sentence's order."""
    if not _service_notice(mail):
        return None
    first = next((p for p in _paragraphs(notice.text) if p.strip()), "")
    found = {m.group(0).lower() for m in shapes.ADDRESS.finditer(first)}
    if len(found) != 1 or found <= own or not _named_addresses(first, mail, own):
        return None
    address = found.pop()
    sentence = " ".join(shapes.ADDRESS.sub(f" {ADDRESS_WORD} ", _QUOTED_REPLY_SUBJECT.sub(" ", first)).split())[:600]
    for _words, _base, spans in concept_terms(sentence):
        said = {c for _i, _j, concepts in spans for c in concepts}
        if {"ADDR", "MESSAGE"} <= said and said & _MAIL_FAILED_CONCEPTS:
            return address
    return None


# An address inside a link is where the notice tells its reader to write or click, no address a message went to: a
# "mailto:" target, a web address's user part ("https://user@host/").  (Up to the end of the link: white space, a
# bracket or a quote.)
_IN_LINK: Final = re.compile(r"(?:\bmailto:|\b[a-z][a-z0-9+.-]{1,15}://)[^\s<>\"'()\[\]]*", re.I)


def _site(address: str) -> str:
    """The site of an address: the last two labels of its domain ("forum.example.org" -> "example.org")."""
    return ".".join(address.rpartition("@")[2].lower().split(".")[-2:])


def _named_addresses(text: str, mail: Mail, own: set[str]) -> list[str]:
    """The addresses `text` names that a message of the reader's may have gone to: not the notice's own (its To,
    From, Sender, Reply-To, the returned message's sender: `own` and the notice's headers), not one inside a link
    (`_IN_LINK`), not a role address of the notice's own site (`shapes.ROLE_LOCAL`: the contacts a notice offers)."""
    if "@" not in text:
        return []
    links = [m.span() for m in _IN_LINK.finditer(text)] if ":" in text else []
    skip = own | _addresses(mail.from_, mail.header("Sender"), mail.header("To"), mail.header("Cc"))
    sites = {_site(a) for a in _addresses(mail.from_, mail.header("Sender"))}
    named: list[str] = []
    for m in shapes.ADDRESS.finditer(text):
        address = m.group(0).rstrip(".").lower()
        if address in skip or address in named or any(a <= m.start() < b for a, b in links):
            continue
        local = address.rpartition("@")[0]
        if shapes.ROLE_LOCAL.fullmatch(local) and _site(address) in sites:
            continue
        named.append(address)
    return named


# What a reason the classifier reads is not: a refusal or failure of the reader's message (a hold for a moderator, an
# out-of-office, a delivery, a report, nothing read).
_NO_REFUSAL: Final = frozenset({Reason.ONHOLD, Reason.UNDEFINED, Reason.DELIVERED, Reason.VACATION, Reason.FEEDBACK})


# A list's own sender: its role addresses (`_LIST_ROLE_FROM`) and the "-bounces" address Mailman writes notices from.
_LIST_BOUNCES_FROM: Final = re.compile(r"[\w.-]+-bounces(?:\+[^\s@<>]*)?@", re.I)


# A list's bounce address with a cookie as its From: the probe Mailman sends a member whose address bounced (Mailman 3's
# "devel-bounces+<32 hex>@", Mailman 2.1's "devel-bounces+<40 hex>@", Bouncer's probe token: a bounce of the probe comes
# back to the token, which names the member).  It tells of bounces the list received, no failure of the reader's
# message, whatever language it is written in (the 11 tuning wild mails from such an address are all list notices).
_LIST_PROBE_FROM: Final = re.compile(r"[\w.-]+-bounces\+[0-9a-f]{16,}@", re.I)


def _list_writes_to_member(mail: Mail, notice: Notice) -> bool:
    """Whether a list manager wrote, from its list's bounce address ("devel-bounces@", with or without a cookie), a
    notice that names its reader's own address (the To): a notice about mail *to* the reader, whose address bounced
    (Mailman's warning that the member's subscription was disabled, its probes: "... a problem delivering messages to
    kim@example.org"), in whatever language it is written; no failure of a message the reader sent.

    Mailman sends its notices to members from that address (Mailman 3's app/notifications.py and app/bounces.py:
    ``UserNotification(..., mlist.bounces_address, ...)``); its refusal of a post comes from the list's owner address
    (``bounce_message``, Mailman 3's app/bounces.py, Mailman 2's MailList.bounce_message: ``UserNotification(
    msg.sender, mlist.owner_address, ...)``).  Round r81kind, leave-language-out: Mailman 3's German disable warning,
    whose word for the bounces received ("unzustellbare Rückläufer") reads as a failure with the German words that
    say "bounces received" switched off; in the tuning wild mails the sign stands in 19 notices, all list notices.
    Not when the notice quotes a server's refusal (a list forwarding a bounce is read by what it quotes)."""
    if _LIST_BOUNCES_FROM.search(mail.from_) is None or has_reply(notice.text):
        return False
    low = notice.text.lower()
    return any(a in low for a in _addresses(mail.header("To")))


def _from_a_list(mail: Mail) -> bool:
    """Whether a list manager wrote the mail: from one of a list's own addresses, or with the RFC 2919 List-Id a
    list's mail carries."""
    return bool(
        _LIST_ROLE_FROM.search(mail.from_) or _LIST_BOUNCES_FROM.search(mail.from_) or mail.header("List-Id").strip()
    )


def _one_address_named(mail: Mail, notice: Notice, own: set[str]) -> tuple[list[str], list[tuple[int, str]]] | None:
    """An application's notice (`_service_notice`, not a list's, nothing in it saying no message failed) that names,
    within its first paragraphs, exactly one address that is not its own, nor a link's, nor a contact of its site
    (`_named_addresses`): its first paragraphs and the (paragraph index, address) places it is named; None for any
    other notice. What `_refusal_told_below` and `_own_address_answered` both start from."""
    if not _service_notice(mail) or _from_a_list(mail) or reports_no_outcome(notice, mail.subject):
        return None
    raw = _paragraphs(notice.text)[:_NOTICE_HEAD]
    named = [(k, a) for k, p in enumerate(raw) for a in _named_addresses(p, mail, own)]
    return (raw, named) if len({a for _k, a in named}) == 1 else None


def _refusal_told_below(mail: Mail, notice: Notice, own: set[str]) -> str | None:
    """The one address an application's notice names, when its other paragraphs say why a message was refused or
    failed, as the classifier's concept rules read them in any language they hold; else None.

    Read in no notice language: the first sentence of an application's answer to a mail it could not take ("your
    e-mail to <a> (titled ...) did not work") may be in words no table holds, but the paragraph below it says why
    ("your account is not activated", "you are not allowed to post here"), and the classifier reads that meaning in
    60-odd languages.  Strict, as a recipient invented is worse than one missed: the notice is an application's
    (`_service_notice`), not a list's (whose notices tell of posts held or refused to their members and moderators,
    no delivery's failure); within its first paragraphs it names exactly one address that is not its own, nor a link's,
    nor a contact of its site (`_named_addresses`); a paragraph other than that address's reads as a reason by a
    concept or phrase rule (not by the model's guess: its words are the words it was shown), and as no hold; and
    nothing in it says no message failed (`reports_no_outcome`: a hold, a warning, a probe).  (Its verdict was
    no failure in words a table holds: no sign this reads is held against one.)"""
    found = _one_address_named(mail, notice, own)
    if found is None:
        return None
    raw, named = found
    address = named[0][1]
    # Not a paragraph that names the address: the sentence about the reader's mail quotes its Subject ("titled ...",
    # the reader's words, which may say anything), the reason is told apart from it.
    naming = {k for k, _a in named}
    for k, paragraph in enumerate(raw):
        if k in naming:
            continue
        reply = parse_reply(" ".join(paragraph.split())[:600])
        if reply.reason not in _NO_REFUSAL and (reply.rule or "").startswith(("concept:", "phrase:")):
            return address
    return None


# A reply's Subject quoted in parentheses, as `_QUOTED_REPLY_SUBJECT` reads it, also between the full-width ones Chinese
# and Japanese write ("（名为 Re: ...）"), and its prefix glued to the word before it when written as a mail client
# writes it, capitalised ("(con el títuloRe: ...)", "（名為Re: ...）": a catalogue that left out the space).
_REPLY_SUBJECT_IN_PARENTHESES: Final = re.compile(
    r"[(\uff08][^()\uff08\uff09\n]{0,40}?"
    r"(?:(?<![^\W\d_])(?i:re|aw|sv|vs|odp|rif|ynt|antw)|Re|RE|AW|Aw|SV|Sv|VS|Vs|Odp|ODP|Rif|RIF|Ynt|YNT|Antw|ANTW)"
    r"[ \t]?:[^()\uff08\uff09\n]*[)\uff09]"
)
# How far after the address its quoted Subject may open ("a (titled Re: ...)", "a（名为 Re: ...）",
# "a へのメールメッセージ (件名: 「Re: ...」)": the words that say where the mail went may stand between, a few in any
# language).
_SUBJECT_AFTER_ADDRESS: Final = 40


def _own_address_answered(mail: Mail, notice: Notice, own: set[str], *, failure_said: bool = False) -> str | None:
    """The address of its own site that an application's notice names with the Subject of a reply sent to it, or None.

    Read in no language (round r79llo, leave-language-out): an application that takes mail (a forum's reply address,
    a tracker's) answers a mail sent to one of its own addresses only when it could not take it: it names that
    address and, in parentheses right after it, the Subject the reader wrote ("replies+k@forum.example.org (titled
    Re: [Forum] ...)", in each locale's words around the same two things).  The signs read without words: the
    address is at the site of the notice's own sender (`_site`: the reader's mail went to the application that
    answers); the parenthesis quotes a reply's Subject (`_QUOTED_REPLY_SUBJECT`: the reader's mail, named by its
    Subject); and that Subject holds a tag that names the site writing the notice (`_names_the_site`, "[Forum]"): the
    reader's mail was a reply to one of the site's own notifications, sent to its reply address, and a site that
    takes replies by mail answers one only when it did not take it (a reply it takes becomes a post, unannounced).
    Without that last sign an acknowledgement or a hold of the same shape in a language no table holds ("your
    letter to <a> (subject Re: ...) was received", "... is held for a moderator", round r78gen's tests) would read
    as a refusal: only words tell those apart.  Strict, as `_refusal_told_below` is: an application's notice
    (`_service_notice`), not a list's; nothing in it says no message failed (`reports_no_outcome`); within its first
    paragraphs it names exactly one address that is not its own, nor a link's, nor a contact of its site
    (`_named_addresses`), and the parenthesis stands in the first paragraph that names it."""
    found = _one_address_named(mail, notice, own)
    if found is None:
        return None
    raw, named = found
    k, address = named[0]
    if _site(address) not in {_site(a) for a in _addresses(mail.from_, mail.header("Sender"))}:
        return None
    paragraph = raw[k]
    at = paragraph.lower().find(address)
    if at < 0:
        return None
    after = at + len(address)
    quoted = _REPLY_SUBJECT_IN_PARENTHESES.search(paragraph, after)
    if quoted is None or quoted.start() - after > _SUBJECT_AFTER_ADDRESS:
        return None
    # Where the notice's words already say its mail failed (`failure_said`: a Subject "Unzustellbar: ..."), the tag
    # that tells a refusal from an acknowledgement is not needed (round r80kind, bench/kind_perturb.py's
    # subject-translated: Discourse's refusals under a translated Subject).
    if failure_said:
        return address
    tags = _TAG_IN_SUBJECT.finditer(quoted.group(0))
    return address if any(_names_the_site(m.group(1), mail) for m in tags) else None


# A tag in brackets anywhere in a quoted Subject ("Re: [Forum] ..."): its words, for `_names_the_site`.
_TAG_IN_SUBJECT: Final = re.compile(r"\[([^\[\]\n]{1,60})\]")


def _names_the_site(words: str, mail: Mail) -> bool:
    """Whether the words of a Subject's tag ("[Forum]" quoted in the reader's reply) name the site that writes the
    notice: they are the display name of the notice's From ("Forum <noreply@...>"), or stand in the notice's own
    Subject, in brackets or bare, at its start or further in (round r80recip: Discourse's catalogues set the site's
    name in brackets at the start in most locales, bare in Finnish, after the words in Arabic, and its From carries
    the same name in all of them)."""
    name = " ".join(words.split()).casefold()
    if not name:
        return False
    if " ".join(email.utils.parseaddr(mail.from_)[0].split()).casefold() == name:
        return True
    subject = " ".join(mail.subject.split()).casefold()
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", subject) is not None


def _list_role_of(address: str, sender: str) -> bool:
    """Whether `sender` is one of the role addresses of the list `address` (its owner, its bounce or request address:
    ``devel-owner@``, ``devel+owner@`` (mlmmj), ``devel-bounces@`` (Mailman), ``owner-devel@`` (Majordomo,
    Sympa), at the list's own domain): the list manager of that list wrote it."""
    local, _, domain = address.partition("@")
    s_local, _, s_domain = sender.partition("@")
    if not local or s_domain != domain:
        return False
    if s_local == f"owner-{local}":
        return True
    return s_local[: len(local)] == local and re.fullmatch(r"[-+](?:owner|bounces?|request|admin)(?:[-+].*)?",
                                                          s_local[len(local) :]) is not None  # fmt: skip


# A list's role address ("devel-owner@", "devel+owner@", "devel-bounces+k@", "devel-request@", "owner-devel@"): group 1
# or 2 is the list's own local part.
_ROLE_OF_LIST: Final = re.compile(r"owner-(.+)|(.+?)[-+](?:owner|bounces?|request|admin)(?:[-+].*)?")


def _list_of_role(address: str) -> str | None:
    """The list whose role address `address` is ("devel-owner@lists.example.org" -> "devel@lists.example.org"), or
    None for an address that is no list's role."""
    local, _, domain = address.lower().partition("@")
    m = _ROLE_OF_LIST.fullmatch(local)
    return f"{m.group(1) or m.group(2)}@{domain}" if m is not None and domain else None


def _senders_list_roles(mail: Mail, notice: Notice) -> set[str]:
    """The role addresses of the list the notice comes from that its text names (its owner's, where to write with
    questions: Mailman's "wenden Sie sich bitte an die Besitzer*in der Liste unter" over "devel-owner@..."): a list
    manager writing from one of a list's role addresses names the list's other roles as contacts, never as the
    address a message failed at (a failure at the owner's address is reported by a mail system, not by the list).
    Read in no language (round r80recip, leave-language-out): the list's name and domain tie the two addresses."""
    lists = {_list_of_role(a) for a in _addresses(mail.from_, mail.header("Sender"))} - {None}
    if not lists or "@" not in notice.text:
        return set()
    return {a for a in _addresses(notice.text) if _list_of_role(a) in lists}


def _list_returned_own_post(mail: Mail, notice: Notice, own: set[str]) -> str | None:
    """The list a list manager's notice returns its reader's post to, whole, or None.

    Read in no language (round r79llo, leave-language-out): a list manager that answers a post by returning it whole
    to its poster, from a role address of the very list the post was sent to, did not distribute it (mlmmj's deny
    notices, Mailman 3's reject notice: "not delivered to the list because ...", in each locale's words).  Four
    signs read without words, all required: the notice returns a message its reader sent (`_returns_own_message`);
    that message was sent to one address only, not the reader's (its To and Cc); the notice comes from a role address
    of that list (`_list_role_of`); and the returned post carries the list manager's record of the rules that stopped
    it (``X-Mailman-Rule-Hits``, Mailman 3's header naming the rules a held or refused message hit).  The last one
    because a hold can look like a refusal in every other sign: mlmmj's notice that a post waits for its moderators
    returns the post whole from ``devel+owner@`` as its refusals do, its words alone tell them apart (tried without it:
    seven tuning wait-post notices, English among them, read as refusals).  A moderator's request returns someone
    else's post, Mailman's hold notice to the poster returns none; a request to confirm the post is a challenge, read
    before; nothing in the notice may say no message failed (`reports_no_outcome`)."""
    senders = _addresses(mail.from_, mail.header("Sender"))
    if not senders or reports_no_outcome(notice, mail.subject) or not _returns_own_message(mail, notice):
        return None
    try:
        orig = mail.original_message
    except Exception:  # a broken returned message: no addressee to go by
        return None
    if orig is None or not (str(orig.get("X-Mailman-Rule-Hits") or "").strip() or _subject_returned(mail, orig)):
        return None
    targets = _addresses(str(orig.get("To") or ""), str(orig.get("Cc") or "")) - own
    if len(targets) != 1:
        return None
    address = targets.pop()
    return address if any(_list_role_of(address, s) for s in senders) else None


def _subject_returned(mail: Mail, orig: email.message.Message) -> bool:
    """Whether the notice's Subject is the returned post's own Subject, word for word: Mailman's `bounce_message`
    (Mailman 3's src/mailman/app/bounces.py, what its reject chain sends; Mailman 2's MailList.bounce_message the same)
    writes its notice so, from the list's owner address, with the post attached, and nothing else in the notice but
    the reason.  No other notice of a list manager takes the post's Subject bare: a hold, an acknowledgement, a
    moderator's request each say what they are in theirs ("Your message to devel awaits ...", "Devel post
    acknowledgment"), an acknowledgement's own reply a "Re:"."""
    mine = " ".join(mail.subject.split())
    return bool(mine) and mine == " ".join(decode_header(orig.get("Subject") or "").split())


def _list_named_in_notice(mail: Mail, notice: Notice, said: str, own: set[str]) -> list[Found]:
    """A notice that returns the reader's message as refused and names one address as a mailing list (the words
    for one right beside it, on its line or the next: "the program managing the <a> mailing list", "die
    Mailingliste <a>", "管理 <a> 邮件列表"): that list refused the message, whoever the returned message's To:
    names (a post that reached the list by Bcc; round r78mlm, mlmmj's refusals). Not when the notice names another
    address so, nor when it returns no message.  An address named as the list whose role address sends the notice
    (`_list_role_of`: "devel@" in a notice from "devel+owner@") is named as a list without the words for one (round
    r81recip, leave-language-out: mlmmj's Chinese refusal of a post that reached the list by Bcc, read with the
    Chinese words off, took the returned post's To for the list)."""
    if said != "failed":
        return []
    try:
        returned = mail.original_message is not None or bool(notice.returned)
    except Exception:  # a broken returned message: none to go by
        return []
    if not returned:
        return []
    lines = notice.lines
    senders = _addresses(mail.from_, mail.header("Sender"))
    named = {
        m.group(0).lower(): m.group(0)
        for i, line in enumerate(lines[:_LIST_INTRO_LINES])
        for m in shapes.ADDRESS.finditer(line)
        if m.group(0).lower() not in own
        and (
            _beside_list_word(line, m.start(), m.end(), lines[i + 1 : i + 2])
            or any(_list_role_of(m.group(0).lower(), s) for s in senders)
        )
    }
    if len(named) != 1:
        return []
    raw = _paragraphs(notice.text)
    paragraphs = [" ".join(p.split()) for p in raw]
    at = next((k for k, p in enumerate(paragraphs) if says_failed_or_delayed(p)), None)
    if at is None and any(_list_role_of(a, s) for a in named for s in senders):
        # Named as the list the notice comes from, in words no table holds: its first paragraphs say why.
        at = 0
    if at is None or at >= _NOTICE_HEAD:
        return []
    return [Found(recipient=next(iter(named.values())), action=said, diagnostic=_with_cause_below(raw, at)[:1000])]


# How many lines of a notice's top are read for the list it names (`_list_named_in_notice`): its introduction.
_LIST_INTRO_LINES: Final = 6


def _beside_list_word(line: str, start: int, end: int, after: tuple[str, ...]) -> bool:
    """Whether a word for a mailing list (concept MLIST or LIST_NAMED) stands right before or after the address at
    ``line[start:end]`` (at most two words between), read on its line and the next (`after`)."""
    text = " ".join((line[:start], ADDRESS_WORD, line[end:], *after))
    for words, _start, found in concept_terms(text):
        if ADDRESS_WORD not in words:
            continue
        at = words.index(ADDRESS_WORD)
        if any(
            {"MLIST", "LIST_NAMED"} & concepts and (at - 3 <= stop < at or at < pos <= at + 3)
            for pos, stop, concepts in found
        ):
            return True
    return False


def _only_recipient_of_original(mail: Mail, notice: Notice, said: str, own: set[str]) -> list[Found]:
    """A notice that names no address ("Message could not be delivered to mobile.") about a returned
    message with one recipient: that recipient is the one that failed.  Not when the notice says the
    message itself was refused before any recipient was tried ("It was not delivered to any
    recipients"), nor when it names its failed recipient as no complete address ("bob@: domain
    missing"): the returned message's recipient was not the one refused."""
    said_text = " ".join(notice.text.lower().split())
    if shapes.WHOLE_MESSAGE_REFUSED.search(said_text) or any(
        shapes.ADDRESS.search(m.group(1)) is None for m in shapes.INCOMPLETE_ADDRESS.finditer(notice.text)
    ):
        return []
    try:
        orig = mail.original_message
    except Exception:  # a broken returned message: no recipient to take
        return []
    if orig is not None:
        to, cc = str(orig.get("To") or ""), orig.get("Cc")
    else:  # the returned message as text after the notice ("Original Message:" and its headers)
        block = _returned_header_block(notice.returned)
        to, cc = header_in(block, "To") or "", header_in(block, "Cc")
    if cc:
        return []
    addresses = [a for _n, a in email.utils.getaddresses([to]) if "@" in a]
    if len(addresses) != 1 or addresses[0].lower() in own:
        return []
    # The paragraph that says the message failed (or is delayed) says why, else the first one: a list
    # manager's first paragraph only names the list it runs.
    raw = _paragraphs(notice.text)
    paragraphs = [" ".join(p.split()) for p in raw]
    at = next((k for k, p in enumerate(paragraphs) if says_failed_or_delayed(p)), 0)
    # Said neither in the Subject nor in the notice's first paragraphs, the failure words belong to a long text that
    # tells what the system does with mail (a usage manual sent back in answer to a "help" mail: "... the original
    # message is bounced back to the sender"), not what became of the message it returns.
    # So can the notice's first paragraph, saying why the reader's own message it returns was not taken
    # (`_refuses_own_message`): the long text below it is then the help that comes with the refusal.
    if at >= _NOTICE_HEAD:
        if not says_failed_or_delayed(mail.subject) and not _refuses_own_message(mail, notice):
            return []
        at = 0  # the Subject (or the first paragraph) says it: the notice's own first paragraph says why
    why = _with_cause_below(raw, at) if raw else ""
    return [Found(recipient=addresses[0], action=said, diagnostic=why[:1000])]


def _returned_header_block(returned: str) -> str:
    """The returned message's header lines: at the start of what the notice returns, else under a heading of their own
    further down, the message's body returned first ("-- Original Message Body --" over the body, then "-- Original
    Message Headers --" over the headers: Phabricator's reply to mail its receiver could not process)."""
    if header_in(returned, "To") is not None:
        return returned
    first = returned.find("\n")
    heading = shapes.ORIGINAL_STARTS.search(returned, first + 1) if first >= 0 else None
    if heading is None:
        return returned
    below = returned.find("\n", heading.end())
    return returned[below + 1 :] if below >= 0 else ""


# How many paragraphs a notice's own account takes at most: a notice is a few short paragraphs before what it returns.
_NOTICE_HEAD: Final = 8


# An RFC 3798 disposition report's field block: the recipient it is about, and what became of the message.
_MDN_RECIPIENT: Final = re.compile(
    r"^(?:final|original)-recipient:[ \t]*[^;\n]{0,40};[ \t]*<?([^\s<>;@]{1,64}@[^\s<>;]{1,254})", re.I | re.M
)
_MDN_DISCARDED: Final = re.compile(r"^disposition:[^\n]{0,200};[ \t]*(?:deleted|denied)\b", re.I | re.M)
_MDN_AUTOMATIC: Final = re.compile(r"^disposition:[ \t]*automatic-action/", re.I | re.M)


def _disposed_recipient(mail: Mail, notice: Notice, said: str, own: set[str]) -> list[Found]:
    """A notice that says the message failed beside an RFC 3798 disposition report (``message/disposition-
    notification``) whose ``Disposition`` says the recipient's side deleted or denied it (a Sieve ``reject``,
    Cyrus's and Pigeonhole's "Your message was automatically rejected by Sieve"): the report's
    ``Final-Recipient`` (else ``Original-Recipient``) is the recipient that refused it, whether or not the
    returned message is there to show it.  Its reply: the paragraph that says the message failed, with the
    reason the next one gives."""
    if said != "failed" or "message/disposition-notification" not in mail.content_types:
        return []
    fields = part_text(mail.parts, mail.content_types, "message/disposition-notification") or ""
    if _MDN_DISCARDED.search(fields[:4000]) is None:
        return []
    # The final recipient, where an alias's member differs from the address the message was sent to.
    named = sorted(_MDN_RECIPIENT.finditer(fields[:4000]), key=lambda m: not m.group(0).lower().startswith("final"))
    if not named or named[0].group(1).lower() in own:
        return []
    raw = _paragraphs(notice.text)
    at = next((k for k, p in enumerate(raw) if says_failed_or_delayed(" ".join(p.split()))), 0)
    why = _with_cause_below(raw, at) if raw else ""
    return [Found(recipient=named[0].group(1), action=said, diagnostic=why[:1000])]


def _refused_by_own_filter(mail: Mail) -> bool:
    """Whether the notice's RFC 3798 disposition report says the message was deleted or denied by an
    "automatic-action" (RFC 3798 section 3.2.6: done on the recipient's behalf, a Sieve reject): the recipient's
    own filter refused it, and a size it refuses is the recipient's limit (`parse._event`)."""
    if "message/disposition-notification" not in mail.content_types:
        return False
    fields = (part_text(mail.parts, mail.content_types, "message/disposition-notification") or "")[:4000]
    return _MDN_DISCARDED.search(fields) is not None and _MDN_AUTOMATIC.search(fields) is not None


def _paragraphs(text: str) -> list[str]:
    """The paragraphs of a notice's text, as written (blank-line separated, empty ones left out)."""
    return [p for p in text.split("\n\n") if p.strip()]


def _with_cause_below(raw: list[str], k: int) -> str:
    """Paragraph `k`, and the one after it when `k` points at it ("Your message could not be delivered
    to:", DBMail's "... due to the following error.", qmail's "... to the following addresses." with more
    words after it) or when that one opens by announcing the cause (Cyrus's "The following reason was
    given:" below "Your message was automatically rejected")."""
    why = " ".join(raw[k].split())
    if k + 1 < len(raw):
        last = raw[k].strip().splitlines()[-1].strip().lower()
        first = raw[k + 1].strip().splitlines()[0].strip().lower()
        if (
            why.endswith(":")
            or shapes.NAMES_BELOW.search(why.lower())
            or shapes.CAUSE_INTRO.search(last)
            or shapes.CAUSE_INTRO.search(first)
        ):
            why = f"{why} {' '.join(raw[k + 1].split())}"
            # The paragraph it introduces only names the recipient and the time of the attempt (Exchange's
            # "Test User on <date> <time>"), or is itself only the line that announces the cause below it ("The
            # details of the error are shown below.", Moodle's inbound-mail error notice): the words about that
            # recipient, or the cause, are the paragraph after it.
            below = raw[k + 1].strip().splitlines()
            if k + 2 < len(raw) and (
                shapes.NAMED_ON_DATE.search(below[-1].strip())
                or (len(below) == 1 and shapes.CAUSE_INTRO.search(below[0].strip().lower()))
            ):
                why = f"{why} {' '.join(raw[k + 2].split())}"
    return why


def _introduces(paragraph: str, said_how: re.Pattern[str]) -> bool:
    """Whether the paragraph's sentence that says the message failed (or is delayed) introduces what
    follows it with a colon: Exchange's "The following recipient(s) could not be reached:", at the end
    of the paragraph or with the recipient and its reason on the lines after it."""
    low = paragraph.lower()
    said = said_how.search(low)
    return low.endswith(":") or (said is not None and low[said.end() :].lstrip().startswith(":"))


def _only_mime_headers(mail: Mail) -> bool:
    """Whether the mail has no header but its MIME ones (``Content-*``, ``MIME-Version``): a paste, with
    no sender, addressee or subject to say what it is."""
    return all(k.lower().startswith("content-") or k.lower() == "mime-version" for k in mail.msg)


def _recipient_line_on_top(mail: Mail) -> bool:
    """Whether the mail's first header field is named by an address: a paste's first line, not a header."""
    items = mail.msg.items()
    return bool(items) and shapes.ADDRESS.fullmatch(items[0][0].strip("<> \t")) is not None


def _fields_on_top(mail: Mail) -> str:
    """RFC 3464 fields pasted at the very top of a paste ("Final-Recipient: rfc822; a" as its first
    line): the mail parser took them for the header block, which no mail's own headers would hold.
    They are the fields, given back to the notice as text.  So is a paste that starts with a recipient's
    line ("a@b: mailbox full", Postfix's words cut out of its notice): no mail's header field is named
    by an address, so the block the parser took for headers is the notice's text."""
    if _recipient_line_on_top(mail):
        return "".join(f"{k}: {v}\n" for k, v in mail.msg.items()) + "\n"
    if not mail.header("Final-Recipient"):
        return ""
    return "".join(f"{k}: {v}\n" for k, v in mail.msg.items() if shapes.DSN_FIELD.match(f"{k}:"))


def _summarised(notice: Notice, said: str, own: set[str]) -> list[Found]:
    """A notice that names no recipient in its prose but sums up the message it is about in indented
    "Label: value" lines, two or more in a row ("  To: a", "  Subject: ...", "  Date: ..."): the
    addresses of the first summary line that holds any other than the notice's addressee are the message's
    recipients, refused with it (MailScanner: "This message has been destroyed").  The words after
    the summary say why."""
    lines = notice.lines
    # Indented deeper than the notice's prose: a notice indented whole (a relay's or a client's margin) does not
    # make its own "Sender: a" / "Subject: ..." lines a summary.
    margin = min((len(ln) - len(ln.lstrip(" \t")) for ln in lines if ln.strip()), default=0)
    run: list[int] = []
    for i, line in enumerate((*lines, "")):
        if shapes.SUMMARY_LINE.match(line, margin):
            run.append(i)
            continue
        holding = [k for k in run if "@" in lines[k]] if len(run) >= 2 else []
        first = run[0] if run else i
        run = []
        # The first line of the summary that names someone other than the notice's own addressee: the
        # sender's own "From: a" line above "To: b" (hMailServer's virus notice) names no recipient.
        for k in holding:
            value = lines[k].split(":", 1)[1]
            # An address in emphasis ("**a**", a Markdown mail's text part) is the address without it.
            addresses = [a for a in (_unstarred(m) for m in shapes.ADDRESS.finditer(value)) if a.lower() not in own]
            if addresses:
                break
        else:
            continue
        if addresses:
            # Up to the signature ("-- " and the filter's name, "Email Virus Scanner"): not a cause.
            after = lines[i:]
            end = next((k for k, ln in enumerate(after) if ln.strip() == "--"), len(after))
            why = " ".join(" ".join(after[:end]).split())
            if not why or parse_reply(why).reason in (Reason.UNDEFINED, Reason.ONHOLD):
                # Nothing after the summary says why (only the server's name below it: hMailServer's "The
                # message below contained a virus ..." stands above): the prose above the summary does.
                why = " ".join(" ".join((*lines[:first], *after[:end])).split())
            return [Found(recipient=a, action=said, diagnostic=why[:1000]) for a in addresses]
    return []


def _items_of_the_list(notice: Notice, said: str, own: set[str]) -> list[Found]:
    """A notice that says the message failed (or is delayed) and names its recipients only as the items of one
    bulleted list under a heading (`_recipients.listed_items`): each item's address failed, its line its text."""
    return [Found(recipient=b.recipient, action=said, diagnostic=b.diagnostic) for b in listed_items(notice.lines, own)]


def _unstarred(m: re.Match[str]) -> str:
    """The address of a match of `shapes.ADDRESS` without the emphasis around it ("*a*", "**a**")."""
    address = m.group(0)
    stars = len(address) - len(address.lstrip("*"))
    if stars and m.string[m.end() : m.end() + stars] == "*" * stars:
        return address[stars:]
    return address


def _by_host(mail: Mail, notice: Notice, said: str) -> list[Found]:
    """Recipients named only by their host: old Sendmail writes ``421 example.com (smtp)... Deferred``
    and returns the message; its recipients at that host are the ones that failed."""
    hosts: dict[str, str] = {}
    for line in notice.lines:
        for m in shapes.HOST_LINE.finditer(line):
            hosts.setdefault(m.group(1).lower(), line.strip())
    if not hosts:
        return []
    try:
        orig = mail.original_message
    except Exception:  # a broken returned message: no recipients to take
        return []
    if orig is None:
        return []
    addresses = email.utils.getaddresses([str(orig.get(k) or "") for k in ("To", "Cc")])
    return [
        Found(recipient=a, action=said, diagnostic=hosts[a.rsplit("@", 1)[1].lower()])
        for _n, a in addresses
        if "@" in a and a.rsplit("@", 1)[1].lower() in hosts
    ]


def _gave_up(notice: Notice, rows: list[Found], subject: str = "") -> None:
    """Expired, for the failed recipients of a notice that says the queue lifetime ran out or the
    attempts were used up ("due to prolonged unavailability", "The maximum number of delivery
    attempts has been reached"), in its text or its Subject ("Returned mail: Cannot send message for 5 days"),
    unless the recipient's own reply is a permanent refusal: then the last attempt failed for good, and that reply
    says why."""
    if not any(r.action == "failed" for r in rows):
        return
    if shapes.EXPIRED_NOTICE.search(notice.text.lower()) is None and (
        not subject or shapes.EXPIRED_NOTICE.search(subject.lower()) is None
    ):
        return
    for row in rows:
        if row.action == "failed" and row.reason is None and not _permanent_reply(row):
            row.reason = Reason.EXPIRED


def _permanent_reply(row: Found) -> bool:
    if (row.status or "").startswith("5"):
        return True
    return any(m.group(0).strip().lstrip("#")[:1] == "5" for m in shapes.REPLY_CODE.finditer(row.diagnostic))


def _enclosed_error_notice(mail: Mail, notice: Notice) -> Mail | None:
    """A bounce enclosed whole under an empty text (forwarded as an attachment), or the message a list
    manager encloses for its owner as a delivery error notice (LISTSERV: "has been
    identified as a possible delivery error notice"): that message is the notice to read, the outer text only
    says why it was set aside.  None when the notice says no such thing or encloses no message.  The message
    is enclosed as a part, or as text below the line that says a copy follows ("------ This is a copy of the
    message, including all the headers. ------"), as a relay or a client that flattens parts writes it."""
    if not notice.fields and not any(line.strip() for line in notice.lines):
        # No words of its own and a message enclosed from a mail system's role: a bounce forwarded as an
        # attachment (a mail client's "forward as attachment", a user's report to a help desk), the same notice
        # a forward inline quotes below its marker.  Not a returned message (the sender's own, no daemon's).
        inner = mail.original_message
        return Mail(inner) if inner is not None and _DAEMON_FROM.search(str(inner.get("From") or "")) else None
    if not shapes.FORWARDED_ERROR_NOTICE.search(" ".join(notice.text.lower().split())):
        return None
    copy = notice.returned.partition("\n")[2].lstrip("\n")  # below the rest of the line that says a copy follows
    if copy.strip() and "message/rfc822" not in mail.content_types and "message/global" not in mail.content_types:
        return Mail(load_message(copy))
    inner = mail.original_message
    return Mail(inner) if inner is not None else None


def _said_by_replies(blocks: list[Block], notice: Notice) -> Verdict | None:
    """No sentence says what happened, but recipient lines quote the refusal (a notice cut down to
    "<a>: host mx said: 550 ..."): the reply's class is the verdict.  Pasted fields and no prose:
    each fielded row keeps its own Action."""
    codes = {b.reply_code for b in blocks} - {None}
    if not codes and not notice.fields:
        return None
    return "delayed" if codes and "5" not in codes else "failed"


def _said_by_recipient_lines(mail: Mail, notice: Notice, blocks: list[Block]) -> Verdict | None:
    """A paste with no header (but MIME ones) that is nothing but recipient lines ("a@b: Host or domain name not found.
    Name service error ...", a notice's recipient line cut out of it, no sentence around it): the
    words after each address, when the classifier reads a cause in them, are the failure; a cause it
    reads as temporary is a delay."""
    if not blocks or not (_only_mime_headers(mail) or _recipient_line_on_top(mail)):
        return None
    # Nothing but recipient lines: each paragraph opens with a recipient's address.
    named = tuple(b.recipient.lower() for b in blocks)
    for paragraph in _paragraphs(notice.text):
        if not paragraph.strip().lstrip("<\"'").lower().startswith(named):
            return None
    replies = [parse_reply(b.diagnostic) for b in blocks]
    if any(r.rule == "unrecognised" for r in replies):
        return None
    return "delayed" if all(r.permanent is False for r in replies) else "failed"


# Headers a mail system sets on its own notice to say it returns a message it refused, whatever language the notice's
# words are in: MailScanner's spam bounce ("X-MailScanner-Bounce: yes", Message.pm HandleSpamBounce) and its
# rejection report ("X-MailScanner-Rejected: yes", Message.pm RejectMessage), MailScanner v5
# common/usr/share/MailScanner/perl/MailScanner/Message.pm (https://github.com/MailScanner/v5).  Its reports are
# translated into some thirty languages (reports/<lang>/sender.spam.*.report.txt); the header is not.
_BOUNCE_HEADERS: Final = ("X-MailScanner-Bounce", "X-MailScanner-Rejected")


def _declared_bounce(mail: Mail) -> bool:
    """Whether a header the mail system sets on its own refusals says ``yes`` (`_BOUNCE_HEADERS`)."""
    return any(mail.header(name).strip().lower() == "yes" for name in _BOUNCE_HEADERS)


def _heading_says(lines: tuple[str, ...], block: Block) -> Verdict | None:
    """What the heading of the list a recipient stands in says of it: a notice that sorts its recipients
    into lists ("Recipients that will be retried:" over some, "Recipients that failed permanently:" over
    others, as Kopano's spooler does) tells each list's fate in its heading, whatever the notice says as a
    whole.  The heading is the line ending with a colon right above the list (the list's lines hold an
    address each, with no blank line between); None when there is none or it says neither or both."""
    if not block.mentions:
        return None
    for i in range(block.mentions[0].line - 1, max(-1, block.mentions[0].line - 30), -1):
        line = lines[i].strip()
        if not line:
            return None
        if line.endswith(":") and "@" not in line:
            low = line.lower()
            failed, delayed = shapes.FAILURE.search(low) is not None, shapes.DELAY.search(low) is not None
            return "delayed" if delayed and not failed else "failed" if failed and not delayed else None
        if "@" not in line:
            return None
    return None


def _rows(blocks: list[Block], notice: Notice, said: str, own: set[str]) -> list[Found]:
    """One row per recipient block, its pasted RFC 3464 fields (facts) over the prose's verdict;
    then the fielded recipients the prose did not name."""
    fielded = {r.recipient.lower(): r for r in rows_from_fields(notice.fields)} if notice.fields else {}
    rows: list[Found] = []
    for block in blocks:
        row = fielded.pop(block.recipient.lower(), None) or (
            fielded.pop(block.orig_recipient.lower(), None) if block.orig_recipient else None
        )
        action = row.action if row is not None and row.action else _heading_says(notice.lines, block) or said
        rows.append(
            Found(
                recipient=block.recipient,
                orig_recipient=block.orig_recipient,
                action=action,
                status=row.status if row is not None else None,
                diagnostic=block.diagnostic or (row.diagnostic if row is not None else ""),
                remote_mta=block.remote_host or (row.remote_mta if row is not None else None),
                remote_ip=block.remote_ip or (row.remote_ip if row is not None else None),
                smtp_command=block.command,
            )
        )
    rows.extend(r for r in fielded.values() if r.recipient and r.recipient.lower() not in own)
    return rows


def _failed_without_words(mail: Mail, notice: Notice, own: set[str]) -> str | None:
    """The one address an application's or a list's notice says the reader's mail failed at, read where no notice
    pattern says the notice failed: by the concept rules (`_mail_to_address_failed`, `_refusal_told_below`), else by
    signs read in no language (`_own_address_answered`, `_list_returned_own_post`, round r79llo)."""
    return (
        _mail_to_address_failed(mail, notice, own)
        or _refusal_told_below(mail, notice, own)
        or _own_address_answered(mail, notice, own)
        or _list_returned_own_post(mail, notice, own)
    )


def _own_address_failed(mail: Mail, notice: Notice, said: str, own: set[str]) -> list[Found]:
    """A notice that says its reader's mail failed and names no recipient any other reading finds: the one address of
    its own site it names with the Subject of the reader's reply (`_own_address_answered`, its words no longer needed
    to tell a refusal from an acknowledgement)."""
    if said != "failed":
        return []
    address = _own_address_answered(mail, notice, own, failure_said=True)
    if address is None:
        return []
    return [Found(recipient=address, action="failed", diagnostic=" ".join(notice.text.split())[:1000])]


def _rows_without_blocks(mail: Mail, notice: Notice, said: str, own: set[str]) -> list[Found]:
    """The rows of a notice whose lines name no recipient block: by the readers of other shapes, in turn."""
    return (
        _by_host(mail, notice, said)
        or (_summarised(notice, said, own) if said in ("failed", "delayed") else [])
        or (_items_of_the_list(notice, said, own) if said in ("failed", "delayed") else [])
        or _disposed_recipient(mail, notice, said, own)
        or _list_named_in_notice(mail, notice, said, own)
        or _only_recipient_of_original(mail, notice, said, own)
        or _own_address_failed(mail, notice, said, own)
    )


class GeneralReader:
    """Bounce notices of any MTA: recipients, their replies, failure/delay/success, challenges."""

    name = "general"

    def parse(self, mail: Mail) -> list[Found] | None:
        if mail.feedback_report is not None:
            return None
        if _from_a_person(mail) or _LIST_PROBE_FROM.search(mail.from_):
            return None
        notice = read_notice(_fields_on_top(mail) + mail.body)
        if _list_writes_to_member(mail, notice):
            return None
        enclosed = _enclosed_error_notice(mail, notice)
        if enclosed is not None:
            return self.parse(enclosed)
        said = verdict(notice, mail.subject)
        if said == "challenge" or (
            said is None and (_confirms_own_message(mail, notice) or _confirm_address_to_reply(mail, notice))
        ):
            return [_challenge(mail, notice)]
        if said is None and (_refuses_own_message(mail, notice) or _declared_bounce(mail)):
            said = "failed"
        # An address the X-Failed-Recipients header names failed, even when it is also the sender's
        # (a message sent to oneself, or a corpus that redacted every address alike).
        # So are the addresses the notice names as the reader's own ("your alias a": a forwarding service's notice).
        readers = {m.group(1).lower() for m in shapes.READERS_OWN.finditer(notice.text)}
        own = (_own_addresses(mail) | readers | _senders_list_roles(mail, notice)) - _addresses(
            mail.header("X-Failed-Recipients")
        )
        blocks = find_blocks(notice.lines, own, _addresses(mail.header("To")))
        if not blocks and not notice.fields:
            named = self._named_in_header(mail, notice, said)
            if named:
                return named
        if said is None:
            said = _said_by_replies(blocks, notice) or _said_by_recipient_lines(mail, notice, blocks)
            if said is None:
                # An application's answer that the reader's mail to its address did not work, in words no notice
                # pattern holds: that address failed, and the notice, its prose, says why.
                address = _failed_without_words(mail, notice, own)
                if address is None:
                    return None
                why = " ".join(notice.text.split())[:1000]
                return [Found(recipient=address, action="failed", diagnostic=why)]
        rows = _rows(blocks, notice, said, own) or _rows_without_blocks(mail, notice, said, own)
        _gave_up(notice, rows, mail.subject)
        if rows and said == "failed" and _refused_by_own_filter(mail):
            for row in rows:
                row.extra.setdefault("refused-by", "recipient-filter")
        return rows or None

    def _named_in_header(self, mail: Mail, notice: Notice, said: str | None) -> list[Found]:
        """Recipients only the ``X-Failed-Recipients`` header names (Exim, Gmail): the notice's prose
        says why in its first paragraph of some length (a greeting line is not one)."""
        failed = [a for _n, a in email.utils.getaddresses([mail.header("X-Failed-Recipients")]) if "@" in a]
        if not failed:
            return []
        # The paragraph, and the one below it when it ends by announcing it (Google Groups' "Here are a few
        # more details on why you weren't able to post:" over its list of likely causes).
        raw = _paragraphs(notice.text)
        at = next((k for k, p in enumerate(raw) if len(p.split()) >= 8), None)
        why = _with_cause_below(raw, at) if at is not None else ""
        return [Found(recipient=a, action=said or "failed", diagnostic=why[:1000]) for a in failed]


def unnamed_failure(mail: Mail) -> list[Found]:
    """The rows of `_unnamed_failure`, each reply read as a recipient's reply is (`as_reply`)."""
    rows = _unnamed_failure(mail)
    for row in rows:
        host, ip = framed_server(row.diagnostic)
        row.remote_mta, row.remote_ip = row.remote_mta or host, row.remote_ip or ip
        row.diagnostic = as_reply(row.diagnostic)
    return rows


def _unnamed_failure(mail: Mail) -> list[Found]:
    """For a mail no detector found a recipient in: a notice that says delivery failed (or is
    delayed) and quotes the refusal, but shows no address (a paste that left it out), is still a
    bounce: one row that names no recipient.  `parse_message` asks after every detector, flufl.bounce
    included, so that any reader that does find an address comes first."""
    if mail.feedback_report is not None or _from_a_person(mail) or _LIST_PROBE_FROM.search(mail.from_):
        return []
    notice = read_notice(mail.body)
    if _list_writes_to_member(mail, notice):
        return []
    said = verdict(notice, mail.subject)
    if said is None and not _someone_else_sent(mail):
        answered = _server_answer_only(notice)
        if answered:
            return answered
    if said is None:
        return _failed_by_its_sender(mail, notice, "failed") or _site_reply_not_taken(mail, notice)
    if said not in ("failed", "delayed"):
        return []
    if has_reply(notice.text):
        # The reply line and the lines that continue it (indented under it, or wrapped mid-reply).
        at = next(k for k, ln in enumerate(notice.lines) if has_reply(ln))
        reply = " ".join(continuation(notice.lines, at, len(notice.lines)))
        tag = notice.lines[at].strip()
        if shapes.STATUS_TAG_ONLY.fullmatch(tag):
            # Exchange's "<mx.example.net #5.4.0>" closes the paragraph whose sentence says why.
            reply = next((" ".join(p.split()) for p in _paragraphs(notice.text) if tag in p), reply)
        return [Found(recipient="", action=said, diagnostic=reply[:1000])]
    # No quoted refusal: a whole notice that says delivery failed is a bounce all the same (a paste
    # of the banner only, a letter that names no address).  A multipart cut short is not: it is what
    # the first part of a bounce split in two by an unescaped "From " line in an mbox looks like
    # (corpus/malformed), and its recipients are in the part that was cut off.
    # Only a mail system's notice, or a paste with no sender at all, and only in words about delivery
    # ("could not be delivered", not "rejected by the list moderator"): a newsletter may tell of a
    # parcel that "failed to deliver", a list of a post it refused.  The body must say it, not the
    # Subject alone: headers with an empty body are no notice.
    # An application's own notice to its user (GitLab's "[Rejected]" reply, addy.io's and SimpleLogin's notices
    # about a mail of the user's that failed) comes from no mail system's role, but from the service's own
    # sender: a failure it reports in words about a *message* ("your email message ... could not be
    # processed", "An attempt to deliver a message ... has failed") is a bounce all the same; a parcel that
    # "could not be delivered" is not.
    # Who sent it is one sign of a mail system's notice, not the only one: a notice whose From names no role (a
    # hosted mail system signing "mail@" its domain, a relay rewriting the sender) is one all the same when the mail
    # also carries what it reports on (the returned message, the message it answers) or its Subject says the same
    # failure or delay, or when the From line is all a paste kept of the headers; its sentence must still name a
    # message (`of_a_message`).
    # A letter written into its reader's own mailbox in the reader's own name (From is the one To address: the
    # mail system of that account, not a correspondent, reporting on a message the account sent) is such a notice
    # too; a person writes to somebody else.
    if _cut_short(mail) or (
        _someone_else_sent(mail)
        and not _service_notice(mail)
        and not _sender_line_only(mail)
        and not _returns_what_it_reports(mail, notice, said)
        and not _to_its_own_sender(mail)
    ):
        return []
    # A Subject that says it failed ("Unzustellbar: ...") over a body that is only the server's answer: the answer is
    # the notice's content all the same, as it is under a Subject that says nothing.
    return (
        _banner_only(notice, said, of_a_message=_someone_else_sent(mail))
        or (_server_answer_only(notice) if not _someone_else_sent(mail) else [])
        # The Subject says it (Zammad's "[undeliverable]" over a body in the reader's language), no sentence does.
        or _failed_by_its_sender(mail, notice, said)
        or _post_refused_in_subject(mail, notice, said)
    )


def _post_refused_in_subject(mail: Mail, notice: Notice, said: str) -> list[Found]:
    """A list manager's notice from one of the list's role addresses (`_LIST_ROLE_FROM`) whose Subject says the post was
    refused (`shapes.POST_REFUSED`: Majordomo 2's "Denied post to devel", the same in every locale), over a body in
    words no table reads: one failed row naming no recipient, its reply the notice's first paragraphs (which say why,
    often in the words of the rule that refused it: "The message body is too long (52314 > 40000)").  Read in no
    notice language (round r81kind, leave-language-out: Majordomo 2's German and French denials); nothing when the
    notice says no message failed (`reports_no_outcome`)."""
    if said != "failed" or _LIST_ROLE_FROM.search(mail.from_) is None:
        return []
    if shapes.POST_REFUSED.search(mail.subject.lower()) is None or reports_no_outcome(notice, mail.subject):
        return []
    paragraphs = [" ".join(p.split()) for p in _paragraphs(notice.text) if p.strip()][:_NOTICE_HEAD]
    why = " ".join(paragraphs)
    return [Found(recipient="", action=said, diagnostic=why[:1000])] if why else []


# The name RFC 5321's null sender goes by (section 4.5.5: a non-delivery report is sent from the null reverse-path, and
# the mail systems sign it "MAILER-DAEMON", Sendmail's and Postfix's and Exim's name for it, Zammad's display name): the
# mail system itself reporting on a message, in the From's address or its display name.
_WORD: Final = re.compile(r"[^\W\d_]{2,}")
# How many words make a letter of the mail system, not a line of one (Zammad's shortest catalogue, Chinese, reads as 18
# words and characters; a paste of one line is a fragment).
_LETTER_WORDS: Final = 12
_NULL_SENDER_NAME: Final = re.compile(r"(?<![\w.+-])mailer-daemon(?![\w-])", re.I)


def _failed_by_its_sender(mail: Mail, notice: Notice, said: str) -> list[Found]:
    """A notice whose words no table reads as an outcome (`verdict` None; or only its Subject's, `said`, and no
    sentence of its body), read by who wrote it (round r80kind, leave-language-out: the sign is in no language): the
    mail system's null sender by name (`_NULL_SENDER_NAME`, "MAILER-DAEMON"), not a list's (a list's "-bounces"
    address is a mail system's role too, but its probes and warnings report no message of the reader's).

    The null sender writes about the delivery of a message: a non-delivery report, a delay warning, a success notice;
    a success notice it sends is an RFC 3464 report whose fields say so (read before this, by the readers of the
    standards) or words a table holds (in the tuning wild mails, 498 of the 519 from a MAILER-DAEMON are bounces or
    delays, 20 successes, all read before).  One row naming no recipient, failed (or delayed when the Subject says
    so), its reply the notice's first paragraphs; nothing when the notice says no message failed
    (`reports_no_outcome`) or holds no words.  (Tried and dropped: an application's automatic answer that names the
    reader's message (``In-Reply-To``) under its Subject ("Re:"): Moodle writes its notice that a reply was posted so
    too.)  (MailScanner's reports, marked by a header in any language, are read before: `_declared_bounce`.)"""
    if _NULL_SENDER_NAME.search(mail.from_) is None:
        return []
    if _from_a_list(mail) or reports_no_outcome(notice, mail.subject):
        return []
    paragraphs = [" ".join(p.split()) for p in _paragraphs(notice.text) if p.strip()][:_NOTICE_HEAD]
    why = " ".join(paragraphs)
    # Words no table reads: a letter (a line or two is a fragment: "Report id: r1@example.org"), in which the concept
    # rules read no reason either (a sentence they read, "rejected by the list moderator", was read and said no
    # failure of delivery).
    if len(_WORD.findall(why)) < _LETTER_WORDS or any(concept_reasons(p[:600]) for p in paragraphs):
        return []
    return [Found(recipient="", action=said, diagnostic=why[:1000])]


# A reply's Subject quoted in a notice's prose with the tag of the site that sent what it answers ("... your message
# with the title of: Re: [Example Forum] Garden club meeting", "... Ihre Nachricht mit dem Titel AW: [Example Forum]
# ..."): the prefix a mail client writes (`_REPLY_SUBJECT`'s, and a forward's), then the tag in brackets (group 1).
_SITE_REPLY_QUOTED: Final = re.compile(
    rf"(?<![^\W\d_])(?:{_REPLY_PREFIXES}|{_FORWARD_PREFIXES})[ \t]?:[ \t]*\[([^\[\]\n]{{1,60}})\]", re.I
)


def _site_reply_not_taken(mail: Mail, notice: Notice) -> list[Found]:
    """An application's notice that quotes, in its own first paragraphs, the Subject of a reply its reader sent to one
    of the site's notifications, tagged with the site's own name (`_SITE_REPLY_QUOTED`, `_names_the_site`: the From's
    display name or a word of the notice's Subject): one failed row naming no recipient, its reply the notice's first
    paragraphs.

    Read in no language (round r81kind, leave-language-out: ElkArte's post-by-email refusals, "Ich befürchte, dass ich
    Ihre Nachricht mit dem Titel AW: [Example Forum] ... nicht weiterleiten ... konnte", German words off): the sign
    `_own_address_answered` reads beside a named address, without the address.  A site that takes replies by mail
    answers one only when it did not take it: a reply it takes becomes a post, and its notice of that post to the
    other members quotes the post, not the poster's Subject with its "Re:"; the notice's own Subject is then no reply
    ("Re: [Forum] ...", a notification of the thread), so a notice whose Subject is one is not read here.  Its
    warnings that a reply was taken after a delay (ElkArte's "There was a problem with your email") quote no Subject.
    Strict as the other readings of an application's notice: `_service_notice`, not a list's, nothing in it saying no
    message failed (`reports_no_outcome`), no address named that a message may have gone to (`_named_addresses`: one
    named is read by `_own_address_answered`, which asks it be the site's own).  In the tuning wild mails it reads 13
    notices, all refusals (ElkArte's, English and German); the sign stands in 234 more, Discourse's refusals, which
    name the reply address and are read by that address."""
    if not _service_notice(mail) or _from_a_list(mail) or _REPLY_SUBJECT.match(mail.subject):
        return []
    if "[" not in notice.text or reports_no_outcome(notice, mail.subject):
        return []
    paragraphs = [" ".join(p.split()) for p in _paragraphs(notice.text)[:_NOTICE_HEAD]]
    # A notice that names an address a message may have gone to is read by the address (`_own_address_answered`, which
    # asks that it be the site's own): naming none, it can only be about the reply it quotes.
    own = _own_addresses(mail)
    if any(_named_addresses(p, mail, own) for p in paragraphs):
        return []
    for paragraph in paragraphs:
        if any(_names_the_site(m.group(1), mail) for m in _SITE_REPLY_QUOTED.finditer(paragraph)):
            return [Found(recipient="", action="failed", diagnostic=" ".join(paragraphs)[:1000])]
    return []


def _returns_what_it_reports(mail: Mail, notice: Notice, said: str) -> bool:
    """Whether a notice that says delivery failed (or is delayed) carries a second sign of it, independent of its
    sender: the message it returns (a ``message/rfc822`` or ``text/rfc822-headers`` part, or the text after an
    "original message follows" marker), the message it answers (``In-Reply-To``, ``References``: an application
    refusing the mail it got, GitLab's "[Rejected]" reply), or a Subject that says the same of a message by itself
    (not of a parcel: "Courier was not able to deliver your parcel")."""
    if notice.returned.strip() or mail.header("In-Reply-To").strip() or mail.header("References").strip():
        return True
    # RFC 3834's "auto-replied": an automatic response to a message the reader sent, the message it answers said in a
    # header (a list's refusal of a post, sent from the list's plain address).  A vacation reply says it too, but no
    # failure of a message (`rfc3834` steps aside only for a notice this reads as a failure).
    if mail.header("Auto-Submitted").strip().lower().startswith("auto-replied"):
        return True
    subject = mail.subject.lower()
    if (
        _REPLY_SUBJECT.match(subject) is None
        and _FORWARD_SUBJECT.match(subject) is None
        and (shapes.DELAY if said == "delayed" else shapes.FAILURE).search(subject)
        and (_A_MESSAGE.search(subject) or _DSN_HEADLINE.search(subject))
    ):
        return True
    # ... or a Subject that says the *sending* failed ("Warning: send failed"): a sending is of a message, so it
    # speaks of one, though it names none (`shapes.SENDING_FAILED`).
    if (
        said == "failed"
        and _REPLY_SUBJECT.match(subject) is None
        and _FORWARD_SUBJECT.match(subject) is None
        and shapes.SENDING_FAILED.search(subject)
    ):
        return True
    try:
        return bool(mail.original)
    except Exception:  # a returned part that cannot be read is no sign
        return False


def _to_its_own_sender(mail: Mail) -> bool:
    """Whether the mail is addressed to the very address it comes from, and to no one else (``From: a@x``,
    ``To: a@x``): written into that account's mailbox by its own mail system, as no correspondent writes."""
    senders = [a.lower() for _n, a in email.utils.getaddresses([mail.from_]) if "@" in a]
    readers = [a.lower() for _n, a in email.utils.getaddresses([mail.header("To")]) if "@" in a]
    return len(senders) == 1 and readers == senders and not mail.header("Cc").strip()


def _someone_else_sent(mail: Mail) -> bool:
    """Whether the mail comes from an address that is no mail system's (a newsletter, a person, a list).
    A From with no address at all (a display name only, "From: PRODIGY SERVICE" as an online service's
    notice is printed or copied from its screen) names no correspondent: such a notice is read as one with
    no sender."""
    return "@" in mail.from_ and _DAEMON_FROM.search(mail.from_) is None


def _sender_line_only(mail: Mail) -> bool:
    """Whether the mail's only header is its From line, with no Date, To or Subject: no mail is sent so (RFC 5322
    requires its Date, every mail client writes the other two), it is a poster's paste that kept the sender's line,
    whatever address that line holds, and names no correspondent."""
    return not any(mail.header(name).strip() for name in ("Date", "To", "Subject"))


def _service_notice(mail: Mail) -> bool:
    """Whether the mail is an application's automatic notice: its From takes no replies (``noreply@``,
    ``do-not-reply@``, a ``mailer@``), or it says it was generated automatically (``Auto-Submitted:
    auto-generated``, RFC 3834; not ``auto-replied``, a vacation reply's)."""
    if _NO_REPLY_FROM.search(mail.from_) is not None or _LIST_ROLE_FROM.search(mail.from_) is not None:
        return True
    return mail.header("Auto-Submitted").strip().lower().startswith("auto-generated")


def _server_answer_only(notice: Notice) -> list[Found]:
    """A notice with no sentence that says what happened, from a mail system or a paste with no
    headers: a server's answer it quotes is a refusal all the same, its reply code's class says which
    ("mx.example.org [192.0.2.1] said: 550, quota exceeded")."""
    low = notice.text.lower()
    answer = shapes.SERVER_SAID.search(low)
    if answer is not None:
        said = "failed" if answer.group(1) == "5" else "delayed"
        row = low.count("\n", 0, answer.start())
        told = " ".join(continuation(notice.lines, row, len(notice.lines)))
        return [Found(recipient="", action=said, diagnostic=told[:1000])]
    # Postfix's words cut down to the answer itself ("554-Transaction failed ... (in reply to end of DATA
    # command)"): the first reply code before the tail is the server's, and its class says.
    text = notice.text
    tail = shapes.IN_REPLY_TO_COMMAND.search(text)
    code = next((m for m in shapes.REPLY_CODE.finditer(text, 0, tail.start()) if m.group(0).strip()[:1] in "45"),
                None) if tail is not None else None  # fmt: skip
    if tail is not None and code is not None:
        said = "failed" if code.group(0).strip()[:1] == "5" else "delayed"
        told = " ".join(text[code.start() : tail.end()].split())
        return [Found(recipient="", action=said, diagnostic=told[:1000])]
    return []


def _banner_only(notice: Notice, said: str, of_a_message: bool = False) -> list[Found]:
    """A mail system's notice that says delivery failed (or is delayed) and quotes no refusal: the
    line of a recipient it names incompletely, else the sentence that says it and the cause below.
    `of_a_message`: only a sentence that names a message (an application's notice, `_service_notice`)."""
    # The failed recipient named as no complete address ("bob@: domain missing or malformed"): the
    # notice names it and says why on its line, so that line is the reply of a recipient it cannot show.
    incomplete = next(
        (m for m in shapes.INCOMPLETE_ADDRESS.finditer(notice.text) if shapes.ADDRESS.search(m.group(1)) is None), None
    )
    if incomplete is not None:
        line = notice.text[incomplete.start() :].split("\n", 1)[0].strip()
        return [Found(recipient="", action=said, diagnostic=line[:1000])]
    said_how = shapes.UNDELIVERED if said == "failed" else shapes.DELAY
    raw = _paragraphs(notice.text)
    paragraphs = [" ".join(p.split()) for p in raw]
    saying = [
        k
        for k, p in enumerate(paragraphs)
        if (
            said_how.search(p.lower())
            or (said == "failed" and (shapes.POST_REFUSED.search(p.lower()) or shapes.RULE_STATED.search(p.lower())))
        )
        and (not of_a_message or _A_MESSAGE.search(p) is not None)
    ]
    if not saying:
        return []
    # Of the sentences that say it, the one that introduces the recipients ("The following recipient(s)
    # could not be reached:" above Exchange's "Test User on <date>" and its reason, on the next lines or
    # after a blank one) leads to the words about the recipient; a general one ("Your message did not
    # reach some or all ...") does not.  A sentence that ends with the colon introduces the next paragraph.
    at = next((k for k in saying if _introduces(paragraphs[k], said_how)), saying[0])
    why = _with_cause_below(raw, at)
    return [Found(recipient="", action=said, diagnostic=_with_reason_after(why, paragraphs, at)[:1000])]


def _with_reason_after(why: str, paragraphs: list[str], at: int) -> str:
    """The sentence that says the message failed, and the paragraph right after it when the sentence gives no cause
    and that paragraph does, as the concept rules read it: a notice that quotes no server tells why in its own next
    paragraph, with no heading to announce it ("... could not be delivered to one or more recipients." and then
    "Your message was 31.4 MB but we only accept messages up to 25 MB.", Zammad's email_oversized reply; GitLab's
    "[Rejected]" reply, whose reason follows "your email message to GitLab could not be processed.")."""
    if at + 1 >= len(paragraphs) or why != paragraphs[at] or concept_reasons(why[:600]):
        return why
    below = paragraphs[at + 1]
    return f"{why} {below}" if concept_reasons(below[:600]) else why


def _cut_short(mail: Mail) -> bool:
    """Whether the mail's MIME structure ends before it should (a boundary never closed)."""
    return any(
        type(d).__name__ in ("CloseBoundaryNotFoundDefect", "StartBoundaryNotFoundDefect")
        for part in mail.parts
        for d in getattr(part, "defects", ()) or ()
    )


DETECTOR: Final = GeneralReader()
