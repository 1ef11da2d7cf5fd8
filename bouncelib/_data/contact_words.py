"""The words with which a notice offers the sender a contact, in many languages: one vocabulary.

`bouncelib._classify._lists.delist_contacts` reads them around a mailbox or a URL (docs/fields.md, "delist"):

- ``ask``: the sender is asked to contact, write to, turn to or forward the message to whoever comes next ("contact",
  "wenden Sie sich an", "faites suivre ce message à", "ota yhteyttä"): a mailbox after them is offered, and a
  contact in their sentence is one the sender is sent to;
- ``unblock``: what for, getting unblocked ("entsperren", "débloquer");
- ``appeal``: the sender's judging the refusal wrong ("if you think this is an error": "se pensi che sia un errore").

Each row is a regular-expression fragment over the lowercase NFC text (no capturing group; "\\b" where a shorter
stem would be a part of other words: "\\bschreib" is "schreiben Sie", not "Beschreibung"), its language (ISO 639-1;
"*" for a form shared by several) and its source: a catalogue (package, version, file, msgid) or the round and
tuning rows that showed it. The English words keep their structured patterns in `bouncelib._classify._lists`.
"""

from __future__ import annotations

from typing import Final, NamedTuple

__all__ = ["CONTACT_WORDS", "ContactWord", "pattern_of"]


class ContactWord(NamedTuple):
    """Words that offer a contact: what they say (`kind`), in which language, from where."""

    kind: str
    """``ask``, ``unblock`` or ``appeal``."""
    lang: str
    pattern: str
    source: str


# sudo 1.9.13p3 (Debian 1.9.13p3-1+deb12u4), /usr/share/locale/<lang>/LC_MESSAGES/sudoers.mo, msgid "Password expired,
# contact your system administrator": the verb of contacting in each translation.
def _sudo(lang: str, said: str) -> str:
    return f"sudo 1.9.13p3 sudoers.mo {lang}, 'Password expired, contact your system administrator': {said}"


_SYMPA = "round r28, commit b8a4222f: Debian sympa 6.2.70 "
_R63 = "round r63deli, commit bc8d8e72: "
_C259 = "commit 259e807e: "

