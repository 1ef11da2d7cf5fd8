"""Reason descriptions and the generic phrase table (provider-independent wording).

A phrase is lowercase text with words separated by single spaces; ``*`` stands for
a gap of up to eight words inside one reply. A phrase matches on word
boundaries in the normalised reply (lowercased, whitespace collapsed, URLs and
e-mail addresses removed), so ``user unknown`` matches "User Unknown" but not
"userunknown@example.org".

``weak`` phrases are vague wording ("access denied", "mailbox unavailable") that
decides only when no strong phrase, provider rule or specific status code does.

Sources: RFC sections, vendor documentation, or the MTA whose stock text it is
(Postfix ``smtpd``/``smtp``, Exim, Sendmail, qmail, Exchange ...). Phrases were
written from those; corpus cases in ``corpus/replies/`` exercise them.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from bouncelib._vocab import Reason

__all__ = ["DESCRIPTIONS", "DIRECTORY_VERDICTS", "PHRASES", "PRIORITY", "Phrase"]

_R = Reason

#: What each reason means, in bouncelib's words (`bouncelib.reasons()`, docs/reasons.md).
DESCRIPTIONS: Final[dict[Reason, str]] = {
    _R.AUTHFAILURE: "The message failed the receiver's sender authentication: SPF, DKIM, DMARC or ARC.",
    _R.BADREPUTATION: "The receiver throttled or refused the sending IP or domain for its poor reputation "
    "(complaints, volume, a low score) rather than for a listing on a named blocklist.",
    _R.BLOCKED: "The receiver refused the sending host itself: its IP is on a blocklist (DNSBL or a "
    "provider's own list), or the connection, greeting or HELO was refused.",
    _R.CONTENTERROR: "The message's format or encoding was refused: broken MIME, bad headers, 8-bit data "
    "where 7-bit was required.",
    _R.DELIVERED: "The message was delivered (a success DSN or a 2xx reply); not a failure.",
    _R.EXCEEDLIMIT: "The message exceeds a limit set for the recipient (its size, or an administrative limit).",
    _R.EXPIRED: "Delivery was retried until the sender's queue lifetime ran out; the last attempts "
    "typically timed out or were deferred.",
    _R.FAILEDSTARTTLS: "TLS was required (by the receiver, by the sender's policy, REQUIRETLS or MTA-STS) "
    "and could not be negotiated.",
    _R.FEEDBACK: "Not a bounce: a complaint or other feedback report (ARF, RFC 5965).",
    _R.FILTERED: "The recipient exists but a filter refused the message for them (recipient preferences, "
    "a rejection after DATA of a recipient accepted at RCPT).",
    _R.HASMOVED: "The recipient's address has moved and no forwarding address is kept (RFC 3463 X.1.6).",
    _R.HOSTUNKNOWN: "The recipient's domain does not exist or has no usable mail host.",
    _R.MAILBOXFULL: "The recipient's mailbox is over its quota.",
    _R.MAILERERROR: "A local delivery program (pipe, procmail, a script) failed on the receiving side.",
    _R.MESGTOOBIG: "The message is larger than the receiving system accepts.",
    _R.NETWORKERROR: "A network or DNS problem between the sending and receiving hosts (routing loop, "
    "DNS lookup failure, no route to host).",
    _R.NORELAYING: "The receiver refused to relay: it is not responsible for the recipient's domain, or "
    "the sender is not allowed to relay through it.",
    _R.NOTACCEPT: "The recipient's domain does not accept mail at all (null MX, RFC 7505; or no MX).",
    _R.NOTCOMPLIANTRFC: "The message violates RFC 5322 (for example duplicate or missing headers) and the "
    "receiver refused it for that.",
    _R.ONHOLD: "The report gives too little detail to judge: its text matched no rule and its status "
    "none (Sisimai's convention), or the message is held.",
    _R.POLICYVIOLATION: "The message broke a policy of the receiving site (attachment types, content "
    "policy, local rules) other than spam or authentication.",
    _R.REJECTED: "The sender's address (envelope MAIL FROM) was refused: unknown or invalid sender "
    "domain, sender not allowed.",
    _R.REQUIREPTR: "The sending IP has no reverse DNS (PTR) record, or it does not match, and the receiver "
    "requires one.",
    _R.SECURITYERROR: "A security requirement failed: authentication needed or invalid credentials, "
    "a cryptographic or integrity failure.",
    _R.SPAMDETECTED: "The receiver's content filter judged the message to be spam.",
    _R.SPEEDING: "The sender sent too fast: rate limits per sender, per recipient or per time unit.",
    _R.SUPPRESSED: "The sending platform suppressed the address (a suppression or bounce list) and did "
    "not attempt delivery.",
    _R.SUSPEND: "The recipient's mailbox exists but is disabled, suspended, frozen or inactive.",
    _R.SYNTAXERROR: "An SMTP command or argument was malformed (syntax error, bad address syntax).",
    _R.SYSTEMERROR: "The receiving system failed: a configuration error, an internal error, a service "
    "temporarily unavailable.",
    _R.SYSTEMFULL: "The receiving system is out of disk or other resources.",
    _R.TOOMANYCONN: "Too many connections, recipients or sessions at once from the sender.",
    _R.UNDEFINED: "Nothing to classify: no reply text, and no status or hint that tells a reason.",
    _R.USERUNKNOWN: "The recipient's mailbox does not exist at that domain (unknown user).",
    _R.VACATION: "Not a bounce: an automatic reply (vacation / out of office, RFC 3834).",
    _R.VIRUSDETECTED: "The receiver found a virus or malware in the message.",
}

#: When phrases of several reasons match one reply, the earlier reason here wins.
#: Specific, sender-actionable causes come before broad ones (a rate-limit message
#: that also mentions "user" is speeding; a DMARC rejection is authfailure, not rejected).
PRIORITY: Final[tuple[Reason, ...]] = (
    _R.VIRUSDETECTED,
    _R.AUTHFAILURE,
    _R.REQUIREPTR,
    _R.NOTCOMPLIANTRFC,
    _R.FAILEDSTARTTLS,
    _R.SPEEDING,
    _R.TOOMANYCONN,
    _R.BADREPUTATION,
    _R.BLOCKED,
    _R.SPAMDETECTED,
    _R.NORELAYING,
    _R.SECURITYERROR,
    _R.SUSPEND,
    _R.HASMOVED,
    _R.MAILBOXFULL,
    _R.EXCEEDLIMIT,
    _R.MESGTOOBIG,
    _R.REJECTED,
    _R.NOTACCEPT,
    _R.USERUNKNOWN,
    _R.HOSTUNKNOWN,
    _R.FILTERED,
    _R.POLICYVIOLATION,
    _R.CONTENTERROR,
    _R.SYNTAXERROR,
    _R.SYSTEMFULL,
    _R.EXPIRED,
    _R.NETWORKERROR,
    _R.MAILERERROR,
    _R.SYSTEMERROR,
    _R.SUPPRESSED,
    _R.ONHOLD,
    _R.DELIVERED,
    _R.FEEDBACK,
    _R.VACATION,
    _R.UNDEFINED,
)


class Phrase(NamedTuple):
    """One row of the generic phrase table."""

    reason: Reason
    text: str
    source: str
    weak: bool = False


_PF = "Postfix smtpd/smtp stock reply (https://www.postfix.org/postconf.5.html)"
_EXIM = "Exim stock message (https://www.exim.org/exim-html-current/doc/html/spec_html/)"
_SM = "Sendmail stock message (sendmail/deliver.c, srvrsmtp.c)"
_QM = "qmail stock message (qmail-remote.c, qmail-send.c)"
_EX = "Microsoft Exchange NDR text (https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online)"
_COMMON = "common MTA wording (corpus/replies/generic.jsonl)"
_FR = "French MTA wording (corpus/replies/i18n.jsonl)"
_DE = "German MTA wording (corpus/replies/i18n.jsonl)"
_ES = "Spanish MTA wording (corpus/replies/i18n.jsonl)"
_IT = "Italian MTA wording (corpus/replies/i18n.jsonl)"
_PT = "Portuguese MTA wording (corpus/replies/i18n.jsonl)"
_JA = "Japanese MTA wording (corpus/replies/i18n.jsonl)"


def _rows(reason: Reason, source: str, *texts: str, weak: bool = False) -> tuple[Phrase, ...]:
    return tuple(Phrase(reason, t, source, weak) for t in texts)


PHRASES: Final[tuple[Phrase, ...]] = (
    # --- userunknown -------------------------------------------------------------
    *_rows(_R.USERUNKNOWN, _PF, "user unknown in local recipient table", "user unknown in virtual mailbox table",
           "user unknown in virtual alias table", "user unknown in relay recipient table"),
    *_rows(_R.USERUNKNOWN, _SM, "user unknown", "unknown user"),
    *_rows(_R.USERUNKNOWN, _QM, "no mailbox here by that name"),
    # Exchange's store names the quota error it hit (MapiExceptionShutoffQuotaExceeded), on premises and online.
    *_rows(_R.MAILBOXFULL, _EX, "mapiexceptionshutoffquotaexceeded", "mapiexceptionquotaexceeded"),
    *_rows(_R.USERUNKNOWN, _EX, "recipnotfound", "recipientnotfound", "recipient not found by smtp address lookup",
           "unknown recipient or mailbox unavailable", "unknown recipient"),
    *_rows(_R.USERUNKNOWN, _COMMON, "no such user", "no such mailbox", "no such recipient", "no such account",
           "no such address", "mailbox not found", "mailbox does not exist", "mailbox doesn't exist",
           "mailbox unknown", "user not found", "user does not exist", "user doesn't exist", "user not exist",
           "unknown mailbox", "unknown address", "unknown local part", "invalid recipient", "invalid mailbox",
           "invalid address", "recipient unknown", "recipient not found", "recipient does not exist",
           "recipient address does not exist", "address does not exist", "address not found",
           "account does not exist", "account that you tried to reach does not exist",
           "email account that you tried to reach does not exist", "mailbox is not valid",
           "is not a valid mailbox", "not a valid recipient", "no valid recipients", "bad destination mailbox",
           "address unknown", "addressee unknown", "unknown or invalid recipient",
           "no such person", "not listed in domino directory", "invalid final delivery userid",
           "user is unknown", "account is unknown", "recipient rejected: user unknown",
           "doesn't have a * account", "mailbox unavailable or unknown",
           "destination address does not exist", "this address no longer accepts mail",
           "the email address you entered couldn't be found", "no mailbox by that name",
           "recipient no longer on server", "bad recipient address syntax"),
    # Verizon's MMS gateway (vtext.com / vzwpix.com) refusing a number that is no subscriber.
    *_rows(_R.USERUNKNOWN, "Verizon Wireless MMS gateway bounce text", "no valid recipients for this mm"),
    *_rows(_R.USERUNKNOWN, _COMMON, "recipient address rejected", "mailbox unavailable", "address rejected",
           weak=True),
    *_rows(_R.USERUNKNOWN, _FR, "adresse destinataire invalide", "utilisateur inconnu", "destinataire inconnu",
           "adresse inconnue", "boîte aux lettres inexistante", "cette adresse n'existe pas"),
    *_rows(_R.USERUNKNOWN, _DE, "benutzer unbekannt", "unbekannter benutzer", "empfänger unbekannt",
           "unbekannter empfänger", "postfach existiert nicht", "adresse existiert nicht",
           "mailbox nicht vorhanden", "empfängeradresse unbekannt"),
    *_rows(_R.USERUNKNOWN, _ES, "usuario desconocido", "destinatario desconocido", "el usuario no existe",
           "buzón no existe", "la dirección no existe", "cuenta no existe"),
    *_rows(_R.USERUNKNOWN, _IT, "utente sconosciuto", "destinatario sconosciuto", "l'utente non esiste",
           "indirizzo inesistente", "casella inesistente"),
    *_rows(_R.USERUNKNOWN, _PT, "usuário desconhecido", "utilizador desconhecido", "destinatário desconhecido",
           "usuário inexistente", "endereço inexistente", "conta não existe"),
    *_rows(_R.USERUNKNOWN, _JA, "存在しないユーザ", "宛先不明", "そのようなユーザーはいません",
           "ユーザーが存在しません"),
    # Chinese providers (QQ, NetEase, Sina): "the user does not exist", "has not opened a mailbox".
    *_rows(_R.USERUNKNOWN, "QQ Mail / NetEase bounce wording (https://service.mail.qq.com/detail/122/)",
           "用户不存在", "收件人不存在", "邮箱不存在", "未开通", "地址不存在"),
    *_rows(_R.MAILBOXFULL, "QQ Mail / NetEase bounce wording (https://service.mail.qq.com/detail/122/)",
           "空间不足", "邮箱已满", "容量已满"),
    # --- hostunknown -------------------------------------------------------------
    *_rows(_R.HOSTUNKNOWN, _PF, "host or domain name not found", "host not found"),
    *_rows(_R.HOSTUNKNOWN, _SM, "host unknown", "name server: * host not found"),
    *_rows(_R.HOSTUNKNOWN, _QM, "couldn't find any host named"),
    *_rows(_R.HOSTUNKNOWN, _EXIM, "unrouteable address"),
    *_rows(_R.HOSTUNKNOWN, _COMMON, "domain does not exist", "domain not found", "no such domain",
           "unknown domain", "invalid domain", "domain name not found", "unrouteable domain",
           "recipient domain does not exist", "domain is not valid", "no mail host for",
           "nxdomain", "domain doesn't exist", "could not find a mail server for"),
    *_rows(_R.HOSTUNKNOWN, _FR, "domaine inexistant", "domaine inconnu"),
    *_rows(_R.HOSTUNKNOWN, _DE, "domain existiert nicht", "unbekannte domain"),
    # --- mailboxfull -------------------------------------------------------------
    *_rows(_R.MAILBOXFULL, _COMMON, "mailbox full", "mailbox is full", "mailbox has exceeded", "over quota",
           "quota exceeded", "exceeded storage allocation", "mailbox size limit exceeded", "disk quota exceeded",
           "quota full", "storage quota exceeded", "mailbox exceeds allowed size", "user is over quota",
           "account is over quota", "out of storage space",
           "mailbox over quota", "quotaexceeded", "mailbox would exceed", "exceeds the mailbox quota",
           "mailbox quota usage exceeded", "the user's mailbox is full", "user's mailbox is full",
           "is over its quota", "would exceed quota", "overquota", "mailfolder is full", "box full"),
    *_rows(_R.MAILBOXFULL, _FR, "boîte pleine", "boite pleine", "boîte aux lettres pleine",
           "quota dépassé", "quota depasse"),
    *_rows(_R.MAILBOXFULL, _DE, "postfach voll", "postfach ist voll", "speicherplatz überschritten",
           "quota überschritten"),
    *_rows(_R.MAILBOXFULL, _ES, "buzón lleno", "buzon lleno", "cuota excedida", "cuota superada"),
    *_rows(_R.MAILBOXFULL, _IT, "casella piena", "quota superata", "spazio esaurito"),
    *_rows(_R.MAILBOXFULL, _PT, "caixa cheia", "caixa postal cheia", "cota excedida"),
    *_rows(_R.MAILBOXFULL, _JA, "メールボックスがいっぱい", "容量オーバー", "容量超過"),
    # --- suspend -------------------------------------------------------------------
    *_rows(_R.SUSPEND, _COMMON, "account is disabled", "account disabled", "account has been disabled",
           "mailbox disabled", "mailbox is disabled", "mailbox has been disabled", "account is suspended",
           "account suspended", "account has been suspended", "mailbox is frozen", "account is frozen",
           "mailbox is inactive", "account is inactive", "inactive account", "account is locked",
           "temporary locked", "temporarily locked", "is disabled", "account closed", "account has expired",
           "mailbox suspended", "mailbox has been blocked due to inactivity", "disabled recipient",
           "recipient is disabled", "user account disabled", "this account has been disabled",
           "the user(s) account is disabled", "blocked due to inactivity", "mailbox is not active"),
    *_rows(_R.SUSPEND, _FR, "compte désactivé", "compte desactive", "compte suspendu", "boîte désactivée"),
    *_rows(_R.SUSPEND, _DE, "postfach gesperrt", "konto gesperrt", "konto deaktiviert"),
    *_rows(_R.SUSPEND, _ES, "cuenta deshabilitada", "cuenta suspendida", "cuenta desactivada"),
    *_rows(_R.SUSPEND, _IT, "casella disabilitata", "account sospeso", "account disabilitato"),
    *_rows(_R.SUSPEND, _PT, "conta desativada", "conta suspensa", "conta bloqueada"),
    # --- hasmoved ------------------------------------------------------------------
    *_rows(_R.HASMOVED, _COMMON, "has moved", "address has changed", "no forwarding address", "user has moved",
           "mailbox has moved", "not our user", "not our customer"),
    # --- mesgtoobig / exceedlimit ---------------------------------------------------
    *_rows(_R.MESGTOOBIG, _COMMON, "message too big", "message too large", "message is too large",
           "message is too big", "message size exceeds", "size exceeds", "exceeds size limit", "too large",
           "message exceeded", "size limit exceeded", "mail size limit exceeded", "message length exceeds",
           "exceeds fixed maximum message size", "message file too big", "exceeds maximum message size",
           "maximum message size exceeded", "message exceeds the maximum size", "size limits",
           "message size limit"),
    *_rows(_R.MESGTOOBIG, _FR, "message trop volumineux", "taille du message"),
    *_rows(_R.MESGTOOBIG, _DE, "nachricht zu groß", "nachricht ist zu groß"),
    *_rows(_R.EXCEEDLIMIT, _COMMON, "exceeds limit set by recipient", "message length exceeds limit",
           "exceeds the limit set by the recipient", "exceeds recipient's size limit"),
    # --- rejected (the sender) ------------------------------------------------------
    *_rows(_R.REJECTED, _PF, "sender address rejected", "domain of sender address", "sender domain not found"),
    *_rows(_R.REJECTED, _COMMON, "sender rejected", "sender address invalid", "invalid sender",
           "unroutable sender address", "unrouteable sender address", "sender unknown", "unknown sender",
           "sender not allowed", "sender is not allowed", "sender verify failed", "sender verification failed",
           "sender denied", "bad sender", "sender domain does not exist", "sender address not allowed",
           "rejected sender", "not a registered gateway user", "no such domain at sender",
           "your address is not allowed", "mail from rejected", "envelope sender",
           "can't determine purported responsible address", "sender blocked", "mail from address rejected",
           "sender address has null mx", "not a member of this", "not have permission to post",
           "may not exist, or you may not have permission", "you don't have permission to post",
           "not allowed to post", "from: domain is invalid", "sender address is invalid"),
    # --- blocked ------------------------------------------------------------------
    *_rows(_R.BLOCKED, _PF, "client host rejected", "blocked using", "client host blocked", "rejected by rbl",
           "is listed in", "listed in", "listed on", "listed at", "in a black list", "in a blacklist",
           "blacklisted", "blocklisted", "black listed", "block listed", "on our block list",
           "on our blocklist", "on our blacklist", "dnsbl", "rbl", "your ip",
           "ip blacklisted", "ip address blacklisted", "ip blocked", "ip address blocked",
           "blocked for spamming", "blocked for spam", "banned sending ip",
           "poor reputation", "access denied, banned", "bloquee pour incident de spam",
           "connection rejected", "connections not accepted", "not accepting connections",
           "refused to talk", "no access from mail server", "open relay",
           "host is blocked", "host blocked", "dynamic ip", "dynamic ip addresses", "residential",
           "dial-up", "dialup", "use the smtp server of your isp", "use your provider's smtp",
           "service refuse", "service refusé", "esmtp not accepting", "not accepting mail from",
           "access denied to"),
    *_rows(_R.BLOCKED, _COMMON, "access denied", "service unavailable", "connection denied", "blocked", weak=True),
    # Greylisting (postgrey, sqlgrey, milter-greylist, rspamd): a temporary refusal of the sending
    # host that the sender's retry passes; never a verdict on the recipient's address.
    *_rows(_R.BLOCKED, "postgrey(8) README (http://postgrey.schweikert.ch/)",
           "greylisted", "greylisting", "graylisted", "graylisting", "greylist", "graylist"),
    # postscreen(8) pregreet test ("You talk too soon"), Haraka early_talker, qpsmtpd check_earlytalker.
    *_rows(_R.BLOCKED, "Postfix POSTSCREEN_README (pregreet test); Haraka early_talker plugin",
           "talk too soon", "early talker", "not welcome here", "i do not believe you are",
           "address literal, but we do not"),
    *_rows(_R.BLOCKED, _DE, "ip-adresse gesperrt", "auf einer blacklist", "auf der blacklist"),
    # --- badreputation --------------------------------------------------------------
    *_rows(_R.BADREPUTATION, _COMMON, "low reputation", "bad reputation", "reputation of the sending",
           "sender reputation", "ip reputation", "domain reputation", "unexpected volume or user complaints",
           "user complaints", "excessive user complaints", "reputation is too low", "poor sending reputation",
           "very low reputation", "unusual rate of unsolicited mail"),
    # --- spamdetected -----------------------------------------------------------------
    *_rows(_R.SPAMDETECTED, _COMMON, "spam detected", "detected as spam", "identified as spam",
           "considered spam", "classified as spam", "scored as spam", "looks like spam", "spam content",
           "ube", "spam message rejected",
           "suspected spam", "suspicion of spam", "likely unsolicited", "unsolicited mail",
           "unsolicited bulk", "spam score", "spamassassin", "rejected as spam", "message is spam",
           "flagged as spam", "marked as spam", "spam rejected", "blocked as spam", "spam filter",
           "spam", "mail rejete", "mail rejeté", "message rejected as spam", "bulk mail"),
    *_rows(_R.SPAMDETECTED, _FR, "courrier indésirable", "pourriel"),
    *_rows(_R.SPAMDETECTED, _DE, "als spam erkannt", "spamverdacht"),
    # --- virusdetected ------------------------------------------------------------------
    *_rows(_R.VIRUSDETECTED, _COMMON, "virus detected", "virus found", "contains a virus", "infected",
           "malware detected", "malware", "virus", "trojan", "worm detected", "viruses"),
    # --- authfailure ----------------------------------------------------------------------
    *_rows(_R.AUTHFAILURE, _COMMON, "dmarc", "spf", "dkim", "sender policy framework", "authentication checks",
           "fails to pass authentication", "does not have authentication information", "unauthenticated email",
           "sender is unauthenticated", "not authorized to send on behalf of", "is not allowed to send from",
           "not designated as permitted sender", "arc validation"),
    # --- requireptr -------------------------------------------------------------------------
    *_rows(_R.REQUIREPTR, _COMMON, "reverse dns", "ptr record", "ptr resource record", "no ptr",
           "rdns", "reverse lookup", "reverse hostname", "ip name lookup failed", "cannot find your hostname",
           "cannot find your reverse hostname", "client host rejected: cannot find your",
           "unverifyable sending", "unverifiable sending", "reverse dns lookup failed",
           "reverse mapping", "no hostname for", "hostname does not resolve",
           "without a valid sender domain", "pointer record"),
    # --- notcompliantrfc ----------------------------------------------------------------------
    *_rows(_R.NOTCOMPLIANTRFC, _COMMON, "not rfc 5322 compliant", "rfc 5322", "rfc5322", "rfc 2822",
           "rfc2822", "not rfc compliant", "multiple subject headers", "multiple from headers",
           "duplicate headers", "missing date header", "missing message-id", "non-compliant",
           "not compliant with rfc"),
    # --- failedstarttls -----------------------------------------------------------------------
    # Not "starttls" alone: EHLO capability lists in session transcripts carry it.
    *_rows(_R.FAILEDSTARTTLS, _COMMON, "tls is required", "tls required", "requires tls", "starttls required",
           "starttls is required", "starttls failed", "must issue a starttls", "encryption required",
           "tls negotiation failed", "requiretls", "tls handshake", "cannot start tls", "does not support tls",
           "does not support starttls", "tls not available"),
    # --- securityerror --------------------------------------------------------------------------
    *_rows(_R.SECURITYERROR, _COMMON, "authentication required", "authentication is required",
           "unauthenticated senders not allowed", "smtp authentication", "must authenticate",
           "please authenticate", "authentication credentials invalid", "authentication failed",
           "client was not authenticated", "not authenticated", "security policy", "security policies",
           "integrity failure", "submission requires authentication", "relay requires authentication",
           "does not advertise auth capability"),
    # The RFC 3463 X.7.1 description, which MTAs write as the refusal itself; more specific
    # wording in the same reply (spam, a blocklist, a policy) outranks it.
    *_rows(_R.SECURITYERROR, "RFC 3463 section 3.8, X.7.1", "delivery not authorized"),
    # --- norelaying -------------------------------------------------------------------------------
    *_rows(_R.NORELAYING, _PF, "relay access denied"),
    *_rows(_R.NORELAYING, _COMMON, "relaying denied", "relay denied", "relay not permitted", "relaying not allowed",
           "not permitted to relay", "unable to relay", "we do not relay", "relay not allowed",
           "not configured to relay", "relaying is not allowed", "relay prohibited", "no relaying",
           "relaying mail to", "is not a local domain", "email address is not verified",
           "identities failed the check", "not a gateway", "mail relay"),
    # --- toomanyconn / speeding ----------------------------------------------------------------------
    *_rows(_R.TOOMANYCONN, _COMMON, "too many connections", "too many recipients", "too many sessions",
           "too many simultaneous", "connection limit", "connection frequency limited", "ip frequency limited",
           "too many concurrent", "concurrent connections", "maximum number of connections",
           "max connections", "too many messages in this session", "too many messages in this connection",
           "messages per session", "messages per connection", "per smtp session"),
    *_rows(_R.SPEEDING, _COMMON, "rate limit", "rate limited", "rate-limited", "ratelimit", "ratelimited",
           "too many messages", "too many emails", "sending rate", "message rate", "receiving mail at a rate",
           "frequency limited", "too fast", "exceeded the rate", "throttled", "throttling", "deferred due to "
           "excessive volume", "excessive volume", "flood",
           "sending limit", "rate exceeded", "quota for sending"),
    # --- policyviolation ---------------------------------------------------------------------------------
    *_rows(_R.POLICYVIOLATION, _COMMON, "policy violation", "violates our policy", "policy reasons",
           "denied by policy", "local policy", "content policy", "email policy", "mail policy",
           "attachment", "prohibited", "potential security issue", "header error", "policy restrictions",
           "not accepted for policy reasons", "content presents", "forbidden", "blocked by policy",
           "content restriction", "content restrictions",
           "due to policy"),
    # Postfix header_checks/body_checks REJECT without a text of its own (cleanup(8)).
    *_rows(_R.POLICYVIOLATION, "Postfix header_checks(5): REJECT optional text (default 'message content rejected')",
           "message content rejected", "content rejected"),
    *_rows(_R.POLICYVIOLATION, _COMMON, "policy", weak=True),
    # --- filtered -----------------------------------------------------------------------------------------
    *_rows(_R.FILTERED, _COMMON, "refused due to recipient preferences", "recipient preferences",
           "rejected by recipient", "recipient has blocked", "blocked by recipient", "does not accept mail from you",
           "recipient does not accept", "user has blocked", "filtered", "badrcptto", "message filtered",
           "blocked by the recipient"),
    # --- notaccept ----------------------------------------------------------------------------------------
    *_rows(_R.NOTACCEPT, _COMMON, "null mx", "does not accept mail", "doesn't receive email",
           "does not receive email", "no mx record", "not accept mail", "not accepting mail",
           "domain does not accept"),
    # --- contenterror ---------------------------------------------------------------------------------------
    *_rows(_R.CONTENTERROR, _COMMON, "headers too large", "header too large", "8-bit data", "8bit data",
           "invalid mime", "mime", "message header", "line too long", "malformed message", "bare lf",
           "bare linefeed", "invalid character", "improper use", "content type", "charset"),
    # --- syntaxerror ------------------------------------------------------------------------------------------
    *_rows(_R.SYNTAXERROR, _COMMON, "syntax error", "command unrecognized", "command not recognized",
           "unrecognized command", "bad sequence of commands", "malformed address", "invalid command",
           "command not implemented", "parameter not implemented"),
    # --- systemfull / systemerror / mailererror -------------------------------------------------------------------
    *_rows(_R.SYSTEMFULL, _COMMON, "insufficient system storage", "insufficient system resources",
           "system full", "mail system full", "disk full", "out of disk space", "no space left"),
    *_rows(_R.SYSTEMERROR, _COMMON, "internal error", "system error", "server error", "temporary failure",
           "temporary error", "local error", "local configuration error", "configuration error",
           "could not load", "service currently unavailable",
           "transaction failed", "try again later", "please try later", "try later", "unable to contact",
           "operating system error", "resources temporarily unavailable", "internal resource", "write error",
           "temporarily unavailable", "processing error", "local delivery failed",
           "server busy", "busy"),
    *_rows(_R.SYSTEMERROR, _COMMON, "temporarily", "service not available", weak=True),
    *_rows(_R.MAILERERROR, _COMMON, "pipe to", "procmail", "command died with status", "exit 75",
           "delivery program", "unknown mailer error", "mailer error", "cannot execute"),
    # --- networkerror ---------------------------------------------------------------------------------------
    *_rows(_R.NETWORKERROR, _COMMON, "no route to host", "network is unreachable", "name service error",
           "dns error", "host name lookup failure", "malformed or unexpected name server reply",
           "lookup failure", "dns lookup", "maximum hop count exceeded", "routing loop", "loop detected",
           "mail loops back", "network error", "lost connection", "connection reset", "dns failure",
           "temporary lookup failure", "too many hops", "connection refused", "mail loop", "loops back to myself",
           "lowest numbered mx record points to local host"),
    # qmail-remote: one attempt found no host to talk to (qmail-send decides later when to give up).
    *_rows(_R.NETWORKERROR, _QM, "unable to establish an smtp connection",
           "wasn't able to establish an smtp connection"),
    # Postfix local(8): the mailbox file reached mailbox_size_limit (EFBIG "File too large").
    *_rows(_R.MAILBOXFULL, "Postfix local(8), mailbox_size_limit (postconf.5)",
           "file too large", "too many messages on the server"),
    # getaddrinfo(3) EAI_NONAME: the name does not exist (a permanent answer).
    *_rows(_R.HOSTUNKNOWN, "getaddrinfo(3) EAI_NONAME message", "name or service not known"),
    # Exim: the MX (RFC 7505 null MX, or SRV ".") says the domain takes no mail.
    *_rows(_R.NOTACCEPT, _EXIM, "indicated no smtp service", "no smtp service"),
    # --- expired -------------------------------------------------------------------------------------------
    *_rows(_R.EXPIRED, _EXIM, "retry timeout exceeded", "retry time not reached for any host",
           "all hosts have been failing for a long time"),
    # qmgr's log status when maximal_queue_lifetime ran out ("status=expired, returned to sender").
    *_rows(_R.EXPIRED, _PF, "expired, returned to sender"),
    # qmail appends these to every final failure, whatever the cause: they only decide alone.
    *_rows(_R.EXPIRED, _QM, "has been in the queue too long", "giving up on", weak=True),
    # One attempt that timed out or found no host is a network error; "expired" needs the queue
    # lifetime to have run out (the words below, or a report that gave up on a temporary reply).
    *_rows(_R.NETWORKERROR, _COMMON, "connection timed out", "timed out", "timeout", "message timed out",
           "failed to connect", "host not reachable", "unreachable", "did not accept our requests to connect"),
    *_rows(_R.EXPIRED, _COMMON, "message expired", "envelope expired", "delivery time expired", "delivery expired",
           "could not be delivered within", "unable to deliver * after", "delivery failed * attempts",
           "could not find a gateway for", "retry time exceeded", "expired after", "delivery attempts expired"),
    # --- suppressed -------------------------------------------------------------------------------------------
    *_rows(_R.SUPPRESSED, _COMMON, "suppression list", "on the suppression list", "suppressed",
           "previously bounced", "address is on a bounce list", "has previously hard bounced"),
)

#: User-unknown wording that only a receiving system's own directory lookup writes
#: (Domino's directory, IMail's user list, Exchange's recipient resolver, Verizon's
#: MMS subscriber list): a verdict
#: on the mailbox whatever SMTP command was (or was not) reported, so the rule that
#: reads command-less user-unknown wording as ``filtered`` leaves these alone.
DIRECTORY_VERDICTS: Final[frozenset[str]] = frozenset({
    "not listed in domino directory", "invalid final delivery userid", "recipnotfound", "recipientnotfound",
    "recipient not found by smtp address lookup", "no valid recipients for this mm",
})
