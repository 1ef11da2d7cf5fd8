"""bouncelib._summary over flat records (any front end)."""

from __future__ import annotations

from datetime import UTC, datetime

from bouncelib._summary import Summary, summarize
from bouncelib.models import empty_record


def _rec(**fields: object) -> dict[str, object]:
    rec = empty_record("postfix")
    rec.update(fields)
    return rec


RECORDS = [
    _rec(kind="delivery", status="sent", reason="delivered", remote_host="mx.example.com",
         timestamp=datetime(2025, 3, 1, 10, tzinfo=UTC)),
    _rec(kind="delivery", status="bounced", reason="userunknown", remote_host="mx.example.com", provider="google",
         timestamp=datetime(2025, 3, 1, 11, tzinfo=UTC)),
    _rec(kind="reject", status="reject", reason="blocked", blocklist="spamhaus-zen", blocklist_name="Spamhaus ZEN",
         delist=["https://www.spamhaus.org/query/ip/198.51.100.1"], client_host="unknown",
         timestamp=datetime(2025, 3, 2, 9, tzinfo=UTC)),
    _rec(source="dsn", status=None, action="failed", reason="mailboxfull", remote_host="mx.example.net"),
]  # fmt: skip


def test_counts() -> None:
    s = summarize(RECORDS)
    d = s.as_dict()
    assert d["records"] == 4
    assert d["by_status"] == {"sent": 1, "bounced": 1, "reject": 1, "failed": 1}
    assert d["by_kind"] == {"delivery": 2, "reject": 1, "dsn": 1}
    assert d["reasons"] == {"userunknown": 1, "blocked": 1, "mailboxfull": 1}  # successes left out
    assert d["blocklists"] == [{"blocklist": "spamhaus-zen", "name": "Spamhaus ZEN", "hits": 1,
                                "delist": ["https://www.spamhaus.org/query/ip/198.51.100.1"]}]  # fmt: skip
    assert d["remote_hosts"] == {"mx.example.com": 1, "mx.example.net": 1}
    assert d["providers"] == {"google": 1}
    assert d["per_day"] == {"2025-03-01": {"sent": 1, "bounced": 1}, "2025-03-02": {"reject": 1},
                            "unknown": {"failed": 1}}  # fmt: skip


def test_render_and_merge() -> None:
    a = summarize(RECORDS[:2])
    b = summarize(RECORDS[2:])
    merged = Summary().merge(a).merge(b)
    assert merged.as_dict() == summarize(RECORDS).as_dict()
    text = merged.render()
    assert "spamhaus-zen (Spamhaus ZEN)" in text
    assert "delist: https://www.spamhaus.org/query/ip/198.51.100.1" in text
    assert "2025-03-02" in text
    assert "(none)" not in text.split("Blocklists that hit")[1].split("\n\n")[0]
    assert "(none)" in Summary().render()
