"""The provider/vendor detectors of helper "vendors A", run directly on the corpus cases.

Each case under ``corpus/dsn/<detector>/`` is parsed by every one of these detectors: its own
must return exactly the rows below (recipient, action, status, SMTP command, remote host, the
reason where the format fixes it, and a piece of the diagnostic), and all the others must
decline it.  The corpus sidecars check the whole pipeline; these tests pin what each detector
extracts, so a broken detector is named directly.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bouncelib import parse_message
from bouncelib._dsn.base import Detector, Found, Mail
from bouncelib._dsn.mime import load_message
from bouncelib._dsn.registry import DETECTORS as ALL_DETECTORS
from bouncelib.models import Reason

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "dsn"
# ../shared beside the checkout (CI's layout), else the session's /work/shared; tests skip when absent.
SHARED = next(
    (p for p in (Path(__file__).resolve().parents[1].parent / "shared", Path("/work/shared")) if p.is_dir()),
    Path("/work/shared"),
)
SISIMAI = SHARED / "corpus" / "sisimai"
MODULES = (
    "googlegroups",
    "gmail",
    "exchange2007",
    "exchange2003",
    "yahoo",
    "amazonsns",
    "amazonses",
    "amazonworkmail",
    "domino",
    "notes",
    "messagingserver",
    "gmx",
    "mailru",
    "yandex",
    "zoho",
    "verizon",
    "facebook",
    "sendgrid",
)
DETECTOR_MODULES = tuple(d.name for d in ALL_DETECTORS)
DETECTORS: dict[str, Detector] = {d.name: d for d in ALL_DETECTORS if d.name in MODULES}

# case -> rows: (recipient, action, status, smtp_command, remote_mta, reason, diagnostic piece)
Row = tuple[str, str | None, str | None, str | None, str | None, Reason | None, str]
EXPECTED: dict[str, list[Row]] = {
    "gmail/old-permanent-user-unknown": [
        ("bob@example.org", "failed", None, "RCPT", "mx1.example.org", None, "550 5.1.1 <bob@example.org>"),
    ],
    "gmail/old-delayed-connect": [
        ("carol@mail.example.net", "delayed", None, None, None, None, "did not accept our requests to connect"),
    ],
    "gmail/new-address-not-found": [
        ("dave@example.org", "failed", "5.0.0", None, None, None, "because the address couldn't be found"),
    ],
    "gmail/workspace-send-as-no-dsn": [
        ("uwe@example.net", "failed", None, None, None, None, "Unspecified Error (SENT_SECOND_EHLO): Smtp server"),
    ],
    "googlegroups/no-permission": [
        ("team-announce@googlegroups.com", "failed", "5.0.0", None, None, Reason.REJECTED, "(team-announce) may not"),
    ],
    "exchange2007/office365-recipient-not-found": [
        ("grace@example.com", "failed", "5.1.10", None, None, None, "RESOLVER.ADR.RecipientNotFound"),
    ],
    "exchange2007/exchange2010-mailbox-full": [
        ("ivan@corp.example.com", "failed", "5.2.2", None, None, None, "#550 5.2.2 STOREDRV.Deliver: mailbox full"),
    ],
    "exchange2007/office365-new-body-blocked": [
        ("mallory@example.net", "failed", "5.7.1", None, "mx.example.net", None, "forward this message to delist@"),
    ],
    "exchange2007/exchange2013-two-recipients-no-dsn": [
        ("wanda@ex.example.com", "failed", "5.1.1", None, None, None, "#550 5.1.1 RESOLVER.ADR.RecipNotFound"),
        ("xavier@partner.example.net", "failed", "5.3.4", None, "mx.partner.example.net", None, "'552 5.3.4 Message"),
    ],
    "exchange2007/french-recipnotfound": [
        ("accueil@mairie.example.fr", "failed", "5.1.1", None, None, None, "Remote Server returned '550 5.1.1"),
    ],
    "exchange2003/unknown-recipients": [
        ("leo@example.com", "failed", None, None, None, Reason.USERUNKNOWN, "(000C05A6) Unknown Recipient"),
        ("mia@example.com", "failed", None, None, None, Reason.USERUNKNOWN, "The recipient name is not recognized"),
    ],
    "exchange2003/exchange55-smtp-display-name": [
        ("gina@example.net", "failed", "5.1.1", None, None, None, "The e-mail account does not exist"),
    ],
    "yahoo/user-unknown-rcpt": [
        ("oscar@example.org", "failed", None, "RCPT", None, None, "550 5.1.1 <oscar@example.org>... User Unknown"),
    ],
    "yahoo/aol-two-recipients": [
        ("quentin@example.net", "failed", None, "RCPT", None, None, "552 5.2.2"),
        ("rupert@example.net", "failed", None, "DATA", None, None, "rejected as spam"),
    ],
    "amazonsns/sns-bounce-permanent": [
        ("sybil@example.org", "failed", "5.1.1", None, None, None, "550 5.1.1 <sybil@example.org>"),
    ],
    "amazonsns/sns-envelope-complaint": [
        ("trent@example.net", None, None, None, None, Reason.FEEDBACK, "complaint (abuse)"),
    ],
    "amazonsns/sns-delivery": [
        ("uma@example.org", "delivered", "2.6.0", None, None, Reason.DELIVERED, "250 2.6.0 Message received"),
    ],
    "amazonses/old-body-unknown-user": [
        ("joel@example.org", "failed", "5.1.0", None, None, None, "5.1.0 - Unknown address error 550-"),
    ],
    "amazonworkmail/mailbox-full": [
        ("walter@example.org", "failed", "5.2.2", None, None, None, "Mailbox quota exceeded"),
    ],
    "domino/not-listed": [
        ("yolanda@example.com", "failed", None, None, None, Reason.USERUNKNOWN, "not listed in Domino Directory"),
    ],
    "domino/two-recipients-routing": [
        ("celia@example.com", "failed", None, None, None, Reason.FILTERED, "Cannot route mail to user"),
        ("dario@example.com", "failed", None, None, None, Reason.USERUNKNOWN, "not listed in Domino Directory"),
    ],
    "domino/routing-loop-dsn": [
        ("aaron@example.edu", "failed", "5.0.0", None, "relay2.example.edu", None, "Maximum hop count exceeded"),
    ],
    "notes/failure-reasons": [
        (
            "carl@example.com",
            "failed",
            None,
            None,
            None,
            Reason.USERUNKNOWN,
            "User not listed in public Name & Address Book",
        ),
    ],
    "notes/no-address-hop-count": [
        ("dennis@example.com", "failed", None, None, None, Reason.NETWORKERROR, "maximum hop count"),
    ],
    "messagingserver/over-quota-original-address": [
        ("eddie@example.net", "failed", "5.2.2", None, "store1.example.net", None, "552 5.2.2 Delivery failed"),
    ],
    "gmx/mailbox-full-rcpt": [
        ("george@example.org", "failed", None, "RCPT", "mx.example.org", None, "552 5.2.2 <george@example.org>"),
    ],
    "gmx/retry-timeout": [
        ("hannah@unreachable.example.com", "failed", None, None, None, None, "delivery retry timeout exceeded"),
    ],
    "mailru/user-unknown-rcpt": [
        ("jack@example.org", "failed", None, "RCPT", "mx.example.org", None, "550 5.1.1 <jack@example.org>"),
    ],
    "yandex/mailbox-full-rcpt": [
        ("lena@example.org", "failed", "5.2.2", "RCPT", "mx.example.org", None, "Mailbox quota exceeded"),
    ],
    "zoho/invalid-address": [
        ("nora@example.org", "failed", None, None, None, None, "Invalid Address, ERROR_CODE :550"),
    ],
    "zoho/expired-host-not-reachable": [
        ("olga@unreachable.example.net", "failed", None, None, None, None, "ResponseCode 421, , Host not reachable."),
    ],
    "verizon/no-valid-recipients": [
        ("2025550143@vzwpix.com", "failed", None, None, None, None, "No valid recipients for this MM"),
    ],
    "verizon/vtext-no-such-user": [
        ("2025550188@vtext.com", "failed", None, None, None, None, "550 - Requested action not taken: no such user"),
    ],
    "facebook/recipient-preferences": [
        ("quinn.example@facebook.com", "failed", "5.1.1", None, None, None, "RCP-P2"),
    ],
    "sendgrid/user-unknown-two-lines": [
        ("simon@example.org", "failed", "5.1.1", "RCPT", "mx.example.org", None, "550 5.1.1 <simon@example.org>"),
    ],
    "sendgrid/expired-connect": [
        ("sam@unreachable.example.org", "failed", None, "CONNECT", None, Reason.EXPIRED, "Connection timed out"),
    ],
}


def _mail(data: bytes) -> Mail:
    return Mail(load_message(data))


def _case(name: str) -> bytes:
    return (CORPUS / f"{name}.eml").read_bytes()


def _row(found: Found) -> Row:
    return (
        found.recipient,
        found.action,
        found.status,
        found.smtp_command,
        found.remote_mta,
        found.reason,
        found.diagnostic,
    )


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_detector_extracts_case(case: str) -> None:
    detector = DETECTORS[case.split("/", 1)[0]]
    rows = detector.parse(_mail(_case(case)))
    assert rows is not None
    got = [_row(f) for f in rows]
    expected = EXPECTED[case]
    assert [g[:6] for g in got] == [e[:6] for e in expected]
    for g, e in zip(got, expected, strict=True):
        assert e[6] in g[6], f"{e[6]!r} not in diagnostic {g[6]!r}"


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_other_detectors_decline_case(case: str) -> None:
    """The formats do not overlap: only the case's own detector claims it."""
    own = case.split("/", 1)[0]
    data = _case(case)
    claimed = [name for name, det in DETECTORS.items() if name != own and det.parse(_mail(data))]
    assert claimed == []


