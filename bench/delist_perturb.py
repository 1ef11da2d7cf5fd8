"""Metamorphic test of the delist reading: vary what should not matter, on tuning replies.

    python bench/delist_perturb.py            # per perturbation: applied, verdict held, broken
    python bench/delist_perturb.py --show     # also every perturbed text whose verdict broke

Material: the TUNING part of ``corpus/replies/real`` only (`split.part_of`), the replies whose delist
verdict is right as they are (every labelled contact found, none invented). The test part is never read.

The definition (docs/fields.md, "delist") says what a contact is: a URL or mailbox the refusing server
offers the sender, when the refusal concerns the sender; never an address of the recipient or the sender,
never a URL of the original message. None of these says how the contact is written, so none of the
variations below may move the verdict:

* on a reply whose label has a contact written as a URL, that URL
  - ``host``: replaced by another operator's help, lookup or postmaster page (host and path change);
  - ``scheme``: written with the other of http/https;
  - ``bare``: written without its scheme (a bare ``www.`` address, a host name with a path);
  - ``wrap``: wrapped in ``<>``, ``()`` or ``[]``;
  - ``punct``: followed by ``.``, ``,`` or ``;``;
  - ``mailbox``: replaced by a role mailbox of another operator (``postmaster@``, ``delist@``);
* on such a reply, a second contact appended with the words that offer it (``verb``: "see", "visit",
  "refer to", "for more information go to", "please contact", "forward this message to", "write to" ...,
  a URL after the URL verbs, a mailbox after the mailbox verbs): it is taken too;
* ``reason``: on a reply refusing the sender without a contact, its reason read right by a rule (a block,
  a reputation, policy, rate, content or authentication refusal: every such tuning reply is another wording
  of those reasons), a contact appended with one of those verbs: it is taken;
* on a reply without a contact, things appended that must NOT be taken (the label stays ``[]``):
  ``recipient`` (the recipient's address, bare, in ``<>`` or ``[]``), ``sender`` (the sender's address as
  an MTA writes it), ``message-url`` (a URL the text says the message carried, a tracking or unsubscribe
  link quoted from the message).

The appended words are ours (a perturbation, not material). Each variation is made for every reply it
applies to, with its variants chosen by a hash of the reply's id (deterministic). "held" means the delist
verdict is still right: every expected contact returned, nothing else returned but the named list's
documented page and address.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from split import tuning_replies  # noqa: E402 - found through the sys.path entry above

# Other operators' pages, of the forms providers use (help, lookup, postmaster, error-code pages).
OTHER_URLS = (
    "https://postmaster.mailhost-example.net/smtp-errors",
    "http://help.isp-example.com/mail/blocked?ip=192.0.2.7&code=550",
    "https://www.examplemail.org/support/answer/1234",
    "https://mx-example.de/postmaster/faq.html#rejected",
    "https://kb.filter-example.com/docs/DOC-99",
    "http://support.example-provider.co.uk/help/email/bounce",
)
ROLE_MAILBOXES = ("postmaster@mailhost-example.net", "delist@isp-example.com", "abuse@examplemail.org")
# Non-role mailboxes: taken only after wording that offers them.
OTHER_MAILBOXES = ("blockrequests@isp-example.com", "mailops@examplemail.org", "unblock.team@mx-example.de")
URL_VERBS = ("See", "Visit", "Please refer to", "For more information go to", "More information:",
             "Details at", "Appeal at:",
             "For details, see", "To request removal, visit", "Learn more at")  # fmt: skip
MAILBOX_VERBS = ("Please contact", "Forward this message to", "Write to", "For assistance, contact",
                 "If you believe this is an error, please email", "Reach out to", "Get in touch with",
                 "Report false positives to", "Mail us at", "Questions? Email",
                 # (round 48) more wordings that hand the sender a mailbox
                 "Please send mail to", "Send an email to", "Direct inquiries to", "Questions to",
                 "Please notify")  # fmt: skip
RECIPIENTS = ("<jane.doe@example.org>", "[jane.doe@example.org]", "jane.doe@example.org:",
              "to=<jane.doe@example.org>", "Original-Recipient: rfc822;jane.doe@example.org")  # fmt: skip
SENDERS = ("from=<news@sender.example>", "(sender <news@sender.example>)", "MAIL FROM:<news@sender.example>",
           "Sender address: news@sender.example")  # fmt: skip
MESSAGE_URLS = (
    "Message contains a blocked URL: http://shop-example.com/offer?id=42",
    "The message body contained the link https://click.sender.example/track?u=abc123",
    # (Not "URL in message listed": "listed" makes the refusal a listing, a reason about the sender, and the
    # reply's own contact wording then counts; the reason moved, not the reading of the URL.)
    "Link seen in the message: http://promo-example.net/sale",
    "Unsubscribe link found in message: https://sender.example/unsubscribe?u=abc123",
)
ABOUT_SENDER = {
    "blocked", "badreputation", "spamdetected", "requireptr", "authfailure", "policyviolation", "speeding",
    "toomanyconn", "rejected", "securityerror", "failedstarttls", "notcompliantrfc", "contenterror",
    "virusdetected", "norelaying",
}  # fmt: skip


def _pick(seq: tuple[str, ...], key: str, n: int = 1) -> list[str]:
    """`n` items of `seq`, chosen by a hash of `key`."""
    h = int(hashlib.sha256(key.encode()).hexdigest(), 16)
    start = h % len(seq)
    return [seq[(start + i) % len(seq)] for i in range(min(n, len(seq)))]


def _swap(want: list[str], old: str, new: str) -> list[str]:
    return [new if c == old else c for c in want]


def variants(row: dict, documented: tuple[str, ...], read_right: bool) -> Iterator[tuple[str, str, list[str]]]:
    """(perturbation, new text, expected delist) for one tuning row; `read_right`: its reason is read right by a
    rule (not guessed by the model, which offers no contact on its word)."""
    text, rid = row["text"], row["id"]
    want: list[str] = [c for c in row["expect"]["delist"] if c not in documented]
    # The contact written in the text as a URL (once), the first such.
    in_text = [c for c in want if "@" not in c and text.count(c) == 1]
    if in_text:
        url = in_text[0]
        at = text.index(url)
        end = at + len(url)
        before, after = text[:at], text[end:]
        for new in _pick(OTHER_URLS, rid, 2):
            yield "host", before + new + after, _swap(want, url, new)
        if url.startswith(("http://", "https://")):
            other = ("https://" + url[7:]) if url.startswith("http://") else ("http://" + url[8:])
            yield "scheme", before + other + after, _swap(want, url, other)
        if url.startswith(("http://", "https://")) and "/" in url.split("://", 1)[1].rstrip("/"):
            # Without its scheme: a bare "www." address or a host name with a path (docs/fields.md).
            bare = url.split("://", 1)[1]
            yield "bare", before + bare + after, _swap(want, url, bare)
        bare_before = before.rstrip("<([")
        bare_after = after.lstrip(">)]")
        if bare_before == before and bare_after == after:
            for o, c in (("<", ">"), ("(", ")"), ("[", "]")):
                yield "wrap", before + o + url + c + after, want
        if not after[:1] or after[:1].isspace():
            for p in _pick((".", ",", ";"), rid, 2):
                yield "punct", before + url + p + after, want
        # (A mailbox in <> or [] is the recipient's or the sender's: the URL's brackets are kept, so not there.)
        for box in _pick(ROLE_MAILBOXES, rid, 1) if not before.endswith(("<", "[")) else ():
            yield "mailbox", before + box + after, _swap(want, url, box)
    if want:
        for verb in URL_VERBS:
            new = _pick(OTHER_URLS, rid + verb)[0]
            yield "verb", text + " " + verb + " " + new, [*want, new]
        for verb in MAILBOX_VERBS:
            new = _pick(OTHER_MAILBOXES, rid + verb)[0]
            yield "verb", text + " " + verb + " " + new, [*want, new]
        return
    if row["expect"]["delist"]:
        return  # only documented contacts: the appended ones would be judged against a named list
    if read_right and row["expect"].get("reason") in ABOUT_SENDER and "://" not in text and "@" not in text:
        for verb in _pick(URL_VERBS, rid, 2):
            new = _pick(OTHER_URLS, rid + verb)[0]
            yield "reason", text + " " + verb + " " + new, [new]
        verb = _pick(MAILBOX_VERBS, rid)[0]
        new = _pick(OTHER_MAILBOXES, rid)[0]
        yield "reason", text + " " + verb + " " + new, [new]
    for r in _pick(RECIPIENTS, rid, 2):
        yield "recipient", text + " " + r, []
    for s in _pick(SENDERS, rid, 2):
        yield "sender", text + " " + s, []
    for m in _pick(MESSAGE_URLS, rid, 2):
        yield "message-url", text + " " + m, []


def _documented(blocklist: object) -> tuple[str, ...]:
    if blocklist is None:
        return ()
    return tuple(c for c in (blocklist.delist_url, blocklist.delist_email) if c)  # type: ignore[attr-defined]


def _held(got: list[str], want: list[str], documented: tuple[str, ...]) -> bool:
    return all(c in got for c in want) and all(c in want or c in documented for c in got)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", action="store_true", help="every perturbed text whose verdict broke")
    ap.add_argument("--only", help="one perturbation")
    args = ap.parse_args(argv)
    from bouncelib import parse_reply

    applied: Counter[str] = Counter()
    broken: Counter[str] = Counter()
    shown: list[str] = []
    cases = 0
    for row in tuning_replies(ROOT):
        want = row["expect"].get("delist")
        if want is None:
            continue
        hints = row.get("hints", {})
        base = parse_reply(row["text"], **hints)
        documented = _documented(base.blocklist)
        if not _held(list(base.delist), want, documented):
            continue
        cases += 1
        read_right = base.reason.value == row["expect"].get("reason") and not (base.rule or "").startswith("model:")
        for kind, text, expect in variants(row, documented, read_right):
            if args.only and kind != args.only:
                continue
            got = parse_reply(text, **hints)
            applied[kind] += 1
            if _held(list(got.delist), expect, documented + _documented(got.blocklist)):
                continue
            broken[kind] += 1
            shown.append(f"[{row['id']}] {kind}: want {expect} got {list(got.delist)} "
                         f"({got.reason.value}, {got.rule})\n    {text[-300:]!r}")  # fmt: skip
    total, lost = sum(applied.values()), sum(broken.values())
    print(f"tuning replies with a right delist verdict: {cases}; perturbed texts: {total}; "
          f"verdict held: {total - lost} ({100 * (total - lost) / max(total, 1):.1f} %)")  # fmt: skip
    for kind in ("host", "scheme", "bare", "wrap", "punct", "mailbox", "verb", "reason", "recipient", "sender",
                 "message-url"):  # fmt: skip
        if applied[kind]:
            n, b = applied[kind], broken[kind]
            print(f"  {kind:12} {n:5}  held {n - b:5} ({100 * (n - b) / n:5.1f} %)")
    if args.show:
        print("\n".join(shown))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
