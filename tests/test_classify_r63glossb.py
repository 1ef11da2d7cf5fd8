"""Words by meaning from the translation catalogues of programs that are not mail programs (round r63glossb: GLib's
GIO, Linux-PAM, GNU libc, APT, PostgreSQL, GStreamer), the words a language's translators use for a connection
refused or timed out, a host unreachable, a login failed, a disk full. Each tested in a sentence of our own wording
and through a concept rule, not the model's guess."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


def _by_rule(text: str) -> Reason:
    reply = parse_reply(text)
    assert reply.rule is not None
    assert reply.rule.startswith("concept:"), reply.rule
    return reply.reason


@pytest.mark.parametrize("text", [
    "ფოსტის სერვერთან მიერთების შეცდომა",  # ka: an error connecting to the mail server
    "ამჟამად ქსელი მიუწვდომელია",  # ka: the network is unreachable at present
    "SMTP სერვერის პასუხის მოლოდინის დრო გავიდა",  # ka: the time waiting for the SMTP server's answer has passed
])
def test_a_connection_that_fails_or_times_out_is_a_network_error(text: str) -> None:
    assert _by_rule(text) is Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "მომხმარებლის ავთენტიფიკაცია ვერ მოხერხდა",  # ka: the user's authentication could not be done
])
def test_a_failed_login_is_a_security_error(text: str) -> None:
    assert _by_rule(text) is Reason.SECURITYERROR


@pytest.mark.parametrize("text", [
    "სერვერის დისკზე საკმარისი ადგილი არაა",  # ka: there is not enough room on the server's disk
])
def test_no_room_left_on_the_server_is_a_full_system(text: str) -> None:
    assert _by_rule(text) is Reason.SYSTEMFULL
