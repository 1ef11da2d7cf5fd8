"""Every bounce-format detector, run directly on the corpus cases (flufl.bounce's ``test_detectors.py``).

One table, `EXPECTED`, keyed by corpus case (``"<format>/<case>"`` for ``corpus/dsn/<format>/<case>.eml``),
gives the rows the case's own detector must return: recipient, action, status, SMTP command, remote
host, the reason where the format fixes it, and a piece of the diagnostic. Every other detector must
leave the case alone (return None), but for the generic readers that read any bounce by design and the
few overlaps `ALSO_READ_BY` lists, which the registry order resolves. The corpus sidecars check the
whole pipeline (tests/test_corpus_dsn.py); these tests pin what each detector extracts, so a broken
detector is named directly.

Then: every registered detector conforms to the `Detector` protocol and is its module's ``DETECTOR``;
the registry order; no detector raises on truncated, mangled or random input; every labelled recipient
of these formats' samples in the shared Sisimai corpus is found; and what single detectors do with
variants the corpus does not hold.
"""

from __future__ import annotations

import base64
import importlib
import json
import pkgutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bouncelib._dsn.formats
from bouncelib import parse_message
from bouncelib._dsn.base import Detector, Found, Mail
from bouncelib._dsn.formats._bodyscan import first_address, header_in, reply_code_status, split_at
from bouncelib._dsn.mime import load_message
from bouncelib._dsn.registry import DETECTORS, detectors
from bouncelib.models import Reason

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "dsn"
CASES = sorted(f"{p.parent.name}/{p.stem}" for p in CORPUS.glob("*/*.eml"))
NAMES = tuple(d.name for d in DETECTORS)
BY_NAME: dict[str, Detector] = {d.name: d for d in DETECTORS}

# The registry's sections (bouncelib/_dsn/registry.py): arf first, then the vendor formats, then the
# MTA bodies, then the generic standard and the heuristics.
MTA_BODIES = ("postfix", "courier", "opensmtpd", "exim", "qmail", "sendmail")
LAST = ("rfc3464", "general", "rfc3834", "fallback")
# Readers of any bounce by design: any message/delivery-status part (rfc3464), any bounce notice's prose
# (the general reader), any bounce-looking mail (flufl.bounce's scan). They run last, so they only see
# what nobody else read.
GENERIC_READERS = frozenset({"rfc3464", "fallback", "general"})
# Format -> the other detectors that also read its cases; the format's own detector runs first.
ALSO_READ_BY: dict[str, tuple[str, ...]] = {
    "mailru": ("exim",),  # mail.ru's bilingual Exim body
    "mxlogic": ("exim",),  # Exim text; the relay's Received says mxl_mta
    "sendgrid": ("postfix",),  # Postfix's Subject and a DSN part
}

