"""The ordered list of bounce-format detectors.

Ordering rule: formats with a unique, cheap-to-check signature (vendor Subject/From
markers, ARF, RFC 3834) first; then MTA bodies; then plain RFC 3464
``message/delivery-status`` as the generic standard; then heuristic fallbacks
(flufl.bounce) last.  The first detector that returns recipients wins.

Each entry is a module path under ``bouncelib._dsn.formats`` that defines a
module-level ``DETECTOR`` object conforming to `bouncelib._dsn.base.Detector`.
Add one line per format; keep the comment saying why it sits where it sits.
"""

from __future__ import annotations

import importlib
from functools import cache

from bouncelib._dsn.base import Detector

__all__ = ["DETECTOR_MODULES", "detectors"]

DETECTOR_MODULES: tuple[str, ...] = (
    # -- 1. unique signatures: feedback reports (a message/feedback-report part) --
    "arf",
    # -- 2. vendor formats (Subject/From/header markers); one line each --
    "googlegroups",  # before gmail: same From/Subject, but a "Google Groups" letter + X-Failed-Recipients
    "gmail",  # From googlemail.com: old text bodies; new ones add the body sentence the DSN part lacks
    "exchange2007",  # Exchange/Office 365 "Diagnostic information for administrators"; before rfc3464
    "exchange2003",  # "did not reach the following recipient(s):" MSEXCH bodies, no DSN part
    "yahoo",  # "Sorry, we were unable to deliver your message"; before qmail (similar layout)
    "amazonsns",  # SES notifications as SNS emails (JSON body): bounce, complaint, delivery, delay
    "amazonses",  # the old SES body: its DSN Status is only 5.0.0, the text states the real one
    "amazonworkmail",  # DSN fields pasted into the text part, no DSN part
    "domino",  # before rfc3464: the DSN part's Final-Recipient may be a routed address
    "notes",  # "------- Failure Reasons" bodies of the Lotus Notes SMTP MTA
    "messagingserver",  # before rfc3464: its Final-recipient may be an internal @host:user@server form
    "gmx",  # before einsundeins and exim: From gmx/web.de/mail.com, same end marker as 1&1
    "mailru",  # before exim: bilingual Exim body from mail.ru
    "yandex",  # before postfix/rfc3464: the body adds the SMTP command the DSN part lacks
    "zoho",  # From zoho: one "address ERROR_CODE :550, ..." line per recipient
    "verizon",  # From vzwpix.com: the MMSC notice names no address; the returned To does
    "facebook",  # before rfc3464: its RCP-/POL-/MSG- response codes fix the reason
    "sendgrid",  # before rfc3464: "Action: expired" and an empty Status in its DSN part
    "dragonfly",  # fixed Subject + "This is the DragonFly Mail Agent" banner
    "v5sendmail",  # before sendmail: pre-DSN transcript + "Unsent message follows", no DSN part
    "ezweb",  # From @ezweb.ne.jp; before rfc3464: its DSN part lacks the diagnostic
    "kddi",  # From dion.ne.jp / auone-net.jp
    "biglobe",  # From postmaster@biglobe.ne.jp and its partner ISPs
    "mfilter",  # "failure notice" + "-------server message" (qmail shares the Subject, not the markers)
    "activehunter",  # "FAILURE NOTICE :" + Active!Hunter MIME boundary
    "trendmicro",  # InterScan MSS: boundary/From name "InterScan"
    "imailserver",  # X-Mailer <SMTP32 ...>
    "mailfoundry",  # "Message delivery has failed" + "Unable to deliver message to:"
    "mailmarshal",  # "Undeliverable Mail: ..." + "Could not be delivered because of"
    "mimecast",  # "[Postmaster] Email Delivery Failure" notification
    "messagelabs",  # before rfc3464: its DSN part breaks multi-line replies; the text part has them
    "mcafee",  # before rfc3464: X-NAI-Header; its DSN part has no Final-Recipient
    "surfcontrol",  # before rfc3464: X-Mailer SurfControl; DSN fields often pasted into the text
    "amavis",  # "Content-filter at" reports whose DSN part a relay dropped (steps aside otherwise)
    "mxlogic",  # before exim: Exim text, but the relay's Received says mxl_mta
    "einsundeins",  # before exim: 1&1's own "header of the original message" marker
    "fml",  # X-MLServer: fml list refusals
    "apachejames",  # "[BOUNCE]" / JAMES SMTP Server: "Error message below:" + "Message details:"
    "x1",  # "Returned Mail:" + "---The following addresses had delivery errors---"
    "x2",  # before qmail: "Unable to deliver message to the following address(es)."
    "x4",  # before qmail: qmail clones whose opening sentence is not qmail-send's banner
    "x3",  # "Delivery status notification" framed by "====" lines (Gmail's Subject differs)
    "x6",  # "There was an error sending your mail" one-sentence rejections
    # -- 3. MTA bodies (Postfix, Sendmail, Exim, qmail, Courier, OpenSMTPD) --
    "postfix",  # Subject/X-Postfix fields; the body adds "in reply to RCPT TO command"
    "courier",  # "running the Courier mail server" banner; before sendmail (both have >>> transcripts)
    "opensmtpd",  # "This is the MAILER-DAEMON, please DO NOT REPLY" banner
    "exim",  # X-Failed-Recipients / "created automatically by mail delivery software"
    "qmail",  # "This is the qmail-send program" banner
    "sendmail",  # "had permanent fatal errors" lists / "Transcript of session follows"
    # -- 4. the generic standard: any message/delivery-status part --
    "rfc3464",
    # -- 5. heuristics last: auto-replies, then flufl.bounce's address scan --
    "rfc3834",  # after every bounce format: bounces carry Auto-Submitted too
    "fallback",  # flufl.bounce on bounce-looking mail nobody else read
    "heuristic",  # our own generic reading of a bounce notice when flufl.bounce finds nothing
)


@cache
def detectors() -> tuple[Detector, ...]:
    """The registered detectors, imported once, in order."""
    out: list[Detector] = []
    for name in DETECTOR_MODULES:
        mod = importlib.import_module(f"bouncelib._dsn.formats.{name}")
        out.append(mod.DETECTOR)
    return tuple(out)
