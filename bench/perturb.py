"""Metamorphic test of the mail reader: layout perturbations that must not change the answer.

    python bench/perturb.py                    # every perturbation, format modules on
    python bench/perturb.py --modules-off      # every format module switched off (the general reader)
    python bench/perturb.py --sisimai          # also the tuning part of the shared Sisimai half
    python bench/perturb.py --only rewrap --show   # one perturbation, and the mails it changes

Material: the TUNING part only (`accuracy.part_of`) of ``corpus/wild/mail`` (its labels) and, with
``--sisimai``, of the shared Sisimai half (read in place, never copied). The test part is never read.

Each mail is read as it is, then once per perturbation that applies to it: a layout that another MTA,
a relay or a mail client could plausibly have produced from the same notice (lines rewrapped at 60-78
columns, the notice indented or quoted with "> ", addresses with or without brackets, CRLF, blank lines
added or removed between recipient blocks, a reply on the address's line or on the next, the recipient
paragraphs moved before or after the explanation next to them, Exchange's headings in German, French or Spanish,
quoted-printable or base64 transfer encoding, an HTML-only body, the returned message as
``message/rfc822``, ``text/rfc822-headers``, inline text or left out; the recipient joined to its reply
with Sendmail's "..." instead of ":", or the other way round).  None of them changes what the notice
says, so none may change the answer.  Per perturbation the table gives how many mails it applied to and
in how many of them, against the unperturbed reading, the set of failed/delayed recipients, the kind
(bounce, challenge, neither) or a recipient's reason changed; and ``label broken``: mails read right
(every labelled recipient found, kind right) as they are and wrong once perturbed.

The perturbations are deterministic (the wrap width and the like come from a hash of the file name).
"""

from __future__ import annotations

import argparse
import base64
import email
import email.generator
import email.message
import email.policy
import hashlib
import html
import io
import json
import quopri
import re
import sys
import textwrap
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from accuracy import part_of  # noqa: E402 - found through the sys.path entry above
from shared_dir import sisimai_dir  # noqa: E402
from wild_mail import WILD, kind_class, load_labels  # noqa: E402

FAILING = ("failed", "delayed")
ADDRESS = re.compile(r"[\w.+=-]+@[\w-]+(?:\.[\w-]+)+")


@dataclass
class Case:
    """One tuning mail: its bytes, the addresses its label names, and its label kind."""

    name: str
    data: bytes
    wanted: list[str]
    kind: str | None  # bounce / challenge / neither, None when unlabelled for kind


@dataclass(frozen=True)
class Reading:
    kind: str
    recipients: frozenset[str]
    reasons: tuple[tuple[str, str], ...]

    def right(self, case: Case) -> bool:
        if case.kind is not None and self.kind != case.kind:
            return False
        return all(a.lower() in self.recipients for a in case.wanted)


def read(data: bytes) -> Reading:
    from bouncelib import parse_message

    report = parse_message(data)
    events = [r for r in report.to_records() if r["action"] in FAILING]
    kind = "challenge" if report.kind.value == "challenge" else "bounce" if events else "neither"
    recipients = frozenset((e["recipient"] or "").lower() for e in events)
    reasons = tuple(sorted({((e["recipient"] or "").lower(), e["reason"]) for e in events}))
    return Reading(kind, recipients, reasons)


# -- the mail's notice ---------------------------------------------------------------------------


def _seed(case: Case, salt: str) -> int:
    return int.from_bytes(hashlib.sha256(f"{salt}:{case.name}".encode()).digest()[:4], "big")


def _load(data: bytes) -> email.message.Message:
    return email.message_from_bytes(data, policy=email.policy.compat32)


def _dump(msg: email.message.Message) -> bytes:
    out = io.BytesIO()
    email.generator.BytesGenerator(out, mangle_from_=False, policy=email.policy.compat32).flatten(msg)
    return out.getvalue()


