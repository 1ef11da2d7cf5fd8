"""Round r39tune2 (issue 10): verdicts that must not depend on the reply's case or on one wording of a meaning
(bench/reply_perturb.py, bench/synonym_swap.py); tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    "mixed",
    [
        "552 Die Nachrichtengröße überschreitet das Limit",  # German ß is SS in capitals
        "550 Alıcı bulunamadı",  # Turkish dotless ı is I in capitals, which lowers to i
        "550 Kullanıcı devre dışı",
        "554 5.2.0 MAILBOX.DELIVERY.Exception:QuotaExceededException; cannot deliver",  # an identifier's humps
    ],
)
def test_a_reply_written_in_capitals_keeps_its_reason(mixed: str) -> None:
    assert parse_reply(mixed.upper()).reason is parse_reply(mixed).reason


@pytest.mark.parametrize("text", ["452 too many mail from your host, come back later",
                                  "421 4.7.0 Too many mail from 198.51.100.4, slow down"])
def test_too_many_mail_from_a_host_counts_messages_not_a_sender(text: str) -> None:
    # A count said of "mail" right before "from": the messages are counted (MESSAGE+TOO_MANY), "mail from" is
    # not the envelope sender here.
    assert parse_reply(text).reason is Reason.SPEEDING


@pytest.mark.parametrize("text", ["552 Sorry, that file is too big", "552 Files too large for this server"])
def test_a_file_sent_too_big_is_the_message_size(text: str) -> None:
    assert parse_reply(text).reason is Reason.MESGTOOBIG


@pytest.mark.parametrize("size", ["too big", "too large"])
def test_a_file_the_receiver_fails_to_write_for_its_size_is_the_mailbox(size: str) -> None:
    # strerror(EFBIG) after the receiver's own write (Postfix local(8) at mailbox_size_limit): the mailbox.
    text = f"local delivery failed: error while writing mailbox: File {size}"
    assert parse_reply(text).reason is Reason.MAILBOXFULL


@pytest.mark.parametrize("text", ["Name lookup failed for mail.example.org: no such name",
                                  "DNS lookup of example.org failed: host example.org not found"])
def test_a_dns_lookup_answered_not_found_is_hostunknown(text: str) -> None:
    # RFC 1035 RCODE 3 (NXDOMAIN): the name does not exist, a permanent answer (LABELING.md).
    assert parse_reply(text).reason is Reason.HOSTUNKNOWN


@pytest.mark.parametrize("text", ["DNS lookup of example.org failed: host example.org not found, try again later",
                                  "451 4.4.3 Name lookup failed for mail.example.org: no such name",
                                  "DNS lookup of example.org failed: SERVFAIL"])
def test_a_dns_lookup_that_failed_for_now_is_networkerror(text: str) -> None:
    assert parse_reply(text).reason is Reason.NETWORKERROR


@pytest.mark.parametrize("text", ["501 Badly formed adress", "553 The recipient address is ill-formed"])
def test_an_address_said_malformed_is_its_syntax(text: str) -> None:
    assert parse_reply(text).reason is Reason.SYNTAXERROR


def test_a_virus_scan_that_fails_on_a_finding_is_the_virus() -> None:
    assert parse_reply("554 Virus scan fails: Eicar-Signature FOUND").reason is Reason.VIRUSDETECTED


def test_a_cname_lookup_answered_not_found_is_hostunknown() -> None:
    assert parse_reply("CNAME lookup: host example.org not found").reason is Reason.HOSTUNKNOWN


@pytest.mark.parametrize("reply", ["554 Message denied", "550 Your mail was refused"])
def test_a_bare_refusal_stays_bare_behind_the_mtas_framing(reply: str) -> None:
    # "host <name>[<ip>] said:" names who answered; the reply it quotes still names no cause (LABELING.md).
    framed = parse_reply(f"host mx.example.org[198.51.100.3] said: {reply}")
    assert framed.reason is parse_reply(reply).reason is Reason.ONHOLD
