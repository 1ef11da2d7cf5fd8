"""The tolerant RFC 3464 field reader (bouncelib._dsn.fields) on the shapes real DSNs take."""

from __future__ import annotations

from bouncelib._dsn.fields import clean_address, parse_fields, rows_from_fields, split_typed


def test_split_typed() -> None:
    assert split_typed("rfc822; a@example.org") == ("rfc822", "a@example.org")
    assert split_typed("a@example.org") == (None, "a@example.org")
    assert split_typed("smtp; 550 5.1.1 user; unknown") == ("smtp", "550 5.1.1 user; unknown")


def test_clean_address() -> None:
    assert clean_address("rfc822; <Bob@Example.org>") == "Bob@Example.org"
    assert clean_address('rfc822;"bob"@example.org.') == "bob@example.org"
    assert clean_address("utf-8; \\x{5C71}\\x{7530}@example.jp") == "山田@example.jp"
    assert clean_address("") is None


def test_blocks_without_blank_lines_and_folding() -> None:
    text = (
        "Reporting-MTA: dns; mx.example.com\n"
        "Final-Recipient: rfc822; a@example.org\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 user\n"
        "  unknown\n"
        "Final-Recipient: rfc822; b@example.org\n"
        "Action: delayed\n"
        "Status: 4.2.2\n"
    )
    per_message, blocks = parse_fields(text)
    assert per_message == {"reporting-mta": "dns; mx.example.com"}
    assert [b["final-recipient"] for b in blocks] == ["rfc822; a@example.org", "rfc822; b@example.org"]
    assert blocks[0]["diagnostic-code"] == "smtp; 550 5.1.1 user unknown"


def test_rows_take_the_remote_ip_and_the_status_comment() -> None:
    text = (
        "Reporting-MTA: dns; mx.example.com\n\n"
        "Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.0.0\n"
        "Remote-MTA: dns; mx.example.org (192.0.2.7)\nDiagnostic-Code: smtp; 550 no\n\n"
        "Final-Recipient: rfc822; b@example.net\nAction: delayed\n"
        "Status: 4.0.0 (example.net: host name lookup failure)\n"
        "Remote-MTA: dns; mx.example.net [203.0.113.5]\n"
    )
    a, b = rows_from_fields(text)
    assert (a.remote_mta, a.remote_ip, a.reporting_mta) == ("mx.example.org", "192.0.2.7", "mx.example.com")
    assert (b.status, b.diagnostic) == ("4.0.0", "example.net: host name lookup failure")
    assert (b.remote_mta, b.remote_ip) == ("mx.example.net", "203.0.113.5")


def test_remote_mta_comment_that_is_no_address_is_dropped() -> None:
    # An RFC 5322 comment after the host name is not part of the name (round r53modoff: Messaging Server's
    # "(TCP|...)" and a software name alike), and names no IP.
    (row,) = rows_from_fields("Final-Recipient: rfc822; a@example.org\nRemote-MTA: dns; mx.example.org (Postfix)\n")
    assert row.remote_mta == "mx.example.org"
    assert row.remote_ip is None


def test_blocks_without_an_address_are_skipped() -> None:
    assert rows_from_fields("Reporting-MTA: dns; mx.example.com\n\nAction: failed\nStatus: 5.0.0\n") == []


def test_a_status_that_is_a_reply_becomes_the_diagnostic() -> None:
    text = "Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 553 Exceeded maximum size\n"
    (row,) = rows_from_fields(text)
    assert row.status is None
    assert row.diagnostic == "553 Exceeded maximum size"