def _notice_part(msg: email.message.Message) -> email.message.Message | None:
    """The part that holds the notice's prose: the first text/plain part outside a returned message,
    else the message itself when it is not multipart."""
    if not msg.is_multipart():
        return msg if msg.get_content_maintype() == "text" or msg.get_content_type() == "text/plain" else None
    stack: list[email.message.Message] = [msg]
    while stack:
        part = stack.pop(0)
        if part.get_content_type().startswith("message/"):
            continue
        if part.is_multipart():
            stack[:0] = [p for p in part.get_payload() if isinstance(p, email.message.Message)]
        elif part.get_content_type() == "text/plain":
            return part
    return None


def _text_of(part: email.message.Message) -> str:
    from bouncelib._dsn.mime import decode_payload

    return decode_payload(part).replace("\r\n", "\n").replace("\r", "\n")


def _set_text(part: email.message.Message, text: str, *, cte: str = "8bit", subtype: str = "plain") -> None:
    raw = text.encode("utf-8")
    del part["Content-Transfer-Encoding"]
    if part.get("Content-Type") is None or part.get_content_maintype() != "text" or subtype != "plain":
        del part["Content-Type"]
        part["Content-Type"] = f'text/{subtype}; charset="utf-8"'
    else:
        part.set_param("charset", "utf-8")
    if cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    else:
        body = raw.decode("ascii", "surrogateescape")
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(body)


def _split_notice(text: str) -> tuple[str, str]:
    """(notice, returned message) of a text part, cut where the library sees the returned message start."""
    from bouncelib._data.notices import ORIGINAL_STARTS

    cut = ORIGINAL_STARTS.search(text[:20_000])
    return (text[: cut.start()], text[cut.start() :]) if cut else (text, "")


def on_notice(edit: Callable[[str, Case], str | None]) -> Callable[[Case], bytes | None]:
    """A perturbation of the notice's text (not of the returned message after it)."""

    def apply(case: Case) -> bytes | None:
        msg = _load(case.data)
        part = _notice_part(msg)
        if part is None:
            return None
        notice, rest = _split_notice(_text_of(part))
        new = edit(notice, case)
        if new is None or new == notice:
            return None
        _set_text(part, new + rest)
        return _dump(msg)

    return apply


Edit = Callable[[email.message.Message, email.message.Message, Case], bool]


def on_part(edit: Edit) -> Callable[[Case], bytes | None]:
    """A perturbation of the MIME structure: `edit(msg, notice_part, case)` says whether it applied."""

    def apply(case: Case) -> bytes | None:
        msg = _load(case.data)
        part = _notice_part(msg)
        if part is None or not edit(msg, part, case):
            return None
        return _dump(msg)

    return apply


# -- text perturbations --------------------------------------------------------------------------


def identity(text: str, case: Case) -> str | None:
    return None  # never applies: the round trip below stands for it


def rewrap(text: str, case: Case) -> str | None:
    from bouncelib._data.notices import DSN_FIELD

    width = 60 + _seed(case, "wrap") % 19
    out = []
    for line in text.split("\n"):
        # Not pasted RFC 3464 fields: a field folded without indentation would end there.
        if len(line) <= width or DSN_FIELD.match(line.lstrip()):
            out.append(line)
            continue
        indent = line[: len(line) - len(line.lstrip())]
        wrapped = textwrap.wrap(line, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False)
        out.extend(wrapped)
    return "\n".join(out)


def indent(text: str, case: Case) -> str | None:
    return "\n".join(f"    {ln}" if ln.strip() else ln for ln in text.split("\n"))


def quote(text: str, case: Case) -> str | None:
    lines = text.split("\n")
    last = len(lines) - 1  # the empty piece after the notice's last newline: no line of its own
    return "\n".join(f"> {ln}" if ln.strip() else ">" if k < last else ln for k, ln in enumerate(lines))


def _wanted_re(case: Case) -> re.Pattern[str] | None:
    if not case.wanted:
        return None
    return re.compile("|".join(re.escape(a) for a in sorted(set(case.wanted), key=len, reverse=True)), re.I)


