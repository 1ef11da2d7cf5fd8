"""Round 35 (r35wild): the general reader and classifier rules drawn from the round's tuning misses.

Each test fails without its change: a list's refusal of a post in the words of another language's
template, the cause below a paragraph that ends with a full-width colon or announces "the following
reasons" in Indonesian, a notice whose From names no address, a moderated member refused, and the
French "émetteur" as the sender, and a message body too big.
"""

from __future__ import annotations

import bouncelib
from bouncelib._dsn.general import _with_cause_below


def _list_refusal(notice: str) -> bytes:
    """A list manager's refusal of a post: the notice, then the post it returns (to the list only)."""
    return (
        "From: ventas-owner@lists.example.com\n"
        "To: bob@example.org\n"
        "Subject: Pedido\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="b"\n\n'
        "--b\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{notice}\n"
        "--b\n"
        "Content-Type: message/rfc822\n\n"
        "From: Bob <bob@example.org>\n"
        "To: ventas@lists.example.com\n"
        "Subject: Pedido\n\n"
        "Hola.\n"
        "--b--\n"
    ).encode()


def test_list_refusal_in_spanish_names_the_list_address() -> None:
    # Without the Spanish sentence the notice says no outcome and nothing is a bounce.
    report = bouncelib.parse_message(
        _list_refusal("Su mensaje a la lista de correos Ventas ha sido rechazado por las siguientes\n"
                      "razones:\n\nNo se admiten adjuntos\n")
    )
    assert [(e.recipient, e.action) for e in report.recipients] == [("ventas@lists.example.com", "failed")]


def test_list_refusal_in_ukrainian_names_the_list_address() -> None:
    report = bouncelib.parse_message(
        _list_refusal("Ваше повідомлення до списку розсилки Ventas було відхилено з наступних\nпричин:\n\n"
                      "Вкладення заборонені\n")
    )
    assert [(e.recipient, e.action) for e in report.recipients] == [("ventas@lists.example.com", "failed")]


def test_full_width_colon_points_at_the_cause_below() -> None:
    got = _with_cause_below(["您的邮件被系统退回，原因如下：", "收件人地址不存在"], 0)
    assert got.endswith("收件人地址不存在")


def test_indonesian_following_reasons_points_at_the_cause_below() -> None:
    got = _with_cause_below(["Pesan Anda ke milis Ventas ditolak atas alasan berikut", "Lampiran tidak diizinkan"], 0)
    assert got.endswith("Lampiran tidak diizinkan")


def test_a_from_without_an_address_is_no_correspondent() -> None:
    # An online service's notice copied from its screen: "From:" holds a name only. Delivery failed and no
    # address is shown: one failed event without a recipient, as for a paste with no sender.
    report = bouncelib.parse_message(
        b"From: ACME ONLINE SERVICE\nSubject: Undelivered\n\n"
        b"Your message was not delivered to all of its addressees.\n\n JDOE\n"
    )
    assert [(e.recipient, e.action) for e in report.recipients] == [(None, "failed")]


def test_a_from_with_an_address_still_keeps_a_newsletter_out() -> None:
    report = bouncelib.parse_message(
        b"From: Parcel News <news@parcels.example.com>\nSubject: Your parcel\n\n"
        b"Your parcel was not delivered today. We will try again tomorrow.\n"
    )
    assert report.recipients == ()


def test_moderated_member_refused_is_the_sender_refused() -> None:
    reply = bouncelib.parse_reply(
        "Ihre Nachricht an die Liste Verkauf wurde abgelehnt: Die Nachricht kommt von einem moderierten Mitglied"
    )
    assert reply.reason.value == "rejected"


def test_french_emetteur_is_the_sender() -> None:
    reply = bouncelib.parse_reply("554 5.7.1 Message refusé : émetteur externe non autorisé")
    assert reply.reason.value == "rejected"


def test_a_body_too_big_is_the_message_too_big() -> None:
    # The message's body said to be too big (Mailman 2's 'Message body is too big' in its catalogues' words).
    assert bouncelib.parse_reply("Der Nachrichtentext ist zu groß: 90000 Bytes").reason.value == "mesgtoobig"
    reply = bouncelib.parse_reply("La taille du corps du courriel est trop importante : 90000 octets")
    assert reply.reason.value == "mesgtoobig"
