"""Where the shared reference folder is (the Sisimai corpus, the reference tables), or None.

One lookup for the bench scripts and the test suite (``tests/conftest.py`` puts ``bench/`` on
``sys.path`` and imports this module):

1. ``$BOUNCELIB_SHARED`` when it is set: that folder and no other, so a run can be pointed
   at a copy, or away from the folder altogether;
2. else ``../shared`` beside the checkout (CI's layout);
3. else ``/work/shared`` (the developers' machine).

The Sisimai corpus is ``corpus/sisimai`` inside it, or ``$BOUNCELIB_SISIMAI`` when that is set.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["CHECKOUT", "shared_dir", "sisimai_dir"]

#: The root of the checkout this file belongs to.
CHECKOUT = Path(__file__).resolve().parents[1]
_CANDIDATES = (CHECKOUT.parent / "shared", Path("/work/shared"))


def shared_dir() -> Path | None:
    """The shared reference folder, or None when there is none."""
    chosen = os.environ.get("BOUNCELIB_SHARED")
    candidates = (Path(chosen),) if chosen else _CANDIDATES
    return next((p for p in candidates if p.is_dir()), None)


def sisimai_dir() -> Path | None:
    """The Sisimai corpus folder (``emails/`` and ``labels.jsonl``), or None when it is absent."""
    chosen = os.environ.get("BOUNCELIB_SISIMAI")
    if chosen:
        corpus: Path | None = Path(chosen)
    else:
        shared = shared_dir()
        corpus = shared / "corpus" / "sisimai" if shared is not None else None
    return corpus if corpus is not None and (corpus / "labels.jsonl").is_file() else None
