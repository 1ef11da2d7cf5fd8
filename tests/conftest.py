"""What the test files share: the reference folder outside the repository, and the corpus scripts.

* ``bench/`` is put on ``sys.path`` once, here: tests ``import sisimai_agreement`` (the agreement
  logic the Sisimai floors use) and the folder lookup, `bench/shared_dir.py`, the bench scripts use.
* `shared_dir`, `sisimai_dir` and `sisimai_labels` give the shared reference folder (``../shared``
  beside the checkout, see `bench/shared_dir.py`). Every test that reads it goes through them: when
  the folder is missing the test is skipped on a developer's machine, and **fails** when the
  environment variable ``CI`` is set (``.ci/run`` sets it), so that a CI run cannot pass by
  silently skipping the Sisimai accuracy floors.
* Hypothesis runs with no per-example deadline (the `bouncelib` profile): timing belongs in bench/.
* `regen` loads a corpus's ``regen.py`` (``corpus/dsn/regen.py``, ``corpus/postfix/regen.py``), the
  scripts that write the expected sidecars, by file path: they are scripts, not a package.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any, NoReturn

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent

# No per-example deadline for the property tests: speed is measured in bench/, not asserted in tests, and on
# a loaded 2-core machine Hypothesis's default 200 ms deadline failed tests whose property held (round 35:
# test_classify_speed's host-path and skipping-shape properties). Tests that set their own `settings(...)`
# inherit this for what they leave unset.
settings.register_profile("bouncelib", deadline=None)
settings.load_profile("bouncelib")
BENCH = ROOT / "bench"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import shared_dir as lookup  # noqa: E402 - bench/ must be on sys.path first

REGEN_CORPORA = ("dsn", "postfix")


def missing(what: str) -> NoReturn:
    """Skip the test, or fail it when ``$CI`` is set: the shared folder is required in CI."""
    hint = "set $BOUNCELIB_SHARED or put the folder at ../shared beside the checkout"
    if os.environ.get("CI"):
        pytest.fail(f"{what} is missing: the shared folder is required in CI ({hint})", pytrace=False)
    pytest.skip(f"{what} is absent ({hint}; required when $CI is set)")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The shared reference folder (skip, or fail under ``$CI``, when it is missing)."""
    path = lookup.shared_dir()
    if path is None:
        missing("the shared reference folder")
    return path


@pytest.fixture(scope="session")
def sisimai_dir() -> Path:
    """The Sisimai corpus of the shared folder (``emails/``, ``labels.jsonl``); skip or fail as `shared_dir`."""
    path = lookup.sisimai_dir()
    if path is None:
        missing("the Sisimai corpus of the shared folder (corpus/sisimai/labels.jsonl)")
    return path


@pytest.fixture(scope="session")
def sisimai_labels(sisimai_dir: Path) -> list[dict[str, Any]]:
    """The Sisimai label rows, one per email file (``id``, ``mta``, ``recipients`` ...)."""
    import sisimai_agreement

    return list(sisimai_agreement.load_labels(sisimai_dir))


@cache
def _load_regen(corpus: str) -> ModuleType:
    if corpus not in REGEN_CORPORA:
        raise ValueError(f"no regen.py for corpus {corpus!r}; known: {', '.join(REGEN_CORPORA)}")
    path = ROOT / "corpus" / corpus / "regen.py"
    spec = importlib.util.spec_from_file_location(f"{corpus}_corpus_regen", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def regen() -> Callable[[str], ModuleType]:
    """``regen("postfix")`` / ``regen("dsn")``: that corpus's ``regen.py``, loaded once per session."""
    return _load_regen