def test_every_case_file_has_expectations() -> None:
    files = {f"{p.parent.name}/{p.stem}" for p in CORPUS.glob("*/*.eml") if p.parent.name in DETECTORS}
    assert files == set(EXPECTED)
    assert len(files) >= 18


def test_registered_in_order() -> None:
    """Each module is registered once, before the generic standard readers."""
    for name in MODULES:
        assert DETECTOR_MODULES.count(name) == 1
        assert DETECTOR_MODULES.index(name) < DETECTOR_MODULES.index("rfc3464")
    # Google Groups letters come from Gmail's daemon too: the groups detector must see them first.
    assert DETECTOR_MODULES.index("googlegroups") < DETECTOR_MODULES.index("gmail")
    # GMX and 1&1 share the end marker; gmx is gated on its brands and must run first.
    assert DETECTOR_MODULES.index("gmx") < DETECTOR_MODULES.index("einsundeins")


@pytest.mark.parametrize("name", MODULES)
def test_conforms_and_declines_ordinary_mail(name: str) -> None:
    detector = DETECTORS[name]
    assert isinstance(detector, Detector)
    assert detector.name == name
    plain = b"From: a@example.org\nTo: b@example.com\nSubject: hello\n\nDelivery has failed? No, just hello.\n"
    assert detector.parse(_mail(plain)) is None


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_truncated_and_mangled_input_never_raises(case: str) -> None:
    data = _case(case)
    for cut in range(0, len(data), max(1, len(data) // 23)):
        for name, det in DETECTORS.items():
            rows = det.parse(_mail(data[:cut]))
            assert rows is None or all(isinstance(r, Found) for r in rows), name
    mangled = data.replace(b"\n", b"\n\x00\xff ", 40)
    for det in DETECTORS.values():
        det.parse(_mail(mangled))


def test_line_endings_do_not_matter() -> None:
    for case in EXPECTED:
        data = _case(case)
        base = [_row(f) for f in DETECTORS[case.split("/")[0]].parse(_mail(data)) or []]
        for nl in (b"\r\n", b"\r"):
            other = DETECTORS[case.split("/")[0]].parse(_mail(data.replace(b"\n", nl)))
            assert [_row(f) for f in other or []] == base, (case, nl)


def test_ses_json_folding_and_garbage() -> None:
    """SNS folds long lines as "!" + newline + space; junk JSON is declined, not raised on."""
    head = b"From: AWS Notifications <no-reply@sns.amazonaws.com>\nSubject: AWS Notification Message\n\n"
    body = json.dumps(
        {
            "notificationType": "Bounce",
            "bounce": {
                "bounceType": "Transient",
                "bouncedRecipients": [{"emailAddress": "x@example.org", "diagnosticCode": "smtp; 452 4.2.2 full"}],
            },
        }
    ).encode()
    folded = body[:60] + b"!\n " + body[60:]
    rows = DETECTORS["amazonsns"].parse(_mail(head + folded))
    assert rows is not None
    assert [(r.recipient, r.action, r.diagnostic) for r in rows] == [("x@example.org", "delayed", "452 4.2.2 full")]
    for junk in (b"{", b'{"Message": 3}', b"[1, 2]", b"{" * 5000, b'{"notificationType": "Bounce"}'):
        assert DETECTORS["amazonsns"].parse(_mail(head + junk)) is None


def _sisimai_labels() -> list[dict[str, Any]]:
    path = SISIMAI / "labels.jsonl"
    if not path.exists():
        pytest.skip("the Sisimai reference corpus is not present")
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


# Sisimai module label -> our detector, for the files these detectors are meant to read.
SISIMAI_MODULES = {
    "lhost-gmail": "gmail",
    "lhost-googlegroups": "googlegroups",
    "lhost-exchange2003": "exchange2003",
    "lhost-exchange2007": "exchange2007",
    "lhost-office365": "exchange2007",
    "lhost-yahoo": "yahoo",
    "lhost-amazonworkmail": "amazonworkmail",
    "lhost-domino": "domino",
    "lhost-notes": "notes",
    "lhost-messagingserver": "messagingserver",
    "lhost-gmx": "gmx",
    "lhost-mailru": "mailru",
    "lhost-yandex": "yandex",
    "lhost-zoho": "zoho",
    "lhost-verizon": "verizon",
    "lhost-facebook": "facebook",
    "lhost-sendgrid": "sendgrid",
    "rhost-gsuite": "gmail",
}


# The label of this (hand-edited) sample takes the address of the body's "<mailto:>" link, which
# differs from the address that the delivery-status part and the diagnostic section both name.
KNOWN_MISSES = {("maildir/bsd/lhost-office365-04.eml", "otsu-sakaba-hunter-nyaaaaaaan@ezweb.ne.jp")}


def test_sisimai_recipients_found() -> None:
    """Every labelled recipient of these formats' Sisimai samples is found, by these detectors.

    Run through `parse_message` so that the registry order is part of what is tested; a sample
    whose text part is empty (only the report part) may fall to the rfc3464 detector.
    """
    missing = []
    for label in _sisimai_labels():
        name = SISIMAI_MODULES.get(label["mta"])
        if name is None:
            continue
        report = parse_message((SISIMAI / "emails" / label["id"]).read_bytes())
        assert report.detector in (name, "rfc3464"), label["id"]
        found = {(e.recipient or "").lower() for e in report.recipients}
        missing += [(label["id"], r["address"]) for r in label["recipients"] if r["address"].lower() not in found]
    assert set(missing) == KNOWN_MISSES


def test_gmail_drops_its_doubled_reply_code() -> None:
    """Old Gmail bodies repeat the reply code ("550 550 5.1.1 ..."); the diagnostic keeps one."""
    rows = DETECTORS["gmail"].parse(_mail(_case("gmail/old-permanent-user-unknown")))
    assert rows is not None
    assert rows[0].diagnostic.startswith("550 5.1.1 <bob@example.org>: Recipient address rejected")


def test_messagingserver_status_fields_in_the_text() -> None:
    """Without a delivery-status part, the status fields pasted into the text still give the Status."""
    raw = _case("messagingserver/over-quota-original-address").decode()
    body = raw.split("\n\n", 1)[1]
    text = "\n".join(ln for ln in body.split("\n") if not ln.startswith(("--Boundary_", "Content-")))
    msg = "From: postmaster@mail.example.net\nSubject: Delivery Notification: Delivery has failed\n\n" + text
    rows = DETECTORS["messagingserver"].parse(_mail(msg.encode()))
    assert rows is not None
    assert [(r.recipient, r.status) for r in rows] == [("eddie@example.net", "5.2.2")]


def test_mailru_falls_back_to_x_failed_recipients() -> None:
    """When Exim's list names only a local part, the X-Failed-Recipients header gives the address."""
    raw = _case("mailru/user-unknown-rcpt").replace(b"  jack@example.org\n    SMTP", b"  jack\n    SMTP")
    rows = DETECTORS["mailru"].parse(_mail(raw))
    assert rows is not None
    assert [(r.recipient, r.smtp_command, r.remote_mta) for r in rows] == [
        ("jack@example.org", "RCPT", "mx.example.org")
    ]


def test_exchange_section_ends_at_unknown_heading() -> None:
    """An NDR in a language whose headings we do not list still keeps the returned headers out."""
    raw = _case("exchange2007/office365-recipient-not-found").replace(
        b"Original message headers:", b"Intestazioni sconosciute:"
    )
    rows = DETECTORS["exchange2007"].parse(_mail(raw))
    assert rows is not None
    assert rows[0].diagnostic.endswith("not found by SMTP address lookup'")


def test_bad_encoded_words_and_charset_names_do_not_raise() -> None:
    """Found by mutating these cases: a broken base64 encoded-word in Subject, a NUL in a charset
    name and a non-ASCII Date in the returned message used to raise out of parse_message."""
    raw = _case("yahoo/user-unknown-rcpt")
    broken = [
        raw.replace(b"Subject: Failure Notice", b"Subject: =?utf-8?B?QUJDRE?= Failure Notice"),
        raw.replace(b"Content-Type: text/plain; charset=us-ascii", b'Content-Type: text/plain; charset="us\x00ascii"'),
        raw.replace(b"Date: Sat, 6 Dec 2014 13:42:30 +0000 (UTC)", b"Date: Sat, 6 D\xe9c 2014 13:42:30 +0000"),
    ]
    for data in broken:
        report = parse_message(data)
        assert [e.recipient for e in report.recipients] == ["oscar@example.org"]
