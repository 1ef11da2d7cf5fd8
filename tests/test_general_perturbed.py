"""The general reader under layout perturbations that must not change the answer (bench/perturb.py).

Each test takes a real mail of the wild corpus's tuning part, changes its layout as another MTA, a
relay or a mail client could (bench/perturb.py's perturbations, the same code), and checks that the
reading with every format module switched off is the reading of the mail as it is.
"""

from __future__ import annotations

from pathlib import Path

import perturb  # bench/perturb.py, on sys.path through conftest.py
import pytest
from general_reading import reading as _reading

from bouncelib import parse_message

ROOT = Path(__file__).resolve().parent.parent
WILD = ROOT / "corpus" / "wild" / "mail"
_MIKENEKO = "mikeneko@neko.example.or.jp"
_V5_SENDMAIL = ["kijitora@example.org", "mikeneko@example.org", "hachiware@example.edu"]


def _case(file: str, wanted: list[str]) -> perturb.Case:
    return perturb.Case(f"wild/{file}", (WILD / file).read_bytes(), wanted, "bounce")




@pytest.mark.parametrize(
    ("perturbation", "file", "wanted"),
    [
        # An HTML-only notice beside a message/delivery-status part: the field groups are no notice.
        ("html-only", "gromox-nouser-en.eml", ["bob@example.org"]),
        ("html-only", "opensmtpd-run-two-unknown-quota.eml", ["bob@example.net", "carol@example.net"]),
        # A notice quoted whole ("> ") is read unquoted.
        ("quote", "dma-run-quota.eml", ["carol@example.net"]),
        ("quote", "gromox-systemerror-zh.eml", ["zhang.min@example.org"]),
        # RFC 3464 fields pasted indented as a block are the same fields.
        ("indent", "postfix-dsn-fields-senderverify.eml", ["game@example.org"]),
        # "'smtp\\:<a>' on <date>" and "Russ Winter (<a>)": the address written in brackets.
        ("addr-angle", "exchange-kb-owa-smtpprefix.eml", ["testuser@example.com"]),
        ("addr-angle", "exchange-fr-en-mailboxfull.eml", ["notifications@github.com"]),
        ("addr-quoted", "exchange2010-delay-page.eml", ["someone@example.org"]),
        # "550 5.1.1 a: Recipient address rejected" with the address bare or quoted.
        ("addr-bare", "o365-errordetails-flattened.eml", ["mailman-owner@example.org"]),
        ("addr-quoted", "o365-errordetails-flattened.eml", ["mailman-owner@example.org"]),
        # Lines rewrapped at 60-78 columns: a reply, a sentence, a paragraph cut in more lines.
        ("rewrap", "opensmtpd-run-relaydenied.eml", ["relay@example.net"]),
        ("rewrap", "gmail-addressnotfound-unrouteable.eml", ["democracy@example.org"]),
        ("rewrap", "postfix-onet-redacted.eml", []),
        ("rewrap", "reply-line-blocklisted-page.eml", []),
        ("rewrap", "exchange-dsn-fragment-oneline.eml", ["admin@example.org"]),
        ("rewrap", "postfix-delay-lookupfailure.eml", ["Daniel.Rohde@example.org"]),
        # A sentence that only says the message did not reach <a>, with the server's answer above it.
        ("recipients-after", "dma-run-gmail-nosuchuser.eml", ["nosuchuser@example.net"]),
        # An X.400 O/R address wrapped inside an attribute ("o=Site" / "A;dda:...;"): the address goes on.
        (
            "rewrap",
            "exchange55-x400-notrecognized.eml",
            ["c=US;a= ;p=Organization;o=Site A;dda:MSEXCHANGE=/o=PRI/ou=CALIFORNIA/cn=Recipients/"
             "cn=b4501a7a-4060570b-8525644b-78c319;"],
        ),
        # DBMail's cause written in a paragraph of its own that names the recipient, moved after the next one.
        ("recipients-after", "dbmail-bounce-nosuchuser.eml", ["nosuchuser@example.net"]),
        ("recipients-before", "dbmail-bounce-mailboxfull.eml", ["bob@example.net"]),
        # The explanation written above the recipient's paragraph instead of below it: a list manager's
        # "<list> verwaltet." (words that say nothing) takes the paragraph above that says the message
        # failed; Exchange 5.5's "'a' on <date>" ending the notice takes the reason above it.
        ("recipients-after", "mlmmj-deny-subonlypost-de.eml", ["devel@lists.example.org"]),
        ("recipients-after", "mlmmj-deny-maxmailsize-fi.eml", ["devel@lists.example.org"]),
        ("recipients-after", "exchange-kb-owa-smtpprefix.eml", ["testuser@example.com"]),
        # A recipient whose words give only the reporting MTA's Status: the one server reply, above it.
        ("recipients-after", "lkml-mail-delivery-service-spammers.eml", ["andre@example.org"]),
        # Rewrapped: "550 <a>... We don't accept" / "mail from spammers" still refuses mail from a (no
        # recipient); the address put alone under "... has not yet been delivered is:" takes the cause below.
        ("rewrap", "lkml-mail-delivery-service-spammers.eml", ["andre@example.org"]),
        ("rewrap", "exim-delay-gmail-ratelimited-page.eml", ["jane@example.com"]),
        # A paste of a recipient line alone, given MIME headers or quoted: still a paste, still read.
        ("base64", "postfix-line-hostnotfound-page.eml", ["benutzer@example.net"]),
        ("quote", "postfix-line-hostnotfound-page.eml", ["benutzer@example.net"]),
        # Dovecot's "Your message to <a> was automatically rejected:", with its body in base64.
        ("base64", "dovecot-reject-quota.eml", ["bob@example.com"]),
        # Round r28rd: the server's reply quoted above the recipient's sentence names the reason (hostunknown for
        # "550 Unrouteable address"), as below it; Exim's "------ a ------" section (a pipe's output under "The
        # following text was generated during the delivery attempt:") joins the recipient's words wherever it stands.
        ("recipients-after", "gmail-addressnotfound-unrouteable.eml", ["democracy@example.org"]),
        ("recipients-before", "exim-run-pipe-failed.eml", ["robot@local.example.org"]),
        ("recipients-before", "exim-osm-pipe-output-warning.eml", ["m-575584-aeefb0@messages.openstreetmap.org"]),
    ],
)
def test_perturbation_keeps_the_reading(perturbation: str, file: str, wanted: list[str]) -> None:
    case = _case(file, wanted)
    data = perturb.PERTURBATIONS[perturbation](case)
    assert data is not None
    assert data != case.data
    before = _reading(case.data)
    assert [r for r, _a, _reason in before] == (wanted or [None]), before
    assert _reading(data) == before


