"""What the per-round classifier tests share (tests/test_classify_r6*.py): a reply's reason, asserted to come from a
rule and not from the last-resort model's guess, so that a test of a word or a rule fails when the word or rule is
gone even if the model happens to guess right.

A plain module beside the tests (as general_reading.py), imported by name: pytest puts this folder on sys.path.
"""

from __future__ import annotations

from bouncelib import Reason, parse_reply


def by_rule(text: str) -> Reason | None:
    """The reason of `text`, read by any rule (a concept pair, a phrase, a vague pair, a status...), not the model."""
    verdict = parse_reply(text)
    assert verdict.rule is not None
    assert not verdict.rule.startswith("model"), verdict.rule
    return verdict.reason


def by_concept(text: str) -> Reason | None:
    """The reason of `text`, read by a concept rule (``concept:...``)."""
    verdict = parse_reply(text)
    assert verdict.rule is not None
    assert verdict.rule.startswith("concept:"), verdict.rule
    return verdict.reason


def by_weak_pair(text: str) -> tuple[Reason | None, bool | None]:
    """The reason and hard_bounce of `text`, read by a vague address-and-refusal pair (``weak:...``)."""
    verdict = parse_reply(text)
    assert verdict.rule is not None
    assert verdict.rule.startswith("weak:"), verdict.rule
    return verdict.reason, verdict.hard_bounce
