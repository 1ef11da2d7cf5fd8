"""The vendor detectors of group B (Japanese carriers, gateways, old and unnamed MTAs), tested directly.

The corpus cases under corpus/dsn/<format>/ pin the end-to-end events; these tests pin
what each detector extracts and, as importantly, that it leaves every other format alone.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bouncelib import parse_message
from bouncelib._dsn.base import Detector, Found, Mail
from bouncelib._dsn.formats._bodyscan import first_address, header_in, reply_code_status, split_at
from bouncelib._dsn.mime import load_message
from bouncelib._dsn.registry import DETECTORS as ALL_DETECTORS
from bouncelib.models import Reason

NAMES = [
    "activehunter",
    "amavis",
    "apachejames",
    "biglobe",
    "dragonfly",
    "einsundeins",
    "ezweb",
    "fml",
    "imailserver",
    "kddi",
    "mailfoundry",
    "mailmarshal",
    "mcafee",
    "messagelabs",
    "mfilter",
    "mimecast",
    "mxlogic",
    "surfcontrol",
    "trendmicro",
    "v5sendmail",
    "x1",
    "x2",
    "x3",
    "x4",
    "x6",
]
DETECTOR_MODULES = tuple(d.name for d in ALL_DETECTORS)
DETECTORS: dict[str, Detector] = {d.name: d for d in ALL_DETECTORS if d.name in NAMES}
CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "dsn"
CASES = sorted(CORPUS.glob("*/*.eml"))
# ../shared beside the checkout (CI's layout), else the session's /work/shared; tests skip when absent.
SHARED = next(
    (p for p in (Path(__file__).resolve().parents[1].parent / "shared", Path("/work/shared")) if p.is_dir()),
    Path("/work/shared"),
)
SISIMAI = SHARED / "corpus" / "sisimai"


def _mail(data: bytes | str) -> Mail:
    return Mail(load_message(data))


def _one(name: str, data: str) -> Found:
    rows = DETECTORS[name].parse(_mail(data))
    assert rows is not None
    assert len(rows) == 1
    return rows[0]


# -- registry and protocol ------------------------------------------------------------------------------
@pytest.mark.parametrize("name", NAMES)
def test_registered_and_conforms(name: str) -> None:
    assert name in DETECTOR_MODULES
    det = DETECTORS[name]
    assert isinstance(det, Detector)
    assert det.name == name


def test_registered_before_the_generic_formats() -> None:
    # Vendor bodies must be read before the MTA bodies and RFC 3464 that would half-read them.
    order = {n: i for i, n in enumerate(DETECTOR_MODULES)}
    for name in NAMES:
        assert order[name] < order["rfc3464"]
    for early, late in (
        ("v5sendmail", "sendmail"),
        ("mxlogic", "exim"),
        ("einsundeins", "exim"),
        ("x2", "qmail"),
        ("x4", "qmail"),
    ):
        assert order[early] < order[late]


# -- each detector leaves the other formats alone ---------------------------------------------------------
@pytest.mark.parametrize("name", NAMES)
def test_claims_only_its_own_corpus_cases(name: str) -> None:
    own = [p for p in CASES if p.parent.name == name]
    assert own, f"no corpus case for {name}"
    for eml in CASES:
        rows = DETECTORS[name].parse(_mail(eml.read_bytes()))
        if eml.parent.name == name:
            assert rows, eml.name
        else:
            assert rows is None, f"{name} claimed {eml.parent.name}/{eml.name}"


# -- what the detectors extract --------------------------------------------------------------------------
DMA = """From: MAILER-DAEMON <>
Subject: Mail delivery failed

This is the DragonFly Mail Agent v0.13 at mx.example.com.

There was an error delivering your mail to <bob@example.net>.

{error}

Message headers follow.

