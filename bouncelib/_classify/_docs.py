"""Generate docs/reasons.md from the tables: ``python -m bouncelib._classify._docs > docs/reasons.md``."""

from __future__ import annotations

from collections import Counter

from bouncelib._data.providers import CODE_RULES, RULES, STATUS_RULES
from bouncelib._data.reasons import DESCRIPTIONS, PHRASES, PRIORITY
from bouncelib._data.status_codes import CODES, PSEUDO
from bouncelib._vocab import HARD_REASONS, Reason

__all__ = ["reasons_markdown"]


def reasons_markdown() -> str:
    """The Markdown of docs/reasons.md (a test checks the file is current)."""
    phrases = Counter(p.reason for p in PHRASES)
    provider_rows = Counter(r.reason for r in RULES)
    provider_rows.update(reason for rule in CODE_RULES for reason in rule.codes.values())
    provider_rows.update(r.reason for r in STATUS_RULES)
    lines = [
        "# Reasons",
        "",
        "<!-- Generated from bouncelib/_data by `python -m bouncelib._classify._docs > docs/reasons.md`;",
        "     tests/test_classify.py checks that this file is current. Do not edit by hand. -->",
        "",
        "`Reply.reason` takes one of these values (Sisimai's reason names). `bouncelib.reasons()` returns the",
        "same descriptions as a dict. *Hard* marks the reasons for which `hard_bounce` is true (notaccept only",
        "when the failure is permanent). *Rank* is the order in which competing phrases are settled (lower",
        "wins); the counts say how many table rows lead to each reason.",
        "",
        "| reason | hard | rank | phrases | provider rows | status codes | meaning |",
        "| --- | --- | ---: | ---: | ---: | --- | --- |",
    ]
    rank = {r: i + 1 for i, r in enumerate(PRIORITY)}
    for reason in sorted(Reason, key=lambda r: r.value):
        hard = "yes" if reason in HARD_REASONS else ("if permanent" if reason is Reason.NOTACCEPT else "")
        codes = [f"X.{c.code}" for c in CODES if c.reason is reason]
        codes += [f"X.{k} (Sisimai)" for k, (r, _) in PSEUDO.items() if r is reason]
        lines.append(
            f"| `{reason.value}` | {hard} | {rank[reason]} | {phrases[reason]} | {provider_rows[reason]} "
            f"| {', '.join(codes)} | {DESCRIPTIONS[reason]} |"
        )
    lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    print(reasons_markdown(), end="")
