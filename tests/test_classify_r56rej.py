"""Meanings written from the tuning part of round r56rej (issue 10, the sender refused), each tested in a wording
of our own (not the corpus texts that prompted them)."""

from __future__ import annotations

from bouncelib import Reason, parse_reply


def test_an_application_refusing_the_reader_the_right_to_post_refuses_the_sender() -> None:
    # The answer of a forum or tracker to a mail speaks to its sender: no right, privilege or trust level to
    # post or reply is the sender refused, as "You are not permitted to access this tracker" is.
    r = parse_reply("Il tuo messaggio non è stato pubblicato: non hai le autorizzazioni per rispondere qui.")
    assert (r.reason, r.rule) == (Reason.REJECTED, "concept:READER_REFUSED")
    r = parse_reply("Mensagem recusada. Você não tem permissão para responder neste fórum.")
    assert r.reason is Reason.REJECTED
    r = parse_reply("Ditt meddelande publicerades inte: du har inte rättigheter att svara i den här tråden.")
    assert r.reason is Reason.REJECTED
    r = parse_reply("このフォーラムに投稿する権限がありません。")
    assert (r.reason, r.rule) == (Reason.REJECTED, "concept:READER_REFUSED")
    # Only known users may reply: the sender is not one of them.
    assert parse_reply("このグループでは登録済みのユーザーしか返信できません。").reason is Reason.REJECTED


def test_the_readers_own_account_not_activated_or_silenced_is_the_sender_refused() -> None:
    # "Your account" in an application's answer is the mail's sender's: not yet activated, or barred from
    # posting, the sender may not post.
    r = parse_reply("Il tuo account collegato a questo indirizzo non è stato attivato, attivalo prima di scrivere.")
    assert (r.reason, r.rule) == (Reason.REJECTED, "concept:YOUR_ACCOUNT+NOT_ACTIVATED")
    r = parse_reply("Sua conta neste fórum foi silenciada pelos moderadores.")
    assert (r.reason, r.rule) == (Reason.REJECTED, "concept:YOUR_ACCOUNT+SILENCED")
    r = parse_reply("あなたのアカウントは現在投稿禁止です。")
    assert r.reason is Reason.REJECTED
    r = parse_reply("あなたのアカウントはまだ有効ではありません。")
    assert r.reason is Reason.REJECTED
    # A suspended or disabled account keeps its reading as the mailbox's state.
    assert parse_reply("552 Il tuo account è stato sospeso").reason is Reason.SUSPEND
    assert parse_reply("あなたのアカウントは停止されています").reason is Reason.SUSPEND


def test_what_is_said_of_the_address_a_mail_was_sent_from_is_said_of_the_sender() -> None:
    # The address a mail came from is its sender's: unknown, blocked, or not the one expected, the sender is
    # refused, not a recipient unknown or a message refused.
    r = parse_reply("Il messaggio è stato inviato da un indirizzo email sconosciuto al sito.")
    assert (r.reason, r.rule) == (Reason.REJECTED, "concept:SENDER+UNKNOWN")
    r = parse_reply("Esta mensagem foi enviada de um endereço de e-mail bloqueado pelo administrador.")
    assert r.reason is Reason.REJECTED
    r = parse_reply("Brevet skickades från en blockerad adress och togs inte emot.")
    assert r.reason is Reason.REJECTED
    r = parse_reply("ブロックされたメールアドレスから送信されたため受け付けません。")
    assert r.reason is Reason.REJECTED
    r = parse_reply("La risposta è stata inviata da un indirizzo diverso da quello previsto.")
    assert (r.reason, r.rule) == (Reason.REJECTED, "concept:SENDER+UNEXPECTED")
    # An unknown address with no word of where the mail came from stays the recipient's.
    assert parse_reply("550 Indirizzo email sconosciuto").reason is Reason.USERUNKNOWN


def test_a_post_refused_as_coming_from_a_moderated_member_refuses_the_sender() -> None:
    # A list's rule for one of its members (moderated) refuses who sent, as a non-member is refused.
    r = parse_reply("Писмото до списъка не е прието: изпратено е от модериран член.")
    assert (r.reason, r.rule) == (Reason.REJECTED, "concept:MODERATED_POSTER")
    assert parse_reply("Писмото е отхвърлено: изпратено е от модериран член.").reason is Reason.REJECTED
    assert parse_reply("Pesan ditolak karena berasal dari anggota termoderasi.").reason is Reason.REJECTED


def test_a_reply_sent_from_an_unknown_mail_in_spanish_is_the_sender_refused() -> None:
    r = parse_reply("El mensaje se envió desde una dirección de correo electrónico desconocida para el foro.")
    assert (r.reason, r.rule) == (Reason.REJECTED, "concept:SENDER+UNKNOWN")
    # An unknown mail address alone stays the recipient's.
    assert parse_reply("550 Dirección de correo electrónico desconocida").reason is not Reason.REJECTED


def test_a_private_list_takes_posts_from_its_members_only() -> None:
    r = parse_reply("554 Sorry, this is a private mailing list")
    assert (r.reason, r.rule) == (Reason.REJECTED, "concept:NONMEMBER")
