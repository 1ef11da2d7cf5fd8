"""Words of meanings in languages the tuning part of round r20intl's material showed bouncelib could
not read (corpus/replies/real/r20intl-i18n.jsonl: Mailman 3's Japanese, Brazilian Portuguese and
Russian rejection notices, Naver's and Daum's Korean size notices, Alibaba Mail's Chinese bounce
reasons), each in more than the one wording that prompted it."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    "text",
    [
        "Message has more than 10 recipients",
        "A mensagem tem mais de 10 destinatários",
        "У сообщения более 10 получателей",
        "このメッセージには 10 つ以上の宛先が指定されています",
        "Su mensaje tiene más de 50 destinatarios",
        "Die Nachricht hat mehr als 20 Empfänger",
    ],
)
def test_more_than_a_number_of_recipients_is_too_many_recipients(text: str) -> None:
    assert parse_reply(text).reason is Reason.TOOMANYCONN


def test_more_recipients_than_allowed_per_day_stays_a_sending_rate() -> None:
    assert parse_reply("You sent to more than 500 recipients per day").reason is Reason.SPEEDING


@pytest.mark.parametrize(
    "text",
    [
        "メッセージの送信者 sender@example.com はこのリストからブロックされています",
        "送信者のアドレスはブロックされています",
    ],
)
def test_a_sender_said_blocked_in_japanese_is_a_refused_sender(text: str) -> None:
    assert parse_reply(text).reason is Reason.REJECTED


def test_a_japanese_notice_enclosing_the_original_message_refuses_no_attachment() -> None:
    # "The original message as received by Mailman is attached": the notice's own closing formula.
    assert parse_reply("Mailman が受信した元のメッセージを添付します。").reason is not Reason.POLICYVIOLATION
    # An attachment refused is still one.
    assert parse_reply("添付ファイルは許可されていません").reason is Reason.POLICYVIOLATION


@pytest.mark.parametrize(
    "text",
    [
        "보내신 메일의 크기가 커서, 받는 서버에서 수신을 차단하였습니다.",
        "발송하신 편지의 크기가 너무커서 받는이가 속한 메일서버에서 수신을 거부하였습니다.",
        "메일 크기가 너무 커서 받을 수 없습니다",
    ],
)
def test_a_korean_size_said_big_is_a_message_too_big(text: str) -> None:
    assert parse_reply(text).reason is Reason.MESGTOOBIG


@pytest.mark.parametrize(
    "text",
    [
        "退信原因: 邮箱名不可用,要求的操作未执行(例如邮箱格式错误)。",
        "收件人地址格式错误",
        "郵箱格式不正確",
    ],
)
def test_a_chinese_address_in_a_wrong_form_is_a_syntax_error(text: str) -> None:
    assert parse_reply(text).reason is Reason.SYNTAXERROR


@pytest.mark.parametrize(
    "text",
    [
        "退信原因:对方服务器连接被拒绝。",
        "拒絕連接",
        "サーバーへの接続が拒否されました",
        "서버 연결이 거부되었습니다",
    ],
)
def test_a_connection_refused_in_chinese_japanese_korean_is_a_network_error(text: str) -> None:
    assert parse_reply(text).reason is Reason.NETWORKERROR


# Meanings earlier rounds' material left unread in its tuning part, in the same languages' words.


@pytest.mark.parametrize(
    "text",
    [
        "Съобщението има повече от 10 получателя",
        "Писмото има повече от 50 получатели",
        "Pesan mempunyai lebih dari 10 penerima",
        "Email ini memiliki lebih dari 100 penerima",
    ],
)
def test_more_than_a_number_of_recipients_in_bulgarian_and_indonesian(text: str) -> None:
    assert parse_reply(text).reason is Reason.TOOMANYCONN


def test_a_korean_notice_naming_a_mailing_list_applies_the_list_limit() -> None:
    text = ("list@example.org 메일링 리스트에 대한 귀하의 메시지는 다음과 같은 이유로 거절되었습니다: "
            "메시지가 40 KB 최대 크기보다 큼")
    assert parse_reply(text).reason is Reason.EXCEEDLIMIT
    # Without a list named, a size over the maximum is the system's.
    assert parse_reply("메시지가 40 KB 최대 크기보다 큼").reason is Reason.MESGTOOBIG


@pytest.mark.parametrize(
    "text",
    [
        "Sajnalom, de arra utasitottak, hogy utasitsam el a leveleidet.",
        "Azt az utasítást kaptam, hogy utasítsam el a leveleit.",
    ],
)
def test_a_hungarian_list_told_to_reject_your_letters_refuses_the_sender(text: str) -> None:
    assert parse_reply(text).reason is Reason.REJECTED


@pytest.mark.parametrize(
    "text",
    [
        "받는 사람이 회원님의 메일을 수신차단 하였습니다.",
        "수신자가 발신자의 메일을 수신차단했습니다",
    ],
)
def test_a_korean_recipient_blocking_the_sender_is_the_recipient_s_filter(text: str) -> None:
    assert parse_reply(text).reason is Reason.FILTERED
