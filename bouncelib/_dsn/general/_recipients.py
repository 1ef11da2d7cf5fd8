"""Who failed, and what the remote server said about each: recipient blocks in a notice's prose.

Notices of every MTA name a failed recipient in one of two places:

* on a line of its own (bare, in ``<...>``, in quotes, after a label such as ``Recipient:``),
  often with the reply after a colon (Postfix ``<a>: host mx said: 550 ...``, OpenSMTPD
  ``a: 421 ...``) or on the indented lines below it (Exim, Gmail's old notices);
* in a sentence that says the message did not reach it ("wasn't delivered to a",
  "Unable to send to a", "RCPT TO:<a>", "адресату a", "无法发送到a").

An address after "send mail to", "contact", "from" ... is someone to write to or the sender,
never a recipient; so are the bounce's own addresses and the returned message's sender.

Each recipient then owns the text from its mention to the next recipient's (blocks may be
separated by blank lines, and one recipient may be mentioned twice, as Office 365 does in its
"Diagnostic information for administrators"). The reply is the first line of the block that
quotes an SMTP code, with the line introducing it and its continuation lines; failing that,
the words after the address; failing that, what a list of addresses shares (the explanation
after the list), then the notice's first reply, then its failure sentence.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from typing import Final

from bouncelib._classify import parse_reply
from bouncelib._classify._model import is_guess
from bouncelib._data import notices as shapes
from bouncelib._dsn.general._notice import says_failed_or_delayed
from bouncelib._vocab import Reason, normalise_command

__all__ = ["Block", "as_reply", "continuation", "find_blocks", "framed_server"]

MAX_RECIPIENTS: Final = 200
# How many mentions of one recipient are read. Each is read down to the next line naming another recipient, so a
# notice naming one address thousands of times (a loop's or a fuzzer's) would take time quadratic in its length;
# the most any notice of the corpora names one recipient is 4, and a later mention adds nothing the first ones lack.
_MAX_MENTIONS: Final = 16
_DAEMON_LOCAL: Final = ("mailer-daemon", "mailer_daemon", "mail-daemon")
# What may stand before an address on "its own" line: brackets, quotes (a grave accent too, the typewriter-style
# opening quote of "`a@b'"), bullets, transcript arrows.
_OPENERS: Final = "<>\"'`([ \t*-•·"
_CLOSERS: Final = ">\"')]:;,. \t"
_MAX_DIAGNOSTIC: Final = 1500
# What a reply that names no reason is read as.
_NO_REASON: Final = (Reason.ONHOLD, Reason.UNDEFINED)
# How far below a bare list of addresses the error it shares is looked for.
_MAX_INTRODUCED_LINES: Final = 60
# The marks that end a sentence, the full stops of Chinese and Japanese among them.
_SENTENCE_ENDS: Final = (".", "!", "?", "。", "！", "？")
# What a line says of an address at its end: words (two or more, no other address), a colon.
_SAID_BEFORE: Final = re.compile(r"^[ \t]*[^\W\d_][^:@<>\n]*?\s[^:@<>\n]*?[^\s:]:[ \t]*[<\"']?\Z")
# ... of the address's user or mailbox.
_ITS_MAILBOX: Final = re.compile(r"\b(?:user(?:'s|id|name)?|mailbox|account|recipient|addressee)\b", re.I)
# A reply's line that starts with a bracketed name or identifier ("[EXAMPLE.JP] does not pass DMARC
# verification", the "[host 2024-06-26T06:23:31Z ID]" Office 365 ends its replies with).
_WRAPPED_ID: Final = re.compile(r"\[[\w.:-]+(?:[\] ]|\Z)")
# How much of the words below an address is read: about four lines of a notice's usual width.
_WORDS_BELOW_CHARS: Final = 240
# What follows a display name that is itself an address: the address in brackets
# (or bare or in quotes, as a relay or client may rewrite the brackets, then with the colon Exim writes after it).
_NAME_ADDR: Final = re.compile(r"[ \t]+(?:<[^<>@\s]+@[^<>\s]+>|[\"']?[^<>@\s\"']+@[^<>\s\"':]+[\"']?:)")
# A display name and the opening parenthesis of the address after it: "Russ Winter (" (Exchange 2010+).
_NAME_PAREN: Final = re.compile(r"[ \t]*[^\W\d_][^()<>@:;,\"：；]{0,60}\(\Z")
# ... and the opening bracket of the address after it: "Bob Example <" (a list of recipients written as
# mailboxes, name and address, one a line: Kopano's spooler, clients that forward a notice).
# A label is no name: "宛先：　<a>" (To, with the full-width colon of CJK text, Gromox's summary of the returned
# message) labels the address as "To: <a>" does.
_NAME_ANGLE: Final = re.compile(r"[ \t]*\"?[^\W\d_][^()<>@:;,\"：；]{0,60}\"?[ \t]+<\Z")
# The address's type written in front of it, as Exchange writes proxy addresses ("SMTP:a", and
# "smtp\\:a" with the colon escaped): part of how the address is written, not words before it.
_ADDRESS_TYPE: Final = re.compile(r"(?<![\w-])smtp\\?:\Z", re.I)
# A line that ends with an SMTP reply's code and nothing after it: the reply goes on below.
# A line that ends with the reply's bare code, or its code and enhanced status ("said: 550", "host mx [ip]: 553
# 5.7.1"): the reply's words are on the next line.
_ENDS_WITH_CODE: Final = re.compile(r"(?<![\w.-])[45]\d\d(?:[ -][45]\.\d{1,3}\.\d{1,3})?\Z")
# A rule drawn with dashes, equals signs, stars ...: layout, not words.
_RULE: Final = re.compile(r"[-=*#_~]{3,}")
# A banner: a few words set between rules on one line ("*****  End of message  *****", "===== Original message =====").
# Layout that opens or closes a section of the notice, never words about a recipient.
_BANNER: Final = re.compile(r"[-=*#_~]{3,}[ \t]*[^-=*#_~\s][^-=*#_~]{0,60}?[ \t]*[-=*#_~]{3,}")


def banner_only(paragraph: str) -> bool:
    """Whether every line of `paragraph` is a banner (`_BANNER`): a heading set between rules ("***** VIRUS ALERT
    *****"), no words about what happened."""
    lines = [ln.strip() for ln in paragraph.splitlines() if ln.strip()]
    return bool(lines) and all(_BANNER.fullmatch(ln) for ln in lines)


@dataclass(slots=True)
class Mention:
    """One address in the notice: where it is, and whether its place makes it a failed recipient
    (`strong`: on a line of its own, after recipient words, or in Sendmail's "a..." form; `alone`:
    nothing but brackets, bullets or a label before it on its line)."""

    line: int
    start: int
    end: int
    address: str
    strong: bool
    alone: bool = False
    orig: str | None = None
    wrapped: bool = False
    """Its recipient words end the line above (`_wrapped_to`): the sentence that names it starts there."""
    held: bool = False
    """The notice's addressee alone on its line, under no label: a recipient only in a list of others (`_listed`)."""


@dataclass(slots=True)
class Block:
    """One failed recipient and the notice text that is about it."""

    recipient: str
    orig_recipient: str | None = None
    diagnostic: str = ""
    remote_host: str | None = None
    remote_ip: str | None = None
    """The remote host's address as the frame of its reply names it ("host mx[192.0.2.1] said:"), which the reply
    text handed to the classifier leaves out (`as_reply`)."""
    command: str | None = None
    """The SMTP command the reply answered, as a transcript in the notice shows it (``>>> DATA``,
    ``<<< 554 ...``), when the reply is one of the transcript's answers."""
    mentions: list[Mention] = field(default_factory=list)

    @property
    def reply_code(self) -> str | None:
        """The class digit ("4", "5") of the SMTP reply in the recipient's block (Postfix's
        ``<a>: host mx said: 550 ...``, a transcript's ``RCPT TO:<a>`` ... ``550 ...``): a notice cut
        down to its recipient lines, or a bare transcript, still reports a failure."""
        if not self.mentions:
            return None
        for m in shapes.REPLY_CODE.finditer(self.diagnostic[:300]):
            digit = m.group(0).strip().lstrip("#")[:1]
            if digit in "45":
                return digit
        return None


# How many lines a recipient's block (the address and the reply under it) or a heading's paragraph may take.
_BLOCK_LINES = 6


def _context_before(lines: tuple[str, ...], i: int, start: int) -> tuple[str, bool]:
    """The words before an address on its line, else the end of the previous non-blank line.

    The flag says whether the address starts its line (nothing but brackets, bullets, a label
    such as "Recipient address:" and the address's type before it).
    """
    before = lines[i][:start]
    head = _ADDRESS_TYPE.sub("", before.rstrip(_OPENERS)).rstrip(_OPENERS)
    if head.strip() and not shapes.LABEL_BEFORE.match(head):
        return before[-80:], False
    for j in range(i - 1, max(-1, i - 3), -1):
        if lines[j].strip():
            return f"{lines[j][-80:]} {head}", True
    return head, True


# What follows the words inside a quoted local part that holds an "@" ('"a@b"@example.com'): the closing quote,
# the "@" and the domain.
_QUOTED_LOCAL_REST = re.compile(r'"@([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+)')


def _address_of(m: re.Match[str], text: _Text) -> tuple[str, int]:
    """The address a match of `shapes.ADDRESS` stands for, and where it starts on its line."""
    # A local part may start with a quote, but "'a@b' on <date>" (Exchange) quotes the address, and so does a grave
    # accent written as the opening quote ("`a@b' on <date>", Exchange 5.5's Internet Mail Service, the old
    # typewriter style of quoting): neither is part of the address.
    address, begin = m.group(0).rstrip(".").lstrip("'`"), m.start()
    begin += len(m.group(0)) - len(m.group(0).lstrip("'`"))
    stars = len(address) - len(address.lstrip("*"))
    if stars and m.string[m.end() : m.end() + stars] == "*" * stars:
        # "*a@b*", "**a@b**": a paste's or a Markdown mail's emphasis (Gmail's bold, Markdown's strong, as
        # a Laravel notification's text part keeps it) around the address, not part of it.
        address, begin = address[stars:], begin + stars
    if address[:5].lower() == "smtp=":
        # Exchange 5.5 "Gina Example (SMTP=gina@example.net)": the address type, then the address
        # ("=" may stand in a local part, so the pattern takes the type along).
        address, begin = address[5:], begin + 5
    if not address.endswith("]"):
        address = _unglued(_without_suffix(address), text)
    return address, begin


def _without_suffix(address: str) -> str:
    """The address without a word joined to it by a hyphen: a top-level domain is letters only (or an
    IDN's "xn--" form), so "a@lists.example.org-postituslistaa" (Finnish joins a case ending to an
    address so, "<a>-postituslistaa", whose brackets a client may drop) ends at "org"."""
    head, dot, last = address.rpartition(".")
    if not dot or "-" not in last or last[:4].lower() == "xn--":
        return address
    tld, _hyphen, suffix = last.partition("-")
    if len(tld) < 2 or not tld.isalpha() or not suffix.replace("-", "").isalpha():
        return address
    return f"{head}.{tld}"


def _unglued(address: str, text: _Text) -> str:
    """The address without a word a paste glued to it, when the notice names the real domain.

    A paste that lost the space after an address ("wasn't delivered to a@example.netbecause the
    domain example.net couldn't be found") makes the last label of its domain run on into a word;
    the notice's other mention of the domain, on its own, tells where the address ended.
    """
    local, domain = address.rsplit("@", 1)
    low = domain.lower()
    head, _dot, last = low.rpartition(".")
    if not head or not last.isalpha() or len(last) > 40 or text.whole_word(low):
        return address
    for cut in range(len(last) - 1, 1, -1):
        if text.whole_word(f"{head}.{last[:cut]}"):
            return f"{local}@{domain[: len(head) + 1 + cut]}"
    return address


class _Text:
    """The notice's text, lowered, and what `_whole_word` answered for each domain: a notice naming one domain on
    thousands of lines asks the same question thousands of times, and each answer reads the whole text."""

    __slots__ = ("_answers", "_lines", "_text")

    def __init__(self, lines: tuple[str, ...]) -> None:
        self._lines = lines
        self._text = ""
        self._answers: dict[str, bool] = {}

    def whole_word(self, domain: str) -> bool:
        answer = self._answers.get(domain)
        if answer is None:
            self._text = self._text or "\n".join(self._lines).lower()
            answer = self._answers[domain] = _whole_word(domain, self._text)
        return answer


def _whole_word(domain: str, text: str) -> bool:
    """Whether `domain` stands in `text` on its own (not inside an address or a longer name)."""
    at = text.find(domain)
    while at != -1:
        end = at + len(domain)
        before = text[at - 1] if at else " "
        after = text[end : end + 2] + "  "
        glued_before = before.isalnum() or before in "@.-_"
        glued_after = after[0].isalnum() or after[0] in "-_" or (after[0] == "." and after[1].isalnum())
        if not (glued_before or glued_after):
            return True
        at = text.find(domain, at + 1)
    return False


def _mentions(lines: tuple[str, ...], own: set[str], addressee: set[str]) -> list[Mention]:
    out: list[Mention] = []
    held: list[Mention] = []
    contacts: set[str] = set()
    text = _Text(lines)
    for i, line in enumerate(lines):
        if "@" not in line:
            x400 = shapes.X400_ADDRESS.match(line) if "=" in line else None
            if x400 is not None:
                out.append(Mention(i, x400.start(1), x400.end(1), _x400_unwrapped(x400, lines, i), True, True))
            continue
        if shapes.HEADER_LINE.match(line) and not _command_wrapped(lines, i):
            continue
        dotless = shapes.EXCHANGE_RECIPIENT_ON.match(line) if " on " in line else None
        if dotless is not None and dotless.group(1).lower() not in own:
            out.append(Mention(i, dotless.start(1), dotless.end(1), dotless.group(1), True, True))
            continue
        _line_mentions(lines, i, text, own=own, addressee=addressee, out=out, held=held, contacts=contacts)
    roles = {a for a in contacts if shapes.ROLE_LOCAL.fullmatch(a.partition("@")[0])}
    if roles:
        # A role mailbox (postmaster, support, ...) the notice names as someone to write to, anywhere in it, is no
        # recipient where it is named without those words: a notice written in two languages says it twice
        # (masqmail's "Für weitere Hilfe, schreiben Sie an <postmaster@...>." over "(If you need help, write to
        # <postmaster@...>.)"), and the words of one of them may be in no table (round r80recip,
        # leave-language-out).  Only a role's: "tried to write to a" reads as a contact's words too, and a person's
        # address named so may well be the one that refused the message.
        out = [m for m in out if m.address.lower() not in roles]
        held = [m for m in held if m.address.lower() not in roles]
    return _listed(out, held, lines) if held else out


def _listed(out: list[Mention], held: list[Mention], lines: tuple[str, ...]) -> list[Mention]:
    """The mentions, with each held one (the notice's addressee alone on its line) that stands in one list with
    another recipient alone on its line: the same paragraph, no blank line between.  A list of recipients at the
    top of the notice with the sentence that introduces it moved below ("<a>" / reply / "<b>" / reply, then "The
    following recipients did not receive ..."): the addressee listed like the others is one of them (a message
    the sender also sent to itself), as under a recipient label."""
    listed = [m for m in out if m.strong and m.alone]
    taken = False
    for h in held:
        for m in listed:
            if m.address.lower() == h.address.lower():
                continue
            low, high = min(h.line, m.line), max(h.line, m.line)
            if all(lines[k].strip() for k in range(low, high + 1)):
                out.append(replace(h, held=False))
                taken = True
                break
    return sorted(out, key=lambda m: (m.line, m.start)) if taken else out


def _line_mentions(
    lines: tuple[str, ...], i: int, text: _Text, *, own: set[str], addressee: set[str], out: list[Mention],
    held: list[Mention], contacts: set[str],
) -> None:
    """The addresses of line ``i`` that name a recipient, appended to ``out`` (`_mentions`); those it names as someone
    to write to, added to ``contacts``."""
    line = lines[i]
    named_at: int | None = None
    for m in shapes.ADDRESS.finditer(line):
        address, begin = _address_of(m, text)
        if address.lower().split("@", 1)[0] in _DAEMON_LOCAL:
            continue
        if _NAME_ADDR.match(line, m.end()):
            # "a@b <c@d>" (Exim quotes a malformed recipient so): a@b is the display name of the
            # address in brackets, which stands where the name starts.
            named_at = begin
            continue
        start, named_at = (begin if named_at is None else named_at), None
        end = m.end()
        quoted = _QUOTED_LOCAL_REST.match(line, end) if begin and line[begin - 1] == '"' else None
        if quoted is not None:
            # '"a@b"@c' (a quoted local part that holds an "@": Exchange 2000's NDR for a relay test): the address
            # is the whole of it, its domain the one after the closing quote, not the words inside the quotes.
            address, start, end = f'"{address}"@{quoted.group(1)}', begin - 1, quoted.end()
        mention = _mention_at(lines, i, start, end, address, own=own, addressee=addressee, out=out, contacts=contacts)
        if mention is not None:
            (held if mention.held else out).append(mention)


def _mention_at(
    lines: tuple[str, ...], i: int, start: int, end: int, address: str, *, own: set[str], addressee: set[str],
    out: list[Mention], contacts: set[str],
) -> Mention | None:
    """The mention of ``address`` (line ``i``, ``start:end``) as a recipient, or None when its words make it
    another party (the sender, a contact, an alias's expansion, a reason of the line above)."""
    line = lines[i]
    low = address.lower()
    context, alone, labelled = _placement(lines, i, start, end)
    # The bounce's addressee is normally the sender; a notice that puts it under a recipient
    # label bounced a message the sender also sent to itself.
    # So does a notice that names it as the mailbox that refused the message ("was bounced by your
    # mailbox a": a service's notice to its user about a mail it forwarded there).
    # Also when a wrap put the address at the start of its line, the words before it ending the line above.
    refuser = shapes.REFUSER_BEFORE.search(context if alone else line[:start]) is not None
    hold = False
    # Not labelled when a wrap only put it at the start of its line, mid-sentence ("sent to your address" /
    # "a have generated non-delivery reports"): written on one line, it would stand inside the sentence.
    labelled = labelled and not _wrapped_mid_sentence(lines, i, start, end)
    if low in own and not (
        low in addressee
        and (labelled or refuser or (alone and (_below_heading(lines, i) or _heading_below(lines, i))))
    ):
        # The addressee alone on its line under no label (the line above it does not end with a colon):
        # held, a recipient only when listed with others (`_listed`).
        # Alone means nothing else on the line: "<a>... Please use the smtp server of your ISP" (a reply wrapped
        # so that the sender's address starts a line) names the addressee in the reply, not in a list.
        hold = low in addressee and alone and not line[end:].strip(" \t>\"'):") and not _label_above(lines, i)
        if not hold:
            return None
    before = line[:start]
    if _in_reason_of_above(out, lines, i) or _named_among_possibilities(out, lines, i):
        return None
    if _inside_expanded_from(before):
        _expanded_from(out, Mention(i, start, end, address, True, True), before, lines)
        return None
    contact = shapes.CONTACT_BEFORE.search(context) is not None and shapes.FAILED_SEND_BEFORE.search(context) is None
    if contact or _write_to_abroad(context) or _forward_to(lines, i, end):
        contacts.add(low)
        return None
    if shapes.SENDER_OK_AFTER.match(line, end) or shapes.ALIAS_EXPANDED_AFTER.match(line, end):
        return None
    # The reply after the address may be wrapped onto the next line ("550 <a>... We don't accept" /
    # "mail from spammers"): what it says of the address is read on both lines.
    wrapped = lines[i + 1].strip() if i + 1 < len(lines) else ""
    strong = alone or refuser or _strong(line, before, context, end, wrapped) or _item_under_failure(lines, i)
    wrapped_to = not strong and _wrapped_to(lines, i, before)
    if hold:
        return Mention(i, start, end, address, True, True, held=True)
    return Mention(i, start, end, address, strong or wrapped_to, alone, wrapped=wrapped_to)


def _wrapped_mid_sentence(lines: tuple[str, ...], i: int, start: int, end: int) -> bool:
    """Whether the address at ``start:end`` of line `i` starts its line only because a wrap put it there: nothing
    before it on the line, the line above ends in mid-sentence (no colon, no full stop) and words go on after it."""
    if i == 0 or lines[i][:start].strip(_OPENERS):
        return False
    above = lines[i - 1].rstrip()
    if not above or above.endswith((".", ":", "!", "?", ";")):
        return False
    after = lines[i][end:].strip(_CLOSERS)
    return bool(after) and after[:1].isalpha()


def _label_above(lines: tuple[str, ...], i: int) -> bool:
    """Whether the line above line `i` in its paragraph ends with a colon (a label: "Original sender:")."""
    return i > 0 and lines[i - 1].rstrip().endswith(":")


def _below_heading(lines: tuple[str, ...], i: int) -> bool:
    """Whether the address alone on line `i` stands right below a heading that lists recipients
    (`shapes.RECIPIENTS_HEADING`), past blank lines; the heading's sentence may be wrapped over two lines
    ("The following address(es)" / "failed:")."""
    j = i - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    if j < 0 or not lines[j].rstrip().endswith(":"):
        return False
    above = lines[j - 1].strip() if j > 0 else ""
    return shapes.RECIPIENTS_HEADING.search(" ".join(f"{above} {lines[j].strip()}".lower().split())) is not None


def _heading_below(lines: tuple[str, ...], i: int) -> bool:
    """Whether the address alone on line `i` heads a list whose heading stands in the paragraph right below it
    (`shapes.RECIPIENTS_HEADING`, ending with a colon): the sentence that introduces the failed recipients
    written after their block instead of before it ("a:" / reply, then "The following address(es)" / "failed:")."""
    j = i + 1
    while j < len(lines) and j <= i + _BLOCK_LINES and lines[j].strip():
        j += 1
    if j >= len(lines) or lines[j].strip():
        return False
    while j < len(lines) and not lines[j].strip():
        j += 1
    for k in range(j, min(len(lines), j + _BLOCK_LINES)):
        line = lines[k].strip()
        if not line or "@" in line:
            return False
        if line.endswith(":"):
            above = lines[k - 1].strip() if k > j else ""
            return shapes.RECIPIENTS_HEADING.search(" ".join(f"{above} {line}".lower().split())) is not None
    return False


def _command_wrapped(lines: tuple[str, ...], i: int) -> bool:
    """Whether a line that opens with "TO:" goes on with the SMTP command the line above ends with: Exim's
    "SMTP error from remote mail server after RCPT" / "TO:<a>:" wrapped so names the recipient as "RCPT
    TO:<a>" does, not a header's "To:"."""
    return i > 0 and lines[i - 1].rstrip().lower().endswith("rcpt") and lines[i].lstrip()[:3].lower() == "to:"


def _x400_unwrapped(x400: re.Match[str], lines: tuple[str, ...], i: int) -> str:
    """The X.400 address at the start of line `i`, also when a wrap cut its last attribute ("c=US;a= ;
    p=Org;o=Site" / "A;dda:MSEXCHANGE=/o=.../cn=...; on 12/7/99"): every attribute ends with ";", so a line
    that ends inside one goes on with the next line, up to its last ";" (a wrap at a space)."""
    rest = lines[i][x400.end(1) :].strip()
    if not rest or ";" in rest or "=" not in rest or i + 1 >= len(lines) or ";" not in lines[i + 1]:
        return x400.group(1)
    joined = shapes.X400_ADDRESS.match(f"{lines[i].rstrip()} {lines[i + 1].strip()}")
    return joined.group(1) if joined is not None else x400.group(1)


def _said_of(mentions: list[Mention], lines: tuple[str, ...]) -> None:
    """With no recipient named otherwise: an address that ends a line after what the line says of its
    user or mailbox ("User's mailbox is full: <a>", "Invalid final delivery userid: a", as IMail and
    some Sendmail relays write their one-line notice), the only address so placed, is the recipient.
    Not after words that say nothing of it ("Report id: a")."""
    placed = [
        m
        for m in mentions
        if not lines[m.line][m.end :].strip(_CLOSERS)
        and _SAID_BEFORE.search(lines[m.line][: m.start]) is not None
        and _ITS_MAILBOX.search(lines[m.line][: m.start]) is not None
    ]
    if len(placed) == 1:
        placed[0].strong = True


def _placement(lines: tuple[str, ...], i: int, start: int, end: int) -> tuple[str, bool, bool]:
    """(the words before the address, whether it stands alone on its line, whether it is labelled as
    a recipient: on its own line after a label ("Recipient: a"), or below words that introduce the
    recipients ("Reasons are listed with each recipient:" above "<a>"))."""
    line = lines[i]
    context, alone = _context_before(lines, i, start)
    named = _NAME_PAREN.match(line[:start].rstrip("<\"'")) or _NAME_ANGLE.match(line[:start])
    if not alone and named and not line[end:].strip(" \t).>\"'"):
        # "Russ Winter (a)" on a line of its own: Exchange 2010 and later list a recipient so,
        # its display name and the address in parentheses (bare, or in brackets or quotes as a
        # client or relay may rewrite it); the line names it as a bare one does.
        alone = True
    listed = not line[end:].strip(" \t).>\"'") and _bare_name(line[:start].rstrip("\"'"))
    if not alone and listed and _under_heading(lines, i):
        # "Bob Example bob@example.com" in a list under its heading ("Recipients that failed permanently:"): a
        # mailbox written as name and address with the brackets dropped or made quotes (a relay or client that
        # rewrote them, 'Bob Example "bob@example.com"').
        alone = True
    labelled = alone and (
        bool(line[:start].strip(_OPENERS)) or shapes.RECIPIENT_BEFORE.search(context.rstrip()) is not None
    )
    return context, alone, labelled


def _bare_name(before: str) -> bool:
    """Whether the words before an address are a display name only: one to four words, each a capitalised name
    ("Bob Example", "Anne-Marie O'Neil")."""
    words = before.split()
    return 0 < len(words) <= 4 and all(
        w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words
    )


def _under_heading(lines: tuple[str, ...], i: int) -> bool:
    """Whether line `i` stands in a list right under a heading: the lines above it up to a line ending with a
    colon (no blank line between) each name an address."""
    for j in range(i - 1, max(-1, i - MAX_RECIPIENTS), -1):
        text = lines[j].strip()
        if not text:
            return False
        if text.endswith(":") and "@" not in text:
            return True
        if "@" not in text:
            return False
    return False


def _expanded_from(out: list[Mention], mention: Mention, before: str, lines: tuple[str, ...]) -> None:
    """ "<a> (expanded from <b>)": b is what the sender wrote; a redacted or local a ("<XXXX
    (expanded from <b>)", "<root> ...") leaves b as the only address. So for the alias written in
    parentheses of its own on a line right under the address that failed (Sendmail's "a" over "(reason:
    ...)" and "(expanded from: b)", Exim's "a" over "(generated from b)"): b is the alias, a the member."""
    if out and out[-1].line == mention.line:
        out[-1].orig = mention.address
    elif out and out[-1].alone and before.lstrip()[:1] == "(" and _indented_under(lines, out[-1].line, mention.line):
        out[-1].orig = out[-1].orig or mention.address  # the alias of the member above
    elif before.strip().startswith(("<", "(")) or _token_before_expanded(before):
        out.append(mention)


def _strong(line: str, before: str, context: str, end: int, following: str = "") -> bool:
    """Whether the words around an address say it is a failed recipient (not only mentioned).  Not
    when the reply right after it says the address is the sender's or refuses mail from it ("550
    <a>... We don't accept mail from spammers"), however recipient-like the address's place, also when
    that reply is wrapped onto the `following` line."""
    if shapes.SENDER_REFUSED_AFTER.match(f"{line} {following}" if following else line, end) is not None:
        return False
    return (
        shapes.RECIPIENT_BEFORE.search(before[-40:] or context) is not None
        or shapes.AFTER_ADDRESS.match(line, end) is not None
        or shapes.ADDRESS_FAULT_AFTER.match(line, end) is not None
        or _after_failure_colon(before)
        or shapes.REFUSAL_BEFORE.search(before[-20:]) is not None
    )


def _item_under_failure(lines: tuple[str, ...], i: int) -> bool:
    """Whether line `i` is an item of a bulleted list that a sentence saying the message failed (or is delayed)
    introduces with a colon, the item naming one address: whatever else the item says of it (the transfer, the date,
    the recipient's role in the notice's language: "- Transfer #12 to a on <date>", "- Guest b on <date>"), a list
    under such a heading lists the recipients the sentence is about (FileSender's bounce reports)."""
    heading = _item_heading(lines, i)
    return heading is not None and says_failed_or_delayed(heading)


def _item_heading(lines: tuple[str, ...], i: int) -> str | None:
    """The sentence that introduces, with a colon, the bulleted list line `i` is an item of, when the item names one
    address ("- Transfer #12 to a on <date>"); None when the line is no such item.  The heading's sentence is taken
    also when a wrap left its start on the lines above."""
    line = lines[i]
    if not _BULLET.match(line.strip()) or line.count("@") != 1:
        return None
    margin = len(line) - len(line.lstrip())
    for j in range(i - 1, max(-1, i - MAX_RECIPIENTS), -1):
        above = lines[j]
        text = above.strip()
        if not text:
            continue
        indent = len(above) - len(above.lstrip())
        if (_BULLET.match(text) and indent == margin) or indent > margin:
            continue  # another item of the list, or a line an item goes on with
        if not text.endswith(":") or "@" in text:
            return None
        words = [text]
        for k in range(j - 1, max(-1, j - 3), -1):
            if not lines[k].strip() or lines[k].rstrip().endswith((":", *_SENTENCE_ENDS)):
                break
            words.insert(0, lines[k].strip())
        return " ".join(words)
    return None


def listed_items(lines: tuple[str, ...], own: set[str]) -> list[Block]:
    """The recipients of a notice that says by other signs that the message failed (or is delayed), and names them
    nowhere but as the items of one bulleted list a heading introduces with a colon, one address an item: whatever
    the heading's words, in a language no table holds (round r81recip, leave-language-out: FileSender's bounce report
    in French and Czech, "Certains de vos destinataires n'ont pas pû reçevoir votre message :" over "- Dépôt #58 :
    destinataire a le <date>"), the list is the one the notice is about.  Each item's line is its recipient's text.
    Nothing when the items stand under more than one heading (two lists: which one failed is said in words), when
    an item names the notice's own addresses or a role mailbox (`shapes.ROLE_LOCAL`: "- help@...", a list of whom to
    write to), or when the heading's words say so ("Our support team can be reached at:", `shapes.CONTACT_BEFORE`)."""
    found: dict[str, Block] = {}
    headings: set[int] = set()
    for i, line in enumerate(lines):
        heading = _item_heading(lines, i) if "@" in line else None
        if heading is None:
            continue
        m = shapes.ADDRESS.search(line)
        if m is None:
            continue
        address = m.group(0).rstrip(".").strip("'`*")
        role = shapes.ROLE_LOCAL.fullmatch(address.partition("@")[0]) is not None
        if address.lower() in own or role or shapes.CONTACT_BEFORE.search(heading.lower()):
            return []
        headings.add(_heading_line(lines, i))
        found.setdefault(address.lower(), Block(recipient=address, diagnostic=" ".join(line.split())))
    return list(found.values()) if len(headings) == 1 else []


def _heading_line(lines: tuple[str, ...], i: int) -> int:
    """The line of the heading above the bulleted item on line `i` (`_item_heading` found one)."""
    margin = len(lines[i]) - len(lines[i].lstrip())
    for j in range(i - 1, -1, -1):
        text = lines[j].strip()
        indent = len(lines[j]) - len(lines[j].lstrip())
        if text and not ((_BULLET.match(text) and indent == margin) or indent > margin):
            return j
    return -1


def _wrapped_to(lines: tuple[str, ...], i: int, before: str) -> bool:
    """Whether the recipient words stand at the end of the line above, the sentence wrapped between them and the
    address with a word or two of it on the address's line ("you are not authorized to use" / "the a address"):
    the words before the address are read across the wrap."""
    above = _sentence_line_above(lines, i)
    if len(before.split()) > 2 or above is None or lines[above].rstrip().endswith((".", ":", "!")):
        return False
    return shapes.RECIPIENT_BEFORE.search(f"{_wrapped_above(lines, above + 1, 0)[-60:]} {before.strip()} ") is not None


def _sentence_line_above(lines: tuple[str, ...], i: int) -> int | None:
    """The line above line `i` in its sentence: the line right above, or, across one blank line, the line before it
    when that one ends in mid-sentence (no full stop, colon or the like) and line `i` goes on in lower case (a
    relay or client that put a blank line inside a wrapped sentence: "you are not authorized to use" / "" / "the a
    address")."""
    if i == 0:
        return None
    if lines[i - 1].strip():
        return i - 1
    if i < 2 or not lines[i - 2].strip() or lines[i - 2].rstrip().endswith((".", ":", "!", "?", ";", ",")):
        return None
    first = lines[i].lstrip(" \t>")
    return i - 2 if first[:1].islower() else None


def _wrapped_above(lines: tuple[str, ...], i: int, start: int) -> str:
    """The words of the sentence that a wrap left above line `i` (from line `start` on): the line above, and
    when that one is short, the line above it too if it does not end a sentence (a narrow wrap may leave only
    part of the words on the line above: "you are not authorized" / "to use" / "the a address")."""
    above = lines[i - 1].strip()
    if (
        len(above) < 40
        and i - 2 >= start
        and lines[i - 2].strip()
        and not lines[i - 2].rstrip().endswith((".", ":", "!"))
    ):
        above = f"{lines[i - 2].strip()} {above}"
    return above


def _write_to_abroad(context: str) -> bool:
    """ "schreiben Sie an <a>", "veuillez écrire à <a>": someone to write to, in another language."""
    head = context.rstrip(_OPENERS).lower()
    return head.endswith(shapes.WRITE_TO_ENDS) and shapes.WRITE_TO_ABROAD.search(head[-40:]) is not None


def _forward_to(lines: tuple[str, ...], i: int, end: int) -> bool:
    """ "schicken Sie ... an <a> weiter": the address a German sentence asks to pass the message on to
    (`shapes.FORWARD_TO_AFTER`), the particle after it on its line or at the start of the next one."""
    after = lines[i][end : end + 40]
    if not after.strip(_CLOSERS) and i + 1 < len(lines):
        after = f"{after}\n{lines[i + 1][:40]}"
    return shapes.FORWARD_TO_AFTER.match(after) is not None


def _after_failure_colon(before: str) -> bool:
    """ "Delivery failed 20 attempts: a" -- the address a sentence saying delivery failed leads to;
    or is delayed: Exim's "The address to which the message has not yet been delivered is: a"."""
    head = before.rstrip(" \t<\"'")
    if not head.endswith(":"):
        return False
    return says_failed_or_delayed(head[-120:])


# How many lines below its member an alias's own "(expanded from: b)" line may stand (Sendmail writes the
# member's "(reason: ...)" line between them, which a narrow wrap may make two).
_ALIAS_BELOW: Final = 4


def _in_reason_of_above(out: list[Mention], lines: tuple[str, ...], i: int) -> bool:
    """Whether line `i` is Sendmail's "(reason: ...)" line of the address named on the line above it: the
    server's reply given for that address, which may echo it otherwise ("(reason: 550 5.1.1 <b>... User
    unknown)" under "a"): an address the reply names is that recipient's, not another one."""
    return bool(out) and out[-1].line == i - 1 and lines[i].lstrip()[:8].lower() == "(reason:"


def _indented_under(lines: tuple[str, ...], member: int, alias: int) -> bool:
    """Whether line `alias` is one of the indented lines right under the address on line `member`, with no
    blank line between (Sendmail's "(reason: ...)" and "(expanded from: b)", Exim's "(generated from b)")."""
    return 0 < alias - member <= _ALIAS_BELOW and all(
        lines[k][:1] in (" ", "\t") and lines[k].strip() for k in range(member + 1, alias + 1)
    )


def _inside_expanded_from(before: str) -> bool:
    """Whether the address is the alias of an "(expanded from ..." (Postfix, Sendmail) or "(generated
    from ..." / "(ultimately generated from ..." (Exim) parenthesis still open before it."""
    low = before.lower()
    at = max(low.rfind("(expanded from"), low.rfind("(generated from"), low.rfind("(ultimately generated from"))
    return at != -1 and ")" not in before[at:]


def _token_before_expanded(before: str) -> bool:
    head = before.lower().split("(expanded from", 1)[0].strip(" <>\t")
    return bool(head) and " " not in head


def _is_code_line(line: str) -> bool:
    return any(m.group(0).strip()[:1] in "45#" for m in shapes.REPLY_CODE.finditer(line))


def _reply_rank(text: str) -> int:
    """How much of a server's reply a recipient's text quotes: 2 for a reply with its code ("Remote
    Server returned '550 5.1.10 ...'"), 1 for a bare status only ("see DSN 5.1.10 Errors in ..." in help
    text), 0 for none. Of a recipient's mentions, the one with the fuller reply says what the server said."""
    rank = 0
    for m in shapes.REPLY_CODE.finditer(text):
        code = m.group(0).strip().lstrip("#")
        if code[:1] in ("4", "5"):
            if code[1:2] != ".":
                return 2
            rank = 1
    return rank


def continuation(lines: tuple[str, ...], i: int, stop: int, under: int = -1) -> list[str]:
    """Line `i` and the lines that continue it: indented deeper, or more lines of a multi-line reply.

    `under` is the indentation of the recipient's own line: when line `i` is indented deeper, it
    is part of the paragraph indented under the recipient (Postfix wraps the remote server's reply
    so, ending it with "(in reply to RCPT TO command)"), and the lines of that paragraph continue it.
    """
    first = lines[i]
    indent = len(first) - len(first.lstrip())
    out = [first.strip()]
    for j in range(i + 1, stop):
        line = lines[j]
        text = line.strip()
        if not text:
            if _ENDS_WITH_CODE.search(out[-1]) is not None and j + 1 < stop and lines[j + 1].strip():
                # "said: 554 5.7.1", a blank line, then the reply's words: a reply's bare code is never all of it,
                # so its words go on across one blank line (a relay or client that put one there).
                continue
            break
        at = len(line) - len(line.lstrip())
        deeper = at > indent or (at == indent > under >= 0)
        # More lines of a multi-line reply: "550-..." lines, and the "550 ..." line that ends them, also when a wrap
        # cut the "550-" line above it in two ("550-... is not" / "permitted to" / "550 relay through ...").
        code = text[:3]
        opened = text[3:4] in (" ", "") and any(o.startswith(f"{code}-") or f" {code}-" in o for o in out)
        multiline = code.isdigit() and (text[3:4] == "-" or opened)
        # A reply wrapped mid-sentence (at the wrapping MTA's or client's width, with no indentation):
        # a line that starts in lower case goes on with the sentence above it.
        # So does one after a line that ends with the reply's bare code ("said: 550", then "5.1.1 ...").
        # So does a bracketed name or identifier the server put in or after its reply.
        wrapped = (
            (text[:1].islower() and not out[-1].endswith(_SENTENCE_ENDS))
            or _WRAPPED_ID.match(text) is not None
            or _ENDS_WITH_CODE.search(out[-1]) is not None
        )
        # So does a line after one that ends mid-sentence (":", ";", ",", "-", "..."): a wrap at a clause.
        if not (deeper or multiline or wrapped or out[-1].endswith((":", ";", ",", "-", "...")) or _left_open(out[-1])):
            break
        out.append(text)
    return out


def _left_open(line: str) -> bool:
    """Whether a line leaves a bracket it opened unclosed, so that a wrap cut what the bracket holds (Exchange's
    "Remote Server returned '554 5.0.0 <mx.example.org" / "#5.0.0 smtp; 550 ...>'"): the next line goes on
    with it.  A transcript's "<<< " and ">>> " marks are no brackets."""
    text = line.lstrip("<> ")
    return text.count("<") > text.count(">") or text.count("(") > text.count(")")


def _tail(line: str, end: int) -> str:
    """What follows the address on its line, the brackets and "(expanded from ...)" removed."""
    rest = line[end:]
    m = shapes.EXPANDED_FROM.search(rest[:200])
    if m is not None and not rest[: m.start()].strip(_CLOSERS):
        rest = rest[m.end() :]
    rest = rest.lstrip(_CLOSERS).strip()
    return "" if _RULE.fullmatch(rest) else rest


def _heading(line: str, m: Mention) -> bool:
    """Whether the address stands between rules on its line ("------ a ------", Exim's heading over the
    text a local delivery program wrote for that recipient): the section below is about it alone."""
    after = line[m.end :].lstrip(_CLOSERS).strip()
    return _RULE.fullmatch(line[: m.start].strip(" \t<")) is not None and _RULE.fullmatch(after) is not None


def _coded(lines: tuple[str, ...], first: Mention, stop: int) -> str:
    """The first SMTP reply of the block: its line, the line introducing it, its continuation lines."""
    i = first.line
    for j in range(i, stop):
        line = lines[j]
        if j == i:
            if not _is_code_line(line[first.end :]):
                continue
            words = continuation(lines, j, stop)
            if first.alone:
                words[0] = _tail(line, first.end)  # "<a>: host mx said: 550 ...": the words after a
            else:
                words[0] = _relayed(line, first.end) or words[0]
            said = " ".join(w for w in words if w)
            if _reply_rank(said) < 2:
                # The recipient's line gives only the reporting MTA's status ("a; Action: Failed;
                # Status: 5.3.0"); the server's own reply, with its code, follows further down the
                # block ("- SMTP protocol diagnostic: 550 ...") and says what happened.
                later = _server_reply_below(lines, i + 1 + len(words) - 1, stop)
                if later:
                    said = f"{said} {later}"
            return said
        if shapes.SECTION_BREAK.match(line):
            break
        if _is_code_line(line):
            words = continuation(lines, j, stop, len(lines[i]) - len(lines[i].lstrip()))
            between = [ln.strip() for ln in lines[i + 1 : j]]
            prev = between[-1] if between else ""
            if _transcript_line(line):
                # An answer of a session transcript (" Out: 451 4.3.0 ..."): the lines above it are the
                # session's earlier commands and answers, not words about this one; the answer is the reply.
                return " ".join([shapes.TRANSCRIPT_ANSWER.sub("", words[0], count=1), *words[1:]])
            if 0 < len(between) <= 4 and all(between) and sum(map(len, between)) < 300:
                # The lines from the address to its reply, one short paragraph (however wrapped): they say
                # what the reply answered (qmail "192.0.2.1 does not like recipient.", Exim "... after RCPT
                # TO:<a>:").
                words[:0] = between
            elif prev.endswith(":") and len(prev) < 200:
                words.insert(0, prev)  # "The error that the other server returned was:"
            return " ".join(words)
    return ""


def _transcript_line(line: str) -> bool:
    """Whether `line` is a line of an SMTP session transcript: a command sent or an answer."""
    return shapes.TRANSCRIPT_SENT.match(line) is not None or shapes.TRANSCRIPT_ANSWER.match(line) is not None


def _server_reply_below(lines: tuple[str, ...], start: int, stop: int) -> str:
    """The first line of lines ``start .. stop`` that quotes a server's reply with its three-digit code,
    with its continuation lines; ``""`` when none comes before the next section."""
    for j in range(start, stop):
        if shapes.SECTION_BREAK.match(lines[j]):
            break
        if _reply_rank(lines[j]) == 2:
            return " ".join(continuation(lines, j, stop))
    return ""


def _relayed(line: str, end: int) -> str:
    """The remote server's reply on a Sendmail summary line that quotes it with its own code after
    the address ("554 <a>... 550 Host unknown"): the words after the dots, whose code is the server's
    (the line's first code is the reporting MTA's own summary of it). ``""`` for any other line."""
    m = shapes.AFTER_ADDRESS.match(line, end)
    if m is None:
        return ""
    rest = line[m.end() :].strip()
    code = shapes.REPLY_CODE.match(rest)
    return rest if code is not None and code.group(0).strip()[:1] in ("4", "5") and rest[1:2] != "." else ""


def _diagnostic(lines: tuple[str, ...], first: Mention, stop: int, start: int = 0) -> str:
    """The reply for the recipient mentioned at `first`, within lines ``first.line .. stop``; `start`
    is the first line after the mention of another recipient above it (0 when there is none).

    A sentence that names the recipient ("wasn't delivered to a because ...") is kept in front of
    the quoted reply: it is often the clearer of the two.
    """
    i = first.line
    rest = _sentence_rest(lines, first, stop)
    # The sentence's start, when its recipient words end the line above (`Mention.wrapped`): only up to the end
    # of the sentence before it on that line.
    above = _wrapped_above(lines, i, start) if first.wrapped and i > start else ""
    cut = max(above.rfind(f"{end} ") for end in _SENTENCE_ENDS)
    head = [above[cut + 2 :] if cut >= 0 else above] if above else []
    target = _generated_target(lines, first, start)
    own = target or lines[i].strip()
    # ("generated by <a>" reads as a label before the address: `alone`, but the delivery above still leads.)
    lead = "" if (first.alone and not target) or _relayed(lines[i], first.end) else " ".join([*head, own, *rest])
    answer = _answer_above(lines, first)
    if answer:
        return f"{lead} {answer}"
    # A sentence that ends at the address and only says the message did not reach it ("There was an
    # error delivering your mail to <a>.") says nothing the action does not: the reply below it, or the
    # paragraph that says why, is the remote server's answer on its own.
    bare_lead = (
        bool(lead) and not rest and not lines[i][first.end :].strip(_CLOSERS) and says_failed_or_delayed(lead)
    )
    coded = _coded(lines, first, stop) or _coded_above(lines, first, stop, start, lead)
    if coded:
        # The remote server's own reply, quoted under the notice's sentence, says why whenever it names a
        # reason (corpus/LABELING.md: the outer notice's words, often a template chosen by the reply's
        # code class, decide only when the inner reply names nothing, a bare code).
        if not lead or bare_lead or lead in coded or _names_a_reason(coded):
            return coded
        return f"{lead} {coded}"
    return _uncoded(lines, first, stop, start, lead=lead, rest=rest, bare_lead=bare_lead)


def _coded_above(lines: tuple[str, ...], first: Mention, stop: int, start: int, lead: str) -> str:
    """The server's reply that the paragraph right above the recipient's quotes, when nothing below
    the recipient quotes one (round r48gen): a notice that explains first and lists the recipients after (`Reason:
    550 ...`, then the address alone on its line, then the returned message's subject and date). Only when the
    recipient's own words name no reason, nor does a paragraph below that says the message failed or is delayed (Exim's
    "Delivery attempts will continue for some time" says what happens next, not why): then the words below are about
    something else, and the reply above is what the server said of the recipient."""
    own = lead or _tail(lines[first.line], first.end)
    if own and (_names_a_reason(own) or shapes.NO_SERVER_ANSWER.search(own)):
        return ""  # the recipient's own words say why ("a... Deferred: Connection refused by [ip]")
    if start > 0 and _reply_rank(lines[start - 1]) < 2:
        # Another recipient above whose own line quotes no reply: the reply below it is that recipient's (a bare
        # address listed under another's indented "450 too frequent connects" does not take it).
        return ""
    outcome = _outcome_paragraph(lines, first.line + 1, stop)
    if outcome and _names_a_reason(outcome):
        return ""
    above = _paragraph_above(lines, first.line, start, stop)
    if not above or _points_at_list(above):
        return ""
    return above if _quotes_reply(above) else ""


def _quotes_reply(text: str) -> bool:
    """Whether `text` quotes a server's reply: with its code, or introduced by the frame that names the server who
    answered ("host mx.example.org [192.0.2.1]:" over words whose code a relay or a paste left out)."""
    return _reply_rank(text) == 2 or shapes.SERVER_FRAME.search(text) is not None


def _generated_target(lines: tuple[str, ...], first: Mention, start: int) -> str:
    """The delivery written on the line above an address that its line says it was generated from ("pipe to
    |/bin/false" over "generated by a", Exim): that delivery failed, so it and the words after the address are the
    recipient's own words, without "generated by"; "" when the address's line says no such thing."""
    i = first.line
    if i <= start or not shapes.GENERATED_BY.search(lines[i][: first.start]) or not lines[i - 1].strip():
        return ""
    return " ".join(filter(None, (lines[i - 1].strip(), _tail(lines[i], first.end))))


def _uncoded(
    lines: tuple[str, ...], first: Mention, stop: int, start: int, *, lead: str, rest: list[str], bare_lead: bool
) -> str:
    """`_diagnostic` for a recipient with no reply code below it: the words after the address (or its
    sentence, `lead`) and the lines that follow, completed by the paragraph that says why."""
    i = first.line
    # A sentence that says the message did not reach the address leaves the cause to the next
    # paragraph (DragonFly's notice); so does one that says it is delayed (Exim's "... has not yet
    # been delivered is: a", then "Delay reason:").
    # So does one that introduces the address on the line above it, the address alone on its line ("The
    # address to which the message has not yet been delivered is:" / "a (ultimately generated from b)").
    # Not a sentence that says why itself ("Your message to a contains a blocked attachment and has not been
    # delivered."): the paragraph next to it is a remark on the cause it named, not the cause (round r49gen).
    why_follows = (
        bare_lead
        or (bool(lead) and says_failed_or_delayed(lead) and not _names_a_reason(lead))
        or _introduced_above(lines, first)
    )
    # No code: the words after the address (or its sentence) and the lines that follow.
    tail = lead or _tail(lines[i], first.end)
    if not tail and _list_only(lines, i):
        introduced = _introduced(lines, i + 1, stop)
        if introduced:
            return introduced
    # Below the sentence: the lines that finished it (`rest`) are in the lead already.
    words = _words_below(lines, i + 1 + len(rest), stop, [tail] if tail else [], why_follows=why_follows)
    if bare_lead and len(words) > 1:
        words = words[1:]
        cause = _cause_above(lines, i, start)
        if cause and not _names_a_reason(" ".join(words)):
            # What follows the sentence is no cause (advice: "You can view this email on <link>"), the paragraph
            # above it names one ("This is usually because ..."): the explanation written first (round r49gen).
            return cause
    elif bare_lead:
        # Nothing below the sentence: it says only what the action says, and the notice's explanation
        # stands elsewhere (above it, as DragonFly's does when the sentence comes last): `_share`.
        return ""
    said = " ".join(words)
    return _completed(lines, i, stop, start, said)


def _cause_above(lines: tuple[str, ...], i: int, start: int) -> str:
    """The paragraph right above the one of line `i` (after line `start`, the line after another recipient's) when it
    names a reason and is a paragraph of its own: not a heading that introduces what follows (it ends with a colon),
    nor a line that names an address."""
    top = i
    while top > start and lines[top - 1].strip():
        top -= 1
    above = _lines_above(lines, top, start)
    if not above or above.endswith(":") or "@" in above or _points_at_list(above) or _offers_possibilities(above):
        return ""
    return above if _names_a_reason(above) else ""


def _named_among_possibilities(out: list[Mention], lines: tuple[str, ...], i: int) -> bool:
    """Whether an address named before is named again on line `i`, in a paragraph that offers possible causes ("This
    might mean a / - does not exist, or ..."): those words are no account of its failure, so the mention is none of
    the recipient's."""
    return bool(out) and _offers_possibilities(_paragraph_head(lines, i))


# How far above an address the opening of the paragraph it stands in is looked for (`_paragraph_head`): a few lines,
# so that a list of thousands of addresses with no blank line is not walked up once per address.
_HEAD_LINES: Final = 6


def _paragraph_head(lines: tuple[str, ...], i: int) -> str:
    """The first line of the paragraph line `i` stands in, when it opens at most `_HEAD_LINES` lines above it (else
    ``""``)."""
    for j in range(i, max(-1, i - _HEAD_LINES), -1):
        if j == 0 or not lines[j - 1].strip():
            return lines[j]
    return ""


def _offers_possibilities(paragraph: str) -> bool:
    """Whether a paragraph opens by offering a cause as a possibility ("This is usually because ...", "This might
    mean ..."): what usually happens, or might have, is no cause of this failure (`shapes.POSSIBLE_CAUSE`)."""
    return shapes.POSSIBLE_CAUSE.match(" ".join(paragraph[:120].lower().split())) is not None


def _completed(lines: tuple[str, ...], i: int, stop: int, start: int, said: str) -> str:
    """The recipient's words `said` (at line `i`) with what a nearby paragraph adds: why it failed when
    the words say nothing of it, the details a heading announces when they say only what happened."""
    if not shapes.REPLY_CODE.search(said) and not says_failed_or_delayed(" ".join(said.split())):
        # Words that say nothing of what happened close the sentence the address stands in (a list
        # manager's "<list> verwaltet." naming the list it runs): the paragraph below that says the
        # message failed, within the block, says why.
        # Words in which the classifier reads nothing at all (the end of a sentence naming the list,
        # "verwaltet.", "mailing list."; a date, "on 1/4/99 7:28 AM") leave what happened to the
        # paragraph above, when none below says it.
        why = _outcome_paragraph(lines, i + 1, stop) or (
            _paragraph_above(lines, i, start, stop) if said and _says_nothing(said) else ""
        )
        if why:
            return f"{said} {why}" if said else why
    elif said and not _names_a_reason(said):
        # Words that say only what happened ("Message will be retried for 2 more day(s)"), not why: the
        # details a heading below announces ("Technical details of temporary failure:") say why.
        details = _details_below(lines, i + 1, stop, said)
        heading, _colon, answer = details.partition(":")
        if details and shapes.SERVER_ANSWER_INTRO.search(f"{heading.lower()}:") and answer.strip():
            # "Remote host said :" over the answer: the server's own reply, which says why on its own.
            return answer.strip()
        if details:
            return f"{said} {details}"
    return said


def _details_below(lines: tuple[str, ...], start: int, stop: int, read: str) -> str:
    """The first heading of lines ``start .. stop`` that opens a paragraph and announces a cause or the
    details of the failure or delay (a line ending with a colon: "Technical details of temporary failure:",
    "The error that the other server returned was:"), with what it introduces: the rest of its paragraph,
    else the next one (at most four lines).  Not a heading the recipient's words (`read`) hold already."""
    end = min(stop, len(lines), start + _MAX_INTRODUCED_LINES)
    for j in range(start, end):
        text = lines[j].strip()
        if shapes.SECTION_BREAK.match(lines[j]):
            return ""
        if not text.endswith(":") or (j > start and lines[j - 1].strip()) or text in read or _points_at_list(text):
            continue
        low = text.lower()
        if not (shapes.CAUSE_INTRO.search(low) or says_failed_or_delayed(low)):
            continue
        below: list[str] = []
        k = j + 1
        if k < end and not lines[k].strip():
            while k < end and not lines[k].strip():
                k += 1
        while k < end and lines[k].strip() and len(below) < 4:
            below.append(lines[k].strip())
            k += 1
        return " ".join([text, *below]) if below else ""
    return ""


def _introduced_above(lines: tuple[str, ...], first: Mention) -> bool:
    """Whether the address stands alone on its line, a paragraph's last line, right under a sentence that
    ends with a colon and says the message failed or is delayed: the sentence and the address are one
    statement, whose cause is the next paragraph."""
    if not first.alone or first.line == 0 or (first.line + 1 < len(lines) and lines[first.line + 1].strip()):
        return False
    above = lines[first.line - 1].strip()
    return above.endswith(":") and says_failed_or_delayed(above)


def _sentence_rest(lines: tuple[str, ...], first: Mention, stop: int) -> list[str]:
    """The lines that finish the sentence naming the recipient, when a wrap cut it after the address
    ("Your message wasn't delivered to a because the" / "address couldn't be found."): up to the end of
    the sentence, at most two lines, never a reply line or another address's line."""
    line = lines[first.line]
    after = line[first.end :].strip()
    if not after or after.endswith((*_SENTENCE_ENDS, ":")) or first.alone:
        return []
    out: list[str] = []
    for j in range(first.line + 1, min(stop, first.line + 3)):
        text = lines[j].strip()
        if not text or "@" in text or _is_code_line(text) or not text[:1].islower():
            break
        out.append(text)
        if text.endswith((*_SENTENCE_ENDS, ":")):
            break
    return out


def _words_below(lines: tuple[str, ...], start: int, stop: int, words: list[str], *, why_follows: bool) -> list[str]:
    """`words` and the lines below that explain them (at most four in all): the paragraph that goes on,
    or, after a sentence that says the message did not reach the address (`why_follows`) or that
    announces the cause below it ("... due to the following error."), the next one."""
    in_id = False
    # The lines of the sentence that says what happened: one, or more when a wrap cut it ("... from your alias" /
    # "b@example.org", then a blank line and the paragraph that says why).
    sentence, blank = max(1, len(words)), False
    for j in range(start, stop):
        text = lines[j].strip()
        if not text:
            blank = True
            if why_follows and len(words) == sentence:
                continue  # on to the paragraph that says why, and that paragraph only
            if words and shapes.CAUSE_INTRO.search(words[-1].lower()):
                why_follows = True  # "... due to the following error.": the cause is the next paragraph
                continue
            if words and _explanation_ends(words, why_follows=why_follows):
                break
            continue
        if _section_ends(lines, j, stop):
            if _heads_the_cause(text, words, why_follows=why_follows):
                continue
            break
        if shapes.ID_LINE.match(text):
            in_id = True
            continue  # "The MTS-ID of the original message is: ...": bookkeeping, not words about it
        if in_id and " " not in text and ("=" in text or ";" in text):
            continue  # the identifier wrapped onto the next line (";p=Org;l=HOST-991003384222Z-1")
        in_id = False
        if text.endswith(":") and _points_at_list(text):
            continue  # the list's heading written below the list ("<a>:", then "The following address(es) failed:")
        if shapes.ALIAS_LINE.fullmatch(text):
            continue  # "(generated from b)" under the address names its alias (orig_recipient), not what happened
        if blank and _possibilities_from(lines, j, start):
            break  # a paragraph that says what usually happens, or might have, names no cause of this failure
        if not blank and len(words) == sentence and words and not words[-1].endswith((*_SENTENCE_ENDS, ":")):
            sentence += 1  # the sentence goes on, wrapped
        words.append(text)
        # Four lines, or as many words as four lines of a notice's usual width hold when a narrower
        # wrap cut them into more (at most eight).
        if len(words) >= 8 or (len(words) >= 4 and sum(map(len, words)) >= _WORDS_BELOW_CHARS):
            break
    return words


def _section_ends(lines: tuple[str, ...], j: int, stop: int) -> bool:
    """Whether line `j` (of lines up to `stop`) is layout that closes the recipient's section: a rule drawn across the
    notice (Courier's "<a>:" over a line of dashes, then its note on other recipients), a banner, words between rules
    ("*** End of message ***"), or a heading underlined by a rule ("Additional Information" over "=========="), the next
    section's title.  What stands below it is not about the recipient."""
    text = lines[j].strip()
    if shapes.SECTION_BREAK.match(lines[j]) or _RULE.fullmatch(text) or _BANNER.fullmatch(text):
        return True
    return j + 1 < stop and _RULE.fullmatch(lines[j + 1].strip()) is not None


def _heads_the_cause(text: str, words: list[str], *, why_follows: bool) -> bool:
    """Whether the banner `text` ("***** VIRUS ALERT *****") stands between words that announce the cause below them
    ("... for the following reason:") and that cause: it heads the cause, it does not close the recipient's section."""
    return why_follows and bool(words) and _BANNER.fullmatch(text) is not None and bool(
        shapes.CAUSE_INTRO.search(words[-1].lower())
    )


def _explanation_ends(words: list[str], *, why_follows: bool) -> bool:
    """Whether the words read so far end at a blank line: the explanation the next paragraph was to give, a sentence
    that is complete (one cut mid-sentence goes on after the blank line), or an item of a bulleted list (the paragraph
    below it is the notice's again)."""
    return why_follows or words[-1].endswith((*_SENTENCE_ENDS, ")", "]")) or _BULLET.match(words[0]) is not None


def _possibilities_from(lines: tuple[str, ...], j: int, start: int) -> bool:
    """Whether a paragraph starts at line `j` (after line `start`) that offers possible causes
    (`_offers_possibilities`; its opening words may be wrapped onto the next line)."""
    return j > start and not lines[j - 1].strip() and _offers_possibilities(" ".join(lines[j : j + 2]))


def _outcome_paragraph(lines: tuple[str, ...], start: int, stop: int) -> str:
    """The first paragraph of lines ``start .. stop`` that says the message failed or is delayed.  Not a remark
    set whole in parentheses, the notice's note on what follows it (mlmmj's "(The beginning of the denied
    message is below.)"): that tells where the message is, not what happened to it."""
    paragraph: list[str] = []
    for j in range(start, min(stop, start + _MAX_INTRODUCED_LINES) + 1):
        text = lines[j].strip() if j < min(stop, len(lines)) else ""
        if text:
            paragraph.append(text)
            continue
        remark = paragraph and paragraph[0].startswith("(") and paragraph[-1].endswith((")", ").", ".)"))
        folded = " ".join(" ".join(paragraph).split())
        if paragraph and not remark and not _points_at_list(folded) and says_failed_or_delayed(folded):
            return " ".join(paragraph[:4])
        paragraph = []
    return ""


def _points_at_list(paragraph: str) -> bool:
    """Whether a paragraph introduces the list of failed recipients ("I wasn't able to deliver your message to the
    following addresses.", "The following address(es) failed:"): the notice's heading of the list, whatever
    order the paragraphs stand in, not why one recipient of it failed."""
    low = paragraph.lower()
    return shapes.NAMES_BELOW.search(low) is not None or shapes.RECIPIENTS_HEADING.search(low) is not None


def _names_a_reason(reply: str) -> bool:
    """Whether the classifier reads a reason in a quoted reply by its words or its status (not a bare
    code, not a guess of the model's)."""
    read = parse_reply(reply)
    return read.rule != "unrecognised" and read.reason not in _NO_REASON and not is_guess(read.rule)


def _says_nothing(words: str) -> bool:
    """Whether the classifier finds nothing in a recipient's words: no reply, no phrase, no concept."""
    return parse_reply(words).rule == "unrecognised"


def _paragraph_above(lines: tuple[str, ...], i: int, start: int, stop: int) -> str:
    """The paragraph just above the one of line `i` (no other recipient between), when it says what
    happened: the explanation a notice writes before its recipient paragraph instead of after it (a
    list manager's "The message ... could not be distributed" above "the program that runs <list>.",
    Exchange 5.5's reason above "a on <date>"). Taken when it says the message failed or is delayed,
    or quotes a reply with its code, or when nothing follows the recipient's line (the recipient ends
    the notice, so what explains it stands above). Never a paragraph that introduces what follows
    (it ends with a colon) or a section heading."""
    top = i
    while top > start and lines[top - 1].strip():
        top -= 1
    end = top
    while end > start and not lines[end - 1].strip():
        end -= 1
    if end == top or end <= start:
        return ""  # no paragraph above
    first = end
    while first > start and lines[first - 1].strip() and end - first < 6:
        first -= 1
    if first > start and lines[first - 1].strip():
        return ""  # a paragraph longer than an explanation: a body of text, not the recipient's reason
    if first == start > 0 and lines[start - 1].strip():
        # The paragraph goes on from another recipient's line right above it (its indented reply, "ann@...:" over
        # "    450 4.7.1 too many connections ..."): that recipient's text, not this one's (round r48gen).
        return ""
    paragraph = [ln.strip() for ln in lines[first:end]]
    if paragraph[-1].endswith(":") or any(shapes.SECTION_BREAK.match(ln) for ln in lines[first:end]):
        return ""
    text = " ".join(paragraph)
    if _sentence_line_above(lines, top) is not None and not _quotes_reply(text):
        # The paragraph above ends the sentence that the recipient's paragraph goes on with (a blank line put inside
        # it): one paragraph as written, with nothing above it.  Not a server's reply (round r48gen): a reply is a
        # statement of its own, which an address below it, alone on its line, does not go on with.
        return ""
    nothing_below = not any(ln.strip() for ln in lines[i + 1 : stop])
    if says_failed_or_delayed(" ".join(text.split())) or _quotes_reply(text) or nothing_below:
        return text
    return ""


def _answer_above(lines: tuple[str, ...], first: Mention) -> str:
    """The remote server's answer in a transcript, written just above the recipient's summary line.

    Sendmail's transcript ("While talking to mx:", ">>> MAIL From:<s>", "<<< 501 ... open relay") ends
    with one line per recipient, "554 <a>... Remote protocol error": when that line quotes no reply of its
    own, the "<<< " answers above it (after the last command sent) are what the server said to it;
    not the answer to another recipient's ``RCPT TO``, which was about that recipient only.
    """
    line = lines[first.line]
    if shapes.AFTER_ADDRESS.match(line, first.end) is None or _is_code_line(line[first.end :]):
        return ""
    own = line[first.end :]
    if not own.strip(_CLOSERS + ".") and first.line + 1 < len(lines):
        own = lines[first.line + 1]  # "a..." with its words wrapped onto the next line
    if shapes.NO_SERVER_ANSWER.search(own):
        return ""  # no server answered for it ("a... Deferred: Connection refused by [ip]")
    answers: list[str] = []
    wrapped: list[str] = []  # the lines an answer wrapped onto, read upwards before the answer itself
    for j in range(first.line - 1, max(-1, first.line - 8), -1):
        text = lines[j].strip()
        if text.startswith(">>>") and "rcpt" in text[:12].lower() and first.address.lower() not in text.lower():
            return ""  # the answer to another recipient's RCPT TO is that recipient's own
        if not text and not answers and not wrapped:
            continue  # a blank line set between the transcript and the summary lines
        if not text or text.startswith(">>>"):
            break
        if text.startswith("<<<"):
            answers.insert(0, " ".join([text, *wrapped]))
            wrapped = []
        elif not answers and not _shares_answer(text) and len(wrapped) < 2 and not _is_code_line(text):
            wrapped.insert(0, text)  # the end of an answer wrapped at the notice's width
        elif answers or not _shares_answer(text):
            break  # the answers stand together, right above the summary lines
    return " ".join(answers)


def _shares_answer(text: str) -> bool:
    """Whether a transcript line is another recipient's summary line with no reply of its own
    ("554 <b>... Service unavailable"): the answer above it is theirs too."""
    head, dots, rest = text.partition("...")
    return bool(dots) and "@" in head and _is_code_line(head) and not _is_code_line(rest)


def _list_only(lines: tuple[str, ...], i: int) -> bool:
    """Whether the paragraph of line `i` holds addresses only (a list of failed recipients), no words
    about them (Exim's indented reason under the address is such words)."""
    for j in range(i, min(len(lines), i + MAX_RECIPIENTS)):
        text = lines[j].strip()
        if not text:
            return True
        if shapes.ADDRESS.sub("", text).strip(_OPENERS + _CLOSERS):
            return False
    return True


def _introduced(lines: tuple[str, ...], start: int, stop: int) -> str:
    """The error text a notice gives after a paragraph introducing it, below a bare list of addresses.

    masqmail lists the recipients, then "This error message may give you a hint about what caused
    the failure:", a blank line and the error ("could not open connection to mx:25 : Connection
    refused"): the paragraph after the introduction is the reply, whatever stands between.
    """
    paragraphs: list[list[str]] = [[]]
    for j in range(start, min(stop, start + _MAX_INTRODUCED_LINES)):
        text = lines[j].strip()
        if shapes.SECTION_BREAK.match(lines[j]):
            break
        if text:
            paragraphs[-1].append(text)
        elif paragraphs[-1]:
            paragraphs.append([])
    for intro, after in itertools.pairwise(paragraphs):
        # Only a paragraph that ends with a colon can introduce (the cheap test first).
        closing = intro[-1].rstrip(")]} ").endswith(":") if intro else False
        introduces = closing and shapes.CAUSE_INTRO.search(" ".join(intro).lower()) is not None
        if introduces and after and not shapes.CAUSE_INTRO.search(" ".join(after).lower()):
            return " ".join(after[:4])
    return ""


def find_blocks(lines: tuple[str, ...], own: set[str], addressee: set[str]) -> list[Block]:
    """The failed recipients of a notice, in order, each with its reply text and remote host.

    `own` are addresses that are never a recipient (the bounce's and the returned message's
    senders); `addressee` (the bounce's To, also in `own`) is taken only under a recipient label.
    """
    mentions = _mentions(lines, own, addressee)
    if not any(m.strong for m in mentions):
        _said_of(mentions, lines)
    chosen = _chosen(mentions)
    if not chosen:
        return []
    ordered = sorted((m for b in chosen.values() for m in b.mentions), key=lambda m: (m.line, m.start))
    starts, stops = _bounds(ordered, len(lines))
    blocks = list(chosen.values())
    explained = _explained_each_first(ordered, lines, starts)
    for block in blocks:
        for m in block.mentions:
            if id(m) in explained:
                block.diagnostic = explained[id(m)]
                block.remote_host = _remote_host(explained[id(m)])
            else:
                _take(block, lines, m, starts[id(m)], stops[id(m)])
    _share(blocks, lines)
    if len(blocks) == 1:
        _only_reply(blocks[0], lines)
    for block in blocks:
        host, ip = framed_server(block.diagnostic)
        block.remote_host, block.remote_ip = block.remote_host or host, block.remote_ip or ip
        block.diagnostic = as_reply(block.diagnostic)[:_MAX_DIAGNOSTIC]
        _with_gave_up(block, lines)
    _stages(blocks, lines)
    return blocks


def _lines_above(lines: tuple[str, ...], i: int, start: int) -> str:
    """The lines written right above line `i`, after line `start`: the rest of its own paragraph above it, else the
    paragraph before it (at most `_BLOCK_LINES` lines); "" when there is none."""
    j = i
    while j > start and not lines[j - 1].strip():
        j -= 1
    end = j
    while j > start and lines[j - 1].strip() and end - j < _BLOCK_LINES:
        j -= 1
    return " ".join(ln.strip() for ln in lines[j:end])


def _explained_each_first(ordered: list[Mention], lines: tuple[str, ...], starts: dict[int, int]) -> dict[int, str]:
    """The reply of each recipient of a notice that writes each recipient's explanation before it (round r49gen):
    "Reason: 550 ..." over the first address alone on its line, "Reason: 552 ..." over the second, and nothing that
    quotes a reply below the last.  Read top down, a reply would belong to the address above it, and the last address
    would have none; the layout's meaning is the other way round: every address closes the explanation it stands
    under.  Taken only when every recipient is named once, alone on its line with no words after it, right under
    lines (its own paragraph's, or the paragraph above) that quote a server's reply and come after the recipient
    above, and nothing below the last recipient quotes one or names a reason.  By mention id: {} when the layout is
    not so."""
    if len(ordered) < 2 or len({m.address.lower() for m in ordered}) != len(ordered):
        return {}
    out: dict[int, str] = {}
    for m in ordered:
        if not m.alone or _tail(lines[m.line], m.end) or (ordered.index(m) and starts[id(m)] >= m.line):
            return {}
        above = _lines_above(lines, m.line, starts[id(m)])
        if not above or above.endswith(":") or not _quotes_reply(above) or shapes.ADDRESS.search(above):
            return {}
        out[id(m)] = above
    last = ordered[-1]
    if _coded(lines, last, len(lines)):
        return {}
    outcome = _outcome_paragraph(lines, last.line + 1, len(lines))
    if outcome and _names_a_reason(outcome):
        return {}
    return out


def _with_gave_up(block: Block, lines: tuple[str, ...]) -> None:
    """The recipient's reply and the line of its own paragraph, below the reply, that says the queue gave up on
    it (qmail's "<a>:" / "Remote host said: 501 ..." / "I'm not going to try again; this message has been in the
    queue too long."): the recipient's fate, which corpus/LABELING.md reads as ``expired`` whatever the last reply
    said; the classifier reads it in the reply so.  Only the recipient's own paragraph: a gave-up sentence
    elsewhere in the notice is read for all of them (`GeneralReader`'s `_gave_up`)."""
    if not block.mentions or not block.diagnostic:
        return
    read = " ".join(block.diagnostic.split()).lower()
    for j in range(block.mentions[0].line + 1, min(len(lines), block.mentions[0].line + 12)):
        text = lines[j].strip()
        if not text or ("@" in text and block.recipient.lower() not in text.lower()):
            return  # the paragraph ends, or another recipient's line starts
        if shapes.EXPIRED_NOTICE.search(text.lower()) is not None:
            if " ".join(text.split()).lower() not in read:
                block.diagnostic = f"{block.diagnostic} {text}"[:_MAX_DIAGNOSTIC]
            return


def _chosen(mentions: list[Mention]) -> dict[str, Block]:
    """One block per recipient a strong mention names (up to `MAX_RECIPIENTS`), with its first `_MAX_MENTIONS`
    mentions."""
    chosen: dict[str, Block] = {}
    for m in mentions:
        key = m.address.lower()
        if m.strong and key not in chosen:
            if len(chosen) >= MAX_RECIPIENTS:
                break
            chosen[key] = Block(recipient=m.address)
        if key in chosen and len(chosen[key].mentions) < _MAX_MENTIONS:
            block = chosen[key]
            block.mentions.append(m)
            if m.orig and block.orig_recipient is None:
                block.orig_recipient = m.orig
    return chosen


def _bounds(ordered: list[Mention], end: int) -> tuple[dict[int, int], dict[int, int]]:
    """Where each mention's text may start (after the nearest mention of another recipient above it) and
    where it ends (at the next line that mentions another recipient), by the mention's id."""
    starts: dict[int, int] = {}
    prev: Mention | None = None
    for m in ordered:
        if prev is None:
            starts[id(m)] = 0
        elif prev.address.lower() == m.address.lower():
            starts[id(m)] = starts[id(prev)]
        else:
            starts[id(m)] = prev.line + 1 if prev.line < m.line else starts[id(prev)]
        prev = m
    stops: dict[int, int] = {}
    for k, m in enumerate(ordered):
        stop = end
        for later in ordered[k + 1 :]:
            if later.address.lower() != m.address.lower() and later.line > m.line:
                stop = later.line
                break
        stops[id(m)] = stop
    return starts, stops


def _take(block: Block, lines: tuple[str, ...], m: Mention, start: int, stop: int) -> None:
    """What one mention's lines say of its recipient: the best-ranked reply, and the remote host."""
    diag = _diagnostic(lines, m, stop, start)
    if diag and (not block.diagnostic or _reply_rank(diag) > _reply_rank(block.diagnostic)):
        block.diagnostic = diag
    elif diag and _own_paragraph(lines, m.line) and not (
        _reply_rank(block.diagnostic) or _reply_rank(diag) or _read(lines[m.line], block)
    ):
        # Words without a reply at two mentions ("... addressed to a, could not be delivered" and,
        # in a paragraph of its own, "*** E-mail address a is not known here ***"): both are what
        # the notice says of the recipient, in whatever order its paragraphs stand.
        block.diagnostic = f"{block.diagnostic} {diag}"
    elif diag and _heading(lines[m.line], m) and not (
        _reply_rank(block.diagnostic) or _reply_rank(diag) or _folded(diag) in _folded(block.diagnostic)
    ):
        # The section a heading "------ a ------" opens (the text a local delivery program wrote, under
        # Exim's "The following text was generated during the delivery attempt:"), wherever it stands:
        # what it says of the recipient goes with the words its first mention led to.
        block.diagnostic = f"{block.diagnostic} {diag}"
    host = _remote_host("\n".join(lines[m.line : stop]))
    block.remote_host = block.remote_host or host


def _folded(text: str) -> str:
    return " ".join(text.split())


# How many lines a paragraph about one recipient may take (`_own_paragraph`).
_OWN_PARAGRAPH_LINES: Final = 4


def _own_paragraph(lines: tuple[str, ...], i: int) -> bool:
    """Whether line `i` is a paragraph of its own, a sentence about the recipient it names (at least
    three words besides the address): not a line of a transcript or of the returned headers."""
    if i > 0 and lines[i - 1].strip():
        return False
    # The paragraph the line opens, wrapped over a few lines ("a is a special email address that only receive" /
    # "s emails from its authorized user."): its sentence is the same, however narrow the wrap.
    end = next((j for j in range(i + 1, min(len(lines), i + _OWN_PARAGRAPH_LINES)) if not lines[j].strip()), None)
    if end is None and i + _OWN_PARAGRAPH_LINES <= len(lines):
        return False
    paragraph = lines[i : end if end is not None else len(lines)]
    if any(shapes.ADDRESS.search(ln) for ln in paragraph[1:]):
        return False
    return len(re.findall(r"[^\W\d_]{2,}", shapes.ADDRESS.sub("", " ".join(paragraph)))) >= 3


def _read(line: str, block: Block) -> bool:
    """Whether a recipient's line is in its text already (the cause an earlier mention's words led to)."""
    return " ".join(line.split()) in " ".join(block.diagnostic.split())


def as_reply(text: str) -> str:
    """A reply as the notice quotes it, with what stands in front of its code taken away: "smtp;550
    5.1.1 ..." (a Diagnostic-Code written into the prose, also inside Exchange's "<mx #4.0.0 smtp;450 ...>"
    tag) is the reply after the type; "450 450 4.2.2 ..." is the one after the relaying system's copy of its
    code; the reporting MTA's frame around the reply (a heading between rules, "Delay reason:", "The error that
    the other server returned was:": `notices.REPLY_FRAME`) is left out, unless it is all the text.  Runs of
    white space are one space."""
    text = shapes.DIAGNOSTIC_TYPE.sub("", text)
    text = shapes.DOUBLED_CODE.sub("", text)
    unframed = shapes.SERVER_FRAME.sub(" ", shapes.REPLY_FRAME.sub(" ", text))
    return " ".join((unframed if unframed.strip() else text).split())


_IP_IN_BRACKETS: Final = re.compile(r"\[(?:ipv6:)?((?:\d{1,3}\.){3}\d{1,3}|[0-9a-f]*:[0-9a-f:]+)\]", re.I)
_NAME_IN_FRAME: Final = re.compile(r"(?<![\w.\[-])([a-z0-9][\w-]*(?:\.[\w-]+)*\.[a-z]{2,})\.?(?![\w\]-])", re.I)


def framed_server(text: str) -> tuple[str | None, str | None]:
    """(name, address) of the server that answered, as the frame in front of its reply names them (Postfix's "host
    mx.example.org[192.0.2.1] said:", Exim's "host mx.example.org [192.0.2.1]:"): `as_reply` leaves the frame out of
    the reply text, so what it says of the server is read first."""
    if "said" not in text and "[" not in text and "replied" not in text:
        return None, None
    name: str | None = None
    address: str | None = None
    for m in shapes.SERVER_FRAME.finditer(text):
        frame = m.group(0)
        ip = _IP_IN_BRACKETS.search(frame)
        host = _NAME_IN_FRAME.search(_IP_IN_BRACKETS.sub(" ", frame))
        address = address or (ip.group(1) if ip is not None else None)
        name = name or (host.group(1).lower() if host is not None else None)
        if name and address:
            break
    return name, address
    for m in shapes.SERVER_FRAME.finditer(text):
        ip = _IP_IN_BRACKETS.search(m.group(0))
        if ip is not None:
            return ip.group(1)
    return None


def _stages(blocks: list[Block], lines: tuple[str, ...]) -> None:
    """The command each recipient's reply answered, from a transcript in the notice (Sendmail's and
    Courier's "... while talking to mx:", ">>> DATA", "<<< 554 5.7.9 Header error"): the reply under the
    recipient ("(reason: 554 5.7.9 Header error)") is one of the answers, and the command sent before
    that answer is the stage (``>>> .``, the end of the message, is DATA)."""
    joined = "\n".join(lines)
    if ">>>" not in joined and " In:" not in joined:
        return  # no transcript (the cheap test first: most notices have none)
    answers: list[tuple[str, str, str | None]] = []
    command: str | None = None
    # The server the transcript's section talks to ("While talking to mx.example.org:" over its turns, one section per
    # server): its commands and answers are that server's, whatever the lines below a recipient's mention name.
    host: str | None = None
    sent_to: dict[int, str] = {}
    within: dict[int, str] = {}
    headed: set[str] = set()
    for k, line in enumerate(lines):
        if host is not None:
            within[k] = host
        sent = shapes.TRANSCRIPT_SENT.match(line)
        said = shapes.TRANSCRIPT_ANSWER.match(line) if sent is None else None
        if sent is not None:
            text = line[sent.end() :].strip()
            command = "DATA" if text == "." else normalise_command(text.split("<", 1)[0])
            if host is not None:
                sent_to[k] = host
        elif said is not None and command is not None:
            answer = " ".join(line[said.end() :].split()).lower()
            if len(answer) >= 8:
                answers.append((command, answer, host))
        elif not line.strip():
            host = None  # the transcript ends
        else:
            heading = shapes.TALKING_TO.search(line)
            if heading is not None:
                host = heading.group(1).lower().rstrip(".")
                headed.add(host)
    for block in blocks:
        low = block.diagnostic.lower()
        # Sendmail shortens a long answer in the recipient's "(reason: ...)" line ("... plea...tions."):
        # its first words stand for it.
        turn = next(((cmd, at) for cmd, answer, at in answers if answer in low or answer[:40] in low), None)
        block.command = turn[0] if turn is not None else None
        # The section the recipient's own command stands in (">>> RCPT To:<a>"), else the one that gave its answer.
        section = next((sent_to[m.line] for m in block.mentions if m.line in sent_to), None)
        block.remote_host = section or (turn[1] if turn is not None else None) or block.remote_host
        if not section and turn is None and block.remote_host in headed and block.mentions:
            # Named on a line inside one section (Sendmail's own "554 <a>... 550 Host unknown" among another server's
            # turns) and no turn of any: the next section's heading below it is about that section's turns only.
            first = block.mentions[0].line
            if first in within and within[first] != block.remote_host:
                block.remote_host = None


def _share(blocks: list[Block], lines: tuple[str, ...]) -> None:
    """Give recipients without words of their own what the notice says for all of them."""
    if all(b.diagnostic for b in blocks):
        return
    # A list of bare addresses followed by one explanation: each takes the next block's words.
    for k in range(len(blocks) - 2, -1, -1):
        if not blocks[k].diagnostic:
            blocks[k].diagnostic = blocks[k + 1].diagnostic
            blocks[k].remote_host = blocks[k].remote_host or blocks[k + 1].remote_host
    if all(b.diagnostic for b in blocks):
        return
    _list_shares_above(blocks, lines)
    if all(b.diagnostic for b in blocks):
        return
    # Never words another recipient's text holds: a server's answer indented under one address ("450 too frequent
    # connects", the last line of its block) is that recipient's, not what the notice says of a bare address below it.
    owned = [_folded(b.diagnostic) for b in blocks if b.diagnostic]
    for b in blocks:
        if not b.diagnostic and b.mentions:
            above = _explained_above(lines, b.mentions[0].line)
            b.diagnostic = "" if any(_folded(above) in said for said in owned) else above
    if all(b.diagnostic for b in blocks):
        return
    shared = next(
        (ln.strip() for ln in lines if _is_code_line(ln) and not any(_folded(ln) in said for said in owned)), ""
    )
    if not shared:
        shared = next(
            (ln.strip() for ln in lines if says_failed_or_delayed(ln)), ""
        )
    for b in blocks:
        if not b.diagnostic:
            b.diagnostic = shared


def _address_only(line: str) -> bool:
    """Whether `line` holds an address and nothing else but brackets, quotes or bullets."""
    return "@" in line and not shapes.ADDRESS.sub("", line).strip(_OPENERS + _CLOSERS + " \t")


def _list_shares_above(blocks: list[Block], lines: tuple[str, ...]) -> None:
    """The reply written above a list of bare addresses, one a line, goes to every address of the list (round r49gen):
    "Reason: 552 ..." over "ann@..." and "hal@..." says why for both.  The list's first address took it as the
    paragraph above it (`_coded_above`); the others, with nothing of their own, take the same words."""
    first_line = {b.mentions[0].line: b for b in blocks if b.mentions}
    for b in blocks:
        if b.diagnostic or not b.mentions:
            continue
        top = b.mentions[0].line
        if not _address_only(lines[top]):
            continue
        while top > 0 and _address_only(lines[top - 1]):
            top -= 1
        head = first_line.get(top)
        if head is None or head is b or not head.diagnostic:
            continue
        above = _lines_above(lines, top, 0)
        if above.endswith(":") and top > 0 and lines[top - 1].strip() and not _quotes_reply(above):
            # The list under its heading, a line ending with a colon right over it ("The following recipients were
            # affected:"): the reply stands above both.
            above = _lines_above(lines, top - 1, 0)
        if above and _quotes_reply(above) and _folded(head.diagnostic) in _folded(above):
            b.diagnostic, b.remote_host = head.diagnostic, b.remote_host or head.remote_host


def _only_reply(block: Block, lines: tuple[str, ...]) -> None:
    """The notice's one recipient, whose own words quote no server reply, takes the one reply the notice quotes
    elsewhere, above the recipient (a notice that gives the server's answer first and the address after
    it: "-------server message" / "452 4.3.1 ..." / "The mail to this address failed:" / "<a>")."""
    rank = _reply_rank(block.diagnostic)
    if rank == 2 or not block.mentions:
        return
    first = block.mentions[0].line
    coded = [j for j in range(first) if _is_code_line(lines[j])]
    if rank == 1:
        # The recipient's words give only the reporting MTA's status ("a; Action: Failed; Status: 5.3.0"):
        # the one server reply with its code above it is what the server said, in whatever order the
        # notice's paragraphs stand.
        coded = [j for j in coded if _reply_rank(lines[j]) == 2]
    if len(coded) == 1:
        reply = " ".join(continuation(lines, coded[0], first))
        # The server's own reply decides when it names a reason, as below the recipient (`_diagnostic`).
        block.diagnostic = reply if _names_a_reason(reply) else f"{reply} {block.diagnostic}"


def _explained_above(lines: tuple[str, ...], i: int) -> str:
    """The sentence just above a bare address that nothing follows ("The user(s) account is
    disabled.", blank line, "<a>"): the explanation a notice gives before its list. Not a line
    that introduces the list (it ends with ":"), another address's line or a section heading."""
    for j in range(i - 1, max(-1, i - 4), -1):
        text = lines[j].strip()
        if not text:
            continue
        usable = not text.endswith(":") and "@" not in text and not shapes.SECTION_BREAK.match(text)
        if not usable or len(text) >= 300 or _one_of_a_list(lines, j):
            return ""
        # The whole paragraph, when a wrap put its start on the lines above.
        words = [text]
        for k in range(j - 1, max(-1, j - 3), -1):
            above = lines[k].strip()
            if not above or above.endswith(":") or "@" in above or shapes.SECTION_BREAK.match(above):
                break
            words.insert(0, above)
        said = " ".join(words)
        # A note on the recipients the notice does not report on says nothing of the one below it.
        return "" if shapes.OTHER_RECIPIENTS.search(said) else said
    return ""


_BULLET: Final = re.compile(r"[*\u2022\u00b7-][ \t]+\S")


def _one_of_a_list(lines: tuple[str, ...], j: int) -> bool:
    """Whether line `j` is the last item of a bulleted list of several (Courier's "Some possible reasons for this
    delay:" over "* Network congestion or failure." and "* The destination mail server is temporarily off-line."):
    one of several possibilities is not what happened to the address below it."""
    if not _BULLET.match(lines[j].strip()):
        return False
    for k in range(j - 1, max(-1, j - 5), -1):
        above = lines[k].strip()
        if _BULLET.match(above):
            return True
        if above:
            return False
    return False


def _remote_host(text: str) -> str | None:
    m = shapes.REMOTE_HOST.search(text)
    if m is None:
        return None
    host = next(g for g in m.groups() if g)
    return host.lower().rstrip(".")