def addr_bare(text: str, case: Case) -> str | None:
    # Not "<mailto:a>" (a link's target, glued to the address before it) nor "<a>" glued to a word.
    return re.sub(r"(?<![\w.@])<([^<>\s@:]+@[^<>\s]+)>", r"\1", text)


def addr_angle(text: str, case: Case) -> str | None:
    pat = _wanted_re(case)
    if pat is None:
        return None
    return re.sub(rf"(?<![<\w.+=-])({pat.pattern})(?![>\w-])", r"<\1>", text, flags=re.I)


def addr_quoted(text: str, case: Case) -> str | None:
    pat = _wanted_re(case)
    if pat is None:
        return None
    text = re.sub(rf"<({pat.pattern})>", r'"\1"', text, flags=re.I)
    return re.sub(rf"(?<![\"\w.+=-])({pat.pattern})(?![\"\w-])", r'"\1"', text, flags=re.I)


def crlf(case: Case) -> bytes | None:
    data = case.data.replace(b"\r\n", b"\n")
    return data.replace(b"\n", b"\r\n")


def _recipient_lines(lines: list[str], case: Case) -> list[int]:
    """The lines that name a labelled recipient, not in pasted RFC 3464 fields (a blank line there
    would split a field group, which changes what the fields say)."""
    from bouncelib._data.notices import DSN_FIELD

    pat = _wanted_re(case)
    if pat is None:
        return []
    return [i for i, ln in enumerate(lines) if pat.search(ln) and not DSN_FIELD.match(ln.lstrip())]


def blank_added(text: str, case: Case) -> str | None:
    lines = text.split("\n")
    at = set(_recipient_lines(lines, case))
    if not at:
        return None
    out: list[str] = []
    for i, ln in enumerate(lines):
        # Not inside a paragraph indented under the line above (a reply wrapped under its address).
        deeper = out and len(ln) - len(ln.lstrip()) > len(out[-1]) - len(out[-1].lstrip())
        if i in at and out and out[-1].strip() and not deeper:
            out.append("")
        out.append(ln)
    return "\n".join(out)


def blank_removed(text: str, case: Case) -> str | None:
    """The blank lines between two recipients' blocks taken out (not those before the first)."""
    lines = text.split("\n")
    at = _recipient_lines(lines, case)
    if len(at) < 2:
        return None
    drop = set()
    for i in at[1:]:
        j = i - 1
        while j > at[0] and not lines[j].strip():
            drop.add(j)
            j -= 1
    return "\n".join(ln for k, ln in enumerate(lines) if k not in drop)


# A labelled address, the punctuation closing it, the separator Postfix/Exim (":") or Sendmail ("...") writes
# before the reply, and the blanks up to the reply.
_REPLY_JOIN = re.compile(r"([>\"')]*)(:|\.\.\.)[ \t]+(?=\S)")


def _rejoined(text: str, case: Case, join: Callable[[str, int, re.Match[str]], list[str]]) -> str | None:
    """Each line where a labelled address is joined to its reply, rewritten by ``join`` (the line, where the
    address ends, the separator matched after it); None when the case names no address."""
    pat = _wanted_re(case)
    if pat is None:
        return None
    out = []
    for ln in text.split("\n"):
        m = pat.search(ln)
        tail = _REPLY_JOIN.match(ln, m.end()) if m is not None else None
        out += [ln] if m is None or tail is None else join(ln, m.end(), tail)
    return "\n".join(out)


def _next_line(ln: str, end: int, tail: re.Match[str]) -> list[str]:
    lead = ln[: len(ln) - len(ln.lstrip())]
    return [ln[: tail.end()].rstrip(), f"{lead}    {ln[tail.end() :]}"]


def _other_separator(ln: str, end: int, tail: re.Match[str]) -> list[str]:
    sep = "... " if tail.group(2) == ":" else ": "
    return [ln[:end] + tail.group(1) + sep + ln[tail.end() :]]


def reply_next_line(text: str, case: Case) -> str | None:
    """ "<a>: host mx said: 550 ..." becomes "<a>:" and the reply on the next line, indented."""
    return _rejoined(text, case, _next_line)


