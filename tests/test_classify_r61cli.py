"""Meanings written from the tuning misses of the errors mail-sending client libraries log (round r61cli: the tuning
rows of corpus/replies/real/r61-r61cli-clients.jsonl), each tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "The outgoing SMTP host could not be found",
    "Unknown SMTP server host smtp.example.org",
    "Failed to resolve the host name smtp.example.org",
])
def test_the_smtp_servers_name_that_gives_no_host(text: str) -> None:
    # HOSTNAME ("smtp host", "host name") with UNKNOWN / RESOLVE_FAIL: the name of the server to connect to gives
    # no host, read as the corpus reads mutt's and Thunderbird's "host unknown".
    r = parse_reply(text)
    assert (r.reason, r.hard_bounce) == (Reason.HOSTUNKNOWN, True)


@pytest.mark.parametrize("text", [
    "Failed writing the request to the peer",
    "Lost the link: failed reading a reply from the peer",
    "Cannot talk to the SMTP host right now",
])
def test_the_other_end_of_the_connection(text: str) -> None:
    # "peer" and "SMTP host" are the other end of the connection (CONNECTION): failing to talk to it is a
    # network failure.
    assert parse_reply(text).reason is Reason.NETWORKERROR


def test_a_bad_greeting_is_no_verdict_on_the_host() -> None:
    # "bad" belongs to the greeting, not to the SMTP host it came from: no hard bounce for the host.
    r = parse_reply("Bad greeting received from SMTP host mx.example.org")
    assert r.reason is not Reason.HOSTUNKNOWN
    assert r.hard_bounce is False


@pytest.mark.parametrize("text", [
    "Could not connect using TLS.",
    "The client was unable to connect over SSL",
])
def test_a_connection_failure_said_of_tls(text: str) -> None:
    # TLS with NETWORK a few words apart: the TLS asked for was not negotiated.
    assert parse_reply(text).reason is Reason.FAILEDSTARTTLS


def test_a_transport_url_scheme_is_not_a_word_of_the_failure() -> None:
    # "ssl://host:port" says where the client connected; the refused connection is the failure.
    r = parse_reply('Cannot reach host "ssl://mail.example.org:465": unable to connect to ssl://mail.example.org:465')
    assert r.reason is Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "Secure connections are not supported by this host",
    "The server certificate presented was not OK",
])
def test_tls_unavailable_or_not_ok(text: str) -> None:
    # "secure connections" is TLS, "not OK" a failed check: TLS not negotiated.
    assert parse_reply(text).reason is Reason.FAILEDSTARTTLS


def test_no_authenticator_is_an_authentication_failure() -> None:
    # "authenticator" is the client's SMTP AUTH mechanism (SMTPAUTH): none working is securityerror.
    assert parse_reply("No usable authenticator was found for this server").reason is Reason.SECURITYERROR


def test_the_mailbox_name_refused_is_its_syntax() -> None:
    # RFC 5321's 553 meaning in English: MAILBOX_NAME with REFUSED, syntaxerror.
    assert parse_reply("The mailbox name given is not allowed").reason is Reason.SYNTAXERROR


def test_an_empty_answer_is_no_response() -> None:
    # The server sent nothing where a reply belongs: the connection gave no answer.
    assert parse_reply("Waited for the greeting and got an empty reply").reason is Reason.NETWORKERROR


def test_a_code_the_client_expected_is_not_the_reply() -> None:
    # The 2xx code after "expected" is what the server did not answer: no success.
    r = parse_reply("Server answer not understood: expected 250, nothing came back")
    assert r.reason is not Reason.DELIVERED
    assert r.smtp_code is None


def test_dotnet_frame_quotes_the_servers_reply() -> None:
    # "The server response was:" quotes the server's words after a text chosen by the code (.NET's frame): the
    # quoted words decide, not the frame's "mailbox name not allowed" (MAILBOX_NAME with REFUSED).
    r = parse_reply("Mailbox name not allowed. The server response was: the sending account is not logged in")
    assert r.reason is Reason.SECURITYERROR


@pytest.mark.parametrize(("text", "command"), [
    ("MAIL FROM command failed: 553", "MAIL"),
    ("RCPT failed: 451", "RCPT"),
])
def test_a_clients_frame_names_the_command(text: str, command: str) -> None:
    assert parse_reply(text).smtp_command == command


def test_mail_refused_in_a_clients_frame_is_the_sender() -> None:
    assert parse_reply("MAIL failed: 550").reason is Reason.REJECTED


@pytest.mark.parametrize("text", [
    "Certificate from an unknown authority",
    "This certificate is not valid",
    "The mail server's certificate expired yesterday",
])
def test_a_certificate_invalid_or_expired(text: str) -> None:
    # CERT with UNKNOWN ("invalid", "unknown") or expired: the TLS asked for was not set up.
    assert parse_reply(text).reason is Reason.FAILEDSTARTTLS


def test_a_port_after_a_host_is_no_reply_code() -> None:
    # "203.0.113.9:465" is the server's address and port, not a 465 reply; the refused connect is the failure.
    r = parse_reply("connect to 203.0.113.9:465: connection refused by the remote end")
    assert r.smtp_code is None
    assert r.reason is Reason.NETWORKERROR


def test_no_valid_recipient_in_the_singular() -> None:
    # NONE_ACCEPTED in the singular: no recipient was accepted, LABELING's "No valid recipients".
    assert parse_reply("Giving up: no valid recipient for this message").reason is Reason.SYNTAXERROR
