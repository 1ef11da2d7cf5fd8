"""The layout shapes the general reader knows: what a notice says, and where a recipient stands.

(Here, with the other vocabularies, because the classifier's model reads the notice wording too: it
leaves out a notice's words that it failed or is delayed, `bouncelib._classify._model.features`.)

Data, not code: each pattern names a *meaning* that bounce notices of many MTAs share (a
sentence saying the message could not be delivered, a line that holds the failed address and
the reply after it), never one mail's wording.  Where a pattern is there for a family of
writers, the comment names them; the sentences were read from the MTAs' own templates and
from notices pasted in public threads (``corpus/wild/mail``, tuning part).

Every pattern here is linear in the text it scans: no nested quantifiers, bounded gaps.
"""

from __future__ import annotations

import re
from typing import Final

from bouncelib._data._pattern import literal_first, skipping

__all__ = [
    "ABSENT_UNTIL",
    "ACCEPTED_ANYWAY",
    "ADDRESS",
    "ADDRESS_FAULT_AFTER",
    "AFTER_ADDRESS",
    "BOUNCES_RECEIVED",
    "CAUSE_INTRO",
    "CHALLENGE",
    "CHALLENGE_SUBJECT",
    "CONFIRM_COMMAND",
    "CONTACT_BEFORE",
    "DELAY",
    "DIAGNOSTIC_TYPE",
    "DOUBLED_CODE",
    "DSN_FIELD",
    "EXCHANGE_ORIGINAL_HEADINGS",
    "EXCHANGE_RECIPIENT_ON",
    "EXPANDED_FROM",
    "EXPIRED_NOTICE",
    "FAILED_SEND_BEFORE",
    "FAILURE",
    "FORWARD_HEADER_LINE",
    "FORWARD_TO_AFTER",
    "HEADER_LINE",
    "HOST_LINE",
    "ID_LINE",
    "INCOMPLETE_ADDRESS",
    "IN_REPLY_TO_COMMAND",
    "LABEL_BEFORE",
    "MODERATION_HOLD",
    "NAMED_ON_DATE",
    "NAMES_BELOW",
    "ORIGINAL_STARTS",
    "PERMANENT",
    "POSSIBLE_CAUSE",
    "POST_REFUSED",
    "READERS_OWN",
    "RECIPIENT_BEFORE",
    "REFUSAL_BEFORE",
    "REFUSED_BY_SERVER",
    "REFUSER_BEFORE",
    "REMOTE_HOST",
    "REPLY_CODE",
    "REPLY_TO_THIS",
    "RULE_STATED",
    "RULE_STATED_ELSEWHERE",
    "SECTION_BREAK",
    "SENDER_OK_AFTER",
    "SENDER_REFUSED_AFTER",
    "SENDING_FAILED",
    "SEND_A_MESSAGE_TO",
    "SERVER_SAID",
    "STATUS_TAG_ONLY",
    "SUBSCRIPTION_TO_CONFIRM",
    "SUCCESS",
    "SUMMARY_LINE",
    "TALKING_TO",
    "UNDELIVERED",
    "WHOLE_MESSAGE_REFUSED",
    "WRITE_TO_ABROAD",
    "WRITE_TO_ENDS",
    "WRITTEN",
    "X400_ADDRESS",
]


