"""Words of servers' replies in other languages (round r67nat, `_R67_NAT_WORDS`), each tested in a wording of our own:
a full mailbox in Swedish and Hebrew, a receiving rate in Italian and Japanese, TLS required in Chinese and Italian,
an IP missing from an allow list in Japanese."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(("text", "reason", "rule"), [
    # sv: "The recipient's letter box is full; your letter was returned."
    ("Mottagarens postlåda är full, ditt brev skickades tillbaka.", Reason.MAILBOXFULL, "concept:RCPT+FULL"),
    # sv: "The mailbox for anna is full today."
    ("Postlådan för anna är full i dag.", Reason.MAILBOXFULL, "concept:RCPT+FULL"),
    # he: "The recipient's mailbox is full, the letter was returned."
    ("תיבת הדואר של הנמענת מלאה, המכתב הוחזר.", Reason.MAILBOXFULL, "concept:RCPT+FULL"),
    # it: "450 The address is getting messages too quickly, retry in an hour."
    ("450 L'indirizzo sta ricevendo messaggi troppo rapidamente, riprova fra un'ora.", Reason.SPEEDING,
     "concept:RATE"),
    # ja: "450 This address is receiving letters at a fast pace. Please try again in an hour."
    ("450 このアドレスは速いペースで手紙を受け取っています。一時間後にもう一度お試しください。", Reason.SPEEDING,
     "concept:RATE"),
    # zh: "421 Our domain requires TLS for delivery, the connection is closed."
    ("421 本网域的投递需要 TLS,连接已关闭。", Reason.FAILEDSTARTTLS, "concept:TLS+REQUIRED"),
    # it: "421 TLS required by this server, connection closed."
    ("421 TLS richiesto da questo server, connessione chiusa.", Reason.FAILEDSTARTTLS, "concept:TLS+REQUIRED"),
    # ja: "421 Your IP is not on this domain's whitelist."
    ("421 お使いの IP はこのドメインのホワイトリストにありません。", Reason.BLOCKED, "concept:CLIENT+REFUSED"),
])
def test_servers_words_in_other_languages(text: str, reason: Reason, rule: str) -> None:
    reply = parse_reply(text)
    assert reply.reason is reason
    assert reply.rule == rule


def test_the_whitelist_phrase_is_not_a_recipient_unknown() -> None:
    # ja: "The sender's IP is not on the whitelist." Its list (リスト) and "there is not" (ありません) are one refusal.
    reply = parse_reply("送信元の IP はホワイトリストにありません。")
    assert reply.reason is not Reason.USERUNKNOWN
    assert reply.hard_bounce is False
