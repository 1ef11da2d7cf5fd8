"""Round r81recip: recipients read in no language, where a notice already says (by other signs) that it failed.

The notices below are written for the tests (their words are in Welsh and Esperanto, languages no table of
bouncelib holds, so only the notice's structure can name the recipient); the layouts are those of FileSender's bounce
report, mlmmj's refusal of a post that reached the list by Bcc and Roundup's mail gateway (corpus/wild/mail).
"""

from __future__ import annotations

from pathlib import Path

import perturb  # bench/perturb.py, on sys.path through conftest.py

from bouncelib import parse_message

ROOT = Path(__file__).resolve().parent.parent
WILD = ROOT / "corpus" / "wild" / "mail"


def _failed(raw: bytes) -> list[str]:
    report = parse_message(raw)
    return [e.recipient for e in report.recipients if e.action == "failed"]


_ITEMS = b"""From: FileSender <noreply@filesender.example.org>
To: alice@example.org
Subject: Delivery failure
Date: Tue, 17 Mar 2026 04:00:12 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Annwyl Syr neu Fadam,

Ni dderbyniodd rhai o'ch derbynwyr eich neges:

  - Trosglwyddiad #58 i dderbynnydd marie@example.org ar 14/03/2026 16:30
  - Gwestai petr@example.com ar 14/03/2026 16:44

Cofion,
FileSender
"""


def test_items_of_one_list_are_the_recipients_of_a_failed_notice() -> None:
    # The Subject says the notice failed; the heading over the list is in words no table reads.
    assert _failed(_ITEMS) == ["marie@example.org", "petr@example.com"]


def test_items_under_two_headings_are_not_taken() -> None:
    # Two lists: which of them failed only words say.
    two = _ITEMS.replace(
        b"  - Gwestai petr@example.com", b"Derbyniodd y rhain eich neges:\n\n  - Gwestai petr@example.com"
    )
    assert "petr@example.com" not in _failed(two)


def test_items_of_a_notice_that_says_nothing_failed_are_no_recipients() -> None:
    # No sign of a failure at all (the Subject says nothing): the list is no list of failed recipients.
    assert _failed(_ITEMS.replace(b"Subject: Delivery failure", b"Subject: FileSender")) == []


_BCC_POST = b"""Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1"
From: devel+owner@lists.example.org
To: alice@example.org
Date: Mon, 07 Dec 2026 15:22:58 +0000

--b1
Content-Type: text/plain; charset=utf8

Saluton, jen la programo kiu zorgas pri <devel@lists.example.org>.

La afisxo de <alice@example.org> ne estis dissendita, cxar la adreso ne estas en la kapo To: aux CC:.

--b1
Content-Type: message/rfc822

From: Alice Example <alice@example.org>
To: Bob Example <bob@example.org>
Subject: Release plan
Date: Mon, 2 Mar 2026 09:14:05 +0100
Message-ID: <20260302081405.5678@mail.example.org>

Hi all.
--b1--
"""


def test_list_named_by_the_role_address_that_sends_the_notice() -> None:
    # The list is tied to the notice's sender (devel+owner@ is its role address), not to a word for a list: the
    # returned post's To (Bob, the post reached the list by Bcc) is no recipient of the refusal.
    assert _failed(_BCC_POST) == ["devel@lists.example.org"]


def test_html_notice_before_the_message_returned_as_text() -> None:
    # Roundup's refusal with its notice written as HTML only (bench/perturb.py's html-only): the text/plain part
    # after it is the returned message, whose To names the tracker address that refused it.
    case = perturb.Case("wild/roundup-mailgw-unknown.eml", (WILD / "roundup-mailgw-unknown.eml").read_bytes(),
                        ["issues@tracker.example.org"], "bounce")  # fmt: skip
    raw = perturb.PERTURBATIONS["html-only"](case)
    assert raw is not None
    assert b"text/html" in raw
    assert _failed(raw) == ["issues@tracker.example.org"]
