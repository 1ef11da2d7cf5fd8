"""Round 53 (r53kind): rules drawn from the tuning misses of the round's new not-bounce material.

Our own inputs, in other words than the mails they were drawn from; each fails without its change, except the
controls, which hold before and after.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_message


@pytest.mark.parametrize(
    "body",
    [
        # Someone guarding their own mailbox against unwanted mail, who asks the sender to verify or confirm.
        "To keep my personal mailbox free, I protect my personal mailbox from all unsolicited e-mail.\n"
        "Before your note reaches me, confirm once that you sent it, on the page named here.\n",
        "This address protects me against spam: I protect myself from unwanted messages with a screening service.\n"
        "Kindly verify yourself with the button below; after that your mail gets through.\n",
    ],
)
def test_a_screening_of_ones_own_mailbox_that_asks_to_verify_is_a_challenge(body: str) -> None:
    r = parse_message(body.encode())
    assert r.kind.value == "challenge"
    assert r.recipients == ()


@pytest.mark.parametrize(
    "body",
    [
        # A provider's newsletter about its spam protection, with a verify link for the reader's own account: nothing
        # the reader sent is held, the protection is not of someone's mailbox against the reader.
        "Our filters protect customers from spam every day.\nPlease verify your account settings in the portal.\n",
        # The screening without any request to the sender: a statement, nothing to confirm.
        "I protect my inbox from junk mail with a strict filter. Thanks for writing, I read everything weekly.\n",
    ],
)
def test_a_spam_protection_without_a_request_to_the_sender_is_no_challenge(body: str) -> None:
    assert parse_message(body.encode()).kind.value != "challenge"


@pytest.mark.parametrize(
    "body",
    [
        # The writer away and the day it ends, in one clause, in the languages the rule reads; no auto-reply header, a
        # Subject of a person's mail.
        "Guten Tag,\nich bin bis zum 3. März im Urlaub und lese Ihre Nachricht danach.\n",
        "Bonjour,\nje serai en congé jusqu'au 4 mai ; votre message sera lu à mon retour.\n",
        "Hola,\nestoy de vacaciones hasta el lunes 9 y contestaré entonces.\n",
        "Buongiorno,\nsono in ferie fino al 5 maggio, leggerò la mail al rientro.\n",
        "Olá,\nestou de férias até segunda-feira e responderei depois.\n",
        "Здравствуйте,\nя в отпуске до 5 мая, отвечу после возвращения.\n",
        "Hej,\njag är på semester till den 5 maj och svarar efter det.\n",
        "Merhaba,\n5 mayıs tarihine kadar izinde olacağım, döndüğümde yanıtlayacağım.\n",
    ],
)
def test_an_absence_with_its_end_is_an_automatic_reply_in_other_languages(body: str) -> None:
    mail = f"From: Kim <kim@example.org>\nTo: sam@example.com\nSubject: Re: offer\n\n{body}"
    r = parse_message(mail.encode())
    assert r.kind.value == "autoreply"
    assert [e.reason for e in r.recipients] == ["vacation"]


@pytest.mark.parametrize(
    "body",
    [
        # A busy week is no absence; being in the office until a time is none either.
        "Ich bin bis Freitag sehr beschäftigt, melde mich danach.\n",
        "Ich bin heute bis 18 Uhr im Büro, ruf gern an.\n",
        "Je suis disponible jusqu'au 4 mai pour en parler.\n",
    ],
)
def test_a_persons_mail_naming_a_date_is_no_automatic_reply(body: str) -> None:
    mail = f"From: Kim <kim@example.org>\nTo: sam@example.com\nSubject: Re: offer\n\n{body}"
    assert parse_message(mail.encode()).kind.value == "not_bounce"
