"""Reason descriptions and the generic phrase table (provider-independent wording).

A phrase is lowercase text with words separated by single spaces; ``*`` stands for
a gap of up to eight words inside one reply. A phrase matches on word
boundaries in the normalised reply (lowercased, whitespace collapsed, URLs and
e-mail addresses removed), so ``user unknown`` matches "User Unknown" but not
"userunknown@example.org".

``weak`` phrases are vague wording ("access denied", "mailbox unavailable") that
decides only when no strong phrase, provider rule or specific status code does.

Every row names where its wording and meaning come from: an MTA's own text (a string of
the Debian package's binaries, its documentation), an RFC section, a provider's page, the
same reason's phrase list of Sisimai 4.25 (``lib/Sisimai/Reason/*.pm``, BSD-2-Clause), or
the URL of a real reply in ``corpus/replies/real`` that carries the wording with that
meaning. Rows are never sourced from the cases written to test them.
`tests/test_tables.py` checks that, and lists the phrases that deliberately contain
another reason's phrase ("retry timeout exceeded" is ``expired``, "timeout" ``networkerror``).
"""

from __future__ import annotations

from typing import Final, NamedTuple

from bouncelib._data.concepts import TERMS
from bouncelib._vocab import Reason

__all__ = [
    "DESCRIPTIONS", "DIRECTORY_VERDICTS", "EXPLANATION_PAGES", "PHRASES", "PRIORITY", "REPLY_CODE_MEANINGS", "Phrase",
]

_R = Reason

# The message format standard's numbers as the concept MSG_STANDARD spells them ("rfc 822", "rfc2822", "rfc 5322"),
# but "rfc822" written together: it is also the address type RFC 3461 and RFC 3464 write before every address
# ("ORCPT=rfc822;bob@example.org", "Final-Recipient: rfc822; ..."), no citation of a standard.
_STANDARD_NUMBERS: Final = tuple(
    t.words for t in TERMS if t.concept == "MSG_STANDARD" and t.words.startswith("rfc") and t.words != "rfc822"
)

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
    _R.FILTERED,
    _R.REJECTED,
    _R.NOTACCEPT,
    _R.USERUNKNOWN,
    _R.HOSTUNKNOWN,
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


_EXIM = "Exim stock message (https://www.exim.org/exim-html-current/doc/html/spec_html/)"
_SM = "Sendmail stock message (sendmail/deliver.c, srvrsmtp.c)"
_QM = "qmail stock message (qmail-remote.c, qmail-send.c)"
_EX = "Microsoft Exchange NDR text (https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online)"
_EXIM_ACL = "Exim 4.96 specification, spec_html/ch-access_control_lists.html (Debian package exim4-doc-html)"
_MS_KB3024906 = "https://learn.microsoft.com/en-us/office/troubleshoot/antispam/message-rejected-ndr (KB 3024906)"


def _rows(reason: Reason, source: str, *texts: str, weak: bool = False) -> tuple[Phrase, ...]:
    return tuple(Phrase(reason, t, source, weak) for t in texts)


#: Pages a reply points its reader to *instead of* words, whose address names the reason: (the address
#: without scheme, lowercase; its reason; its source). Read only when no strong phrase speaks (the
#: tables read the words without URLs: a URL may be anything else).
EXPLANATION_PAGES: Final[tuple[tuple[str, Reason, str], ...]] = (
    # The SPF project's "Why" page (openspf.org, later openspf.net) that SPF policy servers send a refused
    # sender to ("Recipient address rejected: Please see http://www.openspf.org/Why?s=mfrom;id=...;ip=..."):
    # the page explains an SPF result for the sender and IP it is given.
    ("openspf.org/why", _R.AUTHFAILURE, "postfix-policyd-spf-perl 2.010, pypolicyd-spf 2.0 (default "
     "rejection text)"),
    ("openspf.net/why", _R.AUTHFAILURE, "postfix-policyd-spf-perl 2.010, pypolicyd-spf 2.0 (default "
     "rejection text)"),
    # The SPF project's first home, the default explanation of the early SPF libraries ("Please see
    # http://spf.pobox.com/why.html?sender=%{S}&ip=%{I}&receiver=%{xR}": Mail::SPF::Query's $DEFAULT_EXPLANATION,
    # libspf2's SPF_DEFAULT_EXP), which an SPF-checking server sends a refused sender to.
    ("spf.pobox.com/why", _R.AUTHFAILURE, "Mail::SPF::Query 1.999 ($DEFAULT_EXPLANATION); libspf2 1.0 "
     "(SPF_DEFAULT_EXP)"),
    # D. J. Bernstein's page on bare LFs in SMTP, which qmail-smtpd sends a client whose message has a line
    # ended by a bare LF ("451 See http://pobox.com/~djb/docs/smtplf.html.", later cr.yp.to): the message's
    # line endings, a content error.
    ("docs/smtplf.html", _R.CONTENTERROR, "qmail 1.03 qmail-smtpd.c (straynewline); https://cr.yp.to/docs/"
     "smtplf.html"),
)


