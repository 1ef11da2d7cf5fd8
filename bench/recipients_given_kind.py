"""Leave-language-out for the recipient reader alone: the wild mails' recipients, each language's words off, with the
kind given.

    python bench/recipients_given_kind.py            # tuning mails of every language but English with >= 5 of them
    python bench/recipients_given_kind.py --list     # also the tuning mails whose recipients are missed or invented
    python bench/recipients_given_kind.py --with     # the same mails with their language's words on
    python bench/recipients_given_kind.py --part test  # the test part's totals (no list: its misses are not read)

``bench/leave_language_out.py`` reads a language's tuning mails with that language's words switched off and counts
recipients found; but the general reader takes no recipient from a notice it does not read as a failure, so there a
recipient missed is, almost always, a kind missed (round r81recip: all 36 recipients lost at 5211f530 were in mails
whose kind was lost too).  This measure asks the other question: had the kind been read right, would the recipients
be?  The words are switched off as there (`leave_language_out.Switch`), and where the general reader's `verdict`
finds nothing in the notice's words (None), a mail labelled a bounce or a delay is given the label's verdict
(``failed`` when a labelled recipient failed, else ``delayed``); every other reading (format modules, the readers of
the standards, the general reader's own signs) runs as it is.  Mails labelled no bounce are read as they are, so
``none invented`` still counts their recipients.

Figures (round r81recip, 842 tuning mails of 29 languages, 484 labelled recipients): at 5211f530 recipients found
478, none invented 789 of 791 (given the kind; 447 and 790 with the kind read); with the list named as the one whose
role address sends the notice and the items of one bulleted list as the recipients (`_list_named_in_notice`,
`_recipients.listed_items`): 482 and 790.  Left: the Catalan Discourse address glued to its preposition in the
catalogue ("correu a%{destination}") and a Russian paste that names its recipient only in a sentence.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import leave_language_out as llo  # noqa: E402 - found through the sys.path entry above
from accuracy import part_of  # noqa: E402
from wild_mail import load_labels, read  # noqa: E402

FIELDS = ("recipient found", "none invented", "kind")


def _given(label: dict[str, Any]) -> str | None:
    """The verdict a mail's label gives its notice: ``failed``, ``delayed``, or None for a mail that is no bounce."""
    actions = [r["action"] for r in label["recipients"] if r["action"] in ("failed", "delayed")]
    if label["kind"] not in ("bounce", "delay") or not actions:
        return None
    return "failed" if "failed" in actions else "delayed"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=("tune", "test"), default="tune")
    ap.add_argument("--list", action="store_true", help="tuning only: the mails with a recipient missed or invented")
    ap.add_argument("--with", dest="words", action="store_true", help="the language's words left on")
    args = ap.parse_args(argv)
    if args.list and args.part != "tune":
        ap.error("--list is for the tuning part: the test part's misses are not read")

    from bouncelib._dsn import general

    switch = llo.Switch(llo.Tagger())
    read_verdict = general.verdict
    given: dict[str, str | None] = {"verdict": None}

    def verdict(notice: Any, subject: str) -> Any:
        return read_verdict(notice, subject) or given["verdict"]

    by_language: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for label in load_labels():
        if part_of(label["source"]) == args.part:
            by_language[str(label.get("lang") or "?").split(",")[0].split()[0]].append(label)
    languages = sorted(lang for lang, ms in by_language.items() if len(ms) >= llo.MIN_MAILS and lang != "en")
    totals = {f: [0, 0] for f in FIELDS}
    missed: list[str] = []
    general.verdict = verdict  # type: ignore[assignment]
    try:
        for lang in languages:
            switch.off(None if args.words else lang)
            for label in by_language[lang]:
                given["verdict"] = _given(label)
                mail = read(label)
                for f in FIELDS:
                    vs = mail.verdicts.get(f, [])
                    totals[f][0] += sum(vs)
                    totals[f][1] += len(vs)
                if not all(mail.verdicts.get("recipient found", [])) or not all(mail.verdicts.get("none invented", [])):
                    got = [e["recipient"] for e in mail.events]
                    want = [r["address"] for r in label["recipients"]]
                    missed.append(f"[{lang}] {label['file']}: got {got}, label {want}")
    finally:
        general.verdict = read_verdict
        switch.off(None)
    print(f"{args.part}, {sum(len(by_language[x]) for x in languages)} mails of {len(languages)} languages, "
          f"words {'on' if args.words else 'off'}, kind given:")  # fmt: skip
    for f in FIELDS:
        print(f"  {f}: {totals[f][0]}/{totals[f][1]}")
    if args.list:
        print("\n".join(missed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
