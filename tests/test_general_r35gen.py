"""Round r35gen: layouts the general reader (and the fallback) now read however they are laid out,
each checked with every format module switched off (issue 11).

The perturbation tests take real mails of the wild corpus's tuning part and bench/perturb.py's layout
changes; the other mails are shapes written for these tests, not copies of real ones.
"""

from __future__ import annotations

from pathlib import Path

import perturb  # bench/perturb.py, on sys.path through conftest.py
import pytest
from general_reading import reading as _reading

ROOT = Path(__file__).resolve().parent.parent
WILD = ROOT / "corpus" / "wild" / "mail"




@pytest.mark.parametrize(
    ("perturbation", "file", "wanted"),
    [
        # "Contacte <owner> se você tem alguma pergunta" (Portuguese imperative) and Polish "pod adresem:"
        # (at the address) / "opiekunowi:" (to the list's caretaker): the -owner address a wrap put at the
        # start of a line is someone to write to, not a second recipient.
        ("rewrap", "qmail-ezmlm-checksub-reject-posts-ptbr.eml", ["devel@lists.example.org"]),
        ("rewrap", "qmail-ezmlm-checksub-reject-posts-pl.eml", ["devel@lists.example.org"]),
        ("rewrap", "qmail-ezmlm-checksub-subscribers-only-pl.eml", ["devel@lists.example.org"]),
        # A pasted field that a wrap left with its value on the next line ("X-Original-Message-ID:" over
        # "<id@mail.gmail.com>"): the value is the field's, no recipient.
        ("rewrap", "gmail-response-fields-yandex-mailbox-size.eml", ["mail@example.net"]),
        # Exim's "after RCPT" / "TO:<a>:" wrapped: the SMTP command, not a header's "To:".
        ("rewrap", "exim-fragment-mimecast-admin-prohibition.eml", ["memberservices@example.gov.uk"]),
        # Finnish "<a>-postituslistaa" with the brackets dropped: the address ends with its domain.
        ("addr-bare", "mlmmj-deny-maxmailsize-fi.eml", ["devel@lists.example.org"]),
        # Exchange's "Remote server returned '554 5.0.0 <mx" cut by a wrap inside its "<mx #5.0.0 smtp; ...>" tag:
        # the reply goes on with the next lines.
        ("rewrap", "exchange-de-gmail-multiple-from.eml", ["xxxx@example.com"]),
        # LISTSERV's owner notice with the enclosed delivery error notice flattened into its text, under
        # "------ This is a copy of the message, including all the headers. ------": still read through it.
        ("original-inline", "listserv-x-report-type-owner-notice.eml", ["janedoe@example.com"]),
        ("original-headers", "listserv-x-report-type-owner-notice.eml", ["janedoe@example.com"]),
        # The list's paragraph moved after the refusal: the remark in parentheses below it that says where
        # the refused message is ("(A mensagem recusada está em baixo.)") is no word on what happened.
        ("recipients-after", "mlmmj-deny-subonlypost-pt.eml", ["devel@lists.example.org"]),
        # A quoted-printable notice whose masked "<…@example.org>" flufl.bounce reads raw: no address.
        ("quoted-printable", "qmail-gmail-dmarc.eml", []),
    ],
)
def test_perturbation_keeps_the_reading(perturbation: str, file: str, wanted: list[str]) -> None:
    case = perturb.Case(f"wild/{file}", (WILD / file).read_bytes(), wanted, "bounce")
    data = perturb.PERTURBATIONS[perturbation](case)
    assert data is not None
    assert data != case.data
    before = _reading(case.data)
    assert [r for r, _a, _reason in before] == (wanted or [None]), before
    assert _reading(data) == before


HEAD = "From: MAILER-DAEMON@mx.example.net\nTo: pat@example.com\nSubject: failure notice\n"


def test_portuguese_contacte_names_someone_to_write_to() -> None:
    raw = (
        f"{HEAD}\nI could not deliver your message to the following address.\n\n"
        "<team@lists.example.org>:\nLamento, as suas mensagens não são aceites aqui. Contacte\n"
        "team-owner@lists.example.org para mais informação.\n"
    ).encode()
    assert [r for r, _a, _x in _reading(raw)] == ["team@lists.example.org"]


