"""Round r39tune2 (issue 10): verdicts that must not depend on the reply's case or on one wording of a meaning
(bench/reply_perturb.py, bench/synonym_swap.py); tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import parse_reply


@pytest.mark.parametrize(
    "mixed",
    [
        "552 Die Nachrichtengröße überschreitet das Limit",  # German ß is SS in capitals
        "550 Alıcı bulunamadı",  # Turkish dotless ı is I in capitals, which lowers to i
        "550 Kullanıcı devre dışı",
        "554 5.2.0 MAILBOX.DELIVERY.Exception:QuotaExceededException; cannot deliver",  # an identifier's humps
    ],
)
def test_a_reply_written_in_capitals_keeps_its_reason(mixed: str) -> None:
    assert parse_reply(mixed.upper()).reason is parse_reply(mixed).reason
