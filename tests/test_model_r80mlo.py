"""Round r80mlo: the model's features a related language shares, and the honest leave-language-out measure
(bench/leave_language_out.py --retrain)."""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT

from bouncelib._classify import _model

sys.path.insert(0, str(ROOT / "bench"))


def test_a_related_languages_word_gives_the_same_forms() -> None:
    kinds = frozenset({"fold", "prefix5"})
    # Czech "příjemce" and Slovak "príjemca" (recipient): one stem once the diacritics are folded.
    cs = _model.features("příjemce neexistuje", None, None, None, kinds=kinds)
    sk = _model.features("príjemca neexistuje", None, None, None, kinds=kinds)
    assert "prijem" in cs & sk
    # Czech "adresa" and Dutch "adres": the first five letters.
    assert "adres" in _model.features("adresa", None, None, None, kinds=kinds)
    assert "adres" in _model.features("adres onbekend", None, None, None, kinds=kinds)
    # Without the kinds, the words' own stems only (the forms are no word pairs either).
    plain = _model.features("příjemce neexistuje", None, None, None)
    assert "prijem" not in plain
    assert "příjem" in plain
    assert not any("prijem" in f for f in cs if " " in f)


def test_letter_grams_are_marked_and_name_themselves() -> None:
    f = _model.features("adresa", None, None, None, kinds=frozenset({"grams"}))
    assert {"%adre", "%dres", "%resa"} <= f
    assert _model._spelt("%dres", "adresa") == "dres"


def test_the_numpy_training_is_the_pure_python_one(monkeypatch: pytest.MonkeyPatch) -> None:
    import train_model

    pytest.importorskip("numpy")
    data = [(sorted({f"w{i % 7}", f"w{i % 3}x", "the"}), i % 4, f"row{i}", f"s{i % 5}", 1.0 if i % 6 else 0.5)
            for i in range(60)]  # fmt: skip
    kept = {f for row in data for f in row[0]}
    fast = train_model._fit(data, kept, 4, "")

    def no_numpy(*_args: object) -> None:
        raise ImportError

    monkeypatch.setattr(train_model, "_fit_numpy", no_numpy)
    assert train_model._fit(data, kept, 4, "") == fast


def test_a_left_out_language_is_its_rows_and_its_mails() -> None:
    from leave_language_out import language_keys

    keys = language_keys("gl", [{"id": "gl-1"}], [{"file": "mail-gl.eml"}])
    assert keys == {"replies|gl-1", "wild|mail-gl.eml"}
