"""Providers named from the text's own markers, and delisting contacts (issue 10, parts 4 and 5)."""

from __future__ import annotations

import re

import pytest

from bouncelib import parse_reply
from bouncelib._classify._codes import required_literals
from bouncelib._data.providers import PROVIDERS


def test_every_provider_format_compiles_and_has_literals_to_pretest() -> None:
    # find_provider tries a format only where one of its required literals is in the reply.
    for p in PROVIDERS:
        for f in p.formats:
            re.compile(f)
            assert required_literals(f), (p.id, f)


@pytest.mark.parametrize(("text", "provider"), [
    # A code of the provider's own format, whatever its number.
    ("550 5.7.520 Access denied, Your organization does not allow external forwarding. AS(7555)", "microsoft"),
    ("421 Too many concurrent connections from this client (G2)", "rackspace"),
    ("550 5.7.1 [BFD] Sender prohibited by SPF", "mailchannels"),
    ("421 OFR004_105 Service refuse. Veuillez essayer plus tard", "orange"),
    ("421 4.7.0 (GL01) Message from (192.0.2.10) temporarily deferred - 4.16.50. Please retry", "yahoo"),
    # Yahoo! JAPAN writes Yahoo's "delivery error: dd" too, naming its own domain: the marker wins.
    ("554 delivery error: dd This user doesn't have a yahoo.co.jp account", "yahoojp"),
    # The host of a URL in the reply.
    ("421 4.3.2 Your IP is filtered. You must register your IP to http://realip.naver.com", "naver"),
    # AOL's MX on Yahoo's platform is AOL's, and Yahoo's codes are read for it.
    ("host mx-aol.mail.gm0.yahoodns.net[192.0.2.1] said: 421 4.7.0 [TSS04] Messages from 192.0.2.9 "
     "temporarily deferred", "aol"),
    # A brand inside the connecting client's host name names nobody.
    ("connect from mail-wr1-f49.google.com[192.0.2.49]", None),
    ("554 5.7.1 Service unavailable; Client host [c-73-1.hsd1.va.comcast.net] blocked using zen.spamhaus.org", None),
    # "MAIL FROM [host]" is not a client host: Exchange Online's own server name there names it.
    ("530 5.7.57 Client was not authenticated to send anonymous mail during MAIL FROM "
     "[MW4PR04CA0001.namprd04.prod.outlook.com]", "microsoft"),
    # Gmail reporting another server's refusal: the bare brand word names nobody.
    ("Technical details of permanent failure: Google tried to deliver your message, but it was rejected", None),
    # A provider's own wording names it with no host or link: Google's gateway rules and limits, in English and
    # German, Exchange Online's 5.7.708 text and its "resource forest".
    ("421 4.7.0 TLS required for RCPT domain, closing connection.", "google"),
    ("421 4.7.0 TLS für RCPT-Domain erforderlich, Verbindung wird beendet.", "google"),
    ("451 4.3.0 Multiple destination domains per transaction is unsupported. Please try again.", "google"),
    ("550 5.7.25 The IP address sending this message does not have a PTR record setup", "google"),
    ("5.7.708 Service unavailable. Access denied, traffic not accepted from this IP", "microsoft"),
    ("421 4.3.2 The maximum number of concurrent connections per resource forest has exceeded a limit", "microsoft"),
    # EarthLink's ELNK_ codes, any number, and BT's postmaster mailbox named in its refusal.
    ("550 5.7.1 Connection refused ELNK_105", "earthlink"),
    ("554 Message rejected for policy reasons - Please report any problems via the postmaster@btinternet.com mailbox",
     "bt"),
    # ... but not the words one of them shares with an MTA (qmail's chkuser).
    ("511 sorry, can't find a valid MX for rcpt domain (#5.1.1 - chkuser)", None),
    # A host the text says is listed is the refused client, neither the replying server nor its operator.
    ("Host c-73-132-35-70.hsd1.va.comcast.net [192.0.2.70] is blacklisted by ips.backscatterer.org", None),
    ("550 Host c-73-1.hsd1.va.comcast.net is listed on bl.example.org", None),
])  # fmt: skip
def test_provider_from_the_text(text: str, provider: str | None) -> None:
    assert parse_reply(text).provider == provider


