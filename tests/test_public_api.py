"""The public surface: a literal, sorted __all__ that matches what a star-import gives, all documented."""

from __future__ import annotations

import bouncelib


def test_all_matches_star_import() -> None:
    ns: dict[str, object] = {}
    exec("from bouncelib import *", ns)
    ns.pop("__builtins__")
    assert sorted(ns) == sorted(bouncelib.__all__)


def test_all_is_sorted_and_unique() -> None:
    names = [n for n in bouncelib.__all__ if not n.startswith("__")]
    assert names == sorted(names, key=lambda n: (not n.isupper(), n))
    assert len(set(bouncelib.__all__)) == len(bouncelib.__all__)


def test_public_names_are_documented() -> None:
    for name in bouncelib.__all__:
        obj = getattr(bouncelib, name)
        if callable(obj) and not isinstance(obj, str):
            assert obj.__doc__, f"{name} has no docstring"
