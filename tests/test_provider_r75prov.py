"""Round 75 (r75prov): a provider named by its own marks, in our own wording.

Google's help-article titles in Chinese and Japanese where a reply points to them, its storage product by its
localised names, and a server's own host name after the code in a reply a program quotes (Python's
``(code, b'...')``).
"""

from __future__ import annotations

import pytest

from bouncelib import parse_reply


@pytest.mark.parametrize("text", [
    "451 4.3.0 暂时无法接收。请参阅 SMTP 错误消息简介。",
    "450 4.2.1 对方收信太频繁,稍后再发。请参阅收发电子邮件的限制。",
    "421 4.7.0 发送量异常,已暂时屏蔽。请查看我们的群发电子邮件发件人指南。",
    "450 4.2.1 受信が多すぎます。メールの送受信数に関する制限をご覧ください。",
])
def test_google_article_titles_in_chinese_and_japanese(text: str) -> None:
    assert parse_reply(text).provider == "google"


@pytest.mark.parametrize("text", [
    "452 4.2.2 收件箱已满,请清理 Google 云端硬盘。",
    "452 4.2.2 信箱已滿,請清理 Google 雲端硬碟。",
    "452 4.2.2 容量が足りません。Google ドライブを整理してください。",
])
def test_google_drive_by_its_localised_names(text: str) -> None:
    assert parse_reply(text).provider == "google"


def test_a_title_without_its_pointer_names_nobody() -> None:
    # "the limits of sending and receiving mail" in anyone's words, no "see" before it
    assert parse_reply("550 收发电子邮件的限制已超出").provider is None


def test_server_name_after_the_code_in_a_quoted_reply() -> None:
    text = "Delivery failed: (451, b'4.3.0 relay-in3.mx.qq.com Please come back later', 'me@example.org')"
    assert parse_reply(text).provider == "qq"


def test_a_bare_domain_after_a_quoted_code_is_not_a_server_name() -> None:
    # two labels: a domain the reply speaks of (here the sender's), not the answering server's full name
    assert parse_reply("Refused: (553, b'5.1.8 me.com unknown to us')").provider is None


def test_an_address_names_no_provider_when_an_unknown_host_answered() -> None:
    # Exim names the host that answered: a small ISP's relay, not the mailbox's operator
    text = ("SMTP error from remote mail server after RCPT TO:<someone@gmail.com>:\n"
            "host relay2.smallisp-net.org [198.51.100.9]: 452 too many recipients")
    assert parse_reply(text).provider is None


def test_an_address_still_names_its_provider_when_no_host_is_named() -> None:
    assert parse_reply("452 too many recipients for <someone@gmail.com>").provider == "google"


def test_cloudmarks_banner_word_names_no_operator() -> None:
    # "cmsmtp" is the MTA's name in the banner of every operator running it, not one operator's mark
    assert parse_reply("554 mx4.isp-example.org cmsmtp your IP is on our local list").provider is None


def test_any_host_of_a_domain_written_with_a_star() -> None:
    assert parse_reply("554 *.terra.com cmsmtp 5.7.1 your connection was refused").provider == "terra"


def test_cox_named_by_its_aup_code_of_any_letters() -> None:
    assert parse_reply("554 refused here. AUP#CXQZ").provider == "cox"
