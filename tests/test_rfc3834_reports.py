"""A multipart/report is a machine's report, never an RFC 3834 absence notice, whatever its Auto-Submitted says."""

from __future__ import annotations

from pathlib import Path

import bouncelib

WILD = Path(__file__).resolve().parent.parent / "corpus" / "wild" / "mail"

_REPORT = b"""From: tlsrpt@example.org
To: postmaster@example.net
Subject: Report Domain: example.net Submitter: example.org
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=tlsrpt; boundary="b"

--b
Content-Type: text/plain

This is an aggregate TLS report from example.org

--b
Content-Type: application/tlsrpt+json

{"organization-name": "example.org"}
--b--
"""


def test_dmarc_failure_report_marked_auto_replied_is_no_vacation() -> None:
    # Exim's DMARC forensic report: multipart/report (no report-type) with Auto-Submitted: auto-replied.
    report = bouncelib.parse_message(WILD / "dmarc-forensic-exim-plaintext.eml")
    assert report.kind.value == "not_bounce"
    assert not report.recipients


def test_any_report_container_is_no_autoreply() -> None:
    report = bouncelib.parse_message(_REPORT)
    assert report.kind.value == "not_bounce"


def test_the_same_headers_on_a_plain_reply_stay_an_autoreply() -> None:
    plain = _REPORT.split(b"MIME-Version")[0] + b"\nI am away until Monday.\n"
    report = bouncelib.parse_message(plain)
    assert report.kind.value == "autoreply"


def test_absence_subjects_of_the_bsd_vacation_program_and_lotus_notes() -> None:
    # vacation(1)'s default "Subject: away from my mail"; Notes' "<name> is out of the office."
    for name in ("vacation-bsd-default.eml", "vacation-notes-mailinglist-2000.eml"):
        report = bouncelib.parse_message(WILD / name)
        assert report.kind.value == "autoreply", name


def test_a_question_about_someone_out_of_office_is_no_autoreply() -> None:
    mail = b"From: carol@example.org\nTo: bob@example.net\nSubject: Who is out of the office?\n\nJust asking.\n"
    assert bouncelib.parse_message(mail).kind.value == "not_bounce"
