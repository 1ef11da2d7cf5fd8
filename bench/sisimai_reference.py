"""Sisimai 4.25 (Debian's libsisimai-perl) on bouncelib's own labelled material, beside bouncelib.

    python bench/sisimai_reference.py          # reason (and recipients on the wild mails), both parts

The anchor bouncelib means to pass, measured on the same cases and the same split as
`bench/accuracy.py` and `bench/wild_mail.py`:

* the real reply texts (``corpus/replies/real``), each put as the Diagnostic-Code of a minimal
  RFC 3464 report (Status: the text's first enhanced status, else X.0.0 of its reply code's class)
  and read by ``Sisimai->make`` as it reads a bounce, against bouncelib's `parse_reply`;
* the wild mails (``corpus/wild/mail``): ``Sisimai->make`` on each mail against
  `parse_message`: labelled failed or delayed recipients found, and their reason.

Both are judged against the corpus labels, which follow bouncelib's conventions
(corpus/LABELING.md): where Sisimai's own convention differs (an unknown user refused after DATA is
Sisimai's ``userunknown`` and our ``filtered``; a bare "550 Rejected" at RCPT is Sisimai's
``userunknown`` and our ``onhold``) Sisimai is counted wrong, so its figure is a floor of how it
reads these texts, not a verdict on it. Many wild mails are bodies pasted into threads with few
or no headers; Sisimai looks for a bounce in the headers first and reads none of those, so the wild
figures say how each reads such mail, not how Sisimai reads a bounce as it was delivered. A reply
alone gives Sisimai no SMTP command, which its userunknown/filtered choice leans on. Sisimai's
``undefined`` counts as ``onhold``. The shared
Sisimai half is left out: it is Sisimai's own test material.

Exits 0 with a message when perl or Sisimai is missing.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from accuracy import reply_cases  # noqa: E402 - found through the sys.path entry above
from split import part_of  # noqa: E402
from wild_mail import FAILING, WILD, load_labels, read  # noqa: E402


def _sisimai(rows: list[dict[str, str]]) -> dict[str, dict[str, object]] | None:
    perl = shutil.which("perl")
    if perl is None or subprocess.run([perl, "-MSisimai", "-e", "1"], capture_output=True, check=False).returncode:
        return None
    done = subprocess.run([perl, str(HERE / "sisimai_reference.pl")], input="".join(json.dumps(r) + "\n" for r in rows),
                          capture_output=True, text=True, check=True)  # fmt: skip
    return {row["id"]: row for row in map(json.loads, done.stdout.splitlines())}


def _same(got: object, want: object) -> bool:
    if got == "undefined":
        got = "onhold"
    return got == want


def _pct(right: int, judged: int) -> str:
    return f"{100 * right / judged:5.1f}% ({right}/{judged})" if judged else "    -"


def main() -> int:
    replies = [c for c in reply_cases() if c.expect.get("reason")]
    labels = load_labels()
    rows = [{"id": f"r:{c.ident}", "text": c.text} for c in replies]
    rows += [{"id": f"m:{lab['file']}", "path": str(WILD / lab["file"])} for lab in labels]
    theirs = _sisimai(rows)
    if theirs is None:
        print("Sisimai 4.25: not available (apt-get install libsisimai-perl)")
        return 0

    score: Counter[tuple[str, str, str]] = Counter()  # (figure, part, who) -> right; "n" for judged
    for c in replies:
        part = c.part
        score["reply reason", part, "n"] += 1
        score["reply reason", part, "bouncelib"] += c.got.get("reason") == c.expect["reason"]
        score["reply reason", part, "sisimai"] += _same(theirs[f"r:{c.ident}"]["reason"], c.expect["reason"])
    for lab in labels:
        part = part_of(lab["source"])
        ours = {(e["recipient"] or "").lower(): e for e in read(lab).events}
        records = theirs[f"m:{lab['file']}"]["records"]
        assert isinstance(records, list)
        sis = {(r["recipient"] or "").lower(): r for r in records}
        for want in lab["recipients"]:
            if not want["address"] or want["action"] not in FAILING:
                continue
            key = want["address"].lower()
            score["wild recipient found", part, "n"] += 1
            score["wild reason", part, "n"] += 1
            for who, found in (("bouncelib", ours.get(key)), ("sisimai", sis.get(key))):
                score["wild recipient found", part, who] += found is not None
                score["wild reason", part, who] += found is not None and _same(found["reason"], want["reason"])

    print("| figure | part | bouncelib | Sisimai 4.25 |")
    print("| --- | --- | --- | --- |")
    for fig in ("reply reason", "wild recipient found", "wild reason"):
        for part in ("tune", "test"):
            n = score[fig, part, "n"]
            ours, theirs_ = _pct(score[fig, part, "bouncelib"], n), _pct(score[fig, part, "sisimai"], n)
            print(f"| {fig} | {part} | {ours} | {theirs_} |")
    print("\n(wild reason: a recipient not found counts wrong; Sisimai's 'undefined' counts as 'onhold')")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