# case -> rows: (recipient, action, status, smtp_command, remote_mta, reason, diagnostic piece)
Row = tuple[str, str | None, str | None, str | None, str | None, Reason | None, str]
EXPECTED: dict[str, list[Row]] = {
    "activehunter/user-unknown": [
        ("mallory@example.org", "failed", "5.1.1", None, None, None, "550 5.1.1 <mallory@example.org>: Recipient"),
    ],
    "amavis/flattened-not-relayed": [
        ("nina@example.co.jp", "failed", "5.1.1", None, None, None, "id=31337-02, from MTA([127.0.0.1]:10025)"),
    ],
    "amazonses/old-body-unknown-user": [
        ("joel@example.org", "failed", "5.1.0", None, None, None, "5.1.0 - Unknown address error 550-"),
    ],
    "amazonsns/sns-bounce-permanent": [
        ("sybil@example.org", "failed", "5.1.1", None, None, None, "550 5.1.1 <sybil@example.org>"),
    ],
    "amazonsns/sns-delivery": [
        ("uma@example.org", "delivered", "2.6.0", None, None, Reason.DELIVERED, "250 2.6.0 Message received"),
    ],
    "amazonsns/sns-envelope-complaint": [
        ("trent@example.net", None, None, None, None, Reason.FEEDBACK, "complaint (abuse)"),
    ],
    "amazonworkmail/mailbox-full": [
        ("walter@example.org", "failed", "5.2.2", None, None, None, "Mailbox quota exceeded"),
    ],
    "apachejames/no-such-user": [
        ("ivy@example.org", "failed", None, None, None, None, "550 - Requested action not taken: no such user here"),
    ],
    "arf/abuse-with-rcpt": [
        ("victoria@isp.example.net", None, None, None, None, Reason.FEEDBACK, "This is an email abuse report"),
    ],
    "arf/hotmail-jmrp-complaint": [
        ("dora@outlook.example", None, None, None, None, Reason.FEEDBACK, "This is an email abuse report"),
    ],
    "arf/opt-out-redacted": [
        ("", None, None, None, None, Reason.FEEDBACK, "This is an opt-out report"),
    ],
    "arf/redacted-address": [
        ("carla@isp.example.net", None, None, None, None, Reason.FEEDBACK, "This is an email abuse report"),
    ],
    "biglobe/mailbox-over-limit": [
        (
            "saturated.user@biglobe.ne.jp",
            "failed",
            None,
            None,
            None,
            Reason.MAILBOXFULL,
            "The number of messages in recipient's mailbox exceeded",
        ),
    ],
    "courier/data-rejected": [
        ("isaac@example.net", "failed", "5.0.0", "DATA", "mx.example.net", None, "554 5.7.1 Message rejected"),
    ],
    "courier/user-unknown": [
        ("kate@example.com", "failed", "5.0.0", "RCPT", "mail.example.com", None, "550 5.1.1 <kate@example.com>"),
    ],
    "domino/not-listed": [
        ("yolanda@example.com", "failed", None, None, None, Reason.USERUNKNOWN, "not listed in Domino Directory"),
    ],
    "domino/routing-loop-dsn": [
        ("aaron@example.edu", "failed", "5.0.0", None, "relay2.example.edu", None, "Maximum hop count exceeded"),
    ],
    "domino/two-recipients-routing": [
        ("celia@example.com", "failed", None, None, None, Reason.FILTERED, "Cannot route mail to user"),
        ("dario@example.com", "failed", None, None, None, Reason.USERUNKNOWN, "not listed in Domino Directory"),
    ],
    "dragonfly/data-rejected": [
        ("erin@example.net", "failed", "5.7.1", "DATA", "mx1.example.net", None, "554 5.7.1 Message rejected as spam"),
    ],
    "dragonfly/dns-failure": [
        (
            "carol@nonexistent.example.org",
            "failed",
            None,
            None,
            None,
            Reason.HOSTUNKNOWN,
            "DNS lookup failure: host nonexistent.example.org not found",
        ),
    ],
    "dragonfly/expired-crlf": [
        ("dave@example.net", "failed", None, None, None, Reason.EXPIRED, "Could not deliver for the last 432000 s"),
    ],
    "dragonfly/rcpt-mailbox-full": [
        ("bob@example.net", "failed", "4.2.2", "RCPT", "mx1.example.net", None, "Recipient address rejected: Mailbox"),
    ],
    "einsundeins/remote-data-rejected": [
        ("ben@example.org", "failed", "5.7.1", "DATA", "mx.example.org", None, "error from remote server for TEXT"),
    ],
    "einsundeins/size-limit": [
        ("amy@example.org", "failed", None, None, None, None, "Mail size limit exceeded"),
    ],
    "exchange2003/exchange55-smtp-display-name": [
        ("gina@example.net", "failed", "5.1.1", None, None, None, "The e-mail account does not exist"),
    ],
    "exchange2003/unknown-recipients": [
        # The IMS code's meaning is the classifier's (exchange-ims code family), not the detector's.
        ("leo@example.com", "failed", None, None, None, None, "(000C05A6) Unknown Recipient"),
        ("mia@example.com", "failed", None, None, None, None, "The recipient name is not recognized"),
    ],
    "exchange2007/exchange2010-mailbox-full": [
        ("ivan@corp.example.com", "failed", "5.2.2", None, None, None, "#550 5.2.2 STOREDRV.Deliver: mailbox full"),
    ],
    "exchange2007/exchange2013-two-recipients-no-dsn": [
        ("wanda@ex.example.com", "failed", "5.1.1", None, None, None, "#550 5.1.1 RESOLVER.ADR.RecipNotFound"),
        ("xavier@partner.example.net", "failed", "5.3.4", None, "mx.partner.example.net", None, "'552 5.3.4 Message"),
    ],
    "exchange2007/french-recipnotfound": [
        ("accueil@mairie.example.fr", "failed", "5.1.1", None, None, None, "Remote Server returned '550 5.1.1"),
    ],
    "exchange2007/office365-new-body-blocked": [
        ("mallory@example.net", "failed", "5.7.1", None, "mx.example.net", None, "forward this message to delist@"),
    ],
    "exchange2007/office365-recipient-not-found": [
        ("grace@example.com", "failed", "5.1.10", None, None, None, "RESOLVER.ADR.RecipientNotFound"),
    ],
    "exim/delay-warning": [
        ("zoe@example.org", "delayed", None, "RCPT", "mx.example.org", None, "after RCPT TO:<zoe@example.org>"),
    ],
    "exim/rcpt-rejected": [
        ("uma@example.org", None, None, "RCPT", "mx1.example.org", None, "after RCPT TO:<uma@example.org>"),
    ],
    "exim/retry-timeout": [
        ("xavier@example.net", None, None, None, None, None, "retry timeout exceeded"),
    ],
    "exim/unrouteable": [
        ("victor@no-such-domain.example", None, None, None, None, None, "Unrouteable address"),
    ],
    "ezweb/account-disabled-dsn": [
        ("suspended.user@ezweb.ne.jp", "failed", "5.0.0", None, None, Reason.SUSPEND, "account is disabled"),
    ],
    "ezweb/au-com-over-quota": [
        ("quota.user@au.com", "failed", None, None, None, Reason.MAILBOXFULL, "account is temporarily over quota"),
    ],
    "ezweb/rejected-by-remote": [
        ("no.such.user@ezweb.ne.jp", "failed", None, "RCPT", None, None, "<no.such.user@ezweb.ne.jp>: User unknown"),
    ],
    "facebook/recipient-preferences": [
        ("quinn.example@facebook.com", "failed", "5.1.1", None, None, None, "RCP-P2"),
    ],
    "fallback/smail-failed-addresses": [
        ("betty@example.net", None, None, None, None, None, "Failed addresses follow:"),
    ],
    "fml/not-member": [
        ("staff@example.org", "failed", None, None, None, Reason.REJECTED, "You are not a member of this mailing list"),
    ],
    "gmail/new-address-not-found": [
        ("dave@example.org", "failed", "5.0.0", None, None, None, "because the address couldn't be found"),
    ],
    "gmail/old-delayed-connect": [
        ("carol@mail.example.net", "delayed", None, None, None, None, "did not accept our requests to connect"),
    ],
    "gmail/old-permanent-user-unknown": [
        ("bob@example.org", "failed", None, "RCPT", "mx1.example.org", None, "550 5.1.1 <bob@example.org>"),
    ],
    "gmail/workspace-send-as-no-dsn": [
        ("uwe@example.net", "failed", None, None, None, None, "Unspecified Error (SENT_SECOND_EHLO): Smtp server"),
    ],
    "gmx/mailbox-full-rcpt": [
        ("george@example.org", "failed", None, "RCPT", "mx.example.org", None, "552 5.2.2 <george@example.org>"),
    ],
    "gmx/retry-timeout": [
        ("hannah@unreachable.example.com", "failed", None, None, None, None, "delivery retry timeout exceeded"),
    ],
    "googlegroups/no-permission": [
        ("team-announce@googlegroups.com", "failed", "5.0.0", None, None, Reason.REJECTED, "(team-announce) may not"),
    ],
    "general/unknown-gateway-notice": [
        ("frida@example.org", "failed", None, None, None, None, "550 5.1.1 Mailbox does not exist"),
    ],
    "imailserver/delivery-failed-attempts": [
        ("sybil@example.org", "failed", None, None, None, Reason.EXPIRED, "Delivery failed 20 attempts"),
    ],
    "imailserver/mailbox-exceeds-size": [
        ("rupert@example.org", "failed", None, None, None, Reason.MAILBOXFULL, "User mailbox exceeds allowed size"),
    ],
    "kddi/mailbox-full": [
        ("full.box@example.dion.ne.jp", "failed", None, None, None, Reason.MAILBOXFULL, "As their mailbox is full."),
    ],
    "kddi/remote-domain-missing": [
        ("mia@nonexistent.example", "failed", None, None, None, Reason.HOSTUNKNOWN, "the remote domain doesnt exist"),
    ],
    "mailfoundry/remote-over-quota": [
        ("trent@example.org", "failed", "5.2.2", None, "mail.example.org", None, "mailbox trent@example.org is over"),
    ],
    "mailmarshal/two-recipients": [
        ("victor@example.net", "failed", "5.1.1", None, "198.51.100.7", None, "550 5.1.1 User unknown"),
        ("walter@example.net", "failed", "5.1.1", None, "198.51.100.7", None, "550 5.1.1 User unknown"),
    ],
    "mailru/user-unknown-rcpt": [
        ("jack@example.org", "failed", None, "RCPT", "mx.example.org", None, "550 5.1.1 <jack@example.org>"),
    ],
    "mcafee/user-unknown": [
        ("jack@example.org", "failed", "5.1.1", None, "203.0.113.89", None, "550 5.1.1 <jack@example.org>... User"),
    ],
    "messagelabs/relay-auth-multiline": [
        ("gina@example.org", "failed", "5.0.0", None, None, None, "550-Please turn on SMTP Authentication"),
    ],
    "messagingserver/over-quota-original-address": [
        ("eddie@example.net", "failed", "5.2.2", None, "store1.example.net", None, "552 5.2.2 Delivery failed"),
    ],
    "mfilter/rcpt-user-unknown-base64": [
        ("judy@example.net", "failed", "5.1.1", "RCPT", None, None, "550 5.1.1 <judy@example.net>: Recipient"),
    ],
    "mimecast/address-incorrect-qp": [
        ("yolanda@example.org", "failed", "5.1.1", None, None, None, "User unknown in relay recipient table"),
    ],
    "mxlogic/user-unknown": [
        ("zoe@example.net", "failed", "5.1.1", None, None, None, "550 5.1.1 <zoe@example.net>: Recipient"),
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
    "opensmtpd/envelope-expired": [
        ("olivia@example.com", None, None, None, None, None, "Envelope expired"),
    ],
    "opensmtpd/user-unknown": [
        ("mia@example.org", None, None, None, None, None, "550 5.1.1 <mia@example.org>: Recipient address rejected"),
    ],
    "postfix/delayed-connect-timeout": [
        ("erin@example.net", "delayed", "4.4.1", None, None, None, "[203.0.113.40]:25: Connection timed out"),
    ],
    "postfix/host-not-found": [
        ("grace@mistyped.example", "failed", "5.4.4", None, None, None, "Host or domain name not found"),
    ],
    "postfix/local-mailbox-full-plain": [
        ("ivan@example.org", None, None, None, None, None, "cannot update mailbox /var/mail/ivan for user ivan"),
    ],
    "postfix/outlook-blocklist1": [
        (
            "alice@example.net",
            "failed",
            "5.7.1",
            "RCPT",
            "example-net.mail.protection.outlook.com",
            None,
            "Client host [192.0.2.10] blocked using",
        ),
    ],
    "postfix/spamhaus-zen-rejection": [
        ("ken@example.net", "failed", "5.7.1", "CONNECT", "mx2.example.net", None, "[192.0.2.55] blocked using"),
    ],
    "postfix/two-recipients-user-unknown": [
        ("bob@example.org", "failed", "5.1.1", "RCPT", "mx.example.org", None, "550 5.1.1 <bob@example.org>"),
        ("carol@example.org", "failed", "5.1.1", "RCPT", "mx.example.org", None, "550 5.1.1 <carol@example.org>"),
    ],
    "qmail/mailbox-full-local": [
        ("george@example.org", None, "5.2.2", None, None, None, "mailfolder is over the allowed quota"),
    ],
    "qmail/no-host-found": [
        ("ella@typo.example", None, "5.1.2", None, None, None, "Sorry, I couldn't find any host named typo.example"),
    ],
    "qmail/remote-user-unknown": [
        ("chloe@example.org", None, None, "RCPT", None, None, "550 5.1.1 <chloe@example.org>: Recipient"),
    ],
    "rfc3464/delivered-notification": [
        ("tina@example.org", "delivered", "2.0.0", None, None, None, "250 2.0.0 Ok: queued as 4F2A1C0D9E"),
    ],
    "rfc3464/global-utf8-recipient": [
        ("山田@example.jp", "failed", "5.1.1", None, "mx2.example.jp", None, "550 5.1.1 <山田@example.jp>"),
    ],
    "rfc3464/two-recipients-mixed": [
        ("quentin@example.org", "failed", "5.2.1", None, "mx.example.org", None, "account that you tried to reach"),
        ("rachel@example.org", "delayed", "4.2.2", None, "mx.example.org", None, "452 4.2.2 Mailbox full"),
    ],
    "rfc3834/german-vacation": [
        ("yara@example.de", None, None, None, None, Reason.VACATION, "Vielen Dank für Ihre Nachricht"),
    ],
    "rfc3834/out-of-office": [
        ("walter@example.org", None, None, None, None, Reason.VACATION, "I am out of the office until 4 August"),
    ],
    "sendgrid/expired-connect": [
        ("sam@unreachable.example.org", "failed", None, "CONNECT", None, Reason.EXPIRED, "Connection timed out"),
    ],
    "sendgrid/user-unknown-two-lines": [
        ("simon@example.org", "failed", "5.1.1", "RCPT", "mx.example.org", None, "550 5.1.1 <simon@example.org>"),
    ],
    "sendmail/mailbox-full-data": [
        ("oscar@example.org", "failed", "5.2.2", "DATA", "mail.example.org", None, "552 5.2.2 Mailbox full"),
    ],
    "sendmail/old-host-unknown-plain": [
        ("quinn@nohost.example.org", None, None, None, None, None, "quinn@nohost.example.org... Host unknown"),
    ],
    "sendmail/user-unknown-transcript": [
        ("mallory@example.org", "failed", "5.1.1", "RCPT", "mx.example.org", None, "<mallory@example.org>... User"),
    ],
    "sendmail/warning-delayed": [
        ("sybil@example.net", "delayed", "4.4.1", None, "mx.example.net", None, "Deferred: Connection refused by"),
    ],
    "surfcontrol/service-unavailable": [
        ("kate@example.net", "failed", "5.0.0", None, None, None, "554 Service currently unavailable"),
    ],
    "trendmicro/transcript-japanese-subject": [
        ("peggy@example.net", "failed", "5.1.1", "RCPT", None, None, "550 5.1.1 <peggy@example.net>... user unknown"),
    ],
    "trendmicro/unable-to-deliver": [
        ("oscar@example.net", "failed", None, None, None, Reason.USERUNKNOWN, "Unable to deliver message to <oscar@"),
    ],
    "v5sendmail/deferred-4-days": [
        ("grace@example.org", "failed", None, None, "example.org", Reason.EXPIRED, "Deferred: Connection refused by"),
    ],
    "v5sendmail/host-unknown-two": [
        ("heidi@example.invalid", "failed", None, None, None, None, "550 Host unknown (Authoritative answer"),
        ("ivan@example.invalid", "failed", None, None, None, None, "550 Host unknown (Authoritative answer"),
    ],
    "v5sendmail/no-message-collected": [
        ("leo@example.net", "failed", "5.7.1", "MAIL", "mx.example.net", None, "554 5.7.1 <alice@example.com>..."),
    ],
    "v5sendmail/user-unknown": [
        ("frank@example.net", "failed", None, "RCPT", "mx.example.net", None, "User unknown: 550 <frank@example.net>"),
    ],
    "verizon/no-valid-recipients": [
        ("2025550143@vzwpix.com", "failed", None, None, None, None, "No valid recipients for this MM"),
    ],
    "verizon/vtext-no-such-user": [
        ("2025550188@vtext.com", "failed", None, None, None, None, "550 - Requested action not taken: no such user"),
    ],
    "x1/user-unknown": [
        ("bill@example.net", "failed", None, None, None, None, "User unknown"),
        ("cathy@example.net", "failed", None, None, None, None, "Mailbox full"),
    ],
    "x2/queue-too-long": [
        ("doug@example.org", "failed", "4.4.1", None, None, Reason.EXPIRED, "able to establish an SMTP connection"),
    ],
    "x3/rcpt-no-such-user": [
        ("ellen@example.org", "failed", "5.3.0", "RCPT", None, None, "553 5.3.0 <ellen@example.org>... No such user"),
    ],
    "x4/does-not-like-recipient": [
        ("hank@example.org", "failed", "5.1.1", "RCPT", "203.0.113.153", None, "does not like recipient. Remote host"),
    ],
    "x6/rcpt-rejected": [
        ("fred@example.org", "failed", "5.1.1", "RCPT", "mx.example.org", None, "550 5.1.1 User unknown"),
    ],
    "yahoo/aol-two-recipients": [
        ("quentin@example.net", "failed", None, "RCPT", None, None, "552 5.2.2"),
        ("rupert@example.net", "failed", None, "DATA", None, None, "rejected as spam"),
    ],
    "yahoo/user-unknown-rcpt": [
        ("oscar@example.org", "failed", None, "RCPT", None, None, "550 5.1.1 <oscar@example.org>... User Unknown"),
    ],
    "yandex/mailbox-full-rcpt": [
        ("lena@example.org", "failed", "5.2.2", "RCPT", "mx.example.org", None, "Mailbox quota exceeded"),
    ],
    "zoho/expired-host-not-reachable": [
        ("olga@unreachable.example.net", "failed", None, None, None, None, "ResponseCode 421, , Host not reachable."),
    ],
    "zoho/invalid-address": [
        ("nora@example.org", "failed", None, None, None, None, "Invalid Address, ERROR_CODE :550"),
    ],
}

PLAIN = b"From: a@example.org\nTo: b@example.com\nSubject: hello\n\nDelivery has failed? No, just hello.\n"


def _mail(data: bytes | str) -> Mail:
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


def _one(name: str, data: str) -> Found:
    rows = BY_NAME[name].parse(_mail(data))
    assert rows is not None
    assert len(rows) == 1
    return rows[0]


# -- the table: each corpus case, its own detector, and everybody else -------------------------------------
def test_every_case_has_expectations_and_every_detector_a_case() -> None:
    assert set(EXPECTED) == set(CASES)
    assert {case.split("/", 1)[0] for case in CASES} == set(NAMES)


@pytest.mark.parametrize("case", CASES)
def test_detector_extracts_case(case: str) -> None:
    rows = BY_NAME[case.split("/", 1)[0]].parse(_mail(_case(case)))
    assert rows is not None
    got = [_row(f) for f in rows]
    expected = EXPECTED[case]
    assert [g[:6] for g in got] == [e[:6] for e in expected]
    for g, e in zip(got, expected, strict=True):
        assert e[6] in g[6], f"{e[6]!r} not in diagnostic {g[6]!r}"


@pytest.mark.parametrize("case", CASES)
def test_other_detectors_leave_case_alone(case: str) -> None:
    """Only the case's own detector claims it (returns anything but None), and the readers allowed to."""
    own = case.split("/", 1)[0]
    mail = _mail(_case(case))
    claimed = {det.name for det in DETECTORS if det.name != own and det.parse(mail) is not None}
    assert claimed - GENERIC_READERS <= set(ALSO_READ_BY.get(own, ()))


@pytest.mark.parametrize("fmt", sorted(ALSO_READ_BY))
def test_overlaps_are_real_and_resolved_by_order(fmt: str) -> None:
    """Each listed overlap happens on a case of the format, and the format's own detector runs first."""
    cases = [case for case in CASES if case.startswith(f"{fmt}/")]
    for other in ALSO_READ_BY[fmt]:
        assert NAMES.index(fmt) < NAMES.index(other)
        assert any(BY_NAME[other].parse(_mail(_case(case))) is not None for case in cases), other


@pytest.mark.parametrize("case", CASES)
def test_line_endings_do_not_matter(case: str) -> None:
    detector = BY_NAME[case.split("/", 1)[0]]
    data = _case(case).replace(b"\r\n", b"\n")
    base = [_row(f) for f in detector.parse(_mail(data)) or []]
    assert base
    for nl in (b"\r\n", b"\r"):
        other = detector.parse(_mail(data.replace(b"\n", nl)))
        assert [_row(f) for f in other or []] == base, nl


# -- the registry ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", NAMES)
def test_detector_conforms_to_protocol(name: str) -> None:
    """Registered as its module's ``DETECTOR``, named after the module, a `Detector`, declines plain mail."""
    detector = BY_NAME[name]
    assert isinstance(detector, Detector)
    package = "bouncelib._dsn" if name == "general" else "bouncelib._dsn.formats"
    assert importlib.import_module(f"{package}.{name}").DETECTOR is detector
    assert detector.parse(_mail(PLAIN)) is None


def test_every_format_module_registered_once() -> None:
    assert len(set(NAMES)) == len(NAMES)
    modules = {m.name for m in pkgutil.iter_modules(bouncelib._dsn.formats.__path__) if not m.name.startswith("_")}
    assert set(NAMES) == modules | {"general"}  # the general reader is a package of its own
    assert detectors() == DETECTORS


# (earlier, later): why the earlier detector must see the mail first.
ORDER = [
    ("googlegroups", "gmail"),  # Google Groups letters come from Gmail's daemon too
    ("gmx", "einsundeins"),  # same end marker; gmx is gated on its brands
    ("v5sendmail", "sendmail"),  # pre-DSN transcripts that sendmail would half-read
    ("mxlogic", "exim"),  # Exim text from the MX Logic relay
    ("einsundeins", "exim"),  # 1&1's own "header of the original message" marker
    ("mailru", "exim"),  # mail.ru's bilingual Exim body
    ("x2", "qmail"),  # qmail-like layouts without qmail-send's banner
    ("x4", "qmail"),
    ("sendgrid", "postfix"),  # Postfix's Subject, SendGrid's body
    ("zoho", "postfix"),
    ("courier", "sendmail"),  # both have >>> transcripts
    ("postfix", "rfc3464"),  # the MTA bodies add what their DSN part leaves out
    ("sendmail", "rfc3464"),
    ("exim", "rfc3464"),
    ("qmail", "rfc3464"),
]


def test_registry_order() -> None:
    """Feedback reports first; vendor formats; MTA bodies; the generic standard; heuristics last."""
    assert NAMES[0] == "arf"
    assert NAMES[-len(LAST) :] == LAST
    assert set(NAMES[-len(LAST) - len(MTA_BODIES) : -len(LAST)]) == set(MTA_BODIES)
    for early, late in ORDER:
        assert NAMES.index(early) < NAMES.index(late), (early, late)


# -- robustness -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("case", CASES)
def test_truncated_and_mangled_input_never_raises(case: str) -> None:
    data = _case(case)
    for cut in range(0, len(data), max(1, len(data) // 23)):
        mail = _mail(data[:cut])
        for det in DETECTORS:
            rows = det.parse(mail)
            assert rows is None or all(isinstance(r, Found) for r in rows), det.name
    mangled = _mail(data.replace(b"\n", b"\n\x00\xff ", 40))
    for det in DETECTORS:
        det.parse(mangled)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=2000))
def test_detectors_never_raise_on_garbage(data: bytes) -> None:
    # Put a trigger Subject/From in front so the detectors get past their cheap rejection.
    for head in (b"Subject: Mail delivery failed\n", b"From: Postmaster@ezweb.ne.jp\nSubject: failure notice\n"):
        mail = _mail(head + data)
        for det in DETECTORS:
            rows = det.parse(mail)
            assert rows is None or all(isinstance(r, Found) and r.recipient for r in rows), det.name


# -- the Sisimai samples of these formats (the shared folder: skipped without it, failed in CI) ------------
# Sisimai's module label -> our detector.
SISIMAI_FORMATS = {
    "lhost-activehunter": "activehunter",
    "lhost-amavis": "amavis",
    "lhost-amazonworkmail": "amazonworkmail",
    "lhost-domino": "domino",
    "lhost-dragonfly": "dragonfly",
    "lhost-einsundeins": "einsundeins",
    "lhost-exchange2003": "exchange2003",
    "lhost-exchange2007": "exchange2007",
    "lhost-ezweb": "ezweb",
    "lhost-facebook": "facebook",
    "lhost-fml": "fml",
    "lhost-gmail": "gmail",
    "lhost-gmx": "gmx",
    "lhost-googlegroups": "googlegroups",
    "lhost-imailserver": "imailserver",
    "lhost-interscanmss": "trendmicro",
    "lhost-kddi": "kddi",
    "lhost-mailfoundry": "mailfoundry",
    "lhost-mailmarshal": "mailmarshal",
    "lhost-mailru": "mailru",
    "lhost-mcafee": "mcafee",
    "lhost-messagelabs": "messagelabs",
    "lhost-messagingserver": "messagingserver",
    "lhost-mfilter": "mfilter",
    "lhost-mimecast": "mimecast",
    "lhost-mxlogic": "mxlogic",
    "lhost-notes": "notes",
    "lhost-office365": "exchange2007",
    "lhost-sendgrid": "sendgrid",
    "lhost-surfcontrol": "surfcontrol",
    "lhost-trendmicro": "trendmicro",
    "lhost-v5sendmail": "v5sendmail",
    "lhost-verizon": "verizon",
    "lhost-x1": "x1",
    "lhost-x2": "x2",
    "lhost-x3": "x3",
    "lhost-x6": "x6",
    "lhost-yahoo": "yahoo",
    "lhost-yandex": "yandex",
    "lhost-zoho": "zoho",
    "rhost-gsuite": "gmail",
}
# Who else may report a sample: a sample whose text part is empty falls to rfc3464; amavis steps
# aside for the standard DSN part of the MTA that carried its report (Postfix, in these samples).
ALSO_REPORTED_BY = {"lhost-amavis": ("postfix",)}
# The label of this (hand-edited) sample takes the address of the body's "<mailto:>" link, which
# differs from the address that the delivery-status part and the diagnostic section both name.
KNOWN_MISSES = {("maildir/bsd/lhost-office365-04.eml", "otsu-sakaba-hunter-nyaaaaaaan@ezweb.ne.jp")}


@pytest.mark.parametrize("label", sorted(SISIMAI_FORMATS))
def test_sisimai_samples_recipients_found(label: str, sisimai_dir: Path, sisimai_labels: list[dict[str, Any]]) -> None:
    """Every labelled recipient of the format's Sisimai samples is found, by its detector.

    Run through `parse_message`, so that the registry order is part of what is tested.
    """
    samples = [row for row in sisimai_labels if row["mta"] == label]
    assert samples, f"no Sisimai sample labelled {label}"
    reporters = {SISIMAI_FORMATS[label], "rfc3464", *ALSO_REPORTED_BY.get(label, ())}
    missing = []
    for sample in samples:
        report = parse_message(sisimai_dir / "emails" / sample["id"])
        assert report.detector in reporters, sample["id"]
        found = {(e.recipient or "").lower() for e in report.recipients}
        for lab in sample["recipients"]:
            if lab["address"] is None:
                assert found, sample["id"]  # the label names no address; some recipient must be found
            elif lab["address"].lower() not in found:
                missing.append((sample["id"], lab["address"]))
    assert set(missing) == {miss for miss in KNOWN_MISSES if miss[0] in {s["id"] for s in samples}}


# -- single detectors: variants the corpus cases do not hold ---------------------------------------------
def test_amazonsns_json_folding_and_garbage() -> None:
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
    rows = BY_NAME["amazonsns"].parse(_mail(head + folded))
    assert rows is not None
    assert [(r.recipient, r.action, r.diagnostic) for r in rows] == [("x@example.org", "delayed", "452 4.2.2 full")]
    for junk in (b"{", b'{"Message": 3}', b"[1, 2]", b"{" * 5000, b'{"notificationType": "Bounce"}'):
        assert BY_NAME["amazonsns"].parse(_mail(head + junk)) is None


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
    assert BY_NAME["dragonfly"].parse(_mail(text)) is None


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


def test_exchange2007_section_ends_at_unknown_heading() -> None:
    """An NDR in a language whose headings we do not list still keeps the returned headers out."""
    raw = _case("exchange2007/office365-recipient-not-found").replace(
        b"Original message headers:", b"Intestazioni sconosciute:"
    )
    rows = BY_NAME["exchange2007"].parse(_mail(raw))
    assert rows is not None
    assert rows[0].diagnostic.endswith("not found by SMTP address lookup'")


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


def test_fml_names_the_list_and_fixes_the_reason() -> None:
    text = (
        "From: staff-admin@example.org\nX-MLServer: fml [fml 4.0.3]\n"
        "Subject: You a@example.com are not member (staff ML)\n\n"
        "You are not a member of this mailing list <staff@example.org>.\n"
    )
    f = _one("fml", text)
    assert (f.recipient, f.reason) == ("staff@example.org", Reason.REJECTED)


def test_fml_body_phrase_wins_over_subject() -> None:
    text = (
        "From: staff-admin@example.org\nX-MLServer: fml [fml 4.0.3]\nSubject: fml system error message\n\n"
        "Duplicated Message-ID in <staff@example.org>. Original mail as follows:\n\nFrom: a@example.com\n"
    )
    f = _one("fml", text)
    assert (f.recipient, f.reason) == ("staff@example.org", Reason.SYSTEMERROR)
    assert BY_NAME["fml"].parse(_mail(text.replace("X-MLServer: fml [fml 4.0.3]\n", ""))) is None


def test_gmail_drops_its_doubled_reply_code() -> None:
    """Old Gmail bodies repeat the reply code ("550 550 5.1.1 ..."); the diagnostic keeps one."""
    rows = BY_NAME["gmail"].parse(_mail(_case("gmail/old-permanent-user-unknown")))
    assert rows is not None
    assert rows[0].diagnostic.startswith("550 5.1.1 <bob@example.org>: Recipient address rejected")


def test_mailru_falls_back_to_x_failed_recipients() -> None:
    """When Exim's list names only a local part, the X-Failed-Recipients header gives the address."""
    raw = _case("mailru/user-unknown-rcpt").replace(b"  jack@example.org\n    SMTP", b"  jack\n    SMTP")
    rows = BY_NAME["mailru"].parse(_mail(raw))
    assert rows is not None
    assert [(r.recipient, r.smtp_command, r.remote_mta) for r in rows] == [
        ("jack@example.org", "RCPT", "mx.example.org")
    ]


def test_messagingserver_status_fields_in_the_text() -> None:
    """Without a delivery-status part, the status fields pasted into the text still give the Status."""
    raw = _case("messagingserver/over-quota-original-address").decode()
    body = raw.split("\n\n", 1)[1]
    text = "\n".join(ln for ln in body.split("\n") if not ln.startswith(("--Boundary_", "Content-")))
    msg = "From: postmaster@mail.example.net\nSubject: Delivery Notification: Delivery has failed\n\n" + text
    rows = BY_NAME["messagingserver"].parse(_mail(msg.encode()))
    assert rows is not None
    assert [(r.recipient, r.status) for r in rows] == [("eddie@example.net", "5.2.2")]


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


def test_trendmicro_without_transcript_is_userunknown() -> None:
    text = (
        'From: postmaster@example.net ("InterScan Notification")\nSubject: Mail could not be delivered\n\n'
        "Unable to deliver message to <u@example.net> (and other recipients in the same domain).\n"
    )
    assert _one("trendmicro", text).reason is Reason.USERUNKNOWN


def test_trendmicro_japanese_variant_arrows_reversed() -> None:
    subject = "=?ISO-2022-JP?B?" + base64.b64encode("メール配信に失敗しました".encode("iso-2022-jp")).decode() + "?="
    text = (
        f"From: postmaster@example.net\nSubject: {subject}\nContent-Type: text/plain; charset=utf-8\n\n"
        "送信に失敗しました。\n  >>> RCPT TO:<u@example.net>\n  <<< 550 5.1.1 <u@example.net>... User unknown\n"
    )
    f = _one("trendmicro", text)
    assert (f.recipient, f.smtp_command, f.smtp_code, f.status) == ("u@example.net", "RCPT", 550, "5.1.1")


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
    assert BY_NAME["v5sendmail"].parse(_mail(text)) is None


def test_x1_lists_each_recipient_with_its_bracketed_reason() -> None:
    text = (
        'From: "Mail Deliver System" <MAILER-DAEMON@example.net>\nSubject: Returned Mail: User unknown\n\n'
        "---The following addresses had delivery errors---\n\na@example.org [User unknown]\n"
        "b@example.org [Mailbox full]\n\nsomething else\n"
    )
    rows = BY_NAME["x1"].parse(_mail(text))
    assert rows is not None
    assert [(r.recipient, r.diagnostic) for r in rows] == [
        ("a@example.org", "User unknown"),
        ("b@example.org", "Mailbox full"),
    ]


def test_yahoo_bad_encoded_words_and_charset_names_do_not_raise() -> None:
    """Found by mutating this case: a broken base64 encoded-word in Subject, a NUL in a charset
    name and a non-ASCII Date in the returned message used to raise out of parse_message."""
    raw = _case("yahoo/user-unknown-rcpt")
    broken = [
        raw.replace(b"Subject: Failure Notice", b"Subject: =?utf-8?B?QUJDRE?= Failure Notice"),
        raw.replace(b"Content-Type: text/plain; charset=us-ascii", b'Content-Type: text/plain; charset="us\x00ascii"'),
        raw.replace(b"Date: Sat, 6 Dec 2014 13:42:30 +0000 (UTC)", b"Date: Sat, 6 D\xe9c 2014 13:42:30 +0000"),
    ]
    for data in broken:
        assert data != raw
        report = parse_message(data)
        assert [e.recipient for e in report.recipients] == ["oscar@example.org"]


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


# -- the detectors' shared body helpers (bouncelib/_dsn/formats/_bodyscan.py) -------------------------------
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


def test_exim_delay_warning_naming_one_address_in_the_singular_is_a_delay() -> None:
    """Exim's delay warning for one address: "has not yet been delivered ... The address to which the message
    has not yet been delivered is:" (the plural "have not yet been delivered" was the only one read)."""
    text = (
        "From: Mail Delivery System <Mailer-Daemon@mx.example.net>\nSubject: Mail delivery notice\n\n"
        "This message was created automatically by mail delivery software.\n"
        "A message that you sent has not yet been delivered to one or more of its\n"
        "recipients after more than 24 hours on the queue on mx.example.net.\n\n"
        "The address to which the message has not yet been delivered is:\n\n"
        "  bob@example.org\n    Delay reason: SMTP error from remote mail server after RCPT TO:<bob@example.org>:\n"
        "    host mx.example.org [192.0.2.5]: 451 4.7.1 try again later\n\n"
        "No action is required on your part. Delivery attempts will continue for some time.\n"
    )
    rows = BY_NAME["exim"].parse(_mail(text))
    assert rows is not None
    assert [(r.recipient, r.action) for r in rows] == [("bob@example.org", "delayed")]


_HARAKA_REPORT = (
    "From: MAILER-DAEMON@mail.example.org\nTo: <alice@example.org>\nSubject: failure notice\n"
    "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n"
    "--b\nContent-Type: text/plain; charset=us-ascii\n\n"
    "Hi. This is the Haraka Mailer program at mail.example.org.\n"
    "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
    "Intended Recipients: <grey@example.net>, <bob@example.net>\n"
    "Failure Reason: Error: Too many failures (Some recipients temp failed: <grey@example.net>)\n\n"
    "--b\nContent-type: message/delivery-status\n\nReporting-MTA: dns;mail.example.org\n\n"
    "Final-Recipient: rfc822;grey@example.net\nAction: failed\nStatus: 5.7.1\nRemote-MTA: 192.0.2.25\n"
    "Diagnostic-Code: smtp;451 4.7.1 Greylisted. Please come back later.\n\n"
    "Final-Recipient: rfc822;bob@example.net\nAction: failed\nStatus: 5.1.1\nRemote-MTA: 192.0.2.25\n"
    "Diagnostic-Code: smtp;550 5.1.1 <bob@example.net>: user does not exist\n\n--b--\n"
)


def test_a_report_whose_prose_says_it_gave_up_expires_the_rows_whose_last_reply_was_temporary() -> None:
    """Haraka's "Too many failures" over a DSN that marks a 451 greylisting reply Status 5.7.1: the retries
    ran out (expired); the recipient refused with a 550 keeps its own reason. Without the notice's words,
    the 451 keeps its cause."""
    report = parse_message(_HARAKA_REPORT.encode())
    got = {r["recipient"]: r["reason"] for r in report.to_records()}
    assert got == {"grey@example.net": "expired", "bob@example.net": "userunknown"}
    plain = parse_message(_HARAKA_REPORT.replace("Too many failures", "Some failures").encode())
    assert {r["recipient"]: r["reason"] for r in plain.to_records()}["grey@example.net"] == "blocked"


def test_courier_delay_notice_reads_each_recipients_transcript() -> None:
    """Courier's delay notice (dsndelayed.txt) lists its recipients after "This is an advisory notice for
    the following addresses only:", not after the failure notice's opening line."""
    text = (
        "From: mailer-daemon@mail.example.org\nSubject: WARNING: delayed mail.\n"
        "Message-ID: <courier.0000.0001@mail.example.org>\n\n"
        "                     DELAYS IN DELIVERING YOUR MESSAGE\n\n"
        "Diagnostic information is provided below for each recipient.  If copies of\n"
        "this message were sent to additional recipients, deliveries to those\n"
        "addresses are not included in this notice.  This is an advisory notice for\n"
        "the following addresses only:\n\n"
        "<info@example.net>:\n <<< Network is down\n\n"
        "---------------------------------------------------------------------------\n\n"
        "If your message was also sent to additional recipients, their delivery\n"
        "status is not included in this report.\n"
    )
    rows = BY_NAME["courier"].parse(_mail(text))
    assert rows is not None
    assert [(r.recipient, r.action, r.diagnostic) for r in rows] == [("info@example.net", "delayed", "Network is down")]


@pytest.mark.parametrize("written", ['"{a}"', "<{a}>", "{a}"])
def test_exim_address_lines_in_quotes_brackets_or_bare_are_the_list(written: str) -> None:
    """Exim's address list with each address in quotes (a relay or client that rewrote it so), in
    brackets or bare: the list's lines, each with its own stage, not the X-Failed-Recipients fallback
    that gives every recipient the notice's first paragraph. A local part with a space is quoted as
    Exim writes it ('"bob smith"@example.org')."""
    lines = []
    for a, stage in (("ann@example.org", "end of data"), ('"bob smith"@example.org', "RCPT TO:<{a}>")):
        shown = written.format(a=a) if '"' not in a else a
        lines.append(
            f"  {shown}\n    host mx.example.org [192.0.2.5]\n"
            f"    SMTP error from remote mail server after {stage.format(a=a)}:\n    550 5.1.1 no such user\n"
        )
    text = (
        "From: Mail Delivery System <Mailer-Daemon@mx.example.net>\nSubject: Mail delivery failed\n"
        'X-Failed-Recipients: ann@example.org, "bob smith"@example.org\n\n'
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n" + "".join(lines)
    )
    rows = BY_NAME["exim"].parse(_mail(text))
    assert rows is not None
    assert [(r.recipient, r.smtp_command) for r in rows] == [
        ("ann@example.org", "DATA"),
        ('"bob smith"@example.org', "RCPT"),
    ]


@pytest.mark.parametrize("head", ['"{a}": ', "<{a}>: ", "<{a}>:\n    "])
def test_postfix_recipient_heads_in_quotes_or_with_the_reply_below(head: str) -> None:
    """Postfix's "<a>: reply" paragraphs with the address in quotes (a relay or client that rewrote it
    so) or with the reply on the line below the address: every recipient is read from the body."""
    paragraphs = "\n".join(head.format(a=a) + "Spam message rejected\n" for a in ("ann@example.org", "bob@example.org"))
    text = (
        "From: MAILER-DAEMON@mx.example.net (Mail Delivery System)\nSubject: Undelivered Mail Returned to Sender\n\n"
        "This is the mail system at host mx.example.net.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\nThe mail system\n\n" + paragraphs
    )
    rows = BY_NAME["postfix"].parse(_mail(text))
    assert rows is not None
    assert [(r.recipient, r.diagnostic) for r in rows] == [
        ("ann@example.org", "Spam message rejected"),
        ("bob@example.org", "Spam message rejected"),
    ]


@pytest.mark.parametrize("written", ['"{a}"', "{a}", "<{a}>"])
def test_v5sendmail_recipient_lines_in_quotes_brackets_or_bare(written: str) -> None:
    """Pre-DSN Sendmail's "554 <a>... 550 Host unknown" with the address in quotes or bare (a relay or
    client that rewrote it so): every recipient line is read, each address without its quotes."""
    data = (CORPUS / "v5sendmail" / "host-unknown-two.eml").read_text()
    for a in ("heidi@example.invalid", "ivan@example.invalid"):
        data = data.replace(f"554 <{a}>...", f"554 {written.format(a=a)}...")
    report = parse_message(data.encode())
    assert report.detector == "v5sendmail"
    assert [e.recipient for e in report.recipients] == ["heidi@example.invalid", "ivan@example.invalid"]


def test_a_recipient_a_module_keeps_in_its_quotes_or_brackets_is_the_address() -> None:
    """An address set whole in quotes or brackets as the notice wrote it is the address; a quoted local
    part ('"bob smith"@example.org') is part of the address and stays."""
    from bouncelib._dsn.parse import _shown

    assert _shown('"kim@example.org"') == "kim@example.org"
    assert _shown("'kim@example.org'") == "kim@example.org"
    assert _shown("<kim@example.org>") == "kim@example.org"
    assert _shown('"bob smith"@example.org') == '"bob smith"@example.org'
    assert _shown('"...@example.org"') is None


_POSTFIX_NOTICE = (
    "This is the mail system at host mx.example.net.\n\n"
    "I'm sorry to have to inform you that your message could not\n"
    "be delivered to one or more recipients. It's attached below.\n\n"
    "                   The mail system\n\n"
    "<kim@example.org>: host mx.example.org[192.0.2.78] said:\n"
    "    550 Unknown user kim@example.org (in reply to end of DATA\n    command)\n"
)
_SENDMAIL_NOTICE = (
    "The original message was received at Mon, 21 May 2018 13:40:50 +0900\n"
    "from client.example.net [198.51.100.22]\n\n"
    "   ----- The following addresses had permanent fatal errors -----\n"
    "<kim@example.org>\n    (reason: 550 : User unknown)\n\n"
    "   ----- Transcript of session follows -----\n"
    "... while talking to mx.example.org.:\n>>> DATA\n<<< 550 : User unknown\n554 5.0.0 Service unavailable\n"
)


@pytest.mark.parametrize("margin", ["    ", "> "])
@pytest.mark.parametrize(
    ("name", "subject", "notice"),
    [
        ("postfix", "Undelivered Mail Returned to Sender", _POSTFIX_NOTICE),
        ("sendmail", "Returned mail: see transcript for details", _SENDMAIL_NOTICE),
    ],
)
def test_postfix_and_sendmail_notices_indented_or_quoted_whole_are_read_at_their_margin(
    name: str, subject: str, notice: str, margin: str
) -> None:
    """A Postfix or Sendmail notice indented or quoted whole (a relay's or client's copy): its recipient
    paragraphs and transcript are read as at the margin, so the stage (end of DATA) is still known."""
    body = "".join(f"{margin}{line}".rstrip() + "\n" for line in notice.split("\n")[:-1])
    text = f"From: MAILER-DAEMON@mx.example.net (Mail Delivery System)\nSubject: {subject}\n\n{body}"
    rows = BY_NAME[name].parse(_mail(text))
    assert rows is not None
    assert [(r.recipient, r.smtp_command) for r in rows] == [("kim@example.org", "DATA")]
