"""Delisting contacts of mailing lists' and forums' notices (round r66deli): a list's administrative mailbox read from
its form, whatever language offers it, each tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(("local", "admin"), [
    ("staff-request", True), ("staff-owner", True), ("owner-staff", True), ("requests", False), ("owner", False),
    ("jane.doe", False),
])
def test_the_form_of_a_lists_administrative_mailbox(local: str, admin: bool) -> None:
    # RFC 2142 section 6 (LIST-REQUEST) and RFC 2369 (List-Owner; owner-LIST aliases).
    from bouncelib._classify._mask import is_list_admin

    assert is_list_admin(local) is admin


def test_a_request_address_counts_as_the_lists_desk_without_any_contact_word() -> None:
    # A refusal read as concerning the sender: its mailboxes count when they are a role's; the list's request
    # address is one by its form (it was masked like a person's before, so only contact words found it).
    reply = parse_reply("Your post to the club list is refused: only members may post to it. List desk: "
                        "club-request@lists.example.net")
    assert reply.rule.startswith("concept:")
    assert reply.delist == ["club-request@lists.example.net"]


@pytest.mark.parametrize("text", [
    # fr, de, pl, fi, tr: a list's notice whose cause no rule reads, and the list's desk written bare.
    "Le gestionnaire de la liste club n'a pas retenu votre envoi.\n\nAdresse du responsable :\n\n"
    "    club-owner@lists.example.net\n",
    "Der Verwalter der Liste club hat Ihren Beitrag nicht übernommen.\n\nAnsprechpartner:\n\n"
    "    club-request@lists.example.net\n",
    "Opiekun listy club nie przyjął Twojego wpisu.\n\nAdres opiekuna:\n\n    owner-club@lists.example.net\n",
    "Listan club ylläpitäjä ei hyväksynyt viestiäsi.\n\nYhteysosoite:\n\n    club-owner@lists.example.net\n",
    "club listesinin yöneticisi iletinizi kabul etmedi.\n\nSorumlu adresi:\n\n    club-owner@lists.example.net\n",
])
def test_a_lists_desk_offered_where_no_rule_read_the_cause(text: str) -> None:
    # docs/fields.md: the list manager refused the sender's post and names whom to ask why.
    reply = parse_reply(text)
    # (No rule read the cause: the reason is onhold, or the model's guess, which offers no contact on its own.)
    assert reply.rule == "unrecognised" or reply.rule.startswith("model:")
    assert len(reply.delist) == 1
    assert reply.delist[0].endswith("@lists.example.net")


@pytest.mark.parametrize("text", [
    # In angle brackets: a recipient's or sender's address unless contact wording leads to it.
    "Der Verwalter der Liste club hat Ihren Beitrag nicht übernommen.\n\nListe: <club-request@lists.example.net>\n",
    # Labelled as the message's sender or recipient.
    "Le gestionnaire de la liste n'a pas retenu votre envoi. Sender: club-owner@lists.example.net",
    # Followed by a colon: what the rest of the notice speaks of.
    "club-owner@lists.example.net: le gestionnaire de la liste n'a pas retenu votre envoi.",
    # A size with its unit: the list's size limit, not the sender's standing.
    "Le gestionnaire de la liste n'a pas retenu votre envoi de 80 KB.\n\nAdresse du responsable :\n\n"
    "    club-owner@lists.example.net\n",
])
def test_a_lists_desk_is_not_offered_where_it_names_an_address_of_the_message_or_a_size(text: str) -> None:
    reply = parse_reply(text)
    assert reply.rule == "unrecognised" or reply.rule.startswith("model:")
    assert reply.delist == []


def test_a_lists_desk_after_a_recipients_failure_is_not_offered() -> None:
    # A rule read the recipient's failure: the cause is said, and it concerns the recipient.
    reply = parse_reply("550 5.1.1 No such user here. List desk: club-owner@lists.example.net")
    assert reply.delist == []


@pytest.mark.parametrize(("text", "contact"), [
    # One sentence of our own per language: a policy refusal (X.7) whose words ask the sender to contact a mailbox
    # that is no role's (bouncelib._data.contact_words, "ask", from sudo's translations of "contact").
    ("554 5.7.1 Viestiäsi ei hyväksytty. Ota yhteyttä osoitteeseen mailadmin@example.net", "mailadmin@example.net"),
    ("554 5.7.1 Poruka nije prihvaćena. Za pomoć javite se na mailadmin@example.net", "mailadmin@example.net"),
    ("554 5.7.1 Üzenetét elutasítottuk. Kérjük, vegye fel a kapcsolatot: mailadmin@example.net",
     "mailadmin@example.net"),
    ("554 5.7.1 メッセージは受け付けられませんでした。連絡先: mailadmin@example.net", "mailadmin@example.net"),
    ("554 5.7.1 메시지가 거부되었습니다. 문의: mailadmin@example.net", "mailadmin@example.net"),
    ("554 5.7.1 Сообщение не принято. Обратитесь по адресу mailadmin@example.net", "mailadmin@example.net"),
    ("554 5.7.1 Порука није примљена. Обратите се на mailadmin@example.net", "mailadmin@example.net"),
    ("554 5.7.1 İletiniz kabul edilmedi. Sorunu çözmek için temasa geçin: mailadmin@example.net",
     "mailadmin@example.net"),
    ("554 5.7.1 Повідомлення не прийнято. Зверніться на mailadmin@example.net", "mailadmin@example.net"),
    ("554 5.7.1 邮件未被接受。请联系 mailadmin@example.net", "mailadmin@example.net"),
    ("554 5.7.1 Sporočilo ni bilo sprejeto. Stopite v stik z mailadmin@example.net", "mailadmin@example.net"),
])
def test_a_request_to_contact_in_other_languages_offers_the_mailbox(text: str, contact: str) -> None:
    reply = parse_reply(text)
    assert contact in reply.delist


def test_a_hungarian_request_to_contact_is_no_connection() -> None:
    # "vegye fel a kapcsolatot" (contact us): its "kapcsolatot" is not the connection of a network failure.
    reply = parse_reply("554 5.7.1 Üzenetét elutasítottuk. Kérjük, vegye fel a kapcsolatot: mailadmin@example.net")
    assert "CONNECTION" not in reply.rule
    assert reply.reason is not Reason.NETWORKERROR
    assert reply.delist == ["mailadmin@example.net"]


@pytest.mark.parametrize("text", [
    "Tyvärr kunde ditt svar inte läggas upp. Kontot som är kopplat till den här e-postadressen är inte aktiverat än.",
    "Ditt svar publicerades inte: kontot kopplat till den här e-postadressen har tystats av moderatorerna.",
])
def test_the_account_tied_to_this_address_is_the_senders(text: str) -> None:
    # sv: "the account tied to this email address" (the address the mail came from), not activated or silenced.
    reply = parse_reply(text)
    assert reply.rule.startswith("concept:YOUR_ACCOUNT+")
    assert reply.reason is Reason.REJECTED
