"""A URL written inside parentheses ends at the parenthesis that closes them, also where prose follows with no space
(Markdown links in Japanese or Chinese text), and keeps the parentheses it opens itself."""

from __future__ import annotations

from bouncelib import parse_reply


def test_a_markdown_link_in_japanese_prose_ends_at_its_parenthesis() -> None:
    r = parse_reply("550 送信元アドレスはブロックされています。[窓口](https://help.example.net/unblock)へご連絡ください。")
    assert r.delist == ["https://help.example.net/unblock"]


def test_a_url_in_parentheses_before_chinese_prose_ends_at_its_parenthesis() -> None:
    r = parse_reply("554 您的IP已被列入黑名单(https://postmaster.example.cn/lookup?ip=192.0.2.8)请申请解封")
    assert r.delist == ["https://postmaster.example.cn/lookup?ip=192.0.2.8"]


def test_a_url_keeps_the_parentheses_it_opens() -> None:
    r = parse_reply("554 5.7.1 Your IP is blocklisted; to request removal see https://rbl.example.org/why_(listing)")
    assert r.delist == ["https://rbl.example.org/why_(listing)"]