Subject: hi
"""


def test_dragonfly_remote_rejection_fields() -> None:
    f = _one("dragonfly", DMA.format(error="mx.example.net [198.51.100.5] did not like our final DATA:\n554 5.7.1 No"))
    assert (f.recipient, f.remote_mta, f.remote_ip, f.smtp_command) == (
        "bob@example.net",
        "mx.example.net",
        "198.51.100.5",
        "DATA",
    )
    assert (f.smtp_code, f.status, f.diagnostic, f.reporting_mta) == (554, "5.7.1", "554 5.7.1 No", "mx.example.com")
    assert f.reason is None  # the classifier decides from the reply


def test_dragonfly_expiry_is_fixed_by_the_format() -> None:
    f = _one("dragonfly", DMA.format(error="Could not deliver for the last 432000 seconds. Giving up."))
    assert f.reason is Reason.EXPIRED
    assert f.remote_mta is None


def test_dragonfly_needs_its_banner() -> None:
    # Exim uses the same Subject.
    text = DMA.format(error="x").replace("This is the DragonFly Mail Agent", "This is Exim")
    assert DETECTORS["dragonfly"].parse(_mail(text)) is None


V5 = """From: Mail Delivery Subsystem <MAILER-DAEMON@example.com>
Subject: Returned mail: {subject}

   ----- Transcript of session follows -----
{transcript}

   ----- Unsent message follows -----
