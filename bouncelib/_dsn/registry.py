"""The ordered list of bounce-format detectors.

Ordering rule: formats with a unique, cheap-to-check signature (vendor Subject/From
markers, ARF, RFC 3834) first; then MTA bodies; then plain RFC 3464
``message/delivery-status`` as the generic standard; then the general reader
(`bouncelib._dsn.general`, prose notices of any MTA); then auto-replies; and flufl.bounce
last.  The first detector that returns recipients wins.

Each format entry is the module-level ``DETECTOR`` of a module under ``bouncelib._dsn.formats``,
conforming to `bouncelib._dsn.base.Detector`.  Add one line per format; keep the comment
saying why it sits where it sits.

`GENERAL` is what is left with every format module switched off: the readers of the standards
(ARF, RFC 3464, RFC 3834), the general reader and flufl.bounce.  `format_modules_off` makes
`detectors` return it for a while; the benches use it to measure how bouncelib reads the
mail of an MTA nobody wrote a module for.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Final

from bouncelib._dsn import general
from bouncelib._dsn.base import Detector
from bouncelib._dsn.formats import (
    activehunter,
    amavis,
    amazonses,
    amazonsns,
    amazonworkmail,
    apachejames,
    arf,
    biglobe,
    courier,
    domino,
    dragonfly,
    einsundeins,
    exchange2003,
    exchange2007,
    exim,
    ezweb,
    facebook,
    fallback,
    fml,
    gmail,
    gmx,
    googlegroups,
    imailserver,
    kddi,
    mailfoundry,
    mailmarshal,
    mailru,
    mcafee,
    messagelabs,
    messagingserver,
    mfilter,
    mimecast,
    mxlogic,
    notes,
    opensmtpd,
    postfix,
    qmail,
    rfc3464,
    rfc3834,
    sendgrid,
    sendmail,
    surfcontrol,
    trendmicro,
    v5sendmail,
    verizon,
    x1,
    x2,
    x3,
    x4,
    x6,
    yahoo,
    yandex,
    zoho,
)

__all__ = ["DETECTORS", "GENERAL", "detectors", "format_modules_off"]

#: Every detector, in the order they are tried.
DETECTORS: Final[tuple[Detector, ...]] = (
    # -- 1. unique signatures: feedback reports (a message/feedback-report part) --
    arf.DETECTOR,
    # -- 2. vendor formats (Subject/From/header markers); one line each --
    googlegroups.DETECTOR,  # before gmail: same From/Subject, but a "Google Groups" letter + X-Failed-Recipients
    gmail.DETECTOR,  # From googlemail.com: old text bodies; new ones add the body sentence the DSN part lacks
    exchange2007.DETECTOR,  # Exchange/Office 365 "Diagnostic information for administrators"; before rfc3464
    exchange2003.DETECTOR,  # "did not reach the following recipient(s):" MSEXCH bodies, no DSN part
    yahoo.DETECTOR,  # "Sorry, we were unable to deliver your message"; before qmail (similar layout)
    amazonsns.DETECTOR,  # SES notifications as SNS emails (JSON body): bounce, complaint, delivery, delay
    amazonses.DETECTOR,  # the old SES body: its DSN Status is only 5.0.0, the text states the real one
    amazonworkmail.DETECTOR,  # DSN fields pasted into the text part, no DSN part
    domino.DETECTOR,  # before rfc3464: the DSN part's Final-Recipient may be a routed address
    notes.DETECTOR,  # "------- Failure Reasons" bodies of the Lotus Notes SMTP MTA
    messagingserver.DETECTOR,  # before rfc3464: its Final-recipient may be an internal @host:user@server form
    gmx.DETECTOR,  # before einsundeins and exim: From gmx/web.de/mail.com, same end marker as 1&1
    mailru.DETECTOR,  # before exim: bilingual Exim body from mail.ru
    yandex.DETECTOR,  # before postfix/rfc3464: the body adds the SMTP command the DSN part lacks
    zoho.DETECTOR,  # From zoho: one "address ERROR_CODE :550, ..." line per recipient
    verizon.DETECTOR,  # From vzwpix.com: the MMSC notice names no address; the returned To does
    facebook.DETECTOR,  # before rfc3464: its RCP-/POL-/MSG- response codes fix the reason
    sendgrid.DETECTOR,  # before rfc3464: "Action: expired" and an empty Status in its DSN part
    dragonfly.DETECTOR,  # fixed Subject + "This is the DragonFly Mail Agent" banner
    v5sendmail.DETECTOR,  # before sendmail: pre-DSN transcript + "Unsent message follows", no DSN part
    ezweb.DETECTOR,  # From @ezweb.ne.jp; before rfc3464: its DSN part lacks the diagnostic
    kddi.DETECTOR,  # From dion.ne.jp / auone-net.jp
    biglobe.DETECTOR,  # From postmaster@biglobe.ne.jp and its partner ISPs
    mfilter.DETECTOR,  # "failure notice" + "-------server message" (qmail shares the Subject, not the markers)
    activehunter.DETECTOR,  # "FAILURE NOTICE :" + Active!Hunter MIME boundary
    trendmicro.DETECTOR,  # InterScan MSS: boundary/From name "InterScan"
    imailserver.DETECTOR,  # X-Mailer <SMTP32 ...>
    mailfoundry.DETECTOR,  # "Message delivery has failed" + "Unable to deliver message to:"
    mailmarshal.DETECTOR,  # "Undeliverable Mail: ..." + "Could not be delivered because of"
    mimecast.DETECTOR,  # "[Postmaster] Email Delivery Failure" notification
    messagelabs.DETECTOR,  # before rfc3464: its DSN part breaks multi-line replies; the text part has them
    mcafee.DETECTOR,  # before rfc3464: X-NAI-Header; its DSN part has no Final-Recipient
    surfcontrol.DETECTOR,  # before rfc3464: X-Mailer SurfControl; DSN fields often pasted into the text
    amavis.DETECTOR,  # "Content-filter at" reports whose DSN part a relay dropped (steps aside otherwise)
    mxlogic.DETECTOR,  # before exim: Exim text, but the relay's Received says mxl_mta
    einsundeins.DETECTOR,  # before exim: 1&1's own "header of the original message" marker
    fml.DETECTOR,  # X-MLServer: fml list refusals
    apachejames.DETECTOR,  # "[BOUNCE]" / JAMES SMTP Server: "Error message below:" + "Message details:"
    x1.DETECTOR,  # "Returned Mail:" + "---The following addresses had delivery errors---"
    x2.DETECTOR,  # before qmail: "Unable to deliver message to the following address(es)."
    x4.DETECTOR,  # before qmail: qmail clones whose opening sentence is not qmail-send's banner
    x3.DETECTOR,  # "Delivery status notification" framed by "====" lines (Gmail's Subject differs)
    x6.DETECTOR,  # "There was an error sending your mail" one-sentence rejections
    # -- 3. MTA bodies (Postfix, Sendmail, Exim, qmail, Courier, OpenSMTPD) --
    postfix.DETECTOR,  # Subject/X-Postfix fields; the body adds "in reply to RCPT TO command"
    courier.DETECTOR,  # "running the Courier mail server" banner; before sendmail (both have >>> transcripts)
    opensmtpd.DETECTOR,  # "This is the MAILER-DAEMON, please DO NOT REPLY" banner
    exim.DETECTOR,  # X-Failed-Recipients / "created automatically by mail delivery software"
    qmail.DETECTOR,  # "This is the qmail-send program" banner
    sendmail.DETECTOR,  # "had permanent fatal errors" lists / "Transcript of session follows"
    # -- 4. the generic standard: any message/delivery-status part --
    rfc3464.DETECTOR,
    # -- 5. the general reader: prose notices of any MTA, challenges; before rfc3834, which would
    #       take a challenge (Auto-Submitted: auto-replied) for a vacation notice --
    general.DETECTOR,
    # -- 6. auto-replies, then flufl.bounce's address scan, the last fallback --
    rfc3834.DETECTOR,  # after every bounce format: bounces carry Auto-Submitted too
    fallback.DETECTOR,  # flufl.bounce on bounce-looking mail nobody else read
)

#: The detectors that are not a format module: standards, the general reader, the last fallback.
GENERAL: Final[tuple[Detector, ...]] = (
    arf.DETECTOR,
    rfc3464.DETECTOR,
    general.DETECTOR,
    rfc3834.DETECTOR,
    fallback.DETECTOR,
)

_active: list[tuple[Detector, ...]] = [DETECTORS]


def detectors() -> tuple[Detector, ...]:
    """The registered detectors, in order (`GENERAL` inside `format_modules_off`)."""
    return _active[-1]


@contextmanager
def format_modules_off() -> Iterator[None]:
    """Within the block, `parse_message` runs only `GENERAL`: every format module switched off.

    For measurement (``bench/``): not thread-safe, and not meant for production reading.
    """
    _active.append(GENERAL)
    try:
        yield
    finally:
        _active.pop()
