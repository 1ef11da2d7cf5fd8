"""Metamorphic test of the mail's kind: perturbations that change how a notice looks, never what it says happened.

    python bench/kind_perturb.py                  # every kind perturbation, format modules on
    python bench/kind_perturb.py --modules-off    # every format module switched off (the general reader)
    python bench/kind_perturb.py --only subject-removed --show

Material: the TUNING part of ``corpus/wild/mail`` only (as ``bench/perturb.py``; the test part is never read).

The kind of a mail (bounce, delay, success, challenge, vacation, read receipt, list notice, not-bounce) is what
the mail says happened to a message.  A reader that leans on one piece of evidence for it (a Subject it knows, an
``Auto-Submitted`` header, a ``MAILER-DAEMON`` From, the returned message's presence) reads the next mail that
lacks it wrong.  Each perturbation takes one such piece away or words it as another writer would:

- ``subject-removed``, ``subject-short`` (its first word only), ``subject-translated`` (a German or French Subject
  for the mail's kind, as Exchange, Outlook and Thunderbird write them in those languages);
- ``auto-headers-removed`` (``Auto-Submitted``, ``Precedence``, ``X-Autoreply``, ``X-Autorespond``,
  ``X-Auto-Response-Suppress`` ...), ``list-headers-removed`` (``List-*``, ``X-Mailman-*``, ``X-BeenThere``,
  ``Mailing-List`` ...);
- ``from-postmaster`` (a ``MAILER-DAEMON`` From becomes ``postmaster@`` of its domain), ``from-plain`` (a role From
  becomes ``mail@`` of its domain, as a hosted service signs);
- ``original-absent`` (``bench/perturb.py``'s: the returned message left out);
- ``challenge-by-reply`` (a challenge's confirmation links become "reply to this message"), ``challenge-no-link``,
  ``challenge-by-link`` (its "reply to this message" becomes "visiting <a link>");
- ``delay-wording`` (a delay's "will retry" / "still trying" / "will keep trying" written another of those ways);
- ``vacation-quotes`` (a vacation reply quoting the message it answers, "> " lines) and ``vacation-original``
  (the answered message below an Outlook "-----Original Message-----" block).

Per perturbation: how many mails it applied to, in how many the measured kind (bounce, challenge, neither, as
``bench/wild_mail.py`` judges it) moved against the unperturbed reading, in how many the finer kind moved
(bounce, delay, success, challenge, vacation, neither), and ``label broken``: right as they are, wrong perturbed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import perturb as pt  # noqa: E402 - found through the sys.path entry above
from accuracy import part_of  # noqa: E402
from wild_mail import WILD, kind_class, load_labels  # noqa: E402

# The fine kind of a label, as the reading can show it.
_FINE = {"read_receipt": "neither", "list_notice": "neither", "not_bounce": "neither"}


def fine_of_label(kind: str) -> str:
    return _FINE.get(kind, kind)


def fine_read(data: bytes) -> tuple[str, str]:
    """(measured kind, fine kind) of a mail as bouncelib reads it."""
    from bouncelib import parse_message

    report = parse_message(data)
    if report.kind.value == "challenge":
        return "challenge", "challenge"
    if report.kind.value == "autoreply":
        return "neither", "vacation"
    actions = {r["action"] for r in report.to_records()}
    if "failed" in actions:
        return "bounce", "bounce"
    if "delayed" in actions:
        return "bounce", "delay"
    if "delivered" in actions:
        return "neither", "success"
    return "neither", "neither"


# -- header perturbations ------------------------------------------------------------------------------------

Perturb = Callable[[pt.Case, str], bytes | None]


def _headers(edit: Callable[[pt.email.message.Message, str], bool]) -> Perturb:
    def apply(case: pt.Case, kind: str) -> bytes | None:
        msg = pt._load(case.data)
        return pt._dump(msg) if edit(msg, kind) else None

    return apply


def subject_removed(msg: pt.email.message.Message, kind: str) -> bool:
    if msg["Subject"] is None:
        return False
    del msg["Subject"]
    return True


def subject_short(msg: pt.email.message.Message, kind: str) -> bool:
    from bouncelib._dsn.mime import decode_header

    subject = decode_header(str(msg["Subject"] or "")).split()
    if len(subject) < 2:
        return False
    del msg["Subject"]
    msg["Subject"] = subject[0].rstrip(":")
    return True


# Subjects in German and French for each kind, as mail systems and clients write them: Exchange's NDR
# ("Unzustellbar:", "Non remis :"), its delay ("Zustellung verzögert:", "Remise différée :"), its delivery and read
# notices ("Zugestellt:", "Remis :", "Gelesen:", "Lu :"), Outlook's automatic replies ("Automatische Antwort:",
# "Réponse automatique :"), and plain words for a list's notice and a confirmation request.
_SUBJECTS = {
    "bounce": ("Unzustellbar: {s}", "Non remis : {s}"),
    "delay": ("Zustellung verzögert: {s}", "Remise différée : {s}"),
    "success": ("Zugestellt: {s}", "Remis : {s}"),
    "read_receipt": ("Gelesen: {s}", "Lu : {s}"),
    "vacation": ("Automatische Antwort: {s}", "Réponse automatique : {s}"),
    "challenge": ("Bitte bestätigen Sie Ihre Nachricht: {s}", "Veuillez confirmer votre message : {s}"),
    "list_notice": ("Mitteilung der Liste: {s}", "Avis de la liste : {s}"),
}


def _original_subject(msg: pt.email.message.Message) -> str:
    from bouncelib._dsn.mime import decode_header

    for part in msg.walk():
        if part.get_content_type() in ("message/rfc822", "text/rfc822-headers"):
            payload = part.get_payload()
            if isinstance(payload, list) and payload and payload[0]["Subject"]:
                return decode_header(str(payload[0]["Subject"]))
            if isinstance(payload, str):
                m = re.search(r"^Subject: *(.+)$", payload, re.M)
                if m:
                    return m.group(1).strip()
    return "Angebot"


def subject_translated(msg: pt.email.message.Message, kind: str) -> bool:
    pair = _SUBJECTS.get(kind)
    if pair is None:
        return False
    # The language from the mail's file name, so that both appear.
    template = pair[len(str(msg["Message-ID"] or "") + str(msg["Date"] or "")) % 2]
    del msg["Subject"]
    msg["Subject"] = template.format(s=_original_subject(msg))
    return True


_AUTO_HEADERS = (
    "Auto-Submitted", "Precedence", "X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress", "X-Autogenerated",
    "X-Mail-Autoreply", "X-Autoresponder", "X-Vacation", "X-Precedence",
)  # fmt: skip


def _drop(msg: pt.email.message.Message, names: tuple[str, ...], prefixes: tuple[str, ...] = ()) -> bool:
    gone = False
    for key in list(dict.fromkeys(k.lower() for k in msg)):
        if key in (n.lower() for n in names) or key.startswith(prefixes):
            del msg[key]
            gone = True
    return gone


def auto_headers_removed(msg: pt.email.message.Message, kind: str) -> bool:
    return _drop(msg, _AUTO_HEADERS)


def list_headers_removed(msg: pt.email.message.Message, kind: str) -> bool:
    names = ("Mailing-List", "X-BeenThere", "X-Loop", "Precedence", "X-List", "Delivered-To")
    return _drop(msg, names, ("list-", "x-mailman-", "x-list-", "x-ml-", "x-mailing-list", "x-ezmlm-", "x-sympa-"))


_ROLE = re.compile(r"mailer-daemon|postmaster|mail delivery|mail system|daemon|bounce|administrator", re.I)


def _from_domain(msg: pt.email.message.Message) -> str | None:
    value = str(msg["From"] or "")
    m = re.search(r"@([\w.-]+\.\w+)", value)
    return m.group(1) if m else None


def from_postmaster(msg: pt.email.message.Message, kind: str) -> bool:
    value = str(msg["From"] or "")
    domain = _from_domain(msg)
    if not re.search(r"mailer-daemon|mail delivery", value, re.I) or domain is None:
        return False
    del msg["From"]
    msg["From"] = f"postmaster@{domain}"
    return True


def from_plain(msg: pt.email.message.Message, kind: str) -> bool:
    value = str(msg["From"] or "")
    domain = _from_domain(msg)
    if not _ROLE.search(value) or domain is None:
        return False
    del msg["From"]
    msg["From"] = f"mail@{domain}"
    return True


# -- text perturbations --------------------------------------------------------------------------------------


def _on_notice_of(kinds: tuple[str, ...], edit: Callable[[str, pt.Case], str | None]) -> Perturb:
    text_edit = pt.on_notice(edit)

    def apply(case: pt.Case, kind: str) -> bytes | None:
        return text_edit(case) if kind in kinds else None

    return apply


_URL = re.compile(r"<?https?://[^\s<>\"]+>?")


def challenge_no_link(text: str, case: pt.Case) -> str | None:
    new = _URL.sub("", text)
    return new if new != text else None


def challenge_by_reply(text: str, case: pt.Case) -> str | None:
    new = _URL.sub("(reply to this message)", text)
    return new if new != text else None


# Ways a delay notice says the mail system goes on trying, each from a real notice's wording: Postfix's "will keep
# trying", Exim's "will retry", Sendmail's "will keep trying until the message is N days old", Exchange's "will
# continue to try", and "still trying" (Courier, qmail-based hosts).
_DELAY_WAYS = re.compile(
    r"\b(?:will (?:keep|continue) (?:on )?try(?:ing)?(?: to deliver(?: it)?)?|will (?:be )?retr(?:y|ied)|"
    r"(?:is )?still (?:being )?(?:trying|retried|attempting)|will continue to try)\b",
    re.I,
)
_DELAY_OTHERS = ("will retry", "is still trying", "will keep trying", "will continue to try")


def delay_wording(text: str, case: pt.Case) -> str | None:
    k = pt._seed(case, "delay")

    def other(m: re.Match[str]) -> str:
        said = m.group(0).lower()
        choices = [w for w in _DELAY_OTHERS if w != said]
        return choices[k % len(choices)]

    new = _DELAY_WAYS.sub(other, text)
    return new if new != text else None


# The ways challenges ask for a reply ("Do this by replying to this mail", "please reply, and we will release it",
# "use your mailer's "Reply" feature", "simply reply to this message"), each said instead with a link to visit.
_REPLY_TO_CONFIRM = re.compile(
    r"\b(?:(by )repl(?:y|ying)|(please |simply |just )repl(?:y|ying)|(use your mailer's \"?reply\"? feature))"
    r"(?:\s+to\s+this\s+(?:mail|message|e-?mail|notice))?\b",
    re.I,
)
_LINK = "https://confirm.example.net/c/7f3a9e0b"


def challenge_by_link(text: str, case: pt.Case) -> str | None:
    def link(m: re.Match[str]) -> str:
        if m.group(1):
            return f"by visiting {_LINK}"
        if m.group(2):
            return f"{m.group(2)}visit {_LINK}"
        return f"visit {_LINK}"

    new = _REPLY_TO_CONFIRM.sub(link, text)
    return new if new != text else None


_QUOTED = (
    "Hello,\n\ncould you send me the figures for the third quarter before Friday?\n"
    "I need them for the meeting with the board.\n\nThanks,\nBob\n"
)


def vacation_quotes(text: str, case: pt.Case) -> str | None:
    quoted = "\n".join(f"> {ln}" if ln else ">" for ln in _QUOTED.split("\n"))
    return text.rstrip("\n") + "\n\nOn Mon, 2 Dec 2024 at 10:12, Bob <bob@example.com> wrote:\n" + quoted + "\n"


def vacation_original(text: str, case: pt.Case) -> str | None:
    block = (
        "\n\n-----Original Message-----\nFrom: Bob <bob@example.com>\nSent: Monday, December 2, 2024 10:12 AM\n"
        "To: Alice <alice@example.org>\nSubject: figures\n\n"
    )
    return text.rstrip("\n") + block + _QUOTED


def _original_absent(case: pt.Case, kind: str) -> bytes | None:
    return pt.on_part(pt.original_absent)(case)


PERTURBATIONS: dict[str, Perturb] = {
    "subject-removed": _headers(subject_removed),
    "subject-short": _headers(subject_short),
    "subject-translated": _headers(subject_translated),
    "auto-headers-removed": _headers(auto_headers_removed),
    "list-headers-removed": _headers(list_headers_removed),
    "from-postmaster": _headers(from_postmaster),
    "from-plain": _headers(from_plain),
    "original-absent": _original_absent,
    "challenge-no-link": _on_notice_of(("challenge",), challenge_no_link),
    "challenge-by-reply": _on_notice_of(("challenge",), challenge_by_reply),
    "challenge-by-link": _on_notice_of(("challenge",), challenge_by_link),
    "delay-wording": _on_notice_of(("delay",), delay_wording),
    "vacation-quotes": _on_notice_of(("vacation",), vacation_quotes),
    "vacation-original": _on_notice_of(("vacation",), vacation_original),
}


def cases() -> list[tuple[pt.Case, str]]:
    out = []
    for label in load_labels():
        if part_of(label["source"]) != "tune":
            continue
        wanted = [r["address"] for r in label["recipients"] if r["action"] in pt.FAILING and r["address"]]
        data = (WILD / label["file"]).read_bytes()
        out.append((pt.Case(f"wild/{label['file']}", data, wanted, kind_class(label["kind"])), label["kind"]))
    return out


def run(material: list[tuple[pt.Case, str]], only: list[str] | None, show: bool) -> dict[str, dict[str, int]]:
    base = {c.name: fine_read(c.data) for c, _k in material}
    table: dict[str, dict[str, int]] = {}
    for name, perturb in PERTURBATIONS.items():
        if only and name not in only:
            continue
        row = {"applied": 0, "kind moved": 0, "fine kind moved": 0, "label broken": 0, "label mended": 0}
        for case, kind in material:
            try:
                data = perturb(case, kind)
            except Exception as exc:  # a perturbation that cannot apply to an odd mail
                print(f"  {name} {case.name}: perturbation failed: {exc!r}", file=sys.stderr)
                continue
            if data is None:
                continue
            row["applied"] += 1
            was, got = base[case.name], fine_read(data)
            row["kind moved"] += got[0] != was[0]
            row["fine kind moved"] += got[1] != was[1]
            right_was, right_got = was[0] == case.kind, got[0] == case.kind
            row["label broken"] += right_was and not right_got
            row["label mended"] += right_got and not right_was
            if show and got != was:
                print(f"  [{name}] {case.name} ({kind}): {was[1]} -> {got[1]}")
        table[name] = row
    return table


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--modules-off", action="store_true", help="switch every format module off")
    ap.add_argument("--only", action="append", choices=sorted(PERTURBATIONS), help="this perturbation only")
    ap.add_argument("--show", action="store_true", help="list each mail whose kind a perturbation moves")
    ap.add_argument("--json", action="store_true", help="print the table as JSON")
    args = ap.parse_args(argv)
    from bouncelib._dsn.registry import format_modules_off

    material = cases()
    with format_modules_off() if args.modules_off else nullcontext():
        table = run(material, args.only, args.show)
    if args.json:
        print(json.dumps(table, indent=1))
        return 0
    print(f"{len(material)} tuning mails, format modules {'off' if args.modules_off else 'on'}")
    print("| perturbation | applied | kind moved | fine kind moved | label broken | label mended |")
    print("|---|---|---|---|---|---|")
    for name, row in table.items():
        print(f"| {name} | {' | '.join(str(v) for v in row.values())} |")
    total = {k: sum(r[k] for r in table.values()) for k in ("kind moved", "fine kind moved", "label broken")}
    print(f"summed: {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