def test_html_text_lines_paragraphs_and_entities() -> None:
    from bouncelib._dsn.mime import html_text

    markup = (
        "<html><head><title>Undeliverable</title><style>p {margin:0}</style></head><body>\n"
        "<p>Delivery has failed to these recipients or groups:<br>\n"
        '<a href="mailto:bob@example.org">bob@example.org</a><br>\n'
        "&nbsp;&nbsp;&nbsp; The recipient&#39;s mailbox is full &lt;552 5.2.2&gt;</p>\n"
        "<pre>  Remote-MTA: dns;mx.example.org\n  Status: 5.2.2</pre></body></html>"
    )
    assert html_text(markup) == (
        "Delivery has failed to these recipients or groups:\nbob@example.org\n"
        "    The recipient's mailbox is full <552 5.2.2>\n\n  Remote-MTA: dns;mx.example.org\n  Status: 5.2.2\n"
    )


@pytest.mark.parametrize(
    ("perturbation", "file", "wanted"),
    [
        # Office 365's "Original message headers:" in German, French, Spanish: the returned headers'
        # addresses ("smtp.mailfrom=a") are not the notice's.
        ("lang-de", "lhost-office365-01.eml", ["kijitora@example.com"]),
        ("lang-fr", "lhost-office365-01.eml", ["kijitora@example.com"]),
        ("lang-es", "lhost-office365-01.eml", ["kijitora@example.com"]),
        # IMail's and a Sendmail relay's one line "User mailbox exceeds allowed size: a": the general
        # reader reads it (flufl.bounce, which read it before, reads the raw base64 or HTML, and takes
        # the brackets or quotes for part of the address).
        ("base64", "lhost-imailserver-02.eml", ["kijitora@example.co.jp"]),
        ("addr-quoted", "lhost-imailserver-03.eml", ["kijitora@neko.example.co.jp"]),
        ("html-only", "rfc3464-38.eml", ["kijitora-nyaan@example.jp"]),
        # Rewrapped replies: a line ending in Sendmail's "..." goes on below; a bracketed name or
        # identifier ("[EXAMPLE.JP] does not pass", Office 365's "[host.outlook.com ...]") continues the
        # reply; the lines from the address to its reply, however wrapped, say what it answered.
        ("rewrap", "lhost-x3-01.eml", ["kijitora@example.com"]),
        ("rewrap", "lhost-qmail-22.eml", ["pseudo-local-part-of-each-esp@outlook.com"]),
        ("rewrap", "lhost-mimecast-01.eml", ["sabineko@neko.ef.example.org"]),
        ("rewrap", "lhost-exim-41.eml", ["kijitora@example.net"]),
        # Sendmail's transcript: the summary line '554 "a"... Remote protocol error' with the address
        # quoted, the "<<< 501 ..." answer above it wrapped, or a blank line set between them.
        ("addr-quoted", "lhost-v5sendmail-07.eml", _V5_SENDMAIL),
        ("rewrap", "lhost-v5sendmail-07.eml", _V5_SENDMAIL),
        ("blank-added", "lhost-v5sendmail-07.eml", _V5_SENDMAIL),
        # The recipient's paragraph after the server's answer: the one reply the notice quotes is its.
        ("recipients-after", "lhost-mfilter-05.eml", ["kijitora@example.co.jp"]),
        # An HTML-only notice before the returned message attached as text/plain: the HTML is the notice.
        ("html-only", "lhost-x6-02.eml", ["kijitora@libsisimai.org"]),
        # RFC 3464 fields pasted into a plain-text body, the body indented or quoted whole.
        ("indent", "lhost-sendmail-54.eml", ["kijitora@neko.example.jp"]),
        ("quote", "rfc3464-35.eml", ["kijitora@nyaan.example.com", "sabatora@cat.example.net", _MIKENEKO]),
        # Round r28rd: Gmail's delay whose recipient's words only say it will be retried takes the details the
        # heading "Technical details of temporary failure:" announces, also with the recipient's paragraph moved.
        ("recipients-before", "lhost-gmail-17.eml", ["mikeneko@libsisimai.org"]),
    ],
)
def test_perturbation_keeps_the_reading_of_a_sisimai_tuning_mail(
    sisimai_dir: Path, perturbation: str, file: str, wanted: list[str]
) -> None:
    # Tuning-part mails of the shared Sisimai half, read in place (bench/perturb.py --sisimai).
    data = (sisimai_dir / "emails" / "maildir" / "bsd" / file).read_bytes()
    case = perturb.Case(f"sisimai/maildir/bsd/{file}", data, wanted, None)
    data = perturb.PERTURBATIONS[perturbation](case)
    assert data is not None
    before = _reading(case.data)
    assert [r for r, _a, _reason in before] == wanted, before
    assert _reading(data) == before