CONTACT_WORDS: Final[tuple[ContactWord, ...]] = (
    # -- ask: contact, turn to, write to, forward to (before round r66deli in `_REMOVAL_CONTEXT` /
    # `_ASK_IN_SENTENCE` as written; "contact" itself is English and stays there, matching fr "contactez", es
    # "contacte", ca "contacteu", ro "contactați" too).
    ContactWord("ask", "it", "contatt", _C259 + "ezmlm-idx lang/it 'Contatta <owner>'"),
    ContactWord("ask", "*", "kontakt", _C259 + "sv/da 'kontakta', cs 'kontaktujte', pl 'skontaktuj'"),
    ContactWord("ask", "pt", "contato", _SYMPA + "pt 'entre em contato com'"),
    ContactWord("ask", "de", "wenden sie sich", _C259 + "'wenden Sie sich an'"),
    ContactWord("ask", "de", "richten sie", _C259 + "ezmlm-idx lang/de 'Fragen richten Sie bitte an'"),
    ContactWord("ask", "el", "επικοινων", _SYMPA + "el 'επικοινωνήστε με'"),
    ContactWord("ask", "et", "ühendust", _SYMPA + "et 'võtke ühendust'"),
    ContactWord("ask", "vi", "liên lạc", _SYMPA + "vi 'liên lạc với'"),
    ContactWord("ask", "hu", "írjon", _SYMPA + "hu 'írjon az alábbi címre'"),
    ContactWord("ask", "nl", "e-?mail naar", _SYMPA + "nl 'stuur dan een e-mail naar'"),
    ContactWord("ask", "ru", "пишите", _SYMPA + "ru 'пишите на'"),
    ContactWord("ask", "de", r"\bschreib", _R63 + "'schreiben Sie an'"),
    ContactWord("ask", "fr", r"\bécri", _R63 + "'écrivez à'"),
    ContactWord("ask", "es", r"\bescrib", _R63 + "'escriba a'"),
    ContactWord("ask", "it", r"\bscriv", _R63 + "'scrivi a'"),
    ContactWord("ask", "fr", "faites suivre", _C259 + "ezmlm-idx lang/fr 'faites suivre ce message a'"),
    ContactWord("ask", "nl", "stuur dit bericht", _C259 + "ezmlm-idx lang/nl 'stuur dit bericht door'"),
    ContactWord("ask", "it", "invia questo messaggio", _C259 + "ezmlm-idx lang/it"),
    ContactWord("ask", "de", "diese nachricht an", _C259 + "ezmlm-idx lang/de"),
    ContactWord("ask", "sv", "skicka detta meddelande", _C259 + "ezmlm-idx lang/sv"),
    ContactWord("ask", "pt", "repasse esta mensagem", _C259 + "ezmlm-idx lang/pt"),
    ContactWord("ask", "cs", "přepošl", _C259 + "ezmlm-idx lang/cs 'přepošlete'"),
    ContactWord("ask", "hu", "tov[aá]bb[ií]ts", _C259 + "ezmlm-idx lang/hu 'tovabbitsd'"),
    # Round r66deli: the verb of contacting of each translation of one message (`_sudo`), where no row above has it.
    ContactWord("ask", "ast", "contauta", _sudo("ast", "contauta col alministrador")),
    ContactWord("ask", "fi", "ota yhteyttä", _sudo("fi", "ota yhteyttä järjestelmän ylläpitäjään")),
    ContactWord("ask", "fur", "contatâ", _sudo("fur", "contatâ l'aministradôr")),
    ContactWord("ask", "hr", "javite se", _sudo("hr", "javite se vašem administratoru")),
    ContactWord("ask", "hu", "fel a kapcsolatot", _sudo("hu", "vegye fel a kapcsolatot")),
    ContactWord("ask", "ja", "連絡", _sudo("ja", "システム管理者に連絡してください")),
    ContactWord("ask", "ko", "문의", _sudo("ko", "시스템 관리자에게 문의하십시오")),
    ContactWord("ask", "ru", "обратитесь", _sudo("ru", "Обратитесь к системному администратору")),
    ContactWord("ask", "sl", "v stik", _sudo("sl", "Stopite v stik s svojim sistemskim skrbnikom")),
    ContactWord("ask", "sr", "обратите се", _sudo("sr", "обратите се администратору")),
    ContactWord("ask", "tr", "temasa geç", _sudo("tr", "sistem yöneticinizle temasa geçiniz")),
    ContactWord("ask", "uk", "зверніться", _sudo("uk", "зверніться до адміністратора")),
    ContactWord("ask", "zh", "联系", _sudo("zh_CN", "联系您的系统管理员")),
    ContactWord("ask", "zh", "聯絡", _sudo("zh_TW", "請聯絡您的系統管理員")),
    # -- unblock (before round r66deli in `_UNBLOCK_PURPOSE` as written).
    ContactWord("unblock", "de", "entsperr", _R63 + "'entsperren'"),
    ContactWord("unblock", "fr", "débloqu", _R63 + "'débloquer'"),
    ContactWord("unblock", "es pt", "desbloque", _R63 + "'desbloquear'"),
    ContactWord("unblock", "it", "sblocc", _R63 + "'sbloccare'"),
    # -- appeal (before round r66deli in `_APPEAL_PURPOSE` as written): Discourse's refusals in its tuning catalogues
    # (it, pt_BR, sv) and the same appeal in other languages.
    ContactWord("appeal", "it", r"pensi che[\w ]{0,20}errore", _R63 + "'Se pensi che sia un errore'"),
    ContactWord("appeal", "pt", r"acha que[\w ]{0,20}erro\b", _R63 + "'Se acha que é um erro'"),
    ContactWord("appeal", "sv", r"tror att[\w ]{0,25}misstag", _R63 + "'om du tror att ... misstag'"),
    ContactWord("appeal", "fr", r"pensez que[\w' ]{0,25}erreur", _R63 + "'si vous pensez que'"),
    ContactWord("appeal", "de", r"glauben[\w ,]{0,25}(?:fehler|irrtum)", _R63 + "'glauben Sie'"),
    ContactWord("appeal", "es", r"crees que[\w ]{0,20}error", _R63 + "'si crees que es un error'"),
    ContactWord("appeal", "nl", r"denkt dat[\w ]{0,20}(?:vergissing|fout)", _R63 + "'denkt dat'"),
)


def pattern_of(kind: str) -> str:
    """The alternation of the fragments of `kind`, in table order."""
    return "|".join(w.pattern for w in CONTACT_WORDS if w.kind == kind)