From: alice@example.com
To: Grace <grace@example.org>
Subject: hi
"""


def test_v5sendmail_nested_server_code_wins() -> None:
    text = V5.format(subject="Host unknown", transcript="554 <h@example.org>... 550 Host unknown (Authoritative)")
    f = _one("v5sendmail", text)
    assert (f.recipient, f.smtp_code, f.action) == ("h@example.org", 550, "failed")


def test_v5sendmail_reply_and_command_of_the_talking_block() -> None:
    transcript = (
        "While talking to mx.example.org:\n>>> RCPT To:<u@example.org>\n"
        "<<< 550 <u@example.org>... User Unknown\n550 <u@example.org>... User unknown"
    )
    f = _one("v5sendmail", V5.format(subject="User unknown", transcript=transcript))
    assert (f.remote_mta, f.smtp_command, f.smtp_code) == ("mx.example.org", "RCPT", 550)
    assert f.diagnostic == "User unknown: 550 <u@example.org>... User Unknown"


def test_v5sendmail_host_only_line_takes_the_unsent_to() -> None:
    text = V5.format(subject="Cannot send message for 5 days", transcript="421 example.org (smtp)... Deferred")
    f = _one("v5sendmail", text)
    assert (f.recipient, f.smtp_code, f.remote_mta, f.reason) == (
        "grace@example.org",
        421,
        "example.org",
        Reason.EXPIRED,
    )


def test_v5sendmail_leaves_modern_sendmail_dsns_alone() -> None:
    text = V5.format(subject="User unknown", transcript="550 <u@example.org>... User unknown").replace(
        "Subject: Returned mail: User unknown\n",
        'Subject: Returned mail: User unknown\nContent-Type: multipart/report; boundary="b"\n',
    )
    text = text.split("\n\n", 1)[0] + (
        "\n\n--b\nContent-Type: text/plain\n\n   ----- Transcript of session follows -----\n"
        "   ----- Unsent message follows -----\n--b\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.example.com\n\nFinal-Recipient: rfc822; u@example.org\nAction: failed\n"
        "Status: 5.1.1\n--b--\n"
    )
    assert DETECTORS["v5sendmail"].parse(_mail(text)) is None


def test_einsundeins_text_command_is_data() -> None:
    text = (
        "From: Mail Delivery System <mailer-daemon@kundenserver.example.de>\n"
        "Subject: Mail delivery failed: returning message to sender\n\n"
        "A message that you sent could not be delivered. The following address(es)\nfailed:\n\n"
        "u@example.org:\nSMTP error from remote server for TEXT command, host: mx.example.org "
        "(203.0.113.5) reason: 550 5.7.1 spam\n\n--- The header of the original message is following. ---\n"
    )
    f = _one("einsundeins", text)
    assert (f.smtp_command, f.remote_mta, f.remote_ip, f.smtp_code, f.status) == (
        "DATA",
        "mx.example.org",
        "203.0.113.5",
        550,
        "5.7.1",
    )


def test_ezweb_fixed_sentence_sets_reason_and_keeps_reply() -> None:
    text = (
        "From: Postmaster@ezweb.ne.jp\nSubject: Mail System Error - Returned Mail\n\n"
        "The user(s) account is temporarily over quota.\n\n<u@ezweb.ne.jp>: 552 mailbox full\n"
    )
    f = _one("ezweb", text)
    assert (f.reason, f.smtp_code) == (Reason.MAILBOXFULL, 552)
    assert f.diagnostic == "The user(s) account is temporarily over quota. 552 mailbox full"


def test_ezweb_without_fixed_sentence_leaves_reason_to_classifier() -> None:
    text = (
        "From: Postmaster@ezweb.ne.jp\nSubject: Mail System Error - Returned Mail\n\n"
        "Each of the following recipients was rejected by a remote\nmail server.\n\n"
        "    Recipient: <u@ezweb.ne.jp>\n    >>> RCPT TO:<u@ezweb.ne.jp>\n    <<< 550 <u@ezweb.ne.jp>: User unknown\n"
    )
    f = _one("ezweb", text)
    assert (f.reason, f.smtp_command, f.diagnostic) == (None, "RCPT", "550 <u@ezweb.ne.jp>: User unknown")


def test_x1_lists_each_recipient_with_its_bracketed_reason() -> None:
    text = (
        'From: "Mail Deliver System" <MAILER-DAEMON@example.net>\nSubject: Returned Mail: User unknown\n\n'
        "---The following addresses had delivery errors---\n\na@example.org [User unknown]\n"
        "b@example.org [Mailbox full]\n\nsomething else\n"
    )
    rows = DETECTORS["x1"].parse(_mail(text))
    assert rows is not None
    assert [(r.recipient, r.diagnostic) for r in rows] == [
        ("a@example.org", "User unknown"),
        ("b@example.org", "Mailbox full"),
    ]


def test_trendmicro_without_transcript_is_userunknown() -> None:
    text = (
        'From: postmaster@example.net ("InterScan Notification")\nSubject: Mail could not be delivered\n\n'
        "Unable to deliver message to <u@example.net> (and other recipients in the same domain).\n"
    )
    assert _one("trendmicro", text).reason is Reason.USERUNKNOWN


def test_fml_names_the_list_and_fixes_the_reason() -> None:
    text = (
        "From: staff-admin@example.org\nX-MLServer: fml [fml 4.0.3]\n"
        "Subject: You a@example.com are not member (staff ML)\n\n"
        "You are not a member of this mailing list <staff@example.org>.\n"
    )
    f = _one("fml", text)
    assert (f.recipient, f.reason) == ("staff@example.org", Reason.REJECTED)


# -- helpers ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("550 5.1.1 <u@example.org>: User unknown", (550, "5.1.1")),
        ("550-5.7.1 Service unavailable", (550, "5.7.1")),
        ("552 sorry, mailbox over quota (#5.2.2)", (552, "5.2.2")),
        ("Sorry, no SMTP connection. (#4.4.1)", (None, "4.4.1")),
        ("host 192.0.2.250 said nothing", (None, None)),  # digits of an address are not a reply
        ("DNS lookup failure", (None, None)),
    ],
)
def test_reply_code_status(text: str, expected: tuple[int | None, str | None]) -> None:
    assert reply_code_status(text) == expected


def test_first_address_and_split_and_header() -> None:
    assert first_address("Recipient: <u.ser+tag@example.org>.") == "u.ser+tag@example.org"
    assert first_address("a line without one") is None
    assert first_address("x" * 50_000) is None  # long runs without "@" are one linear pass
    assert split_at("a\n--- Original message follows.\nTo: b\n", ("--- Original",)) == ("a\n", "To: b\n")
    assert header_in("\nFrom: a\nTo: b@example.org\n\nTo: body", "to") == "b@example.org"


# -- robustness ------------------------------------------------------------------------------------------
@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=2000))
def test_detectors_never_raise_on_garbage(data: bytes) -> None:
    # Put a trigger Subject/From in front so the detectors get past their cheap rejection.
    for head in (b"Subject: Mail delivery failed\n", b"From: Postmaster@ezweb.ne.jp\nSubject: failure notice\n"):
        mail = _mail(head + data)
        for det in DETECTORS.values():
            rows = det.parse(mail)
            assert rows is None or all(isinstance(r, Found) and r.recipient for r in rows)


# -- the Sisimai sample emails of these formats (developer tree only) ------------------------------------
def _sisimai_rows() -> list[dict[str, object]]:
    labels = SISIMAI / "labels.jsonl"
    if not labels.exists():
        return []
    mine = {f"lhost-{n}" for n in NAMES} | {"lhost-interscanmss"}
    rows = [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines()]
    return [r for r in rows if r["mta"] in mine]


def test_sisimai_samples_all_recipients_found() -> None:
    rows = _sisimai_rows()
    if not rows:
        pytest.skip("Sisimai corpus not present")
    missed = []
    for row in rows:
        # Through the whole pipeline: amavis steps aside for its standard DSN part (rfc3464 reads it).
        report = parse_message(SISIMAI / "emails" / str(row["id"]))
        got = {(e.recipient or "").lower() for e in report.recipients}
        for lab in row["recipients"]:  # type: ignore[attr-defined]
            if lab["address"] and lab["address"].lower() not in got:
                missed.append((row["id"], lab["address"]))
            if lab["address"] is None and not got:
                missed.append((row["id"], None))
    assert not missed


def test_trendmicro_japanese_variant_arrows_reversed() -> None:
    subject = "=?ISO-2022-JP?B?" + base64.b64encode("メール配信に失敗しました".encode("iso-2022-jp")).decode() + "?="
    text = (
        f"From: postmaster@example.net\nSubject: {subject}\nContent-Type: text/plain; charset=utf-8\n\n"
        "送信に失敗しました。\n  >>> RCPT TO:<u@example.net>\n  <<< 550 5.1.1 <u@example.net>... User unknown\n"
    )
    f = _one("trendmicro", text)
    assert (f.recipient, f.smtp_command, f.smtp_code, f.status) == ("u@example.net", "RCPT", 550, "5.1.1")


def test_mxlogic_exim_layout_with_reply_below_the_address() -> None:
    text = (
        "From: Mail Delivery System <MAILER-DAEMON@relay.example.net>\nX-MX-Bounce: mta/src/queue/bounce\n"
        "Subject: Mail delivery failed\n\nThis message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent "
        "error. The following address(es) failed:\n\n  u@example.jp\n"
        "    SMTP error from remote mail server after RCPT TO:<u@example.jp>:\n"
        "    host mx.example.jp [192.0.2.222]: 550 5.1.1 <u@example.jp>... User Unknown\n\n"
        "Included is a copy of the message header:\n"
    )
    f = _one("mxlogic", text)
    assert (f.recipient, f.smtp_command, f.remote_mta, f.remote_ip, f.smtp_code, f.status) == (
        "u@example.jp",
        "RCPT",
        "mx.example.jp",
        "192.0.2.222",
        550,
        "5.1.1",
    )


def test_fml_body_phrase_wins_over_subject() -> None:
    text = (
        "From: staff-admin@example.org\nX-MLServer: fml [fml 4.0.3]\nSubject: fml system error message\n\n"
        "Duplicated Message-ID in <staff@example.org>. Original mail as follows:\n\nFrom: a@example.com\n"
    )
    f = _one("fml", text)
    assert (f.recipient, f.reason) == ("staff@example.org", Reason.SYSTEMERROR)
    assert DETECTORS["fml"].parse(_mail(text.replace("X-MLServer: fml [fml 4.0.3]\n", ""))) is None


@pytest.mark.parametrize(
    ("declared", "codec"),
    [
        ("Shift_JIS", "cp932"),  # with the NEC extension character below, strict shift_jis fails
        ("x-sjis", "cp932"),  # a label Python does not know
        ("ISO-2022-JP", "euc-jp"),  # EZweb: EUC-JP bytes under an ISO-2022-JP label
        ("EUC-JP", "cp932"),  # and the other way round
    ],
)
def test_japanese_bodies_decode_whatever_the_label(declared: str, codec: str) -> None:
    text = "①送信できませんでした\nThe user(s) account is disabled.\n" if codec == "cp932" else "送信できませんでした\n"
    raw = (
        f"From: Postmaster@ezweb.ne.jp\nSubject: x\nContent-Type: text/plain; charset={declared}\n"
        "Content-Transfer-Encoding: 8bit\n\n"
    ).encode() + text.encode(codec)
    assert _mail(raw).body == text
