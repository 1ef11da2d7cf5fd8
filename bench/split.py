"""The one split every accuracy figure shares: a source's part (tuning or frozen test) by its hash.

Kept apart from `accuracy` so that a script can know the split without importing bouncelib
(`accuracy_without_test_rows.py` must cut the tables before bouncelib builds its indices).
"""

from __future__ import annotations

import hashlib
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
