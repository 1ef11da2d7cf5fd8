"""Round 42 (r42kind): the kind of a mail rests on what it says happened, not on one header (bench/kind_perturb.py).

The first test takes real tuning mails of the wild corpus and a kind perturbation that changed their kind before this
round; the others are our own inputs, in other words than the mails they were drawn from.  Each fails without its
change, except the controls (a person's mail, a parcel), which hold before and after.
"""

from __future__ import annotations

from pathlib import Path

import kind_perturb  # bench/kind_perturb.py, on sys.path through conftest.py
import perturb
import pytest

from bouncelib import parse_message

WILD = Path(__file__).resolve().parent.parent / "corpus" / "wild" / "mail"


@pytest.mark.parametrize(
    ("perturbation", "file", "kind"),
    [
        # The BSD vacation program's default text and a Lotus Notes absence, their Subject taken away.
        ("subject-removed", "vacation-bsd-default.eml", "vacation"),
        ("subject-removed", "vacation-notes-mailinglist-2000.eml", "vacation"),
        # Postfix's notice with no recipient named, its MAILER-DAEMON From become a plain "mail@" of its domain.
        ("from-plain", "postfix-banner-no-recipient-ewomail-issue.eml", "bounce"),
        # Exim's notice with its copy of the message inline below its marker line, From made plain.
        ("from-plain", "exim-moan-message-too-big.eml", "bounce"),
        # GitLab's "[Rejected]" reply without its Auto-Submitted: it answers the message it refuses (In-Reply-To).
        ("auto-headers-removed", "gitlab-email-rejection-user-not-found.eml", "bounce"),
        # A list service's hold whose "please reply" is a link to visit: it holds the message and asks to confirm.
        ("challenge-by-link", "challenge-maillist-release-virus-hold.eml", "challenge"),
    ],
)
def test_kind_perturbation_keeps_the_kind(perturbation: str, file: str, kind: str) -> None:
    data = (WILD / file).read_bytes()
    case = perturb.Case(f"wild/{file}", data, [], kind if kind in ("bounce", "challenge") else "neither")
    moved = kind_perturb.PERTURBATIONS[perturbation](case, kind)
    assert moved is not None
    assert moved != data
    assert kind_perturb.fine_read(data)[1] == kind
    assert kind_perturb.fine_read(moved)[1] == kind


_ABSENT = "From: Dana Roe <dana@example.org>\nTo: sam@example.com\n{subject}\n{body}"


@pytest.mark.parametrize(
    "body",
    [
        "I am currently out of the office and will be back on Monday the 9th.\nFor urgent matters call Lee.\n",
        "I'm on annual leave until 14 January,\nwith no access to my mail.\n",
        "I shall not be checking my email this week;\nyour message will be read when I return.\n",
    ],
)
def test_an_absence_said_with_its_end_is_an_automatic_reply(body: str) -> None:
    # No Auto-Submitted, no X-Autoreply, no Subject that names an absence: the text says both that the writer is
    # away and when that ends.
    r = parse_message(_ABSENT.format(subject="Subject: Quarterly figures", body="\n" + body).encode())
    assert r.kind.value == "autoreply"
    assert [e.recipient for e in r.recipients] == ["dana@example.org"]


@pytest.mark.parametrize(
    "body",
    [
        # Away, with no end: a person telling where they are.
        "I am on vacation in Portugal, the weather is lovely.\n",
        # An end, with no absence: a person's plan.
        "Let us meet until Friday to close the figures; I will be back to you.\n",
    ],
)
def test_one_half_of_an_absence_is_a_persons_mail(body: str) -> None:
    r = parse_message(_ABSENT.format(subject="Subject: hello", body="\n" + body).encode())
    assert r.kind.value == "not_bounce"


_PLAIN = (
    "From: Mail Service <mail@mx.example.org>\nTo: sam@example.com\nSubject: {subject}\nMIME-Version: 1.0\n"
    "Content-Type: multipart/mixed; boundary=B\n\n--B\nContent-Type: text/plain\n\n"
    "Your message could not be delivered to one or more recipients.\nThe server gave no reason.\n\n{returned}--B--\n"
)
# The returned message's headers only, without its To (no recipient to read from it).
_RETURNED = "--B\nContent-Type: text/rfc822-headers\n\nFrom: sam@example.com\nSubject: figures\n\n"


@pytest.mark.parametrize(
    ("subject", "returned"),
    [
        ("figures", _RETURNED),  # the returned message
        ("Message could not be delivered", ""),  # the Subject says it of a message
    ],
)
def test_a_plain_senders_notice_with_a_second_sign_is_a_bounce(subject: str, returned: str) -> None:
    # No role From, no Auto-Submitted: the body says a message failed, and a second sign says the same.
    r = parse_message(_PLAIN.format(subject=subject, returned=returned).encode())
    assert r.is_bounce
    assert [e.action for e in r.recipients] == ["failed"]


def test_a_plain_senders_failure_sentence_alone_is_no_bounce() -> None:
    # The body's sentence with nothing else to say a mail system wrote it: a newsletter or a person may write it.
    r = parse_message(_PLAIN.format(subject="figures", returned="").encode())
    assert r.kind.value == "not_bounce"


def test_a_parcel_in_the_subject_is_no_second_sign() -> None:
    # "could not deliver your parcel": a failure, but of a parcel, not of a message.
    mail = _PLAIN.format(subject="We could not deliver your parcel", returned="")
    assert parse_message(mail.encode()).kind.value == "not_bounce"


def test_a_plain_senders_notice_that_answers_the_message_is_a_bounce() -> None:
    # The message it reports on named by In-Reply-To: the notice answers it.
    mail = _PLAIN.format(subject="figures", returned="")
    mail = mail.replace("MIME-Version", "In-Reply-To: <a1@example.com>\nMIME-Version")
    r = parse_message(mail.encode())
    assert [e.action for e in r.recipients] == ["failed"]


@pytest.mark.parametrize("subject", ["Non remis : figures", "Undeliverable: figures", "figures"])
def test_a_server_answer_alone_is_read_under_any_subject(subject: str) -> None:
    # Only the server's answer in the body: a Subject that says it failed must not lose it.
    r = parse_message(f"Subject: {subject}\n\nmx.example.net [192.0.2.9] said: 550, mailbox unavailable\n".encode())
    assert [e.action for e in r.recipients] == ["failed"]


def test_a_held_message_the_sender_is_asked_to_confirm_is_a_challenge() -> None:
    mail = (
        "From: Guard <guard@lists.example.org>\nTo: sam@example.com\nSubject: about your post\n\n"
        "We hold your message for now and ask you to confirm it was you who sent it:\n"
        "https://lists.example.org/confirm/91ab\n"
    )
    assert parse_message(mail.encode()).kind.value == "challenge"
