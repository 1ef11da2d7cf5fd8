"""The shared reference folder: where bench/shared_dir.py looks, and the rule of tests/conftest.py that a
test needing the folder fails, not skips, when ``$CI`` is set (and ``.ci/run`` sets it)."""

from __future__ import annotations

from pathlib import Path

import pytest
import shared_dir as lookup
from conftest import ROOT, missing


@pytest.fixture
def no_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.delenv("BOUNCELIB_SHARED", raising=False)
    monkeypatch.delenv("BOUNCELIB_SISIMAI", raising=False)
    return monkeypatch


def test_beside_the_checkout_first_then_the_machine_path(tmp_path: Path, no_env: pytest.MonkeyPatch) -> None:
    beside, machine = tmp_path / "beside", tmp_path / "machine"
    no_env.setattr(lookup, "_CANDIDATES", (beside, machine))
    assert lookup.shared_dir() is None
    machine.mkdir()
    assert lookup.shared_dir() == machine
    beside.mkdir()
    assert lookup.shared_dir() == beside


def test_the_environment_variable_decides_alone(tmp_path: Path, no_env: pytest.MonkeyPatch) -> None:
    no_env.setattr(lookup, "_CANDIDATES", (tmp_path,))
    no_env.setenv("BOUNCELIB_SHARED", str(tmp_path / "elsewhere"))
    assert lookup.shared_dir() is None  # set but missing: missing, whatever else exists
    (tmp_path / "elsewhere").mkdir()
    assert lookup.shared_dir() == tmp_path / "elsewhere"


def test_the_sisimai_corpus_is_where_its_labels_are(tmp_path: Path, no_env: pytest.MonkeyPatch) -> None:
    no_env.setenv("BOUNCELIB_SHARED", str(tmp_path))
    corpus = tmp_path / "corpus" / "sisimai"
    corpus.mkdir(parents=True)
    assert lookup.sisimai_dir() is None
    (corpus / "labels.jsonl").write_text("", encoding="utf-8")
    assert lookup.sisimai_dir() == corpus
    no_env.setenv("BOUNCELIB_SISIMAI", str(tmp_path / "other"))
    assert lookup.sisimai_dir() is None
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "labels.jsonl").write_text("", encoding="utf-8")
    assert lookup.sisimai_dir() == tmp_path / "other"


def test_missing_folder_skips_on_a_developer_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="the shared reference folder is absent"):
        missing("the shared reference folder")


@pytest.mark.parametrize("value", ["1", "true"])
def test_missing_folder_fails_in_ci(value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", value)
    with pytest.raises(pytest.fail.Exception, match="is missing: the shared folder is required in CI"):
        missing("the shared reference folder")


def test_ci_run_sets_ci_before_the_test_command() -> None:
    lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    command = lines.index('pip install ".[test]" && python -m pytest')
    assert 'export CI="${CI:-1}"' in lines[:command]