def reply_dots(text: str, case: Case) -> str | None:
    """ "<a>: reply" becomes "<a>... reply", as Sendmail joins a recipient and its reply (and back: a
    Sendmail line "<a>... reply" becomes "<a>: reply", as Postfix and Exim write it)."""
    return _rejoined(text, case, _other_separator)


def reply_same_line(text: str, case: Case) -> str | None:
    """An address alone on its line with the reply indented below joins it: "<a>: reply"."""
    pat = _wanted_re(case)
    if pat is None:
        return None
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        ln = lines[k]
        m = pat.search(ln)
        nxt = lines[k + 1] if k + 1 < len(lines) else ""
        alone = m is not None and not ADDRESS.sub("", ln).strip(" \t<>\"':")
        deeper = len(nxt) - len(nxt.lstrip()) > len(ln) - len(ln.lstrip())
        if alone and nxt.strip() and deeper:
            out.append(f"{ln.rstrip().rstrip(':')}: {nxt.strip()}")
            k += 2
            continue
        out.append(ln)
        k += 1
    return "\n".join(out)


def _paragraphs(text: str) -> list[str]:
    return re.split(r"\n[ \t]*\n", text.strip("\n"))


# A heading that names the recipients' list ("the following address(es)", "the following recipients").
_LIST_HEADING = re.compile(r"\bthe following (?:e-?mail )?(?:address(?:es|\(es\))?|recipients?)")


def _rejoin_cut(paras: list[str]) -> list[str]:
    """Paragraphs joined to the one before when that one ends in mid-sentence and this one starts in lower case or
    indented (one sentence cut by a blank line), or when the one before is a heading (ends with a colon) that does
    not name the recipients' list."""
    out: list[str] = []
    for p in paras:
        if out:
            last = out[-1].rstrip()
            cut = not last.endswith((".", "!", "?", ";", ":", ")", "]", ">")) and (p[:1].islower() or p[:1] in " \t")
            heading = last.endswith(":") and _LIST_HEADING.search(" ".join(last.splitlines()[-2:]).lower()) is None
            if cut or heading:
                out[-1] = f"{out[-1]}\n\n{p}"
                continue
        out.append(p)
    return out


def _swap_with_explanation(text: str, case: Case, step: int) -> str | None:
    """Each paragraph that names a labelled recipient swapped with the paragraph next to it (`step`
    1: the one after, -1: the one before) when that one names none: the explanation written after the
    recipient block instead of before it, or before instead of after.  A sentence cut by a blank line and
    a heading with what it introduces move as one (`_rejoin_cut`)."""
    pat = _wanted_re(case)
    paras = _rejoin_cut(_paragraphs(text))
    if pat is None or len(paras) < 2:
        return None
    from bouncelib._data.notices import DSN_FIELD

    names = [pat.search(p) is not None for p in paras]
    fields = [DSN_FIELD.match(p.lstrip()) is not None for p in paras]
    order = list(range(len(paras)))
    k = 0 if step > 0 else len(paras) - 1
    changed = False
    while 0 <= k < len(paras) and 0 <= k + step < len(paras):
        here, there = order[k], order[k + step]
        if names[here] and not names[there] and not fields[here] and not fields[there]:
            order[k], order[k + step] = order[k + step], order[k]
            changed = True
            k += 2 * step
            continue
        k += step
    # The blank lines that ended the notice stay (they part it from the returned message's heading).
    end = "\n" * max(1, len(text) - len(text.rstrip("\n")))
    return "\n\n".join(paras[i] for i in order) + end if changed else None


def recipients_first(text: str, case: Case) -> str | None:
    return _swap_with_explanation(text, case, -1)


def recipients_last(text: str, case: Case) -> str | None:
    return _swap_with_explanation(text, case, 1)