def test_aol_reads_yahoos_codes() -> None:
    r = parse_reply("host mx-aol.mail.gm0.yahoodns.net[192.0.2.1] said: 421 4.7.0 [TSS04] Messages from "
                    "192.0.2.9 temporarily deferred due to user complaints")  # fmt: skip
    assert (r.provider, r.reason.value, r.rule) == ("aol", "badreputation", "code:yahoo:tss04")


def test_a_list_owner_address_is_a_contact() -> None:
    r = parse_reply("550 5.7.1 Sorry, your posts are rejected here. Ask test-owner@lists.example.org if in doubt.")
    assert "test-owner@lists.example.org" in r.delist


def test_a_url_cut_by_an_ellipsis_is_no_contact() -> None:
    r = parse_reply("554 5.7.1 Content refused: send the address of the page (http://adresse.du.site/...) "
                    "instead. Contact postmaster@example.org for more information.")  # fmt: skip
    assert r.delist == ["postmaster@example.org"]


@pytest.mark.parametrize(("text", "provider"), [
    # Google's replies end with a link to one of its help articles; its error reference shows the link by
    # the article's title (support.google.com/a/answer/3726730).
    ("421 4.7.0 TLS required for RCPT domain, closing connection. For more information, go to Email encryption "
     "in transit.", "google"),
    ("550 5.7.26 Unauthenticated email is not accepted. For more information, go to Control unauthenticated "
     "mail from your domain.", "google"),
    ("451 4.3.0 Erro temporário. Para mais informações, acesse Mensagens de erro do serviço de redirecionamento "
     "SMTP.", "google"),
    # The title alone, no link to it: nothing of Google's.
    ("550 5.7.1 Please read our email sender guidelines", None),
    # Gandi's policy rule ids (postmaster.gandi.net), any rule number.
    ("550 Reject for policy reason. RULE4_2", "gandi"),
    # Hornetsecurity's classification words (its classification code list).
    ("554 5.6.2 Spam Link rejected", "hornetsecurity"),
    ("554 5.5.7 e-mail Rejected Content Attachment", "hornetsecurity"),
    # Trend Micro's Email Reputation Services tag, any list of it.
    ("554 5.7.1 <user@example.com>: Recipient address rejected: ERS-RBL.", "trendmicro"),
    # Mandrill's reject_reason values, as its API returns them.
    ('{"email": "user@example.com", "status": "rejected", "reject_reason": "soft-bounce"}', "mandrill"),
    ("Reject reason: test-mode-limit", "mandrill"),
    # The sending platforms' own words for their suppressions.
    ("Not delivering to previously bounced address", "mailgun"),
    ("Found inactive addresses: user@example.com. Emails to these addresses are not accepted or delivered by "
     "Postmark.", "postmark"),
    ("Spam Reporting Address", "sendgrid"),
    # Yahoo's complaint deferral, its code anonymised.
    ("421 4.7.0 [XXXX] Messages from 192.0.2.7 temporarily deferred due to unexpected volume or user complaints",
     "yahoo"),
    # A domain named as the message's origin is the sender's: its operator did not refuse anything.
    ("550 5.7.1 Email rejected per DMARC policy for yahoo.com", None),
    ("550 5.7.1 This sender is not authorized to send from gmail.com", None),
])  # fmt: skip
def test_provider_from_its_documented_words(text: str, provider: str | None) -> None:
    assert parse_reply(text).provider == provider


def test_a_listed_host_is_not_the_remote_host() -> None:
    # Haraka's backscatterer refusal names the client it refuses in "host name [ip]" form.
    r = parse_reply("Host c-73-132-35-70.hsd1.va.comcast.net [192.0.2.70] is blacklisted by ips.backscatterer.org")
    assert (r.remote_host, r.remote_ip, r.provider) == (None, None, None)
    assert parse_reply("host mx.example.net[192.0.2.1] said: 554 blocked").remote_host == "mx.example.net"
