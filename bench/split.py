"""The one split every accuracy figure shares: a source's part (tuning or frozen test) by its hash.

Kept apart from `accuracy` so that a script can know the split without importing bouncelib
(`accuracy_without_test_rows.py` must cut the tables before bouncelib builds its indices).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

SPLIT_SEED = "bouncelib/split-v1"
TEST_SHARE = 0.30


def source_key(source: str) -> str:
    """What the split hashes: a URL without scheme, query and fragment; anything else as written."""
    text = source.strip()
    if "://" in text:
        parts = urlsplit(text)
        return f"{(parts.hostname or '').lower()}{parts.path}".rstrip("/")
    return text


def part_of(source: str) -> str:
    """``"test"`` for 30 % of the source keys, chosen once by their hash; ``"tune"`` for the rest."""
    digest = hashlib.sha256(f"{SPLIT_SEED}\0{source_key(source)}".encode()).digest()
    return "test" if int.from_bytes(digest[:8], "big") / 2**64 < TEST_SHARE else "tune"



# A translation catalogue in a source: one locale's folder or file in a software's message tree
# ("locale/fr/LC_MESSAGES/sympa.po", "messages/pt_BR/...", "lang/id/messages", "listtexts/de/",
# "reports/nl/", "localization/fr_FR/labels.inc") or a run "with locale fr (sympa.mo)".
_LOCALE = r"[a-z]{2,3}(?:[_-][a-z]{2,4})?"
_FOLDER = re.compile(
    r"(?:^|[\s/])(?:locale|messages|lang|po|i18n|l10n|translations|templates|listtexts|text\.skel|reports"
    rf"|localization)/({_LOCALE})(?=/|\.po\b|\s|$)|\blocale ({_LOCALE}) \(([\w-]+)\.mo\)",
    re.IGNORECASE,
)
_DOMAIN = re.compile(r"/LC_MESSAGES/([\w-]+)\.po\b|\(([\w-]+)\.mo\)", re.IGNORECASE)
_REPO = re.compile(r"github(?:\.com/| )([\w.-]+/[\w.-]+)", re.IGNORECASE)
# Repositories that hold one software's catalogues under another name.
_SOFTWARE = {"jaredmauch/mailman2-python3": "mailman", "jurov/gnu-mailman": "mailman", "mailscanner/v5": "mailscanner"}


# PHPMailer's language files are named by their locale, not put in a folder of it ("language/phpmailer.lang-pt_br.php"):
# round 59 quoted them under two spellings of the source, whose locales fell on both sides of the split.
_PHPMAILER = re.compile(rf"phpmailer\.lang-({_LOCALE})\.php", re.IGNORECASE)


def catalogue_key(source: str) -> str | None:
    """The translation catalogue a source's text comes from, as ``software:locale``; None if none.

    The split hashes a source as written, so one locale's catalogue quoted through several
    templates ("list_unknown.tt2 + locale/fr/...", "delivery_status_notification.tt2 +
    locale/fr/...") or at several commits of one repository has several keys, and its rows can
    fall on both sides. Their sentences are one translator's, so a test row with a tuning row of
    its catalogue is not quite unseen: `accuracy` also reports the test part without such rows.
    The software is the catalogue's domain (``sympa.po``) when named, else the repository, else
    the source's first word other than a distributor's; Mailman 2's and 3's ``mailman.po`` fall
    together, which errs on the side of calling more rows siblings.
    """
    if (p := _PHPMAILER.search(source)) is not None:
        return f"phpmailer:{p.group(1).lower().replace('-', '_')}"
    m = _FOLDER.search(source)
    if m is None:
        return None
    locale = (m.group(1) or m.group(2)).lower().replace("-", "_")
    if (d := _DOMAIN.search(source)) is not None:
        software = (d.group(1) or d.group(2)).lower()
    elif (r := _REPO.search(source)) is not None:
        software = _SOFTWARE.get(r.group(1).lower(), r.group(1).lower().split("/")[1])
    else:
        words = [w for w in source.split() if w.lower().rstrip(":") not in ("debian", "gnu")]
        software = (words[0] if words else source).lower().rstrip(":")
    return f"{software}:{locale}"


def tuning_replies(root: Path) -> Iterator[dict]:
    """The rows of the real reply corpus (``corpus/replies/real/*.jsonl``) in the tuning part, file by file.

    The tuning-only measures (`synonym_swap`, `reply_perturb`, `delist_perturb`) read no other rows; files
    whose name starts with ``_`` hold provider facts, not cases.
    """
    for path in sorted((root / "corpus" / "replies" / "real").glob("*.jsonl")):
        if path.name.startswith("_"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if part_of(row["source"]) == "tune":
                yield row