def _searched(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern searched over every paragraph (or line) the general reader looks at, compiled as `literal_first`
    rewrites it, then as `skipping` does (its alternatives grouped by their first characters, as the classifier's
    model has long compiled three of these lists): the same matches, found in fewer steps (see
    `bouncelib._data._pattern`).  Grouped, the delivery words (135 alternatives) are searched in about 40 % of the
    time, and a pattern `skipping` cannot spell is compiled as written."""
    written = literal_first(pattern)
    compiled = skipping(re.compile(written, flags))
    WRITTEN[compiled] = written
    return compiled


#: The written form of each pattern `_searched` compiled (one `skipping` compiled from a parse tree has no
#: ``pattern`` string): `bench/leave_language_out.py` reads the alternatives it switches a language's words off in.
WRITTEN: Final[dict[re.Pattern[str], str]] = {}


# An address as notices write it: an ASCII local part (a notice in Chinese writes "发送到a@b" with
# no space, and CJK letters are word characters), a dotted domain (its labels may hold an underscore, as the
# placeholder domains of help pages and pastes do: "user@main_address.de") or an address literal.
# Possessive runs keep it linear on long tokens without "@".
ADDRESS: Final = re.compile(
    r"(?<![A-Za-z0-9.!#$%&'*+/=?^_`{|}~-])[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]++@"
    r"(?:[A-Za-z0-9_-]++(?:\.[A-Za-z0-9_-]++)++|\[[\d.:a-fA-F]{3,45}\])"
)

# The local parts of a site's role addresses, offered as contacts in a notice (RFC 2142's mailbox names, the sender
# that takes no replies, the staff and help desk a notice says to write to): at the notice's own site they are where
# the reader may turn, no address the reader's mail failed at (`general._named_addresses`); named as someone to write
# to anywhere in a notice, they are no recipient where the notice names them again (`_recipients._mentions`).
ROLE_LOCAL: Final = re.compile(
    r"(?:no-?reply|do-?not-?reply|postmaster|hostmaster|webmaster|abuse|security|mailer-daemon|support|help|helpdesk|"
    r"staff|admins?|administrator|contact|info|feedback|team)",
    re.I,
)

# -- what the notice says ------------------------------------------------------------------------------
# These are matched against lower-cased text (`_notice.verdict` lowers it once): without re.I the
# engine scans four to five times faster, and a notice is read by every one of them.

# A mail server, a mailbox or a mail provider refused the message, named as the one that did: "was refused (or
# bounced) by your email provider", "was bounced by your mailbox a" (SimpleLogin's notices to its users about a
# forwarded mail), "the remote mail server (mx.example.com) rejected it" (addy.io's).  A server, not a person or a
# list's moderator: the message already failed, whatever the notice then advises ("create a filter to whitelist it"
# is advice to the reader, not a challenge to the sender).
_REFUSED_BY_SERVER: Final = (
    r"(?:was|were|has been|have been) (?:refused|rejected|bounced)(?: \(or (?:refused|rejected|bounced)\))? by "
    r"(?:your|the|their|its|the recipient's) (?:remote |receiving |recipient's )?(?:e-?mail |mail )?"
    r"(?:provider|server|mailbox|inbox|host|system)\b|"
    r"(?:remote|receiving|recipient's) (?:e-?mail |mail )?server\b.{0,80}? (?:rejected|refused|bounced) "
    r"(?:it|the message|your message|the e-?mail)\b"
)
REFUSED_BY_SERVER: Final = re.compile(_REFUSED_BY_SERVER)

# The message (or one of its recipients) was not delivered, said in words about *delivery*: enough on
# their own, from a mail system, for a notice that quotes no reply (a paste of the banner only).
_UNDELIVERED: Final = (
    # Postfix, Exim, TMDA, qmail clones: "could not be delivered to one or more recipients"
    r"could ?n[o']t be (?:delivered|sent|reached|forwarded)",
    r"can ?n[o']t be (?:delivered|sent)|cannot be delivered",
    # Gmail, Office 365: "Your message wasn't delivered", "couldn't be delivered"
    r"(?:was|has) ?n[o']t (?:been )?delivered|wasn't delivered|was not delivered|not been delivered",
    r"message (?:was )?not delivered|message not delivered|mail not delivered",
    # The outcome a DSN's headline names, as DELAY reads "(Delay)" and SUCCESS "(Success)": Gmail's and
    # Exchange's Subject "Delivery Status Notification (Failure)" says the message was not delivered.
    r"delivery status notification \(failure\)",
    # qmail, Haraka: "I wasn't able to deliver your message"; Yahoo "we were unable to deliver";
    # Google Groups "A few more details on why you weren't able to post"
    r"(?:unable|not able|n't able|were unable|was unable) to (?:deliver|send|relay|forward|post)",
    # ... also the message named by where it stands ("We could not deliver the attached mail", Purelymail's NDR,
    # Purelymail/purelymail-issues#388).
    r"(?:could|can) ?n[o']t (?:deliver|send) (?:your |the |this )?(?:attached |enclosed |following |below )?"
    r"(?:message|mail|e-?mail)",
    r"fail(?:ed|ure) to (?:deliver|send)|failed to be delivered|delivery (?:to .{1,80} )?(?:has )?failed",
    r"delivery failure|failed permanently|permanent (?:fatal )?errors?|permanent failure|"
    r"(?:mail|message) delivery failed|delivery has failed|failed recipients?",
    r"undeliver(?:able|ed)|non[- ]?deliver",
    # The recipient's mailbox said not to exist ("Recipient's Inbox does not exist or is busy", MS Mail for PC
    # Networks' NDR in Microsoft KB Q212756, round 48's tuning miss): there was nowhere to deliver the message.
    r"recipient'?s? (?:inbox|mailbox|mail box) (?:does|did) ?n[o']t exist",
    # ... and the system that took the message in said to have failed on it ("MS Mail Connector failed parsing the
    # message content", Exchange's connector in Microsoft KB Q191163, round 48's tuning miss): it went no further.
    r"\bfailed (?:parsing|processing|to parse|to process) (?:the |this |your )?(?:message|e-?mail|mail)\b",
    # An application that receives mail could not take the message in (GitLab's "[Rejected]" reply: "your email
    # message to GitLab could not be processed"; Phabricator's mail receiver, "Your email to Phabricator was not
    # processed, because an error occurred", PhabricatorMetaMTAReceivedMail.php sendExceptionMail): the message,
    # named as such, was not accepted where it was sent.  ("... has not been processed yet" is a queue's promise.)
    r"(?:message|e-?mail|mail) (?:to (?:\S{1,100} ){1,3})?(?:could ?n[o']t be|was ?n[o']t|has ?n[o']t been) "
    r"processed(?! yet)",
    # ... and the mail the reader sent, named by its sending, then said not to have been processed, with its subject in
    # between and no address (Moodle's inbound-mail error notice, tool_messageinbound messageprocessingerror in its
    # Spanish and Italian language packs: "ha enviado un correo electrónico con el asunto "...", pero no se ha podido
    # procesar", "Hai inviato un'email che ha per oggetto "...", purtroppo Moodle non è riuscito ad elaborarla").
    r"\bha enviado un (?:correo(?: electrónico)?|mensaje)\b.{0,200}? no se (?:ha podido|pudo) procesar|"
    r"\bhai inviato (?:un'? ?e-?mail|un messaggio)\b.{0,200}? non (?:è riuscit[oa]|è stato possibile) "
    r"(?:ad? )?elaborar",
    # A service's account of an attempt that did not succeed ("An attempt to deliver an outbound message for your
    # alias ... has failed", "An attempt to send or reply from your alias ... was just made which failed":
    # addy.io's notices to its users, whose sentence names an alias, with dots, in the gap).
    r"attempts? to (?:deliver|send|reply|relay|forward)\b.{0,200}? (?:has |have |had |which )?failed\b",
    # ... and a mail server (or mailbox) that refused it, named as the one that did (`REFUSED_BY_SERVER`).
    _REFUSED_BY_SERVER,
    # Exchange: "did not reach some or all of the intended recipients", "could not be reached"
    r"did not reach|not reach (?:the|all|some)|could not reach",
    # Office 365's NDR draws the failure as a diagram whose row names the party that must act, "Action Required"
    # over "Recipient" (or "Sender"), table cells apart (a paste flattens them to "Action Required |   | Recipient").
    r"action required[\s|]{1,40}(?:recipient|sender)\b",
    # Exchange's IMS: "The following recipients did not receive the attached mail."
    r"recipients?(?:\(s\))? did ?n[o']t receive",
    # ... the same meaning, the recipients as the ones who did not receive the message, in the file-sharing
    # service FileSender's bounce reports (language/<locale>/bounce_report.mail.php): German "ein oder mehrere Ihrer
    # Empfänger haben Ihre Nachricht(en) nicht erhalten", French "Certains de vos destinataires n'ont pas pû reçevoir
    # votre message" (its accents as written there, and as they should be), Spanish "Uno o más de sus destinatarios no
    # recibieron su(s) mensaje(s)"; Czech says the delivery failed for some recipients, "u některých z příjemců selhalo
    # doručení zprávy".
    r"empfänger\w* (?:\S+ ){0,4}?(?:hat|haben) (?:\S+ ){0,4}?nicht (?:erhalten|empfangen|bekommen)",
    r"destinataires? (?:\S+ ){0,2}?n['’](?:a|ont) pas (?:p[uû] re[cç]evoir|reçu)",
    r"destinatarios? (?:\S+ ){0,2}?no (?:recibi(?:ó|eron)|ha(?:n)? recibido|pudo recibir|pudieron recibir)",
    r"selhalo doručení|doručení (?:\S+ ){0,2}?selhalo",
    r"(?:had|having) (?:trouble|problems?) delivering (?:your|the) message|"
    # DragonFly Mail Agent: "There was an error delivering your mail to <a>."
    r"error (?:while |when )?delivering (?:your|the) (?:mail|message)",
    r"the following (?:address(?:\(es\)|es)?|recipients?\(?s?\)?) (?:failed|had)",
    # German, French, Spanish, Italian, Portuguese, Dutch, Polish
    r"nicht zugestellt|unzustellbar|nicht zustellbar|konnte nicht .{0,40}zugestellt|konnte nicht .{0,40}verteilt",
    # ... the writer could not pass on or post the reader's message, qmail's "I wasn't able to deliver your message"
    # in German ("dass ich Ihre Nachricht mit dem Titel ... nicht weiterleiten und/oder veröffentlichen konnte",
    # ElkArte's post-by-email bounce template, themes/default/languages/german/Maillist.german.formal.php).
    r"(?:ihre|deine) nachricht\b.{0,120}? nicht (?:\S+ (?:und/oder|oder) )?"
    r"(?:weiterleiten|zustellen|veröffentlichen) (?:konnte|können)\b",
    # ... French with either apostrophe, and the message "could not be passed on" ("n’a pas pu être transmis", Zimbra's
    # ZsMsg_fr.properties mobile_send_failure_report_message, round r63wild)
    r"n['’]a pas pu être (?:remis|livré|distribué|transmis)|non (?:remis|distribué)|échec de (?:la )?remise",
    r"no (?:se )?(?:pudo|puede) (?:ser )?entregar|no (?:ha podido|pudo) ser entregado|no entregado",
    r"non (?:è stato|ha potuto essere) recapitat|non recapitat|impossibile recapitare",
    r"não (?:pôde|foi possível) (?:ser )?entreg|não (?:foi )?entregue",
    # Finnish, Greek, Slovak (a list manager's refusal of a post: "could not be forwarded to the list")
    r"ei voitu välittää|δεν παραλήφθηκε|nebolo možné doručiť",
    # ... Finnish also names the act, the sending or the delivery of the mail, and says it did not succeed
    # ("Sähköpostin lähettäminen kohteeseen <a> (otsikolla ...) ei onnistunut", Discourse's server.fi.yml, round
    # r61wild; "toimitus epäonnistui", delivery failed), or that the mail could not be delivered ("ei voitu
    # toimittaa"); Czech says it was not delivered ("zpráva nebyla doručena") or cannot be ("nelze doručit").
    r"(?:lähettäminen|toimittaminen|lähetys|toimitus)\b.{0,200}? (?:ei onnistunut|epäonnistui)|"
    r"ei voitu (?:toimittaa|lähettää)|nebyl[ao]? (?:\S+ )?doručen|nelze (?:\S+ )?doručit",
    # ... Dutch in the present as in the past ("kan niet worden bezorgd", can not be delivered), Polish "nie udało się
    # dostarczyć" (delivering did not succeed): Zimbra's ZsMsg_nl/_pl.properties mobile send-failure reports, round
    # r63wild's tuning part.
    r"k[oa]n niet worden (?:afgeleverd|bezorgd)|onbestelbaar|nie (?:został[ao]? )?dostarczon|"
    r"nie udało się (?:\S+ ){0,2}?dostarczyć",
    # Russian, Chinese, Japanese, Korean
    r"не (?:может быть|было|удалось) ?(?:доставлен|доставить)|недоставлен",
    r"无法发送|無法發送|无法投递|发送失败|投递失败|未能送达|送信できませんでした|配信できませんでした|"
    # ... and its noun, "undeliverable" ("配信不能": the tag Japanese notices put before the returned Subject,
    # Exchange/Outlook's "配信不能: <subject>", Zammad's ja "[配信不能]").
    r"配信不能|"
    # Chinese providers open their notices with "your mail was returned" (163: "您的邮件被退回来了").
    r"(?:邮件|郵件|信件)(?:已经?)?被退回|"
    r"届きませんでした|전송(?:에)? 실패|전달되지 않",
    # ... and "could not be delivered (to one or more recipients)" in the languages of Zammad's postmaster reply
    # to an oversized mail (app/views/mailer/email_oversized/<locale>.txt.erb): Czech "se nepodařilo ... doručit",
    # Polish "nie mógł zostać dostarczony", Danish (and Norwegian) "kunne ... ikke leveres", Swedish "kunde ...
    # inte (att) levereras", Croatian, Serbian and Slovenian "nije (bilo) moguće isporučiti" / "ni bilo mogoče
    # dostaviti", Lithuanian "negali būti pristatytas", Romanian "nu a putut fi livrat", Turkish "teslim
    # edilemedi", Ukrainian "не вдалося доставити", Korean "전달할 수 없었습니다": the plain words for an undelivered
    # message in each language.
    r"nepodařilo (?:\S+ ){0,5}?doručit|nie (?:mógł|mogła|mogło|mogły) zostać dostarczon|"
    r"kunne (?:\S+ ){0,2}?ikke (?:af)?leveres|kunde\b.{0,120}? inte (?:att )?levereras|"
    r"nije (?:bilo )?moguće isporučiti|није (?:било )?могуће испоручити|ni (?:bilo )?mogoče dostaviti|"
    r"negali būti pristatyt|nu a putut fi livrat|teslim edilemedi|не вдалося (?:\S+ ){0,2}?доставити|전달할 수 없|"
    # ... and its adjective, "undeliverable", as those replies tag their Subject ("[Non délivrable]", "[neisporučivo]",
    # "[nedoručiteľné]", "[nedostavljivo]", "[nepristatytina]", "[nelivrabil]", "[전달 불가]").
    r"non délivrable|neisporučiv|неиспоручив|nedoručiteľn|nedostavljiv|nepristatyt|nelivrabil|전달 불가",
    # ... and "could not be delivered" in three more languages, from round r66wild's tuning part (the bodies of
    # Zimbra's mobile send-failure reports): Hungarian "nem sikerült eljuttatni" (did not succeed in getting it
    # there; "kézbesíteni", to deliver, its everyday synonym), Catalan "no s'ha pogut lliurar" (either
    # apostrophe; "entregar", its synonym), Indonesian "tidak bisa dikirim" / "tidak dapat dikirim" (could not be
    # sent off).
    r"nem sikerült (?:\S+ )?(?:eljuttatni|kézbesíteni)|no s['’]ha pogut (?:lliurar|entregar)|"
    r"tidak (?:bisa|dapat) dikirim|"
    # ... and Basque "ez da bidali" (it was not sent) / "ezin izan da bidali|entregatu" (it could not be sent,
    # delivered), round r66wild's Basque send-failure report.
    r"\bez da bidali\b|\bezin izan da (?:bidali|entregatu)\b",
)
UNDELIVERED: Final = _searched("|".join(_UNDELIVERED))

# The *sending* of the reader's message named as what failed, as a notice's Subject says it ("Warning: send failed",
# German "Senden fehlgeschlagen", French "L'envoi a échoué", Spanish "no se pudo realizar el envío", Dutch "verzenden
# mislukt", Portuguese "falha no envio", Polish "wysyłanie nie powiodło się": the Subjects of Zimbra's mobile
# send-failure report, ZsMsg*.properties mobile_send_failure_report_subject, round r63wild's tuning part).  Sending is
# done to a message, so a Subject that says it failed speaks of a message as "Undelivered Mail" does, though it names
# none (`bouncelib._dsn.general._returns_what_it_reports`).  Round r66wild's tuning part added the same meaning in
# three more languages: Russian "отправка не удалась" (the sending did not succeed; also "не удалось отправить", could
# not send), Portuguese "envio sem sucesso" (sending without success; also "o envio falhou") and Norwegian Bokmål
# "sending mislyktes" (sending failed; "sendingen", the definite form).
SENDING_FAILED: Final = _searched(
    r"\bsend(?:ing)? (?:has |had )?failed\b|\bfailed (?:to send|sending)\b|"
    r"\b(?:senden|versand|versenden) (?:ist )?fehlgeschlagen\b|"
    r"\bl['’]envoi (?:a |avait )?échoué|\béchec de l['’]envoi\b|"
    r"\bno se (?:pudo|ha podido) (?:realizar el )?env[ií]o\b|\b(?:error|fallo) (?:en|de)l? env[ií]o\b|"
    r"\b(?:verzenden|verzending) (?:is )?mislukt\b|"
    r"\bfalha (?:no|ao|do) envi(?:o|ar)\b|"
    r"\b(?:wysyłanie|wysłanie) (?:\S+ )?nie powiodło się\b|\bnie udało się wysłać\b|"
    r"\bотправка (?:\S+ )?не удалась|\bне удалось отправить|"
    r"\benvio sem sucesso\b|\bo envio falhou\b|"
    r"\bsending(?:en)? (?:har )?mislyktes\b"
)

# The sender's message refused where it was sent, for reasons the notice gives ("Your message to devel has been
# rejected for the following reason(s):", French "Votre message sur la liste devel a été refusé pour les raisons
# suivantes", German "Ihre Nachricht an devel wurde aus folgenden Gründen abgelehnt": Majordomo 2's files/<lang>/
# ack_denial, the list named by its name only): a refusal of that message, not a moderator's decision on a request.
_POST_REFUSED: Final = (
    r"your (?:message|e-?mail|mail|post(?:ing)?) to \S{1,100} (?:has been|was) (?:rejected|refused|denied) "
    r"(?:for|because)\b|"
    r"votre (?:message|courriel) (?:sur|pour|à) la liste \S{1,100} a été (?:refusé|rejeté)|"
    r"(?:ihre|deine) nachricht an \S{1,100} wurde (?:aus (?:folgenden|diesen) gründen|wegen)\b.{0,60}?abgelehnt|"
    # ... and the Subject Majordomo 2 gives that notice in every locale, untranslated ("Denied post to devel", its
    # "Stalled post to devel" over a held one: Mj::Resend's post, -From $owner, -Subject "Denied post to $list",
    # https://github.com/jasontibbitts/majordomo lib/Mj/Resend.pm): the refusal said in no notice language.
    r"\bdenied post to \S{1,100}|"
    # ... or refused without the verb, by what the notice tells the sender of the message it answers: the message
    # over the limit of the address it was sent to ("Your message was too big. Allowed are up to 10240KB", the
    # Schleuder list server's locales/en.yml errors.*; "Your message is too big", a Sieve reject's reason), or a
    # step of the receiving system that failed on it ("Decrypting your message failed", ibid.): why that message
    # went no further.  (A rule of the address stated alone is `RULE_STATED`, read with more care.)
    r"\byour (?:message|e-?mail|mail|post(?:ing)?) (?:was|is) (?:too (?:big|large|long)|(?:larger|bigger) than)\b|"
    r"\b(?:decrypting|decryption of|verifying|verification of|processing|parsing) your (?:message|e-?mail|mail) "
    r"(?:has )?failed\b|"
    r"\b(?:could ?n[o']t|can ?n[o']t|failed to|unable to) (?:decrypt|verify) your (?:message|e-?mail|mail)\b"
)
POST_REFUSED: Final = _searched(_POST_REFUSED)

# A rule of the address written to, on who may send to it or what a message to it must be ("Only subscribed addresses
# may send messages to this address", "Messages to this address must be OpenPGP-signed": the Schleuder list server's
# answer to a post it did not distribute, locales/en.yml errors.*).  Said in answer to a message, it is why that
# message went no further: a refusal.  The same rule also stands in a list's welcome and in an acknowledgement of a
# message received (`RULE_STATED_ELSEWHERE`): there it tells the reader the rules, it refuses nothing.  Not a held
# posting either (`MODERATION_HOLD`, read before), nor a challenge (read first).
RULE_STATED: Final = _searched(
    r"\bonly (?:\S+ ){1,3}(?:may|can|are (?:allowed|permitted) to) (?:send|post|write)(?: \S+)? to "
    r"(?:this|the) (?:address|list|mailing list|group|mailbox)\b|"
    r"\b(?:messages|mails?|e-?mails|posts|postings) (?:sent |posted )?to this (?:address|list|group|mailbox) must\b|"
    # ... said of the address as what it is: one that only receives mail from the sender it allows ("a is a special
    # email address that only receives emails from its authorized user", SimpleLogin's answer to an outside sender
    # writing to a reverse alias, with the Subject that says so gone).
    r"\b(?:address|alias|mailbox|list|group)(?: that| which)? only (?:receives?|accepts?) "
    r"(?:messages|e-?mails?|mails?|posts|postings) from\b"
)
# Where a rule of the address is stated to tell it, not to refuse: a welcome to a list or a subscription taken
# (Sympa's welcome.tt2 "Welcome to list devel@..."), a message received and thanked for (an auto-acknowledgement).
RULE_STATED_ELSEWHERE: Final = re.compile(
    r"\bwelcome to\b|\byou (?:are|have been) (?:now )?subscribed\b|"
    r"\bsubscription (?:\S+ ){0,6}?(?:confirmed|activated)\b|"
    r"\b(?:we|i) (?:have |'ve )?received your (?:message|e-?mail|mail|request)\b|"
    r"\bthank(?:s| you) for (?:your|the) (?:message|e-?mail|mail|post(?:ing)?)\b"
)

# A person's decision on something that is not a mail message: a list's creation, a request, a document for the
# list's shared space ("devel@lists.example.org mailing list has been rejected by listmaster", Sympa 6.2's
# list_rejected.tt2; "Your document roadmap.pdf ... has been rejected", d_reject_shared.tt2).  Said of such a
# thing, "rejected" tells nothing of a delivery: the words are set aside before the failure words are looked for.
NOT_A_MESSAGE_REJECTED: Final = re.compile(
    # (the list named by its address: "Your message to the Devel mailing-list was rejected" is a post refused)
    # (the address bounded: an unbounded "\S+@" tried from every character of a long word is quadratic)
    r"(?:[^\s@]{1,64}@[^\s@]{1,255} mailing list|\blist creation|\bcreation of (?:the )?(?:mailing )?list \S+|"
    r"\b(?:(?:un)?subscription|membership|(?:subscription|creation|list|membership|join) request|document)\b)"
    r"(?: \S+){0,3}? "
    r"(?:has been|have been|was|were|is) (?:rejected|refused|declined|denied)\b",
)

# A part of the message (an infected or unreadable attachment) said not to have been delivered, to the end of its
# sentence: the part was held back and the message went on without it (MailScanner's sender virus and error reports,
# "Qualquer parte do e-mail que estava infectada não pôde ser entregue", round r67wild's tuning part; the same
# meaning in the other languages its reports are written in: "any part(s) of the message", "Teile der Nachricht",
# "portions du courriel", "delen van het bericht", "parte del messaggio", "partes del mensaje", Czech "část zprávy").
# What a notice says of a part is no failure of the message: the words are set aside before the failure words are
# looked for, as `NOT_A_MESSAGE_REJECTED`'s are.
PART_OF_MESSAGE: Final = re.compile(
    r"\b(?:parts?|partes?|parti|teile|portions?|delen|části?|casti?)\b(?: [^\s.!?]+){0,3}? "
    r"(?:(?:of (?:the|this|your)|do|da|del|dell[ao]|della|der|du|de la|van het|van uw) "
    r"(?:e-?mail|message|mail|mensagem|mensaje|messaggio|nachricht|courriel|bericht)|zpr[aá]vy)\b[^.!?]{0,200}"
)

# Words that also describe what a person or a list did ("rejected by the list moderator", "bounced",
# "returned"): a failure beside a reply or an address, not on their own.
_OTHER_FAILURE: Final = _searched(
    "|".join(
        (
            r"(?:recipient|address)(?:es)? (?:was |were )?rejected|rejected (?:by|your message|the message)|"
            r"rejected (?:the )?recipient",
            r"bounced|has been returned|returned to (?:the )?sender|message (?:was )?refused|"
            r"returned mail|returning message to sender",
            r"envelope expired|retry time ?out|given up|giving up|too many failures|fehlgeschlagen",
            # A filter that threw the message away ("This message has been destroyed", MailScanner's
            # sender reports, in their languages): the message as a whole, not a recipient, was refused.
            # Dovecot's LDA and Sieve's reject: "Your message to <a> was automatically rejected:" and why.
            r"(?:this|the|your) (?:message|e-?mail|mail) (?:to \S{1,100} )?(?:has been|was) (?:automatically )?"
            r"(?:rejected|destroyed|deleted|discarded)|"
            # ... and the message *to a mailing list* refused, the list named by its display name ("Your
            # message to the Devel mailing-list was rejected for the following reasons", Mailman 3's reject
            # chain in its English, German, French and Portuguese templates): the list, a recipient, refused it.
            r"your (?:message|e-?mail|mail|post(?:ing)?) to (?:the )?\S{1,100} (?:mailing[- ]?)?list "
            r"(?:has been|was) (?:automatically )?rejected|"
            r"(?:ihre|deine) nachricht an die (?:mailing)?liste \S{1,100} (?:wurde|ist)(?: \S+){0,4}? abgelehnt|"
            r"votre message (?:à destination de|pour|à) la liste(?: de diffusion)? \S{1,100} a été rejeté|"
            r"mensagem para a lista(?: de discussão)? \S{1,100} foi rejeitada|"
            # ... the same sentence, "your message (post) to the <name> list was refused", in the other
            # languages of that template seen in the tuning part (round r50wild, a Mailman 3.3.10 run):
            # Slovak, Bulgarian, Indonesian, Esperanto. Each names the message (or post) the reader sent, the
            # list it went to, and the refusal; a list's own word for itself ("konferencia", "milis",
            # "dissendolisto") as its mailing list. (The run's Czech, Ukrainian and Chinese notices were left
            # out at merge: those locales' catalogues have test-part cases, split.catalogue_key.)
            r"vaša správa (?:do|pre|na) (?:mailing-?list|konferenci(?:a|u|i)) \S{1,100} bola odmietnut\w*|"
            r"(?:съобщението|писмото) (?:ти|ви) до (?:пощенския )?списък \S{1,100} (?:беше|бе|е) отхвърлено|"
            r"pesan anda (?:ke|untuk) (?:milis|daftar surat) \S{1,100} ditolak|"
            r"via (?:mesaĝo|afiŝo) al la (?:dissendolisto|listo) \S{1,100} estis (?:malakceptita|rifuzita)|"
            # ... and Hebrew, "your message to the mailing list <name> was rejected" ("הודעתך לרשימת הדיוור <name>
            # נדחתה", Mailman 3.3.10's he template, round r78mlm's tuning part): "הודעתך" (your message) or "ההודעה
            # שלך", the list ("רשימת הדיוור", the mailing list, its "ל" / "אל" for "to"), then "נדחתה" / "נדחה"
            # (was rejected, feminine and masculine).
            r"(?:הודעתך|ההודעה שלך) (?:אל )?ל?רשימת (?:ה?דיוור |ה?תפוצה )?\S{1,100} נדח(?:תה|ה)|"
            # ... and Korean, the list first and the message "about" (sent to) it, then its refusal:
            # "<name> 메일 링리스트에 대한 귀하의 메시지는 다음과 같은 이유로 거절되었습니다" (your message to the
            # <name> mailing list was rejected for the following reasons; Mailman 3.3.10's ko template, round
            # r70wild's tuning part).
            # The list as a mailing list however it is spaced, or as a list ("목록"); "보낸" (sent to) for "대한";
            # "거부" (refused) the everyday synonym of "거절" (rejected), both followed by "되었" / "됐" (was).
            r"(?:메일 ?링 ?리스트|목록)에 (?:대한|보낸) (?:귀하의 |당신의 )?(?:메시지|메일|게시물)[은는이가] "
            r"[^.!?\n]{0,40}?(?:거절|거부)(?:되었|됐)|"
            + _POST_REFUSED
            + r"|"
            r"nachricht wurde (?:gelöscht|vernichtet|abgewiesen)|bericht is (?:vernietigd|verwijderd|geweigerd)|"
            r"mensagem foi (?:destru[ií]da|apagada|rejeitada)|(?:uzenet|üzenet) (?:torolve|törölve)|"
            # The refused message named as such, as English "message refused": mlmmj's Portuguese refusal of
            # a post to its list, "(O início da mensagem recusada está em baixo.)".
            r"mensagem (?:foi )?recusada|"
            r"meddelandet har (?:tagits bort|raderats)|sprava bola (?:znicena|zmazana)|"
            # ... the same sentence, "this message has been rejected (deleted)", in Spanish and Czech (MailScanner's
            # sender content reports, round r67wild's tuning part: "Este mensaje ha sido rechazado", "Zprava byla
            # vymazana", its Czech written without accents as there; "smazána", "odmítnuta", "zničena" are the
            # everyday synonyms), and a gateway that says it refuses to pass the reader's mail on (French "refuse de
            # transmettre le courriel que vous venez d'envoyer"): the message as a whole, not a part of it.
            r"(?:este|el|su|tu) (?:mensaje|correo(?: electrónico)?) (?:ha sido|fue) "
            r"(?:rechazado|eliminado|borrado|destruido|descartado)|"
            r"zpr[aá]va byla (?:vymaz[aá]n[aá]|smaz[aá]n[aá]|odm[ií]tnut[aá]|zni[cč]en[aá])|"
            r"refuse de (?:transmettre|remettre|distribuer|livrer|délivrer) (?:le|ce|votre) "
            r"(?:courriel|message|mail|e-?mail)",
            # The reader's message *to an address* said not to have worked, or not to have been processed: the
            # answer of a service that takes mail at that address and could not act on it (Discourse's
            # system_messages.email_reject_* in its German and Spanish catalogues, round r54wild: "deine
            # E-Mail-Nachricht an <a> (Titel: ...) hat nicht funktioniert" (or "hat ... nicht funktioniert"), "...
            # konnte nicht verarbeitet werden",
            # "mit deiner E-Mail-Nachricht an <a> ... gab es ein Problem"; "tu mensaje de correo electrónico a <a>
            # (con el título ...) no funcionó").  The message, the address it went to and the failure, in one
            # sentence.
            r"(?:deine|ihre|deiner|ihrer|die) (?:e-?mail-?)?nachricht an \S{1,254}.{0,200}? "
            r"(?:(?:hat )?nicht (?:funktioniert|geklappt)|konnte nicht (?:verarbeitet|zugestellt) werden|"
            r"gab es ein problem)|"
            r"\btu (?:mensaje|correo)(?: de correo)?(?: electrónico)? (?:a|para) \S{1,254}.{0,200}? "
            r"no (?:funcionó|ha funcionado|se (?:entregó|ha entregado|pudo procesar))|"
            # ... and in Czech, the message to the address said not to have worked ("vaše e-mailová zpráva na
            # adresu <a> (s názvem ...) nefungovala", Discourse's server.cs.yml, round r61wild): "your message",
            # "to (the address)", then "did not work" in its three genders.
            r"\bvaše (?:e-?mailová |e-?mail )?(?:zpráva|e-?mail|pošta) (?:na adresu|pro|do|na) \S{1,254}.{0,200}? "
            r"(?:nefungoval[ao]?|nebyl[ao]? zpracován[ao]?)",
            # The reader's submission -- the mail it sent to an application that files mail as items (an issue
            # tracker, a help desk) -- said to have failed ("Failed issue tracker submission", the Subject of
            # Roundup's mail gateway replies, roundup/mailer.py bounce_message; "Submission failed"): that mail was
            # not taken where it was sent.
            r"\bfailed (?:\S+ ){0,3}?submission\b|\bsubmission (?:has |was )?failed\b",
            # ... or said, in the body, to have lacked what such an application requires of it, so not taken in
            # ("The message you sent to roundup did not contain a properly formed subject line", Roundup 2.6.0's
            # mailgw.py): what the reader sent was not accepted, and the notice says why.
            r"\bthe (?:message|e-?mail|mail) you sent to \S{1,100} did ?n[o']t contain\b",
            # ... or said not to have been recorded (filed) where it went: an application that files mail as items
            # and did not file this one ("Message not recorded", the Subject of Request Tracker 5's MailError to a
            # mail it could not attach to a ticket, round r57wild's tuning mail): the message went no further.
            r"\b(?:message|e-?mail|mail|post(?:ing)?) (?:was |has been |could not be )?not (?:recorded|filed)\b",
            # Exim: "one or more recipient addresses that were incorrectly constructed: ... This
            # address has been ignored" (a recipient refused for its syntax)
            r"addresses that were incorrectly constructed|(?:this|the) address has been ignored",
            # The sender may not write to that address ("Your email (a) is not allowed to send emails to b",
            # SimpleLogin's refusal to an outside sender writing to a reverse alias): a refusal of the sender.
            r"(?:is|are|were|was) not (?:allowed|permitted|authori[sz]ed) to send (?:e-?mails?|messages?|mail) to\b",
            # "Delivery to the following recipients was aborted after 5.0 hour(s)" (gave up after a time)
            r"(?:was|were|has been) aborted after",
            # The recipient's mailbox cannot take the message (Office 365's mailbox-full block in English,
            # French, German: "... is full and cannot accept messages at this time")
            r"(?:can ?not|can't|unable to) accept (?:any )?(?:new |more )?(?:messages|e-?mails?|mail)\b|"
            r"ne peut pas (?:accepter|recevoir) de messages|kann (?:\w+ )?keine nachrichten (?:annehmen|empfangen)",
            r"退信|退回|エラーのため",
        )
    ),
)


class _Failure:
    """Any failure: the delivery words, else the others. Two patterns searched in turn, so that the
    delivery words are compiled once (a pattern of both costs as much again at import)."""

    __slots__ = ()

    @staticmethod
    def search(text: str) -> re.Match[str] | None:
        return UNDELIVERED.search(text) or _OTHER_FAILURE.search(text)


FAILURE: Final = _Failure()

# It gave up for good: outweighs the delay wording a final notice may also use ("Deferred: ..."
# in a Sendmail transcript, "Message could not be delivered for 5 days").
PERMANENT: Final = _searched(
    r"permanent(?:ly)? (?:fatal )?(?:error|failure|failed)|failed permanently|(?:i've |have )?given up|"
    r"will not be (?:retried|delivered)|no further (?:attempts|retries)|deleted from (?:the )?queue|"
    r"could not be delivered for \d+ days|retry time ?out exceeded|envelope expired|too many failures",
)

# Still trying: a delay warning.  Postfix "THIS IS A WARNING ONLY", Sendmail "WARNING MESSAGE ONLY",
# Exim "This is a temporary error", Gmail "Delivery incomplete ... will retry", OpenSMTPD "delayed".
DELAY: Final = _searched(
    r"warning (?:message )?only|do ?n[o']t need to re-?send|not need to re-?send|"
    r"(?:is|has been|was|are|being) delayed|delivery (?:is )?delayed|delay(?:ed)? (?:notification|warning)|"
    r"\(delay\)|delivery incomplete|will (?:be )?retr(?:y|ied)|will (?:continue|keep) (?:to )?(?:try|retry|attempt)|"
    r"delayed \d+ (?:minutes?|hours?|days?)|"
    r"will try again|still (?:trying|undelivered|being retried)|not yet (?:been )?delivered|"
    r"this is a temporary (?:error|failure|problem)|temporary failure report|"
    # Gmail heads the details of a delay "Technical details of temporary failure" (and of a final
    # failure "... of permanent failure"): the notice's own name for what it reports.
    r"details of (?:the )?temporary (?:failure|error|problem)|"
    r"retried until|retry until|still in the queue|verzögert|retardé|retrasad|ritardat|"
    # "could not yet be delivered ... Delivery will be tried again" (masqmail's warning), and the same
    # words in German, French, Spanish, Italian: not yet delivered, the next attempt is to come.
    r"(?:could|can) ?n[o']t yet be (?:delivered|sent)|not yet be (?:delivered|sent)|"
    r"will be (?:tried|attempted|retried) again|(?:further|more|next) (?:delivery )?attempts? will be made|"
    r"noch nicht .{0,60}zugestellt|wird (?:weiterhin|erneut) versucht|"
    r"n'a pas encore (?:pu )?être (?:remis|livré|distribué)|(?:sera|seront) (?:retenté|réessayé)|"
    r"todavía no (?:ha podido|se ha) (?:ser )?entrega|non (?:è )?ancora (?:stato )?recapitat",
)

# Delivered: a success DSN (Postfix "was successfully delivered", "relayed to non-DSN-aware mailer").
SUCCESS: Final = _searched(
    r"(?:was|were|has been|have been) successfully (?:delivered|relayed)|delivery (?:to .{1,80} )?"
    r"(?:was|has been) (?:successful|completed)|successfully delivered|relayed to non-dsn-aware|"
    r"\(success\)|delivery status notification \(relay\)",
)

# A list manager handing its owner a message it took for a delivery error notice: the enclosed message is the
# notice, the list manager's own words only say why it was set aside. LISTSERV's owner notices ("The enclosed
# message, found in the <list> mailbox ..., has been identified as a possible delivery error notice for the
# following reason: ...", its.uiowa.edu and wiki.uky.edu's LISTSERV owner pages).
FORWARDED_ERROR_NOTICE: Final = re.compile(r"identified as an? (?:possible )?delivery error(?: notice)?")

# A list manager telling a member (or its owner) that it *received* bounces from an address: a bounce probe
# ("This is a probe message ... has received a number of bounces from you"), a notice that the subscription was
# disabled because of them.  The mail reports earlier failures of other mails; it is not itself a failure, even
# when the word for those bounces is one of the delivery words ("unzustellbare Rückläufer").  Read from Mailman
# 3.3.10's list:user:notice:probe and :warning templates in en, de, fr, es, it, nl, pt.  The bounces may be called
# by the reports' own name, and the list may speak in the first person (Sympa 6.2's automatic_bounce_management.tt2
# to the list owner: "Because we received MANY non-delivery reports, the 1 subscribers listed below have been
# removed"): the addresses it lists are members whose earlier mail bounced, not recipients of a failed message.
BOUNCES_RECEIVED: Final = _searched(
    r"(?:has|have|had|we|i) received (?:a (?:number|lot) of |many |several |numerous |too many |excessive )?"
    r"(?:bounces|bounce (?:messages|reports|notices)|non-?delivery (?:reports|notices|notifications|messages)|"
    r"delivery (?:failure|error|status) (?:reports|notices|notifications|messages))|"
    r"bounces (?:were |have been |had been )?received|"
    # ... or says the member's mail *caused* them: "Messages from list devel that were sent to your address a have
    # generated non-delivery reports since <date>" (Sympa 6.2's user_notification.tt2, auto_notify_bouncers).
    r"(?:has|have|had) (?:generated|caused|produced) (?:a (?:number|lot) of |many |several |numerous )?"
    r"(?:bounces|bounce messages|non-?delivery (?:reports|notices|notifications))|"
    r"(?:zahlreiche |mehrere |viele )?(?:unzustellbare )?rückläufer (?:erhalten|empfangen)|"
    r"a reçu (?:un nombre (?:important )?de |plusieurs |de nombreux )?rejets|"
    r"(?:ha recibido|recepción de) (?:varios |numerosos |un número de )?rebotes|"
    r"ricevuto (?:numerosi |diversi |una serie di )?(?:messaggi di mancato recapito|rimbalzi)|"
    r"afleveringsfouten ontvangen|"
    r"recebeu (?:algumas |várias |uma quantidade de |um número de )?devoluções",
)

# A notice that delivery *to you*, the reader, failed or ran into problems: it goes to the address that could not
# be reached (the mailbox owner, a list member), not to the sender of a failed message, so it reports no failure of
# a message the reader sent.  Read from hMailServer's MESSAGE_FILE_MISSING server message ("The mail server could not
# deliver the message to you since the file ... does not exist") and the Courier mailing list manager's warning to a
# member ("There have been problems delivering messages to you from this mailing list"), both in the tuning part.
# Round r76list (issue 11): the same meaning with "your address" for "you", and in Czech, from Mailman 2.1's bounce
# probe to a member (templates/cs/probe.txt, a tuning mail of corpus/wild: "Konference <list> má problémy s doručováním
# příspěvků na vaši adresu", the list has problems delivering posts to your address): problems (problém, plural
# problémy) with delivering (doručování, the verbal noun of doručovat, to deliver) to "your" (vaši) address or to "you"
# (vám).  The notice goes to the address that could not be reached; it reports no failure of the reader's message.
_R76_LIST_WORDS: Final = (
    r"\bproblém\w{0,2} (?:s |při )?doručování\w{0,2} (?:\S+ ){0,2}?(?:na vaši|vám)\b",
)
DELIVERY_TO_YOU_FAILED: Final = _searched(
    r"\b(?:(?:could not|couldn't|cannot|can't|was unable to|were unable to|unable to|failed to) deliver|"
    r"(?:problems?|trouble|difficult(?:y|ies)|errors?) (?:in )?delivering) "
    r"(?:the |this |a |any |some |your |our )?(?:(?:e-?mail |mail |list )?messages?|mails?|e-?mails?|posts?) "
    r"to you(?:r (?:e-?mail )?address)?\b|" + "|".join(_R76_LIST_WORDS),
)

# A list manager's probe: the mail itself is a test of whether the member's address can be reached (a
# probe, the check whether the address is reachable); it tells of earlier bounces, it reports no failure of its own.
# Read from ezmlm-idx's text/bounce-probe in de ("ein weiterer Versuch zu prüfen, ob Ihre Adresse erreichbar ist")
# and nl ("een test om te zien of uw adres bereikbaar is"); the adjective says what is tested, in either word order.
# (Only the tuning part's languages: the English template, ezmlm-idx's lang/en_US, is in the frozen test part.)
REACHABILITY_PROBE: Final = _searched(
    r"\b(?:test|versuch|proef)\b.{0,40}?\b(?:ob|of)\b (?:ihre|deine|uw|je) "
    r"(?:e-?mail[- ]?)?(?:adresse|adres)\b(?: \S+){0,2}? "
    r"(?:erreichbar|bereikbaar)\b",
)

# A list that holds a posting for its moderators ("Your message to devel has been delayed, and requires the approval
# of the moderators", Majordomo 2's files/en/ack_stall; Mailman's "awaits moderator approval"): the message waits for
# a person of the list, not for a mail server; whatever its "delayed" words, no delivery failed or is being retried.
MODERATION_HOLD: Final = _searched(
    r"(?:requires?|requiring|awaits?|awaiting|needs?|pending|waiting for|subject to) (?:the )?"
    r"(?:approval of (?:the |a |one of the )?(?:list )?moderators?|(?:list )?moderator'?s? approval)",
)

# The notice says the message was taken in after all ("We have accepted the email anyway", "we are accepting it
# anyway": pymilter's strike3 warning to a sender whose configuration is broken, written in the words of a delay
# DSN): whatever its "warning" or "delayed" words, it reports no failure and no delay.
ACCEPTED_ANYWAY: Final = _searched(
    r"(?:have|has|was|were|is|are) (?:been )?(?:accepted|delivered) (?:\S+ ){0,3}?anyway|accepting (?:it|them) anyway",
)

# The writer's absence and the date that ends it in one clause of other languages: the writer (first person) is away,
# out of the office or on leave, and "until" with its date, in either order; `_CLAUSE` is a character of that clause (a
# dot inside or after a date's number, "14.12.2026", "3. März", does not end it).  Read from the default out-of-office
# text of KMail's libksieve catalogues (Debian libkf5ksieve-data 22.12.3; tuning part: de "Ich bin bis <date> nicht im
# Büro", fr "Je suis absent(e) jusqu'au <date>", es "Estoy fuera de la oficina hasta", it "Sarò fuori ufficio fino al",
# pt_BR "Estarei ausente do escritório até", ru "Я отсутствую на месте до", sv "Jag är borta till", tr "<date> tarihine
# kadar ofis dışında olacağım").
_CLAUSE: Final = r"(?:[^.\n]|(?<=\d)\.|\.(?=\d))"
_ABSENT_UNTIL_ABROAD: Final = (
    rf"\bich bin\b{_CLAUSE}{{0,40}}?\bbis\b{_CLAUSE}{{0,40}}?\b(?:nicht im büro|abwesend|im urlaub|nicht erreichbar)",
    rf"\bich bin (?:\S+ )?(?:nicht im büro|abwesend|im urlaub)\b{_CLAUSE}{{0,30}}?\bbis\b",
    rf"\bje (?:suis|serai) (?:\S+ )?(?:absente?(?:\(e\))?|en congés?|en vacances|hors du bureau)"
    rf"{_CLAUSE}{{0,30}}?\bjusqu",
    rf"\b(?:estoy|estaré) (?:\S+ )?(?:fuera de la oficina|ausente|de vacaciones)\b{_CLAUSE}{{0,30}}?\bhasta\b",
    rf"\b(?:sono|sarò) (?:\S+ )?(?:fuori (?:dall')?ufficio|assente|in ferie)\b{_CLAUSE}{{0,30}}?\bfino a",
    rf"\b(?:estou|estarei) (?:\S+ )?(?:ausente|fora do escritório|de férias)\b{_CLAUSE}{{0,30}}?\baté\b",
    rf"\bя (?:\S+ )?(?:отсутствую|в отпуске|не в офисе)\b{_CLAUSE}{{0,30}}?\bдо\b",
    rf"\bjag är (?:\S+ )?(?:borta|ledig|på semester|inte på kontoret)\b{_CLAUSE}{{0,30}}?\b(?:till|tills)\b",
    rf"\bkadar\b{_CLAUSE}{{0,30}}?\b(?:ofis dışında|izinde|tatilde)\b{_CLAUSE}{{0,20}}?\b(?:olacağım|bulunacağım)",
)

# An absence notice in its own words, two meanings in one sentence or the next: the writer is away ("I am out of the
# office", "I will not be reading my mail for a while": the BSD vacation program's default text; "I will be out of the
# office from ... until ...": Lotus Notes' agent; "I am on vacation/holiday/leave") and says when that ends ("until",
# "when I return", "will be back", "upon my return").  Either alone is a person's sentence; the two together say
# what an automatic reply says, whatever its headers and Subject (RFC 3834 headers are often missing on old agents).
ABSENT_UNTIL: Final = _searched(
    r"\b(?:(?:i am|i'm|i will be|i'll be|i shall be)[ \t]+(?:currently[ \t]+|now[ \t]+)?"
    r"(?:out of (?:the )?office|away from (?:my|the) (?:desk|office|e-?mail|mail)|"
    r"on (?:vacation|holiday|holidays|leave|annual leave|sick leave|parental leave|a business trip))"
    r"|i (?:will|shall) not be (?:reading|checking) my (?:e-?)?mail)\b"
    r"[^\n]{0,200}?(?:\n[^\n]{0,200}?){0,2}?"
    r"\b(?:until|till|when i (?:get back|return|am back|come back)|(?:will|shall) be back|upon my return|"
    r"on my return|return(?:ing)? on)\b|"
    # The same two meanings in one clause of other languages (`_ABSENT_UNTIL_ABROAD`).
    + "|".join(_ABSENT_UNTIL_ABROAD),
)

# Challenge/response and whitelisting services: the recipient's filter holds the message until
# the *sender* proves itself (TMDA "To release your message for delivery, please send an empty
# message", EarthLink spamBlocker "allow incoming messages only from senders I have approved",
# "confirm that you are a human").  The text asks the sender to act; no delivery failed yet.
CHALLENGE: Final = _searched(
    r"(?:to|please) (?:release|confirm|verify) (?:your|the|this) (?:\S+ ){0,2}?"
    r"(?:message|e-?mail|mail|posting\b|post\b)|"
    # ... or answers the notice so that the held message goes out ("If this message is legitimate, please reply, and
    # we will release it": a list service holding a posting it suspects).
    r"repl(?:y|ies)\b.{0,30}? we will release (?:it|your)|"
    # A list that holds a posting until its sender confirms it (Petidomo "Your posting needs to be
    # confirmed. Do this by replying ..."): the sender's own message, the sender asked to act.
    r"your (?:message|e-?mail|mail|posting|post) (?:needs|has|must) (?:to )?be (?:confirmed|verified)\b|"
    # ... said of the list command that posts it (Majordomo 2's files/en/confirm with the reason of
    # error/access_confirm: 'the "post" command must be confirmed by the person affected by the command'): the
    # sender's own posting waits for the sender. (A "subscribe" command to confirm is a list's notice to a member.)
    r"the [\"']?post[\"']? command (?:\S+ ){0,3}?(?:must|needs to|has to) be (?:confirmed|verified)\b|"
    r"confirm (?:that )?you(?: are|'re) (?:a )?(?:human|real|not a (?:robot|spammer|machine))|"
    r"(?:prove|verify) (?:that )?you(?: are|'re) (?:a )?(?:human|real person|not a robot)|"
    r"(?:only|accept|allow)s? (?:incoming )?(?:messages|e-?mails?|mail) (?:only )?from (?:senders|people|contacts|"
    r"addresses)(?: (?:that|who|whom))? (?:i|we) (?:have )?(?:approved|know|authori[sz]ed|accepted)|"
    r"(?:list of|my) (?:approved|authori[sz]ed|accepted|trusted) senders|"
    r"(?:being held|held|pending) (?:because|until) .{0,60}(?:not been verified|verif|confirm)|"
    # ... said actively: the service holds the sender's message and asks the sender to confirm it ("it decided to hold
    # your message, and ask you to confirm": a list service holding a posting it suspects), whatever the way to confirm
    # it then names (a reply, a link).
    r"(?:hold|holds|holding) (?:your|the|this) (?:message|e-?mail|mail|posting|post)\b.{0,60}?\byou to confirm\b|"
    r"confirmation (?:request|message|e-?mail)|(?:sender|address) verification|whitelist|white-list|"
    # A list that makes every sender confirm its own postings before they go out (ezmlm-idx's text/post-confirm:
    # de "muss jeder Sender seine Einsendungen bestätigen", it "tutti i mittenti devono confermare i loro
    # messaggi", es "cada remitente debe confirmar sus propios envios"): the sender asked to act on its own mail.
    # (Not its English: lang/en_US is in the frozen test part.)
    r"jeder (?:ab)?sender (?:muss )?seine (?:einsendungen|nachrichten|mails) (?:\S+ )?bestätigen|"
    r"(?:tutti i|ogni) mittent[ei] dev(?:ono|e) confermare i (?:loro|propri) messaggi|"
    r"cada remitente debe confirmar sus (?:propios )?(?:env[ií]os|mensajes)|"
    # A person screening their own mailbox against unwanted mail who asks the sender to verify or confirm
    # (a challenge/response service's request quoted in a blog post, empoprise-bi.blogspot.com 2015/05: "I'm
    # protecting myself from receiving junk mail. Please click the link below to complete the verification
    # process."): the screening names whose mail it is (myself, my inbox), the request what the sender must do.
    r"\bprotect(?:s|ing|ed)? (?:myself|me|my (?:\S+ )?(?:in-?box|mailbox|e-?mail|mail|account|address)) "
    r"(?:\S+ ){0,2}?from (?:\S+ ){0,2}?(?:junk|spam|unsolicited|unwanted)\b.{0,200}?\b(?:verif|confirm|prove)|"
    # A message kept until its sender authenticates it by replying to the notice ("For the message to be authenticated,
    # you need to reply to this message": Moodle's answer to inbound mail from an address not in the user's profile,
    # tool_messageinbound invalidrecipientdescription, and its German, Spanish and Italian language packs: "Um Ihre
    # Mitteilung authentifizieren zu können, müssen Sie auf diese Mitteilung antworten", "Deberá responder a este
    # mensaje para que se pueda autenticar el mensaje", "Per verificare il tuo messaggio devi rispondere a questo
    # messaggio"): the sender asked to act on its own message, as a challenge asks.
    r"\bfor (?:the|your|this) (?:message|e-?mail|mail) to be (?:authenticated|verified|confirmed)\b"
    r".{0,40}?\brepl(?:y|ying)\b|"
    r"\bum (?:ihre|deine|die) (?:mitteilung|nachricht|e-?mail) (?:zu )?(?:authentifizieren|verifizieren|bestätigen)\b"
    r".{0,60}?\bantworten\b|"
    r"\bresponder a este (?:mensaje|correo)\b.{0,40}?\bpara que se pueda (?:autenticar|verificar|confirmar)\b|"
    r"\bper (?:verificare|confermare|autenticare) il (?:tuo |suo )?messaggio devi rispondere\b|"
    r"challenge[- ](?:response|e-?mail|message)",
)
# What the reader is asked to confirm is a subscription to a list, or its end ("you must confirm your subscription
# request", "... your unsubscription request": the Courier mailing list manager's sub.tmpl and unsub.tmpl, round
# r54wild): a list's notice to a (would-be) member, not a challenge to a sender whose message is held, whatever
# "confirmation request" it also says.
SUBSCRIPTION_TO_CONFIRM: Final = re.compile(r"\bconfirm (?:your |the |this )?(?:un)?subscription\b")
# A challenge that asks the sender to answer the challenge mail itself ("Do this by replying to this
# mail"): the address to confirm is the one a reply goes to.
REPLY_TO_THIS: Final = re.compile(r"repl(?:y|ying) to this (?:mail|message|e-?mail|notice)|(?:simply|just) reply\b")
# Not "approval required/request": approval is what a list's moderator or owner gives to someone
# else's posting or subscription (Mailman 2 "subscription approval request", Petidomo "Moderator approval
# required"), a request to the list's keepers, not a challenge to the sender.
CHALLENGE_SUBJECT: Final = _searched(
    r"please confirm|confirm your (?:message|e-?mail|address)|verification (?:required|request|needed)|"
    r"sender verification|challenge|whitelist|"
    # "Confirm post to <list>" (ezmlm-idx's SUB_CONFIRM_POST, lang/*/messages: de "Bestätige die Einsendung für",
    # it "Conferma l'invio a"): the sender asked to confirm its own posting.
    r"bestätige die einsendung|conferma l'invio a|"
    # "Confirm your message" in other languages (Sympa's catalogues write "Confirmez votre message pour
    # la liste ...", "Ihre Nachricht für Liste ... bestätigen"): the sender asked to confirm its own
    # message.  Not a subscription ("Confirmer votre abonnement" is a list's notice to a member).
    r"confirme[zr]? (?:votre|ton) (?:message|e-?mail|courriel|adresse)|"
    r"(?:ihre|deine) (?:nachricht|e-?mail|mail)(?: \S+){0,5} bestätigen|"
    r"bestätigen sie (?:ihre|die) (?:nachricht|e-?mail)|"
    r"confirm(?:e|a|ar) (?:su|tu|sua|a sua) (?:mensaje|mensagem|correo|e-?mail|direcci[oó]n)|"
    r"conferm(?:a|i|are) (?:il )?(?:tuo |suo |vostro )?messaggio|bevestig (?:uw|je) (?:bericht|e-?mail)|"
    # Russian (Sympa's ru catalogue: "Подтвердите ваше сообщение в рассылку ..."), not a subscription ("подписку").
    r"подтверди(?:те)? (?:ваше |своё |свое )?(?:сообщение|письмо)",
)
# A command the text gives the reader to confirm with a token: a mailto link whose Subject is "confirm <token>"
# ("mailto:sympa@...?subject=CONFIRM%203a7f0c9e"), or the command on a line of its own ("CONFIRM 3a7f0c9e2b4d6815").
# Words of no language: the same in every catalogue.  By itself it says only that something waits for the reader's
# confirmation (a subscription too); with the reader's own message returned below it, that something is the message
# (`general._confirms_own_message`).
CONFIRM_COMMAND: Final = re.compile(
    r"mailto:\S+?\?(?:\S*?&)?subject=confirm(?:%20|\+|\s)+[0-9a-z]{6,}|"
    r"^[ \t]*confirm[ \t]+[0-9a-f]{8,}[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# The address a challenge tells the sender to write to, in a sentence ("send a message to sympa@... with
# the following subject", "envoyez un e-mail à ...", "senden Sie eine Nachricht an ..."): the address
# follows these words within a few more.
SEND_A_MESSAGE_TO: Final = re.compile(
    # ... and in Russian (Sympa's ru catalogue: "Или отправьте сообщение на sympa@... со следующей темой").
    # The imperative of the familiar form and other languages of Sympa's catalogues (Debian sympa 6.2.70,
    # send_auth.tt2): es "O envía un mensaje a ...", ca "O envieu un missatge a ...", nl "Of stuur een bericht
    # naar ...", pl "Lub wyślij wiadomość do ...".
    r"\b(?:send|envoye[zr]|senden sie|schicken sie|env[ií][ae]|envia|envieu|invia(?:te)?|stuur|wyślij|отправьте|"
    r"пошлите) (?:an? |un |une |eine |einen |uma? |een )?(?:empty |blank |vide |leere |пустое )?"
    r"(?:message|e-?mail|mail|reply|nachricht|courriel|mensaje|correo|messaggio|missatge|mensagem|bericht|"
    r"wiadomość|wiadomosc|сообщение|письмо)s?(?!\w)"
    r"(?: \S+){0,3}? (?:to|à|a|an|aan|naar|para|do|на|адресу) (?=<?\S+@)|"
    # "Reply to <a> with one of the following two commands" (Majordomo 2's files/en/confirm): the address named to
    # answer to, before the owner's address it offers for talking to a person.
    r"\breply to (?=<?[^\s@<>]+@)",
    re.IGNORECASE,
)

# A line that introduces the error text below it ("This error message may give you a hint about what
# caused the failure:", "Diese Fehlermeldung ... Ursache ...:", Cyrus's "The following reason was
# given:"): it ends with a colon (perhaps inside a closing bracket) and speaks of the error, its cause
# or reason. Matched on lowercase text.
CAUSE_INTRO: Final = _searched(
    r"(?:error|reason|cause|problem|diagnos|fehler|ursache|grund|erreur|raison|errore|causa|motivo|"
    # (Spanish "razón", Italian "ragione/ragioni": "por la siguiente razón:", "per le seguenti ragioni:", Sympa's
    # 5.7.1 notice in the tuning catalogues locale/es, locale/it)
    r"razón|razones|ragione|ragioni|"
    r"原因|エラー|ошибк|причин)[^\n]{0,200}:\W{0,3}\Z|"
    # ... or Japanese "for the following reason" / "as follows" closing the sentence ("このメッセージは以下の理由で送る
    # ことができません。", "理由は以下の通りです。", Sympa's locale/ja catalogue, tuning part)
    r"以下の理由[^\n]{0,30}\Z|以下の(?:通り|とおり)(?:です)?[。.]?\Z|"
    # ... or a label that gives the remote server's answer below it (`SERVER_ANSWER_INTRO`).
    r"\b(?:host|server|mta|mx)\b[^\n:]{0,40}\b(?:said|replied|responded|answered)[ \t]*:\W{0,3}\Z|"
    # ... or a sentence that points at the cause below it and ends with a full stop: DBMail's "could not
    # be delivered due to the following error.", "The reason is given below."
    # (Indonesian "atas alasan berikut", for the following reasons: a Mailman 3 refusal, round r50wild)
    r"(?:the following (?:errors?|reasons?|problems?)|as follows|alasan(?:-alasan)? berikut|"
    r"(?:errors?|reasons?|causes?) (?:is |are |was |were )?(?:given |shown |listed )?below)[ \t]*\.?\Z|"
    # ... the same announcement in German, Spanish and Italian (Moodle's inbound-mail error notice above its error,
    # tool_messageinbound messageprocessingerror: "Die Gründe hierfür stehen hier unten.", "A continuación se
    # muestran los detalles del error.", "Di seguito i dettagli sull'errore."): the reasons or the error's details,
    # below or following.
    r"(?:gründe|ursachen?|fehler)\b[^\n]{0,40}?\b(?:unten|nachstehend)[ \t]*\.?\Z|"
    r"(?:a continuación|di seguito)\b[^\n]{0,60}?\b(?:error(?:es)?|errore|errori|motivos?|motivi)[ \t]*\.?\Z",
)

# A paragraph that offers a cause as a possibility, not as what happened: "This is usually because your mailbox
# service thinks the email is a spam", "This might mean a / - is not a valid address, or - doesn't exist, or - its
# mail server refuses your email" (SimpleLogin's notices to its users, templates/emails/transactional/bounce/).  What
# usually happens, or one of several things that might have, is no cause of this message's failure
# (corpus/LABELING.md: causes offered as alternatives say nothing about why).  Matched on the lower-cased opening words
# of a paragraph in the place where a notice's explanation stands.
POSSIBLE_CAUSE: Final = re.compile(
    r"(?:this|that|it) (?:is |was )?(?:usually|often|typically|generally|normally|mostly|probably|likely) "
    r"(?:because|due to|caused by|the result of|means)\b|"
    r"(?:this|that|it) (?:might|may|could|can) (?:mean|be because|be due to|be caused by|have been caused by)\b|"
    r"(?:some )?(?:possible|probable|likely|common) (?:reasons?|causes?|explanations?)\b"
)

# A label that gives the remote server's answer on the lines below it, the server named as the one speaking
# (Dooray!'s "* Remote host said :" with the reply after a blank line): what follows is the server's own reply,
# which says why (corpus/LABELING.md: the inner reply decides over the notice's words).  Matched on lowercase text.
SERVER_ANSWER_INTRO: Final = re.compile(
    r"\b(?:host|server|mta|mx)\b[^\n:]{0,40}\b(?:said|replied|responded|answered)[ \t]*:\W{0,3}\Z"
)

# A sentence that says the message failed "to the following addresses." (qmail and its clones: "I'm afraid I
# wasn't able to deliver your message to the following addresses.", with more words after it in the same
# paragraph; OpenSMTPD "... for the following list of recipients:"): what it points at is the next paragraph,
# the recipients and their reasons, the reason alone when the notice shows no address.  Matched on lowercase
# text with its white space folded.
NAMES_BELOW: Final = re.compile(
    r"\b(?:to|for) the following (?:list of )?(?:e-?mail )?(?:address(?:es|\(es\))?|recipients?(?:\(s\))?)\s*[.:]"
)

# A recipient's line that ends with the date and time of the attempt, as Exchange and MS Mail list a recipient
# under "The following recipient(s) could not be reached:" -- by address, display name or X.400 O/R address
# ("Public, John Q. on 2/10/00 9:54 AM", "...//cn=CR LC4B7A0994; on 07/19/1999 3:12 PM"): the line names whom and
# when, not why; the words about it stand on the next lines, or after a blank line (KB Q254264, Q237951).
# Matched on the paragraph's last line.
NAMED_ON_DATE: Final = re.compile(
    r"\S[ \t]+on \d{1,2}/\d{1,2}/\d{2,4}[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[ap]\.?m\.?)?[ \t]*\Z", re.I
)

# A heading that lists the failed recipients below it, the addresses its subject: Exim's "The following address(es)
# failed:" (wrapped as "... The following address(es)" / "failed:"), "The following recipients could not be
# reached:".  An address alone on its line right below it is a recipient as one under "Recipient:" is, also when
# it is the notice's addressee (a message the sender also sent to itself, or a corpus that redacted both alike).
# Matched on lowercase text with its white space folded.
RECIPIENTS_HEADING: Final = re.compile(
    r"\bthe following (?:e-?mail )?(?:address(?:es|\(es\))?|recipients?(?:\(s\))?)\b[^.:;]{0,40}:\W{0,3}\Z"
)

# The mail system gave up because the queue lifetime ran out or the attempts were used up: the
# notice's own words, which fix the reason (expired) whatever temporary reply came last.  Citadel
# "due to prolonged unavailability of its destination(s)", XMail "The maximum number of delivery
# attempts has been reached", Haraka "Too many failures", Exim "retry timeout exceeded".
EXPIRED_NOTICE: Final = _searched(
    r"prolonged\s+unavailability|maximum\s+number\s+of\s+(?:delivery\s+)?(?:attempts|retries)|"
    r"(?:retry|queue)\s+(?:time\s?out|lifetime)\s+(?:exceeded|expired|reached)|too\s+many\s+(?:delivery\s+)?failures|"
    # "could not be delivered for 5 days", DragonFly's "Could not deliver for the last 432000 seconds": the
    # time it kept trying, told as how long delivery failed.
    # Old Sendmail's final Subject, "Returned mail: Cannot send message for 5 days" (its queue's timeout, told as how
    # long it could not send), is the same statement.
    r"(?:could\s+not|cannot)\s+(?:be\s+delivered|deliver|send\s+(?:the\s+)?message)\s+(?:for|within|in)\s+"
    r"(?:the\s+last\s+)?\d+\s+(?:days|hours|minutes|seconds)|message\s+(?:has\s+)?expired|"
    r"delivery\s+attempts?\s+(?:have|has)\s+(?:been\s+)?(?:exhausted|used\s+up)|"
    # OpenSMTPD's line for a recipient whose envelope outlived the queue's ttl ("a@b: Envelope expired").
    r"envelope\s+expired|"
    # qmail-send's "I'm not going to try again; this message has been in the queue too long." (corpus/LABELING.md,
    # "The queue gave up"): the same statement in its words.
    r"not\s+going\s+to\s+try\s+again|in\s+the\s+queue\s+too\s+long",
)

# The message itself was refused, before any recipient was tried (Exim's moan.c notices: "It was not
# delivered to any recipients", "The message has not been delivered to any recipients"): no recipient
# failed on its own, so the returned message's recipient is not taken as the failed one.
WHOLE_MESSAGE_REFUSED: Final = re.compile(
    r"not (?:been )?(?:delivered|sent) to any (?:recipients?|address(?:es)?)|delivered to no recipients?"
)
# A failed recipient the notice names at the start of a line, but as no complete address (Exim's
# "bob@: domain missing or malformed"): the notice names it, so no other address is guessed for it.
INCOMPLETE_ADDRESS: Final = re.compile(r"^[ \t]*<?([^\s@<>:\"]*@[^\s@<>:\"]*)>?:(?:[ \t]|$)", re.M)

# -- where the notice ends ------------------------------------------------------------------------

# Exchange's "Original message headers:" heading, above the returned message's headers, as Exchange and
# Office 365 localize it (the Dutch, Portuguese and Japanese forms as Sisimai's Office365 module records them).
EXCHANGE_ORIGINAL_HEADINGS: Final = (
    "Original message headers",
    "En-têtes de message d'origine",
    "Ursprüngliche Nachrichtenkopfzeilen",
    "Encabezados del mensaje original",
    "Intestazioni originali del messaggio",
    "Cabeçalhos originais da mensagem",
    "Oorspronkelijke berichtkoppen",
    "元のメッセージ ヘッダー",
)
# Where a plain-text notice hands over to the returned message (one per family of writers).
ORIGINAL_STARTS: Final = re.compile(
    r"^[ \t]*(?:"
    r"-{2,}[ \t]*(?:original message|forwarded message|unsent message|returned message|message text follows|"
    r"this is a copy of (?:the|your) message|the header of the original message|message header follows|"
    r"original message follows|below this line is a copy)|"
    # DragonFly Mail Agent returns the headers only: "Message headers follow."; DBMail: "Header of your
    # message follows...".
    r"message headers follow\.?[ \t]*$|(?:the )?headers? of (?:your|the) (?:original )?message follows?\b|"
    r"-+ ?below (?:this line )?is a copy|below is a copy of|the original message (?:follows|headers? (?:is|are))|"
    r"original message (?:follows|headers)|original message:?[ \t]*$|"
    r"a copy of the original message|the message (?:you sent|that you sent) "
    r"(?:follows|is below)|={3,} ?failed message follows|"
    + "|".join(re.escape(h.lower()) for h in EXCHANGE_ORIGINAL_HEADINGS[1:])
    + r")",
    re.M | re.I,
)
# Pasted RFC 3464 fields: read apart, as fields (Postfix and Exim pastes show them after the notice).
DSN_FIELD: Final = re.compile(
    r"^(?:Reporting-MTA|Final-Recipient|Original-Recipient|Action|Status|Diagnostic-Code|Remote-MTA|"
    r"Arrival-Date|Last-Attempt-Date|X-Postfix-[\w-]+|Received-From-MTA)[ \t]*:",
    re.M | re.I,
)
# A header line (of the notice itself or a pasted original): its addresses are never the failed ones.
HEADER_LINE: Final = re.compile(
    r"^[ \t]*(?:from|reply-to|sender|return-path|to|cc|bcc|date|subject|message-id|in-reply-to|references|"
    r"received|delivered-to|x-[\w-]+|dkim-signature|von|an|betreff|datum|de|à|objet|od|do|temat)[ \t]*:",
    re.I,
)
# A line that opens another section, whose addresses belong to no recipient block before it.
SECTION_BREAK: Final = re.compile(
    r"^[ \t]*(?:diagnostic information for administrators|for further assistance|if you (?:have|need)|"
    r"original message details|message headers?:|the mail system)",
    re.I,
)

# A line of a notice's own summary of the message it is about, indented, one field a line ("  To: a",
# "  Subject: ...", "  Date: ..." under "triggered by a message you sent:-", MailScanner's sender
# reports, with the labels in the report's language: "  An:", "  Cimzett:", "  Till:", "  Targy  :").
SUMMARY_LINE: Final = re.compile(r"[ \t]+[^\W\d_]{1,15}[ \t]*:[ \t]*\S")

# A line that gives an identifier of the returned message, bookkeeping and not words about a recipient:
# Exchange's "The MTS-ID of the original message is: c=US;...", MessageLabs' "The message identifier was:",
# "Message-ID: <...>", "Queue-ID: 4F2A"; and the lines Exim writes beside its message identifier, "The date of
# the message is:", "The subject of the message is:" (its delay warning, corpus/wild exim-delay-*).
# Matched on a stripped line.
ID_LINE: Final = re.compile(
    r"(?:the )?(?:mts-id|message[- ]?id(?:entifier)?|message reference|queue[- ]?id|x400 id)\b[^:\n]{0,40}:"
    r"|the (?:date|subject) of the (?:original )?message (?:is|was):",
    re.I,
)

# An Exchange NDR's closing tag that holds nothing but the server and a status ("<mx.example.net
# #5.4.0>"): no words about the recipient; the sentence above it in its paragraph says why.
STATUS_TAG_ONLY: Final = re.compile(r"<[^\s<>#]+ #[245]\.\d{1,3}\.\d{1,3}>")

# -- around an address ------------------------------------------------------------------------------

# Words that make the address after them the *failed recipient*: "delivered to X", "to the following
# recipient: X", "Unable to send to X", "RCPT TO:<X>", "Recipient address: X", "адресату X", "发送到X",
# Exim's "save to FILE / generated by X" (a file or pipe delivery and the address it came from).
RECIPIENT_BEFORE: Final = _searched(
    # Exchange 5.5 lists "Gina Example (SMTP=gina@example.net) on <date>": the address type before it.
    # "the following destination: a" (addy.io's notice) is where the message was to go.
    r"(?:\bto|\bfor|recipients?|destinations?|address(?:es|\(es\))?|rcpt to|rcpt=|generated by|\(smtp[=:]|"
    r"adressat\w*|адресату|получател\w*|empfänger|destinataire|destinatario|到|給|宛|para|an|à|a|\bdo|"
    # "(to) the address" in Czech, Slovak and Polish ("zpráva na adresu a", "wiadomość na adres a"), and the
    # Finnish illative "to the address" / "to the destination" ("osoitteeseen a", "kohteeseen a": Discourse's
    # server.fi.yml, round r61wild): where the message was sent.
    r"\badres[ua]?|osoitteeseen|kohteeseen|"
    # The address the sender may not use ("you are not authorized to use the a address", BIRS Workshops' refusal of
    # a post to an organisers' address): where the message was sent, refused for this sender.
    r"not (?:allowed|authori[sz]ed|permitted) to (?:use|post to|write to)(?: the)?)[\s:<\"'(\[*]*\Z",
    re.I,
)
# The words before an address, alone at the start of its line, that make it the address a delivery on the line
# above was generated from (Exim 4.9x: "pipe to |/bin/false" over "generated by a", a file or pipe delivery that
# an alias or a filter of a made): the line above, not these words, is what failed, and starts the reply.
GENERATED_BY: Final = re.compile(r"\A[\s(]*(?:ultimately )?generated (?:by|from)[\s:<\"']*\Z", re.I)
# Words after an address that say it is no good ("\"a\" is an invalid address", "a is not a valid e-mail address",
# "a does not exist": BIRS Workshops' bounce of a mail to an event address it does not know): the address the
# sentence is about is the failed one.
ADDRESS_FAULT_AFTER: Final = re.compile(
    r"[>\"')\]]*[ \t]+(?:is|was) (?:an? )?(?:invalid|unknown|non-?existent|not an? (?:valid|known|existing))"
    r"(?: e-?mail| mail| recipient)? (?:address|recipient|mailbox|account)\b|[>\"')\]]*[ \t]+does ?n[o']t exist\b",
    re.I,
)
# Words that make the address after them the mailbox that refused the message: "was bounced by your mailbox a"
# (SimpleLogin's notice to its user, whose own mailbox, the notice's addressee, bounced a forwarded mail).  The
# failed recipient, also when it is the notice's addressee.
REFUSER_BEFORE: Final = re.compile(
    r"(?:refused|rejected|bounced)(?: \(or \w+\))? by (?:your|the|their|its) (?:e-?mail |mail )?"
    r"(?:mailbox|inbox|address|account)[\s:<\"'(\[*]*\Z",
    re.I,
)
# The reader's own addresses as a forwarding service names them: "your alias a" (the address the service gives its
# user), "your recipient a" (addy.io's name for the user's own mailbox it forwards to: "failed because your
# recipient a has disallowed replying").  Never a failed recipient, unless the message went to it ("to your
# recipient a") or it refused it ("bounced by your mailbox a", `REFUSER_BEFORE`).
READERS_OWN: Final = _searched(
    # The address spelled here, not `ADDRESS`: its look-behind refuses an address right after Markdown's "**",
    # which addy.io's text part keeps ("your recipient **a**").
    r"(?<!\bto )(?<!\bby )\byour[ \t\n]+(?:e-?mail[ \t\n]+)?(?:alias|recipient)[\s*\"'<(]{0,4}"
    r"([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]++@[A-Za-z0-9_-]++(?:\.[A-Za-z0-9_-]++)++)",
    re.I,
)
# Words that say sending to the address after them failed: "We are currently unable to send email to a" (Firefox
# Relay's notice to its user), "could not deliver the message to a", "failed to forward it to a".  The address is
# the recipient the message did not reach, although "send email to" also opens an instruction (`CONTACT_BEFORE`):
# an inability or a failure before the verb makes the words a report, not a request.
FAILED_SEND_BEFORE: Final = re.compile(
    r"(?:\b(?:unable|failed|not able|n[o']t able) to|\b(?:could|can|did|would|will)(?: ?not|n't)|\bcannot)"
    r" (?:re)?(?:send|deliver|forward|transmit)(?: (?:an?|the|your|this|these|any|some))?"
    r"(?: (?:e-?mails?|mails?|messages?|it|them))? to[\s:<\"'(\[*]*\Z",
    re.I,
)
# Words that make the address after them someone to *write to*, or the sender: never a recipient.
# The short ones ("at", "from", "de") only as words: "smtp8.goneo.de" ends in a host, not in "de".
CONTACT_BEFORE: Final = _searched(
    r"(?:send (?:an? |your |this |the )?(?:\w+ )?(?:e-?mail|mail|message)(?: \w+)? to|"
    # ... and the means to reach someone ("You can contact the administrators by sending a message to <a>",
    # Schleuder's errors.*): "by sending" is how to write, not what failed ("an error while sending mail to a").
    r"by sending (?:an? |your |this |the )?(?:\w+ )?(?:e-?mail|mail|message)(?: \w+)? to|"
    # ... and in the imperative of Portuguese and Spanish, "Contacte <owner> se você tem alguma pergunta"
    # (ezmlm-idx's pt_BR text).
    r"contact(?:ez|a|are|e)?|write to|"
    # Swedish "Kontakta <owner> ifall du har några frågor" (ezmlm-idx's sv text), Danish/Norwegian "kontakt".
    r"kontakta?|reply to|reply-to|"
    # Czech and Finnish ask the reader to send, forward or write "to the address" <a> in the imperative ("přepošlete
    # tuto zprávu na adresu <owner>", ezmlm-idx's Czech subscribers-only refusal; "lähetä viesti osoitteeseen"):
    # where to write, as the German and French imperatives of `WRITE_TO_ABROAD`, not where a message failed.
    r"(?:(?:pře|od)?pošlete|(?:pře)?pošli|napište|napiš|lähetä|lähettäkää|välitä|kirjoita)(?: \S+){0,3}? "
    r"(?:na adres[ua]?|osoitteeseen)|"
    # "mail to postmaster@..." is an instruction; "delivering your mail to a" names the recipient.
    r"(?<!your )(?<!the )(?<!this )(?<!our )mail to|"
    r"please (?:send|forward|email)|e-?mail (?:us )?at|"
    # A request to pass the notice on ("please forward this message to <owner> to get your new address
    # included", ezmlm-checksub's subscribers-only refusal): the address is the one to write to.
    r"please (?:send|forward|e-?mail|pass)(?: \w+){1,3} (?:on )?to|"
    r"(?<![\w.])(?:at|from|von|de):?|sent by|sender|absender|"
    # Whose address it is: the list's owner ("the list owner <a>", Polish "opiekunowi: <a>", to its
    # caretaker) or where someone is reached (Polish "osiągalnym pod adresem: <a>", at the address),
    # as ezmlm-idx's Polish refusals name the -owner address: someone to write to, not a recipient.
    r"(?<![\w-])owner|opiekun\w*|pod adresem|"
    # The sender's address named as such, here in a reply wrapped onto the next line ("Domain of sender
    # address\n    root@example.org does not exist"): "address" alone would label a recipient.
    r"sender(?:'s)? (?:e-?mail )?address(?:es)?|absenderadresse|"
    # ... and named by the SMTP command that gives it ("for your MAIL FROM address <a> policy analysis
    # reported", a list server's refusal quoted by Exim), or as the envelope's sender: not a recipient.
    r"mail from (?:e-?mail )?address(?:es)?|envelope (?:sender|from)(?: address)?|"
    # The instruction may sit in parentheses, as a translation under the first language's words:
    # "(If you need help, write to:)" and the address on the next line.
    r"expéditeur|remitente|发件人|差出人|отправител\w*|expanded from|forwarded to|questions?)[\s:<\"'(\[)]*\Z",
    re.I,
)
# "Write to" in German, French, Spanish, Italian, Dutch, Portuguese ("Für weitere Hilfe, schreiben Sie an
# <postmaster@...>"): a second pattern, asked only when the words before an address end in one of
# these prepositions (`WRITE_TO_ENDS`), so that CONTACT_BEFORE stays as cheap as it was.
WRITE_TO_ABROAD: Final = _searched(
    r"(?:schreiben sie|wenden sie sich)(?: bitte)? an|(?:é|e)cri(?:re|vez) (?:à|a)|escrib(?:a|e|ir) a|"
    r"scriv(?:i|ere|ete) a|schrijf (?:naar|aan)|escreva para|"
    # ... and "send / forward this message to", said to the reader in the imperative (ezmlm's
    # subscribers-only refusal in its German, French, Italian and Portuguese texts: "schicken Sie bitte
    # diese Nachricht an <owner> weiter", "faites suivre ce message à", "invia questo messaggio a",
    # "repasse esta mensagem para"), not a failure's "could not send the message to" (an infinitive).
    r"(?:schicken|senden|leiten) sie (?:bitte )?(?:diese|die|ihre) (?:nachricht|e-?mail|mail) an|"
    r"(?:faites suivre|transf[ée]rez|envoyez|renvoyez) (?:ce|le|votre) (?:message|courriel|mail) (?:à|a)|"
    r"(?:invia|inoltra|inviate|inoltrate) (?:questo|il) (?:messaggio|mail|e-?mail) a|"
    r"(?:repasse|encaminhe|envie|reenvie) (?:esta|a|sua) (?:mensagem|mail|e-?mail) para|"
    r"(?:reenv[ií]e|env[ií]e) (?:este|el|su) (?:mensaje|correo) a|"
    r"(?:stuur|zend) (?:dit|het|uw) bericht (?:door )?(?:naar|aan)",
)
WRITE_TO_ENDS: Final = (" an", " à", " a", " naar", " aan", " para")
# German asks to pass something on with a separable verb whose particle follows the address ("schicken Sie
# bitte diese Nachricht an <owner> weiter", "leiten Sie sie an <a> weiter"): "weiter" right after an address
# (on its line or starting the next) makes it the one to forward to, however the sentence was wrapped.
FORWARD_TO_AFTER: Final = re.compile(r"[>\"')\]]?[ \t]*\n?[ \t]*weiter(?:zu)?(?:leiten|schicken|senden|geben)?\b", re.I)

# A recipient label at the start of a line: "Recipient address: X", "Intended Recipients: <X>".
LABEL_BEFORE: Final = re.compile(
    r"^[ \t]*(?:[\w -]{0,30}recipients?(?: address)?|to|address|e-?mail address|original address|empfänger|"
    r"destinataire|destinatario|收件人|宛先|получатель)[ \t]*:[ \t]*\Z",
    re.I,
)
# Exchange 5.5's line for a recipient under "The following recipient(s) could not be reached:": the
# recipient, " on " and the date of the attempt ("user@company on 6/26/97 18:58:04 PM"); there an address
# whose domain has no dot (a host of the sender's own network, a help page's placeholder) is the recipient.
EXCHANGE_RECIPIENT_ON: Final = re.compile(
    r"^[ \t]*[<\"']?([A-Za-z0-9.!#$%&*+/=?^_`{|}~-]+@[A-Za-z0-9_-]+)[>\"']? on \d{1,2}/\d{1,2}/\d{2,4}\b"
)
# An X.400 O/R address, as Exchange 5.5 and X.400 gateways list a recipient that has no Internet
# address ("c=US;a= ;p=Org;o=Site;dda:MSEXCHANGE=/o=.../cn=...; on 12/7/99 3:06 PM"): country and
# ADMD first, then attributes each ended by ";".  Taken only at the start of a line.
X400_ADDRESS: Final = re.compile(r"[ \t'\"<]*(c=[a-z ]{1,3};[ \t]?a=[^;\n]{0,40};(?:[^;\n]{1,200};){1,12})", re.I)
# Sendmail's "<a>... User unknown" (and "554 <a>... 550 Host unknown" in its transcripts): the
# address is what the line is about.
AFTER_ADDRESS: Final = re.compile(r"[>\"']?\.\.\.")
# A refusal that names the address it refuses, right after its code ("550 5.1.1 <a>: Recipient address
# rejected", as Postfix writes its RCPT replies; bare or quoted as other servers, or a relay's copy, write
# it): quoted in any notice, the address is a recipient's...
REFUSAL_BEFORE: Final = re.compile(r"(?<![\w.,:/-])[45]\d\d[ -](?:[45]\.\d{1,3}\.\d{1,3}[ \t]+)?[<\"']?\Z")
# ... unless the reply says it is the sender's ("<a>: Sender address rejected") or refuses mail *from* it
# (Sendmail-style "<a>... We don't accept mail from spammers").
SENDER_REFUSED_AFTER: Final = re.compile(
    r"[>\"']?(?::|\.{3})?[ \t]*(?:sender\b|(?:we )?(?:do not|don'?t|will not|won'?t|cannot|can'?t) accept "
    r"(?:any )?(?:mail|e-?mail|messages?) from\b)",
    re.I,
)
# A server's refusal told as its answer: "mx.example.org [192.0.2.1] said: 550, quota exceeded" (Postfix's
# words), "replied:", "responded:". Group 1: the class digit. Lower-cased text.
# A header line of a message a mail client forwards inline under "-----Original Message-----" ("From:",
# "Sent:", "To:", "Subject:", and their translations: "Von:", "Gesendet:", "Objet :"): a short label, a colon.
FORWARD_HEADER_LINE: Final = re.compile(r"^[ \t]*[^\W\d_][\w-]{0,20}(?: [\w-]{1,12})?[ \t]?:[ \t]*\S")
# Postfix's tail on a remote server's answer ("... (in reply to end of DATA command)"): the words before it
# are what the server said, even when the line that named the recipient and host was cut off.
IN_REPLY_TO_COMMAND: Final = re.compile(r"\(in reply to [a-z][a-z ]{1,20} command\)", re.I)
# A server's answer told in the notice's words: "mx.example.org [192.0.2.1] said: 550 ...", and Exim's way of
# naming the server that answered, its host name and address then a colon before the reply ("SMTP error from
# remote mail server after end of data: host mx.example.org [192.0.2.1]: 550 Header value not allowed", the
# reply often on the next line).  Matched on lowercase text; the host name's run is bounded.  A code the notice
# labels an error code ("error code: 550", "ERROR_CODE :550", beside the address) is that answer too.
SERVER_SAID: Final = re.compile(
    r"(?:\b(?:said|replied|responded|answered|error[ _-]?code)|\bhost [a-z0-9][\w.-]{0,253}\.? ?\[[\d.:a-f]{3,45}\])"
    r"\s*:\s*([45])\d\d(?![\d.])"
)
# A transcript's answer to MAIL FROM ("250 2.1.0 <a>... Sender ok"): the address is the sender's.
SENDER_OK_AFTER: Final = re.compile(r"[>\"']?\.\.\.[ \t]*sender ok", re.I)
# A recipient's own words that say its delivery was put off, as a transcript line writes them after the
# address's dots ("a@b... Deferred: 450 4.7.1 ...", sendmail/deliver.c's giveresponse(); "Deferred" alone),
# also wrapped onto the next line; group 1 is the reply.
DEFERRED_AFTER: Final = re.compile(r"[ \t]*\n?[ \t]*deferred\b:?([^\n]*)", re.I)
# A recipient's own words that say no server answered for it (Sendmail's "a... Deferred: Connection refused
# by [192.0.2.26]", deliver.c's errstring of a failed connect; "Connection timed out", "No route to host",
# "Network is unreachable", the OS's words for it): a transcript's answer above was another host's.
NO_SERVER_ANSWER: Final = re.compile(
    r"connection (?:refused|timed out)|no route to host|network is unreachable|operation timed out", re.I
)
# A line of an SMTP session transcript: a command the client sent (Sendmail's and Courier's ">>> DATA",
# Postfix smtpd's notice to the postmaster " In:  DATA") or the server's answer ("<<< 554 ...", " Out: 451
# 4.3.0 Error: queue file write error"; smtpd/smtpd_chat.c writes "In:" and "Out:" so).
TRANSCRIPT_SENT: Final = re.compile(r"[ \t]*(?:>>>|In:[ \t])")
TRANSCRIPT_ANSWER: Final = re.compile(r"[ \t]*(?:<<<|Out:[ \t])")
# Sendmail's transcript line for an alias, "sales@example.com... expanded to multiple addresses" (its
# members are listed on lines of their own): the alias is no recipient that failed.
ALIAS_EXPANDED_AFTER: Final = re.compile(r"[>\"']?\.\.\.[ \t]*expanded to\b", re.I)
# Old Sendmail's "421 example.com (smtp)... Deferred": the line names only the recipient's host.
HOST_LINE: Final = re.compile(r"(?<![\w.-])([a-z0-9][\w-]*(?:\.[\w-]+)+)\.? \((?:smtp|esmtp|tcp|mail)\)\.\.\.", re.I)

# The RFC 3464 diagnostic type in front of a reply written into prose ("Diagnostic code: smtp;550 ...").
DIAGNOSTIC_TYPE: Final = re.compile(r"\bsmtp; ?(?=[245]\d\d)", re.I)

# A reply code written twice ("The error that the other server returned was: 450 450 4.2.2 ..."): the
# relaying system put its own copy of the code in front of the remote server's reply, which starts at
# the second.
DOUBLED_CODE: Final = re.compile(r"([245])(?<![\w.,:/-][245])(\d\d) (?=\1\2[ -])")  # class first: fast skip

# The reporting MTA's own frame around the remote server's reply: words that introduce, label or decorate the
# reply rather than give its cause (round r46gen; a heading's "permanent fatal errors" is the notice's, said of all
# its recipients, not the server's reason). A heading set between rules of dashes or equal signs (Sendmail's
# "----- Transcript of session follows -----", "----- The following addresses had permanent fatal errors -----",
# Exim's "------ a ------" over its local delivery program's words) or a bare rule; a label that announces the
# reply (Exim's warning "Delay reason:", "Bounce reason:", "Failure Reason:", a pasted "Diagnostic code:" whose
# type DIAGNOSTIC_TYPE drops, Gmail's "Technical details of permanent failure:", "The error that the other server
# returned was:", "The response was:"). The reply text handed to the classifier is read without them
# (`_recipients.as_reply`).
REPLY_FRAME: Final = _searched(
    r"(?<!\S)(?:-{3,}|={3,})(?:[ \t]+(?:(?!---|===)[^\n]){1,80}?[ \t]+(?:-{3,}|={3,}))?(?!\S)"
    # Sendmail's opening line of its returned-mail text, "The original message was received at <date> from <host>
    # [ip]" (sendmail/savemail.c): when the message came in, said of no recipient.
    r"|\bthe original message was received at [^\n]{0,60}?\bfrom [\w.@-]+(?:[ \t]*\[[\w.:]+\])?"
    # The mail system's introduction of itself, "Hi. This is the qmail-send program at mx.example.org.", "This is the
    # mail system at host mx.example.org.", "This is the mail delivery agent at <host>.": who writes, not what happened.
    r"|(?:\bhi\.[ \t]+)?\bthis is the [\w -]{0,30}?\b(?:program|mail system|mail delivery agent|mailer)"
    r"[ \t]+at[ \t]+(?:host[ \t]+)?[\w-]+(?:\.[\w-]+)+\.(?!\S)"
    # "Reason:" as the label a text opens with (Symantec's "Reason: 550-..."), not "(reason: ...)" inside it.
    r"|\A[ \t]*reason[ \t]*:"
    r"|\b(?:(?:delay|bounce|failure) reason|diagnostic[ -]code|technical details of (?:permanent|temporary) failure"
    r"|the error that the other server returned was|the response (?:from the remote server )?was)[ \t]*:",
    re.I,
)

# The reporting MTA's words that name the server which answered, in front of that server's reply (round r48gen), and
# the markers of a session transcript: who said it and in which turn of the session, not what was said. The host,
# its address and the command are read from them before they are left out (`_recipients.as_reply`).
_HOST_NAME = r"[a-z0-9][\w*-]*(?:\.[\w*-]+)+\.?"  # (a masked label, "mx.*****.jp", is a label)
_BRACKETED = r"\[[^\]\s]{1,64}\]"  # "[192.0.2.1]", "[IPv6:2001:db8::1]", "[mx.example.org]", "[***]"
# The heading of a transcript's section, the server it talks to by name or address: Sendmail's "... while talking to
# mx.example.org.:" and "While talking to [192.0.2.7]:" (deliver.c), over the commands sent and answers got there.
TALKING_TO: Final = re.compile(
    r"\bwhile talking to[ \t]+\[?((?:\d{1,3}\.){3}\d{1,3}|[a-z0-9][\w-]*(?:\.[\w-]+)+)\.?\]?\.?[ \t]*:", re.I
)
SERVER_FRAME: Final = _searched(
    # Postfix's "host mx.example.org[192.0.2.1] said:" (smtp_proto.c), also with a space before the bracket, without
    # the word "host" or the bracket (a paste cut at the line's start), or cut down to "said:" at the text's start;
    # "Remote host said:" (qmail-remote), "remote server said:", "Remote server replied:" (hMailServer).
    rf"(?:\bhost[ \t]+)?(?:{_HOST_NAME}(?:[ \t]*{_BRACKETED})?|{_BRACKETED})[ \t]*(?:said|replied|responded)[ \t]*:"
    r"|\b(?:the[ \t]+)?remote[ \t]+(?:smtp[ \t]+|mail[ \t]+)?(?:host|server|system|mta)[ \t]+"
    r"(?:said|replied|responded)[ \t]*:"
    r"|\A[ \t]*(?:said|replied)[ \t]*:"
    # Exim's "host mx.example.org [192.0.2.1]:" before the reply (the name and address of the host that answered).
    rf"|\bhost[ \t]+{_HOST_NAME}[ \t]*{_BRACKETED}[ \t]*:"
    # Sendmail's "... while talking to mx.example.org.:" (its transcript's first line, deliver.c).
    rf"|(?:\.\.\.[ \t]*)?\bwhile talking to[ \t]+(?:{_BRACKETED}|{_HOST_NAME})(?:[ \t]*{_BRACKETED})?\.?[ \t]*:"
    # A transcript's command line, ">>> RCPT To:<a>", ">>> DATA", ">>> ." (the stage, read apart), and a positive
    # answer to one (">>> MAIL From:<s> SIZE=99", "<<< 250 2.1.0 <s>... Sender ok"): the turns before the refusal.
    r"|>>>[ \t]*(?:(?:mail[ \t]+from|rcpt[ \t]+to)[ \t]*:[ \t]*<[^<>\s]*>(?:[ \t]+[a-z][\w-]*=[^\s<>]*)*"
    r"|data|quit|rset|noop|starttls|\.|(?:ehlo|helo|lhlo)[ \t]+[^\s<>]+|bdat[ \t]+\d+(?:[ \t]+last)?)(?![^\s<])"
    r"|<<<[ \t]*[23]\d\d\b(?:(?!<<<|>>>).){0,200}?(?=>>>)"
    # The marker of the server's answer, "<<< 550 ...": the answer stays.
    r"|<<<(?=[ \t])",
    re.I,
)

# Postfix "<a> (expanded from <b>)": a is the final recipient, b what the sender wrote.
EXPANDED_FROM: Final = re.compile(r"\(expanded from:?\s*<?([^<>()\s]+@[^<>()\s]+?)>?\)?:?", re.I)

# A sentence about the *other* recipients of the message, those the notice does not report on (Courier's "If your
# message was also sent to additional recipients, their delivery status is not included in this report", its delay
# notice's "If copies of this message were sent to additional recipients"): no explanation of an address it lists.
OTHER_RECIPIENTS: Final = re.compile(r"\b(?:additional|other) recipients\b", re.I)

# A line that only names the alias a failed address was made from ("(expanded from: <b>)", Sendmail and Postfix;
# "(generated from b)" and "(ultimately generated from b)", Exim): the alias (orig_recipient), no word of what happened.
ALIAS_LINE: Final = re.compile(
    r"\(\s*(?:expanded from:?|(?:ultimately )?generated from)\s*<?[^<>()\s]+@[^<>()\s]+?>?\s*\)", re.I
)

# An SMTP reply in the text: "550 5.1.1 ...", "550-5.1.1", "550 ...", or a bare "5.1.1" / "#5.1.1".
REPLY_CODE: Final = re.compile(
    r"(?<![\w.,:/-])[245]\d\d(?:[ -]|$)(?!(?:bytes|kb|mb|days?|hours?)\b)|(?<![\w.])#?[245]\.\d{1,3}\.\d{1,3}(?![\w.])",
    re.M | re.I,
)
# Where notices name the remote server: Postfix "host mx.example.org[192.0.2.1] said", Gmail
# "by mx.example.org. [192.0.2.1]", Exim "host mx.example.org [192.0.2.1]", "Remote-MTA: dns; mx",
# "Remote system: dns;mx", "Remote host said" (qmail prints the IP before it).
REMOTE_HOST: Final = _searched(
    r"\bhost ([a-z0-9][\w.-]*\.[a-z]{2,})\.?\s?\[|\bby ([a-z0-9][\w.-]*\.[a-z]{2,})\.? \[|"
    r"remote(?:-mta| system| server| host)?:?\s*(?:dns;\s*)?([a-z0-9][\w.-]*\.[a-z]{2,})\b|"
    # The host a client says it reached, by name or address: qmail-remote's "Connected to 192.0.2.7 but greeting
    # failed." and "192.0.2.7 does not like recipient.", Sendmail's "... while talking to [192.0.2.7]:".
    r"\bconnected to ((?:\d{1,3}\.){3}\d{1,3}|[a-z0-9][\w.-]*\.[a-z]{2,}) but\b|"
    r"^[ \t]*((?:\d{1,3}\.){3}\d{1,3}) does not like (?:recipient|sender)\b|"
    r"\bwhile talking to \[?((?:\d{1,3}\.){3}\d{1,3}|[a-z0-9][\w.-]*\.[a-z]{2,})\]?\.?:|"
    # A server named with its address as the subject of the line's sentence ("mx.example.org [192.0.2.25] did not like
    # our RCPT TO:", DragonFly's dma), by a label of its own ("host: mx.example.org", on a line under the recipient),
    # or in brackets after the word for it ("SMTP Server <mx.example.org> rejected recipient").
    r"^[ \t]*([a-z0-9][\w.-]*\.[a-z]{2,})\.? ?\[[\d.]+\][ \t]+[a-z]|"
    r"^[ \t]*host:[ \t]*([a-z0-9][\w.-]*\.[a-z]{2,})\.?[ \t]*$|"
    r"\bserver <([a-z0-9][\w.-]*\.[a-z]{2,})>",
    re.I | re.M,
)
