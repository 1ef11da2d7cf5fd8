"""Round 36 (r36notb): kind rules drawn from the round's tuning misses (ezmlm-idx's list notices).

Each test fails without its change: a list's probe that tests whether the member's address is reachable
is no bounce, a list that makes every sender confirm its own posts sends a challenge, and a challenge's
address is the one a line ending in a colon introduces, not the list's address named on a line of its own.
"""

from __future__ import annotations

import bouncelib


def test_a_reachability_probe_is_no_bounce() -> None:
    # The probe says earlier list mail could not be delivered: the failure words are about other mails.
    report = bouncelib.parse_message(
        "From: news-help@lists.example.org\nTo: bob@example.com\nSubject: Test-Mail von news@lists.example.org\n\n"
        "Einige Nachrichten der Liste news waren an Sie nicht zustellbar.\n"
        "Diese Nachricht ist ein Test, um zu prüfen, ob Ihre Adresse noch erreichbar ist. Wenn nicht,\n"
        "wird Ihre Adresse von der Liste\n   news@lists.example.org\nentfernt.\n".encode()
    )
    assert report.recipients == ()
    assert report.kind.value != "challenge"


def test_every_sender_confirming_its_posts_is_a_challenge() -> None:
    report = bouncelib.parse_message(
        b"From: news-owner@lists.example.org\nTo: bob@example.com\nSubject: about your message\n\n"
        + "Auf dieser Liste muss jeder Sender seine Einsendungen selbst bestätigen.\n"
        "Schreiben Sie dazu an:\n\nnews-confirm-1234.abcd@lists.example.org\n".encode()
    )
    assert report.kind.value == "challenge"
    assert report.challenge_address == "news-confirm-1234.abcd@lists.example.org"


def test_the_address_a_colon_introduces_is_the_one_to_confirm() -> None:
    # The list's own address stands alone on a line first; the address to write to follows "please e-mail:".
    report = bouncelib.parse_message(
        b"From: news-owner@lists.example.org\nTo: bob@example.com\nSubject: Please confirm your message\n\n"
        b"You sent the enclosed message to the list\nnews@lists.example.org\n\n"
        b"To confirm it, please e-mail:\n\nnews-confirm-99.xyz@lists.example.org\n"
    )
    assert report.kind.value == "challenge"
    assert report.challenge_address == "news-confirm-99.xyz@lists.example.org"