def test_the_notice_is_the_plain_alternative_else_the_first_html_part() -> None:
    from bouncelib._dsn.base import Mail
    from bouncelib._dsn.mime import load_message

    def body(ctype: str, first: str, second: str) -> str:
        mail = (
            f'Content-Type: {ctype}; boundary="b"\n\n--b\nContent-Type: {first}\n\n<p>one</p>\n'
            f"--b\nContent-Type: {second}\n\n<p>two</p>\n--b--\n"
        )
        return Mail(load_message(mail.encode())).body.strip()

    assert body("multipart/alternative", "text/html", "text/plain") == "<p>two</p>"
    assert body("multipart/mixed", "text/html", "text/plain") == "one"
    assert body("multipart/mixed", "text/plain", "text/html") == "<p>one</p>"


@pytest.mark.parametrize("perturbation", ["indent", "quote"])
def test_exim_module_reads_each_recipients_stage_in_a_notice_indented_or_quoted_whole(perturbation: str) -> None:
    """The Exim module (format modules on) sets its address list from the notice's own margin: indented
    four spaces or quoted whole, each address keeps its own explanation and stage (not the first
    paragraph's "after initial connection" for all, which read the 552 'mailbox not found' as blocked)."""
    wanted = ["sales@tonline.example.net", "notfound@example.net", "novalid@example.com"]
    case = _case("exim-run-three-unknown-tonline.eml", wanted)
    changed = perturb.PERTURBATIONS[perturbation](case)
    assert changed is not None

    def reading(data: bytes) -> list[tuple[str | None, str | None, str]]:
        report = parse_message(data)
        assert report.detector == "exim"
        return [(e.recipient, e.reply.smtp_command, e.reason.value) for e in report.recipients]

    assert reading(changed) == reading(case.data)
    assert ("notfound@example.net", "RCPT", "userunknown") in reading(changed)


@pytest.mark.parametrize(
    ("perturbation", "file", "wanted"),
    [
        # qmail's recipient paragraph placed above its banner is one of the notice's recipients.
        ("recipients-before", "lhost-qmail-02.eml", ["filtered@example.jp", "userunknown@example.jp"]),
        # Verizon's "Error:" line and m-FILTER's sections in a notice indented or quoted whole.
        ("indent", "lhost-verizon-01.eml", ["0000000000@vzwpix.com"]),
        ("quote", "lhost-mfilter-01.eml", ["kijitora@example.com"]),
        ("recipients-after", "lhost-mfilter-01.eml", ["kijitora@example.com"]),
        # An answer wrapped under "<<<" (EZweb, Sendmail v5): the reply goes on.
        ("rewrap", "lhost-ezweb-07.eml", ["this-local-part-does-not-exist@ezweb.ne.jp"]),
        ("reply-next-line", "lhost-v5sendmail-07.eml", _V5_SENDMAIL),
    ],
)
def test_format_module_keeps_its_reading_of_a_sisimai_tuning_mail(
    sisimai_dir: Path, perturbation: str, file: str, wanted: list[str]
) -> None:
    """Round r28rd: the format modules (switched on) read their own layout moved, rewrapped, indented or quoted."""
    data = (sisimai_dir / "emails" / "maildir" / "bsd" / file).read_bytes()
    case = perturb.Case(f"sisimai/maildir/bsd/{file}", data, wanted, None)
    changed = perturb.PERTURBATIONS[perturbation](case)
    assert changed is not None

    def reading(data: bytes) -> list[tuple[str | None, str]]:
        return sorted((e.recipient, e.reason.value) for e in parse_message(data).recipients)

    before = reading(case.data)
    assert sorted(r for r, _reason in before) == sorted(wanted), before
    assert reading(changed) == before