# Exchange's own headings and sentences as its German, French and Spanish NDRs write them (the
# headings as bouncelib/_dsn/formats/exchange2007.py records them).
TRANSLATIONS: dict[str, list[tuple[str, str]]] = {
    "de": [
        ("Diagnostic information for administrators", "Diagnoseinformationen für Administratoren"),
        ("Generating server", "Generierender Server"),
        ("Original message headers", "Ursprüngliche Nachrichtenkopfzeilen"),
        ("Undeliverable", "Unzustellbar"),
    ],
    "fr": [
        ("Diagnostic information for administrators", "Informations de diagnostic pour les administrateurs"),
        ("Generating server", "Serveur de génération"),
        ("Original message headers", "En-têtes de message d'origine"),
        ("Undeliverable", "Non remis"),
    ],
    "es": [
        ("Diagnostic information for administrators", "Información de diagnóstico para administradores"),
        ("Generating server", "Servidor de generación"),
        ("Original message headers", "Encabezados del mensaje original"),
        ("Undeliverable", "No se puede entregar"),
    ],
}


def translate(lang: str) -> Callable[[Case], bytes | None]:
    def apply(case: Case) -> bytes | None:
        msg = _load(case.data)
        part = _notice_part(msg)
        changed = False
        subject = str(msg.get("Subject") or "")
        for en, other in TRANSLATIONS[lang]:
            if subject.startswith(en):
                del msg["Subject"]
                msg["Subject"] = email.header.Header(other + subject[len(en) :], "utf-8").encode()
                changed = True
        if part is not None:
            text = _text_of(part)
            new = text
            for en, other in TRANSLATIONS[lang]:
                new = re.sub(rf"^([ \t]*){re.escape(en)}", rf"\g<1>{other}", new, flags=re.M)
            if new != text:
                _set_text(part, new)
                changed = True
        return _dump(msg) if changed else None

    return apply


# -- MIME perturbations --------------------------------------------------------------------------


def transfer(cte: str) -> Edit:
    def edit(msg: email.message.Message, part: email.message.Message, case: Case) -> bool:
        _set_text(part, _text_of(part), cte=cte)
        return True

    return edit


def html_only(msg: email.message.Message, part: email.message.Message, case: Case) -> bool:
    """The notice as HTML, each line a line of a <p> block with <br> between (as Exchange writes it)."""
    notice, rest = _split_notice(_text_of(part))
    paras = _paragraphs(notice)
    shown = ("<br>\n".join(html.escape(ln).replace("  ", "&nbsp; ") for ln in p.split("\n")) for p in paras)
    body = "".join(f"<p>{p}</p>\n" for p in shown)
    doc = f"<html><head><meta charset=\"utf-8\"></head><body>\n{body}"
    if rest:
        doc += "<pre>" + html.escape(rest) + "</pre>\n"
    _set_text(part, doc + "</body></html>\n", subtype="html")
    return True


def _returned_part(msg: email.message.Message) -> tuple[email.message.Message, int] | None:
    """The container and index of the message/rfc822 or text/rfc822-headers part: the returned
    message, not a forwarded report (a message/rfc822 that holds the delivery report itself)."""
    for container in msg.walk():
        if not container.is_multipart():
            continue
        for k, p in enumerate(container.get_payload()):
            if p.get_content_type() in ("message/rfc822", "text/rfc822-headers"):
                report = any(q.get_content_type().startswith("multipart/report") for q in p.walk())
                return None if report else (container, k)
    return None


def _returned_text(p: email.message.Message) -> str:
    if p.get_content_type() == "message/rfc822":
        inner = p.get_payload()
        inner = inner[0] if isinstance(inner, list) else inner
        return inner.as_string() if isinstance(inner, email.message.Message) else str(inner)
    return _text_of(p)


def original_headers(msg: email.message.Message, part: email.message.Message, case: Case) -> bool:
    found = _returned_part(msg)
    if found is None or found[0].get_payload()[found[1]].get_content_type() != "message/rfc822":
        return False
    container, k = found
    head = _returned_text(container.get_payload()[k]).replace("\r\n", "\n").split("\n\n", 1)[0] + "\n"
    new = email.message.Message()
    new["Content-Type"] = "text/rfc822-headers"
    new.set_payload(head)
    container.get_payload()[k] = new
    return True


