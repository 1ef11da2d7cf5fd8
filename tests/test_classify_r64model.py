"""Round r64model: the model's ``lone`` features (measured, not shipped: the data file names no kind)."""

from bouncelib._classify._model import features, lone, model


def _concept_features(text: str, kinds: set[str]) -> set[str]:
    return {f for f in features(text, None, None, None, kinds=frozenset(kinds)) if "~" in f}


def test_a_subject_without_its_predicate_is_lone() -> None:
    # "the mailbox" named, what befell it said in words no concept knows: the subject stands alone.
    found = _concept_features("the mailbox is wobbly today", {"lone"})
    assert "~MAILBOX?" in found


def test_a_paired_subject_is_not_lone() -> None:
    # ("mailbox" names MAILBOX and RCPT; FULL's rules take RCPT as their subject.)
    found = _concept_features("the mailbox is full today", {"lone", "concepts"})
    assert {"~RCPT", "~FULL"} <= found
    assert "~RCPT?" not in found
    assert "~FULL?" not in found


def test_a_predicate_named_with_none_of_its_subjects_is_lone() -> None:
    assert lone(["FULL"]) == ["FULL"]
    assert lone(["FULL", "RCPT"]) == []


def test_quiet_lone_features_are_marked_as_not_telling() -> None:
    found = _concept_features("the mailbox is wobbly today", {"lone", "quiet"})
    assert "#~MAILBOX?" in found


def test_the_shipped_model_names_no_feature_kind() -> None:
    # Round r64model's cross-validation kept the words alone (docs/classifier.md, step 12).
    m = model()
    assert m is not None
    assert m.kinds == frozenset()
