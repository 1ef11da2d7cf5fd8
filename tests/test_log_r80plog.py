"""Round r80plog: a lookup table's failure in the map layer's words, tagged or pasted without the syslog tag.

The corpus rows that showed the miss are postfix-grok-patterns' and SEKOIA's test data (message parts only); the
wordings here use other tables, hosts and queue ids.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_log_line

_HEAD = "Dec  7 12:00:00 mail "


def _record(line: str) -> dict[str, object]:
    rec = parse_log_line(line, year=2025, tz="UTC")
    assert rec is not None
    return dict(rec.to_record())


@pytest.mark.parametrize("line", [
    "warning: 4F2A91C0D7: canonical_maps map lookup problem for user@example.org -- message not accepted, try again",
    "warning: virtual_alias_maps map lookup problem for root@example.net",
    "warning: read TCP map reply from 127.0.0.1:10040: unexpected EOF (Connection reset by peer)",
])  # fmt: skip
def test_a_lookup_table_failure_without_the_tag_is_a_warning_of_the_mail_system(line: str) -> None:
    # Without the syslog tag these lines were dropped (no record); the map layer's words are Postfix's own.
    rec = _record(line)
    assert rec["kind"] == "warning"
    assert rec["reason"] == "systemerror"


@pytest.mark.parametrize("msg", [
    "postfix/smtpd[88]: warning: read TCP map reply from 127.0.0.1:10030: unexpected EOF (Success)",
    "postfix/cleanup[88]: warning: write TCP map request to 10.0.0.7:2525: Broken pipe",
])  # fmt: skip
def test_the_tcp_tables_client_losing_its_server_is_a_systemerror(msg: str) -> None:
    # dict_tcp.c's words: the table's own lookup service went away; before this round no reason was read.
    rec = _record(_HEAD + msg)
    assert rec["kind"] == "warning"
    assert rec["reason"] == "systemerror"


def test_a_line_that_only_mentions_a_map_is_not_read_without_its_tag() -> None:
    assert parse_log_line("the sender_canonical_maps setting was changed", year=2025, tz="UTC") is None