def original_rfc822(msg: email.message.Message, part: email.message.Message, case: Case) -> bool:
    """A returned message written inline after the notice becomes a message/rfc822 part beside it."""
    notice, rest = _split_notice(_text_of(part))
    if not rest:
        return False
    _marker, _nl, returned = rest.partition("\n")
    returned = returned.lstrip("\n")
    if not re.match(r"[\w-]+:", returned):
        return False
    inner = _load(returned.encode("utf-8", "surrogateescape"))
    attached = email.message.Message()
    attached["Content-Type"] = "message/rfc822"
    attached.set_payload([inner])
    text = email.message.Message()
    _set_text(text, notice)
    if part is msg:
        for key in ("Content-Type", "Content-Transfer-Encoding"):
            del msg[key]
        msg["Content-Type"] = 'multipart/mixed; boundary="perturb-boundary-1"'
        msg.set_payload([text, attached])
        return True
    _set_text(part, notice)
    container = next(c for c in msg.walk() if c.is_multipart() and any(p is part for p in c.get_payload()))
    container.get_payload().append(attached)
    return True


def original_absent(msg: email.message.Message, part: email.message.Message, case: Case) -> bool:
    """The returned message left out, as an MTA set to return nothing writes the notice (Postfix with
    ``bounce_size_limit`` reached, a relay that strips it): the message/rfc822 or text/rfc822-headers part
    taken away, or the text after the notice's marker line cut off.  Applied only where the rest still names
    every labelled recipient."""
    found = _returned_part(msg)
    if found is not None:
        container, k = found
        del container.get_payload()[k]
    else:
        notice, rest = _split_notice(_text_of(part))
        if not rest or not notice.strip():
            return False
        _set_text(part, notice.rstrip("\n") + "\n")
    # Only a notice that names its recipients itself: one that leaves them to the returned message's
    # headers loses them with it, which is no change of layout.
    # A bounce whose label names no address (the recipient left to the returned message) is left alone too.
    if not case.wanted:
        return case.kind in ("neither", "challenge")
    left = _dump(msg).decode("utf-8", "replace").lower()
    return all(a.lower() in left for a in case.wanted)


def original_inline(msg: email.message.Message, part: email.message.Message, case: Case) -> bool:
    """A returned message/rfc822 (or text/rfc822-headers) part becomes text after the notice, below
    Exim's marker line."""
    found = _returned_part(msg)
    if found is None:
        return False
    container, k = found
    returned = _returned_text(container.get_payload()[k]).replace("\r\n", "\n")
    del container.get_payload()[k]
    marker = "------ This is a copy of the message, including all the headers. ------"
    _set_text(part, _text_of(part).rstrip("\n") + f"\n\n{marker}\n\n{returned}")
    return True


PERTURBATIONS: dict[str, Callable[[Case], bytes | None]] = {
    "round-trip": lambda case: _dump(_load(case.data)),
    "crlf": crlf,
    "rewrap": on_notice(rewrap),
    "indent": on_notice(indent),
    "quote": on_notice(quote),
    "addr-bare": on_notice(addr_bare),
    "addr-angle": on_notice(addr_angle),
    "addr-quoted": on_notice(addr_quoted),
    "blank-added": on_notice(blank_added),
    "blank-removed": on_notice(blank_removed),
    "reply-next-line": on_notice(reply_next_line),
    "reply-same-line": on_notice(reply_same_line),
    "reply-dots": on_notice(reply_dots),
    "recipients-before": on_notice(recipients_first),
    "recipients-after": on_notice(recipients_last),
    "lang-de": translate("de"),
    "lang-fr": translate("fr"),
    "lang-es": translate("es"),
    "quoted-printable": on_part(transfer("quoted-printable")),
    "base64": on_part(transfer("base64")),
    "html-only": on_part(html_only),
    "original-headers": on_part(original_headers),
    "original-rfc822": on_part(original_rfc822),
    "original-inline": on_part(original_inline),
    "original-absent": on_part(original_absent),
}


