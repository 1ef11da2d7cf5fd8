"""Round r78gen: an application's refusal notice read in a language the notice tables hold no words for (issue 11).

An application that takes mail at an address (a forum's reply address, a help desk's inbox) answers a mail it could
not take with a letter whose first sentence says "your mail to <address> (titled ...) did not work", then why.  The
first sentence's words for "did not work" differ in every language and every program; the paragraph that says why
("the sender's address is not known here", "your message is too large") is what the classifier's concept rules read
in 60-odd languages.  So the general reader takes the one address such a notice names (not its own To or From, not
one inside a link, not a contact address of its own site) as failed when another paragraph of it reads as a refusal
or failure by a concept or phrase rule (never by the model's guess, never a hold), in an application's notice
(no-reply sender or Auto-Submitted: auto-generated), not a list's.

The mails and their sentences (Romanian, Indonesian: no Discourse catalogue of the corpus is in either) are written
for these tests, not copies of real ones.
"""

from __future__ import annotations

from general_reading import reading

from bouncelib import parse_reply

_ADDR = "raspuns+7f3a9c@forum.example.ro"
_SITE = "Forum exemplu <noreply@forum.example.ro>"
# "Sorry, but your message to <a> (with the subject Re: the monthly invoice) did not go through." -- words no notice
# table and no concept holds for a failure.
_RO_FIRST = f"Ne pare rău, dar mesajul dumneavoastră către {_ADDR} (cu subiectul Re: factura lunară) nu a mers."
# "The sender's e-mail address is not known on this site." (SENDER+UNKNOWN)
_RO_WHY = "Adresa de e-mail a expeditorului nu este cunoscută pe acest site."


def _letter(body: str, sender: str = _SITE, extra: str = "") -> bytes:
    return (
        f"From: {sender}\nTo: pat@example.net\nSubject: [Forum exemplu] Problema\n{extra}"
        "Date: Mon, 07 Dec 2026 09:00:00 +0000\nMessage-ID: <n78@forum.example.ro>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body + "\n"
    ).encode()


def test_the_first_sentence_alone_reads_as_nothing() -> None:
    # The premise: the sentence that names the address says no failure in words the reader holds.
    assert parse_reply(_RO_FIRST).rule == "unrecognised"
    assert parse_reply(_RO_WHY).rule.startswith("concept:")


def test_a_romanian_refusal_names_the_address_its_reason_paragraph_is_about() -> None:
    assert reading(_letter(f"{_RO_FIRST}\n\n{_RO_WHY}")) == [(_ADDR, "failed", "rejected")]


def test_an_indonesian_refusal_with_its_reason_below() -> None:
    # "Sorry, your mail to <a> (titled Re: the monthly bill) did not go." / "Your message is too big." (MESSAGE+TOOBIG)
    addr = "balas+51c2@diskusi.example.id"
    body = f"Maaf, surel Anda ke {addr} (berjudul Re: tagihan bulanan) tidak jalan.\n\nPesan Anda terlalu besar."
    mail = _letter(body, sender="Diskusi <no-reply@diskusi.example.id>")
    assert reading(mail) == [(addr, "failed", "mesgtoobig")]


def test_an_auto_generated_notice_from_a_plain_sender_is_an_applications_too() -> None:
    mail = _letter(f"{_RO_FIRST}\n\n{_RO_WHY}", sender="Forum <forum@example.ro>",
                   extra="Auto-Submitted: auto-generated\n")  # fmt: skip
    assert [r for r, _a, _why in reading(mail)] == [_ADDR]


def test_an_address_in_a_link_or_the_notices_own_to_is_never_taken() -> None:
    # A "mailto:" link to the moderators (not a role name) and the reader's own address, named in the notice: neither
    # is the address the mail went to; the one left is.
    body = (
        f"{_RO_FIRST}\n\n{_RO_WHY} Scrieți [moderatorilor](mailto:moderatori@forum.example.ro) "
        "sau vizitați https://user@forum.example.ro/despre.\n\n"
        "Această notificare a fost trimisă către pat@example.net."
    )
    assert reading(_letter(body)) == [(_ADDR, "failed", "rejected")]


def test_a_contact_address_of_the_site_is_not_the_one_that_failed() -> None:
    body = f"{_RO_FIRST}\n\n{_RO_WHY} Dacă este o greșeală, scrieți la staff@forum.example.ro."
    assert [r for r, _a, _why in reading(_letter(body))] == [_ADDR]


def test_two_candidate_addresses_give_no_recipient() -> None:
    # Which of two addresses the mail went to, this layout does not say: none is taken rather than one invented.
    body = f"{_RO_FIRST}\n\n{_RO_WHY} Puteți scrie și la ana.popescu@example.com."
    assert reading(_letter(body)) == []


def test_only_the_readers_own_address_gives_no_recipient() -> None:
    body = f"Ne pare rău, dar mesajul trimis de la pat@example.net nu a mers.\n\n{_RO_WHY}"
    assert reading(_letter(body)) == []


def test_a_reason_only_in_the_quoted_subject_is_no_reason() -> None:
    # The words that read as a refusal stand in the sentence that names the address (the reader's Subject, quoted):
    # the notice's other paragraph says nothing the reader holds.
    body = (
        f"Ne pare rău, dar mesajul dumneavoastră către {_ADDR} (cu subiectul Re: {_RO_WHY}) nu a mers.\n\n"
        "Vă mulțumim."
    )
    assert reading(_letter(body)) == []


def test_a_hold_read_only_by_the_model_is_no_failure() -> None:
    # "Your message is held for the moderator's approval": the model's guess is no reading of a meaning.
    addr = "balas+51c2@diskusi.example.id"
    body = f"Surel Anda ke {addr} (berjudul Re: tagihan bulanan).\n\nPesan Anda ditahan untuk persetujuan moderator."
    assert reading(_letter(body, sender="Diskusi <no-reply@diskusi.example.id>")) == []


def test_a_person_or_a_list_is_no_application_refusing_a_mail() -> None:
    body = f"{_RO_FIRST}\n\n{_RO_WHY}"
    assert reading(_letter(body, sender="Ana Popescu <ana.popescu@example.com>")) == []
    auto = "Auto-Submitted: auto-generated\n"
    assert reading(_letter(body, sender="devel-bounces@lists.example.ro", extra=auto)) == []
    assert reading(_letter(body, extra="List-Id: <devel.lists.example.ro>\n")) == []


def test_failure_words_in_the_quoted_subject_of_the_mail_are_not_the_notices() -> None:
    # Ukrainian: "your letter to <a> (about Re: the payment failed) reached us." -- the word for "failed" (не вдалося,
    # a concept word) stands only in the Subject of the reader's mail, quoted after "Re:": the reader's words, which
    # may say anything, are no words of the notice.  Nothing else in it reads as a failure.
    addr = "vidpovid+3e1f@forum.example.ua"
    body = f"Ваш лист до {addr} (тема Re: оплату не вдалося провести) отримано.\n\nДякуємо."
    assert reading(_letter(body, sender="Форум <noreply@forum.example.ua>")) == []
