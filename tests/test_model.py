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
    # "Mailbox over its storage allocation": words of full mailboxes in the tuning part ("storage",
    # "over"), in a sentence no phrase or concept pair holds.
    said = _guess("Mailbox over its storage allocation")
    assert said is not None
    reason, rule = said
    assert reason is Reason.MAILBOXFULL
    assert rule.startswith("model:")
    assert "storage" in rule  # the reply's own word, not the model's stem "storag"


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


def test_a_notices_words_about_itself_and_quoted_text_are_no_features() -> None:
    # "automatically generated", "Delivery Status Notification", "the original message", "the following
    # addresses", RFC 5321's "Requested action not taken" say nothing of why; a quoted subject or list
    # name is the sender's words. The model read them as reasons (userunknown, exceedlimit).
    said = _model.features(
        'this is an automatically generated delivery status notification about the original message '
        'to the following addresses. requested action not taken. subject "release plan" «quarterly»',
        None, None, None,
    )
    assert not {"automa", "genera", "notifi", "origin", "follow", "addres", "reques", "taken", "releas", "plan",
                "quarte"} & said  # fmt: skip
    assert _guess("This is an automatically generated Delivery Status Notification.") is None
    assert _guess("550 Action not taken", code=550) is None
    assert _guess("I wasn't able to deliver your message to the following addresses.") is None


def _tiny(weights: dict[str, dict[str, float]], sources: dict[str, dict[str, int]]) -> _model.Model:
    """A hand-made model over three reasons: mailboxfull (0), onhold (1), userunknown (2)."""
    raw = {"reasons": ["mailboxfull", "onhold", "userunknown"], "bias": [0.0, 0.0, 0.0],
           "weights": weights, "sources": sources}  # fmt: skip
    return _model.from_json(raw)


def test_speaks_on_a_probable_reason_a_word_tells() -> None:
    m = _tiny({"quota": {"0": 3.0}, "over": {"0": 0.2, "2": 0.1}}, {"quota": {"0": 3}, "over": {"0": 3}})
    assert _model.guess("over quota", None, None, None, weights=m) == (Reason.MAILBOXFULL, "model:quota")


def test_silent_below_the_probability() -> None:
    # e**1 against e**0.9 and e**0: the best reason's probability is 0.49, under PROBABILITY.
    m = _tiny({"quota": {"0": 1.0, "2": 0.9}}, {"quota": {"0": 3, "2": 3}})
    assert _model.PROBABILITY > 0.49
    assert _model.guess("quota", None, None, None, weights=m) is None
    assert _model.guess("quota", None, None, None, weights=m, probability=0.4) is None  # no word tells it
    assert _model.guess("quota", None, None, None, weights=m, probability=0.4, tells=0.05) is not None


def test_silent_when_no_word_of_enough_sources_tells_it() -> None:
    # A word held by the reason's replies of fewer than SUPPORT sources is those sources', not the reason's.
    m = _tiny({"quota": {"0": 3.0}}, {"quota": {"0": _model.SUPPORT - 1}})
    assert _model.guess("quota", None, None, None, weights=m) is None
    # A word weighing as much for the runner-up tells neither.
    m = _tiny({"quota": {"0": 3.0, "2": 2.9}, "over": {"0": 3.0}}, {"quota": {"0": 3, "2": 3}, "over": {}})
    assert _model.guess("over quota", None, None, None, weights=m) is None


def test_never_says_onhold_itself() -> None:
    m = _tiny({"quota": {"1": 3.0}}, {"quota": {"1": 3}})
    assert _model.guess("quota", None, None, None, weights=m) is None


def test_a_malformed_data_file_is_no_model() -> None:
    with pytest.raises(ValueError, match="one bias per reason"):
        _model.from_json({"reasons": ["mailboxfull"], "bias": [0.0, 1.0], "weights": {}, "sources": {}})
    with pytest.raises(KeyError):
        _model.from_json({"reasons": ["mailboxfull"], "bias": [0.0]})


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


def test_feature_kinds_beside_the_words() -> None:
    # Tried in round r36 (bench/train_model.py --set FEATURES=...): a concept fires for one meaning in any
    # language its tables know, a pair of concepts per sentence, the classes of the code and the status.
    kinds = frozenset({"concepts", "pairs", "classes"})
    de = _model.features("postfach voll", "5.2.2", 552, None, kinds=kinds)
    en = _model.features("mailbox full", None, None, None, kinds=kinds)
    assert {"~FULL", "~FULL+RCPT", "~RCPT"} <= de & en
    assert {"#class 5", "#xsubject 2", "#codeclass 5"} <= de
    # Quiet: the concepts weigh but never tell a reason (a '#' feature is no word).
    assert "#~FULL" in _model.features("mailbox full", None, None, None, kinds=frozenset({"concepts", "quiet"}))
    # Without kinds (the committed model's setting), the words, status, code and command only.
    assert not any(f[0] == "~" or f.startswith(("#class", "#xsubject", "#codeclass"))
                   for f in _model.features("postfach voll", "5.2.2", 552, None))  # fmt: skip
    with pytest.raises(ValueError, match="unknown feature kinds"):
        _model.from_json({"reasons": [], "bias": [], "weights": {}, "sources": {}, "features": ["stems"]})


