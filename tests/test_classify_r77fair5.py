"""Meanings written from the tuning misses of a mail program's check of an address as written (round r77fair5:
the tuning rows of corpus/replies/real/r77-r77fair5-catalogues.jsonl, FairEmail's title_email_invalid in be, el
and et), each tested in wordings of our own; every case must be read by a concept rule, not by the model."""

from __future__ import annotations

import pytest
from rule_reading import by_concept

from bouncelib import Reason


@pytest.mark.parametrize("text", [
    "Гэты адрас несапраўдны.",  # be: this address is invalid ("несапраўдны")
    "Паштовы адрас несапраўдны, праверце яго.",  # be: the mail address is invalid, check it
    "Η διεύθυνση email είναι μη έγκυρη.",  # el: the email address is not valid ("μη έγκυρη", "διεύθυνση email")
    "Η διεύθυνση ηλεκτρονικού ταχυδρομείου είναι άκυρη.",  # el: the e-mail address (full form) is void
    "See e-postiaadress on sobimatu.",  # et: this e-mail address is invalid ("sobimatu", "e-postiaadress")
    "Sisestatud aadress on sobimatu.",  # et: the address entered is invalid
])
def test_an_address_said_invalid_and_nothing_more_is_its_syntax(text: str) -> None:
    assert by_concept(text) == Reason.SYNTAXERROR


def test_a_server_refusing_an_estonian_invalid_address_is_the_mailbox() -> None:
    # A reply code beside the same words is a server's verdict on a mailbox it looked up (userunknown), not a
    # program's check of the address as written.
    assert by_concept("550 Saaja e-postiaadress on sobimatu") == Reason.USERUNKNOWN