# -- material ------------------------------------------------------------------------------------


def wild_cases() -> list[Case]:
    out = []
    for label in load_labels():
        if part_of(label["source"]) != "tune":
            continue
        wanted = [r["address"] for r in label["recipients"] if r["action"] in FAILING and r["address"]]
        data = (WILD / label["file"]).read_bytes()
        out.append(Case(f"wild/{label['file']}", data, wanted, kind_class(label["kind"])))
    return out


def sisimai_cases() -> list[Case]:
    from sisimai_agreement import load_labels as sisimai_labels
    from sisimai_agreement import part_of_label

    folder = sisimai_dir()
    if folder is None:
        return []
    out = []
    for label in sisimai_labels(folder):
        if part_of_label(label) != "tune":
            continue
        wanted = [r["address"] for r in label["recipients"] if r.get("address") and r.get("reason") != "feedback"]
        data = (folder / "emails" / label["id"]).read_bytes()
        out.append(Case(f"sisimai/{label['id']}", data, wanted, None))
    return out


def run(cases: list[Case], only: list[str] | None, show: bool) -> dict[str, dict[str, int]]:
    base = {c.name: read(c.data) for c in cases}
    table: dict[str, dict[str, int]] = {}
    for name, perturb in PERTURBATIONS.items():
        if only and name not in only:
            continue
        row = {"applied": 0, "recipients": 0, "kind": 0, "reason": 0, "label broken": 0, "label mended": 0}
        for case in cases:
            try:
                data = perturb(case)
            except Exception as exc:  # a perturbation that cannot apply to an odd mail
                print(f"  {name} {case.name}: perturbation failed: {exc!r}", file=sys.stderr)
                continue
            if data is None:
                continue
            row["applied"] += 1
            got, was = read(data), base[case.name]
            changed = []
            if got.recipients != was.recipients:
                row["recipients"] += 1
                changed.append(f"recipients {sorted(was.recipients)} -> {sorted(got.recipients)}")
            if got.kind != was.kind:
                row["kind"] += 1
                changed.append(f"kind {was.kind} -> {got.kind}")
            both = was.recipients & got.recipients
            r_was = {r for r in was.reasons if r[0] in both}
            r_got = {r for r in got.reasons if r[0] in both}
            if r_was != r_got:
                row["reason"] += 1
                changed.append(f"reasons {sorted(r_was - r_got)} -> {sorted(r_got - r_was)}")
            if was.right(case) and not got.right(case):
                row["label broken"] += 1
            if got.right(case) and not was.right(case):
                row["label mended"] += 1
            if show and changed:
                print(f"  [{name}] {case.name}: {'; '.join(changed)}")
        table[name] = row
    return table


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--modules-off", action="store_true", help="switch every format module off")
    ap.add_argument("--sisimai", action="store_true", help="also the tuning part of the shared Sisimai half")
    ap.add_argument("--only", action="append", choices=sorted(PERTURBATIONS), help="this perturbation only")
    ap.add_argument("--show", action="store_true", help="list each mail whose reading a perturbation changes")
    ap.add_argument("--json", action="store_true", help="print the table as JSON")
    args = ap.parse_args(argv)
    from bouncelib._dsn.registry import format_modules_off

    cases = wild_cases() + (sisimai_cases() if args.sisimai else [])
    with format_modules_off() if args.modules_off else nullcontext():
        table = run(cases, args.only, args.show)
    if args.json:
        print(json.dumps(table, indent=1))
        return 0
    print(f"{len(cases)} tuning mails, format modules {'off' if args.modules_off else 'on'}")
    print(
        "| perturbation | applied | recipients changed | kind changed | reason changed | label broken | label mended |"
    )
    print("|---|---|---|---|---|---|---|")
    for name, row in table.items():
        print(f"| {name} | {' | '.join(str(v) for v in row.values())} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
