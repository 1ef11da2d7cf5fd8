"""Meanings written from the tuning misses of a webmail's compose errors in many languages (round r60langw: the
tuning rows of corpus/replies/real/r60-r60langw-catalogues.jsonl, Horde IMP's catalogues), each tested in wordings
of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "Kontoen kan højst skrive til 300 modtagere på 12 timer",  # da
    "Tili voi kirjoittaa 300 vastaanottajalle yhdessä tunnissa",  # fi
    "Le compte a écrit à 400 destinataires ces dernières heures",  # fr
    "Račun je dosegao 300 primatelja u 12 sati",  # hr
    "A fiók 300 címzettnek írt egy órán belül",  # hu
    "Konto osiągnęło 300 odbiorców w ciągu 12 godzin",  # pl
    "A conta já escreveu para 300 destinatários nas últimas horas",  # pt
    "Kontot har nått 300 mottagare på 12 timmar",  # sv
    "Обліковий запис надіслав 300 адресатів за 12 годин",  # uk
    "Ο λογαριασμός έστειλε σε 300 παραλήπτες μέσα σε 12 ωρών",  # el
    "帳戶在 12 小時內已寄給 300 個收件對象",  # zh-TW
])
def test_recipients_counted_over_a_unit_of_time_are_a_rate(text: str) -> None:
    # RCPTS with a TIMEUNIT near it: a count of recipients over a span of time, a sending rate.
    assert parse_reply(text).reason is Reason.SPEEDING


@pytest.mark.parametrize("text", [
    "Liste: ikke flere end 20 modtagere pr. besked",  # da
    "Lista: εως και όχι περισσότερους από 20 παραλήπτες",  # el
    "Nimekiri: mitte rohkem kui 20 saajale",  # et
    "Zerrenda: 20 hartzaile baino gehiago ez",  # eu
    "Popis: ne više od 20 primatelja",  # hr
    "Lista: egy levél legfeljebb 20 címzettnek",  # hu
    "Zoznam: nie viac ako 20 adresátom",  # sk
    "Lista: inte fler än 20 mottagare",  # sv
    "Liste: 20 alıcıdan daha fazla olamaz",  # tr
    "Список: не більш ніж 20 адресатів",  # uk
])
def test_more_than_a_number_of_recipients_is_too_many(text: str) -> None:
    # RCPTS + MORE_THAN (Mailman 3's "more than {} recipients") in other languages' words.
    assert parse_reply(text).reason is Reason.TOOMANYCONN


@pytest.mark.parametrize("text", [
    "Falta com a mínim un destinatari al formulari",  # ca
    "Formularen mangler mindst en modtager",  # da
    "Συμπληρώστε τουλάχιστον ένα παραλήπτη στη φόρμα",  # el
    "Lomakkeessa pitää olla ainakin yksi vastaanottaja",  # fi
    "Het formulier vraagt tenminste één ontvanger",  # nl
    "Formularz wymaga co najmniej jednego odbiorcę",  # pl
    "O formulário pede no mínimo um destinatário",  # pt
    "Formda en az bir tane alıcı olmalı",  # tr
    "У формі потрібен хоча б одного адресата",  # uk
])
def test_at_least_one_recipient_is_the_command_order(text: str) -> None:
    # NONE_ACCEPTED ("at least one recipient"): a message without a recipient, syntaxerror.
    assert parse_reply(text).reason is Reason.SYNTAXERROR


@pytest.mark.parametrize("text", [
    "El fitxer excedeix 40 caràcters",  # ca: EXCEEDED + SIZE_UNIT
    "Το κείμενο υπερβεί τους 900 χαρακτήρων",  # el
    "Testua gainditu da: 900 karaktere",  # eu
    "O texto excedeu 900 caracteres",  # pt
    "Dosya boyutunu aştı",  # tr: SIZE + EXCEEDED
])
def test_exceeded_a_size_is_too_big(text: str) -> None:
    assert parse_reply(text).reason is Reason.MESGTOOBIG