PHRASES: Final[tuple[Phrase, ...]] = (
    # --- userunknown -------------------------------------------------------------
    *_rows(_R.USERUNKNOWN, "Sisimai 4.25 lib/Sisimai/Reason/UserUnknown.pm", "user unknown in local recipient table"),
    *_rows(_R.USERUNKNOWN, "https://fastmail.help/hc/en-us/articles/7010500320655-Why-messages-bounce-back",
           "user unknown in virtual mailbox table"),
    *_rows(_R.USERUNKNOWN, "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html",
           "user unknown in virtual alias table"),
    *_rows(_R.USERUNKNOWN, "postfix 3.7.11 src/smtpd/smtpd_check.c (Debian source package postfix)",
           "user unknown in relay recipient table"),
    *_rows(_R.USERUNKNOWN, _SM, "user unknown", "unknown user"),
    *_rows(_R.USERUNKNOWN, _QM, "no mailbox here by that name"),
    # Exchange's store names the quota error it hit (MapiExceptionShutoffQuotaExceeded), on premises and online.
    *_rows(_R.MAILBOXFULL, _EX, "mapiexceptionshutoffquotaexceeded", "mapiexceptionquotaexceeded"),
    *_rows(_R.USERUNKNOWN, _EX, "recipnotfound", "recipientnotfound", "recipient not found by smtp address lookup",
           "unknown recipient or mailbox unavailable"),
    *_rows(_R.USERUNKNOWN, "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json",
           "no such user"),
    *_rows(_R.USERUNKNOWN, "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html",
           "no such mailbox", "invalid address", "not listed in domino directory",
           "doesn't have a * account"),
    *_rows(_R.USERUNKNOWN, "https://smtp.codes/mxroute", "no such recipient"),
    *_rows(_R.USERUNKNOWN, "https://qqmailbox.com/transceivers/169.html", "mailbox not found"),
    *_rows(_R.USERUNKNOWN, "Sisimai 4.25 lib/Sisimai/Lhost/ReceivingSES.pm", "mailbox does not exist"),
    *_rows(_R.USERUNKNOWN, "Sisimai 4.25 lib/Sisimai/MDA.pm", "mailbox doesn't exist"),
    *_rows(_R.USERUNKNOWN, "cyrus-imapd 3.6.1 imap/lmtpengine.c (Debian source package cyrus-imapd)",
           "mailbox unknown"),
    *_rows(_R.USERUNKNOWN, "Exim 4.96 (a string of the Debian exim4-daemon-light binary)", "user not found"),
    *_rows(_R.USERUNKNOWN, "https://smtpfieldmanual.com/provider/apple", "user does not exist"),
    *_rows(_R.USERUNKNOWN, "dovecot 2.3.19.1 src/lmtp/lmtp-local.c (Debian source package dovecot)",
           "user doesn't exist"),
    *_rows(_R.USERUNKNOWN, "Postfix 3.7.11 (a string of the Debian postfix binaries)",
           "unknown address", "bad recipient address syntax"),
    *_rows(_R.USERUNKNOWN, "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/451.json",
           "invalid recipient"),
    *_rows(_R.USERUNKNOWN, "https://github.com/manyuanrong/deno-smtp/issues/45", "invalid mailbox"),
    *_rows(_R.USERUNKNOWN, "https://smtp.codes/godaddy", "recipient not found"),
    *_rows(_R.USERUNKNOWN, "Sisimai 4.25 lib/Sisimai/Lhost/Facebook.pm", "recipient address does not exist"),
    *_rows(_R.USERUNKNOWN, "Sisimai 4.25 lib/Sisimai/Reason/UserUnknown.pm",
           "address does not exist", "bad destination mailbox"),
    *_rows(_R.USERUNKNOWN, "Sisimai 4.25 lib/Sisimai/Lhost/GSuite.pm", "address not found"),
    *_rows(_R.USERUNKNOWN, "https://twilio.com/docs/sendgrid/v2-api/customer_subuser_api/subuser_bounces",
           "account that you tried to reach does not exist", "email account that you tried to reach does not exist"),
    *_rows(_R.USERUNKNOWN, "sendmail 8.17.1.9 sendmail/srvrsmtp.c (Debian source package sendmail)",
           "addressee unknown"),
    *_rows(_R.USERUNKNOWN, "Sisimai 4.25 lib/Sisimai/Lhost/IMailServer.pm", "invalid final delivery userid"),
    *_rows(_R.USERUNKNOWN, "Sisimai 4.25 lib/Sisimai/Data.pm", "recipient no longer on server"),
    # Verizon's MMS gateway (vtext.com / vzwpix.com) refusing a number that is no subscriber.
    *_rows(_R.USERUNKNOWN, "Verizon Wireless MMS gateway bounce text", "no valid recipients for this mm"),
    *_rows(_R.USERUNKNOWN, "Sisimai 4.25 lib/Sisimai/Reason/UserUnknown.pm",
           "recipient address rejected", "address rejected", weak=True),
    *_rows(_R.USERUNKNOWN, "https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html", "mailbox unavailable", weak=True),
    # The same vague wording said of the user rather than the mailbox (Coremail's "unavailable mail user", the
    # user not found in its help pages' list of bounce texts): weak as "mailbox unavailable" is.
    *_rows(_R.USERUNKNOWN, "https://www.icoremail.vip/support/index.php?cate_id=84&page=8&start=225 (Coremail)",
           "unavailable mail user", "unavailable user", "mail user unavailable", "user unavailable", weak=True),
    # Chinese providers (QQ, NetEase, Sina): "the user does not exist", "has not opened a mailbox".
    *_rows(_R.USERUNKNOWN, "QQ Mail / NetEase bounce wording (https://service.mail.qq.com/detail/122/)",
           "收件人不存在", "邮箱不存在", "未开通", "地址不存在"),
    *_rows(_R.MAILBOXFULL, "QQ Mail / NetEase bounce wording (https://service.mail.qq.com/detail/122/)",
           "容量已满"),
    # --- hostunknown -------------------------------------------------------------
    *_rows(_R.HOSTUNKNOWN, "Sisimai 4.25 lib/Sisimai/Reason/HostUnknown.pm", "host or domain name not found"),
    *_rows(_R.HOSTUNKNOWN, "postfix 3.7.11 src/dns/dns_lookup.c (Debian source package postfix)", "host not found"),
    *_rows(_R.HOSTUNKNOWN, _SM, "host unknown", "name server: * host not found"),
    # (Exim's "Unrouteable address" is read by ADDR+UNROUTABLE, bouncelib/_data/concepts.py, round r39tune.)
    *_rows(_R.HOSTUNKNOWN, "Sisimai 4.25 lib/Sisimai/Reason/HostUnknown.pm",
           "domain does not exist", "no such domain", "unknown domain", "domain name not found"),
    *_rows(_R.HOSTUNKNOWN, "postfix 3.7.11 src/smtpd/smtpd_check.c (Debian source package postfix)",
           "domain not found"),
    # --- mailboxfull -------------------------------------------------------------
    *_rows(_R.MAILBOXFULL, "Sisimai 4.25 lib/Sisimai/Reason/MailboxFull.pm",
           "mailbox full", "mailbox is full", "mailbox has exceeded", "over quota", "quota exceeded",
           "exceeded storage allocation", "mailbox size limit exceeded",
           "mailbox over quota", "mailbox would exceed", "mailbox quota usage exceeded", "mailfolder is full"),
    *_rows(_R.MAILBOXFULL, "postfix 3.7.11 src/local/mailbox.c (Debian source package postfix)", "disk quota exceeded"),
    *_rows(_R.MAILBOXFULL, "Sisimai 4.25 lib/Sisimai/Lhost/IMailServer.pm", "mailbox exceeds allowed size"),
    *_rows(_R.MAILBOXFULL, "https://support.google.com/a/answer/3726730", "out of storage space"),
    *_rows(_R.MAILBOXFULL, "https://smtpfieldmanual.com/provider/apple", "overquota"),
    # --- suspend -------------------------------------------------------------------
    *_rows(_R.SUSPEND, "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json",
           "account is disabled"),
    *_rows(_R.SUSPEND, "Sisimai 4.25 lib/Sisimai/Reason/Suspend.pm",
           "account has been disabled", "mailbox is disabled", "mailbox is frozen", "account is locked",
           "is disabled", "mailbox suspended", "this account has been disabled"),
    *_rows(_R.SUSPEND, "Exim 4.96 (a string of the Debian exim4-daemon-light binary)", "temporarily locked"),
    *_rows(_R.SUSPEND, "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html",
           "account closed"),
    *_rows(_R.SUSPEND, "Sisimai 4.25 lib/Sisimai/SMTP/Status.pm", "user account disabled"),
    # --- hasmoved ------------------------------------------------------------------
    *_rows(_R.HASMOVED, "Sisimai 4.25 lib/Sisimai/Reason/HasMoved.pm", "has moved"),
    *_rows(_R.HASMOVED, "Sisimai 4.25 lib/Sisimai/SMTP/Status.pm", "no forwarding address"),
    # --- mesgtoobig / exceedlimit ---------------------------------------------------
    *_rows(_R.MESGTOOBIG, "Sisimai 4.25 lib/Sisimai/Reason/MesgTooBig.pm",
           "message too big", "message too large", "message size exceeds", "too large",
           "exceeds fixed maximum message size", "message file too big"),
    *_rows(_R.MESGTOOBIG, "exim 4.96 src/deliver.c (Debian source package exim4)", "message is too big"),
    *_rows(_R.MESGTOOBIG, "postfix 3.7.11 src/smtp/smtp_proto.c (Debian source package postfix)", "exceeds size limit"),
    *_rows(_R.MESGTOOBIG, "Postfix 3.7.11 (a string of the Debian postfix binaries)", "message size limit"),
    *_rows(_R.EXCEEDLIMIT, "amavisd-new 2.13.0-3+deb12u1 /usr/share/perl5/Amavis.pm (Debian package amavisd-new)",
           "exceeds recipient's size limit"),
    # --- rejected (the sender) ------------------------------------------------------
    *_rows(_R.REJECTED, "https://support.onesystems.ch/722126-%C3%9Cbersicht-h%C3%A4ufig-vorkommender-Fehlermeldungen",
           "sender address rejected"),
    *_rows(_R.REJECTED, "Sisimai 4.25 lib/Sisimai/Reason/Rejected.pm", "domain of sender address"),
    *_rows(_R.REJECTED, "Sisimai 4.25 lib/Sisimai/Reason/Rejected.pm",
           "sender rejected", "invalid sender", "unroutable sender address",
           "not a registered gateway user", "not allowed to post",
           "from: domain is invalid"),
    *_rows(_R.REJECTED, _EXIM_ACL,
           "sender verification failed"),
    *_rows(_R.REJECTED, "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online",
           "sender denied"),
    *_rows(_R.REJECTED, "Postfix 3.7.11 (a string of the Debian postfix binaries)", "bad sender"),
    *_rows(_R.REJECTED, "RFC 4407 section 2 (the Purported Responsible Address of Sender ID)",
           "can't determine purported responsible address"),
    *_rows(_R.REJECTED, "Sisimai 4.25 lib/Sisimai/SMTP/Status.pm", "sender address has null mx"),
    *_rows(_R.REJECTED, "Sisimai 4.25 lib/Sisimai/Lhost/GoogleGroups.pm",
           "not have permission to post", "may not exist, or you may not have permission"),
    # --- blocked ------------------------------------------------------------------
    *_rows(_R.BLOCKED, "https://bentonow.com/smtp-errors/laposte", "client host rejected", "service refuse"),
    *_rows(_R.BLOCKED, "https://github.com/docker-mailserver/docker-mailserver/issues/1927", "blocked using"),
    # The session of the sending host cut off for its conduct, not for one malformed command (LABELING.md):
    # Exim's smtp_accept_max_nonmail ("too many nonmail commands") and a NOOP limit ("Too many NOOPs") are read
    # by the concepts (TOO_MANY+NONMAIL_CMDS), too many errors by CLIENT_ERRORS.
    *_rows(_R.BLOCKED, "https://github.com/ActiveCampaign/smtp-field-manual/pull/60",
           "client host blocked", "blocked for spamming", "bloquee pour incident de spam", "host blocked"),
    *_rows(_R.BLOCKED, "https://smtpfieldmanual.com/provider/outlook",
           "is listed in", "listed in", "on our block list"),
    *_rows(_R.BLOCKED, "https://smtp.codes/godaddy", "listed on"),
    *_rows(_R.BLOCKED, _EXIM_ACL,
           "listed at"),
    *_rows(_R.BLOCKED, "https://github.com/mitodl/micromasters/issues/2958", "in a black list"),
    *_rows(_R.BLOCKED, "Sisimai 4.25 lib/Sisimai/Reason/Blocked.pm", "dnsbl", "rbl"),
    *_rows(_R.BLOCKED, "https://github.com/anujtenani/goaffpro/issues/61", "black listed"),
    *_rows(_R.BLOCKED, "https://postmaster.gmx.com/en/error-messages", "block listed"),
    *_rows(_R.BLOCKED, "http://blog.jinbo.net/007/archive/20051107", "your ip"),
    *_rows(_R.BLOCKED, "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online",
           "banned sending ip", "access denied, banned"),
    *_rows(_R.BLOCKED, "https://github.com/jstanden/cerb/issues/1628", "poor reputation"),
    *_rows(_R.BLOCKED, "Exim 4.96 (a string of the Debian exim4-daemon-light binary)", "connection rejected"),
    *_rows(_R.BLOCKED, "https://smtpfieldmanual.com/provider/yahoo", "connections not accepted"),
    *_rows(_R.BLOCKED, "postfix 3.7.11 src/smtpd/smtpd.c (Debian source package postfix)", "esmtp not accepting"),
    # A server not accepting connections refuses the connecting client (Postfix smtpd's greeting when a milter
    # rejects the client at connect; libmail-milter-perl's ConnectRegex "Not accepting connections from <host>").
    *_rows(_R.BLOCKED, "postfix 3.7.11 src/smtpd/smtpd.c (Debian source package postfix); libmail-milter-perl 0.07-2 "
           "/usr/share/perl5/Mail/Milter/Module/ConnectRegex.pm (Debian package libmail-milter-perl)",
           "not accepting connections"),
    # Not Postfix's "host H refused to talk to me: REPLY" (src/smtp/smtp_proto.c): Postfix writes it for every
    # greeting that is not 2xx, so it names when the server refused (CONNECT, read by `_extract`), not why;
    # the server's own words decide, and with none a refusal at CONNECT is the sending host's (`_decide`).
    *_rows(_R.BLOCKED, "Sisimai 4.25 lib/Sisimai/Lhost/V5sendmail.pm", "no access from mail server", "open relay"),
    *_rows(_R.BLOCKED, "https://github.com/stpeter/xmppdotnet/pull/42", "dynamic ip", "dynamic ip addresses"),
    *_rows(_R.BLOCKED, "https://github.com/chatmail/provider-db/issues/280", "dialup"),
    *_rows(_R.BLOCKED, "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online",
           "access denied", weak=True),
    # The same said with its verb ("554 Refused. Access is denied.", spamdyke; gromox's smtp_code.txt writes it for
    # a client or sender it refuses: "521 Access is denied from your IP", "553 Access is denied - sender is in
    # the blacklist"): a refusal whose words name no cause, as "access denied" is.
    *_rows(_R.BLOCKED, "https://github.com/chrisboulton/spamdyke/blob/5785cb3e4dfd18aa2dadbc1a12d3793c9def1a3f/spamdyke/"
           "spamdyke.h; https://github.com/grommunio/gromox/blob/7ea38c4477dbd5f33fead8be3ba45655683fa4de/MTA_SYSTEM/"
           "smtp/data/smtp_code.txt",
           "access is denied", "access was denied", weak=True),
    *_rows(_R.BLOCKED, "https://github.com/docker-mailserver/docker-mailserver/issues/1927",
           "service unavailable", weak=True),
    *_rows(_R.BLOCKED, "Sisimai 4.25 lib/Sisimai/Rhost/TencentQQ.pm", "connection denied", weak=True),
    *_rows(_R.BLOCKED, "Sisimai 4.25 lib/Sisimai/Reason/Blocked.pm", "blocked", weak=True),
    # Greylisting (postgrey, sqlgrey, milter-greylist, rspamd): a temporary refusal of the sending
    # host that the sender's retry passes; never a verdict on the recipient's address.
    *_rows(_R.BLOCKED, "postgrey(8) README (http://postgrey.schweikert.ch/)",
           "greylisted", "greylisting", "graylisted", "graylisting", "greylist", "graylist"),
    # postscreen(8) pregreet test ("You talk too soon"), Haraka early_talker, qpsmtpd check_earlytalker.
    *_rows(_R.BLOCKED, "Postfix POSTSCREEN_README (pregreet test); Haraka early_talker plugin",
           "talk too soon", "early talker", "not welcome here", "i do not believe you are",
           "address literal, but we do not"),
    # postscreen(8)'s answer to a client that broke the protocol first (a bare newline, a non-SMTP command,
    # pipelining unasked): the host is refused.
    *_rows(_R.BLOCKED, "postfix 3.7.11 src/postscreen/postscreen_smtpd.c (Debian source package postfix)",
           "i can break rules, too"),
    # --- badreputation --------------------------------------------------------------
    *_rows(_R.BADREPUTATION, "https://support.google.com/a/answer/3726730",
           "low reputation", "reputation of the sending", "very low reputation", "unusual rate of unsolicited mail"),
    *_rows(_R.BADREPUTATION, "https://bllmnn.de/2024/05/fehler-554-none-bad-reputation-beim-mailversand-an-t-online-de",
           "bad reputation"),
    *_rows(_R.BADREPUTATION, "https://smtpfieldmanual.com/provider/yahoo",
           "unexpected volume or user complaints", "user complaints"),
    # (Cisco's "Your access to submit messages to this e-mail system has been rejected" is the concept pair
    # SUBMIT_ACCESS+REFUSED of bouncelib/_data/concepts.py since round r52swap, whatever it submits.)
    # --- spamdetected -----------------------------------------------------------------
    *_rows(_R.SPAMDETECTED, "Sisimai 4.25 lib/Sisimai/Reason/SpamDetected.pm",
           "spam detected", "ube", "spamassassin", "spam filter", "spam"),
    *_rows(_R.SPAMDETECTED, "npm haraka-plugin-rspamd 1.6.1 index.js", "detected as spam"),
    # A filter's verdict given as one of the two: no virus said to be found (the longer phrase hides "virus").
    *_rows(_R.SPAMDETECTED, "https://smtp.codes/tonline",
           "spam or virus", "virus or spam", "spam/virus", "virus/spam"),
    *_rows(_R.SPAMDETECTED, "https://www.bytecamp.net/de/faq/email/zustellen.html", "classified as spam"),
    *_rows(_R.SPAMDETECTED, "rspamd 3.4 src/libserver/milter_internal.h (Debian source package rspamd)",
           "spam message rejected"),
    *_rows(_R.SPAMDETECTED, "Sisimai 4.25 lib/Sisimai/Rhost/TencentQQ.pm", "suspected spam"),
    *_rows(_R.SPAMDETECTED, "https://github.com/chatmail/provider-db/issues/205", "suspicion of spam"),
    *_rows(_R.SPAMDETECTED, "https://support.google.com/a/answer/3726730", "likely unsolicited", "unsolicited mail"),
    *_rows(_R.SPAMDETECTED, "npm haraka-plugin-spamassassin 1.1.2 index.js", "spam score"),
    *_rows(_R.SPAMDETECTED, "https://doc.gadz.org/pages/diffpages.action?originalId=21791317&pageId=21792015",
           "mail rejete"),
    # --- virusdetected ------------------------------------------------------------------
    *_rows(_R.VIRUSDETECTED, "Sisimai 4.25 lib/Sisimai/Reason/VirusDetected.pm",
           "virus detected", "infected", "malware", "virus", "viruses"),
    *_rows(_R.VIRUSDETECTED, "https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html", "virus found"),
    # --- authfailure ----------------------------------------------------------------------
    *_rows(_R.AUTHFAILURE, "https://smtpfieldmanual.com/provider/apple", "dmarc"),
    *_rows(_R.AUTHFAILURE, "https://support.google.com/a/answer/3726730",
           "spf", "dkim", "authentication checks", "fails to pass authentication",
           "does not have authentication information", "unauthenticated email", "sender is unauthenticated"),
    # The same said of the message in UNAUTH_MAIL's other words (round r49swap: "Unauthenticated message is not
    # accepted from this domain" fell to its bare 5.7.1): the sender domain's authentication, as "unauthenticated
    # email" is.
    *_rows(_R.AUTHFAILURE, "https://support.google.com/a/answer/3726730", "unauthenticated mail",
           "unauthenticated e mail", "unauthenticated message", "unauthenticated messages"),
    *_rows(_R.AUTHFAILURE, "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online",
           "sender policy framework"),
    # --- requireptr -------------------------------------------------------------------------
    *_rows(_R.REQUIREPTR, "https://github.com/iredmail/iRedMail/issues/156", "reverse dns"),
    *_rows(_R.REQUIREPTR, "https://support.google.com/a/answer/3726730", "ptr record"),
    *_rows(_R.REQUIREPTR, "https://github.com/EDSM-NET/FrontEnd/issues/21", "ptr resource record", "rdns"),
    *_rows(_R.REQUIREPTR, "https://smtp.codes/rackspace", "no ptr"),
    *_rows(_R.REQUIREPTR, "Exim 4.96 (a string of the Debian exim4-daemon-light binary)", "reverse lookup"),
    *_rows(_R.REQUIREPTR, "https://www.bytecamp.net/de/faq/email/zustellen.html",
           "reverse hostname", "cannot find your reverse hostname", "client host rejected: cannot find your"),
    *_rows(_R.REQUIREPTR, "https://support.onesystems.ch/722126-%C3%9Cbersicht-h%C3%A4ufig-vorkommender-Fehlermeldungen",
           "cannot find your hostname"),
    *_rows(_R.REQUIREPTR, "Postfix 3.7.11 (a string of the Debian postfix binaries)", "pointer record"),
    # --- notcompliantrfc ----------------------------------------------------------------------
    *_rows(_R.NOTCOMPLIANTRFC, "https://support.google.com/a/answer/3726730",
           "not rfc 5322 compliant", "multiple subject headers", "duplicate headers", "non-compliant"),
    # The message format's standard cited by its number ("review RFC 5322 specifications", Google; "RFC 2822",
    # opensmtpd 6.8.0p2 usr.sbin/smtpd/smtp_session.c; "RFC2822" without its space,
    # https://portal.iridis.uk/?action=article&cmd=knowledgebase&id=254): whichever of its three numbers (RFC 822,
    # 2822 and 5322, each replacing the one before) and spellings, as the concept MSG_STANDARD of
    # bouncelib/_data/concepts.py lists them, its one home.
    *_rows(_R.NOTCOMPLIANTRFC, "RFC 5322 (Internet Message Format, obsoleting RFC 2822 and RFC 822)",
           *_STANDARD_NUMBERS),
    # --- failedstarttls -----------------------------------------------------------------------
    # Not "starttls" alone: EHLO capability lists in session transcripts carry it.
    *_rows(_R.FAILEDSTARTTLS, "postfix 3.7.11 src/smtp/smtp_proto.c (Debian source package postfix)",
           "tls is required", "tls not available"),
    *_rows(_R.FAILEDSTARTTLS, "https://support.google.com/a/answer/3726730", "tls required", "must issue a starttls"),
    *_rows(_R.FAILEDSTARTTLS, "Sisimai 4.25 lib/Sisimai/Rhost/Mimecast.pm", "requires tls"),
    *_rows(_R.FAILEDSTARTTLS, "Postfix 3.7.11 (a string of the Debian postfix binaries)",
           "encryption required"),
    *_rows(_R.FAILEDSTARTTLS, "https://github.com/alterrebe/docker-mail-relay/issues/10", "cannot start tls"),
    # --- securityerror --------------------------------------------------------------------------
    *_rows(_R.SECURITYERROR, "https://support.google.com/a/answer/3726730", "authentication required"),
    # (SendGrid's "Unauthenticated Senders Not Allowed" is the concept pair SMTPAUTH+REFUSED of
    # bouncelib/_data/concepts.py since round r52swap: "unauthenticated sender(s)" is an SMTPAUTH term.)
    *_rows(_R.SECURITYERROR, "Sisimai 4.25 lib/Sisimai/Lhost/MessageLabs.pm", "smtp authentication"),
    # The sending user (the account logged in to send) lacks the right to send: a submission server's
    # refusal of its own user (NetEase's "550 User has no permission", its help page: SMTP not enabled for
    # the account), not an unknown recipient.
    *_rows(_R.SECURITYERROR, "https://github.com/open-falcon/mail-provider/issues/6 (NetEase: 550 User has no "
           "permission)", "user has no permission", "user does not have permission to send"),
    *_rows(_R.SECURITYERROR, "Sisimai 4.25 lib/Sisimai/SMTP/Status.pm",
           "authentication credentials invalid", "integrity failure"),
    *_rows(_R.SECURITYERROR, "https://fastmail.help/hc/en-us/articles/7010500320655-Why-messages-bounce-back",
           "authentication failed"),
    *_rows(_R.SECURITYERROR, "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online",
           "client was not authenticated", "not authenticated"),
    # Not Sisimai's "security policy" (SecurityError.pm) nor "security policies" (Rhost/Mimecast.pm), round r82en: a
    # site's security policy is a policy (POLICY's "security policy", LABELING.md's "policy reasons" are
    # policyviolation), and every tuning reply that says it is labelled so or by the rule the policy applied
    # (spamilter's "Rejecting due to security policy - ...", ldap-acl-milter's "Security policy violation! - reason:
    # ...", Mimecast's "rejected due to security policies"); none is labelled securityerror, which is the client's
    # authentication or a security requirement of the session.
    # The RFC 3463 X.7.1 description, which MTAs write as the refusal itself; more specific
    # wording in the same reply (spam, a blocklist, a policy) outranks it.
    *_rows(_R.SECURITYERROR, "RFC 3463 section 3.8, X.7.1", "delivery not authorized"),
    # --- norelaying -------------------------------------------------------------------------------
    *_rows(_R.NORELAYING, "Sisimai 4.25 lib/Sisimai/Reason/NoRelaying.pm", "relay access denied"),
    *_rows(_R.NORELAYING, "Sisimai 4.25 lib/Sisimai/Reason/NoRelaying.pm",
           "relaying denied", "relay denied", "relay not permitted", "unable to relay",
           "relaying mail to", "not a gateway", "mail relay"),
    *_rows(_R.NORELAYING, "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/451.json",
           "relay not allowed"),
    # --- toomanyconn / speeding ----------------------------------------------------------------------
    *_rows(_R.TOOMANYCONN, "Sisimai 4.25 lib/Sisimai/Reason/TooManyConn.pm",
           "too many recipients", "connection limit", "too many concurrent"),
    *_rows(_R.TOOMANYCONN, "https://smtp.codes/godaddy", "too many sessions", "messages per session"),
    *_rows(_R.TOOMANYCONN, "Sisimai 4.25 lib/Sisimai/Rhost/TencentQQ.pm",
           "connection frequency limited", "ip frequency limited"),
    *_rows(_R.TOOMANYCONN, "https://smtp.codes/rackspace", "concurrent connections"),
    *_rows(_R.TOOMANYCONN, "exim 4.96 src/smtp_in.c (Debian source package exim4)",
           "too many messages in this connection"),
    *_rows(_R.SPEEDING, "https://new-faq.comservice-ffo.de/smtp-fehlermeldungen-e-mail-fehler/", "rate limit"),
    *_rows(_R.SPEEDING, "rspamd 3.4 src/plugins/lua/ratelimit.lua (Debian source package rspamd)", "ratelimit"),
    # Not "recipient thread limit" (Exchange Online's 4.3.2): the concept pair THREAD+LIMIT_WORD (round r53btune).
    *_rows(_R.SPEEDING, "https://smtp.codes/rackspace", "too many messages"),
    *_rows(_R.SPEEDING, "https://docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html",
           "throttling"),
    *_rows(_R.SPEEDING, "http://qiao.yimirj.com/article/detail/2261", "frequency limited"),
    *_rows(_R.SPEEDING, "https://github.com/sendgrid/docs/blob/main/content/docs/for-developers/sending-email/smtp-errors-and-troubleshooting.md",
           "throttled"),
    *_rows(_R.SPEEDING, "https://smtpfieldmanual.com/provider/apple",
           "deferred due to excessive volume", "excessive volume"),
    # --- policyviolation ---------------------------------------------------------------------------------
    *_rows(_R.POLICYVIOLATION, "Sisimai 4.25 lib/Sisimai/Reason/PolicyViolation.pm",
           "policy reasons", "denied by policy", "local policy", "attachment", "header error",
           "not accepted for policy reasons", "content presents", "due to policy"),
    *_rows(_R.POLICYVIOLATION, "https://support.google.com/a/answer/3726730",
           "prohibited", "potential security issue"),
    # A kind of content refused because it *may* carry malware ("... are prohibited on this server as they may
    # contain viruses", a Postfix mime_header_checks rule in modoboa/modoboa issue 1013): a precaution, no virus
    # found; the longer phrase hides the "viruses" row inside it (round r54pol).
    *_rows(_R.POLICYVIOLATION, "https://github.com/modoboa/modoboa/issues/1013",
           *(f"{may} contain {what}" for may in ("may", "might", "could")
             for what in ("viruses", "a virus", "malware"))),
    *_rows(_R.POLICYVIOLATION, _MS_KB3024906,
           "content restriction"),
    # Postfix header_checks/body_checks REJECT without a text of its own (cleanup(8)).
    *_rows(_R.POLICYVIOLATION, "Postfix header_checks(5): REJECT optional text (default 'message content rejected')",
           "message content rejected"),
    *_rows(_R.POLICYVIOLATION, "Sisimai 4.25 lib/Sisimai/Reason/PolicyViolation.pm", "policy", weak=True),
    # --- filtered -----------------------------------------------------------------------------------------
    *_rows(_R.FILTERED, "Sisimai 4.25 lib/Sisimai/Reason/Filtered.pm",
           "refused due to recipient preferences", "recipient preferences", "filtered",
           "blocked by the recipient"),
    *_rows(_R.FILTERED, "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/553.json",
           "message filtered"),
    # --- notaccept ----------------------------------------------------------------------------------------
    *_rows(_R.NOTACCEPT, "Sendmail 8.17.1 (a string of the Debian sendmail-bin binaries)", "null mx"),
    # The null MX named in one word, as Postfix writes it after whatever verb ("Domain %s does not accept mail
    # (nullMX)", src/dns/dns_lookup.c DNS_NULLMX): the name says what the verb may say otherwise (round r35tune).
    *_rows(_R.NOTACCEPT, "postfix 3.7.11 src/dns/dns_lookup.c (Debian source package postfix)", "nullmx"),
    # Not "no mx record" (Sisimai's): a domain without a mail host is hostunknown here (the NO_HOST
    # concept, corpus/LABELING.md); notaccept is a domain that says it takes no mail (a null MX).
    *_rows(_R.NOTACCEPT, "Sisimai 4.25 lib/Sisimai/Reason/NotAccept.pm",
           "does not accept mail", "not accept mail"),
    # The same said in the passive or as a state ("554 Refused. Mail is not being accepted.", spamdyke's
    # reject-all): the server takes no mail at all, from anyone.
    *_rows(_R.NOTACCEPT, "https://github.com/chrisboulton/spamdyke/blob/5785cb3e4dfd18aa2dadbc1a12d3793c9def1a3f/"
           "spamdyke/spamdyke.h (its reject-all reply)",
           "mail is not being accepted", "no mail is being accepted", "no mail is accepted",
           "not accepting any mail", "accepts no mail", "does not accept any mail"),
    # --- contenterror ---------------------------------------------------------------------------------------
    # Not "headers too large" (Sendmail): the header said too big or too long is the concept pair HEADER+TOOBIG,
    # which reads its next wordings too (round r53btune).
    *_rows(_R.CONTENTERROR, "Sendmail 8.17.1 (a string of the Debian sendmail-bin binaries)",
           "bare linefeed"),
    *_rows(_R.CONTENTERROR, "Sisimai 4.25 lib/Sisimai/Reason/ContentError.pm",
           "8-bit data", "invalid mime", "mime", "message header", "improper use"),
    *_rows(_R.CONTENTERROR, "Postfix 3.7.11 (a string of the Debian postfix binaries)",
           "line too long", "malformed message", "invalid character"),
    # --- syntaxerror ------------------------------------------------------------------------------------------
    *_rows(_R.SYNTAXERROR, "Sisimai 4.25 lib/Sisimai/Reason/SyntaxError.pm", "syntax error"),
    *_rows(_R.SYNTAXERROR, "Exim 4.96 (a string of the Debian exim4-daemon-light binary)",
           "malformed address"),
    *_rows(_R.SYNTAXERROR, "https://support.google.com/a/answer/3726730",
           "unrecognized command", "bad sequence of commands"),
    *_rows(_R.SYNTAXERROR, "Postfix 3.7.11 (a string of the Debian postfix binaries)",
           "invalid command", "command not implemented"),
    *_rows(_R.SYNTAXERROR, "Sisimai 4.25 lib/Sisimai/Reason.pm", "parameter not implemented"),
    # --- systemfull / systemerror / mailererror -------------------------------------------------------------------
    *_rows(_R.SYSTEMFULL, "postfix 3.7.11 src/smtpd/smtpd_check.c (Debian source package postfix)",
           "insufficient system storage"),
    *_rows(_R.SYSTEMFULL, "https://www.spambrella.com/faq/email-delivery-error-codes/",
           "insufficient system resources"),
    *_rows(_R.SYSTEMFULL, "Sisimai 4.25 lib/Sisimai/Reason/SystemFull.pm", "system full", "mail system full"),
    *_rows(_R.SYSTEMFULL, "https://github.com/notqmail/notqmail/blob/0057e5ff94114dd10781808cb41ffa5eb5f4a5bf/qmail.c",
           "disk full"),
    *_rows(_R.SYSTEMFULL, "Sendmail 8.17.1 (a string of the Debian sendmail-bin binaries)", "out of disk space"),
    *_rows(_R.SYSTEMFULL, "postfix 3.7.11 src/local/mailbox.c (Debian source package postfix)", "no space left"),
    *_rows(_R.SYSTEMERROR, "Sisimai 4.25 lib/Sisimai/Reason/SystemError.pm",
           "internal error", "system error", "server error", "local error", "local configuration error",
           "configuration error", "could not load", "service currently unavailable", "transaction failed",
           "unable to contact", "write error"),
    *_rows(_R.SYSTEMERROR, "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/421.json",
           "temporary failure", "temporarily unavailable"),
    *_rows(_R.SYSTEMERROR, "https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html", "temporary error"),
    *_rows(_R.SYSTEMERROR, "https://smtpfieldmanual.com/provider/apple", "try again later"),
    *_rows(_R.SYSTEMERROR, "https://github.com/sendgrid/docs/blob/main/content/docs/for-developers/sending-email/smtp-errors-and-troubleshooting.md",
           "please try later"),
    *_rows(_R.SYSTEMERROR, "Exim 4.96 (a string of the Debian exim4-daemon-light binary)",
           "operating system error", "local delivery failed"),
    *_rows(_R.SYSTEMERROR, "https://puffinknight.tistory.com/102", "resources temporarily unavailable"),
    *_rows(_R.SYSTEMERROR, "Postfix 3.7.11 (a string of the Debian postfix binaries)", "processing error"),
    *_rows(_R.SYSTEMERROR, "https://support.google.com/a/answer/3726730", "busy"),
    *_rows(_R.SYSTEMERROR, "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/421.json",
           "temporarily", weak=True),
    # The same passing state in TRANSIENT_QUAL's other words (round r49swap: "450 temporary undeliverable" read
    # nothing where "temporarily undeliverable" was systemerror): a failure said to pass, no cause named. Weak
    # as "temporarily" is; not "internal", which TRANSIENT_QUAL also holds but which says where, not how long.
    *_rows(_R.SYSTEMERROR, "RFC 5321 section 4.2.1 (4yz: Transient Negative Completion reply)", "temporary",
           "transient", weak=True),
    # The request to retry with no time and no cause named ("Mailrejected, please try again", SmsForwarder's
    # notice): the bare temporary failure of LABELING.md's "Try again later" alone. Weak: a status that names
    # the failing part still says more ("500 5.5.2 please try again speaking smtp" is the protocol, mox).
    *_rows(_R.SYSTEMERROR, "https://github.com/pppscn/SmsForwarder/issues/663 (139.com's 450 'Mailrejected, please "
           "try again'); RFC 5321 section 4.2.1 (4yz: the action may be requested again)",
           "please try again", "please retry", weak=True),
    *_rows(_R.SYSTEMERROR, "http://blog.jinbo.net/007/archive/20051107", "service not available", weak=True),
    *_rows(_R.MAILERERROR, "Sendmail 8.17.1 (a string of the Debian sendmail-bin binaries)",
           "pipe to", "unknown mailer error"),
    *_rows(_R.MAILERERROR, "Sisimai 4.25 lib/Sisimai/Reason/MailerError.pm", "procmail", "mailer error"),
    *_rows(_R.MAILERERROR, "postfix 3.7.11 src/global/pipe_command.c (Debian source package postfix)",
           "command died with status"),
    *_rows(_R.MAILERERROR, "Sisimai 4.25 lib/Sisimai/Data.pm", "exit 75"),
    *_rows(_R.MAILERERROR, "Postfix 3.7.11 (a string of the Debian postfix binaries)", "cannot execute"),
    # --- networkerror ---------------------------------------------------------------------------------------
    *_rows(_R.NETWORKERROR, "Sisimai 4.25 lib/Sisimai/Reason/NetworkError.pm",
           "no route to host", "host name lookup failure", "malformed or unexpected name server reply",
           "lookup failure", "routing loop", "network error", "too many hops", "mail loop"),
    *_rows(_R.NETWORKERROR, "postfix 3.7.11 src/smtp/smtp_connect.c (Debian source package postfix)",
           "network is unreachable"),
    *_rows(_R.NETWORKERROR, "postfix 3.7.11 src/dns/dns_lookup.c (Debian source package postfix)",
           "name service error"),
    *_rows(_R.NETWORKERROR, "Exim 4.96 (a string of the Debian exim4-daemon-light binary)", "dns error"),
    *_rows(_R.NETWORKERROR, "https://smtp.codes/rackspace", "loop detected"),
    *_rows(_R.NETWORKERROR, "sendmail 8.17.1.9 sendmail/usersmtp.c (Debian source package sendmail)",
           "mail loops back"),
    *_rows(_R.NETWORKERROR, "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/421.json",
           "lost connection"),
    *_rows(_R.NETWORKERROR, "sendmail 8.17.1.9 sendmail/err.c (Debian source package sendmail)", "connection reset"),
    *_rows(_R.NETWORKERROR, "Sendmail 8.17.1 (a string of the Debian sendmail-bin binaries)", "dns failure"),
    # Postfix: a lookup table (LDAP, SQL, a map) of the *receiving* system did not answer (DATABASE_README).
    *_rows(_R.SYSTEMERROR, "Postfix 3.7.11 (a string of the Debian postfix binaries); https://www.postfix.org/"
           "DATABASE_README.html", "temporary lookup failure"),
    # The receiving system's own directory of users not answering (Dovecot LMTP's "Internal user lookup
    # failure"): the system failed, not the network's name service.
    *_rows(_R.SYSTEMERROR, "dovecot 2.3.19.1 src/lmtp/lmtp-proxy.c (Debian source package dovecot)",
           "user lookup failure", "user lookup failed", "recipient lookup failure", "recipient lookup failed"),
    # Signing is the sending system's own step (chasquid signs what it relays): its failure is that system's,
    # not a message failing a receiver's DKIM check.
    *_rows(_R.SYSTEMERROR, "https://github.com/albertito/chasquid/blob/0210c5fd9248ce1ef292ab81daab7b39b18cddd0/"
           "internal/smtpsrv/conn.go", "dkim signing error", "failed to dkim sign",
           "could not dkim sign"),
    *_rows(_R.NETWORKERROR, "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online",
           "connection refused"),
    *_rows(_R.NETWORKERROR, "postfix 3.7.11 src/smtp/smtp_proto.c (Debian source package postfix)",
           "loops back to myself"),
    # qmail-remote: one attempt found no host to talk to (qmail-send decides later when to give up).
    *_rows(_R.NETWORKERROR, _QM, "unable to establish an smtp connection",
           "wasn't able to establish an smtp connection"),
    # Postfix local(8): the mailbox file reached mailbox_size_limit (EFBIG "File too large": the concept pair
    # OWN_FILES+TOOBIG reads it, as a sent file too big is FILE+TOOBIG).
    *_rows(_R.MAILBOXFULL, "Postfix local(8), mailbox_size_limit (postconf.5)",
           "too many messages on the server"),
    # getaddrinfo(3) EAI_NONAME: the name does not exist (a permanent answer).
    *_rows(_R.HOSTUNKNOWN, "getaddrinfo(3) EAI_NONAME message", "name or service not known"),
    # Exim: the MX (RFC 7505 null MX, or SRV ".") says the domain takes no mail.
    *_rows(_R.NOTACCEPT, _EXIM, "no smtp service"),
    # --- expired -------------------------------------------------------------------------------------------
    *_rows(_R.EXPIRED, _EXIM, "retry timeout exceeded", "retry time not reached for any host",
           "all hosts have been failing for a long time"),
    # qmgr's log status when maximal_queue_lifetime ran out ("status=expired, returned to sender").
    *_rows(_R.EXPIRED, "https://github.com/supar/postlog-sa/blob/master/main_test.go (a Postfix qmgr log line)",
           "expired, returned to sender"),
    # qmail appends these to every final failure, whatever the cause: they only decide alone.
    *_rows(_R.EXPIRED, _QM, "has been in the queue too long", "giving up on", weak=True),
    # One attempt that timed out or found no host is a network error; "expired" needs the queue
    # lifetime to have run out (the words below, or a report that gave up on a temporary reply).
    *_rows(_R.NETWORKERROR, "postfix 3.7.11 src/smtp/smtp_connect.c (Debian source package postfix)",
           "connection timed out", "timed out"),
    *_rows(_R.NETWORKERROR, "https://support.google.com/a/answer/3726730", "timeout"),
    *_rows(_R.NETWORKERROR, "Exim 4.96 (a string of the Debian exim4-daemon-light binary)",
           "message timed out", "failed to connect"),
    *_rows(_R.NETWORKERROR, "Sisimai 4.25 lib/Sisimai/Lhost/Zoho.pm", "host not reachable"),
    *_rows(_R.NETWORKERROR, "Sisimai 4.25 lib/Sisimai/Lhost/Gmail.pm", "did not accept our requests to connect"),
    *_rows(_R.EXPIRED, "Sisimai 4.25 lib/Sisimai/Reason/Expired.pm",
           "message expired", "delivery time expired", "delivery expired", "unable to deliver * after",
           "could not find a gateway for", "expired after"),
    *_rows(_R.EXPIRED, "Sisimai 4.25 lib/Sisimai/Lhost/OpenSMTPD.pm", "envelope expired"),
    # --- suppressed -------------------------------------------------------------------------------------------
    *_rows(_R.SUPPRESSED, "https://pastebin.com/PBCjgYGX", "previously bounced"),
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

#: The request to retry later, with no cause named (rows of `PHRASES` above, `systemerror`): LABELING.md reads
#: "try again later" as the receiver's temporary failure only "with nothing more specific". Many servers append
#: it to every refusal ("550 mailbox unavailable. Please try again later."; RFC 5321 section 4.2.1: the 4yz
#: class means the action may be requested again), so as the only strong phrase of a reply it yields to a
#: status or vague words that name what was refused (round r49hard: `bench/hard_perturb.py`'s ``try-later``).
RETRY_ADVICE: Final[frozenset[str]] = frozenset({"try again later", "please try later"})

#: RFC 5321 section 4.2.2's own meaning of reply code 552 ("Requested mail action aborted: exceeded storage
#: allocation"), a row of `PHRASES` above (`mailboxfull`): servers write it as the text of every 552, their size
#: limit included (mhale/smtpd's maxSizeExceededError: "552 5.3.4 Requested mail action aborted: exceeded storage
#: allocation (10485760)", RFC 3463 X.3.4 "message too big for system"). As the winning phrase it yields to a status
#: of the size family, which says whose storage ran over (round r54rate).
REPLY_CODE_MEANINGS: Final[frozenset[str]] = frozenset({"exceeded storage allocation"})