def test_decide_asks_the_model_last_and_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def fake(words_text: str, *_: object, **__: object) -> tuple[Reason, str]:
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
        monkeypatch.setattr(decide_mod, "guess", lambda *_, **__: (Reason.USERUNKNOWN, "model:fake"))
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


def _rows(n_sources: int, word: str, reason: str) -> list[tuple[set[str], str, str]]:
    return [({word, "the"}, reason, f"source-{word}-{i}") for i in range(n_sources)]


def test_training_keeps_features_of_three_sources_or_more() -> None:
    # A feature of one or two sources' replies is those sources' (a template, a thread's names): left out.
    import train_model

    rows = [*_rows(3, "quota", "mailboxfull"), *_rows(2, "zorgulax", "userunknown"),
            *_rows(3, "unknown", "userunknown")]  # fmt: skip
    weights = train_model.train(rows)["weights"]
    assert isinstance(weights, dict)
    assert "quota" in weights
    assert "unknown" in weights
    assert "zorgulax" not in weights
    # A word of every reason's replies ("the") weighs less than one of a reason's only.
    assert max(map(abs, weights["the"].values())) < weights["quota"]["0"]
    # The training is deterministic: the same file every time (the freshness test relies on it).
    assert train_model.dump(train_model.train(rows)) == train_model.dump(train_model.train(list(rows)))


def test_a_word_of_many_reasons_replies_tells_none() -> None:
    # "this", "have", "recipients": held by the replies of SPREAD reasons or more, they weigh in the
    # score but tell no reason (a guess needs a telling word); a word of fewer reasons' replies may tell.
    import train_model

    reasons = ["blocked", "expired", "hostunknown", "mailboxfull", "mesgtoobig", "networkerror", "rejected",
               "spamdetected", "speeding", "suspend", "systemerror", "toomanyconn", "userunknown"]  # fmt: skip
    assert len(reasons) >= train_model.SPREAD
    rows = [row for r in reasons for row in _rows(3, f"word{r}", r)]
    rows += [({"this", f"word{r}"}, r, f"other-{r}-{i}") for r in reasons for i in range(3)]
    sources = train_model.train(rows)["sources"]
    assert isinstance(sources, dict)
    assert sources["this"] == {}
    assert sources["wordblocked"] == {"0": 6}


def test_evaluation_judges_held_out_cases_by_fold() -> None:
    import train_model
    from accuracy import Case
    from split import part_of

    sources = [s for i in range(80) if part_of(s := f"https://example.org/thread/{i}") == "tune"][:30]
    cases = []
    for i, source in enumerate(sources):
        reason, text = ("mailboxfull", "mailbox over quota") if i % 2 else ("userunknown", "no such user here")
        got = "onhold" if i < 6 else reason
        said = (text, None, 550, None)
        cases.append(Case("replies", str(i), source, text, {"reason": reason}, {"reason": got}, said))
    out = train_model.evaluate(cases)
    assert sum(out["onhold"].values()) == 6
    assert sum(out["spoke"].values()) == 24
    assert out["spoke"]["right"] > out["spoke"]["wrong"]
    assert train_model._judged(None, "onhold") == "silent"
    assert train_model._judged((Reason.USERUNKNOWN, "model:x"), "onhold") == "turned"


def test_stability_counts_guesses_moved_on_the_other_cases() -> None:
    # Leaving out one source's replies and asking about the rest: identical replies of one wording keep
    # their guess, so nothing moves; the sources left out are tuning sources of two replies or more.
    import train_model
    from accuracy import Case
    from split import part_of

    sources = [s for i in range(80) if part_of(s := f"https://example.org/thread/{i}") == "tune"][:12]
    cases = []
    for i, source in enumerate(sources):
        reason, text = ("mailboxfull", "mailbox over quota") if i % 2 else ("userunknown", "no such user here")
        cases.extend(Case("replies", f"{i}-{j}", source, text, {"reason": reason}, {"reason": reason},
                          (text, None, 550, None)) for j in range(2))  # fmt: skip
    picked = train_model._stability_sources(cases, 3)
    assert len(picked) == 3
    assert set(picked) <= {train_model.source_key(s) for s in sources}
    assert train_model.stability(cases, 3) == 0.0


@pytest.mark.slow
def test_the_committed_model_is_a_fresh_training(sisimai_dir: Path) -> None:
    # The weights are trained on the corpus as committed (the Sisimai half included, hence the fixture).
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "train_model.py"), "--check"],
                         check=False, capture_output=True, text=True, cwd=ROOT, timeout=300)  # fmt: skip
    assert out.returncode == 0, out.stdout + out.stderr
