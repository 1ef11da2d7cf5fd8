"""Round r50wild: general reader rules drawn from the tuning misses of a Mailman 3.3.10 run (rejections of posts in
list languages the corpus had no rejection for).

Each test fails without its change: a list's refusal of the reader's post worded in Slovak, Bulgarian, Indonesian or
Esperanto is a failure of that post (as the English, German, French and Portuguese sentences already were); a sentence
announcing the reasons with Indonesian "atas alasan berikut" (for the following reasons) takes the paragraph below it as
the cause.  Inputs are our own.  (The round's Czech, Ukrainian and Chinese rules were taken out at merge: those
locales' Mailman catalogues have test-part cases.)
"""

from __future__ import annotations

import pytest

from bouncelib._data import notices as shapes


@pytest.mark.parametrize(
    "sentence",
    [
        "vaša správa pre konferenciu tim bola odmietnutá",
        "писмото ви до пощенския списък екип беше отхвърлено",
        "pesan anda ke milis tim ditolak",
        "via mesaĝo al la listo teamo estis rifuzita",
    ],
)
def test_a_post_refused_by_a_list_is_a_failure_in_more_languages(sentence: str) -> None:
    assert shapes.FAILURE.search(sentence) is not None


def test_indonesian_following_reasons_introduce_the_cause() -> None:
    assert shapes.CAUSE_INTRO.search("surat anda tidak diteruskan atas alasan berikut") is not None
