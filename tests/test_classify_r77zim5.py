"""Meanings written from the tuning misses of a mail server's translated error catalogue (round r77zim5: the tuning
rows of corpus/replies/real/r77-r77zim5-catalogues.jsonl, Zimbra's web client ZMsg_XX.properties
mail.MESSAGE_TOO_BIG, mail.QUOTA_EXCEEDED, remote.TIMEOUT, service.FAILURE, account.NO_SUCH_ACCOUNT and
service.TEMPORARILY_UNAVAILABLE in no, id, zh_HK and ko), each tested in wordings of our own; every case must be
read by a concept rule, not by the model."""

from __future__ import annotations

import pytest
from rule_reading import by_concept

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "Vedlegget er større enn maksimumsstørrelsen som serveren godtar.",  # no: the attachment is over the maximum size
    "Meldingen overskrider maksimumsstørrelse for utgående e-post.",  # no: the message exceeds the maximum size
])
def test_a_maximum_size_exceeded_is_mesgtoobig(text: str) -> None:
    assert by_concept(text) == Reason.MESGTOOBIG


@pytest.mark.parametrize("text", [
    "Mottakerens e-postkvote er overskredet.",  # no: the recipient's e-mail quota is exceeded
    "Postkvoten er overskredet, så meldingen ble ikke levert.",  # no: the mail quota is exceeded, so not delivered
])
def test_an_email_quota_exceeded_is_mailboxfull(text: str) -> None:
    assert by_concept(text) == Reason.MAILBOXFULL


def test_a_timeout_error_is_a_network_error() -> None:
    # no: a timeout error while talking to the mail server
    assert by_concept("Tidsavbruddsfeil under kontakt med e-postserveren.") == Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "Nettverkstjenestefeil: prøv igjen senere.",  # no: network service error, try again later
    "Pengiriman gagal karena kesalahan jaringan.",  # id: sending failed because of a network error
    "Galat jaringan saat menghubungi server.",  # id: network error while contacting the server
    "發送失敗：網路服務錯誤。",  # zh (Taiwan): sending failed: network service error
    "发送邮件时出现网络服务错误。",  # zh (simplified): a network service error while sending mail
    "메일 전송 중 네트워크 서비스 오류가 있었습니다.",  # ko: there was a network service error while sending mail
])
def test_a_network_service_error_is_a_network_error(text: str) -> None:
    assert by_concept(text) == Reason.NETWORKERROR


def test_the_hong_kong_spelling_of_account_names_the_recipient() -> None:
    verdict = parse_reply("該賬戶不存在。")  # zh_HK: that account does not exist
    assert by_concept("該賬戶不存在。") == Reason.USERUNKNOWN
    assert verdict.hard_bounce is True


def test_temporarily_unavailable_in_traditional_chinese_is_a_system_error() -> None:
    # zh (traditional): the mail service is temporarily unavailable, please try later
    assert by_concept("郵件伺服器暫時不可用，請稍候。") == Reason.SYSTEMERROR