def test_polish_at_the_address_names_someone_to_write_to() -> None:
    raw = (
        f"{HEAD}\nI could not deliver your message to the following address.\n\n"
        "<zespol@lists.example.org>:\nPrzykro mi, lista nie przyjmuje listów od Ciebie. Napisz, proszę, pod adresem:\n"
        "zespol-owner@lists.example.org, jeżeli masz pytania.\n"
    ).encode()
    assert [r for r, _a, _x in _reading(raw)] == ["zespol@lists.example.org"]


def test_word_hyphened_to_a_bare_address_is_not_its_domain() -> None:
    raw = (
        f"{HEAD}\nViestiä ei voitu välittää osoitteeseen\nruoka@lists.example.org-listalle.\n\n"
        "550 5.7.1 Viesti on liian suuri.\n"
    ).encode()
    assert [r for r, _a, _x in _reading(raw)] == ["ruoka@lists.example.org"]


def test_an_idn_top_level_domain_keeps_its_hyphens() -> None:
    raw = (
        f"{HEAD}\nI could not deliver your message to the following address.\n\n"
        "<anna@example.xn--p1ai>:\n550 5.1.1 no such user here\n"
    ).encode()
    assert [r for r, _a, _x in _reading(raw)] == ["anna@example.xn--p1ai"]


def test_portuguese_refused_message_makes_a_list_notice_a_failure() -> None:
    # mlmmj's Portuguese refusal as it comes out cut: "não foi" and nothing after it, then the line that
    # introduces "the refused message" below: the list, named alone on its line, refused the post.
    raw = (
        "From: equipa+owner@lists.example.org\nTo: pat@example.com\nSubject: Mensagem recusada\n\n"
        "Este é o gestor da lista\n<equipa@lists.example.org>.\n\n"
        'A mensagem de <pat@example.com> com o assunto "Plano" não foi\n\n\n\n'
        "(O início da mensagem recusada está em baixo.)\n"
    ).encode()
    assert [(r, a) for r, a, _x in _reading(raw)] == [("equipa@lists.example.org", "failed")]


def test_list_manager_encloses_the_error_notice_as_text() -> None:
    raw = (
        b"From: LISTSERV@lists.example.edu\nTo: owner-club@lists.example.edu\nSubject: Possible error notice\n\n"
        b"The enclosed message, found in the CLUB mailbox, has been identified as a possible delivery error\n"
        b"notice for the following reason: the sender is a mailer daemon.\n\n"
        b"------ This is a copy of the message, including all the headers. ------\n\n"
        b"From: MAILER-DAEMON@mx.example.org\nSubject: Undeliverable\n\n"
        b"Delivery to the following recipient failed permanently:\n\n    member@example.org\n\n"
        b"550 5.1.1 The email account that you tried to reach does not exist.\n"
    )
    assert _reading(raw) == [("member@example.org", "failed", "userunknown")]


def test_address_echoed_in_the_reason_line_is_the_recipient_above() -> None:
    # Sendmail's "(reason: ...)" line gives the server's reply for the address right above it; the reply
    # may echo another form of it (here a page's slip): no second recipient.
    raw = (
        b"From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>\nTo: pat@example.com\n"
        b"Subject: Returned mail: see transcript for details\n\n"
        b"   ----- The following addresses had permanent fatal errors -----\n<kim@example.org>\n"
        b"    (reason: 550 5.1.1 <someone@example.org>... User unknown)\n"
    )
    assert _reading(raw) == [("kim@example.org", "failed", "userunknown")]


def test_reply_wrapped_inside_an_open_bracket_goes_on() -> None:
    raw = (
        b"From: postmaster@mail.example.net\nTo: pat@example.com\nSubject: Undeliverable: plans\n\n"
        b"Delivery has failed to these recipients or groups:\n\n"
        b"kai@example.org\nRemote Server returned '550 5.7.1 <mx.example.org\n"
        b"#5.7.1 smtp; 550 5.7.1 Message rejected as spam by Content Filtering.>'\n"
    )
    assert _reading(raw) == [("kai@example.org", "failed", "spamdetected")]
