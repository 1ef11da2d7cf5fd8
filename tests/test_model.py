"""The classifier's last resort: the naive Bayes model over a reply's words (bouncelib._classify._model)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

import bouncelib._classify._decide as decide_mod
from bouncelib import parse_reply
from bouncelib._classify import _model
from bouncelib._vocab import Reason

sys.path.insert(0, str(ROOT / "bench"))


def _guess(text: str, status: str | None = None, code: int | None = None) -> tuple[Reason, str] | None:
    return _model.guess(text.lower(), status, code, None)


def test_reads_storage_wording_no_rule_names() -> None:
    # German for "the recipient's storage space is exhausted": words of full mailboxes in the
    # tuning part ("Speicher", "Speicherplatz"), in a sentence no phrase or concept pair holds.
    said = _guess("Zustellung fehlgeschlagen: Speicherplatz des Empfängers erschöpft")
    assert said is not None
    reason, rule = said
    assert reason is Reason.MAILBOXFULL
    assert rule.startswith("model:")
    assert "speicherplatz" in rule  # the reply's own word, not the model's stem


def test_silent_on_words_every_notice_has() -> None:
    # Only that a delivery failed: no word of it tells a reason.
    assert _guess("Delivery to the following recipients failed permanently:") is None
    assert _guess("Your message could not be delivered.") is None


def test_a_notices_own_failure_words_are_no_features() -> None:
    # The general reader's words that a notice failed or is delayed (bouncelib._data.notices) are left out:
    # they say that the mail failed, not why, and would be learnt as the commonest reason's words.
    said = _model.features("i wasn't able to deliver your message. delivery has been delayed.", None, None, None)
    assert not {"able", "delaye"} & said
    assert _guess("I wasn't able to deliver your message to the following addresses. I've given up.") is None


def test_silent_on_a_status_or_code_alone() -> None:
    # The rules read statuses and codes; the model speaks on words only.
    assert _guess("127", status="5.0.0") is None
    assert _guess("", status="5.2.2", code=552) is None


def test_features_are_stems_pairs_and_codes() -> None:
    f = _model.features("postfächer sind voll 満杯です", "5.2.2", 552, "RCPT")
    assert {"postfä", "sind", "voll", "postfä sind", "満杯"} <= f
    assert {"#status 5.2.2", "#subject 5.2", "#code 552", "#command RCPT"} <= f
    # The anonymised names and dates of the corpus are not words of a meaning.
    assert not {"exampl", "example", "fri", "mar"} & _model.features("example.org fri mar", None, None, None)


def test_decide_asks_the_model_last_and_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def fake(words_text: str, *_: object) -> tuple[Reason, str]:
        asked.append(words_text)
        return Reason.SPAMDETECTED, "model:fake"

    monkeypatch.setattr(decide_mod, "guess", fake)
    from bouncelib._classify import _answer, _classified

    for cache in (_answer, _classified):
        cache.cache_clear()
    try:
        # No rule reads it: the model's verdict and its rule name.
        r = parse_reply("Zorgulax frobnicated the quux")
        assert (r.reason, r.rule) == (Reason.SPAMDETECTED, "model:fake")
        # A guess is no evidence to act on: never a hard bounce, no contact offered.
        r = parse_reply("550 Zorgulax frobnicated, see https://www.example.net/help")
        assert (r.reason, r.permanent, r.hard_bounce, r.delist) == (Reason.SPAMDETECTED, True, False, [])
        monkeypatch.setattr(decide_mod, "guess", lambda *_: (Reason.USERUNKNOWN, "model:fake"))
        for cache in (_answer, _classified):
            cache.cache_clear()
        r = parse_reply("550 Zorgulax frobnicated")
        assert (r.reason, r.permanent, r.hard_bounce) == (Reason.USERUNKNOWN, True, False)
        monkeypatch.setattr(decide_mod, "guess", fake)
        # A rule reads it: the model is not asked.
        asked.clear()
        assert parse_reply("550 5.1.1 User unknown").reason is Reason.USERUNKNOWN
        assert asked == []
        # The reason said to be left unstated: no guess.
        assert parse_reply("Your message was refused for some reason").reason is Reason.ONHOLD
        # A failed delivery whose last reply was temporary: the queue lifetime ran out, no guess.
        assert parse_reply("451 zorgulax frobnicated", action="failed").reason is Reason.EXPIRED
    finally:
        for cache in (_answer, _classified):
            cache.cache_clear()


def test_no_data_file_no_guess(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_model, "model", lambda: None)
    assert _model.guess("speicherplatz erschöpft", None, None, None) is None


def test_training_reads_the_tuning_part_only() -> None:
    import train_model
    from accuracy import Case
    from split import part_of

    sources = [f"https://example.org/thread/{i}" for i in range(40)]
    tune = next(s for s in sources if part_of(s) == "tune")
    test = next(s for s in sources if part_of(s) == "test")
    said = ("550 mailbox full", None, 550, None)
    cases = [Case("replies", "a", tune, "x", {"reason": "mailboxfull"}, said=said),
             Case("replies", "b", test, "x", {"reason": "mailboxfull"}, said=said)]  # fmt: skip
    rows = train_model.training_cases(cases)
    assert [r[2] for r in rows] == [train_model.source_key(tune)]


@pytest.mark.slow
def test_the_committed_model_is_a_fresh_training(sisimai_dir: Path) -> None:
    # The weights are trained on the corpus as committed (the Sisimai half included, hence the fixture).
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "train_model.py"), "--check"],
                         check=False, capture_output=True, text=True, cwd=ROOT, timeout=300)  # fmt: skip
    assert out.returncode == 0, out.stdout + out.stderr
