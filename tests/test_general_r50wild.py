"""Round r50wild: general reader rules drawn from the tuning misses of a Mailman 3.3.10 run (rejections of posts in
list languages the corpus had no rejection for).

Each test fails without its change: a list's refusal of the reader's post worded in Czech or Slovak, Ukrainian,
Bulgarian, Indonesian, Esperanto or Chinese is a failure of that post (as the English, German, French and Portuguese
sentences already were); a sentence announcing the reasons with a full-width colon or with Indonesian "atas alasan
berikut" (for the following reasons) takes the paragraph below it as the cause; Ukrainian "не від учасника" (not from a
member) names a sender who is not a list member.  Inputs are our own.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_message
from bouncelib._data import notices as shapes
from bouncelib._dsn.registry import format_modules_off


def _reasons(body: str, to: str, charset: str = "utf-8") -> list[tuple[str | None, str, str]]:
    raw = (
        "From: team-owner@lists.example.org\nTo: ann@example.net\nSubject: Weekly plan\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="b"\n\n--b\n'
        f"Content-Type: text/plain; charset={charset}\n\n{body}\n--b\nContent-Type: message/rfc822\n\n"
        f"From: ann@example.net\nTo: {to}\nSubject: Weekly plan\n\nPlan attached.\n--b--\n"
    )
    with format_modules_off():
        return [(e.recipient, e.action, e.reason.value) for e in parse_message(raw.encode()).recipients]


@pytest.mark.parametrize(
    "sentence",
    [
        "vaše zpráva do konference tymovy-plan byla zamítnuta",
        "vaša správa pre konferenciu tim bola odmietnutá",
        "ваше повідомлення до списку команда було відхилено",
        "писмото ви до пощенския списък екип беше отхвърлено",
        "pesan anda ke milis tim ditolak",
        "via mesaĝo al la listo teamo estis rifuzita",
        "你发往 团队 邮件列表的邮件已被管理员拒绝",
    ],
)
def test_a_post_refused_by_a_list_is_a_failure_in_more_languages(sentence: str) -> None:
    assert shapes.FAILURE.search(sentence) is not None


def test_a_full_width_colon_introduces_the_cause() -> None:
    assert shapes.CAUSE_INTRO.search("邮件因为以下原因没有送达：") is not None


def test_indonesian_following_reasons_introduce_the_cause() -> None:
    assert shapes.CAUSE_INTRO.search("surat anda tidak diteruskan atas alasan berikut") is not None


def test_ukrainian_not_from_a_member_is_a_sender_refused() -> None:
    body = "Ваше повідомлення до списку команда було відхилено з таких причин:\n\nЛист не від учасника групи\n"
    assert _reasons(body, "team@lists.example.org") == [("team@lists.example.org", "failed", "rejected")]
